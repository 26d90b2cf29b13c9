import type { Options } from '../config/options.js';
import type { CommandResult, Reporter } from '../report/reporter.js';
import { runSmokeGate } from '../smoke/gate.js';
import { parseInputs, readCredentials } from '../smoke/inputs.js';
import { smokeCommandResult } from '../smoke/report.js';
import type { CommandSession } from './load.js';

/** `smoke`: deploy every documented method for real and prove each one serves MCP. */
export async function run(options: Options, reporter: Reporter, { cleanup, signal }: CommandSession): Promise<CommandResult> {
  // The token first: masked before anything can print it.
  const credentials = await readCredentials(options, reporter);
  return smokeCommandResult(await runSmokeGate(parseInputs(options, { credentials }), reporter, cleanup, signal));
}
