/**
 * Our own OCI distribution client: registries over HTTP (fetch) and OCI image-layout directories,
 * behind one Target interface. No external binary (oras, crane, skopeo) is involved.
 */
import { OciLayoutTarget } from './layout.js';
import { parseTargetReference, type TargetReference } from './reference.js';
import { RegistryClient, type RegistryClientOptions } from './registry.js';
import type { Target } from './target.js';

export * from './auth.js';
export * from './copy.js';
export * from './digest.js';
export * from './errors.js';
export * from './layout.js';
export * from './media-types.js';
export * from './redact.js';
export * from './reference.js';
export * from './registry.js';
export * from './retry.js';
export * from './target.js';
export { BODY_LIMITS, DEFAULT_TIMEOUTS, TIMEOUTS_ENV, timeoutsFromEnv, type ExchangeRecord, type HttpTimeouts } from './http.js';

/** The one way a repository in a registry is opened: a client for its host, with these options. */
export function openRepository(registry: string, repository: string, options: Omit<RegistryClientOptions, 'registry'> = {}): Target {
  return new RegistryClient({ ...options, registry }).repository(repository);
}

/**
 * Open the Target a reference string names: `oci-layout://PATH[:tag]` or
 * `[oci://]host/repo[:tag|@digest]`. Returns the parsed reference too (its tag/digest).
 */
export function openTarget(
  input: string,
  options: Omit<RegistryClientOptions, 'registry'> = {},
): { target: Target; reference: TargetReference } {
  const reference = parseTargetReference(input);
  if (reference.kind === 'layout') return { target: new OciLayoutTarget(reference.path), reference };
  return { target: openRepository(reference.registry, reference.repository, options), reference };
}
