/** The image run as the action's outputs, the job summary and `--json`, also when a step failed. */
import { describeRecord, pipelineResult } from '../pipeline/index.js';
import { markdownTable, md, type CommandResult } from '../report/reporter.js';
import type { ImageRun } from './run.js';

export function imageCommandResult(run: ImageRun): CommandResult {
  const { job, tags, digest, index } = run;
  const failed = run.records.find((r) => r.status === 'failed');
  const summary = [
    `### Image ${job.image} ${job.version}${failed ? `: failed at ${failed.name}` : ''}`,
    markdownTable(['Step', 'Result'], run.records.map((r) => [r.name, describeRecord(r)])),
    '',
    markdownTable(['Platform', 'Image', 'Started'], job.platforms.map((p) => {
      const s = run.started.find((r) => r.platform === p.id);
      const img = index?.images.find((i) => i.platform.id === p.id);
      return [p.id, img ? md.code(img.digest) : '', s ? `${s.status} after ${(s.ms / 1000).toFixed(1)} s` : 'not started'];
    })),
    '',
    tags ? `Tags: ${tags.tags.map((t) => `\`${t}\``).join(', ')}${tags.notes.length ? `  \n${tags.notes.join('  \n')}` : ''}` : '',
    digest ? `\nReference: \`${job.image}@${digest}\`` : '',
  ].join('\n');
  const outputs = {
    digest,
    'image-ref': digest ? `${job.image}@${digest}` : '',
    tags: (tags?.tags ?? []).map((t) => `${job.image}:${t}`).join('\n'),
    platforms: job.platforms.map((p) => p.id).join(','),
  };
  return pipelineResult(run, outputs, summary, {
    // Lists as lists: the same names as the outputs, which join them with newlines.
    tags: (tags?.tags ?? []).map((t) => `${job.image}:${t}`),
    image: job.image, version: job.version, builder: run.builder, output: job.output, latest: tags?.latest ?? false,
    index, started: run.started, labels: job.labels, steps: run.records,
  });
}
