/**
 * The probe as one self-contained script (dist/probe-pod.mjs) for a short-lived pod: `smoke` mounts
 * it from a ConfigMap into a Node image and runs `node /probe/probe-pod.mjs`, to probe a deployment
 * through its Service from inside the cluster (a port-forward skips the Service).
 *
 * Input: env PROBE_CONFIG, JSON {"target": {url, mcpPath?, health?}, "expectations": {...},
 * "options": {...}} (the types of probeMcp), or the URL as the only argument. Secrets only from env
 * (e.g. from a Secret), never from the config or the arguments: PROBE_BEARER_TOKEN, and PROBE_HEADERS
 * as "Name: value" lines.
 * Output: one JSON line on stdout, the ProbeResult (for a bad config: {"ok":false,"cause":...}).
 * Exit: 0 passed, 1 failed, 2 bad config, 3 a crash of the probe itself.
 */
import { parseHeaderLines, probeMcp, ProbeInputError } from './probe.js';
import type { ProbeExpectations, ProbeOptions, ProbeTarget } from './types.js';

interface PodConfig {
  target: ProbeTarget;
  expectations?: ProbeExpectations;
  options?: Partial<ProbeOptions>;
}

const NUMBER_OPTIONS = ['healthTimeoutMs', 'healthIntervalMs', 'stepTimeoutMs', 'requestTimeoutMs', 'maxResponseBytes', 'transcriptBodyChars', 'maxTranscriptEntries'] as const;

function readConfig(env: NodeJS.ProcessEnv, argv: string[]): PodConfig {
  let config: PodConfig;
  if (env.PROBE_CONFIG) {
    try {
      config = JSON.parse(env.PROBE_CONFIG) as PodConfig;
    } catch (err) {
      throw new ProbeInputError(`PROBE_CONFIG: not JSON (${(err as Error).message})`);
    }
    if (typeof config !== 'object' || config === null || typeof config.target?.url !== 'string') throw new ProbeInputError('PROBE_CONFIG: target.url (a string) is required');
    if ('bearerToken' in config.target || 'headers' in config.target) {
      throw new ProbeInputError('PROBE_CONFIG: credentials do not belong in the config; pass PROBE_BEARER_TOKEN or PROBE_HEADERS from a Secret');
    }
  } else if (argv.length === 1 && argv[0]) {
    config = { target: { url: argv[0] } };
  } else {
    throw new ProbeInputError('PROBE_CONFIG (JSON) or the URL as the only argument is required');
  }
  for (const name of NUMBER_OPTIONS) {
    const value = config.options?.[name];
    if (value !== undefined && !(typeof value === 'number' && value > 0)) throw new ProbeInputError(`PROBE_CONFIG: options.${name} must be a positive number`);
  }
  const target: ProbeTarget = { ...config.target };
  if (env.PROBE_BEARER_TOKEN) target.bearerToken = env.PROBE_BEARER_TOKEN.trim();
  if (env.PROBE_HEADERS) target.headers = parseHeaderLines(env.PROBE_HEADERS, 'PROBE_HEADERS');
  return { target, expectations: config.expectations ?? {}, options: config.options ?? {} };
}

async function main(): Promise<number> {
  let config: PodConfig;
  try {
    config = readConfig(process.env, process.argv.slice(2));
    const result = await probeMcp(config.target, config.expectations, config.options);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return result.ok ? 0 : 1;
  } catch (err) {
    // Whatever happens, the last line is JSON the caller can read.
    const bad = err instanceof ProbeInputError;
    const cause = bad ? err.message : `probe crashed: ${err instanceof Error ? err.message : String(err)}`;
    process.stdout.write(`${JSON.stringify({ ok: false, cause })}\n`);
    return bad ? 2 : 3;
  }
}

process.exitCode = await main();
