/** The `probe` command's entry: the probe on parsed inputs, each stage logged, the exchange printed when it fails. */
import type { Reporter } from '../../report/reporter.js';
import type { ProbeInputs } from './inputs.js';
import { probeMcp } from './probe.js';
import { formatProbe } from './transcript.js';
import type { ProbeResult } from './types.js';

export async function probeServer(inputs: ProbeInputs, reporter: Reporter): Promise<ProbeResult> {
  const call = inputs.expectations.toolCall;
  reporter.info(
    `probing ${inputs.target.url}${inputs.target.health ? ` (health ${inputs.target.health})` : ''}: ` +
      `tool ${call?.name}${call?.optional ? ' if listed' : ''}${call?.expect !== undefined ? `, expecting ${JSON.stringify(call.expect)} (${inputs.expectationSource})` : inputs.expectationSource ? `, ${inputs.expectationSource}` : ''}`,
  );
  const result = await probeMcp(inputs.target, inputs.expectations, inputs.options);
  for (const stage of result.stages) reporter.info(`• ${stage.name}: ${stage.status}${stage.status === 'skipped' ? '' : ` (${stage.ms} ms)`}: ${stage.detail}`);
  if (result.pathAttempts && result.pathAttempts.length > 1) reporter.info(`MCP answered at ${result.endpoint ?? 'no path'} (${result.pathAttempts.map((a) => `${new URL(a.endpoint).pathname}: ${a.outcome}`).join(', ')})`);
  if (!result.ok) {
    // The whole exchange, for whoever has to find out why (server text is escaped by formatProbe).
    for (const line of formatProbe(result).split('\n')) reporter.info(line);
  }
  return result;
}
