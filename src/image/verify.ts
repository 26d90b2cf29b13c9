import { UserError } from '../errors.js';
import { isIndexMediaType, parseManifestJson, type Descriptor, type Target } from '../oci/index.js';
import type { Docker } from '../tools/docker.js';
import type { ImageContext } from './context.js';
import { platformMatches, type BuildPlatform } from './platforms.js';
import { goArchitecture } from '../tools/host.js';

export interface PlatformImage {
  platform: BuildPlatform;
  /** Manifest digest of this platform's image. */
  digest: string;
}

export interface IndexCheck {
  digest: string;
  mediaType: string;
  images: PlatformImage[];
  /** Attestation manifests (provenance/SBOM, platform unknown/unknown) set aside. */
  attestations: number;
}

/** An attestation entry of a BuildKit index: not a runnable platform. */
export function isAttestation(d: Descriptor): boolean {
  return d.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' || (d.platform?.os === 'unknown' && d.platform.architecture === 'unknown');
}

/**
 * The pushed tag must resolve to an index listing every requested platform (attestations aside),
 * or, for a single-platform image, to a manifest whose config names that platform.
 */
export async function checkIndex(target: Target, tag: string, platforms: BuildPlatform[]): Promise<IndexCheck> {
  const { descriptor, bytes } = await target.fetchManifest(tag);
  const json = parseManifestJson(bytes) as { manifests?: Descriptor[]; config?: Descriptor };
  if (isIndexMediaType(descriptor.mediaType) || Array.isArray(json.manifests)) {
    const entries = json.manifests ?? [];
    const runnable = entries.filter((d) => !isAttestation(d));
    const images = platforms.map((platform) => {
      const found = runnable.find((d) => d.platform && platformMatches(platform, d.platform));
      if (!found) {
        const listed = runnable.map((d) => [d.platform?.os, d.platform?.architecture, d.platform?.variant].filter(Boolean).join('/')).join(', ') || 'none';
        throw new UserError(`platform ${platform.id}: ${target.name}:${tag} has no image for it (the index lists ${listed})`);
      }
      return { platform, digest: found.digest };
    });
    return { digest: descriptor.digest, mediaType: descriptor.mediaType, images, attestations: entries.length - runnable.length };
  }
  if (platforms.length !== 1 || !json.config) {
    throw new UserError(`${target.name}:${tag} is a single image, not an index of ${platforms.map((p) => p.id).join(', ')}`);
  }
  const config = JSON.parse(Buffer.from(await target.fetchBlob(json.config.digest, json.config.size)).toString('utf8')) as { os?: string; architecture?: string; variant?: string };
  const [platform] = platforms as [BuildPlatform];
  if (!platformMatches(platform, config)) {
    throw new UserError(`platform ${platform.id}: ${target.name}:${tag} holds a ${config.os}/${config.architecture} image`);
  }
  return { digest: descriptor.digest, mediaType: descriptor.mediaType, images: [{ platform, digest: descriptor.digest }], attestations: 0 };
}

export interface StartResult {
  platform: string;
  /** `healthy`, or `running` for an image without HEALTHCHECK. */
  status: 'healthy' | 'running';
  ms: number;
}

/** How long an image without HEALTHCHECK must keep running to count as started. */
const NO_HEALTHCHECK_MS = 5_000;
/**
 * Under QEMU every health probe starts an emulated process (node takes ~2 s to start there, more
 * on a busy machine): a foreign platform's probes get this long instead of the image's timeout, so
 * slow emulation is not mistaken for a broken image.
 */
const EMULATED_HEALTH_TIMEOUT_S = 30;

/**
 * Starts the image for its platform (a foreign arch runs under QEMU) and waits, at most
 * `timeoutMs`, until Docker reports it healthy. Exiting, turning unhealthy or timing out is a
 * UserError naming the platform, with the container's last log lines. The container is removed.
 */
export async function startAndWait(docker: Docker, ref: string, platform: string, timeoutMs: number, warn: (line: string) => void): Promise<StartResult> {
  const started = performance.now();
  const emulated = platform.split('/')[1] !== goArchitecture();
  const id = await docker.runDetached(ref, platform, { 'dot-ai-release.verify': 'true' }, emulated ? EMULATED_HEALTH_TIMEOUT_S : undefined);
  try {
    for (;;) {
      const state = await docker.state(id);
      const elapsed = performance.now() - started;
      const health = state.Health?.Status;
      if (health === 'healthy') return { platform, status: 'healthy', ms: Math.round(elapsed) };
      let failure: string | undefined;
      if (state.Status === 'exited' || state.Status === 'dead') failure = `exited with code ${state.ExitCode}`;
      else if (health === 'unhealthy') failure = `is unhealthy (last probe: ${state.Health?.Log?.at(-1)?.Output.trim().split('\n').slice(-2).join(' ') || `exit ${state.Health?.Log?.at(-1)?.ExitCode ?? '?'}`})`;
      else if (health === undefined && elapsed >= NO_HEALTHCHECK_MS) return { platform, status: 'running', ms: Math.round(elapsed) };
      else if (elapsed > timeoutMs) failure = `is still "${health ?? state.Status}" after ${Math.round(timeoutMs / 1000)} s`;
      if (failure) {
        const logs = (await docker.logs(id)).split('\n').slice(-5).join(' | ');
        throw new UserError(`platform ${platform}: ${ref} does not start: the container ${failure}${logs ? `; last log lines: ${logs}` : ''}`);
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  } finally {
    // The start's own outcome is the answer here; a container that would not go is said, not hidden.
    await docker.removeContainer(id).catch((error: unknown) => warn(`not removed: ${(error as Error).message}`));
  }
}

/**
 * Pulls each platform of a checked index by its own digest and starts it until healthy (foreign
 * platforms under QEMU); the pulled images are removed when the context is disposed.
 */
export async function startPlatforms(ctx: ImageContext, index: IndexCheck): Promise<StartResult[]> {
  const started: StartResult[] = [];
  for (const { platform, digest } of index.images) {
    const ref = `${ctx.job.image}@${digest}`;
    await ctx.docker.pull(ref, platform.id);
    ctx.cleanup.add({ kind: 'docker-image', ref });
    const result = await startAndWait(ctx.docker, ref, platform.id, ctx.job.verifyTimeoutMs, (line) => ctx.reporter.warning(line));
    started.push(result);
    ctx.reporter.info(`${platform.id}: ${ref} is ${result.status} after ${(result.ms / 1000).toFixed(1)} s${result.status === 'running' ? ' (no HEALTHCHECK: checked only that it keeps running)' : ''}`);
  }
  return started;
}
