import type { ReleaseConfig } from '../config/config.js';
import type { Options } from '../commands/options.js';
import type { Credentials, Target } from '../oci/index.js';
import type { Reporter } from '../report/reporter.js';
import type { Buildah } from '../tools/buildah.js';
import type { Docker } from '../tools/docker.js';
import type { CredentialsDir } from './credentials.js';
import type { BuildPlatform } from './platforms.js';
import type { ComputedTags } from './tags.js';
import type { IndexCheck, StartResult } from './verify.js';

/** What the `image` command's steps share: its checked inputs, the tools, and what each step found. */
export const BUILDERS = ['auto', 'buildx', 'buildah', 'docker'] as const;
export type Builder = Exclude<(typeof BUILDERS)[number], 'auto'>;
export const DEFAULT_PLATFORMS = ['linux/amd64', 'linux/arm64'];

export interface ImageContext {
  options: Options;
  reporter: Reporter;
  config: ReleaseConfig;
  builder: Builder;
  /** `host/repository`, lowercase. */
  image: string;
  registry: string;
  repository: string;
  context: string;
  dockerfile: string;
  platforms: BuildPlatform[];
  buildArgs: [string, string][];
  version: string;
  labels: Record<string, string>;
  /** none: build only (dry run). */
  output: 'push' | 'load' | 'none';
  cache: boolean;
  plainHttp: boolean;
  credentials?: Credentials;
  creds: CredentialsDir;
  docker: Docker;
  buildah: Buildah;
  target: Target;
  computed?: ComputedTags;
  /** Local manifest list (buildah) or image (docker) the build produced. */
  built?: string;
  digest?: string;
  index?: IndexCheck;
  started: StartResult[];
  cleanup: (() => Promise<void>)[];
}

/** `host/repository:tag` of the image being released. */
export function fullRef(ctx: ImageContext, tag: string): string {
  return `${ctx.image}:${tag}`;
}
