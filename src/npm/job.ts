/**
 * The npm publish job: which package (its directory, name and version), to which registry, how
 * (access, provenance), with which token, parsed and checked once. The release parses it from
 * `dot-ai-release.yaml`'s `npm:` section and its own inputs; nothing here reads a raw option.
 */
import path from 'node:path';
import { UserError } from '../errors.js';
import { readRepoText } from '../fs/read.js';
import { assertInsideRepo, repoRelative, resolveInRepo } from '../fs/repo-path.js';
import { parseJson } from '../version/updaters/json-fields.js';
import { parseReleaseVersion, quote } from '../version/semver.js';
import { Npm } from '../tools/npm.js';
import type { NpmSettingsFile } from '../config/file.js';
import { isInsideTree } from './temp.js';

export const DEFAULT_REGISTRY = 'https://registry.npmjs.org/';

/** Where the registry URL came from, for messages. */
export type RegistrySource = 'input' | 'publishConfig' | 'config' | 'default';

export interface NpmJob {
  /** Repository root. */
  root: string;
  /** Absolute directory of the package (holding its package.json), inside the repository. */
  packageDir: string;
  /** The package's name, from its package.json (`@vfarcic/dot-ai`). */
  name: string;
  /** The version published: the release's version, which the version step writes into package.json before the pack. */
  version: string;
  /** The registry URL, ending in `/`. */
  registry: string;
  registrySource: RegistrySource;
  /** `--access` (none: npm's default, or the package's publishConfig.access). */
  access?: 'public' | 'restricted';
  /** `--provenance`: a signed statement of the workflow run that built the package (needs `id-token: write`). */
  provenance: boolean;
  /** The registry token (a secret): only in the environment of npm's registry commands, never in an argument. */
  token?: string;
  /** Pack and look; publish nothing, move no tag. */
  dryRun: boolean;
  /** Keep the tarball here (absolute, outside the work tree: e.g. for the next job of a workflow); undefined: a temporary directory. */
  tarballDir?: string;
  /** package.json's `repository` URL, for the provenance check (npm refuses provenance naming another repository). */
  repositoryUrl?: string;
  /** package.json's publishConfig.access, for the provenance check of a new scoped package. */
  publishConfigAccess?: string;
  /** The environment read for GitHub Actions (provenance, its OIDC token). */
  env: NodeJS.ProcessEnv;
  npm: Npm;
}

/** The typed values the release hands over (every one optional; config and package.json fill the rest). */
export interface NpmValues {
  /** Repository-relative package directory; over `npm.package` in the config; default: the root. */
  packageDir?: string;
  /** Registry URL; over publishConfig.registry and `npm.registry`. */
  registry?: string;
  access?: 'public' | 'restricted';
  provenance?: boolean;
  /** The token; default: NODE_AUTH_TOKEN from the environment (the setup-node convention). */
  token?: string;
  dryRun?: boolean;
  /** The release's version (package.json still holds the previous one until the version step). */
  version?: string;
  tarballDir?: string;
  npm?: Npm;
  /** How the release names these values in messages (the CLI's flags, the action's inputs). */
  names?: { packageDir?: string; registry?: string; version?: string };
}

/** An npm package name (npm's rules: lowercase, URL-safe, at most 214 characters, an optional scope). */
const PACKAGE_NAME = /^(?:@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/;

export function packageNameProblem(name: unknown): string | undefined {
  if (typeof name !== 'string' || name === '') return 'is missing (npm needs a name to publish)';
  if (name.length > 214) return `${quote(name)} is longer than 214 characters`;
  if (!PACKAGE_NAME.test(name)) return `${quote(name)} is not a valid npm package name (lowercase letters, digits, - . _ ~, an optional @scope/)`;
  return undefined;
}

/** `@scope` of a scoped name, else undefined. */
export function scopeOf(name: string): string | undefined {
  return name.startsWith('@') ? name.slice(0, name.indexOf('/')) : undefined;
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || /^127\.\d+\.\d+\.\d+$/.test(hostname) || hostname === '[::1]';
}

/**
 * A registry URL as npm keys credentials by it: http(s), no credentials, query or fragment, the
 * path ending in `/`. Plain http only to this machine (it would carry the token in clear).
 */
export function normalizeRegistry(value: string, what: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UserError(`${what}: ${quote(value)} is not a URL (expected e.g. ${DEFAULT_REGISTRY})`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UserError(`${what}: ${quote(url.protocol)} is not http(s) (expected e.g. ${DEFAULT_REGISTRY})`);
  if (url.username || url.password) throw new UserError(`${what}: the URL holds credentials; give the token in NODE_AUTH_TOKEN instead (it never goes in a URL)`);
  if (url.search || url.hash) throw new UserError(`${what}: ${quote(`${url.origin}${url.pathname}`)} must have no query or fragment`);
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) throw new UserError(`${what}: http://${url.host} would carry the token unencrypted; use https://`);
  return `${url.protocol}//${url.host}${url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`}`;
}

/** Which registry the package goes to: the input, else package.json's publishConfig.registry, else the config's, else npmjs. */
export function resolveRegistry(sources: { input?: string; publishConfig?: string; config?: string }, names: { input: string; publishConfig: string; config: string }): { registry: string; source: RegistrySource } {
  if (sources.input !== undefined) return { registry: normalizeRegistry(sources.input, names.input), source: 'input' };
  if (sources.publishConfig !== undefined) return { registry: normalizeRegistry(sources.publishConfig, names.publishConfig), source: 'publishConfig' };
  if (sources.config !== undefined) return { registry: normalizeRegistry(sources.config, names.config), source: 'config' };
  return { registry: DEFAULT_REGISTRY, source: 'default' };
}

/** The URL of package.json's `repository` (a string or `{ url }`; `github:owner/repo` and `owner/repo` shorthands too). */
function repositoryUrl(value: unknown): string | undefined {
  const raw = typeof value === 'string' ? value : typeof value === 'object' && value !== null ? (value as { url?: unknown }).url : undefined;
  return typeof raw === 'string' && raw !== '' ? raw : undefined;
}

interface PackageJson {
  name?: unknown;
  version?: unknown;
  private?: unknown;
  repository?: unknown;
  publishConfig?: { registry?: unknown; access?: unknown };
}

/** The package's package.json, read as the repository's files are (inside it, UTF-8, no duplicate keys). */
export function readPackageJson(root: string, packageDir: string): { file: string; json: PackageJson } {
  const file = repoRelative(root, path.join(packageDir, 'package.json')) || 'package.json';
  const text = readRepoText(root, file);
  parseJson(text, file); // malformed JSON and duplicate keys are refused with file and line
  return { file, json: JSON.parse(text.replace(/^\uFEFF/, '')) as PackageJson };
}

/** Parses and checks the job; every problem is a UserError naming the input, file or field. */
export function parseNpmJob(root: string, settings: NpmSettingsFile | undefined, values: NpmValues, env: NodeJS.ProcessEnv = process.env): NpmJob {
  const names = { packageDir: values.names?.packageDir ?? 'input npm-package', registry: values.names?.registry ?? 'input npm-registry', version: values.names?.version ?? 'input version' };
  const configured = values.packageDir ?? settings?.package ?? '.';
  const what = values.packageDir !== undefined ? names.packageDir : 'dot-ai-release.yaml: npm.package';
  const packageDir = path.resolve(resolveInRepo(root, configured, what));
  assertInsideRepo(root, packageDir, what);
  const { file, json } = readPackageJson(root, packageDir);

  const nameProblem = packageNameProblem(json.name);
  if (nameProblem) throw new UserError(`${file}: name ${nameProblem}`);
  const name = json.name as string;
  if (json.private === true) throw new UserError(`${file}: "private": true: npm refuses to publish it; remove it, or turn npm publishing off (npm: false in dot-ai-release.yaml)`);

  let version: string;
  if (values.version !== undefined) version = parseReleaseVersion(values.version, names.version);
  else if (typeof json.version === 'string') version = parseReleaseVersion(json.version, `${file}: version`);
  else throw new UserError(`${file}: version is missing`);

  const publishConfig = json.publishConfig;
  if (publishConfig !== undefined && (typeof publishConfig !== 'object' || publishConfig === null || Array.isArray(publishConfig))) throw new UserError(`${file}: publishConfig: expected a map`);
  const publishRegistry = publishConfig?.registry;
  if (publishRegistry !== undefined && typeof publishRegistry !== 'string') throw new UserError(`${file}: publishConfig.registry: expected a URL string`);
  const { registry, source } = resolveRegistry(
    { input: values.registry, publishConfig: publishRegistry, config: settings?.registry },
    { input: names.registry, publishConfig: `${file}: publishConfig.registry`, config: 'dot-ai-release.yaml: npm.registry' },
  );

  const token = values.token ?? env.NODE_AUTH_TOKEN;
  if (token !== undefined && token !== '' && /\s/.test(token)) throw new UserError('NODE_AUTH_TOKEN: the npm token holds whitespace (a pasted line break?); give the token alone');

  // Provenance by default where it can be made: GitHub Actions publishing to npmjs (other registries keep no provenance).
  const provenance = values.provenance ?? settings?.provenance ?? (env.GITHUB_ACTIONS === 'true' && registry === DEFAULT_REGISTRY);
  const tarballDir = values.tarballDir === undefined ? undefined : path.resolve(values.tarballDir);
  if (tarballDir && isInsideTree(tarballDir, root)) throw new UserError(`npm tarball directory ${tarballDir} is inside the repository: the tarball must not land in the work tree; give a directory outside it`);

  return {
    root,
    packageDir,
    name,
    version,
    registry,
    registrySource: source,
    ...(values.access ?? settings?.access ? { access: values.access ?? settings?.access } : {}),
    provenance,
    ...(token ? { token } : {}),
    dryRun: values.dryRun ?? false,
    ...(tarballDir ? { tarballDir } : {}),
    ...(repositoryUrl(json.repository) ? { repositoryUrl: repositoryUrl(json.repository) } : {}),
    ...(typeof publishConfig?.access === 'string' ? { publishConfigAccess: publishConfig.access } : {}),
    env,
    npm: values.npm ?? new Npm(),
  };
}

/** How the job names its registry in messages: the URL and where it came from. */
export function registryLabel(job: Pick<NpmJob, 'registry' | 'registrySource'>): string {
  const from = { input: 'the input', publishConfig: "package.json's publishConfig", config: 'dot-ai-release.yaml npm.registry', default: "npm's default" }[job.registrySource];
  return `${job.registry} (${from})`;
}
