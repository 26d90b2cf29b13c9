/**
 * What a release says about itself: the published references with their digests (the npm package
 * with its integrity and dist-tag), and how to install it, for the GitHub release body and the job summary. Everything that came from a file or an input
 * is escaped for Markdown.
 */
import { DEFAULT_REGISTRY } from '../npm/job.js';
import { mdCode, mdCodeBlock, mdText } from '../report/escape.js';
import { PLUGINS_FILE, pluginsFile } from '../smoke/methods/docker.js';
import type { ReleaseContext } from './types.js';

export interface PublishedImage {
  name: string;
  version: string;
  digest: string;
  tags: string[];
  /** The MCP server's image (not the plugin's). */
  server: boolean;
}

export interface Published {
  /** The first image (`image-ref`): the server's, unless the release is of another image alone. */
  image?: PublishedImage;
  /** The server's image when the release has it: the one the methods' install commands deploy. */
  server?: PublishedImage;
  /** Every image with a candidate, in order (the first is `image`). */
  images: PublishedImage[];
  chart?: { ref: string; version: string; digest: string; name: string; plainHttp: boolean; layout: boolean };
  /** The npm package once packed; `published` once the registry holds it (its dist-tag then, or the one a dry run would give). */
  npm?: { name: string; version: string; integrity: string; registry: string; tag?: string; published: boolean };
}

export function published(ctx: ReleaseContext): Published {
  const { inputs, artifacts } = ctx;
  const images = (inputs.images.length ? (artifacts.find('images') ?? []) : []).flatMap((progress) =>
    progress.digest ? [{ name: progress.name, version: inputs.version, digest: progress.digest, tags: progress.tags ?? [], server: progress.image.server }] : [],
  );
  const server = images.find((i) => i.server);
  const out: Published = { images, ...(images[0] ? { image: images[0] } : {}), ...(server ? { server } : {}) };
  const chartDigest = artifacts.find('chartDigest');
  if (inputs.chart && chartDigest) {
    const c = inputs.chart;
    out.chart = { ref: c.destination.display, version: c.chart.version, digest: chartDigest, name: c.chart.name, plainHttp: c.plainHttp, layout: c.destination.kind === 'layout' };
  }
  const npm = artifacts.find('npmContext');
  const tarball = npm?.artifacts.find('tarball');
  if (inputs.npm && npm && tarball) {
    const result = npm.artifacts.find('published');
    const tag = result?.tag ?? npm.artifacts.find('plan')?.tag;
    out.npm = { name: tarball.name, version: tarball.version, integrity: result?.integrity ?? tarball.integrity, registry: inputs.npm.registry, ...(tag ? { tag } : {}), published: result !== undefined };
  }
  return out;
}

/** `npm install NAME@VERSION`, naming the registry when it is not npm's default. */
function npmInstall(npm: NonNullable<Published['npm']>): string {
  return `npm install ${npm.name}@${npm.version}${npm.registry === DEFAULT_REGISTRY ? '' : ` --registry ${npm.registry}`}`;
}

/**
 * The docker method's commands: the server alone, or (when the method ran plugins beside it, as dot-ai 2.x
 * needs its agentic-tools) a network, each plugin by digest, the plugins file, then the server reading it.
 * Values stay out of the command: the token is in .env, QDRANT_URL comes from the shell.
 */
function dockerRun(ctx: ReleaseContext, method: string, image: string, what: Published): string {
  // A default method's plugin is deployed only when the release has its image (as the smoke run did).
  const plugins = (ctx.inputs.smoke?.methods.find((s) => s.name === method)?.plugins ?? []).filter((p) => !p.optional || what.images.some((i) => i.name === p.image));
  const server = (extra: string) => `docker run --detach${extra} --publish 127.0.0.1:3456:3456 --env-file .env ${image}`;
  if (!plugins.length) return server('');
  const ref = (repository: string) => {
    const released = what.images.find((i) => i.name === repository);
    return released ? `${released.name}@${released.digest}` : repository;
  };
  const file = pluginsFile(plugins).trim(); // the file the smoke run gave the server
  return [
    'docker network create dot-ai',
    ...plugins.map((p) => `docker run --detach --network dot-ai --name ${p.name} --env QDRANT_URL --env PORT=${p.port} ${ref(p.image)}`),
    `echo '${file}' > plugins.json`,
    server(` --network dot-ai --volume "$PWD/plugins.json:${PLUGINS_FILE}:ro"`),
  ].join('\n');
}

/** Install commands, one per way of deploying the release the smoke gate ran, and the image and the chart themselves. */
export function installCommands(ctx: ReleaseContext, what: Published): { method: string; command: string }[] {
  const commands: { method: string; command: string }[] = [];
  // The methods deploy the server: a release of the plugin alone says how to pull it, not how to run it.
  const server = what.server;
  const image = server && `${server.name}@${server.digest}`;
  const methods = (ctx.artifacts.find('smoke')?.results ?? []).map((m) => ({ method: m.method, kind: m.kind }));
  const helm = what.chart && !what.chart.layout ? `helm install ${what.chart.name} ${what.chart.ref} --version ${what.chart.version}${what.chart.plainHttp ? ' --plain-http' : ''}` : undefined;
  for (const m of methods) {
    if (m.kind === 'docker' && image) commands.push({ method: m.method, command: dockerRun(ctx, m.method, image, what) });
    else if (m.kind === 'compose' && server) commands.push({ method: m.method, command: `docker compose up --detach   # the compose file pins ${server.name}:${server.version}` });
    else if (m.kind === 'kustomize' && server) commands.push({ method: m.method, command: `kubectl apply --kustomize .   # images: ${server.name}:${server.version}` });
    else if (m.kind === 'helm' && helm) commands.push({ method: m.method, command: helm });
    else if (m.kind === 'toolhive' && server) commands.push({ method: m.method, command: `kubectl apply --filename mcpserver.yaml   # image: ${server.name}:${server.version}` });
  }
  // The images and the chart, whatever the methods were.
  for (const other of what.images) {
    if (other.server && methods.some((m) => m.kind === 'docker')) continue;
    commands.push({ method: what.images.length > 1 ? `image ${other.name}` : 'image', command: `docker pull ${other.name}@${other.digest}` });
  }
  if (helm && !methods.some((m) => m.kind === 'helm')) commands.push({ method: 'helm chart', command: helm });
  if (what.npm?.published) commands.push({ method: 'npm', command: npmInstall(what.npm) });
  return commands;
}

/**
 * Where the release's own part of the body starts (the published references, the install commands,
 * what was dispatched): a notes-only run replaces what comes before it. An HTML comment: not shown.
 */
export const BODY_MARKER = '<!-- dot-ai-release: the notes end here -->';

/** The release body: the notes, the marker, then the published references with digests, then the install commands. */
export function releaseBody(notes: string, ctx: ReleaseContext): string {
  const what = published(ctx);
  const lines: string[] = [];
  if (notes.trim()) lines.push(notes.trim(), '');
  lines.push(BODY_MARKER, '');
  const npm = what.npm?.published ? what.npm : undefined;
  if (what.images.length || what.chart || npm) {
    lines.push('## Published', '');
    for (const image of what.images) lines.push(`- Image: ${mdCode(`${image.name}:${image.version}`)}, digest ${mdCode(image.digest)}${image.tags.length ? ` (tags ${image.tags.map(mdCode).join(', ')})` : ''}`);
    if (what.chart) lines.push(`- Helm chart: ${mdCode(`${what.chart.ref}:${what.chart.version}`)}, digest ${mdCode(what.chart.digest)}; the package is attached`);
    if (npm) lines.push(`- npm package: ${mdCode(`${npm.name}@${npm.version}`)}, integrity ${mdCode(npm.integrity)}${npm.tag ? `, dist-tag ${mdCode(npm.tag)}` : ''}`);
    lines.push('');
  }
  const commands = installCommands(ctx, what);
  if (commands.length) {
    lines.push('## Install', '');
    for (const c of commands) lines.push(`${mdText(c.method)}:`, '', mdCodeBlock(c.command, 'sh'), '');
  }
  return lines.join('\n').trim() + '\n';
}

/**
 * An existing body with its notes replaced (a notes-only run): what follows the marker is kept; a
 * body made without the marker keeps its last `## Published` or `## Install` part, if any.
 */
export function withNotes(body: string, notes: string): string {
  const head = notes.trim() ? `${notes.trim()}\n\n` : '';
  const at = body.indexOf(BODY_MARKER);
  if (at >= 0) return `${head}${body.slice(at).trimEnd()}\n`;
  const ours = [...body.matchAll(/^## (?:Published|Install)[ \t]*$/gm)].at(-1);
  return `${head}${BODY_MARKER}\n${ours?.index !== undefined ? `\n${body.slice(ours.index).trimEnd()}\n` : ''}`;
}
