/**
 * The image's release steps: resolve the tags, build every platform, push once under X.Y.Z,
 * start each platform until healthy, and only then add the moving tags (X.Y, X, latest).
 */
import { UserError } from '../errors.js';
import { openRepository, RegistryError } from '../oci/index.js';
import { Artifacts, Skip, type Step } from '../pipeline/index.js';
import type { Reporter } from '../report/reporter.js';
import type { CleanupRegistry } from '../tools/cleanup.js';
import { Buildah, buildahBinary } from '../tools/buildah.js';
import { Docker, dockerBinary } from '../tools/docker.js';
import { buildImage, pushImage } from './build.js';
import { chooseBuilder } from './builder-choice.js';
import { fullRef, type ImageArtifacts, type ImageContext, type ImageJob } from './context.js';
import { CredentialsDir } from './credentials.js';
import type { BuildPlatform } from './platforms.js';
import { computeTags } from './tags.js';
import { checkIndex, startAndWait, startPlatforms } from './verify.js';

async function existingTags(ctx: ImageContext): Promise<string[]> {
  try {
    return await ctx.target.listTags();
  } catch (err) {
    // A repository that does not exist yet has no tags.
    if (err instanceof RegistryError && err.kind === 'not-found') return [];
    throw err;
  }
}

const resolve: Step<ImageContext> = {
  name: 'resolve',
  async run(ctx) {
    const { job } = ctx;
    const existing = job.output === 'push' ? await existingTags(ctx) : [];
    const computed = computeTags({ version: job.version, existingTags: existing, sha: job.sha, extra: job.extraTags });
    ctx.artifacts.set('tags', computed, 'resolve');
    for (const note of computed.notes) ctx.reporter.info(note);
    ctx.reporter.info(`tags: ${computed.tags.join(', ')}${job.output === 'push' ? ` (the registry holds ${existing.length} tags)` : ' (not pushing: latest decided without the registry)'}`);
  },
};

const build: Step<ImageContext> = {
  name: 'build',
  async run(ctx) {
    await buildImage(ctx);
  },
};

const push: Step<ImageContext> = {
  name: 'push',
  async run(ctx) {
    const { job } = ctx;
    if (job.output === 'load') return new Skip('load: the image was loaded into the local Docker engine, nothing is pushed');
    if (job.output === 'none') return new Skip('dry run: built, nothing is pushed');
    const ref = fullRef(job, ctx.artifacts.get('tags', 'push').tags[0]!);
    if (ctx.builder === 'buildx') return new Skip(`buildx pushed ${ref} while building (${ctx.artifacts.get('digest', 'push')})`);
    const digest = await pushImage(ctx, ref);
    ctx.artifacts.set('digest', digest, 'push');
    ctx.reporter.info(`pushed ${ref}@${digest}`);
  },
};

const verify: Step<ImageContext> = {
  name: 'verify',
  async run(ctx) {
    const { job, artifacts } = ctx;
    if (!job.verify) return new Skip('input verify is false');
    if (job.output === 'none') return new Skip('dry run: nothing was pushed or loaded to start');
    const tag = artifacts.get('tags', 'verify').tags[0]!;
    if (job.output === 'load') {
      const ref = fullRef(job, tag);
      const [platform] = job.platforms as [BuildPlatform];
      const result = await startAndWait(ctx.docker, ref, platform.id, job.verifyTimeoutMs, (line) => ctx.reporter.warning(line));
      ctx.started.push(result);
      ctx.reporter.info(`${platform.id}: ${ref} is ${result.status} after ${(result.ms / 1000).toFixed(1)} s`);
      return;
    }
    const index = await checkIndex(ctx.target, tag, job.platforms);
    artifacts.set('index', index, 'verify');
    const digest = artifacts.get('digest', 'verify');
    if (index.digest !== digest) throw new UserError(`${job.image}:${tag} resolves to ${index.digest}, not the pushed ${digest}`);
    ctx.reporter.info(`${job.image}:${tag} lists ${index.images.map((i) => i.platform.id).join(', ')}${index.attestations ? ` (+${index.attestations} attestation manifests, set aside)` : ''}`);
    ctx.started.push(...(await startPlatforms(ctx, index)));
  },
};

const tag: Step<ImageContext> = {
  name: 'tag',
  async run(ctx) {
    const { job, artifacts } = ctx;
    const tags = artifacts.get('tags', 'tag').tags;
    const rest = tags.slice(1);
    if (job.output === 'load') return new Skip(`load: tagged locally as ${tags.join(', ')}`);
    if (job.output === 'none') return new Skip('dry run: nothing was pushed');
    if (rest.length === 0) return new Skip(`${tags[0]} is the only tag`);
    // Only after every platform started: a broken image never moves X.Y, X or latest.
    // Same manifest under more names: no blob is uploaded again.
    const digest = artifacts.get('digest', 'tag');
    for (const t of rest) {
      await ctx.target.tag(digest, t);
      const resolved = (await ctx.target.resolve(t)).digest;
      if (resolved !== digest) throw new UserError(`${job.image}:${t} resolves to ${resolved} after tagging, not ${digest}`);
    }
    ctx.reporter.info(`tagged ${job.image}@${digest} as ${rest.join(', ')}`);
  },
};

export const IMAGE_STEPS: Step<ImageContext>[] = [resolve, build, push, verify, tag];

/**
 * Chooses the builder and checks the engine before anything is built (preflight), then logs in.
 * The returned context owns temporary credentials: call `disposeImageContext` when done.
 */
export async function imageContext(job: ImageJob, reporter: Reporter, registry: CleanupRegistry, candidate = false): Promise<ImageContext> {
  const creds = new CredentialsDir();
  const cleanup = registry.child('image');
  // The credentials folder goes however the run ends (a cancelled job's post step included).
  cleanup.add({ kind: 'directory', path: creds.dir });
  try {
    const baseDocker = new Docker(dockerBinary());
    const buildah = new Buildah(buildahBinary());
    const { builder, detail } = await chooseBuilder(job.requestedBuilder, job.platforms, baseDocker, buildah, candidate);
    const needsDocker = builder !== 'buildah' || job.output === 'load' || (job.output === 'push' && job.verify);
    if (needsDocker && !(await baseDocker.serverVersion())) {
      throw new UserError(`the Docker engine does not answer (${baseDocker.bin}): it is needed to ${builder === 'buildah' ? 'start each platform (set verify to false to skip that)' : 'build'}`);
    }
    const docker = baseDocker.withEnv(creds.dockerEnv());
    if (job.credentials && (builder !== 'buildah' || job.output === 'push')) await docker.login(job.registry, job.credentials.username, job.credentials.password);
    const how = job.output === 'push' ? `push to ${job.registry}` : job.output === 'load' ? 'load into the local Docker engine' : 'dry run: build only';
    reporter.info(`image ${job.image} ${job.version} for ${job.platforms.map((p) => p.id).join(', ')} with ${detail}, ${how}`);
    return {
      job, reporter, builder, creds, docker, buildah,
      target: openRepository(job.registry, job.repository, { credentials: job.credentials, plainHttp: job.plainHttp || undefined }),
      artifacts: new Artifacts<ImageArtifacts>(),
      started: [],
      cleanup,
    };
  } catch (err) {
    await cleanup.runAll();
    throw err;
  }
}

/** Removes what the run made for itself: started containers' images, buildah lists, credentials. */
export async function disposeImageContext(ctx: ImageContext): Promise<string[]> {
  return ctx.cleanup.runAll();
}
