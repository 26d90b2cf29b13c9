/** The release's entry: the release steps (src/release/pipeline.ts) over one context, with what it made for itself removed at the end. */
import { runPipeline, type StepFailure, type StepRecord } from '../pipeline/index.js';
import type { Reporter } from '../report/reporter.js';
import type { CleanupRegistry } from '../tools/cleanup.js';
import { disposeReleaseContext, releaseContext, releaseSteps } from './pipeline.js';
import { removeBuilds } from '../image/prebuild.js';
import { forgetNote } from './leftovers.js';
import type { ReleaseContext, ReleaseInputs } from './types.js';

/** What a failed run leaves, and the way on: the same command finishes it (every step looks at the world first). */
function stoppedAdvice(ctx: ReleaseContext, step: string): string {
  const { inputs } = ctx;
  const commit = ctx.artifacts.find('releaseCommit');
  const moved = commit !== undefined && ctx.git.headCommit() === commit && commit !== ctx.artifacts.find('world')?.head;
  // A tag release is run again from its tag (a re-run of the workflow, or from-tag here); set would start a dispatched one.
  const how = inputs.trigger.kind === 'tag' ? `input from-tag ${inputs.trigger.tag}` : `input set ${inputs.version}`;
  const again = `run the same release again (${how}) to finish it: what is done is left alone`;
  // A tag release moves HEAD to its release commit only once that commit is pushed (trigger.ts pushTagRelease).
  if (moved && inputs.trigger.kind === 'tag') return `the release stopped at ${step}: the release commit ${commit.slice(0, 12)} is pushed to ${inputs.git.branch} and HEAD is at it; ${again}`;
  if (moved) return `the release stopped at ${step}: ${inputs.git.branch} is at the release commit ${commit.slice(0, 12)} here, not pushed; ${again}; or drop it: git reset --keep HEAD~1 && git tag -d ${inputs.tag}`;
  return `the release stopped at ${step}: the work tree is put back as it was; ${again}`;
}

export interface ReleaseRun {
  context: ReleaseContext;
  records: StepRecord[];
  failure?: StepFailure;
}

export async function runRelease(inputs: ReleaseInputs, reporter: Reporter, cleanup: CleanupRegistry, signal: AbortSignal): Promise<ReleaseRun> {
  // At its release commit already (a re-run, a tag), the version moves no more: no "2.2.2 -> 2.2.2".
  const change = inputs.headIsReleaseCommit ? `${inputs.version}, from its release commit` : `${inputs.previousVersion} -> ${inputs.version}`;
  const what = inputs.notesOnly ? 'the notes only' : `${change}${inputs.prerelease ? ', a prerelease' : ''}`;
  reporter.info(`release ${inputs.tag} (${what})${inputs.dryRun ? ', dry run' : ''}${inputs.phase !== 'all' ? `, phase ${inputs.phase}` : ''}`);
  const context = releaseContext(inputs, reporter, cleanup, signal);
  try {
    const run = await runPipeline(releaseSteps(inputs), context, reporter);
    const releaseCommit = context.artifacts.find('releaseCommit');
    // The images' pre-builds and candidates are kept for a re-run of a release that stopped; one that finished needs them no more.
    if (!run.failure && releaseCommit && inputs.phase !== 'candidate') {
      removeBuilds(inputs.root, releaseCommit);
      forgetNote(inputs.root); // a run that resumed at its release commit made no edits of its own to note
    }
    // A refusal in preflight or version changed nothing; a stop later may be finished by running again.
    if (run.failure && !inputs.dryRun && !['preflight', 'version'].includes(run.failure.step)) reporter.info(stoppedAdvice(context, run.failure.step));
    return { context, records: run.records, failure: run.failure };
  } finally {
    for (const problem of await disposeReleaseContext(context)) reporter.warning(`not removed: ${problem}`);
  }
}
