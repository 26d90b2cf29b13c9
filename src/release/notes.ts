/**
 * What a release says about itself: the published references with their digests, and how to install
 * it, for the GitHub release body and the job summary. Everything that came from a file or an input
 * is escaped for Markdown.
 */
import { mdCode, mdCodeBlock, mdText } from '../report/escape.js';
import type { ReleaseContext } from './types.js';

export interface PublishedImage {
  name: string;
  version: string;
  digest: string;
  tags: string[];
}

export interface Published {
  /** The first image: the one deployed by the single-container methods (`image-ref`). */
  image?: PublishedImage;
  /** Every image with a candidate, in order (the first is `image`). */
  images: PublishedImage[];
  chart?: { ref: string; version: string; digest: string; name: string; plainHttp: boolean; layout: boolean };
}

export function published(ctx: ReleaseContext): Published {
  const { inputs, artifacts } = ctx;
  const images = (inputs.images.length ? (artifacts.find('images') ?? []) : []).flatMap((progress) =>
    progress.digest ? [{ name: progress.name, version: inputs.version, digest: progress.digest, tags: progress.tags ?? [] }] : [],
  );
  const out: Published = { images, ...(images[0] ? { image: images[0] } : {}) };
  const chartDigest = artifacts.find('chartDigest');
  if (inputs.chart && chartDigest) {
    const c = inputs.chart;
    out.chart = { ref: c.destination.display, version: c.chart.version, digest: chartDigest, name: c.chart.name, plainHttp: c.plainHttp, layout: c.destination.kind === 'layout' };
  }
  return out;
}

/** Install commands, one per way of deploying the release the smoke gate ran, and the image and the chart themselves. */
export function installCommands(ctx: ReleaseContext, what: Published): { method: string; command: string }[] {
  const commands: { method: string; command: string }[] = [];
  const image = what.image && `${what.image.name}@${what.image.digest}`;
  const methods = (ctx.artifacts.find('smoke')?.results ?? []).map((m) => ({ method: m.method, kind: m.kind }));
  const helm = what.chart && !what.chart.layout ? `helm install ${what.chart.name} ${what.chart.ref} --version ${what.chart.version}${what.chart.plainHttp ? ' --plain-http' : ''}` : undefined;
  for (const m of methods) {
    if (m.kind === 'docker' && image) commands.push({ method: m.method, command: `docker run --detach --publish 127.0.0.1:3456:3456 --env-file .env ${image}` });
    else if (m.kind === 'compose' && what.image) commands.push({ method: m.method, command: `docker compose up --detach   # the compose file pins ${what.image.name}:${what.image.version}` });
    else if (m.kind === 'kustomize' && what.image) commands.push({ method: m.method, command: `kubectl apply --kustomize .   # images: ${what.image.name}:${what.image.version}` });
    else if (m.kind === 'helm' && helm) commands.push({ method: m.method, command: helm });
    else if (m.kind === 'toolhive' && what.image) commands.push({ method: m.method, command: `kubectl apply --filename mcpserver.yaml   # image: ${what.image.name}:${what.image.version}` });
  }
  // The images and the chart, whatever the methods were.
  for (const [i, other] of what.images.entries()) {
    if (i === 0 && methods.some((m) => m.kind === 'docker')) continue;
    commands.push({ method: what.images.length > 1 ? `image ${other.name}` : 'image', command: `docker pull ${other.name}@${other.digest}` });
  }
  if (helm && !methods.some((m) => m.kind === 'helm')) commands.push({ method: 'helm chart', command: helm });
  return commands;
}

/** The release body: the notes, then the published references with digests, then the install commands. */
export function releaseBody(notes: string, ctx: ReleaseContext): string {
  const what = published(ctx);
  const lines: string[] = [];
  if (notes.trim()) lines.push(notes.trim(), '');
  if (what.images.length || what.chart) {
    lines.push('## Published', '');
    for (const image of what.images) lines.push(`- Image: ${mdCode(`${image.name}:${image.version}`)}, digest ${mdCode(image.digest)}${image.tags.length ? ` (tags ${image.tags.map(mdCode).join(', ')})` : ''}`);
    if (what.chart) lines.push(`- Helm chart: ${mdCode(`${what.chart.ref}:${what.chart.version}`)}, digest ${mdCode(what.chart.digest)}; the package is attached`);
    lines.push('');
  }
  const commands = installCommands(ctx, what);
  if (commands.length) {
    lines.push('## Install', '');
    for (const c of commands) lines.push(`${mdText(c.method)}:`, '', mdCodeBlock(c.command, 'sh'), '');
  }
  return lines.join('\n').trim() + '\n';
}
