/**
 * The smoke gate's entry: the candidate prepared (pulled once, tagged locally when it came by
 * digest), every method run (src/smoke/run.ts), and a typed result. What the run starts is
 * registered in `cleanup`, and removed here at the end unless kept (`signal` aborts the methods).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Reporter } from '../report/reporter.js';
import type { CleanupRegistry } from '../tools/cleanup.js';
import { prepareCandidate } from './candidate.js';
import type { SmokeInputs } from './inputs.js';
import { clusterProvider } from './providers/index.js';
import { preflight, runSmoke, type SmokeRun } from './run.js';
import { platformOf, type Candidate, type MethodResult, type MethodResultOutput } from './types.js';

export interface SmokeGateResult {
  ok: boolean;
  results: MethodResult[];
  /** The `results` output: each method with its probes cut to what a workflow reads. */
  outputs: MethodResultOutput[];
  failed: MethodResult[];
  /** The image as given (NAME@DIGEST or NAME:TAG). */
  image: string;
  candidate: Candidate;
  cluster?: SmokeRun['cluster'];
  diagnosticsDir: string;
}

/** One entry of the `results` output. */
export function methodOutput(r: MethodResult): MethodResultOutput {
  return { ...r, probes: r.probes.map((p) => ({ endpoint: p.endpoint, ok: p.result.ok, cause: p.result.cause, server: p.result.server, tools: p.result.tools, 'tool-call': p.result.toolCall, ms: p.result.ms })) };
}

export async function runSmokeGate(inputs: SmokeInputs, reporter: Reporter, session: CleanupRegistry, signal: AbortSignal): Promise<SmokeGateResult> {
  const cleanup = session.child('smoke');
  try {
    // What the gate pulls or tags for the methods goes at its end, like everything else it made.
    const candidate = await prepareCandidate(inputs.candidate, undefined, (ref) => cleanup.add({ kind: 'docker-image', ref }));
    // Every method's own checks first: a refused run leaves no empty folder behind.
    preflight({ root: inputs.root, methods: inputs.methods, candidate, credentials: inputs.credentials });
    const diagnosticsDir = inputs.diagnosticsDir ?? mkdtempSync(path.join(process.env.RUNNER_TEMP || tmpdir(), 'dot-ai-release-smoke-'));
    const run = await runSmoke({
      root: inputs.root,
      methods: inputs.methods,
      candidate,
      cluster: inputs.methods.some((m) => platformOf(m.kind) === 'kubernetes') ? clusterProvider(inputs) : undefined,
      parallel: inputs.parallel,
      diagnosticsDir,
      keep: inputs.keep,
      credentials: inputs.credentials,
    }, reporter, cleanup, signal);
    const failed = run.results.filter((r) => r.status === 'failed');
    return { ok: failed.length === 0, results: run.results, outputs: run.results.map(methodOutput), failed, image: inputs.candidate.image, candidate, cluster: run.cluster, diagnosticsDir };
  } finally {
    // Kept on purpose: left running for a look afterwards, and no longer the clean-up's to remove.
    if (inputs.keep) cleanup.release();
    else for (const problem of await cleanup.runAll()) reporter.warning(`not removed: ${problem}`);
  }
}
