/**
 * Publish, only when every step before passed: the version tag and the moving tags (X.Y, X,
 * latest by the image command's rules) pointed at the verified digest, no blob uploaded again,
 * after a fresh look at the registry's tags (a version someone else published meanwhile is
 * refused); then the chart pushed (the chart command's publish: idempotent, read back). Both are
 * read back before the step ends.
 */
import { publish as publishChartStep } from '../../chart/pipeline.js';
import { publishedDigest } from '../../chart/publish.js';
import { UserError } from '../../errors.js';
import { computeTags } from '../../image/tags.js';
import { LayoutError, RegistryError, type Target } from '../../oci/index.js';
import { AlreadyDone, Skip, type Step } from '../../pipeline/index.js';
import type { ReleaseContext, ReleaseImage } from '../types.js';

async function tagsOf(target: Target): Promise<string[]> {
  try {
    return await target.listTags();
  } catch (error) {
    if (error instanceof RegistryError && error.kind === 'not-found') return [];
    if (error instanceof LayoutError && error.notFound) return [];
    throw error;
  }
}

async function digestOf(target: Target, tag: string): Promise<string | undefined> {
  try {
    return (await target.resolve(tag)).digest;
  } catch (error) {
    if ((error instanceof RegistryError && error.kind === 'not-found') || (error instanceof LayoutError && error.notFound)) return undefined;
    throw error;
  }
}

/** Points the image's tags at the candidate; returns how many tags moved (0: all were in place). */
async function publishImage(ctx: ReleaseContext, image: ReleaseImage): Promise<number> {
  const { inputs, artifacts, reporter } = ctx;
  const { job } = image;
  const target = artifacts.get('imageTarget', 'publish');
  const digest = artifacts.get('imageDigest', 'publish');
  const existing = await tagsOf(target);
  const versionDigest = existing.includes(inputs.version) ? await digestOf(target, inputs.version) : undefined;
  if (versionDigest && versionDigest !== digest) {
    throw new UserError(`${job.image}:${inputs.version} was published meanwhile (${versionDigest}), not by this release (${digest}); nothing was tagged: release another version`);
  }
  const computed = computeTags({ version: inputs.version, existingTags: existing });
  for (const note of computed.notes) reporter.info(note);
  let moved = 0;
  for (const tag of computed.tags) {
    if (existing.includes(tag) && (tag === inputs.version ? versionDigest : await digestOf(target, tag)) === digest) continue;
    await target.tag(digest, tag);
    moved++;
  }
  // Read back: every tag names the verified digest.
  for (const tag of computed.tags) {
    const resolved = await digestOf(target, tag);
    if (resolved !== digest) throw new UserError(`${job.image}:${tag} resolves to ${resolved ?? 'nothing'} after tagging, not ${digest}`);
  }
  artifacts.set('imageTags', computed.tags, 'publish');
  artifacts.set('latest', computed.latest, 'publish');
  reporter.info(moved ? `tagged ${job.image}@${digest} as ${computed.tags.join(', ')} (${moved} moved, nothing uploaded)` : `${job.image}: ${computed.tags.join(', ')} already name ${digest}`);
  return moved;
}

/** Pushes the chart (the chart command's publish step) after a fresh look at its version; true when it uploaded. */
async function publishChart(ctx: ReleaseContext): Promise<boolean> {
  const chartCtx = ctx.artifacts.get('chartContext', 'publish');
  const target = chartCtx.artifacts.get('target', 'publish');
  const current = await publishedDigest(target, chartCtx.job.chart.version);
  if (current) chartCtx.artifacts.set('publishedBefore', current, 'publish');
  const outcome = await publishChartStep.run(chartCtx);
  const published = chartCtx.artifacts.get('published', 'publish');
  ctx.artifacts.set('chartPublish', published, 'publish');
  ctx.artifacts.set('chartDigest', published.digest, 'publish');
  if (outcome instanceof AlreadyDone) ctx.reporter.info(outcome.reason);
  return published.status !== 'already-published';
}

export const publish: Step<ReleaseContext> = {
  name: 'publish',
  async run(ctx) {
    const { inputs } = ctx;
    if (inputs.dryRun) return new Skip('dry run: nothing is published');
    if (inputs.phase === 'candidate') return new Skip("phase candidate: the publish job publishes once the smoke jobs passed");
    if (!inputs.image && !inputs.chart) return new Skip('nothing to publish: no image and no chart');
    const moved = inputs.image ? await publishImage(ctx, inputs.image) : 0;
    const pushed = inputs.chart ? await publishChart(ctx) : false;
    if (!moved && !pushed) return new AlreadyDone(`${[inputs.image && 'the image tags', inputs.chart && 'the chart'].filter(Boolean).join(' and ')} of ${inputs.version} are published already`);
  },
};
