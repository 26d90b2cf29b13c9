/**
 * The GitHub API as the release uses it, through @actions/github (Octokit): one repository, one
 * token, every request with a deadline and a response size cap, counted by method (a re-run of a
 * finished release must only read), the token sent to the API's own hosts only (redirects to
 * another host are refused, not followed), and failures turned into one line that names the cause
 * and the `permissions:` line that fixes it. A request that passes its deadline is not retried (a
 * hung API would cost every attempt's full deadline), and a step's requests together are bounded
 * too (`within`).
 */
import { getOctokit } from '@actions/github';
import { UserError } from '../errors.js';

export interface RepositoryRef {
  owner: string;
  repo: string;
}

export interface GitHubClientOptions extends RepositoryRef {
  token: string;
  /** API root (GITHUB_API_URL on Actions): https://api.github.com or https://HOST/api/v3 on GitHub Enterprise Server. */
  baseUrl?: string;
  /** Deadline of one request (default 60 s); asset uploads get `uploadTimeoutMs`. A request that passes it is not retried. */
  timeoutMs?: number;
  uploadTimeoutMs?: number;
  /** Largest response body read (default 16 MiB). */
  maxResponseBytes?: number;
  /** Attempts for a request answered 5xx or cut off (default 4, with backoff). */
  maxAttempts?: number;
  /** Injectable for tests (backoff waits). */
  sleep?: (ms: number) => Promise<void>;
  /** Receives one line per request (`GET /repos/... -> 200`), for debugging. */
  log?: (line: string) => void;
}

/** What kind of failure, for callers that decide by it (never by message text). */
export type GitHubErrorKind = 'unauthorized' | 'forbidden' | 'not-found' | 'invalid' | 'server-error' | 'network' | 'timeout' | 'redirect' | 'protocol';

export class GitHubError extends UserError {
  override name = 'GitHubError';
  constructor(
    message: string,
    readonly kind: GitHubErrorKind,
    readonly status: number | undefined,
    /** The API's `errors[]` (e.g. `{ resource: 'Release', code: 'already_exists', field: 'tag_name' }`). */
    readonly details: { resource?: string; code?: string; field?: string; message?: string }[] = [],
  ) {
    super(message);
  }

  hasCode(code: string, field?: string): boolean {
    return this.details.some((d) => d.code === code && (field === undefined || d.field === field));
  }
}

/** Requests made, by method: the benchmark and tests count them (a finished release re-run only reads). */
export interface RequestCounts {
  GET: number;
  POST: number;
  PATCH: number;
  DELETE: number;
  other: number;
  /** Request bytes sent (bodies): 0 for a run that changed nothing. */
  bytesSent: number;
}

const MIB = 1024 * 1024;
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Redirects followed for one request (within the hosts the token belongs to). */
const MAX_REDIRECTS = 5;

/** `60 s`, `0.2 s`: a deadline as people read it. */
export function seconds(ms: number): string {
  return `${ms >= 1000 && ms % 1000 === 0 ? ms / 1000 : Number((ms / 1000).toFixed(3))} s`;
}

/** Reads at most `max` bytes of a body; more is an error (a misbehaving server cannot fill our memory). */
async function readCapped(body: ReadableStream<Uint8Array>, max: number, url: string): Promise<Uint8Array> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      throw new GitHubError(`${new URL(url).pathname}: the response is larger than ${max} bytes; refusing to read it`, 'protocol', undefined);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** A URL as it may be shown: user information (`user:password@`) cut out. */
export function withoutUserinfo(value: string): string {
  return value.replace(/\/\/[^/?#\s]*@/, '//***@');
}

/**
 * The API root from an input (`github-api-url`, or GITHUB_API_URL): https, or plain http to this
 * machine only; no user information (`http://localhost:1@other/` is a request to `other`), no query
 * or fragment. The token goes in its own input, never in this URL.
 */
export function parseApiUrl(value: string, input: string): string {
  const shown = JSON.stringify(withoutUserinfo(value));
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UserError(`${input}: ${shown} is not a URL (the API root, e.g. https://api.github.com or https://HOST/api/v3)`);
  }
  if (url.username || url.password) {
    throw new UserError(`${input}: ${shown} carries user information before its host ${url.host} (USER:PASSWORD@); give the API root without it (the token goes in github-token)`);
  }
  const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new UserError(`${input}: ${shown} is not an https URL (plain http only to 127.0.0.1, localhost or [::1])`);
  }
  if (url.search || url.hash || value.includes('#') || value.includes('?')) throw new UserError(`${input}: ${shown} has a query or fragment; give the API root only`);
  return url.toString().replace(/\/+$/, '');
}

/** The hosts the token may go to: the API's own, and for github.com its upload host. */
export function allowedOrigins(baseUrl: string): Set<string> {
  const api = new URL(baseUrl);
  const origins = new Set([api.origin]);
  if (api.hostname === 'api.github.com') origins.add('https://uploads.github.com');
  return origins;
}

function bodySize(body: unknown): number {
  if (body === undefined || body === null) return 0;
  if (typeof body === 'string') return Buffer.byteLength(body);
  if (body instanceof Uint8Array) return body.byteLength;
  if (body instanceof ArrayBuffer) return body.byteLength;
  return 0;
}

/** A message for an API failure: what we were doing, what the API said, and how to fix it. */
export function describeFailure(operation: string, status: number | undefined, data: unknown, headers: Record<string, string | undefined> = {}): GitHubError {
  const body = (typeof data === 'object' && data !== null ? data : {}) as { message?: unknown; errors?: unknown };
  const apiMessage = typeof body.message === 'string' ? body.message : '';
  const details = Array.isArray(body.errors) ? (body.errors.filter((e) => typeof e === 'object' && e !== null) as GitHubError['details']) : [];
  const said = [apiMessage, ...details.map((d) => [d.resource, d.field, d.code, d.message].filter(Boolean).join(' '))].filter(Boolean).join('; ');
  const suffix = said ? ` (${said})` : '';
  if (status === 401) return new GitHubError(`${operation}: GitHub refused the token (HTTP 401${suffix}); pass a valid token (github-token, default the job's GITHUB_TOKEN)`, 'unauthorized', status, details);
  if (status === 403) {
    const accepted = headers['x-accepted-github-permissions'];
    const wanted = accepted ? ` (the API accepts: ${accepted})` : '';
    const rateLimited = headers['x-ratelimit-remaining'] === '0';
    if (rateLimited) return new GitHubError(`${operation}: GitHub's rate limit is spent (HTTP 403${suffix}); wait until ${headers['x-ratelimit-reset'] ?? 'the reset'} and re-run`, 'forbidden', status, details);
    return new GitHubError(`${operation}: the token may not do this (HTTP 403${suffix})${wanted}; the job needs \`permissions: contents: write\``, 'forbidden', status, details);
  }
  if (status === 404) return new GitHubError(`${operation}: not found (HTTP 404${suffix}); check the repository name, and that the token can see it`, 'not-found', status, details);
  if (status === 422) return new GitHubError(`${operation}: GitHub refused the request (HTTP 422${suffix})`, 'invalid', status, details);
  if (status !== undefined && status >= 500) return new GitHubError(`${operation}: GitHub failed (HTTP ${status}${suffix}), also on retries`, 'server-error', status, details);
  return new GitHubError(`${operation}: GitHub answered HTTP ${status ?? '?'}${suffix}`, 'protocol', status, details);
}

interface OctokitLikeError {
  status?: number;
  message?: string;
  response?: { data?: unknown; headers?: Record<string, string | undefined> };
}

/**
 * Worth another attempt: 5xx, a request that never got an answer (Octokit reports it as status 500
 * without a response), and 429. Never 4xx otherwise: the same request would get the same answer.
 */
function isTransient(error: unknown): boolean {
  if ((error as { cause?: unknown })?.cause instanceof GitHubError) return false; // our own refusal (a cap, a foreign host)
  const status = (error as OctokitLikeError)?.status;
  return typeof status === 'number' && (status >= 500 || status === 429);
}

export type Octokit = ReturnType<typeof getOctokit>;

/** One repository's API with the toolkit's rules (deadlines, caps, retries, counted requests). */
export class GitHubClient {
  readonly owner: string;
  readonly repo: string;
  readonly baseUrl: string;
  readonly octokit: Octokit;
  readonly counts: RequestCounts = { GET: 0, POST: 0, PATCH: 0, DELETE: 0, other: 0, bytesSent: 0 };
  private readonly maxAttempts: number;
  private readonly sleep: (ms: number) => Promise<void>;
  /** The deadline of the step whose requests are being made (`within`). */
  private budget?: { signal: AbortSignal; error: () => GitHubError };

  constructor(options: GitHubClientOptions) {
    this.owner = options.owner;
    this.repo = options.repo;
    this.baseUrl = (options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '');
    this.maxAttempts = options.maxAttempts ?? 4;
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const origins = allowedOrigins(this.baseUrl);
    const timeoutMs = options.timeoutMs ?? 60_000;
    const uploadTimeoutMs = options.uploadTimeoutMs ?? 10 * 60_000;
    const maxBytes = options.maxResponseBytes ?? 16 * MIB;
    const log = options.log ?? (() => undefined);

    const guardedFetch = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
      let url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.toString() : input.url);
      let method = (init.method ?? 'GET').toUpperCase();
      let body = init.body;
      const first = `${method} ${url.pathname}`;
      for (let hop = 0; ; hop++) {
        if (!origins.has(url.origin)) {
          throw new GitHubError(`refusing to send the GitHub token to ${url.origin}: only ${[...origins].join(', ')} issued it`, 'protocol', undefined);
        }
        const budget = this.budget;
        if (budget?.signal.aborted) throw budget.error();
        if (method in this.counts && method !== 'other' && method !== 'bytesSent') this.counts[method as 'GET']++;
        else this.counts.other++;
        this.counts.bytesSent += bodySize(body);
        const upload = url.origin !== new URL(this.baseUrl).origin || (/\/assets\b/.test(url.pathname) && method === 'POST');
        const limit = upload ? uploadTimeoutMs : timeoutMs;
        const deadline = AbortSignal.timeout(limit);
        const signal = AbortSignal.any([deadline, ...(init.signal ? [init.signal] : []), ...(budget ? [budget.signal] : [])]);
        // A deadline (the request's or the step's) is final: said as such, and never retried.
        const stopped = (error: unknown): unknown => {
          if (budget?.signal.aborted) return budget.error();
          if (deadline.aborted) return new GitHubError(`no answer from ${url.origin} within ${seconds(limit)} (${method} ${url.pathname} timed out; a deadline is not retried)`, 'timeout', undefined);
          return error;
        };
        let response: Response;
        try {
          // Redirects are followed here, not by fetch: one to another host is refused, naming it.
          response = await fetch(url, { ...init, method, body, signal, redirect: 'manual' });
        } catch (error) {
          throw stopped(error);
        }
        log(`github: ${method} ${url.pathname} -> ${response.status}`);
        if (REDIRECT_STATUSES.has(response.status)) {
          await response.body?.cancel().catch(() => undefined);
          const location = response.headers.get('location');
          const next = location ? new URL(location, url) : undefined;
          if (!next) throw new GitHubError(`${first}: GitHub answered HTTP ${response.status} without a Location`, 'protocol', response.status);
          if (!origins.has(next.origin)) {
            throw new GitHubError(`${first}: GitHub redirected it to another host (${next.origin}${next.pathname}); not followed, and the token stays with ${[...origins].join(', ')}: check github-api-url (GITHUB_API_URL), and the repository name`, 'redirect', response.status);
          }
          if (hop + 1 > MAX_REDIRECTS) throw new GitHubError(`${first}: more than ${MAX_REDIRECTS} redirects; not followed further`, 'redirect', response.status);
          // 303 (and 301/302 of a POST, as browsers do) become a GET without a body; 307/308 repeat the request.
          if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === 'POST')) {
            method = 'GET';
            body = undefined;
          }
          url = next;
          continue;
        }
        if (!response.body || NULL_BODY_STATUSES.has(response.status)) return response;
        let bytes: Uint8Array;
        try {
          bytes = await readCapped(response.body, maxBytes, url.toString());
        } catch (error) {
          throw error instanceof GitHubError ? error : stopped(error);
        }
        return new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
      }
    };

    this.octokit = getOctokit(options.token, { baseUrl: this.baseUrl, request: { fetch: guardedFetch } });
    // Transient failures (5xx, a cut connection) are retried with backoff; everything else is final.
    this.octokit.hook.wrap('request', async (request, requestOptions) => {
      const budget = this.budget; // the step this request belongs to, also after its deadline passed
      for (let attempt = 1; ; attempt++) {
        try {
          return await request(requestOptions);
        } catch (error) {
          if (attempt >= this.maxAttempts || !isTransient(error)) throw error;
          log(`github: ${requestOptions.method} ${requestOptions.url} failed (${(error as Error).message}); retry ${attempt}`);
          await this.sleep(Math.min(500 * 2 ** (attempt - 1), 8_000));
          if (budget?.signal.aborted) throw budget.error();
        }
      }
    });
  }

  /** Every request beside what it is for: failures become a GitHubError naming the operation. */
  async call<T>(operation: string, run: (octokit: Octokit) => Promise<{ data: T }>): Promise<T> {
    try {
      return (await run(this.octokit)).data;
    } catch (error) {
      if (error instanceof GitHubError) throw error;
      const cause = (error as { cause?: unknown }).cause;
      if (cause instanceof GitHubError) throw new GitHubError(`${operation}: ${cause.message}`, cause.kind, cause.status, cause.details);
      const e = error as OctokitLikeError;
      if (e.status === undefined || (e.status === 500 && !e.response)) {
        const why = (cause as { message?: string } | undefined)?.message ?? e.message ?? String(error);
        throw new GitHubError(`${operation}: no answer from ${this.baseUrl} (${why})`, 'network', undefined);
      }
      throw describeFailure(operation, e.status, e.response?.data, e.response?.headers);
    }
  }

  /**
   * Runs `fn` (a step's GitHub requests) within `ms` in all: once it passes, the request in flight
   * is stopped, no retry starts, and `fn` fails with one line saying so.
   */
  async within<T>(what: string, ms: number, fn: () => Promise<T>): Promise<T> {
    const previous = this.budget;
    const signal = AbortSignal.timeout(ms);
    const error = () => new GitHubError(`${what}: the GitHub API did not finish within ${seconds(ms)} (the step's deadline); stopped, nothing more is sent`, 'timeout', undefined);
    this.budget = { signal, error };
    let onAbort: (() => void) | undefined;
    const expired = new Promise<never>((_resolve, reject) => {
      onAbort = () => reject(error());
      signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
      return await Promise.race([fn(), expired]);
    } finally {
      if (onAbort) signal.removeEventListener('abort', onAbort);
      expired.catch(() => undefined);
      this.budget = previous;
    }
  }

  /** `owner/repo`, for messages. */
  get fullName(): string {
    return `${this.owner}/${this.repo}`;
  }
}
