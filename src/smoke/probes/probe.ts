/**
 * probeMcp: health, then one MCP session (initialize, tools/list, a tool call, follow-up calls), each
 * stage with its own deadline. It never throws for anything the server does: the result says which
 * stage failed and why, in one line, with the transcript of every exchange.
 */
import { McpError } from '@modelcontextprotocol/sdk/types.js';
import { waitForHealth } from './health.js';
import { AbortedBy, ProbeHttp } from './http.js';
import { closeSession, listToolNames, openSession, resultText, type McpSession } from './mcp.js';
import { quoteInput } from '../redact.js';
import { failedAssertion, jsonAssertionProblems, resultJson } from './json.js';
import { oneLine, Redactor, seconds, showsExpected, whatItShows } from './text.js';
import {
  DEFAULT_FOLLOW_UPS,
  DEFAULT_PROBE_OPTIONS,
  STAGES,
  type ProbeExpectations,
  type ProbeOptions,
  type ProbeResult,
  type ProbeTarget,
  type StageName,
  type StageResult,
  type TranscriptEntry,
} from './types.js';

/** A target or expectation the caller got wrong (not the server): the message names the field. */
export class ProbeInputError extends Error {
  override name = 'ProbeInputError';
}

export interface ResolvedTarget {
  url: URL;
  /** Endpoints to try in order (more than one only with mcpPath auto on a URL without a path). */
  endpoints: URL[];
  health?: URL;
  credentials: Record<string, string>;
}

function httpUrl(value: string, field: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ProbeInputError(`${field}: ${quoteInput(value)} is not a URL (expected http://HOST[:PORT][/PATH])`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ProbeInputError(`${field}: ${quoteInput(value)} must be an http:// or https:// URL`);
  if (url.username || url.password) throw new ProbeInputError(`${field}: credentials in the URL are not supported; use the bearer token or a header`);
  url.hash = '';
  return url;
}

/** `Name: value` lines (a header option, PROBE_HEADERS) as a record; blank lines are ignored. */
export function parseHeaderLines(text: string, field = 'header'): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trim() : '';
    if (!name) throw new ProbeInputError(`${field}: a line is not "Name: value" (${colon < 0 ? 'no colon' : 'no name'})`);
    headers[name] = line.slice(colon + 1).trim();
  }
  return headers;
}

/** Checks a target and works out the endpoints to try, the health URL and the credential headers. */
export function resolveTarget(target: ProbeTarget): ResolvedTarget {
  const url = httpUrl(target.url, 'url');
  const mcpPath = target.mcpPath ?? 'auto';
  let endpoints: URL[];
  if (mcpPath === 'auto') {
    endpoints = url.pathname === '/' ? ['/', '/mcp'].map((p) => Object.assign(new URL(url), { pathname: p })) : [url];
  } else if (/^\/[^\s?#]*$/.test(mcpPath)) {
    endpoints = [Object.assign(new URL(url), { pathname: mcpPath })];
  } else {
    throw new ProbeInputError(`mcp-path: ${JSON.stringify(mcpPath)} must be auto or a path starting with / (e.g. / or /mcp)`);
  }
  let health: URL | undefined;
  if (target.health !== undefined && target.health !== '') {
    health = target.health.startsWith('/') ? new URL(target.health, url.origin) : httpUrl(target.health, 'health');
  }
  const credentials: Record<string, string> = {};
  for (const [name, value] of Object.entries(target.headers ?? {})) {
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) throw new ProbeInputError(`header: ${quoteInput(name)} is not a valid header name`);
    // eslint-disable-next-line no-control-regex
    if (/[\r\n\u0000]/.test(value)) throw new ProbeInputError(`header: the value of ${name} contains a line break`);
    credentials[name.toLowerCase()] = value;
  }
  if (target.bearerToken !== undefined) {
    // eslint-disable-next-line no-control-regex
    if (target.bearerToken === '' || /[\s\u0000-\u001f]/.test(target.bearerToken)) throw new ProbeInputError('bearer-token: empty or contains whitespace');
    const header = target.tokenHeader ?? 'authorization';
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(header)) throw new ProbeInputError(`token header: ${quoteInput(header)} is not a valid header name`);
    credentials[header.toLowerCase()] = `Bearer ${target.bearerToken}`;
  }
  return { url, endpoints, health, credentials };
}

/** Waits `ms`, or less when `signal` aborts. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

/** Why a stage ended early: its deadline, or the caller's cancellation. */
class StageDeadline extends Error {}

const MCP_CONTENT_TYPES = /^(application\/json|text\/event-stream)\b/i;

/** Runs one MCP stage with a deadline; every request made meanwhile belongs to the stage and ends with it. */
async function withDeadline<T>(http: ProbeHttp, stage: StageName | 'close', ms: number, cancel: AbortSignal, work: (options: { signal: AbortSignal; timeout: number }) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let settled = false;
  const timer = setTimeout(() => controller.abort(new StageDeadline(`deadline ${ms} ms`)), ms);
  const onCancel = () => controller.abort(cancel.reason);
  cancel.addEventListener('abort', onCancel, { once: true });
  // Once settled the stage is never aborted: the server-to-client stream opened in it lives on.
  http.enter(stage, controller.signal, (message) => settled || controller.abort(new AbortedBy('broken-answer', message)));
  try {
    return await new Promise<T>((resolve, reject) => {
      controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
      // The SDK's own request timeout is later than ours: the cause is ours to name.
      work({ signal: controller.signal, timeout: ms + 5_000 }).then(resolve, reject);
    });
  } finally {
    settled = true;
    clearTimeout(timer);
    cancel.removeEventListener('abort', onCancel);
  }
}

function contentType(entry: TranscriptEntry): string {
  return (entry.responseHeaders?.['content-type'] ?? 'no content type').split(';')[0] as string;
}

/** One line: why `label` (initialize, tools/list, tool NAME, follow-up i of n ...) failed. */
function explain(http: ProbeHttp, redactor: Redactor, stage: StageName, label: string, err: unknown, deadlineMs: number): string {
  // The newest request of the stage, but not the cancellation the SDK sends when a request is abandoned.
  const entry = http.entriesOf(stage, 'POST').filter((e) => e.rpc !== 'notifications/cancelled').at(-1);
  if (err instanceof AbortedBy) return `${label}: ${err.message}`;
  if (err instanceof StageDeadline) {
    const within = `no answer within ${seconds(deadlineMs)}`;
    if (!entry) return `${label}: ${within}`;
    if (entry.status === undefined) return `${label}: ${within} (no response headers from ${new URL(entry.url).host})`;
    if (entry.events !== undefined) {
      return `${label}: ${within}: HTTP ${entry.status} text/event-stream stayed open without the response (${entry.events} events, ${entry.bytes ?? 0} bytes)`;
    }
    return `${label}: ${within}: HTTP ${entry.status} ${contentType(entry)}, ${entry.bytes ?? 0} bytes received, then the server stalled`;
  }
  if (entry?.error && entry.error !== 'closed by the client') {
    return `${label}: ${entry.error}${entry.status !== undefined ? ` (HTTP ${entry.status} ${contentType(entry)})` : ''}`;
  }
  if (entry?.status !== undefined && entry.status >= 300) {
    const location = entry.responseHeaders?.location;
    const challenge = entry.responseHeaders?.['www-authenticate'];
    // An HTML error page says what it says in its text (`Cannot POST /mcp`), not in its markup.
    const raw = /html/i.test(contentType(entry)) ? (entry.responseBody ?? '').replace(/<[^>]*>/g, ' ') : (entry.responseBody ?? '');
    const body = oneLine(raw, 200);
    // The spec's answer to an unknown session: behind several replicas, one that did not start it.
    const affinity = entry.status === 404 && entry.requestHeaders['mcp-session-id'] ? '; the session is unknown to the replica that answered (no session affinity?)' : '';
    return `${label} refused: HTTP ${entry.status}${body ? ` ${body}` : ''}${location ? ` (redirect to ${location}, not followed)` : ''}${challenge ? ` (WWW-Authenticate: ${oneLine(challenge, 100)})` : ''}${affinity}`;
  }
  if (entry?.status !== undefined && entry.status !== 202 && !MCP_CONTENT_TYPES.test(contentType(entry))) {
    return `${label}: HTTP ${entry.status} ${contentType(entry)} is not an MCP answer (expected application/json or text/event-stream)`;
  }
  if (err instanceof McpError) {
    return `${label}: JSON-RPC error ${err.code} ${oneLine(redactor.text(err.message.replace(/^MCP error -?\d+: /, '')), 200)}`;
  }
  return `${label}: ${oneLine(redactor.text(err instanceof Error ? err.message : String(err)), 300)}`;
}

/** Whether initialize's failure at an endpoint means "no MCP endpoint here" (try the next path). */
function nothingHere(http: ProbeHttp): string | undefined {
  // The answer to this attempt's initialize request: a later 404 (initialized, for an unknown session) is not "no endpoint".
  const entry = http.entriesOf('initialize', 'POST').filter((e) => e.rpc === 'initialize').at(-1);
  if (!entry || entry.status === undefined || entry.error) return undefined;
  if (entry.status === 404 || entry.status === 405) return `HTTP ${entry.status}`;
  if (entry.status < 300 && !MCP_CONTENT_TYPES.test(contentType(entry))) return `HTTP ${entry.status} ${contentType(entry)}`;
  return undefined;
}

/**
 * Probes an MCP server: health (when given), then initialize, tools/list, the tool call and the
 * follow-up calls in one session. Resolves with the result whatever the server does; throws only a
 * ProbeInputError for a target the caller got wrong.
 */
export async function probeMcp(target: ProbeTarget, expectations: ProbeExpectations = {}, options: Partial<ProbeOptions> = {}): Promise<ProbeResult> {
  const opts: ProbeOptions = { ...DEFAULT_PROBE_OPTIONS, ...options };
  const resolved = resolveTarget(target);
  const followUps = expectations.followUps ?? DEFAULT_FOLLOW_UPS;
  if (!Number.isInteger(followUps) || followUps < 0 || followUps > 1000) throw new ProbeInputError(`follow-ups: ${followUps} must be a whole number from 0 to 1000`);
  const badPaths = jsonAssertionProblems(expectations.toolCall?.json ?? {});
  if (badPaths.length) throw new ProbeInputError(`json: ${badPaths.join('; ')}`);
  const secrets = [...(target.bearerToken ? [target.bearerToken] : []), ...Object.values(target.headers ?? {})];
  const redactor = new Redactor(secrets, [...Object.keys(target.headers ?? {}), ...(target.tokenHeader ? [target.tokenHeader] : [])]);

  // Ends every stream when the probe is over; the caller's signal cancels it early.
  const end = new AbortController();
  const onCallerAbort = () => end.abort(new AbortedBy('cancelled', 'probe cancelled'));
  if (opts.signal?.aborted) onCallerAbort();
  opts.signal?.addEventListener('abort', onCallerAbort, { once: true });
  const http = new ProbeHttp({ origin: resolved.url.origin, credentials: resolved.credentials, redactor, limits: opts, cancel: end.signal });

  const result: ProbeResult = { ok: false, url: redactor.text(resolved.url.href), stages: [], ms: 0, transcript: [] };
  const stages = new Map<StageName, StageResult>();
  const started = performance.now();
  let stageStarted = started;
  const begin = () => (stageStarted = performance.now());
  const took = () => Math.round(performance.now() - stageStarted);
  const pass = (name: StageName, detail: string) => stages.set(name, { name, status: 'passed', ms: took(), detail });
  const skip = (name: StageName, detail: string) => stages.set(name, { name, status: 'skipped', ms: 0, detail });
  class Failed extends Error {
    constructor(readonly stage: StageName, cause: string) {
      super(cause);
    }
  }
  const fail = (name: StageName, cause: string): never => {
    stages.set(name, { name, status: 'failed', ms: took(), detail: cause });
    throw new Failed(name, cause);
  };

  let session: McpSession | undefined;
  try {
    // Health
    begin();
    if (resolved.health) {
      const health = await waitForHealth(
        http,
        resolved.health,
        { timeoutMs: opts.healthTimeoutMs, intervalMs: opts.healthIntervalMs, requestTimeoutMs: opts.requestTimeoutMs },
        end.signal,
      );
      result.health = { url: resolved.health.href, checks: health.checks, status: health.status, body: health.body, ms: health.ms };
      if (end.signal.aborted) fail('health', `health ${resolved.health.href}: probe cancelled`);
      if (!health.ready) fail('health', `health ${resolved.health.href} never ready in ${seconds(opts.healthTimeoutMs)}: ${health.lastAnswer}`);
      pass('health', `HTTP ${health.status} after ${health.checks} check${health.checks === 1 ? '' : 's'}`);
    } else {
      skip('health', 'no health URL given');
    }

    // initialize, at each candidate endpoint until one answers like an MCP endpoint
    begin();
    const attempts: Array<{ endpoint: string; outcome: string }> = [];
    for (const [index, endpoint] of resolved.endpoints.entries()) {
      const attempt = openSession(endpoint, http);
      try {
        await withDeadline(http, 'initialize', opts.stepTimeoutMs, end.signal, (o) => attempt.client.connect(attempt.transport, o));
        session = attempt;
        attempts.push({ endpoint: redactor.text(endpoint.href), outcome: 'answered' });
        break;
      } catch (err) {
        await attempt.client.close().catch(() => undefined);
        const notHere = nothingHere(http);
        attempts.push({ endpoint: redactor.text(endpoint.href), outcome: notHere ?? 'failed' });
        if (notHere && index < resolved.endpoints.length - 1) continue;
        if (resolved.endpoints.length > 1) result.pathAttempts = attempts;
        const tried = resolved.endpoints.length > 1 ? ` (tried ${attempts.map((a) => `${new URL(a.endpoint).pathname}: ${a.outcome}`).join('; ')})` : '';
        fail('initialize', `${explain(http, redactor, 'initialize', 'initialize', err, opts.stepTimeoutMs)}${notHere ? tried : ''}`);
      }
    }
    if (resolved.endpoints.length > 1) result.pathAttempts = attempts;
    const mcp = session as McpSession;
    result.endpoint = redactor.text(mcp.endpoint.href);
    const info = mcp.client.getServerVersion();
    const protocolVersion = mcp.transport.protocolVersion ?? 'unknown';
    result.server = { name: oneLine(info?.name ?? '', 200), version: oneLine(info?.version ?? '', 200), ...(info?.title ? { title: oneLine(info.title, 200) } : {}), protocolVersion };
    if (mcp.transport.sessionId) result.sessionId = oneLine(mcp.transport.sessionId, 200);
    if (expectations.serverName !== undefined && result.server.name !== expectations.serverName) {
      fail('initialize', `initialize: the server is ${JSON.stringify(result.server.name)}, expected ${JSON.stringify(expectations.serverName)}`);
    }
    if (expectations.protocolVersions?.length && !expectations.protocolVersions.includes(protocolVersion)) {
      fail('initialize', `initialize: protocol version ${protocolVersion}, expected one of ${expectations.protocolVersions.join(', ')}`);
    }
    const fallback = attempts.length > 1 ? `; ${attempts.slice(0, -1).map((a) => `${new URL(a.endpoint).pathname} answered ${a.outcome}`).join(', ')}` : '';
    pass(
      'initialize',
      `${result.server.name} ${result.server.version}, protocol ${protocolVersion}, ${result.sessionId ? `session ${result.sessionId.slice(0, 8)}…` : 'stateless (no session id)'}, at ${mcp.endpoint.pathname}${fallback}`,
    );

    // tools/list
    begin();
    let tools: string[] = [];
    try {
      tools = await withDeadline(http, 'tools/list', opts.stepTimeoutMs, end.signal, (o) => listToolNames(mcp.client, o));
    } catch (err) {
      fail('tools/list', explain(http, redactor, 'tools/list', 'tools/list', err, opts.stepTimeoutMs));
    }
    result.tools = tools.map((t) => oneLine(t, 100));
    const listing = (names: string[]) => (names.length > 12 ? `${names.slice(0, 12).join(', ')}, … (${names.length})` : names.join(', '));
    if (tools.length === 0) fail('tools/list', 'tools/list returned no tools');
    const missing = (expectations.tools ?? []).filter((t) => !tools.includes(t));
    if (missing.length) fail('tools/list', `tools/list lacks ${missing.join(', ')} (the server lists ${listing(result.tools)})`);
    pass('tools/list', `${tools.length} tool${tools.length === 1 ? '' : 's'}: ${listing(result.tools)}`);

    // The tool call
    begin();
    const call = expectations.toolCall;
    let called = false;
    if (!call) {
      skip('tool call', 'no tool call asked for');
    } else if (!tools.includes(call.name)) {
      if (call.optional) skip('tool call', `the server lists no tool ${call.name}`);
      else fail('tool call', `tool ${call.name} is not listed (the server lists ${listing(result.tools)})`);
    } else {
      const args = call.arguments ?? {};
      const label = `tool ${call.name}`;
      let outcome = await callTool(mcp, http, redactor, 'tool call', label, call.name, args, call, opts, end.signal);
      // What the JSON says may take a while to hold (dot-ai finds its plugin up to 30 s after it starts):
      // the call is repeated until it does, or jsonWithinMs has passed.
      const settleUntil = performance.now() + (call.jsonWithinMs ?? 0);
      let calls = 1;
      while (outcome.jsonFailed && performance.now() < settleUntil && !end.signal.aborted) {
        await pause(Math.min(3_000, Math.max(0, settleUntil - performance.now())), end.signal);
        if (end.signal.aborted) break;
        outcome = await callTool(mcp, http, redactor, 'tool call', label, call.name, args, call, opts, end.signal);
        calls++;
      }
      result.toolCall = { name: call.name, arguments: args, isError: outcome.isError, text: outcome.text };
      if (outcome.cause) fail('tool call', outcome.jsonFailed && calls > 1 ? `${outcome.cause} (still after ${seconds(call.jsonWithinMs ?? 0)}, ${calls} calls)` : outcome.cause);
      // What proves it: the expected text when there was one (a long JSON answer would hide it), else the start of the answer.
      pass('tool call', call.expect !== undefined ? `${call.name} shows ${oneLine(call.expect, 120)}` : `${call.name}: ${oneLine(outcome.text, 120)}`);
      called = true;
    }

    // Follow-up calls in the same session
    begin();
    if (followUps === 0) {
      skip('follow-ups', 'none asked for');
    } else {
      const what = called && call ? `tool ${call.name}` : 'tools/list';
      result.followUps = { requested: followUps, passed: 0 };
      for (let i = 1; i <= followUps; i++) {
        const label = `follow-up ${i} of ${followUps} (${what})`;
        let cause: string | undefined;
        if (called && call) {
          cause = (await callTool(mcp, http, redactor, 'follow-ups', label, call.name, call.arguments ?? {}, call, opts, end.signal)).cause;
        } else {
          try {
            await withDeadline(http, 'follow-ups', opts.stepTimeoutMs, end.signal, (o) => mcp.client.listTools(undefined, o));
          } catch (err) {
            cause = explain(http, redactor, 'follow-ups', label, err, opts.stepTimeoutMs);
          }
        }
        if (cause) fail('follow-ups', cause);
        result.followUps.passed = i;
      }
      pass('follow-ups', `${followUps} of ${followUps} in the same session (${what})`);
    }
    result.ok = true;
  } catch (err) {
    if (!(err instanceof Failed)) throw err;
    result.cause = err.message;
  } finally {
    if (session) {
      await withDeadline(http, 'close', 2_000, end.signal, () => closeSession(session as McpSession)).catch(() => undefined);
    }
    opts.signal?.removeEventListener('abort', onCallerAbort);
    if (!end.signal.aborted) end.abort(new AbortedBy('client', 'probe ended'));
  }

  for (const name of STAGES) {
    if (!stages.has(name)) {
      const failed = [...stages.values()].find((s) => s.status === 'failed');
      stages.set(name, { name, status: 'skipped', ms: 0, detail: failed ? `not run: ${failed.name} failed` : 'not run' });
    }
  }
  result.stages = STAGES.map((name) => stages.get(name) as StageResult);
  const modes = new Set<'json' | 'sse'>();
  for (const entry of http.transcript) {
    if (entry.method !== 'POST' || !entry.rpc || entry.status !== 200) continue;
    if (/^application\/json/i.test(entry.responseHeaders?.['content-type'] ?? '')) modes.add('json');
    if (entry.events !== undefined) modes.add('sse');
  }
  if (modes.size) result.responseModes = [...modes];
  result.ms = Math.round(performance.now() - started);
  result.transcript = http.snapshot();
  return result;
}

/** One tools/call with the stage's deadline; a cause when it failed or did not show what was expected. */
async function callTool(
  mcp: McpSession,
  http: ProbeHttp,
  redactor: Redactor,
  stage: StageName,
  label: string,
  name: string,
  args: Record<string, unknown>,
  expectation: Pick<NonNullable<ProbeExpectations['toolCall']>, 'expect' | 'json'>,
  opts: ProbeOptions,
  cancel: AbortSignal,
): Promise<{ isError: boolean; text: string; cause?: string; jsonFailed?: boolean }> {
  let raw: { content?: unknown; structuredContent?: unknown; isError?: unknown };
  try {
    raw = (await withDeadline(http, stage, opts.stepTimeoutMs, cancel, (o) => mcp.client.callTool({ name, arguments: args }, undefined, o))) as typeof raw;
  } catch (err) {
    return { isError: true, text: '', cause: explain(http, redactor, stage, label, err, opts.stepTimeoutMs) };
  }
  const text = redactor.text(resultText(raw));
  const kept = text.length > opts.transcriptBodyChars ? `${text.slice(0, opts.transcriptBodyChars)}…` : text;
  const isError = raw.isError === true;
  if (isError) return { isError, text: kept, cause: `${label} failed: ${oneLine(text, 200) || 'an error result without text'}` };
  const expected = expectation.expect;
  if (expected !== undefined && !showsExpected(text, expected)) {
    return { isError, text: kept, cause: `${label} returned ${whatItShows(text, expected)}, expected ${expected}` };
  }
  if (expectation.json && Object.keys(expectation.json).length) {
    const failed = failedAssertion(resultJson(raw), expectation.json, (t) => redactor.text(t));
    if (failed) return { isError, text: kept, cause: `${label}: ${failed}`, jsonFailed: true };
  }
  return { isError, text: kept };
}
