/**
 * The release's result, also when a step failed: one table of steps × status × time, the published
 * references with their digests, the install commands, and the outputs (version, image-ref,
 * image-digest, chart-ref, chart-digest, npm-package, npm-integrity, npm-dist-tag, release-url).
 */
import { describeRecord, pipelineResult } from '../pipeline/index.js';
import { mdText } from '../report/escape.js';
import { md, markdownTable, type Cell, type CommandResult } from '../report/reporter.js';
import { installCommands, published } from './notes.js';
import { smokeSummary } from '../smoke/report.js';
import type { ReleaseRun } from './run.js';

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** The GitHub API requests made, under kebab-case names like every other key of `--json`. */
function githubCounts(ctx: ReleaseRun['context']): Record<string, number> | undefined {
  const counts = ctx.artifacts.find('github')?.counts;
  return counts && { get: counts.GET, post: counts.POST, patch: counts.PATCH, delete: counts.DELETE, other: counts.other, 'bytes-sent': counts.bytesSent };
}

export function releaseCommandResult(run: ReleaseRun): CommandResult {
  const ctx = run.context;
  const { inputs, artifacts } = ctx;
  const what = published(ctx);
  const failed = run.records.find((r) => r.status === 'failed');
  const release = artifacts.find('release');
  const publishDone = run.records.some((r) => r.name === 'publish' && (r.status === 'done' || r.status === 'already-done'));
  const imageRef = what.image ? `${what.image.name}@${what.image.digest}` : '';
  const done = artifacts.find('done');
  const imagesPublished = publishDone || (what.images.length > 0 && what.images.every((i) => done?.images.has(i.name)));
  const chartRef = what.chart && (publishDone || artifacts.find('done')?.chart) ? `${what.chart.ref}:${what.chart.version}` : '';
  const npm = what.npm?.published ? what.npm : undefined;
  const outputs = {
    version: inputs.version,
    tag: inputs.tag,
    'image-ref': imageRef,
    'image-digest': what.image?.digest ?? '',
    images: what.images.length ? JSON.stringify(what.images.map((i) => ({ name: i.name, digest: i.digest, ref: `${i.name}@${i.digest}`, tags: i.tags, server: i.server }))) : '',
    'chart-ref': chartRef,
    'chart-digest': chartRef ? (what.chart?.digest ?? '') : '',
    'chart-package': inputs.phase === 'candidate' ? (artifacts.find('chartPackage') ?? '') : '',
    'npm-package': npm ? `${npm.name}@${npm.version}` : '',
    'npm-integrity': npm?.integrity ?? '',
    'npm-dist-tag': npm?.tag ?? '',
    'npm-tarball': inputs.phase === 'candidate' ? (artifacts.find('npmContext')?.artifacts.find('tarball')?.path ?? '') : '',
    'release-url': release?.htmlUrl ?? '',
    'release-commit': artifacts.find('releaseCommit') ?? '',
  };
  const title = `### Release ${mdText(inputs.tag)}${inputs.dryRun ? ' (dry run)' : ''}${inputs.phase !== 'all' ? ` (phase ${inputs.phase})` : ''}: ${failed ? `failed at ${failed.name}` : 'complete'}`;
  const lines = [
    title,
    '',
    markdownTable(['Step', 'Status', 'Time'], run.records.map((r) => [r.name, describeRecord(r).replace(/ \(\d+ ms\)$/, ''), md.raw(r.status === 'not-run' ? '' : seconds(r.ms))])),
  ];
  if (what.images.length || what.chart || what.npm || release) {
    const rows: Cell[][] = [];
    for (const image of what.images) rows.push([imagesPublished ? 'image' : 'image (candidate, untagged)', md.code(`${image.name}:${image.version}`), md.code(image.digest)]);
    if (what.chart && chartRef) rows.push(['chart', md.code(chartRef), md.code(what.chart.digest)]);
    if (what.npm) rows.push([what.npm.published ? `npm package (dist-tag ${what.npm.tag ?? ''})` : `npm package (packed, not published${what.npm.tag ? `; dist-tag ${what.npm.tag} when published` : ''})`, md.code(`${what.npm.name}@${what.npm.version}`), md.code(what.npm.integrity)]);
    if (release) rows.push(['GitHub release', md.code(release.htmlUrl), '']);
    lines.push('', markdownTable(['Published', 'Reference', 'Digest'], rows));
  }
  // The npm package is installable once its own step published it, whatever came after.
  const installable = imagesPublished || (publishDone && !what.images.length);
  const commands = installCommands(ctx, what).filter((c) => installable || c.method === 'npm');
  if (commands.length) {
    lines.push('', 'Install:', '', markdownTable(['Method', 'Command'], commands.map((c) => [c.method, md.code(c.command)])));
  }
  const smoke = artifacts.find('smoke');
  if (smoke) lines.push('', smokeSummary(smoke).replace(/^### /m, '#### '));
  if (ctx.notes.length) lines.push('', ...ctx.notes.map((n) => `- ${mdText(n)}`));
  return pipelineResult(run, outputs, lines.join('\n'), {
    phase: inputs.phase, 'dry-run': inputs.dryRun, 'previous-version': inputs.previousVersion, steps: run.records,
    tags: what.image?.tags ?? [], started: ctx.started, github: githubCounts(ctx), npm: what.npm,
  });
}
