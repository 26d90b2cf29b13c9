/** One HTTP exchange with retries: the layer below auth. Only Node's global fetch (undici), no binaries. */
import { errorFromNetworkFailure, errorFromResponse, type ResponseErrorContext } from './errors.js';
import { urlForLog, type LogSink } from './redact.js';
import { isRetryableNetworkError, isRetryableStatus, nextRetryDelay, parseRetryAfter, type RetryPolicy } from './retry.js';

export type FetchFn = (input: string | URL, init?: RequestInit) => Promise<Response>;

export interface HttpRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  /** Always a buffer, so every retry replays exactly the same bytes. */
  body?: Uint8Array;
}

export interface HttpContext extends ResponseErrorContext {
  fetch: FetchFn;
  policy: RetryPolicy;
  log: LogSink;
  /** Redacts response bodies before they go into error messages. */
  redact: (text: string) => string;
}

/** Drain a body we do not need, so undici can reuse the connection. */
export async function discard(response: Response): Promise<void> {
  try {
    await response.body?.cancel();
  } catch {
    // Already consumed or closed: nothing to free.
  }
}

async function readText(response: Response): Promise<string> {
  try {
    return await response.text();
  } catch {
    return '';
  }
}

/**
 * Send `request`, retrying 429/5xx answers and dropped connections with backoff (honouring
 * Retry-After), within the policy's attempt and time bounds. Returns the first non-retryable
 * response; throws a RegistryError when retries are exhausted or the registry is unreachable.
 */
export async function fetchWithRetry(request: HttpRequest, ctx: HttpContext): Promise<Response> {
  const startedAt = ctx.policy.now();
  for (let attempt = 1; ; attempt++) {
    let response: Response;
    try {
      response = await ctx.fetch(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body,
        // Redirects are followed by the caller, which drops credentials when the origin changes.
        redirect: 'manual',
      });
    } catch (error) {
      const delay = isRetryableNetworkError(error) ? nextRetryDelay(ctx.policy, attempt, startedAt, undefined) : undefined;
      if (delay === undefined) throw errorFromNetworkFailure(error, { ...ctx, attempts: attempt });
      ctx.log(`oci: ${request.method} ${urlForLog(request.url)} failed (${(error as Error).message}); retry ${attempt} in ${delay} ms`);
      await ctx.policy.sleep(delay);
      continue;
    }
    if (!isRetryableStatus(response.status)) return response;

    const retryAfter = parseRetryAfter(response.headers.get('retry-after'), ctx.policy.now());
    const delay = nextRetryDelay(ctx.policy, attempt, startedAt, retryAfter);
    if (delay === undefined) {
      const body = ctx.redact(await readText(response));
      throw errorFromResponse(response.status, body, { ...ctx, attempts: attempt });
    }
    await discard(response);
    ctx.log(`oci: ${request.method} ${urlForLog(request.url)} answered ${response.status}; retry ${attempt} in ${delay} ms`);
    await ctx.policy.sleep(delay);
  }
}

export { readText };
