/**
 * probeMcp against real servers: the reference server (child process), the npm registry's
 * @modelcontextprotocol/server-everything (streamable HTTP at /mcp; a server we did not write), and
 * stateless / tool-less servers made with the official SDK. Faults are injected with small servers
 * and proxies (auth, routing without affinity, stalls, endless SSE). Each failure's cause line is
 * asserted exactly; no secret may appear anywhere in a result.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SUPPORTED_PROTOCOL_VERSIONS } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProbe, probeMcp, ProbeInputError, type ProbeResult } from '../../../src/smoke/probes/index.js';
import { ensureServerBuilt, REFERENCE_TOKEN, RELEASE_VERSION, startServer, type RunningServer } from '../../helpers/reference-server.js';
import {
  bearerAuthProxy,
  closedPort,
  endlessSse,
  EVERYTHING_VERSION,
  healthNeverReady,
  installServerEverything,
  listen,
  movesAfter,
  roundRobinProxy,
  settlingServer,
  sseWithoutResponse,
  stallsMidResponse,
  startServerEverything,
  statelessServer,
  type ChildServer,
  type Listening,
} from './servers.js';

const TOKEN = 's3cr3t-probe-token-4f9d2c';
/** The reference server answers 401 without its token, as dot-ai does (the gateway tests give it theirs). */
const AUTH = { bearerToken: REFERENCE_TOKEN };
const FAST = { healthTimeoutMs: 1_500, healthIntervalMs: 200, stepTimeoutMs: 1_000, requestTimeoutMs: 1_000 };

const cleanups: Array<() => Promise<void>> = [];
let workDir: string;

async function reference(env: Record<string, string> = {}): Promise<RunningServer> {
  const sessionDir = await mkdtemp(join(workDir, 'sessions-'));
  const server = await startServer({ DOT_AI_SESSION_DIR: sessionDir, ...env });
  cleanups.push(() => server.stop());
  return server;
}

async function serve(server: Promise<Listening>): Promise<Listening> {
  const s = await server;
  cleanups.push(() => s.close());
  return s;
}

function statuses(result: ProbeResult): Record<string, string> {
  return Object.fromEntries(result.stages.map((s) => [s.name, s.status]));
}

/** Nothing of the secret anywhere: result, transcript, its text form. */
function expectNoSecret(result: ProbeResult, secret: string): void {
  expect(JSON.stringify(result)).not.toContain(secret);
  expect(formatProbe(result)).not.toContain(secret);
}

beforeAll(async () => {
  await ensureServerBuilt();
  workDir = await mkdtemp(join(tmpdir(), 'probe-test-'));
}, 300_000);

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe('the reference server (dot-ai contract: / , /healthz, sessions, SSE answers)', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await reference();
  });

  it('passes every stage: health, initialize, tools/list, the version tool, follow-ups in one session', async () => {
    const result = await probeMcp({ url: server.url, ...AUTH, health: '/healthz' }, { serverName: 'dot-ai-reference-server', tools: ['version'], toolCall: { name: 'version', expect: RELEASE_VERSION } });
    expect(result.cause).toBeUndefined();
    expect(result.ok).toBe(true);
    expect(statuses(result)).toEqual({ health: 'passed', initialize: 'passed', 'tools/list': 'passed', 'tool call': 'passed', 'follow-ups': 'passed' });
    expect(result.endpoint).toBe(server.url);
    expect(result.pathAttempts).toEqual([{ endpoint: server.url, outcome: 'answered' }]);
    expect(result.health).toMatchObject({ url: `${server.url}healthz`, checks: 1, status: 200 });
    expect(result.server).toMatchObject({ name: 'dot-ai-reference-server', version: RELEASE_VERSION });
    expect(SUPPORTED_PROTOCOL_VERSIONS).toContain(result.server?.protocolVersion);
    expect(result.sessionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.responseModes).toEqual(['sse']);
    expect(result.tools?.sort()).toEqual(['search_knowledge', 'version']);
    // dot-ai's version report (the reference server answers its shape).
    expect(JSON.parse(result.toolCall?.text ?? '')).toMatchObject({ status: 'success', system: { version: { version: RELEASE_VERSION } } });
    expect(result.followUps).toEqual({ requested: 5, passed: 5 });
    // The transcript: each stage's requests in order, the session ended with DELETE.
    const rpc = result.transcript.filter((e) => e.method === 'POST').map((e) => `${e.stage}: ${e.rpc}`);
    expect(rpc).toEqual([
      'initialize: initialize',
      'initialize: notifications/initialized',
      'tools/list: tools/list',
      'tool call: tools/call version',
      ...Array.from({ length: 5 }, () => 'follow-ups: tools/call version'),
    ]);
    expect(result.transcript.at(-1)).toMatchObject({ stage: 'close', method: 'DELETE', status: 200 });
    const call = result.transcript.find((e) => e.stage === 'tool call');
    expect(call).toMatchObject({ status: 200, events: 1, responseHeaders: { 'content-type': 'text/event-stream', 'mcp-session-id': result.sessionId } });
    expect(call?.responseBody).toContain(`\\"version\\": \\"${RELEASE_VERSION}\\"`);
  });

  it('a server that is not the one expected fails initialize', async () => {
    const result = await probeMcp({ url: server.url, ...AUTH }, { serverName: 'dot-ai', followUps: 0 });
    expect(result.cause).toBe('initialize: the server is "dot-ai-reference-server", expected "dot-ai"');
    expect(statuses(result)).toMatchObject({ health: 'skipped', initialize: 'failed', 'tools/list': 'skipped' });
    expect(result.stages.find((s) => s.name === 'tools/list')?.detail).toBe('not run: initialize failed');
  });

  it('a tool the server does not list: skipped when optional, a failure otherwise; missing expected tools fail tools/list', async () => {
    const optional = await probeMcp({ url: server.url, ...AUTH }, { toolCall: { name: 'deploy', optional: true }, followUps: 1 });
    expect(optional.ok).toBe(true);
    expect(optional.stages.find((s) => s.name === 'tool call')).toMatchObject({ status: 'skipped', detail: 'the server lists no tool deploy' });
    expect(optional.stages.find((s) => s.name === 'follow-ups')?.detail).toBe('1 of 1 in the same session (tools/list)');

    const required = await probeMcp({ url: server.url, ...AUTH }, { toolCall: { name: 'deploy' } });
    expect(required.cause).toBe('tool deploy is not listed (the server lists version, search_knowledge)');

    const tools = await probeMcp({ url: server.url, ...AUTH }, { tools: ['version', 'deploy', 'remediate'] });
    expect(tools.cause).toBe('tools/list lacks deploy, remediate (the server lists version, search_knowledge)');
  });

  it('a tool that answers with an error result fails the call with its text', async () => {
    const result = await probeMcp({ url: server.url, ...AUTH }, { toolCall: { name: 'search_knowledge', arguments: { query: 'kubernetes' } } });
    expect(result.cause).toBe('tool search_knowledge failed: Qdrant is not configured: set QDRANT_URL (and QDRANT_API_KEY if the instance needs one)');
    expect(result.toolCall).toMatchObject({ name: 'search_knowledge', isError: true });
  });

  it('bad input is refused before anything is sent', async () => {
    await expect(probeMcp({ url: 'ftp://example.com/' })).rejects.toThrow(new ProbeInputError('url: "ftp://example.com/" must be an http:// or https:// URL'));
    await expect(probeMcp({ url: server.url, ...AUTH, mcpPath: 'mcp' })).rejects.toThrow('mcp-path: "mcp" must be auto or a path starting with / (e.g. / or /mcp)');
    await expect(probeMcp({ url: `http://user:${TOKEN}@127.0.0.1:1/` })).rejects.toThrow('url: credentials in the URL are not supported; use the bearer token or a header');
    await expect(probeMcp({ url: server.url, ...AUTH }, { followUps: -1 })).rejects.toThrow('follow-ups: -1 must be a whole number from 0 to 1000');
  });
});

describe('the release version, shown whole', () => {
  it('a server built as another version fails the tool call naming both versions', async () => {
    const server = await reference({ APP_VERSION: '1.2.3' });
    const result = await probeMcp({ url: server.url, ...AUTH, health: '/healthz' }, { toolCall: { name: 'version', expect: '1.6.1' } });
    expect(result.cause).toBe('tool version returned 1.2.3, expected 1.6.1');
    expect(statuses(result)).toMatchObject({ health: 'passed', initialize: 'passed', 'tools/list': 'passed', 'tool call': 'failed', 'follow-ups': 'skipped' });
  });

  it('1.6.1 is not found in 1.6.10', async () => {
    const server = await reference({ APP_VERSION: '1.6.10' });
    const result = await probeMcp({ url: server.url, ...AUTH }, { toolCall: { name: 'version', expect: '1.6.1' }, followUps: 0 });
    expect(result.cause).toBe('tool version returned 1.6.10, expected 1.6.1');
  });
});

describe('auth: a bearer token, only to its origin, never shown', () => {
  let gateway: Listening;
  let elsewhere: Listening;
  const seenElsewhere: IncomingHttpHeaders[] = [];
  beforeAll(async () => {
    // The gateway's token is the server's own: it checks it, then forwards it.
    const server = await reference({ DOT_AI_AUTH_TOKEN: TOKEN });
    gateway = await serve(listen(bearerAuthProxy(server.url, TOKEN)));
    // A health endpoint on another origin: it must never see the token.
    elsewhere = await serve(
      listen((req, res) => {
        seenElsewhere.push(req.headers);
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
      }),
    );
  });

  it('without the token, initialize is refused with the gateway\'s answer', async () => {
    const result = await probeMcp({ url: gateway.url, health: '/healthz' }, { toolCall: { name: 'version' } });
    expect(result.cause).toBe('initialize refused: HTTP 401 {"error":"missing or wrong bearer token"} (WWW-Authenticate: Bearer realm="probe-test")');
    expect(statuses(result)).toMatchObject({ health: 'passed', initialize: 'failed' });
    // A 401 is not "no MCP here": /mcp is not tried.
    expect(result.transcript.filter((e) => e.method === 'POST').map((e) => new URL(e.url).pathname)).toEqual(['/']);
  });

  it('with the token every stage passes; the token is redacted everywhere and goes to no other origin', async () => {
    const result = await probeMcp({ url: gateway.url, health: `${elsewhere.url}healthz`, bearerToken: TOKEN }, { toolCall: { name: 'version', expect: RELEASE_VERSION } });
    expect(result.cause).toBeUndefined();
    expect(result.ok).toBe(true);
    expectNoSecret(result, TOKEN);
    const posts = result.transcript.filter((e) => e.method === 'POST');
    expect(posts.length).toBeGreaterThan(3);
    for (const entry of posts) expect(entry.requestHeaders.authorization).toBe('***');
    expect(seenElsewhere).toHaveLength(1);
    expect(seenElsewhere[0]?.authorization).toBeUndefined();
  });

  it('a wrong token is refused, and neither it nor the right one shows', async () => {
    const result = await probeMcp({ url: gateway.url, bearerToken: `${TOKEN}-wrong` }, {});
    expect(result.cause).toMatch(/^initialize refused: HTTP 401 /);
    expectNoSecret(result, TOKEN);
  });

  it('the token as an arbitrary header works the same, and its value is redacted', async () => {
    const result = await probeMcp({ url: gateway.url, headers: { Authorization: `Bearer ${TOKEN}`, 'X-Team': 'platform-secret-team' } }, { toolCall: { name: 'version' }, followUps: 1 });
    expect(result.ok).toBe(true);
    expectNoSecret(result, TOKEN);
    expectNoSecret(result, 'platform-secret-team');
    expect(result.transcript[0]?.requestHeaders).toMatchObject({ authorization: '***', 'x-team': '***' });
  });
});

describe('session affinity through several replicas', () => {
  let replicas: [RunningServer, RunningServer];
  beforeAll(async () => {
    replicas = [await reference(), await reference()];
  });

  it('a Service that spreads requests over the replicas breaks the session at once', async () => {
    const service = await serve(listen(roundRobinProxy(replicas.map((r) => r.url))));
    const result = await probeMcp({ url: service.url, ...AUTH }, { toolCall: { name: 'version' } });
    expect(result.cause).toBe(
      'initialize refused: HTTP 404 {"jsonrpc":"2.0","error":{"code":-32001,"message":"Session not found"},"id":null}; the session is unknown to the replica that answered (no session affinity?)',
    );
  });

  it('a session that moves to another replica fails the follow-up that moved', async () => {
    // initialize, initialized, the GET stream, tools/list, the tool call: 5 requests to the first replica.
    const service = await serve(listen(movesAfter(5, [replicas[0].url, replicas[1].url])));
    const result = await probeMcp({ url: service.url, ...AUTH }, { toolCall: { name: 'version', expect: RELEASE_VERSION }, followUps: 3 });
    expect(result.cause).toBe(
      'follow-up 1 of 3 (tool version) refused: HTTP 404 {"jsonrpc":"2.0","error":{"code":-32001,"message":"Session not found"},"id":null}; the session is unknown to the replica that answered (no session affinity?)',
    );
    expect(statuses(result)).toMatchObject({ 'tool call': 'passed', 'follow-ups': 'failed' });
    expect(result.followUps).toEqual({ requested: 3, passed: 0 });
  });
});

describe(`@modelcontextprotocol/server-everything ${EVERYTHING_VERSION} from the npm registry (streamable HTTP at /mcp)`, () => {
  let everything: ChildServer;
  beforeAll(async () => {
    everything = await startServerEverything(await installServerEverything());
    cleanups.push(() => everything.close());
  }, 360_000);

  it('mcp-path auto finds /mcp after / answers 404, and every stage passes with its echo tool', async () => {
    const message = 'probe says hi';
    const result = await probeMcp({ url: everything.url }, { tools: ['echo'], toolCall: { name: 'echo', arguments: { message }, expect: `Echo: ${message}` }, followUps: 3 });
    expect(result.cause).toBeUndefined();
    expect(result.ok).toBe(true);
    expect(result.pathAttempts).toEqual([
      { endpoint: everything.url, outcome: 'HTTP 404' },
      { endpoint: `${everything.url}mcp`, outcome: 'answered' },
    ]);
    expect(result.endpoint).toBe(`${everything.url}mcp`);
    expect(result.stages.find((s) => s.name === 'initialize')?.detail).toMatch(/ at \/mcp; \/ answered HTTP 404$/);
    expect(result.server?.name).toBe('mcp-servers/everything');
    expect(result.sessionId).toBeDefined();
    expect(result.responseModes).toEqual(['sse']);
    expect(result.tools?.length).toBeGreaterThan(5);
    expect(result.toolCall).toMatchObject({ name: 'echo', isError: false, text: `Echo: ${message}` });
    expect(result.followUps).toEqual({ requested: 3, passed: 3 });
  });

  it('the URL with its path is taken as it is', async () => {
    const result = await probeMcp({ url: `${everything.url}mcp` }, { toolCall: { name: 'echo', arguments: { message: 'x' } }, followUps: 0 });
    expect(result.ok).toBe(true);
    expect(result.pathAttempts).toBeUndefined();
  });

  it('mcp-path / is tried alone and fails naming what / answered', async () => {
    const result = await probeMcp({ url: everything.url, mcpPath: '/' }, {});
    expect(result.cause).toBe('initialize refused: HTTP 404 Error Cannot POST /');
  });
});

describe('servers made with the SDK: stateless, JSON answers, no tools', () => {
  it('a stateless server at /mcp, probed with auto: no session id, JSON answers, follow-ups still work', async () => {
    const server = await serve(statelessServer({ path: '/mcp', version: '2.0.0' }));
    const result = await probeMcp({ url: server.url, health: '/healthz' }, { toolCall: { name: 'version', expect: '2.0.0' }, followUps: 2 });
    expect(result.cause).toBeUndefined();
    expect(result.ok).toBe(true);
    expect(result.endpoint).toBe(`${server.url}mcp`);
    expect(result.sessionId).toBeUndefined();
    expect(result.responseModes).toEqual(['json']);
    expect(result.stages.find((s) => s.name === 'initialize')?.detail).toContain('stateless (no session id)');
    // No session: nothing to end at close.
    expect(result.transcript.some((e) => e.method === 'DELETE')).toBe(false);
  });

  it('an empty tools list fails tools/list', async () => {
    const server = await serve(statelessServer({ path: '/', tools: 'none' }));
    const result = await probeMcp({ url: server.url }, {});
    expect(result.cause).toBe('tools/list returned no tools');
    expect(statuses(result)).toMatchObject({ initialize: 'passed', 'tools/list': 'failed', 'tool call': 'skipped' });
  });
});

describe('faults: every wait has a deadline, every answer a cap', () => {
  it('a health endpoint that never turns ready: the last answer, repeated answers folded', async () => {
    const server = await serve(listen(healthNeverReady));
    const result = await probeMcp({ url: server.url, health: '/healthz' }, {}, FAST);
    expect(result.cause).toBe(`health ${server.url}healthz never ready in 1.5 s: last answer HTTP 503 {"status":"starting"}`);
    expect(statuses(result)).toMatchObject({ health: 'failed', initialize: 'skipped' });
    expect(result.health?.checks).toBeGreaterThanOrEqual(3);
    const health = result.transcript.filter((e) => e.stage === 'health');
    expect(health).toHaveLength(1);
    expect(health[0]?.repeated).toBe(result.health?.checks);
  });

  it('the wrong port: health names the refused connection; without health, initialize does', async () => {
    const port = await closedPort();
    const url = `http://127.0.0.1:${port}/`;
    const withHealth = await probeMcp({ url, health: '/healthz' }, {}, { ...FAST, healthTimeoutMs: 1_000 });
    expect(withHealth.cause).toBe(`health ${url}healthz never ready in 1 s: last attempt: cannot connect to 127.0.0.1:${port}: connection refused`);
    const withoutHealth = await probeMcp({ url }, {}, FAST);
    expect(withoutHealth.cause).toBe(`initialize: cannot connect to 127.0.0.1:${port}: connection refused`);
  });

  it('a server that stops mid-response: the step deadline ends it, naming what arrived', async () => {
    const server = await serve(listen(stallsMidResponse));
    const started = performance.now();
    const result = await probeMcp({ url: server.url, mcpPath: '/' }, {}, FAST);
    expect(result.cause).toBe('initialize: no answer within 1 s: HTTP 200 application/json, 20 bytes received, then the server stalled');
    expect(performance.now() - started).toBeLessThan(4_000);
  });

  it('an SSE stream that never carries the response: the step deadline ends it', async () => {
    const server = await serve(listen(endlessSse(100)));
    const result = await probeMcp({ url: server.url, mcpPath: '/' }, {}, FAST);
    expect(result.cause).toMatch(/^initialize: no answer within 1 s: HTTP 200 text\/event-stream stayed open without the response \(\d+ events, \d+ bytes\)$/);
    const events = Number(/\((\d+) events/.exec(result.cause ?? '')?.[1]);
    expect(events).toBeGreaterThanOrEqual(4);
  });

  it('an SSE stream that grows past the size cap is cut there, at once', async () => {
    const server = await serve(listen(endlessSse(2, 4_000)));
    const started = performance.now();
    const result = await probeMcp({ url: server.url, mcpPath: '/' }, {}, { ...FAST, stepTimeoutMs: 20_000, maxResponseBytes: 64 * 1024 });
    expect(result.cause).toBe('initialize: response cut at the 64 KiB size cap (HTTP 200 text/event-stream)');
    expect(performance.now() - started).toBeLessThan(10_000);
    const entry = result.transcript.find((e) => e.rpc === 'initialize');
    expect(entry?.responseBody?.length).toBeLessThan(2_100);
  });

  it('an SSE stream that ends without the response fails at once, not at the deadline', async () => {
    const server = await serve(listen(sseWithoutResponse('end')));
    const result = await probeMcp({ url: server.url, mcpPath: '/' }, {}, { ...FAST, stepTimeoutMs: 20_000 });
    expect(result.cause).toBe('initialize: the server ended the SSE stream without the response (2 events, 232 bytes)');
    expect(result.ms).toBeLessThan(5_000);
  });

  it('a connection dropped mid-stream fails at once, naming it', async () => {
    const server = await serve(listen(sseWithoutResponse('drop')));
    const result = await probeMcp({ url: server.url, mcpPath: '/' }, {}, { ...FAST, stepTimeoutMs: 20_000 });
    expect(result.cause).toBe(`initialize: connection to 127.0.0.1:${server.port} closed by the server (HTTP 200 text/event-stream, after 232 bytes)`);
    expect(result.ms).toBeLessThan(5_000);
  });

  it('a server that sends no headers at all: the per-request deadline', async () => {
    const server = await serve(listen((req) => req.resume()));
    const result = await probeMcp({ url: server.url, mcpPath: '/' }, {}, { ...FAST, stepTimeoutMs: 5_000, requestTimeoutMs: 500 });
    expect(result.cause).toBe('initialize: no response headers within 0.5 s');
  });

  it('the caller cancels: the probe ends at once, saying so', async () => {
    const server = await serve(listen(healthNeverReady));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300);
    const started = performance.now();
    const result = await probeMcp({ url: server.url, health: '/healthz' }, {}, { healthTimeoutMs: 60_000, signal: controller.signal });
    expect(result.cause).toBe(`health ${server.url}healthz: probe cancelled`);
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});

describe("assertions on the tool's JSON (issue 18: the vector DB wired through the plugin)", () => {
  const assertion = { 'system.vectorDB.connected': true, 'system.vectorDB.url': { not: 'unknown' } };

  it('hold once the server settles: the call is repeated in the same session within jsonWithinMs', async () => {
    const server = await serve(settlingServer(3));
    const result = await probeMcp({ url: server.url, mcpPath: '/' }, { toolCall: { name: 'version', expect: '2.2.2', json: assertion, jsonWithinMs: 20_000 }, followUps: 1 });
    expect(result.cause).toBeUndefined();
    expect(result.ok).toBe(true);
    expect((server as Listening & { calls(): number }).calls()).toBe(4); // 2 failed, 1 held, 1 follow-up
  }, 60_000);

  it('never hold: the path, what was expected and what was found, and for how long', async () => {
    const server = await serve(settlingServer(1_000));
    const result = await probeMcp({ url: server.url, mcpPath: '/' }, { toolCall: { name: 'version', json: assertion, jsonWithinMs: 4_000 } });
    expect(result.ok).toBe(false);
    expect(result.cause).toMatch(/^tool version: system\.vectorDB\.connected is false, expected true \(still after 4 s, [23] calls\)$/);
  }, 60_000);

  it('without time to settle, the first answer decides', async () => {
    const server = await serve(settlingServer(2));
    const result = await probeMcp({ url: server.url, mcpPath: '/' }, { toolCall: { name: 'version', json: assertion } });
    expect(result.cause).toBe('tool version: system.vectorDB.connected is false, expected true');
  }, 60_000);
});

describe('the token in another header (X-Dot-AI-Authorization, behind a proxy that takes Authorization)', () => {
  it('is sent there, as Bearer, and nowhere in the result', async () => {
    const server = await reference({ DOT_AI_AUTH_TOKEN: TOKEN });
    const result = await probeMcp({ url: server.url, bearerToken: TOKEN, tokenHeader: 'X-Dot-AI-Authorization' }, { toolCall: { name: 'version', expect: RELEASE_VERSION }, followUps: 1 });
    expect(result.cause).toBeUndefined();
    expect(result.transcript.find((e) => e.rpc === 'initialize')?.requestHeaders['x-dot-ai-authorization']).toBe('***');
    expectNoSecret(result, TOKEN);
  }, 60_000);
});
