import { runPipeline } from '../pipeline/index.js';
import type { CommandResult, Reporter } from '../report/reporter.js';
import { parseReleaseInputs } from '../release/inputs.js';
import { disposeReleaseContext, RELEASE_STEPS, releaseContext } from '../release/pipeline.js';
import { releaseResult } from '../release/summary.js';
import type { ReleaseInputs } from '../release/types.js';
import type { Options } from '../config/options.js';

/** Turns the raw inputs into the release job: every input checked here, before anything runs. */
export function parseInputs(options: Options, reporter: Reporter): Promise<ReleaseInputs> {
  return parseReleaseInputs(options, reporter);
}

/** Runs the release steps on parsed inputs. */
export async function execute(inputs: ReleaseInputs, reporter: Reporter): Promise<CommandResult> {
  reporter.info(`release ${inputs.tag} (${inputs.previousVersion} -> ${inputs.version}${inputs.prerelease ? ', a prerelease' : ''})${inputs.dryRun ? ', dry run' : ''}${inputs.phase !== 'all' ? `, phase ${inputs.phase}` : ''}`);
  const ctx = releaseContext(inputs, reporter);
  try {
    const run = await runPipeline(RELEASE_STEPS, ctx, reporter);
    return releaseResult(ctx, run);
  } finally {
    await disposeReleaseContext(ctx);
  }
}

/** `release`: one gated, resumable release: version, image, chart, smoke, publish, git tag, GitHub release. */
export async function run(options: Options, reporter: Reporter): Promise<CommandResult> {
  return execute(await parseInputs(options, reporter), reporter);
}
