/**
 * Parsing of image/artifact references: `[oci://]host[:port]/namespace/name[:tag][@digest]`
 * and of image-layout references `oci-layout://PATH[:tag|@digest]`.
 */
import { UserError } from '../errors.js';
import { isDigest } from './digest.js';

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
const HOST_RE = /^(?:\[[0-9a-fA-F:.]+\]|[a-zA-Z0-9](?:[a-zA-Z0-9.-]*[a-zA-Z0-9])?)(?::[0-9]{1,5})?$/;

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

/** A registry host: contains a dot or a port, or is `localhost` (so `vfarcic/dot-ai` is not mistaken for one). */
function looksLikeHost(component: string): boolean {
  return HOST_RE.test(component) && (component.includes('.') || component.includes(':') || component === 'localhost' || component.startsWith('localhost:'));
}

interface SplitReference {
  registry: string;
  repository: string;
  tag?: string;
  digest?: string;
}

function split(input: string): SplitReference {
  let rest = input.trim();
  if (rest.startsWith('oci://')) rest = rest.slice('oci://'.length);
  let digest: string | undefined;
  const at = rest.lastIndexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!isDigest(digest)) throw new ReferenceError(`invalid digest "${digest}" in reference "${input}"`);
  }
  const slash = rest.indexOf('/');
  if (slash < 0) {
    throw new ReferenceError(`reference "${input}" has no repository: expected host[:port]/namespace/name[:tag]`);
  }
  const registry = rest.slice(0, slash);
  let path = rest.slice(slash + 1);
  if (!looksLikeHost(registry)) {
    throw new ReferenceError(
      `reference "${input}" must start with a registry host (e.g. ghcr.io/${rest}); "${registry}" is not a host`,
    );
  }
  let tag: string | undefined;
  const lastSlash = path.lastIndexOf('/');
  const colon = path.indexOf(':', lastSlash + 1);
  if (colon >= 0) {
    tag = path.slice(colon + 1);
    path = path.slice(0, colon);
    assertValidTag(tag);
  }
  if (path === '') throw new ReferenceError(`reference "${input}" has an empty repository`);
  return { registry: registry.toLowerCase(), repository: path, tag, digest };
}

function withOptional(base: { registry: string; repository: string }, tag?: string, digest?: string): RegistryReference {
  const ref: RegistryReference = { ...base };
  if (tag !== undefined) ref.tag = tag;
  if (digest !== undefined) ref.digest = digest;
  return ref;
}

function checkRepository(repository: string, input: string): void {
  for (const component of repository.split('/')) {
    if (!COMPONENT_RE.test(component)) {
      const hint = COMPONENT_RE.test(component.toLowerCase())
        ? ` (repository names must be lowercase; normalizeReference() lowercases and reports it)`
        : '';
      throw new ReferenceError(`invalid repository component "${component}" in "${input}"${hint}`);
    }
  }
}

/** Strict parse: rejects uppercase repositories and malformed tags/digests. */
export function parseReference(input: string): RegistryReference {
  const parts = split(input);
  checkRepository(parts.repository, input);
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
  checkRepository(lower, input);
  const reference = withOptional({ registry: parts.registry, repository: lower }, parts.tag, parts.digest);
  if (lower === parts.repository) return { reference, lowercased: false };
  return {
    reference,
    lowercased: true,
    notice: `repository "${parts.repository}" lowercased to "${lower}" (registries require lowercase repository names)`,
  };
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
  result.path = rest;
  return result;
}

/** Either kind of reference, told apart by the `oci-layout://` scheme. */
export function parseTargetReference(input: string): TargetReference {
  if (input.startsWith('oci-layout://')) return { kind: 'layout', ...parseLayoutReference(input) };
  return { kind: 'registry', ...parseReference(input) };
}

/** Test registries on this machine: plain HTTP is their default. */
export function isLoopbackHost(registry: string): boolean {
  const host = registry.replace(/:\d+$/, '');
  return host === 'localhost' || host.startsWith('127.') || host === '[::1]';
}
