/**
 * Image: every image of the release, one after the other: its pre-build (in a checkout of the
 * release commit, once per release), then every platform built and pushed by digest, untagged, and
 * each platform started until healthy. Nothing a user pulls by tag changes here. An image already
 * published from this release's commit is not built again; in the publish phase the candidate job
 * built them. A candidate an earlier run of this release made in this checkout (kept in
 * `.git/dot-ai-release/builds/`) is used again instead of being built twice.
 */
import { UserError } from '../../errors.js';
import { buildCandidate, imageOrigin, loadFromLayout, verifyCandidate, verifyCandidateInLayout } from '../../image/candidate.js';
import type { ImageContext, ImageJob } from '../../image/context.js';
import { OCI } from '../../image/labels.js';
import { imageContext } from '../../image/pipeline.js';
import { ImageBuildCache, pruneBuilds } from '../../image/prebuild.js';
import { checkIndex } from '../../image/verify.js';
import { OciLayoutTarget } from '../../oci/index.js';
import { AlreadyDone, Skip, type Step } from '../../pipeline/index.js';
import { goArchitecture } from '../../tools/host.js';
import { imagesOf, position, type ImageProgress } from '../images.js';
import type { ReleaseContext } from '../types.js';

/** An image's context (builder chosen, engine checked, logged in), made once per run, labelled with the release commit. */
export async function openImageContext(ctx: ReleaseContext, image: ImageProgress, neededBy: string, job: ImageJob = image.image.job): Promise<ImageContext> {
  if (image.context) return image.context;
  const releaseCommit = ctx.artifacts.get('releaseCommit', neededBy);
  // A release candidate is pushed by digest, untagged: the builder chosen must be able to.
  const made = await imageContext({ ...job, labels: { ...job.labels, [`${OCI}.revision`]: releaseCommit } }, ctx.reporter, ctx.cleanup, true);
  image.context = made;
  return made;
}

/**
 * The candidate's platform image for this machine, in the Docker engine: what the smoke methods
 * deploy (pulled with the release's credentials, so the methods find it without logging in).
 */
export async function loadForSmoke(ctx: ReleaseContext, image: ImageProgress): Promise<string> {
  if (image.localRef) return image.localRef;
  const { job, destination } = image.image;
  const digest = image.digestFor('smoke');
  const context = await openImageContext(ctx, image, 'smoke');
  const host = goArchitecture();
  if (destination.kind === 'layout') {
    const index = await checkIndex(image.target, digest, job.platforms);
    const own = index.images.find((i) => i.platform.architecture === host);
    if (!own) throw new UserError(`${job.image}@${digest} has no ${host} image for the smoke methods to deploy`);
    image.localRef = await loadFromLayout(context, image.target, own.digest, own.platform.architecture);
    return image.localRef;
  }
  const ref = `${job.image}@${digest}`;
  await context.docker.pull(ref, `linux/${host}`);
  context.cleanup.add({ kind: 'docker-image', ref });
  image.localRef = ref;
  return ref;
}

/** Where an image's candidate goes, for its cache key: another destination is another candidate. */
function destinationKey(image: ImageProgress): string {
  const { destination } = image.image;
  return destination.kind === 'layout' ? `layout:${destination.dir}` : `registry:${image.name}`;
}

/** Builds one image's candidate (pre-build first), pushes it by digest and starts each platform; or reuses the one an earlier run of this release made. */
async function buildOne(ctx: ReleaseContext, image: ImageProgress, releaseCommit: string, where: string): Promise<'built' | 'reused'> {
  const { reporter } = ctx;
  const { job, preBuild } = image.image;
  const cache = new ImageBuildCache(ctx.inputs.root, releaseCommit, job, preBuild);
  const key = cache.candidateKey(destinationKey(image));
  const kept = cache.candidate(key);
  if (kept) {
    const origin = await imageOrigin(image.target, kept);
    if (origin?.revision === releaseCommit) {
      image.setDigest(kept, 'image');
      reporter.info(`${job.image}${where}: the candidate ${kept} an earlier run of this release built, pushed and started is in ${image.target.name}; not built again`);
      return 'reused';
    }
  }
  await cache.run(ctx.git, reporter, ctx.signal);
  const context = await openImageContext(ctx, image, 'image', preBuild ? cache.rebased(job) : job);
  const { target } = image;
  if (target instanceof OciLayoutTarget) {
    await target.init();
    reporter.info(`into the OCI image layout ${target.path} (${job.image} is only the image's name there: nothing goes to a registry)`);
  }
  const built = await buildCandidate(context, target);
  image.setDigest(built.digest, 'image');
  reporter.info(`candidate ${job.image}@${built.digest} pushed by digest, untagged${built.blobsUploaded !== undefined ? ` (${built.blobsUploaded} blobs uploaded)` : ''}`);
  if (image.image.destination.kind === 'layout') {
    const { index, started, localRef } = await verifyCandidateInLayout(context, target, built.digest);
    image.index = index;
    ctx.started.push(...started);
    if (localRef) image.localRef = localRef;
  } else {
    const { index, started } = await verifyCandidate(context, target, built.digest);
    image.index = index;
    ctx.started.push(...started);
  }
  cache.saveCandidate(key, built.digest);
  reporter.info(`image${where} ${job.image}: the candidate ${built.digest} is built, pushed by digest and started on ${job.platforms.map((p) => p.id).join(', ')}`);
  return 'built';
}

export const image: Step<ReleaseContext> = {
  name: 'image',
  async run(ctx) {
    const { inputs, artifacts, reporter } = ctx;
    const images = imagesOf(ctx, 'image');
    if (!images.length) return new Skip('no image is released (input image: false, or no image configured)');
    const world = artifacts.get('world', 'image');
    const releaseCommit = artifacts.get('releaseCommit', 'image');
    const done = artifacts.get('done', 'image');
    const notBuilt: string[] = [];
    let built = 0;
    if (inputs.phase !== 'publish') {
      const pruned = pruneBuilds(inputs.root, releaseCommit);
      if (pruned) reporter.debug(`removed ${pruned} builds kept for other release commits`);
    }
    for (const [i, progress] of images.entries()) {
      const { job } = progress.image;
      const where = position(i, images.length);
      const published = world.images.get(job.image);
      if (done.images.has(job.image) && published) {
        progress.setDigest(published.digest, 'image');
        notBuilt.push(`${job.image}:${inputs.version} is published (${published.digest}) from this release's commit ${releaseCommit.slice(0, 12)}`);
        reporter.info(`${job.image}${where}: published from this release's commit already; nothing is built`);
        continue;
      }
      if (inputs.phase === 'publish') {
        const digest = inputs.handed.images.get(job.image);
        if (!digest) throw new UserError(`input candidate-image: no candidate of ${job.image} (required with phase publish)`);
        const origin = await imageOrigin(progress.target, digest);
        if (!origin) throw new UserError(`input candidate-image: ${job.image}@${digest} is not in the registry`);
        if (origin.revision !== releaseCommit) throw new UserError(`input candidate-image: ${job.image}@${digest} was built from ${origin.revision ? `commit ${origin.revision.slice(0, 12)}` : 'an unknown commit'}, not from this release's commit ${releaseCommit.slice(0, 12)}`);
        progress.setDigest(digest, 'image');
        notBuilt.push(`the candidate job built ${job.image}@${digest} from this release's commit`);
        continue;
      }
      if ((await buildOne(ctx, progress, releaseCommit, where)) === 'built') built++;
      else notBuilt.push(`${job.image}: an earlier run of this release built it`);
    }
    if (!built && images.length === 1) return new AlreadyDone(`${notBuilt[0]}; nothing is built`);
    if (!built) return new AlreadyDone(`${notBuilt.join('; ')}; nothing is built`);
  },
};
