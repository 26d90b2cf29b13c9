/** The release's entry: the release steps (src/release/pipeline.ts) over one context, with what it made for itself removed at the end. */
import { runPipeline, type StepFailure, type StepRecord } from '../pipeline/index.js';
import type { Reporter } from '../report/reporter.js';
import type { CleanupRegistry } from '../tools/cleanup.js';
import { disposeReleaseContext, releaseContext, releaseSteps } from './pipeline.js';
import type { ReleaseContext, ReleaseInputs } from './types.js';

export interface ReleaseRun {
  context: ReleaseContext;
  records: StepRecord[];
  failure?: StepFailure;
}

export async function runRelease(inputs: ReleaseInputs, reporter: Reporter, cleanup: CleanupRegistry, signal: AbortSignal): Promise<ReleaseRun> {
  const what = inputs.notesOnly ? 'the notes only' : `${inputs.previousVersion} -> ${inputs.version}${inputs.prerelease ? ', a prerelease' : ''}`;
  reporter.info(`release ${inputs.tag} (${what})${inputs.dryRun ? ', dry run' : ''}${inputs.phase !== 'all' ? `, phase ${inputs.phase}` : ''}`);
  const context = releaseContext(inputs, reporter, cleanup, signal);
  try {
    const run = await runPipeline(releaseSteps(inputs), context, reporter);
    return { context, records: run.records, failure: run.failure };
  } finally {
    for (const problem of await disposeReleaseContext(context)) reporter.warning(`not removed: ${problem}`);
  }
}
