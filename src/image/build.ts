import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError } from '../errors.js';
import { MEDIA_TYPE } from '../oci/index.js';
import { buildxBuild } from '../tools/buildx.js';
import { fullRef, type ImageContext } from './context.js';
import { type BuildPlatform } from './platforms.js';
import { goArchitecture } from '../tools/host.js';

/**
 * Builds every platform with the chosen builder. buildx pushes the full version while it builds
 * (the digest artifact); buildah builds one platform at a time into a manifest list (`built`), so a
 * failure names its arch; docker builds the one platform into the engine (`built`).
 */
export async function buildImage(ctx: ImageContext): Promise<void> {
  if (ctx.builder === 'buildx') await buildWithBuildx(ctx);
  else if (ctx.builder === 'buildah') await buildWithBuildah(ctx);
  else await buildWithDocker(ctx);
}

/** buildx pushes while it builds: the full version only; the moving tags come in the tag step. */
async function buildWithBuildx(ctx: ImageContext): Promise<void> {
  const { job } = ctx;
  const tags = ctx.artifacts.get('tags', 'build').tags;
  const digest = await buildxBuild(ctx.docker.bin, {
    platforms: job.platforms.map((p) => p.id),
    context: job.context,
    dockerfile: job.dockerfile,
    buildArgs: job.buildArgs,
    labels: job.labels,
    annotations: job.labels,
    tags: job.output === 'push' ? [fullRef(job, tags[0]!)] : tags.map((t) => fullRef(job, t)),
    output: job.output,
    cache: job.cache,
    cacheScope: job.image,
    provenance: job.provenance,
    sbom: job.sbom,
  }, ctx.docker.env);
  if (digest) ctx.artifacts.set('digest', digest, 'build');
}

/** One platform at a time into one manifest list, so a failing build names its arch. */
async function buildWithBuildah(ctx: ImageContext): Promise<void> {
  const { job } = ctx;
  const tags = ctx.artifacts.get('tags', 'build').tags;
  const list = `dot-ai-release-${process.pid}-${Date.now()}`;
  ctx.artifacts.set('built', list, 'build');
  ctx.cleanup.add({ kind: 'buildah-manifest', name: list });
  const authfile = ctx.creds.writeAuthFile(job.registry, job.credentials);
  const iidDir = mkdtempSync(path.join(tmpdir(), 'dot-ai-release-iid-'));
  ctx.cleanup.add({ kind: 'directory', path: iidDir });
  const images: string[] = [];
  for (const [i, platform] of job.platforms.entries()) {
    const started = performance.now();
    const iidfile = path.join(iidDir, `iid-${i}`);
    try {
      await ctx.buildah.build({
        platform: platform.id, manifest: list, context: job.context, dockerfile: job.dockerfile, buildArgs: job.buildArgs, labels: job.labels,
        cache: job.cache, authfile, tlsVerify: !job.plainHttp, iidfile,
      });
    } catch (err) {
      throw new UserError(`platform ${platform.id}: the build failed, nothing was pushed: ${(err as Error).message}`);
    }
    // Only the final images go at the end; the --layers cache (intermediate images) stays for the next build.
    const id = readFileSync(iidfile, 'utf8').trim();
    images.push(id);
    ctx.cleanup.add({ kind: 'buildah-image', id });
    ctx.reporter.info(`built ${platform.id} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
  const [image] = images;
  const [first, ...more] = tags;
  if (job.output === 'load' && image && first) {
    const archive = path.join(iidDir, 'image.tar');
    await ctx.buildah.saveDockerArchive(image, fullRef(job, first), archive);
    await ctx.docker.load(archive);
    for (const tag of more) await ctx.docker.tag(fullRef(job, first), fullRef(job, tag));
  }
}

/** One platform into the engine, with the classic builder unless DOCKER_BUILDKIT says otherwise. */
async function buildWithDocker(ctx: ImageContext): Promise<void> {
  const { job } = ctx;
  const tags = ctx.artifacts.get('tags', 'build').tags;
  const env = { ...ctx.docker.env };
  const buildx = await ctx.docker.buildxVersion();
  if (env.DOCKER_BUILDKIT === undefined && !buildx) {
    env.DOCKER_BUILDKIT = '0';
    ctx.reporter.info('docker build with the classic builder (DOCKER_BUILDKIT=0): no buildx plugin for BuildKit');
  }
  // With buildx, `docker build` runs on the current buildx builder; one that is not the engine's own
  // (docker/setup-buildx-action makes a docker-container one current) keeps the result in its cache
  // unless told to load it into the engine.
  const load = Boolean(buildx) && !['0', 'false'].includes(env.DOCKER_BUILDKIT ?? '');
  const [platform] = job.platforms as [BuildPlatform];
  const args = [
    '--file', job.dockerfile,
    ...(platform.architecture === goArchitecture() ? [] : ['--platform', platform.id]),
    ...(job.cache ? [] : ['--no-cache']),
    ...(load ? ['--load'] : []),
    ...job.buildArgs.flatMap(([k, v]) => ['--build-arg', `${k}=${v}`]),
    ...Object.entries(job.labels).flatMap(([k, v]) => ['--label', `${k}=${v}`]),
    ...(job.output === 'push' ? [tags[0]!] : tags).flatMap((t) => ['--tag', fullRef(job, t)]),
    job.context,
  ];
  try {
    await ctx.docker.build(args, env);
  } catch (err) {
    throw new UserError(`platform ${platform.id}: the build failed, nothing was pushed: ${(err as Error).message}`);
  }
  ctx.artifacts.set('built', fullRef(job, tags[0]!), 'build');
}

/** Pushes what buildah or docker built under the full version; returns the pushed digest. */
export async function pushImage(ctx: ImageContext, ref: string): Promise<string> {
  const { job } = ctx;
  let digest: string;
  if (ctx.builder === 'buildah') {
    const digestfile = path.join(ctx.creds.dir, 'digest');
    const authfile = ctx.creds.writeAuthFile(job.registry, job.credentials);
    digest = await ctx.buildah.manifestPush(ctx.artifacts.get('built', 'push'), ref, { authfile, tlsVerify: !job.plainHttp, digestfile });
    // Index annotations (GHCR shows the description of a multi-arch image from them): buildah
    // cannot set them on an index, so the same index, annotated, replaces it under the same tag.
    const { bytes, descriptor } = await ctx.target.fetchManifest(digest);
    if (descriptor.mediaType === MEDIA_TYPE.ociIndex) {
      const index = JSON.parse(Buffer.from(bytes).toString('utf8')) as Record<string, unknown>;
      index.annotations = { ...(index.annotations as Record<string, string> | undefined), ...job.labels };
      const annotated = await ctx.target.pushManifest(new TextEncoder().encode(JSON.stringify(index)), descriptor.mediaType, ctx.artifacts.get('tags', 'push').tags[0]);
      digest = annotated.digest;
    } else {
      ctx.reporter.warning(`${ref} is a ${descriptor.mediaType} (no annotations possible); labels are on each image`);
    }
  } else {
    digest = await ctx.docker.push(ref);
  }
  return digest;
}
