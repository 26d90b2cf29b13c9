/** Retry policy for registry requests: exponential backoff with jitter, Retry-After, bounded attempts and time. */
import { networkErrorCodes } from './errors.js';

export interface RetryOptions {
  /** Total attempts including the first (default 5). */
  maxAttempts?: number;
  /** Give up rather than start a wait that would end later than this after the first attempt (default 60 s). */
  maxTotalMs?: number;
  /** First backoff delay (default 500 ms); doubles each retry. */
  baseDelayMs?: number;
  /** Cap of one backoff delay (default 10 s); a Retry-After answer may ask for more, within maxTotalMs. */
  maxDelayMs?: number;
  /** Injectable for tests. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  random?: () => number;
}

export type RetryPolicy = Required<RetryOptions>;

export function retryPolicy(options: RetryOptions = {}): RetryPolicy {
  return {
    maxAttempts: options.maxAttempts ?? 5,
    maxTotalMs: options.maxTotalMs ?? 60_000,
    baseDelayMs: options.baseDelayMs ?? 500,
    maxDelayMs: options.maxDelayMs ?? 10_000,
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    now: options.now ?? Date.now,
    random: options.random ?? Math.random,
  };
}

/**
 * Statuses worth retrying: rate limit and gateway/availability errors. 500 is included because
 * registries (GHCR among them) answer it for transient backend failures.
 */
const RETRYABLE_STATUSES = new Set([429, 500, 502, 503, 504]);

export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUSES.has(status);
}

/**
 * Connection dropped mid-request, or a deadline passed: safe to replay since we always replay the
 * full body. A body over its cap is not retried: the same registry would send it again.
 */
const RETRYABLE_NETWORK_CODES = new Set([
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ECONNABORTED',
  'BODY_INCOMPLETE',
  'DEADLINE_CONNECT',
  'DEADLINE_HEADERS',
  'DEADLINE_REQUEST',
]);

export function isRetryableNetworkError(error: unknown): boolean {
  return networkErrorCodes(error).some((c) => RETRYABLE_NETWORK_CODES.has(c));
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date; undefined when absent or unparsable. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/** Backoff before retry number `retry` (1 = first retry): half fixed, half random ("equal jitter"). */
export function backoffDelay(policy: RetryPolicy, retry: number): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  return Math.round(exponential / 2 + policy.random() * (exponential / 2));
}

/**
 * Decide whether to wait and retry. Returns the wait in ms, or undefined when the attempts or the
 * time budget are used up (including a Retry-After longer than what is left of the budget).
 */
export function nextRetryDelay(
  policy: RetryPolicy,
  attempt: number,
  startedAt: number,
  retryAfterMs: number | undefined,
): number | undefined {
  if (attempt >= policy.maxAttempts) return undefined;
  const delay = retryAfterMs ?? backoffDelay(policy, attempt);
  const elapsed = policy.now() - startedAt;
  if (elapsed + delay > policy.maxTotalMs) return undefined;
  return delay;
}
