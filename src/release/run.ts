/** The release's entry: the release steps (src/release/pipeline.ts) over one context, with what it made for itself removed at the end. */
import { runPipeline, type StepFailure, type StepRecord } from '../pipeline/index.js';
import type { Reporter } from '../report/reporter.js';
import type { CleanupRegistry } from '../tools/cleanup.js';
import { disposeReleaseContext, RELEASE_STEPS, releaseContext } from './pipeline.js';
import type { ReleaseContext, ReleaseInputs } from './types.js';

export interface ReleaseRun {
  context: ReleaseContext;
  records: StepRecord[];
  failure?: StepFailure;
}

export async function runRelease(inputs: ReleaseInputs, reporter: Reporter, cleanup: CleanupRegistry, signal: AbortSignal): Promise<ReleaseRun> {
  reporter.info(`release ${inputs.tag} (${inputs.previousVersion} -> ${inputs.version}${inputs.prerelease ? ', a prerelease' : ''})${inputs.dryRun ? ', dry run' : ''}${inputs.phase !== 'all' ? `, phase ${inputs.phase}` : ''}`);
  const context = releaseContext(inputs, reporter, cleanup, signal);
  try {
    const run = await runPipeline(RELEASE_STEPS, context, reporter);
    return { context, records: run.records, failure: run.failure };
  } finally {
    for (const problem of await disposeReleaseContext(context)) reporter.warning(`not removed: ${problem}`);
  }
}
