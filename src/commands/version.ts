import type { Options } from '../config/options.js';
import type { CommandResult, Reporter } from '../report/reporter.js';
import { applyVersion } from '../version/apply.js';
import { parseInputs } from '../version/inputs.js';
import { versionCommandResult } from '../version/report.js';

/** `version`: bump or set the release version and write it everywhere it lives, all files or none. */
export async function run(options: Options, reporter: Reporter): Promise<CommandResult> {
  return versionCommandResult(await applyVersion(parseInputs(options), reporter));
}
