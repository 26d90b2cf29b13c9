import type { Options } from '../config/options.js';
import type { CommandResult, Reporter } from '../report/reporter.js';
import { parseInputs } from '../smoke/probes/inputs.js';
import { probeServer } from '../smoke/probes/probe-server.js';
import { probeCommandResult } from '../smoke/probes/report.js';

/** `probe`: prove a deployed MCP server is healthy and serves MCP; on failure, the cause and the transcript. */
export async function run(options: Options, reporter: Reporter): Promise<CommandResult> {
  return probeCommandResult(await probeServer(await parseInputs(options, reporter), reporter));
}
