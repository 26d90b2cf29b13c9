/**
 * The GitHub API as the release uses it, through @actions/github (Octokit): one repository, one
 * token, every request with a deadline and a response size cap, counted by method (a re-run of a
 * finished release must only read), the token sent to the API's own hosts only, and failures
 * turned into one line that names the cause and the `permissions:` line that fixes it.
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
  /** Deadline of one request (default 60 s); asset uploads get `uploadTimeoutMs`. */
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
export type GitHubErrorKind = 'unauthorized' | 'forbidden' | 'not-found' | 'invalid' | 'server-error' | 'network' | 'protocol';

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
      const url = typeof input === 'string' ? input : input instanceof URL ? input.toString() : input.url;
      const origin = new URL(url).origin;
      if (!origins.has(origin)) {
        throw new GitHubError(`refusing to send the GitHub token to ${origin}: only ${[...origins].join(', ')} issued it`, 'protocol', undefined);
      }
      const method = (init.method ?? 'GET').toUpperCase();
      if (method in this.counts && method !== 'other' && method !== 'bytesSent') this.counts[method as 'GET']++;
      else this.counts.other++;
      this.counts.bytesSent += bodySize(init.body);
      const upload = origin !== new URL(this.baseUrl).origin || /\/assets\b/.test(new URL(url).pathname) && method === 'POST';
      const deadline = AbortSignal.timeout(upload ? uploadTimeoutMs : timeoutMs);
      const signal = init.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
      const response = await fetch(url, { ...init, signal, redirect: 'follow' });
      log(`github: ${method} ${new URL(url).pathname} -> ${response.status}`);
      if (!response.body || NULL_BODY_STATUSES.has(response.status)) return response;
      const bytes = await readCapped(response.body, maxBytes, url);
      return new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
    };

    this.octokit = getOctokit(options.token, { baseUrl: this.baseUrl, request: { fetch: guardedFetch } });
    // Transient failures (5xx, a cut connection) are retried with backoff; everything else is final.
    this.octokit.hook.wrap('request', async (request, requestOptions) => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await request(requestOptions);
        } catch (error) {
          if (attempt >= this.maxAttempts || !isTransient(error)) throw error;
          log(`github: ${requestOptions.method} ${requestOptions.url} failed (${(error as Error).message}); retry ${attempt}`);
          await this.sleep(Math.min(500 * 2 ** (attempt - 1), 8_000));
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

  /** `owner/repo`, for messages. */
  get fullName(): string {
    return `${this.owner}/${this.repo}`;
  }
}
