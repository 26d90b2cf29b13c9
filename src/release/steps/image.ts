/**
 * Image: every platform built and pushed by digest, untagged, then each platform started until
 * healthy. Nothing a user pulls by tag changes here. Skipped when the version is already published
 * from this release's commit, and in the publish phase (the candidate job built it).
 */
import { UserError } from '../../errors.js';
import { buildCandidate, imageOrigin, loadFromLayout, verifyCandidate, verifyCandidateInLayout } from '../../image/candidate.js';
import type { ImageContext } from '../../image/context.js';
import { OCI } from '../../image/labels.js';
import { imageContext } from '../../image/pipeline.js';
import { checkIndex } from '../../image/verify.js';
import { OciLayoutTarget } from '../../oci/index.js';
import { AlreadyDone, Skip, type Step } from '../../pipeline/index.js';
import { goArchitecture } from '../../tools/host.js';
import type { ReleaseContext, ReleaseImage } from '../types.js';

/** The image context (builder chosen, engine checked, logged in), made once per run, labelled with the release commit. */
export async function openImageContext(ctx: ReleaseContext, image: ReleaseImage, neededBy: string): Promise<ImageContext> {
  const opened = ctx.artifacts.find('imageContext');
  if (opened) return opened;
  const { job } = image;
  const releaseCommit = ctx.artifacts.get('releaseCommit', neededBy);
  const made = await imageContext({ ...job, labels: { ...job.labels, [`${OCI}.revision`]: releaseCommit } }, ctx.reporter, ctx.cleanup);
  ctx.artifacts.set('imageContext', made, neededBy);
  return made;
}

/**
 * The candidate's platform image for this machine, in the Docker engine: what the smoke methods
 * deploy (pulled with the release's credentials, so the methods find it without logging in).
 */
export async function loadForSmoke(ctx: ReleaseContext, image: ReleaseImage, digest: string): Promise<string> {
  const { job, destination } = image;
  const context = await openImageContext(ctx, image, 'smoke');
  const target = ctx.artifacts.get('imageTarget', 'smoke');
  const host = goArchitecture();
  if (destination.kind === 'layout') {
    const index = await checkIndex(target, digest, job.platforms);
    const own = index.images.find((i) => i.platform.architecture === host);
    if (!own) throw new UserError(`${job.image}@${digest} has no ${host} image for the smoke methods to deploy`);
    return loadFromLayout(context, target, own.digest, own.platform.architecture);
  }
  const ref = `${job.image}@${digest}`;
  await context.docker.pull(ref, `linux/${host}`);
  context.cleanup.add({ kind: 'docker-image', ref });
  return ref;
}

export const image: Step<ReleaseContext> = {
  name: 'image',
  async run(ctx) {
    const { inputs, artifacts, reporter } = ctx;
    const released = inputs.image;
    if (!released) return new Skip('no image is released (input image: false, or no image configured)');
    const { job } = released;
    const target = artifacts.get('imageTarget', 'image');
    const world = artifacts.get('world', 'image');
    const releaseCommit = artifacts.get('releaseCommit', 'image');
    if (artifacts.get('done', 'image').image && world.image) {
      artifacts.set('imageDigest', world.image.digest, 'image');
      return new AlreadyDone(`${job.image}:${inputs.version} is published (${world.image.digest}) from this release's commit ${releaseCommit.slice(0, 12)}; nothing is built`);
    }
    if (inputs.phase === 'publish') {
      const digest = inputs.handed.image;
      if (!digest) throw new UserError('input candidate-image: required with phase publish');
      const origin = await imageOrigin(target, digest);
      if (!origin) throw new UserError(`input candidate-image: ${job.image}@${digest} is not in the registry`);
      if (origin.revision !== releaseCommit) throw new UserError(`input candidate-image: ${job.image}@${digest} was built from ${origin.revision ? `commit ${origin.revision.slice(0, 12)}` : 'an unknown commit'}, not from this release's commit ${releaseCommit.slice(0, 12)}`);
      artifacts.set('imageDigest', digest, 'image');
      return new AlreadyDone(`the candidate job built ${job.image}@${digest} from this release's commit`);
    }
    const context = await openImageContext(ctx, released, 'image');
    if (target instanceof OciLayoutTarget) {
      await target.init();
      reporter.info(`into the OCI image layout ${target.path} (${job.image} is only the image's name there: nothing goes to a registry)`);
    }
    const built = await buildCandidate(context, target);
    artifacts.set('imageDigest', built.digest, 'image');
    reporter.info(`candidate ${job.image}@${built.digest} pushed by digest, untagged${built.blobsUploaded !== undefined ? ` (${built.blobsUploaded} blobs uploaded)` : ''}`);
    if (released.destination.kind === 'layout') {
      const { index, started, localRef } = await verifyCandidateInLayout(context, target, built.digest);
      artifacts.set('imageIndex', index, 'image');
      ctx.started.push(...started);
      if (localRef) artifacts.set('imageLocalRef', localRef, 'image');
      return;
    }
    const { index, started } = await verifyCandidate(context, target, built.digest);
    artifacts.set('imageIndex', index, 'image');
    ctx.started.push(...started);
  },
};
