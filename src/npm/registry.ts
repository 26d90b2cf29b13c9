/**
 * What the registry holds of the package: one GET of its packument (the document npm itself reads),
 * with our HTTP layer's deadlines and a size cap, retried on 429/5xx and dropped connections.
 *
 * A direct GET rather than `npm view`: one request gives every version's integrity, the dist-tags
 * and the maintainers (the tag rules and the permission check need them all); a 404 (a new package)
 * is told apart from a refused token by its status, not by npm's wording; the answer is the
 * registry's own, never npm's local cache (which may hold a packument from before a publish, and
 * the read-back must see the registry); and no process is started. The token goes only to the
 * registry's own URL (redirects are not followed), as `npm` would send it.
 */
import { UserError } from '../errors.js';
import { mib } from '../fs/read.js';
import { createAgents, DEFAULT_TIMEOUTS, exchange, timeoutsFromEnv, TransportError, type HttpResponse, type HttpTimeouts } from '../oci/http.js';
import { isRetryableNetworkError, isRetryableStatus, nextRetryDelay, retryPolicy, type RetryOptions } from '../oci/retry.js';
import { maskSecrets } from '../report/mask.js';

/** A packument larger than this is refused (npmjs's largest run to tens of MiB; a release's package is far below). */
export const MAX_PACKUMENT_BYTES = 64 * 1024 * 1024;

export interface PublishedVersion {
  integrity?: string;
  shasum?: string;
}

/** The package as the registry holds it. */
export interface PackageState {
  /** False: the registry has no package of this name (404). */
  exists: boolean;
  versions: Map<string, PublishedVersion>;
  distTags: Record<string, string>;
  /** Maintainers' user names, as the packument lists them (may be empty: some registries list none). */
  maintainers: string[];
}

export interface LookupOptions {
  timeouts?: Partial<HttpTimeouts>;
  retry?: RetryOptions;
  maxBytes?: number;
}

/** The packument URL: the registry's path, then the name with its scope's `/` escaped (`@scope%2fname`), as npm asks. */
export function packumentUrl(registry: string, name: string): string {
  return `${registry}${name.replace('/', '%2f')}`;
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** The parts of a packument the publish step reads; anything else in it is ignored. */
export function parsePackument(text: string, what: string): PackageState {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new UserError(`${what}: the registry's answer is not JSON`);
  }
  const root = asRecord(doc);
  const versions = new Map<string, PublishedVersion>();
  for (const [version, manifest] of Object.entries(asRecord(root.versions))) {
    const dist = asRecord(asRecord(manifest).dist);
    versions.set(version, {
      ...(typeof dist.integrity === 'string' ? { integrity: dist.integrity } : {}),
      ...(typeof dist.shasum === 'string' ? { shasum: dist.shasum } : {}),
    });
  }
  const distTags: Record<string, string> = {};
  for (const [tag, version] of Object.entries(asRecord(root['dist-tags']))) if (typeof version === 'string') distTags[tag] = version;
  const maintainers = (Array.isArray(root.maintainers) ? root.maintainers : [])
    .map((m) => (typeof m === 'string' ? m.replace(/\s*<.*$/, '') : asRecord(m).name))
    .filter((n): n is string => typeof n === 'string' && n !== '');
  return { exists: true, versions, distTags, maintainers };
}

function statusProblem(status: number, body: string): string {
  const reason = /"(?:error|reason|message)"\s*:\s*"([^"]{1,200})"/.exec(body)?.[1];
  return `${status}${reason ? ` ${reason}` : ''}`;
}

/**
 * Reads the package's state from the registry. 404 is a package not there yet; 401/403 a token
 * the registry does not accept for reading it; anything else that fails is named with the URL.
 */
export async function readPackageState(registry: string, name: string, token: string | undefined, options: LookupOptions = {}): Promise<PackageState> {
  const url = packumentUrl(registry, name);
  const what = `npm registry ${registry}: ${name}`;
  const timeouts: HttpTimeouts = { ...DEFAULT_TIMEOUTS, ...timeoutsFromEnv().timeouts, ...options.timeouts };
  const policy = retryPolicy(options.retry);
  const agents = createAgents();
  const secrets = token ? [token] : [];
  const headers: Record<string, string> = { accept: 'application/json', 'cache-control': 'no-cache', ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const started = policy.now();
  try {
    for (let attempt = 1; ; attempt++) {
      let response: HttpResponse | undefined;
      let failure: unknown;
      try {
        response = await exchange({ method: 'GET', url, headers, maxBodyBytes: options.maxBytes ?? MAX_PACKUMENT_BYTES, bodyName: 'packument' }, { timeouts, agents });
      } catch (error) {
        failure = error;
      }
      const retryable = response ? isRetryableStatus(response.status) : isRetryableNetworkError(failure);
      const delay = retryable ? nextRetryDelay(policy, attempt, started, undefined) : undefined;
      if (delay !== undefined) {
        await policy.sleep(delay);
        continue;
      }
      if (!response) {
        const cap = options.maxBytes ?? MAX_PACKUMENT_BYTES;
        if (failure instanceof TransportError && failure.code === 'BODY_TOO_LARGE') throw new UserError(`${what}: its packument is larger than ${cap >= 1024 * 1024 ? mib(cap) : `${cap} bytes`}; not reading it`);
        const reason = failure instanceof Error ? failure.message : String(failure);
        throw new UserError(`${what}: cannot read the package (${maskSecrets(reason, secrets)}${attempt > 1 ? `, after ${attempt} attempts` : ''})`);
      }
      const body = Buffer.from(response.body).toString('utf8');
      if (response.status === 404) return { exists: false, versions: new Map(), distTags: {}, maintainers: [] };
      if (response.status === 401 || response.status === 403) {
        throw new UserError(`${what}: the registry refused to show the package (${maskSecrets(statusProblem(response.status, body), secrets)}); ${token ? 'the token in NODE_AUTH_TOKEN is not accepted there' : 'it needs a token: set NODE_AUTH_TOKEN'}`);
      }
      if (response.status >= 300 && response.status < 400) {
        throw new UserError(`${what}: the registry answered ${response.status} (to ${response.headers.get('location') ?? 'nowhere'}); not following it with the token: set the registry's own URL`);
      }
      if (response.status !== 200) throw new UserError(`${what}: the registry answered ${maskSecrets(statusProblem(response.status, body), secrets)}`);
      return parsePackument(body, what);
    }
  } finally {
    agents.http.destroy();
    agents.https.destroy();
  }
}
