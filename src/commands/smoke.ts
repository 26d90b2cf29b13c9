import type { Options } from '../config/options.js';
import type { CommandResult, Reporter } from '../report/reporter.js';
import { runSmokeGate } from '../smoke/gate.js';
import { parseInputs } from '../smoke/inputs.js';
import { smokeCommandResult } from '../smoke/report.js';
import type { CommandSession } from './load.js';

/** `smoke`: deploy every documented method for real and prove each one serves MCP. */
export async function run(options: Options, reporter: Reporter, { cleanup, signal }: CommandSession): Promise<CommandResult> {
  return smokeCommandResult(await runSmokeGate(parseInputs(options), reporter, cleanup, signal));
}
