/**
 * Parsing of image/artifact references: `[oci://]host[:port]/namespace/name[:tag][@digest]`
 * and of image-layout references `oci-layout://PATH[:tag|@digest]`.
 *
 * Names are checked against the OCI distribution grammar and never normalised: a registry would
 * resolve `evil/../ns` to `ns`, so a name that is not already in canonical form is refused rather
 * than pushed somewhere the user did not name. A reference carrying credentials is refused, and
 * no message ever quotes them.
 */
import { UserError } from '../errors.js';
import { isDigest } from './digest.js';
import { hasUserinfo, redactReference } from './redact.js';

export interface RegistryReference {
  /** `host` or `host:port`, lowercase. */
  registry: string;
  /** Path inside the registry, e.g. `vfarcic/dot-ai`. */
  repository: string;
  tag?: string;
  digest?: string;
}

export interface LayoutReference {
  /** Directory holding `oci-layout`, `index.json` and `blobs/`. */
  path: string;
  tag?: string;
  digest?: string;
}

export type TargetReference =
  | ({ kind: 'registry' } & RegistryReference)
  | ({ kind: 'layout' } & LayoutReference);

/** Tag grammar from the OCI distribution spec. */
const TAG_RE = /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$/;
/** One path component of a repository name, from the distribution spec. */
const COMPONENT_RE = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
/** A DNS label: letters, digits and inner hyphens, at most 63 characters. */
const LABEL_RE = /^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$/;
const IPV4_RE = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const IPV6_RE = /^\[[0-9a-fA-F:.]{2,45}\]$/;
/** Clients commonly cap `host/name` at 255 characters (distribution spec). */
export const MAX_NAME_LENGTH = 255;

export class ReferenceError extends UserError {
  override name = 'ReferenceError';
}

export function isValidTag(tag: string): boolean {
  return TAG_RE.test(tag);
}

export function assertValidTag(tag: string): void {
  if (!isValidTag(tag)) {
    throw new ReferenceError(
      `invalid tag "${tag}": tags must match [a-zA-Z0-9_][a-zA-Z0-9._-]{0,127} (OCI distribution spec)`,
    );
  }
}

/** A manifest reference as it goes into a URL path: a tag or a digest, nothing else (no `../`). */
export function assertTagOrDigest(reference: string): void {
  if (isValidTag(reference) || isDigest(reference)) return;
  throw new ReferenceError(`invalid reference "${JSON.stringify(reference).slice(1, -1)}": expected a tag ([a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}) or a digest (algorithm:hex)`);
}

/** `host`, `host:port`, `a.b.c`, an IPv4 address or `[IPv6]`, with an optional port 1-65535. */
export function isValidRegistryHost(host: string): boolean {
  const match = /^(.*?)(?::(\d{1,5}))?$/.exec(host);
  if (!match) return false;
  const [, name = '', port] = match;
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535 || port.startsWith('0'))) return false;
  if (IPV6_RE.test(name)) return true;
  if (IPV4_RE.test(name)) return true;
  if (name.length === 0 || name.length > 253) return false;
  return name.split('.').every((label) => LABEL_RE.test(label));
}

/** A registry host: contains a dot or a port, or is `localhost` (so `vfarcic/dot-ai` is not mistaken for one). */
export function looksLikeHost(component: string): boolean {
  return component.includes('.') || component.includes(':') || component === 'localhost' || component.startsWith('[');
}

/**
 * Why `repository` is not a valid repository name, or undefined when it is. `.` and `..`
 * segments, empty segments (`a//b`, a leading or trailing `/`), uppercase, spaces and anything
 * outside the grammar each get their own reason.
 */
export function repositoryNameProblem(repository: string): string | undefined {
  if (repository === '') return 'is empty';
  if (repository.length > MAX_NAME_LENGTH) return `is longer than ${MAX_NAME_LENGTH} characters`;
  const segments = repository.split('/');
  for (const segment of segments) {
    if (segment === '.' || segment === '..') return `has a "${segment}" segment (names are not normalised; give the path exactly)`;
    if (segment === '') return 'has an empty path segment ("//", or a leading or trailing "/")';
  }
  for (const segment of segments) {
    if (COMPONENT_RE.test(segment)) continue;
    const shown = JSON.stringify(segment).slice(1, -1);
    if (COMPONENT_RE.test(segment.toLowerCase())) return `has the component "${shown}", which must be lowercase`;
    return `has the component "${shown}", which is not lowercase letters and digits joined by ".", "_", "__" or "-" (OCI distribution name grammar)`;
  }
  return undefined;
}

function assertNoCredentials(input: string): void {
  if (hasUserinfo(input)) {
    throw new ReferenceError(
      `"${redactReference(input)}" carries credentials; a reference must not hold them (they would be printed and logged): pass username and password (or --password-stdin) instead`,
    );
  }
}

interface SplitReference {
  registry: string;
  repository: string;
  tag?: string;
  digest?: string;
}

function split(input: string): SplitReference {
  assertNoCredentials(input);
  let rest = input.trim();
  const shown = JSON.stringify(rest).slice(1, -1);
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f]/.test(rest)) throw new ReferenceError(`reference "${shown}" contains whitespace or control characters`);
  if (rest.startsWith('oci://')) rest = rest.slice('oci://'.length);
  else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(rest)) throw new ReferenceError(`reference "${shown}" has a scheme other than oci://`);
  let digest: string | undefined;
  const at = rest.lastIndexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!isDigest(digest)) throw new ReferenceError(`invalid digest "${digest}" in reference "${shown}"`);
  }
  const slash = rest.indexOf('/');
  if (slash < 0) {
    throw new ReferenceError(`reference "${shown}" has no repository: expected host[:port]/namespace/name[:tag]`);
  }
  const registry = rest.slice(0, slash);
  let path = rest.slice(slash + 1);
  if (!looksLikeHost(registry)) {
    throw new ReferenceError(`reference "${shown}" must start with a registry host (e.g. ghcr.io/${rest}); "${registry}" is not a host`);
  }
  if (!isValidRegistryHost(registry)) {
    throw new ReferenceError(`reference "${shown}": "${registry}" is not a registry host (a hostname or IP address, with an optional port)`);
  }
  let tag: string | undefined;
  const lastSlash = path.lastIndexOf('/');
  const colon = path.indexOf(':', lastSlash + 1);
  if (colon >= 0) {
    tag = path.slice(colon + 1);
    path = path.slice(0, colon);
    assertValidTag(tag);
  }
  if (path === '') throw new ReferenceError(`reference "${shown}" has an empty repository`);
  return { registry: registry.toLowerCase(), repository: path, tag, digest };
}

function withOptional(base: { registry: string; repository: string }, tag?: string, digest?: string): RegistryReference {
  const ref: RegistryReference = { ...base };
  if (tag !== undefined) ref.tag = tag;
  if (digest !== undefined) ref.digest = digest;
  return ref;
}

function checkRepository(registry: string, repository: string, input: string, hint = ''): void {
  const problem = repositoryNameProblem(repository);
  const shown = JSON.stringify(input.trim()).slice(1, -1);
  if (problem) throw new ReferenceError(`repository "${JSON.stringify(repository).slice(1, -1)}" in "${shown}" ${problem}${problem.includes('lowercase') ? hint : ''}`);
  if (registry.length + 1 + repository.length > MAX_NAME_LENGTH) {
    throw new ReferenceError(`"${shown}" is longer than ${MAX_NAME_LENGTH} characters (host/name), more than registries accept`);
  }
}

/** Strict parse: rejects uppercase repositories and malformed tags/digests. */
export function parseReference(input: string): RegistryReference {
  const parts = split(input);
  checkRepository(parts.registry, parts.repository, input, ' (normalizeReference() lowercases and reports it)');
  return withOptional(parts, parts.tag, parts.digest);
}

export interface NormalizedReference {
  reference: RegistryReference;
  /** True when the repository had uppercase letters and was lowercased. */
  lowercased: boolean;
  /** Human notice to show the user when `lowercased`. */
  notice?: string;
}

/**
 * Like parseReference, but lowercases the repository (GitHub owners are often mixed case while
 * registries require lowercase) and says so, instead of failing. Tags keep their case.
 */
export function normalizeReference(input: string): NormalizedReference {
  const parts = split(input);
  const lower = parts.repository.toLowerCase();
  checkRepository(parts.registry, lower, input);
  const reference = withOptional({ registry: parts.registry, repository: lower }, parts.tag, parts.digest);
  if (lower === parts.repository) return { reference, lowercased: false };
  return {
    reference,
    lowercased: true,
    notice: `repository "${parts.repository}" lowercased to "${lower}" (registries require lowercase repository names)`,
  };
}

/** Throws unless `repository` is a valid repository name (the client refuses to build URLs from anything else). */
export function assertRepositoryName(repository: string): void {
  const problem = repositoryNameProblem(repository);
  if (problem) throw new ReferenceError(`repository name "${JSON.stringify(repository).slice(1, -1)}" ${problem}`);
}

export function formatReference(ref: RegistryReference): string {
  let out = `${ref.registry}/${ref.repository}`;
  if (ref.tag !== undefined) out += `:${ref.tag}`;
  if (ref.digest !== undefined) out += `@${ref.digest}`;
  return out;
}

/** `oci-layout://PATH[:tag|@digest]`: the tag is whatever follows the last `:` after the last `/`. */
export function parseLayoutReference(input: string): LayoutReference {
  if (!input.startsWith('oci-layout://')) {
    throw new ReferenceError(`layout reference "${input}" must start with oci-layout://`);
  }
  let rest = input.slice('oci-layout://'.length);
  const result: LayoutReference = { path: '' };
  const at = rest.lastIndexOf('@');
  if (at >= 0 && isDigest(rest.slice(at + 1))) {
    result.digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    const tag = rest.slice(colon + 1);
    assertValidTag(tag);
    result.tag = tag;
    rest = rest.slice(0, colon);
  }
  if (rest === '') throw new ReferenceError(`layout reference "${input}" has no path`);
  if (rest.includes('\0')) throw new ReferenceError(`layout reference "${JSON.stringify(input).slice(1, -1)}" holds a NUL byte`);
  result.path = rest;
  return result;
}

/** Either kind of reference, told apart by the `oci-layout://` scheme. */
export function parseTargetReference(input: string): TargetReference {
  if (input.startsWith('oci-layout://')) return { kind: 'layout', ...parseLayoutReference(input) };
  return { kind: 'registry', ...parseReference(input) };
}

/** A reference as Docker takes it: the registry host is optional (`local/dot-ai:1.2.3`, `qdrant/qdrant`). */
export interface ImageReference {
  /** Undefined for a name without a host (Docker Hub, or an image only the local engine holds). */
  registry?: string;
  repository: string;
  tag?: string;
  digest?: string;
}

/**
 * An image reference as the Docker engine and kind take it (`[host[:port]/]name[:tag][@digest]`),
 * checked against the same grammar as registry references; credentials are refused without
 * being quoted.
 */
export function parseImageReference(input: string): ImageReference {
  const trimmed = input.trim();
  const first = trimmed.split('/')[0] ?? '';
  if (trimmed.includes('/') && looksLikeHost(first) && !first.includes('@')) {
    const { registry, repository, tag, digest } = parseReference(trimmed);
    return withOptional({ registry, repository }, tag, digest);
  }
  // No host: parsed as if on a placeholder host, which is dropped again.
  const { repository, tag, digest } = parseReference(`localhost/${trimmed}`);
  return { repository, ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined ? { digest } : {}) };
}

/**
 * Splits an image string as found in a file (a values file, a manifest) into repository, tag and
 * digest, without judging it: the repository is everything before the tag or digest.
 */
export function splitImageName(ref: string): { repository: string; tag?: string; digest?: string } {
  const at = ref.indexOf('@');
  const digest = at >= 0 ? ref.slice(at + 1) : undefined;
  const name = at >= 0 ? ref.slice(0, at) : ref;
  const colon = name.lastIndexOf(':');
  const tagged = colon > name.lastIndexOf('/');
  return { repository: tagged ? name.slice(0, colon) : name, tag: tagged ? name.slice(colon + 1) : undefined, digest };
}

/** Test registries on this machine: plain HTTP is their default. */
export function isLoopbackHost(registry: string): boolean {
  const host = registry.replace(/:\d+$/, '');
  return host === 'localhost' || /^127\.\d+\.\d+\.\d+$/.test(host) || host === '[::1]';
}
