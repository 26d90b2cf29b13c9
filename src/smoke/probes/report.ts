/** The probe's result as the action's outputs, the job summary and `--json`. */
import { UserError } from '../../errors.js';
import { markdownTable, md, type CommandResult, type Markdown } from '../../report/reporter.js';
import type { ProbeResult } from './types.js';

/** Server text for markdown: a code span (src/report/escape.ts), so links, images, HTML and control characters stay text. */
function code(text: string): Markdown | string {
  return text ? md.code(text) : '';
}

export function probeSummary(result: ProbeResult): string {
  return [
    `### MCP probe ${result.ok ? 'passed' : 'failed'}: ${code(result.url)}`,
    '',
    markdownTable(
      ['Stage', 'Status', 'Time', 'Detail'],
      result.stages.map((s) => [s.name, s.status, s.status === 'skipped' ? '' : `${s.ms} ms`, code(s.detail)]),
    ),
    ...(result.cause ? ['', `**Cause:** ${code(result.cause)}`] : []),
  ].join('\n');
}

export function probeCommandResult(result: ProbeResult): CommandResult {
  // The cause is the run's last line (after the outputs and summary are written).
  const error = result.ok ? undefined : new UserError(`probe: ${result.cause ?? 'failed'}`);
  return { ok: result.ok, error, outputs: { result: JSON.stringify(result) }, summary: probeSummary(result), json: result };
}
