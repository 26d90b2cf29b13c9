import { loadConfig } from '../config/config.js';
import { isUserError, UserError } from '../errors.js';
import type { CommandResult, Reporter } from '../report/reporter.js';
import { markdownTable, md, type Markdown } from '../report/reporter.js';
import {
  formatProbe,
  parseHeaderLines,
  probeMcp,
  ProbeInputError,
  resolveTarget,
  type ProbeExpectations,
  type ProbeOptions,
  type ProbeResult,
  type ProbeTarget,
} from '../smoke/probes/index.js';
import { expectedVersions } from '../version/drift.js';
import { readStdin } from '../config/credentials.js';
import { booleanOption, configOverrides, listOption, repositoryRoot, stringOption, type Options } from '../config/options.js';

/** Everything `probe` takes, parsed and checked once; nothing below reads raw options. */
interface ProbeInputs {
  target: ProbeTarget;
  expectations: ProbeExpectations;
  options: Partial<ProbeOptions>;
  /** Where the tool call's expectation came from, for the log. */
  expectationSource?: string;
}

function wholeNumber(options: Options, name: string, fallback: number, min: number, max: number): number {
  const raw = stringOption(options, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+(\.\d+)?$/.test(raw) || value < min || value > max) throw new UserError(`input ${name}: ${JSON.stringify(raw)} must be a number from ${min} to ${max}`);
  return value;
}

/** The repository's release version, when working-directory is a release-able repository; else why not. */
function releaseVersion(options: Options): { version?: string; why: string } {
  try {
    const root = repositoryRoot(options);
    return { version: expectedVersions(loadConfig(root, configOverrides(options))).app, why: `the release version of ${root}` };
  } catch (err) {
    if (isUserError(err)) return { why: `no release version to expect (${err.message})` };
    throw err;
  }
}

async function parseInputs(options: Options, reporter: Reporter): Promise<ProbeInputs> {
  // Secrets first: masked before anything can print them.
  let bearerToken = stringOption(options, 'bearer-token');
  if (booleanOption(options, 'bearer-token-stdin')) bearerToken = (await readStdin()).trim();
  if (bearerToken) reporter.secret(bearerToken);
  let headers: Record<string, string> | undefined;
  const headerText = stringOption(options, 'header');
  if (headerText !== undefined) {
    try {
      headers = parseHeaderLines(headerText);
    } catch (err) {
      throw new UserError(`input ${(err as Error).message}`);
    }
    for (const value of Object.values(headers)) reporter.secret(value);
  }

  const url = stringOption(options, 'url');
  if (!url) throw new UserError('input url: required (the MCP server to probe, e.g. http://127.0.0.1:3456/)');
  const target: ProbeTarget = { url, mcpPath: stringOption(options, 'mcp-path') ?? 'auto', health: stringOption(options, 'health'), bearerToken: bearerToken || undefined, headers };
  try {
    resolveTarget(target);
  } catch (err) {
    if (err instanceof ProbeInputError) throw new UserError(`input ${err.message}`);
    throw err;
  }

  let args: Record<string, unknown> = {};
  const argsText = stringOption(options, 'tool-args');
  if (argsText !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(argsText);
    } catch (err) {
      throw new UserError(`input tool-args: not JSON (${(err as Error).message})`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new UserError('input tool-args: must be a JSON object, e.g. {"message":"hello"}');
    args = parsed as Record<string, unknown>;
  }

  // No tool named: the version tool when the server has one, expected to show the release version.
  const tool = stringOption(options, 'tool');
  let expect = stringOption(options, 'expect');
  let expectationSource: string | undefined = expect !== undefined ? 'input expect' : undefined;
  if (expect === undefined && (tool ?? 'version') === 'version') {
    const release = releaseVersion(options);
    expect = release.version;
    expectationSource = release.why;
  }
  const seconds = wholeNumber(options, 'timeout', 60, 1, 3600);
  return {
    target,
    expectations: {
      serverName: stringOption(options, 'expect-server'),
      tools: listOption(options, 'expect-tools'),
      toolCall: { name: tool ?? 'version', arguments: args, expect, optional: tool === undefined },
      followUps: wholeNumber(options, 'follow-ups', 5, 0, 1000),
    },
    options: { healthTimeoutMs: seconds * 1000, stepTimeoutMs: seconds * 1000, requestTimeoutMs: Math.min(10, seconds) * 1000 },
    expectationSource,
  };
}

/** Server text for markdown: a code span (src/report/escape.ts), so links, images, HTML and control characters stay text. */
function code(text: string): Markdown | string {
  return text ? md.code(text) : '';
}

function summary(result: ProbeResult): string {
  return [
    `### MCP probe ${result.ok ? 'passed' : 'failed'}: ${code(result.url)}`,
    '',
    markdownTable(
      ['Stage', 'Status', 'Time', 'Detail'],
      result.stages.map((s) => [s.name, s.status, s.status === 'skipped' ? '' : `${s.ms} ms`, code(s.detail)]),
    ),
    ...(result.cause ? ['', `**Cause:** ${code(result.cause)}`] : []),
  ].join('\n');
}

/** `probe`: prove a deployed MCP server is healthy and serves MCP; on failure, the cause and the transcript. */
export async function run(options: Options, reporter: Reporter): Promise<CommandResult> {
  const inputs = await parseInputs(options, reporter);
  const call = inputs.expectations.toolCall;
  reporter.info(
    `probing ${inputs.target.url}${inputs.target.health ? ` (health ${inputs.target.health})` : ''}: ` +
      `tool ${call?.name}${call?.optional ? ' if listed' : ''}${call?.expect !== undefined ? `, expecting ${JSON.stringify(call.expect)} (${inputs.expectationSource})` : inputs.expectationSource ? `, ${inputs.expectationSource}` : ''}`,
  );
  const result = await probeMcp(inputs.target, inputs.expectations, inputs.options);
  for (const stage of result.stages) reporter.info(`• ${stage.name}: ${stage.status}${stage.status === 'skipped' ? '' : ` (${stage.ms} ms)`}: ${stage.detail}`);
  if (result.pathAttempts && result.pathAttempts.length > 1) reporter.info(`MCP answered at ${result.endpoint ?? 'no path'} (${result.pathAttempts.map((a) => `${new URL(a.endpoint).pathname}: ${a.outcome}`).join(', ')})`);
  if (!result.ok) {
    // The whole exchange, for whoever has to find out why (server text is escaped by formatProbe).
    for (const line of formatProbe(result).split('\n')) reporter.info(line);
  }
  // The cause is the run's last line (after the outputs and summary are written).
  const error = result.ok ? undefined : new UserError(`probe: ${result.cause ?? 'failed'}`);
  return { ok: result.ok, error, outputs: { result: JSON.stringify(result) }, summary: summary(result), json: result };
}
