/**
 * The image as a release candidate: every platform built and pushed by digest, under no tag (nothing
 * a user pulls by tag changes until every gate passed), then each platform started until healthy;
 * and, once every gate passed, published: the version and moving tags pointed at that digest
 * without uploading anything again.
 *
 * buildah builds one platform at a time into a manifest list, pushed to an OCI image layout and
 * copied from there by digest with our OCI client; buildx pushes by digest itself
 * (`push-by-digest=true`); the docker builder cannot push an image without a tag, so a release
 * refuses it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError } from '../errors.js';
import { copy, isIndexMediaType, MEDIA_TYPE, OciLayoutTarget, parseManifestJson, RegistryError, RegistryRepository, type Descriptor, type Target } from '../oci/index.js';
import { buildxBuild } from '../tools/buildx.js';
import { buildImage } from './build.js';
import { writeDockerArchive } from './docker-archive.js';
import { goArchitecture } from '../tools/host.js';
import type { ImageContext } from './context.js';
import { OCI } from './labels.js';
import { checkIndex, startAndWait, startPlatforms, type IndexCheck, type StartResult } from './verify.js';

export interface CandidateBuild {
  /** Digest of the candidate index (or single manifest) in the target. */
  digest: string;
  /** Blobs uploaded to the target (0 when the registry had every layer); unknown for buildx, which pushes itself. */
  blobsUploaded?: number;
}

/** The docker builder tags what it builds and pushes by tag: it cannot make an untagged candidate. */
export function refuseDockerBuilder(builder: string): void {
  if (builder === 'docker') {
    throw new UserError('input builder: the docker builder cannot push an image without a tag, and a release publishes nothing before every gate passed; use buildx (docker/setup-buildx-action) or buildah');
  }
}

/** Builds every platform and pushes the result to `target` by digest, untagged. */
export async function buildCandidate(ctx: ImageContext, target: Target): Promise<CandidateBuild> {
  refuseDockerBuilder(ctx.builder);
  const { job } = ctx;
  // The build functions name the image by its version tag (buildah --load, buildx caches); nothing is pushed under it.
  ctx.artifacts.set('tags', { tags: [job.version], latest: false, notes: [] }, 'candidate');
  if (ctx.builder === 'buildx') {
    if (!(target instanceof RegistryRepository)) throw new UserError('input image: an OCI image layout destination needs buildah (buildx pushes to a registry)');
    const digest = await buildxBuild(ctx.docker.bin, {
      platforms: job.platforms.map((p) => p.id),
      context: job.context, dockerfile: job.dockerfile, buildArgs: job.buildArgs, labels: job.labels, annotations: job.labels,
      tags: [job.image], output: 'push-by-digest', cache: job.cache, cacheScope: job.image, provenance: job.provenance, sbom: job.sbom,
    }, ctx.docker.env);
    if (!digest) throw new UserError('docker buildx build: no digest for the pushed candidate');
    return { digest };
  }
  await buildImage(ctx);
  const dir = mkdtempSync(path.join(tmpdir(), 'dot-ai-release-candidate-'));
  try {
    const listDigest = await ctx.buildah.manifestPushToLayout(ctx.artifacts.get('built', 'candidate'), dir, 'candidate', path.join(dir, '.digest'));
    const layout = new OciLayoutTarget(dir);
    const digest = await annotatedIndex(layout, listDigest, job.labels);
    const copied = await copy(layout, target, digest, {});
    if (copied.descriptor.digest !== digest) throw new UserError(`${target.name}: the candidate was stored as ${copied.descriptor.digest}, not ${digest}`);
    return { digest, blobsUploaded: copied.blobsCopied };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The same list as an OCI index carrying the labels as annotations (GHCR shows the description of a
 * multi-arch image from them; a Docker manifest list cannot hold any), stored in the layout
 * untagged. The platform images inside stay Docker schema 2, which keeps HEALTHCHECK.
 */
async function annotatedIndex(layout: OciLayoutTarget, listDigest: string, labels: Record<string, string>): Promise<string> {
  const { bytes } = await layout.fetchManifest(listDigest);
  const list = parseManifestJson(bytes) as { manifests?: Descriptor[] };
  const index = { schemaVersion: 2, mediaType: MEDIA_TYPE.ociIndex, manifests: list.manifests ?? [], annotations: labels };
  const stored = await layout.pushManifest(new TextEncoder().encode(JSON.stringify(index)), MEDIA_TYPE.ociIndex);
  return stored.digest;
}

/**
 * Pulls each platform of the candidate by digest and starts it until its health check passes
 * (foreign platforms under QEMU), as the image command does before it moves any tag.
 */
export async function verifyCandidate(ctx: ImageContext, target: Target, digest: string): Promise<{ index: IndexCheck; started: StartResult[] }> {
  const { job } = ctx;
  const index = await checkIndex(target, digest, job.platforms);
  ctx.reporter.info(`${job.image}@${digest} lists ${index.images.map((i) => i.platform.id).join(', ')}${index.attestations ? ` (+${index.attestations} attestation manifests, set aside)` : ''}`);
  const started = await startPlatforms(ctx, index);
  return { index, started };
}

/** Loads one platform image of a layout into the engine from the layout's own bytes; returns its local reference. */
export async function loadFromLayout(ctx: ImageContext, layout: Target, platformDigest: string, architecture: string): Promise<string> {
  const ref = `${ctx.job.image}:candidate-${platformDigest.slice('sha256:'.length, 'sha256:'.length + 12)}`;
  const dir = mkdtempSync(path.join(tmpdir(), 'dot-ai-release-load-'));
  try {
    const archive = path.join(dir, `${architecture}.tar`);
    await writeDockerArchive(layout, platformDigest, ref, archive);
    await ctx.docker.load(archive);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  ctx.cleanup.add({ kind: 'docker-image', ref });
  return ref;
}

/**
 * The same for a candidate in an OCI image layout (no registry to pull from): each platform is
 * loaded into the engine from the layout's own bytes (`docker load`) and started. Returns the
 * local reference of this machine's platform, which the smoke methods deploy.
 */
export async function verifyCandidateInLayout(ctx: ImageContext, layout: Target, digest: string): Promise<{ index: IndexCheck; started: StartResult[]; localRef?: string }> {
  const { job } = ctx;
  const index = await checkIndex(layout, digest, job.platforms);
  const started: StartResult[] = [];
  let localRef: string | undefined;
  for (const { platform, digest: platformDigest } of index.images) {
    const ref = await loadFromLayout(ctx, layout, platformDigest, platform.architecture);
    const result = await startAndWait(ctx.docker, ref, platform.id, job.verifyTimeoutMs, (line) => ctx.reporter.warning(line));
    started.push(result);
    ctx.reporter.info(`${platform.id}: ${ref} (loaded from ${layout.name}) is ${result.status} after ${(result.ms / 1000).toFixed(1)} s`);
    if (platform.architecture === goArchitecture()) localRef = ref;
  }
  return { index, started, ...(localRef ? { localRef } : {}) };
}

/** What a published (or candidate) image says about itself: the commit it was built from, its version. */
export interface ImageOrigin {
  digest: string;
  revision?: string;
  version?: string;
}

/**
 * The commit and version an image names (index annotations, else the first platform's labels),
 * or undefined when `reference` does not exist. Reads only.
 */
export async function imageOrigin(target: Target, reference: string): Promise<ImageOrigin | undefined> {
  let fetched;
  try {
    fetched = await target.fetchManifest(reference);
  } catch (error) {
    if (error instanceof RegistryError && error.kind === 'not-found') return undefined;
    if (error instanceof Error && 'notFound' in error && (error as { notFound: boolean }).notFound) return undefined;
    throw error;
  }
  const { descriptor, bytes } = fetched;
  const json = parseManifestJson(bytes) as { manifests?: Descriptor[]; annotations?: Record<string, string>; config?: Descriptor };
  let labels = json.annotations ?? {};
  if (!labels[`${OCI}.revision`]) {
    let config = json.config;
    if (isIndexMediaType(descriptor.mediaType) || Array.isArray(json.manifests)) {
      const first = json.manifests?.find((m) => m.platform?.os !== 'unknown');
      if (first) config = (parseManifestJson((await target.fetchManifest(first.digest)).bytes) as { config?: Descriptor }).config;
    }
    if (config) {
      const parsed = JSON.parse(Buffer.from(await target.fetchBlob(config.digest)).toString('utf8')) as { config?: { Labels?: Record<string, string> } };
      labels = parsed.config?.Labels ?? {};
    }
  }
  return { digest: descriptor.digest, revision: labels[`${OCI}.revision`], version: labels[`${OCI}.version`] };
}
