import type { Options } from '../config/options.js';
import type { CommandResult, Reporter } from '../report/reporter.js';
import { parseReleaseInputs } from '../release/inputs.js';
import { releaseCommandResult } from '../release/report.js';
import { runRelease } from '../release/run.js';
import type { CommandSession } from './load.js';

/** `release`: one gated, resumable release: version, image, chart, smoke, publish, git tag, GitHub release. */
export async function run(options: Options, reporter: Reporter, { cleanup, signal, host }: CommandSession): Promise<CommandResult> {
  return releaseCommandResult(await runRelease(await parseReleaseInputs(options, reporter, host), reporter, cleanup, signal));
}
