/**
 * Runs `smoke` as the command does (parseInputs, the gate, the result) and reads its outputs back:
 * the one harness of the docker, compose and Kubernetes smoke tests.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isUserError } from '../../src/errors.js';
import { runSmokeGate } from '../../src/smoke/gate.js';
import { parseInputs, readCredentials } from '../../src/smoke/inputs.js';
import { smokeCommandResult } from '../../src/smoke/report.js';
import { CleanupRegistry } from '../../src/tools/cleanup.js';
import type { MethodResultOutput } from '../../src/smoke/types.js';
import { CapturingReporter } from '../helpers/capture.js';

export interface SmokeRunResult {
  ok: boolean;
  /** The run's error as the CLI prints it (absent when every method passed). */
  error?: string;
  reporter: CapturingReporter;
  /** The `results` output, parsed. */
  methods: MethodResultOutput[];
  /** One method's result; throws naming the methods that ran when `name` is not among them. */
  method(name: string): MethodResultOutput;
  diagnostics: string;
  summary: string;
  seconds: number;
}

/** The run names (smoke-<method>-<hex>) of every method this file's runs started: what they may leave. */
const startedRunNames = new Set<string>();

/**
 * Claims an engine object's name for this file when it belongs to one of its runs (the run name,
 * `<run name>-…`, or Compose v1's `<run name>_…`): other files' runs, maybe going on in another worker with the same method names, are
 * not this file's to answer for.
 */
export function madeByThisFile(name: string): boolean {
  for (const run of startedRunNames) if (name === run || name.startsWith(`${run}-`) || name.startsWith(`${run}_`)) return true;
  return false;
}

/**
 * `env`: variables set for this run only (undefined: unset), e.g. COMPOSE_CLI. A refusal before any
 * method ran (a provider's) comes back as `ok: false` with its one line, as the CLI prints it.
 */
export async function runSmoke(options: Record<string, string | boolean>, env: Record<string, string | undefined> = {}): Promise<SmokeRunResult> {
  const previous = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  setEnv(env);
  const reporter = new CapturingReporter();
  const started = performance.now();
  const seconds = () => Math.round((performance.now() - started) / 100) / 10;
  try {
    // As the command does: the token and headers read (and masked) first.
    const inputs = parseInputs(options, { credentials: await readCredentials(options, reporter) });
    let result: ReturnType<typeof smokeCommandResult>;
    try {
      result = smokeCommandResult(await runSmokeGate(inputs, reporter, new CleanupRegistry(), new AbortController().signal));
    } catch (error) {
      if (!isUserError(error)) throw error;
      return { ok: false, error: error.message, reporter, methods: [], method: () => { throw new Error(`no method ran: ${error.message}`); }, diagnostics: inputs.diagnosticsDir ?? '', summary: '', seconds: seconds() };
    }
    const methods = JSON.parse(result.outputs.results ?? '[]') as MethodResultOutput[];
    for (const m of methods) if (m.runName) startedRunNames.add(m.runName);
    return {
      ok: result.ok,
      error: result.error === undefined ? undefined : isUserError(result.error) ? result.error.message : String(result.error),
      reporter,
      methods,
      method: (name) => {
        const found = methods.find((m) => m.method === name);
        if (!found) throw new Error(`no result for method ${name}: ${JSON.stringify(methods.map((m) => m.method))}`);
        return found;
      },
      diagnostics: result.outputs['diagnostics-path'] as string,
      summary: result.summary ?? '',
      seconds: seconds(),
    };
  } finally {
    setEnv(previous);
  }
}

function setEnv(env: Record<string, string | undefined>): void {
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
}

/** Every file under `dir` holding any of `secrets`, with the secret's first characters (never the whole). */
export function filesHolding(dir: string, secrets: string[]): string[] {
  const found: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else {
        const text = readFileSync(p, 'utf8');
        for (const s of secrets) if (s && text.includes(s)) found.push(`${path.relative(dir, p)}: ${s.slice(0, 6)}…`);
      }
    }
  };
  walk(dir);
  return found;
}
