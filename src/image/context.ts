import type { Credentials, Target } from '../oci/index.js';
import type { Artifacts } from '../pipeline/index.js';
import type { Reporter } from '../report/reporter.js';
import type { CleanupRegistry } from '../tools/cleanup.js';
import type { Buildah } from '../tools/buildah.js';
import type { Docker } from '../tools/docker.js';
import type { CredentialsDir } from './credentials.js';
import type { BuildPlatform } from './platforms.js';
import type { ComputedTags } from './tags.js';
import type { IndexCheck, StartResult } from './verify.js';

export const BUILDERS = ['auto', 'buildx', 'buildah', 'docker'] as const;
export type Builder = Exclude<(typeof BUILDERS)[number], 'auto'>;
export const DEFAULT_PLATFORMS = ['linux/amd64', 'linux/arm64'];

/** Everything the image steps need, parsed and checked once (by the `image` or `release` command). */
export interface ImageJob {
  /** Repository root. */
  root: string;
  /** `host/repository`, lowercase. */
  image: string;
  registry: string;
  repository: string;
  /** Absolute build context and Dockerfile. */
  context: string;
  dockerfile: string;
  platforms: BuildPlatform[];
  buildArgs: [string, string][];
  /** The version tagged (SemVer, no build metadata). */
  version: string;
  /** Extra tags (validated), and the `sha-` commit when asked. */
  extraTags: string[];
  sha?: string;
  /** OCI labels (and index annotations). */
  labels: Record<string, string>;
  requestedBuilder: (typeof BUILDERS)[number];
  /** push: to the registry; load: into the local engine (one platform); none: build only (dry run). */
  output: 'push' | 'load' | 'none';
  cache: boolean;
  provenance: boolean;
  sbom: boolean;
  plainHttp: boolean;
  credentials?: Credentials;
  verify: boolean;
  /** How long each platform may take to become healthy. */
  verifyTimeoutMs: number;
}

/** What the steps hand on. */
export interface ImageArtifacts {
  tags: ComputedTags;
  /** Local manifest list (buildah) or image (docker) the build produced. */
  built: string;
  /** Digest of the pushed index (or single manifest). */
  digest: string;
  index: IndexCheck;
}

/** What the image steps share: the job, the tools, the artifacts record, and what to clean up. */
export interface ImageContext {
  job: ImageJob;
  reporter: Reporter;
  builder: Builder;
  creds: CredentialsDir;
  docker: Docker;
  buildah: Buildah;
  target: Target;
  artifacts: Artifacts<ImageArtifacts>;
  started: StartResult[];
  /** What the run pulled, built or wrote for itself (the image's part of the command's clean-up registry). */
  cleanup: CleanupRegistry;
}

/** `host/repository:tag` of the image being released. */
export function fullRef(job: ImageJob, tag: string): string {
  return `${job.image}:${tag}`;
}
