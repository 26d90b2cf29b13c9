/**
 * One HTTP exchange with deadlines, size caps and retries: the layer below auth and redirects.
 *
 * Built on node:http/https rather than fetch so that each phase has a deadline of its own
 * (connecting, waiting for the answer's headers, the whole exchange) and a body is read into
 * memory only up to its cap: a registry that accepts and never answers, sends one byte every few
 * seconds, or streams an endless body fails within the deadline with a bounded heap.
 * Every body is read here, whole, so no caller can forget a cap or leave a deadline running.
 */
import type * as http from 'node:http';
import type * as https from 'node:https';
import type { Socket } from 'node:net';
import { UserError } from '../errors.js';
import { errorFromNetworkFailure, errorFromResponse, type ResponseErrorContext } from './errors.js';
import { urlForMessage, type LogSink } from './redact.js';
import { isRetryableNetworkError, isRetryableStatus, nextRetryDelay, parseRetryAfter, type RetryPolicy } from './retry.js';

// The CommonJS modules, not `import http from 'node:http'`: that import builds an ES module facade
// whose getters load Node's bundled undici (about 15 ms of every command's start-up, measured).
const httpModule = process.getBuiltinModule('node:http');
const httpsModule = process.getBuiltinModule('node:https');

const KIB = 1024;
const MIB = 1024 * KIB;

/** Deadlines of one request; each attempt of a retried request gets them afresh. */
export interface HttpTimeouts {
  /** TCP connection (and TLS handshake) established. */
  connectMs: number;
  /** From the request sent in full to the answer's status line and headers. */
  headersMs: number;
  /** The whole exchange, first byte out to last byte in, for a request that moves no sizeable payload. */
  requestMs: number;
  /** Slowest transfer tolerated: a request moving N payload bytes (up or down) gets N / rate more time. */
  minBytesPerSecond: number;
}

export const DEFAULT_TIMEOUTS: HttpTimeouts = {
  connectMs: 10_000,
  headersMs: 30_000,
  requestMs: 60_000,
  // 128 KiB/s (1 Mbit/s): a 100 MiB layer gets 13 more minutes, a 4 MiB chunk 32 s.
  minBytesPerSecond: 128 * KIB,
};

/** Body caps. Registries themselves refuse manifests over 4 MiB (Distribution, GHCR). */
export const BODY_LIMITS = {
  manifest: 4 * MIB,
  tagListPage: 4 * MIB,
  token: 1 * MIB,
  /** Error answers: read this much for the message, drop the rest. */
  error: 64 * KIB,
  /** Answers whose body we do not need (201, 202, 204, redirects). */
  ignored: 64 * KIB,
} as const;

/**
 * Escape hatch for slow links or a registry behind a slow proxy, without a new input:
 * `DOT_AI_RELEASE_HTTP_TIMEOUTS="connect=10,headers=30,request=60,retry=60,rate=128"`
 * (seconds; `rate` in KiB/s). Any subset; unknown keys and bad numbers are refused by name.
 */
export const TIMEOUTS_ENV = 'DOT_AI_RELEASE_HTTP_TIMEOUTS';

export interface EnvTimeouts {
  timeouts: Partial<HttpTimeouts>;
  retryMaxTotalMs?: number;
}

export function timeoutsFromEnv(env: NodeJS.ProcessEnv = process.env): EnvTimeouts {
  const raw = env[TIMEOUTS_ENV];
  const result: EnvTimeouts = { timeouts: {} };
  if (raw === undefined || raw.trim() === '') return result;
  for (const entry of raw.split(',')) {
    const match = /^\s*([a-z]+)\s*=\s*(\d+(?:\.\d+)?)\s*$/.exec(entry);
    const value = match ? Number(match[2]) : NaN;
    if (!match || !(value > 0) || value > 86_400) {
      throw new UserError(`${TIMEOUTS_ENV}: ${JSON.stringify(entry.trim())} must be KEY=SECONDS with a number above 0 (keys: connect, headers, request, retry, rate)`);
    }
    const key = match[1];
    if (key === 'connect') result.timeouts.connectMs = value * 1000;
    else if (key === 'headers') result.timeouts.headersMs = value * 1000;
    else if (key === 'request') result.timeouts.requestMs = value * 1000;
    else if (key === 'rate') result.timeouts.minBytesPerSecond = value * KIB;
    else if (key === 'retry') result.retryMaxTotalMs = value * 1000;
    else throw new UserError(`${TIMEOUTS_ENV}: unknown key "${key}" (keys: connect, headers, request, retry, rate)`);
  }
  return result;
}

export interface HttpRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  /** Always a buffer, so every retry replays exactly the same bytes. */
  body?: Uint8Array;
  /** Cap of a 2xx body; more is an error. 0 (the default) for answers whose body we ignore. */
  maxBodyBytes?: number;
  /** A 2xx body must be exactly this long (blobs: the size their descriptor declares). */
  exactBodyBytes?: number;
  /** What the body is, for messages: `manifest`, `tag list`, `blob`, `token response`. */
  bodyName?: string;
}

export interface HttpResponse {
  status: number;
  headers: { get(name: string): string | null };
  /** Whole body (2xx: up to the request's cap; other statuses: up to BODY_LIMITS.error, truncated). */
  body: Uint8Array;
  url: string;
}

/** One finished attempt, for tests and debugging: status, or the failure's code. */
export interface ExchangeRecord {
  method: string;
  url: string;
  status?: number;
  error?: string;
}

export interface HttpContext extends ResponseErrorContext {
  timeouts: HttpTimeouts;
  policy: RetryPolicy;
  log: LogSink;
  agents: Agents;
  observe?: (record: ExchangeRecord) => void;
  /** Redacts response bodies before they go into error messages. */
  redact: (text: string) => string;
}

export interface Agents {
  http: http.Agent;
  https: https.Agent;
}

/** Keep-alive agents of one client: connections are reused across the requests of a push. */
export function createAgents(): Agents {
  return { http: new httpModule.Agent({ keepAlive: true, maxSockets: 8 }), https: new httpsModule.Agent({ keepAlive: true, maxSockets: 8 }) };
}

/** A failure of the exchange itself (no HTTP answer to show): deadlines, caps, a cut connection. */
export class TransportError extends Error {
  override name = 'TransportError';
  constructor(
    message: string,
    /** DEADLINE_CONNECT, DEADLINE_HEADERS, DEADLINE_REQUEST, BODY_TOO_LARGE, BODY_INCOMPLETE, BAD_URL. */
    readonly code: string,
    readonly detail: { limitMs?: number; limitBytes?: number; receivedBytes?: number; expectedBytes?: number; bodyName?: string } = {},
  ) {
    super(message);
  }
}

function headerGetter(headers: http.IncomingHttpHeaders): HttpResponse['headers'] {
  return {
    get(name) {
      const value = headers[name.toLowerCase()];
      if (value === undefined) return null;
      return Array.isArray(value) ? value.join(', ') : value;
    },
  };
}

/** The whole-exchange deadline: the base plus time for the payload at the slowest tolerated rate. */
export function requestDeadlineMs(timeouts: HttpTimeouts, payloadBytes: number): number {
  return Math.round(timeouts.requestMs + (payloadBytes * 1000) / timeouts.minBytesPerSecond);
}

/** One attempt: connect, send, read the answer whole within the caps and deadlines. */
export function exchange(request: HttpRequest, ctx: Pick<HttpContext, 'timeouts' | 'agents'>): Promise<HttpResponse> {
  return new Promise<HttpResponse>((resolve, reject) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      reject(new TransportError(`not a URL: ${urlForMessage(request.url)}`, 'BAD_URL'));
      return;
    }
    // Credentials only ever travel in headers we set; a URL must not smuggle userinfo in.
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username !== '' || url.password !== '') {
      reject(new TransportError(`refusing to request ${urlForMessage(request.url)}`, 'BAD_URL'));
      return;
    }
    const { timeouts } = ctx;
    const payload = Math.max(request.body?.byteLength ?? 0, request.exactBodyBytes ?? 0);
    const totalMs = requestDeadlineMs(timeouts, payload);
    const timers: NodeJS.Timeout[] = [];
    let settled = false;
    const finish = (error: Error | undefined, response?: HttpResponse): void => {
      if (settled) return;
      settled = true;
      for (const t of timers) clearTimeout(t);
      if (error) {
        req.destroy();
        reject(error);
      } else resolve(response as HttpResponse);
    };
    const deadline = (code: string, ms: number, what: string): NodeJS.Timeout => {
      const timer = setTimeout(() => finish(new TransportError(`${what} within ${formatMs(ms)}`, code, { limitMs: ms })), ms);
      timers.push(timer);
      return timer;
    };

    const headers: Record<string, string> = { 'user-agent': 'dot-ai-release', ...request.headers };
    if (request.body !== undefined || ['POST', 'PUT', 'PATCH'].includes(request.method)) {
      headers['content-length'] = String(request.body?.byteLength ?? 0);
    }
    const secure = url.protocol === 'https:';
    const options: http.RequestOptions = {
      method: request.method,
      hostname: url.hostname.replace(/^\[(.*)\]$/, '$1'),
      port: url.port === '' ? undefined : Number(url.port),
      path: `${url.pathname}${url.search}`,
      headers,
      agent: secure ? ctx.agents.https : ctx.agents.http,
    };
    const req = (secure ? httpsModule : httpModule).request(options);

    deadline('DEADLINE_REQUEST', totalMs, 'the exchange did not finish');
    const connectTimer = deadline('DEADLINE_CONNECT', timeouts.connectMs, 'no connection');
    let headersTimer: NodeJS.Timeout | undefined;
    let responded = false;
    req.on('socket', (socket: Socket) => {
      const connected = (): void => clearTimeout(connectTimer);
      // A kept-alive connection is already up (and through TLS).
      if (req.reusedSocket || !socket.connecting) {
        if (!secure || req.reusedSocket) connected();
        else socket.once('secureConnect', connected);
      } else socket.once(secure ? 'secureConnect' : 'connect', connected);
    });
    req.on('finish', () => {
      if (!settled && !responded) headersTimer = deadline('DEADLINE_HEADERS', timeouts.headersMs, 'no answer');
    });
    req.on('error', (error) => finish(error));
    req.on('response', (res) => {
      responded = true;
      if (headersTimer) clearTimeout(headersTimer);
      clearTimeout(connectTimer);
      const status = res.statusCode ?? 0;
      const ok = status >= 200 && status < 300;
      const exact = ok ? request.exactBodyBytes : undefined;
      // A body we need must fit its cap; one we ignore (a 201's) or only quote (an error's) is cut.
      const needed = ok && (exact !== undefined || (request.maxBodyBytes ?? 0) > 0);
      const cap = !ok ? BODY_LIMITS.error : (exact ?? (needed ? (request.maxBodyBytes as number) : BODY_LIMITS.ignored));
      const truncate = !needed;
      const declared = res.headers['content-length'] === undefined ? undefined : Number(res.headers['content-length']);
      const bodyName = request.bodyName ?? 'body';
      if (exact !== undefined && declared !== undefined && declared !== exact) {
        finish(new TransportError(`${bodyName} of ${declared} bytes, expected ${exact}`, 'BODY_SIZE_MISMATCH', { expectedBytes: exact, receivedBytes: declared, bodyName }));
        return;
      }
      if (!truncate && declared !== undefined && declared > cap) {
        finish(new TransportError(`${bodyName} of ${declared} bytes`, 'BODY_TOO_LARGE', { limitBytes: cap, receivedBytes: declared, bodyName }));
        return;
      }
      const chunks: Buffer[] = [];
      let received = 0;
      const done = (): void => {
        const body = new Uint8Array(Buffer.concat(chunks));
        if (exact !== undefined && received !== exact) {
          finish(new TransportError(`after ${received} of ${exact} bytes`, 'BODY_INCOMPLETE', { expectedBytes: exact, receivedBytes: received, bodyName }));
          return;
        }
        finish(undefined, { status, headers: headerGetter(res.headers), body, url: request.url });
      };
      res.on('data', (chunk: Buffer) => {
        if (settled) return;
        if (received + chunk.byteLength > cap) {
          if (truncate) {
            chunks.push(chunk.subarray(0, cap - received));
            received = cap;
            res.destroy();
            done();
            return;
          }
          finish(new TransportError(`${bodyName} over ${cap} bytes`, 'BODY_TOO_LARGE', { limitBytes: cap, receivedBytes: received + chunk.byteLength, bodyName }));
          return;
        }
        chunks.push(chunk);
        received += chunk.byteLength;
      });
      res.on('end', done);
      // The connection closed before the body ended (Node reports it as 'aborted', an error, a close).
      const cut = (): void =>
        finish(new TransportError(`after ${received}${declared === undefined ? '' : ` of ${declared}`} bytes`, 'BODY_INCOMPLETE', { receivedBytes: received, expectedBytes: declared, bodyName }));
      res.on('error', cut);
      res.on('close', () => {
        if (!res.complete) cut();
      });
    });
    req.end(request.body === undefined ? undefined : Buffer.from(request.body.buffer, request.body.byteOffset, request.body.byteLength));
  });
}

function formatMs(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(ms < 1000 ? 2 : 1)} s`;
}

/** Code of a failure for the exchange record. */
function failureCode(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}

/**
 * Send `request`, retrying 429/5xx answers, dropped connections and missed deadlines with backoff
 * (honouring Retry-After), within the policy's attempt and time bounds. Returns the first
 * non-retryable answer; throws a RegistryError when retries are exhausted or the peer is unreachable.
 */
export async function sendWithRetry(request: HttpRequest, ctx: HttpContext): Promise<HttpResponse> {
  const startedAt = ctx.policy.now();
  for (let attempt = 1; ; attempt++) {
    let response: HttpResponse;
    try {
      response = await exchange(request, ctx);
    } catch (error) {
      ctx.observe?.({ method: request.method, url: request.url, error: failureCode(error) });
      const delay = isRetryableNetworkError(error) ? nextRetryDelay(ctx.policy, attempt, startedAt, undefined) : undefined;
      if (delay === undefined) throw errorFromNetworkFailure(error, { ...ctx, attempts: attempt });
      ctx.log(`oci: ${request.method} ${urlForMessage(request.url)} failed (${failureCode(error)}); retry ${attempt} in ${delay} ms`);
      await ctx.policy.sleep(delay);
      continue;
    }
    ctx.observe?.({ method: request.method, url: request.url, status: response.status });
    if (!isRetryableStatus(response.status)) return response;

    const retryAfter = parseRetryAfter(response.headers.get('retry-after'), ctx.policy.now());
    const delay = nextRetryDelay(ctx.policy, attempt, startedAt, retryAfter);
    if (delay === undefined) {
      throw errorFromResponse(response.status, ctx.redact(bodyText(response)), { ...ctx, attempts: attempt, retryAfterMs: retryAfter, retryBudgetMs: ctx.policy.maxTotalMs });
    }
    ctx.log(`oci: ${request.method} ${urlForMessage(request.url)} answered ${response.status}; retry ${attempt} in ${delay} ms`);
    await ctx.policy.sleep(delay);
  }
}

/** A body as text (error bodies for messages, JSON answers). */
export function bodyText(response: HttpResponse): string {
  return Buffer.from(response.body.buffer, response.body.byteOffset, response.body.byteLength).toString('utf8');
}
