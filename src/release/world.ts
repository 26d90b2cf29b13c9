/**
 * Looking at the world before writing to it: the git remote (branch and tags), the registries (the
 * image version tag and where it came from, the chart version, the npm package's versions and
 * dist-tags), the GitHub release. Reads only.
 * Then, once the release commit is known, judging each against it: not there (to do), there the
 * same way (already done), or there differently (a conflict, named with its way out).
 */
import semver from 'semver';
import { openChartTarget, publishedDigest } from '../chart/publish.js';
import type { GitHubClient } from '../github/client.js';
import { findRelease } from '../github/releases.js';
import { imageOrigin } from '../image/candidate.js';
import { readPackageState } from '../npm/registry.js';
import { OciLayoutTarget, RegistryClient, type Target } from '../oci/index.js';
import type { ImageProgress } from './images.js';
import type { ReleaseContext, ReleaseImage, World } from './types.js';

/** How long preflight's GitHub reads may take together (each request has its own deadline too). */
export const PREFLIGHT_GITHUB_DEADLINE_MS = 3 * 60_000;

/** The Target the image is published to (a registry repository, or an OCI layout). */
export function openImageTarget({ job, destination }: ReleaseImage): Target {
  return destination.kind === 'layout'
    ? new OciLayoutTarget(destination.dir)
    : new RegistryClient({ registry: job.registry, credentials: job.credentials, plainHttp: job.plainHttp || undefined }).repository(job.repository);
}

/** Stable `vX.Y.Z` tags among `tags` (with the release's prefix), as versions. */
export function stableVersionTags(tags: string[], prefix: string): string[] {
  return tags
    .filter((t) => t.startsWith(prefix))
    .map((t) => t.slice(prefix.length))
    .filter((v) => semver.valid(v) === v && semver.prerelease(v) === null);
}

/** Reads everything the release may write, side by side: the git remote, every image's version tag, the chart, the GitHub release. */
export async function readWorld(ctx: ReleaseContext, head: string, images: ImageProgress[], github: GitHubClient | undefined): Promise<World> {
  const { inputs } = ctx;
  const remote = ctx.git.lsRemote(inputs.git.remote, [`refs/heads/${inputs.git.branch}`, `refs/tags/${inputs.tagPrefix}*`]);
  const origins = Promise.all(images.map(async (image) => [image.name, await imageOrigin(image.target, inputs.version)] as const));
  const { chart } = inputs;
  const chartDigest = chart && !inputs.dryRun
    ? openChartTarget(chart.destination, { credentials: chart.credentials, plainHttp: chart.plainHttp }).then((t) => publishedDigest(t, chart.chart.version))
    : Promise.resolve(undefined);
  const release = github ? github.within('preflight: read the GitHub release', PREFLIGHT_GITHUB_DEADLINE_MS, () => findRelease(github, inputs.tag)) : Promise.resolve(undefined);
  const { npm } = inputs;
  const npmState = npm ? readPackageState(npm.registry, npm.name, npm.token, { tokenName: npm.tokenName }) : Promise.resolve(undefined);
  const [refs, imagesFound, chartFound, releaseFound, npmFound] = await Promise.all([remote, origins, chartDigest, release, npmState]);
  const remoteTag = refs.tags.get(inputs.tag);
  return {
    head,
    remoteHead: refs.heads.get(inputs.git.branch),
    ...(remoteTag ? { remoteTag } : {}),
    remoteVersionTags: stableVersionTags([...refs.tags.keys()], inputs.tagPrefix),
    images: new Map(imagesFound.flatMap(([name, origin]) => (origin ? [[name, origin] as const] : []))),
    ...(chartFound ? { chartDigest: chartFound } : {}),
    ...(releaseFound ? { release: releaseFound } : {}),
    ...(npmFound ? { npm: npmFound } : {}),
  };
}

/** The moving major tag (`v1`) of a version, when it is the highest stable release of its major among `released`. */
export function movingMajorTag(version: string, prefix: string, released: string[]): string | undefined {
  const v = semver.parse(version);
  if (!v || v.prerelease.length || v.major === 0) return undefined;
  const higher = released.some((r) => semver.major(r) === v.major && semver.gt(r, version));
  return higher ? undefined : `${prefix}${v.major}`;
}
