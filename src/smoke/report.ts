/** The smoke gate's result as the action's outputs, the job summary and `--json`. */
import { UserError } from '../errors.js';
import { markdownTable, type CommandResult } from '../report/reporter.js';
import type { SmokeGateResult } from './gate.js';

/** What passed but should be known, per method (e.g. a lower Pod Security level and what restricted would refuse). */
function warningLines(result: SmokeGateResult): string[] {
  const lines = result.results.flatMap((r) => (r.warnings ?? []).map((w) => `- ⚠️ ${r.method}: ${w}`));
  return lines.length ? ['', '**Warnings**', '', ...lines] : [];
}

export function smokeSummary(result: SmokeGateResult): string {
  const { candidate } = result;
  const rows = result.results.map((r) => {
    const mcp = r.probes
      .map((p) => `${p.endpoint}: ${p.result.ok ? `${p.result.server?.name ?? '?'} ${p.result.server?.version ?? ''}, ${p.result.tools?.length ?? 0} tools${p.result.toolCall ? `, ${p.result.toolCall.name} showed ${candidate.version}` : ''}` : 'failed'}`)
      .join('; ');
    return [r.method, r.status === 'passed' ? '✅ passed' : '❌ failed', `${r.seconds} s`, mcp || '-', r.cause ?? ''];
  });
  const failed = result.failed.length;
  return [
    `### Smoke: ${failed ? `${failed} of ${result.results.length} methods failed` : `all ${result.results.length} methods passed`}`,
    '',
    `Image \`${result.image}\`${candidate.image.id ? ` (id \`${candidate.image.id}\`)` : ''}${candidate.images.length > 1 ? ` with ${candidate.images.slice(1).map((i) => `\`${i.ref}\``).join(', ')}` : ''}, version ${candidate.version}${result.cluster ? `; cluster ${result.cluster.name} (${result.cluster.created ? 'created' : 'reused'} in ${result.cluster.seconds} s)` : ''}`,
    '',
    markdownTable(['Method', 'Status', 'Time', 'MCP', 'Cause'], rows),
    ...warningLines(result),
    ...(failed ? ['', `Diagnostics: \`${result.diagnosticsDir}\``] : []),
  ].join('\n');
}

/** The one-line failure: every failed method with its cause. */
export function smokeFailure(result: SmokeGateResult): UserError | undefined {
  return result.failed.length ? new UserError(`smoke: ${result.failed.map((r) => `${r.method}: ${r.cause}`).join('; ')}`) : undefined;
}

export function smokeCommandResult(result: SmokeGateResult): CommandResult {
  return {
    ok: result.ok,
    error: smokeFailure(result),
    outputs: { results: JSON.stringify(result.outputs), 'diagnostics-path': result.diagnosticsDir },
    summary: smokeSummary(result),
    json: { results: result.outputs, 'diagnostics-path': result.diagnosticsDir, image: result.candidate.image, cluster: result.cluster },
  };
}
