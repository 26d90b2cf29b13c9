import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ReleaseConfig } from '../config/config.js';
import { createdTimestamp } from '../created.js';
import { Git } from '../tools/git.js';

/** OCI pre-defined annotation keys (image-spec annotations.md), used as image labels and index annotations. */
export const OCI = 'org.opencontainers.image';

export interface LabelSources {
  config: ReleaseConfig;
  version: string;
  /** The image repository (`ghcr.io/owner/name`), for the title fallback. */
  image: string;
  /**
   * The image's build context (absolute). When it holds a package.json of its own (dot-ai's
   * packages/agentic-tools), that package names and describes the image, not the repository's.
   */
  context?: string;
  env?: NodeJS.ProcessEnv;
  /** For tests: the clock when SOURCE_DATE_EPOCH is unset. */
  now?: Date;
}

interface PackageJson {
  name?: unknown;
  description?: unknown;
  license?: unknown;
  homepage?: unknown;
  repository?: unknown;
}

function readJsonFile(file: string): PackageJson {
  if (!existsSync(file)) return {};
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return typeof parsed === 'object' && parsed !== null ? (parsed as PackageJson) : {};
  } catch {
    return {};
  }
}

/** The package the image is labelled from: its context's own package.json over the versioned one, field by field. */
function readPackageJson(config: ReleaseConfig, context: string | undefined): PackageJson {
  const file = config.packageJsons[0]?.file;
  const versioned = file ? readJsonFile(path.join(config.root, file)) : {};
  const own = context && path.resolve(context) !== path.resolve(config.root) ? readJsonFile(path.join(context, 'package.json')) : {};
  const pick = (key: keyof PackageJson): unknown => (own[key] !== undefined && own[key] !== null ? own[key] : versioned[key]);
  return { name: pick('name'), description: pick('description'), license: pick('license'), homepage: pick('homepage'), repository: pick('repository') };
}

/** The commit being released: GITHUB_SHA on Actions, else `git rev-parse HEAD`; undefined outside git. */
export function headCommit(root: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.GITHUB_SHA && /^[0-9a-f]{40,64}$/i.test(env.GITHUB_SHA)) return env.GITHUB_SHA.toLowerCase();
  return new Git(root).headCommit();
}

function repoUrl(pkg: PackageJson): string | undefined {
  const repo = pkg.repository;
  const url = typeof repo === 'string' ? repo : typeof repo === 'object' && repo && typeof (repo as { url?: unknown }).url === 'string' ? (repo as { url: string }).url : undefined;
  if (!url) return undefined;
  const github = /^github:(.+)$/.exec(url) ?? /^([\w.-]+\/[\w.-]+)$/.exec(url);
  if (github) return `https://github.com/${github[1]}`;
  return url.replace(/^git\+/, '').replace(/\.git$/, '').replace(/^git@github\.com:/, 'https://github.com/');
}

/**
 * The OCI labels (and index annotations) of the release: title, description, version, revision,
 * source, url, created, licenses. From package.json, the repository (GITHUB_* or the git remote),
 * git, and SOURCE_DATE_EPOCH for `created` (reproducible builds). Empty values are left out.
 */
export function ociLabels(sources: LabelSources): Record<string, string> {
  const env = sources.env ?? process.env;
  const pkg = readPackageJson(sources.config, sources.context);
  const repo = sources.config.repository;
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, '');
  const source = repo ? `${server}/${repo.owner}/${repo.repo}` : repoUrl(pkg);
  const name = typeof pkg.name === 'string' ? pkg.name.replace(/^@[^/]+\//, '') : sources.image.split('/').pop();
  const labels: Record<string, string | undefined> = {
    [`${OCI}.title`]: name,
    [`${OCI}.description`]: typeof pkg.description === 'string' ? pkg.description : undefined,
    [`${OCI}.version`]: sources.version,
    [`${OCI}.revision`]: headCommit(sources.config.root, env),
    [`${OCI}.source`]: source,
    [`${OCI}.url`]: typeof pkg.homepage === 'string' ? pkg.homepage : source,
    [`${OCI}.created`]: createdTimestamp(env, sources.now),
    [`${OCI}.licenses`]: typeof pkg.license === 'string' ? pkg.license : undefined,
  };
  return Object.fromEntries(Object.entries(labels).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''));
}
