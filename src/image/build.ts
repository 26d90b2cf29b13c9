import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { booleanOption } from '../commands/options.js';
import { UserError } from '../errors.js';
import { MEDIA_TYPE } from '../oci/index.js';
import { buildxBuild } from '../tools/buildx.js';
import { fullRef, type ImageContext } from './context.js';
import { hostArchitecture, type BuildPlatform } from './platforms.js';

/**
 * Builds every platform with the chosen builder. buildx pushes the full version while it builds
 * (ctx.digest); buildah builds one platform at a time into a manifest list (ctx.built), so a
 * failure names its arch; docker builds the one platform into the engine (ctx.built).
 */
export async function buildImage(ctx: ImageContext): Promise<void> {
  if (ctx.builder === 'buildx') await buildWithBuildx(ctx);
  else if (ctx.builder === 'buildah') await buildWithBuildah(ctx);
  else await buildWithDocker(ctx);
}

/** buildx pushes while it builds: the full version only; the moving tags come in the tag step. */
async function buildWithBuildx(ctx: ImageContext): Promise<void> {
  const tags = ctx.computed!.tags;
  ctx.digest = await buildxBuild(ctx.docker.bin, {
    platforms: ctx.platforms.map((p) => p.id),
    context: ctx.context,
    dockerfile: ctx.dockerfile,
    buildArgs: ctx.buildArgs,
    labels: ctx.labels,
    annotations: ctx.labels,
    tags: ctx.output === 'push' ? [fullRef(ctx, tags[0]!)] : tags.map((t) => fullRef(ctx, t)),
    output: ctx.output,
    cache: ctx.cache,
    cacheScope: ctx.image,
    provenance: booleanOption(ctx.options, 'provenance'),
    sbom: booleanOption(ctx.options, 'sbom'),
  }, ctx.docker.env);
}

/** One platform at a time into one manifest list, so a failing build names its arch. */
async function buildWithBuildah(ctx: ImageContext): Promise<void> {
  const tags = ctx.computed!.tags;
  const list = `dot-ai-release-${process.pid}-${Date.now()}`;
  ctx.built = list;
  ctx.cleanup.push(() => ctx.buildah.removeManifest(list));
  const authfile = ctx.creds.writeAuthFile(ctx.registry, ctx.credentials);
  const iidDir = mkdtempSync(path.join(tmpdir(), 'dot-ai-release-iid-'));
  ctx.cleanup.push(async () => rmSync(iidDir, { recursive: true, force: true }));
  const images: string[] = [];
  // Only the final images go at the end; the --layers cache (intermediate images) stays for the next build.
  ctx.cleanup.push(async () => {
    for (const id of images) await ctx.buildah.removeImage(id);
  });
  for (const [i, platform] of ctx.platforms.entries()) {
    const started = performance.now();
    const iidfile = path.join(iidDir, `iid-${i}`);
    try {
      await ctx.buildah.build({
        platform: platform.id, manifest: list, context: ctx.context, dockerfile: ctx.dockerfile, buildArgs: ctx.buildArgs, labels: ctx.labels,
        cache: ctx.cache, authfile, tlsVerify: !ctx.plainHttp, iidfile,
      });
    } catch (err) {
      throw new UserError(`platform ${platform.id}: the build failed, nothing was pushed: ${(err as Error).message}`);
    }
    images.push(readFileSync(iidfile, 'utf8').trim());
    ctx.reporter.info(`built ${platform.id} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
  if (ctx.output === 'load') {
    for (const tag of tags) await ctx.buildah.pushToDocker(images[0]!, fullRef(ctx, tag));
  }
}

/** One platform into the engine, with the classic builder unless DOCKER_BUILDKIT says otherwise. */
async function buildWithDocker(ctx: ImageContext): Promise<void> {
  const tags = ctx.computed!.tags;
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
  const [platform] = ctx.platforms as [BuildPlatform];
  const args = [
    '--file', ctx.dockerfile,
    ...(platform.architecture === hostArchitecture() ? [] : ['--platform', platform.id]),
    ...(ctx.cache ? [] : ['--no-cache']),
    ...(load ? ['--load'] : []),
    ...ctx.buildArgs.flatMap(([k, v]) => ['--build-arg', `${k}=${v}`]),
    ...Object.entries(ctx.labels).flatMap(([k, v]) => ['--label', `${k}=${v}`]),
    ...(ctx.output === 'push' ? [tags[0]!] : tags).flatMap((t) => ['--tag', fullRef(ctx, t)]),
    ctx.context,
  ];
  try {
    await ctx.docker.build(args, env);
  } catch (err) {
    throw new UserError(`platform ${platform.id}: the build failed, nothing was pushed: ${(err as Error).message}`);
  }
  ctx.built = fullRef(ctx, tags[0]!);
}

/** Pushes what buildah or docker built under the full version; returns the pushed digest. */
export async function pushImage(ctx: ImageContext, ref: string): Promise<string> {
  let digest: string;
  if (ctx.builder === 'buildah') {
    const digestfile = path.join(ctx.creds.dir, 'digest');
    const authfile = ctx.creds.writeAuthFile(ctx.registry, ctx.credentials);
    digest = await ctx.buildah.manifestPush(ctx.built!, ref, { authfile, tlsVerify: !ctx.plainHttp, digestfile });
    // Index annotations (GHCR shows the description of a multi-arch image from them): buildah
    // cannot set them on an index, so the same index, annotated, replaces it under the same tag.
    const { bytes, descriptor } = await ctx.target.fetchManifest(digest);
    if (descriptor.mediaType === MEDIA_TYPE.ociIndex) {
      const index = JSON.parse(Buffer.from(bytes).toString('utf8')) as Record<string, unknown>;
      index.annotations = { ...(index.annotations as Record<string, string> | undefined), ...ctx.labels };
      const annotated = await ctx.target.pushManifest(new TextEncoder().encode(JSON.stringify(index)), descriptor.mediaType, ctx.computed!.tags[0]);
      digest = annotated.digest;
    } else {
      ctx.reporter.warning(`${ref} is a ${descriptor.mediaType} (no annotations possible); labels are on each image`);
    }
  } else {
    digest = await ctx.docker.push(ref);
  }
  return digest;
}
