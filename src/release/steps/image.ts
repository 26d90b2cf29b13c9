/**
 * Image: every platform built and pushed by digest, untagged, then each platform started until
 * healthy. Nothing a user pulls by tag changes here. Skipped when the version is already published
 * from this release's commit, and in the publish phase (the candidate job built it).
 */
import { UserError } from '../../errors.js';
import { buildCandidate, imageOrigin, loadFromLayout, verifyCandidate, verifyCandidateInLayout } from '../../image/candidate.js';
import { checkIndex } from '../../image/verify.js';
import { OCI } from '../../image/labels.js';
import { disposeImageContext, imageContext } from '../../image/pipeline.js';
import { hostArchitecture } from '../../image/platforms.js';
import { OciLayoutTarget } from '../../oci/index.js';
import { AlreadyDone, Skip, type Step } from '../../pipeline/index.js';
import type { ReleaseContext } from '../types.js';
import { imageTarget } from '../world.js';

/** The image context (builder chosen, engine checked, logged in), made once per run, labelled with the release commit. */
export async function openImageContext(ctx: ReleaseContext) {
  if (!ctx.image) {
    const { job } = ctx.inputs.image!;
    const releaseCommit = ctx.artifacts.get('releaseCommit', 'image');
    ctx.image = await imageContext({ ...job, labels: { ...job.labels, [`${OCI}.revision`]: releaseCommit } }, ctx.reporter);
    const opened = ctx.image;
    ctx.cleanup.push(() => disposeImageContext(opened));
  }
  return ctx.image;
}

/**
 * The candidate's platform image for this machine, in the Docker engine: what the smoke methods
 * deploy (pulled with the release's credentials, so the methods find it without logging in).
 */
export async function loadForSmoke(ctx: ReleaseContext, digest: string): Promise<void> {
  const { job, destination } = ctx.inputs.image!;
  const image = await openImageContext(ctx);
  if (destination.kind === 'layout') {
    const index = await checkIndex(imageTarget(ctx)!, digest, job.platforms);
    const host = index.images.find((i) => i.platform.architecture === hostArchitecture());
    if (!host) throw new UserError(`${job.image}@${digest} has no ${hostArchitecture()} image for the smoke methods to deploy`);
    ctx.artifacts.set('imageLocalRef', await loadFromLayout(image, imageTarget(ctx)!, host.digest, host.platform.architecture), 'image');
    return;
  }
  const ref = `${job.image}@${digest}`;
  await image.docker.pull(ref, `linux/${hostArchitecture()}`);
  ctx.cleanup.push(() => image.docker.removeImage(ref));
  ctx.artifacts.set('imageLocalRef', ref, 'image');
}

export const image: Step<ReleaseContext> = {
  name: 'image',
  async run(ctx) {
    const { inputs, artifacts, reporter } = ctx;
    if (!inputs.image) return new Skip('no image is released (input image: false, or no image configured)');
    const { job } = inputs.image;
    const target = imageTarget(ctx)!;
    const world = artifacts.get('world', 'image');
    const releaseCommit = artifacts.get('releaseCommit', 'image');
    if (artifacts.get('done', 'image').image) {
      artifacts.set('imageDigest', world.image!.digest, 'image');
      return new AlreadyDone(`${job.image}:${inputs.version} is published (${world.image!.digest}) from this release's commit ${releaseCommit.slice(0, 12)}; nothing is built`);
    }
    if (inputs.phase === 'publish') {
      const digest = inputs.candidate!.image!;
      const origin = await imageOrigin(target, digest);
      if (!origin) throw new UserError(`input candidate-image: ${job.image}@${digest} is not in the registry`);
      if (origin.revision !== releaseCommit) throw new UserError(`input candidate-image: ${job.image}@${digest} was built from ${origin.revision ? `commit ${origin.revision.slice(0, 12)}` : 'an unknown commit'}, not from this release's commit ${releaseCommit.slice(0, 12)}`);
      artifacts.set('imageDigest', digest, 'image');
      return new AlreadyDone(`the candidate job built ${job.image}@${digest} from this release's commit`);
    }
    const image = await openImageContext(ctx);
    if (target instanceof OciLayoutTarget) {
      await target.init();
      reporter.info(`into the OCI image layout ${target.path} (${job.image} is only the image's name there: nothing goes to a registry)`);
    }
    const built = await buildCandidate(image, target);
    artifacts.set('imageDigest', built.digest, 'image');
    reporter.info(`candidate ${job.image}@${built.digest} pushed by digest, untagged${built.blobsUploaded !== undefined ? ` (${built.blobsUploaded} blobs uploaded)` : ''}`);
    if (inputs.image.destination.kind === 'layout') {
      const { index, started, localRef } = await verifyCandidateInLayout(image, target, built.digest);
      artifacts.set('imageIndex', index, 'image');
      ctx.started.push(...started);
      if (localRef) artifacts.set('imageLocalRef', localRef, 'image');
      return;
    }
    const { index, started } = await verifyCandidate(image, target, built.digest);
    artifacts.set('imageIndex', index, 'image');
    ctx.started.push(...started);
  },
};
