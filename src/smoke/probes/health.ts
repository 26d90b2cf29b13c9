/**
 * Health: GET the health URL until it answers 2xx or the deadline passes, re-checking at an
 * interval (like chart-testing's waits), and remember the last answer for the cause line.
 */
import type { ProbeHttp } from './http.js';
import { oneLine } from './text.js';

export interface HealthOutcome {
  ready: boolean;
  checks: number;
  status?: number;
  body?: string;
  /** The last answer in words: `last answer HTTP 503 {"status":"starting"}`, `last attempt: cannot connect to ...: connection refused`. */
  lastAnswer: string;
  ms: number;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}

export async function waitForHealth(
  http: ProbeHttp,
  url: URL,
  settings: { timeoutMs: number; intervalMs: number; requestTimeoutMs: number },
  cancel: AbortSignal,
): Promise<HealthOutcome> {
  const started = performance.now();
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), settings.timeoutMs);
  const onCancel = () => deadline.abort();
  cancel.addEventListener('abort', onCancel, { once: true });
  http.enter('health', deadline.signal);
  let checks = 0;
  let last: Omit<HealthOutcome, 'ready' | 'checks' | 'ms'> = { lastAnswer: 'no answer' };
  try {
    while (!deadline.signal.aborted) {
      checks++;
      const checkStarted = performance.now();
      try {
        const response = await http.fetch(url, { method: 'GET', headers: { accept: 'application/json, text/plain, */*' } });
        const body = await response.text();
        last = { status: response.status, body: oneLine(body, 300), lastAnswer: `last answer ${oneLine(`HTTP ${response.status} ${body || response.statusText}`, 300)}` };
        if (response.ok) return { ready: true, checks, ...last, ms: Math.round(performance.now() - started) };
      } catch {
        const entry = http.entriesOf('health', 'GET').at(-1);
        if (entry?.error !== 'stage deadline') last = { lastAnswer: `last attempt: ${entry?.error ?? 'request failed'}` };
        // Cut by the health deadline itself: keep the previous answer unless this one got further.
        else if (entry.status !== undefined) last = { status: entry.status, lastAnswer: `last answer HTTP ${entry.status}, then its body stalled` };
        else if (checks === 1) last = { lastAnswer: 'no answer to the first check' };
      } finally {
        http.foldRepeat();
      }
      // Re-check at the interval, counted from the start of this check.
      await sleep(Math.max(0, settings.intervalMs - (performance.now() - checkStarted)), deadline.signal);
    }
    return { ready: false, checks, ...last, ms: Math.round(performance.now() - started) };
  } finally {
    clearTimeout(timer);
    cancel.removeEventListener('abort', onCancel);
  }
}
