/**
 * Publish, only when every step before passed: for every image, the version tag and the moving tags
 * (X.Y, X, latest by the image command's rules) pointed at its verified digest, no blob uploaded
 * again; then the chart pushed (the chart command's publish: idempotent, read back). First a fresh
 * look at every image's tags and at the chart's version: a version someone else published
 * meanwhile is refused before any tag of any image moves. Everything is read back before the step ends.
 */
import { publish as publishChartStep } from '../../chart/pipeline.js';
import { publishedDigest, samePublishedContent } from '../../chart/publish.js';
import { UserError } from '../../errors.js';
import { computeTags } from '../../image/tags.js';
import { LayoutError, RegistryError, type Target } from '../../oci/index.js';
import { AlreadyDone, Skip, type Step } from '../../pipeline/index.js';
import { imagesOf, type ImageProgress } from '../images.js';
import type { ReleaseContext } from '../types.js';

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

/** One image's tags as publishing will set them: checked against the registry before any tag of any image moves. */
interface PlannedTags {
  image: ImageProgress;
  digest: string;
  existing: string[];
  tags: string[];
  latest: boolean;
  notes: string[];
}

/** Reads an image's tags and decides its own; a version someone published meanwhile is refused. */
async function planTags(ctx: ReleaseContext, image: ImageProgress): Promise<PlannedTags> {
  const { inputs } = ctx;
  const digest = image.digestFor('publish');
  const existing = await tagsOf(image.target);
  const versionDigest = existing.includes(inputs.version) ? await digestOf(image.target, inputs.version) : undefined;
  if (versionDigest && versionDigest !== digest) {
    throw new UserError(`${image.name}:${inputs.version} was published meanwhile (${versionDigest}), not by this release (${digest}); no tag of any image was moved: release another version`);
  }
  const computed = computeTags({ version: inputs.version, existingTags: existing });
  return { image, digest, existing, tags: computed.tags, latest: computed.latest, notes: computed.notes };
}

/** Points one image's tags at its candidate; returns how many moved (0: all were in place). */
async function moveTags(ctx: ReleaseContext, plan: PlannedTags): Promise<number> {
  const { reporter } = ctx;
  const { image, digest, existing } = plan;
  for (const note of plan.notes) reporter.info(`${image.name}: ${note}`);
  let moved = 0;
  for (const tag of plan.tags) {
    if (existing.includes(tag) && (await digestOf(image.target, tag)) === digest) continue;
    await image.target.tag(digest, tag);
    moved++;
  }
  // Read back: every tag names the verified digest.
  for (const tag of plan.tags) {
    const resolved = await digestOf(image.target, tag);
    if (resolved !== digest) throw new UserError(`${image.name}:${tag} resolves to ${resolved ?? 'nothing'} after tagging, not ${digest}`);
  }
  image.tags = plan.tags;
  image.latest = plan.latest;
  reporter.info(moved ? `tagged ${image.name}@${digest} as ${plan.tags.join(', ')} (${moved} moved, nothing uploaded)` : `${image.name}: ${plan.tags.join(', ')} already name ${digest}`);
  return moved;
}

/**
 * A fresh look at the chart's version before anything moves: published meanwhile with other
 * content is refused here, before any image tag moves (the chart's own publish would refuse it
 * only after). Returns what its tag points at now.
 */
async function checkChart(ctx: ReleaseContext): Promise<string | undefined> {
  const chartCtx = ctx.artifacts.get('chartContext', 'publish');
  const target = chartCtx.artifacts.get('target', 'publish');
  const { version } = chartCtx.job.chart;
  const current = await publishedDigest(target, version);
  if (current && !chartCtx.job.overwrite && !(await samePublishedContent(target, chartCtx.artifacts.get('artifact', 'publish'), version, current))) {
    throw new UserError(`${chartCtx.job.destination.display}:${version} was published meanwhile with other content (${current}); nothing was published: release another version`);
  }
  return current;
}

/** Pushes the chart (the chart command's publish step) given what its tag pointed at; true when it uploaded. */
async function publishChart(ctx: ReleaseContext, current: string | undefined): Promise<boolean> {
  const chartCtx = ctx.artifacts.get('chartContext', 'publish');
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
    const images = imagesOf(ctx, 'publish');
    if (!images.length && !inputs.chart) return new Skip('nothing to publish: no image and no chart');
    // Everything that could refuse is looked at before anything moves: every image's version tag, then the chart's.
    const plans: PlannedTags[] = [];
    for (const image of images) plans.push(await planTags(ctx, image));
    const chartBefore = inputs.chart ? await checkChart(ctx) : undefined;
    let moved = 0;
    for (const plan of plans) moved += await moveTags(ctx, plan);
    const pushed = inputs.chart ? await publishChart(ctx, chartBefore) : false;
    if (!moved && !pushed) {
      const what = [images.length === 1 ? 'the image tags' : images.length ? `the tags of ${images.length} images` : '', inputs.chart ? 'the chart' : ''].filter(Boolean);
      return new AlreadyDone(`${what.join(' and ')} of ${inputs.version} ${what.length === 1 && inputs.chart ? 'is' : 'are'} published already`);
    }
  },
};
