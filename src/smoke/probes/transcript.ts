/** The transcript as text, for logs and diagnostics files: one header line per exchange, bodies escaped on one line each. */
import type { ProbeResult, TranscriptEntry } from './types.js';

function outcome(entry: TranscriptEntry): string {
  const parts: string[] = [];
  if (entry.status !== undefined) parts.push(`HTTP ${entry.status}${entry.responseHeaders?.['content-type'] ? ` ${entry.responseHeaders['content-type']}` : ''}`);
  if (entry.bytes !== undefined) parts.push(`${entry.bytes} bytes`);
  if (entry.events !== undefined) parts.push(`${entry.events} events`);
  if (entry.ms !== undefined) parts.push(`${entry.ms} ms`);
  else parts.push('still open');
  if (entry.error) parts.push(entry.error);
  if (entry.repeated) parts.push(`same answer ${entry.repeated} times`);
  return parts.join(', ');
}

export function formatEntry(entry: TranscriptEntry): string[] {
  const lines = [`[${String(entry.at).padStart(6)} ms] ${entry.stage}: ${entry.method} ${entry.url}${entry.rpc ? ` (${entry.rpc})` : ''} → ${outcome(entry)}`];
  const headers = Object.entries(entry.requestHeaders).map(([k, v]) => `${k}=${v}`);
  if (headers.length) lines.push(`    > headers: ${JSON.stringify(headers.join(', '))}`);
  if (entry.requestBody) lines.push(`    > ${JSON.stringify(entry.requestBody)}`);
  const kept = Object.entries(entry.responseHeaders ?? {})
    .filter(([k]) => k !== 'content-type')
    .map(([k, v]) => `${k}=${v}`);
  if (kept.length) lines.push(`    < headers: ${JSON.stringify(kept.join(', '))}`);
  if (entry.responseBody) lines.push(`    < ${JSON.stringify(entry.responseBody)}`);
  return lines;
}

/** The whole result as text: the verdict, each stage, then the transcript. */
export function formatProbe(result: ProbeResult): string {
  return [
    `probe ${result.url}: ${result.ok ? 'passed' : `FAILED: ${result.cause}`} (${result.ms} ms)`,
    ...result.stages.map((s) => `  ${s.name}: ${s.status}${s.ms ? ` (${s.ms} ms)` : ''}: ${s.detail}`),
    'transcript:',
    ...result.transcript.flatMap(formatEntry),
  ].join('\n');
}
