import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError } from '../errors.js';
import { exec } from './exec.js';

export interface BuildxBuild {
  platforms: string[];
  context: string;
  dockerfile: string;
  buildArgs: [string, string][];
  labels: Record<string, string>;
  /** Index (or manifest, for a lone single-platform image) annotations. */
  annotations: Record<string, string>;
  /** Full references to tag (`image:tag`). */
  tags: string[];
  /**
   * none: build only (the result stays in the build cache); push-by-digest: push the image under no
   * tag at all (the release candidate), its repository given as the only entry of `tags`.
   */
  output: 'push' | 'load' | 'none' | 'push-by-digest';
  cache: boolean;
  /** Cache scope for `type=gha` (one per image, so images do not evict each other). */
  cacheScope: string;
  provenance: boolean;
  sbom: boolean;
  metadataFile: string;
}

/** Is the GitHub Actions cache service reachable from this process (a runner with the runtime token)? */
export function ghaCacheAvailable(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.ACTIONS_RUNTIME_TOKEN && (env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL));
}

/**
 * `docker buildx build` arguments. Provenance and SBOM attestations are off unless asked: each is
 * an extra manifest in the index with platform unknown/unknown (GHCR lists them as such), and an
 * index carrying them cannot be `kind load`ed or `docker load`ed as a plain image.
 */
export function buildxArgs(b: BuildxBuild, env: NodeJS.ProcessEnv = process.env): string[] {
  const index = b.platforms.length > 1 || b.provenance || b.sbom;
  const args = ['buildx', 'build', '--platform', b.platforms.join(','), '--file', b.dockerfile];
  for (const [k, v] of b.buildArgs) args.push('--build-arg', `${k}=${v}`);
  for (const [k, v] of Object.entries(b.labels)) args.push('--label', `${k}=${v}`);
  if (b.output === 'push' || b.output === 'push-by-digest') for (const [k, v] of Object.entries(b.annotations)) args.push('--annotation', `${index ? 'index' : 'manifest'}:${k}=${v}`);
  if (b.output === 'push-by-digest') {
    args.push('--output', `type=image,name=${b.tags[0]},push-by-digest=true,name-canonical=true,push=true`);
  } else {
    for (const tag of b.tags) args.push('--tag', tag);
    if (b.output !== 'none') args.push(b.output === 'push' ? '--push' : '--load');
  }
  args.push(`--provenance=${b.provenance ? 'mode=max' : 'false'}`, `--sbom=${b.sbom ? 'true' : 'false'}`);
  if (!b.cache) args.push('--no-cache');
  else if (ghaCacheAvailable(env)) args.push('--cache-from', `type=gha,scope=${b.cacheScope}`, '--cache-to', `type=gha,mode=max,scope=${b.cacheScope}`);
  args.push('--metadata-file', b.metadataFile, b.context);
  return args;
}

/**
 * The platforms whose step failed, from BuildKit's error summary (` > [linux/arm64 2/2] RUN ...:`),
 * in the order asked; none when the output names no step of a platform (e.g. a single-platform build).
 */
export function failedPlatforms(stderr: string, platforms: string[]): string[] {
  const named = new Set([...stderr.matchAll(/^\s*> \[([a-z0-9]+\/[a-z0-9]+(?:\/v\d+)?) [^\]]*\]/gm)].map((m) => m[1]!));
  return platforms.filter((p) => named.has(p));
}

/** Runs `docker buildx build`; resolves to the pushed (or loaded) digest from the metadata file. */
export async function buildxBuild(bin: string, b: Omit<BuildxBuild, 'metadataFile'>, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const dir = mkdtempSync(path.join(tmpdir(), 'dot-ai-release-buildx-'));
  const metadataFile = path.join(dir, 'metadata.json');
  try {
    const what = `docker buildx build (${b.platforms.join(', ')})`;
    const result = await exec(bin, buildxArgs({ ...b, metadataFile }, env), { env });
    if (result.code !== 0) {
      const detail = (result.stderr || result.stdout).trim().split('\n').slice(-5).join(' | ');
      const failed = failedPlatforms(result.stderr, b.platforms);
      const error = `${what} failed (exit ${result.code}): ${detail}`;
      // --push exports only after every platform built: a failed build pushed nothing.
      throw new UserError(failed.length ? `platform ${failed.join(', ')}: the build failed, nothing was pushed: ${error}` : error);
    }
    const metadata = JSON.parse(readFileSync(metadataFile, 'utf8')) as Record<string, unknown>;
    const digest = metadata['containerimage.digest'];
    if ((b.output === 'push' || b.output === 'push-by-digest') && typeof digest !== 'string') throw new UserError('docker buildx build: no containerimage.digest in its metadata file');
    return typeof digest === 'string' ? digest : undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
