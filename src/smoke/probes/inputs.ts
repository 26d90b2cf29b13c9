/** What `probe` takes, parsed and checked once: the target, what to expect, the deadlines; nothing below reads raw options. */
import { loadConfig } from '../../config/config.js';
import { readStdin } from '../../config/credentials.js';
import { booleanOption, boundedNumber, configOverrides, listOption, repositoryRoot, stringOption, withDefaults, type Options } from '../../config/options.js';
import { isUserError, UserError } from '../../errors.js';
import type { Reporter } from '../../report/reporter.js';
import { expectedVersions } from '../../version/drift.js';
import { parseHeaderLines, resolveTarget, ProbeInputError } from './probe.js';
import type { ProbeExpectations, ProbeOptions, ProbeTarget } from './types.js';

/** Everything `probe` takes, parsed and checked once; nothing below reads raw options. */
export interface ProbeInputs {
  target: ProbeTarget;
  expectations: ProbeExpectations;
  options: Partial<ProbeOptions>;
  /** Where the tool call's expectation came from, for the log. */
  expectationSource?: string;
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

export async function parseInputs(raw: Options, reporter: Reporter): Promise<ProbeInputs> {
  const options = withDefaults('probe', raw);
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
  const seconds = boundedNumber(options, 'probe', 'timeout') ?? 60;
  return {
    target,
    expectations: {
      serverName: stringOption(options, 'expect-server'),
      tools: listOption(options, 'expect-tools'),
      toolCall: { name: tool ?? 'version', arguments: args, expect, optional: tool === undefined },
      followUps: boundedNumber(options, 'probe', 'follow-ups') ?? 5,
    },
    options: { healthTimeoutMs: seconds * 1000, stepTimeoutMs: seconds * 1000, requestTimeoutMs: Math.min(10, seconds) * 1000 },
    expectationSource,
  };
}

