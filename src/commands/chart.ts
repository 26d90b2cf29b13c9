import { parseInputs } from '../chart/inputs.js';
import { chartCommandResult } from '../chart/report.js';
import { runChart } from '../chart/run.js';
import type { Options } from '../config/options.js';
import type { CommandResult, Reporter } from '../report/reporter.js';
import type { CommandSession } from './load.js';

/** `chart`: gate, package and publish the Helm chart. Nothing is pushed unless every gate passed. */
export async function run(options: Options, reporter: Reporter, { cleanup }: CommandSession): Promise<CommandResult> {
  return chartCommandResult(await runChart(await parseInputs(options, reporter), reporter, cleanup));
}
