import type { Options } from '../config/options.js';
import type { CommandResult, Reporter } from '../report/reporter.js';
import { checkVersions } from '../version/check.js';
import { parseCheckInputs } from '../version/inputs.js';
import { checkCommandResult } from '../version/report.js';

/** `check`: every version slot must hold the release version (the chart's own for chart slots). */
export async function run(options: Options, reporter: Reporter): Promise<CommandResult> {
  return checkCommandResult(await checkVersions(parseCheckInputs(options), reporter));
}
