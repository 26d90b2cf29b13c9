import type { Options } from '../config/options.js';
import { parseInputs } from '../image/inputs.js';
import { imageCommandResult } from '../image/report.js';
import { runImage } from '../image/run.js';
import type { CommandResult, Reporter } from '../report/reporter.js';
import type { CommandSession } from './load.js';

/** `image`: build for every platform, tag, label, push once, add the moving tags, and prove each platform starts. */
export async function run(options: Options, reporter: Reporter, { cleanup, host }: CommandSession): Promise<CommandResult> {
  return imageCommandResult(await runImage(await parseInputs(options, reporter, { host }), reporter, cleanup));
}
