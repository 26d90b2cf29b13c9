/**
 * The probe's only way onto the network: a fetch that the MCP SDK's transport and the health checks
 * both use. Every request gets deadlines (response headers, the current stage, the whole probe), every
 * response body a size cap, credentials go only to the target's origin, and each exchange lands in the
 * transcript with bodies truncated and secrets redacted.
 */
import { bytes, oneLine, Redactor, seconds } from './text.js';
import type { ProbeOptions, StageName, TranscriptEntry } from './types.js';

type Stage = StageName | 'close';

const KEPT_RESPONSE_HEADERS = ['content-type', 'content-length', 'mcp-session-id', 'location', 'www-authenticate', 'retry-after'];
/** Statuses whose response has no body (the Response constructor refuses one). */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/** The reason a request was aborted; which one tells the cause apart. */
export class AbortedBy extends Error {
  constructor(readonly by: 'headers-deadline' | 'broken-answer' | 'cancelled' | 'client', message: string) {
    super(message);
  }
}

/** Combines abort signals (AbortSignal.any needs Node 20.3; the probe pod may run Node 18). */
function anySignal(signals: Array<AbortSignal | undefined | null>): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const live = signals.filter((s): s is AbortSignal => Boolean(s));
  const listeners: Array<() => void> = [];
  for (const s of live) {
    if (s.aborted) {
      controller.abort(s.reason);
      break;
    }
    const onAbort = () => controller.abort(s.reason);
    s.addEventListener('abort', onAbort, { once: true });
    listeners.push(() => s.removeEventListener('abort', onAbort));
  }
  return { signal: controller.signal, dispose: () => listeners.forEach((remove) => remove()) };
}

/** Why a request failed on the network, in words (undici puts the system error in `cause`). */
export function networkError(err: unknown, url: URL): string {
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? (err as { code?: string }).code;
  const host = url.host;
  switch (code) {
    case 'ECONNREFUSED':
      return `cannot connect to ${host}: connection refused`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `cannot resolve ${url.hostname}`;
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return `connection to ${host} closed by the server`;
    case 'UND_ERR_CONNECT_TIMEOUT':
    case 'ETIMEDOUT':
      return `cannot connect to ${host}: connect timeout`;
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `cannot reach ${host} (${code})`;
    default:
      return oneLine(`${code ? `${code}: ` : ''}${cause?.message ?? (err instanceof Error ? err.message : String(err))}`);
  }
}

function rpcMethods(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as unknown;
    const messages = (Array.isArray(parsed) ? parsed : [parsed]) as Array<{ method?: string; params?: { name?: string } }>;
    const names = messages.map((m) => (m.method === 'tools/call' && m.params?.name ? `tools/call ${m.params.name}` : m.method)).filter(Boolean);
    return names.length ? names.join(', ') : undefined;
  } catch {
    return undefined;
  }
}

/** The ids of the JSON-RPC requests (not notifications) in a request body. */
function requestIds(body: string): Array<string | number> {
  try {
    const parsed = JSON.parse(body) as unknown;
    const messages = (Array.isArray(parsed) ? parsed : [parsed]) as Array<{ method?: unknown; id?: unknown }>;
    return messages.filter((m) => typeof m.method === 'string' && (typeof m.id === 'string' || typeof m.id === 'number')).map((m) => m.id as string | number);
  } catch {
    return [];
  }
}

/**
 * Reads an SSE body as it passes: counts its blocks (events and keep-alive comments) and notes
 * whether a response to one of `awaitedIds` arrived, so a stream that ends without it is named.
 */
class SseScan {
  answered = false;
  private partial = '';
  private lines = 0;
  private data: string[] = [];
  private blocks = 0;
  private readonly ids: Set<string | number>;

  constructor(
    awaitedIds: Array<string | number>,
    private readonly onBlocks: (count: number) => void,
  ) {
    this.ids = new Set(awaitedIds);
  }

  get awaited(): boolean {
    return this.ids.size > 0;
  }

  feed(text: string): void {
    const lines = (this.partial + text).split(/\r?\n/);
    this.partial = lines.pop() ?? '';
    for (const line of lines) {
      if (line !== '') {
        this.lines++;
        if (line.startsWith('data:')) this.data.push(line.slice(5).replace(/^ /, ''));
        continue;
      }
      if (this.lines > 0) this.onBlocks(++this.blocks);
      if (this.data.length > 0 && !this.answered) this.check(this.data.join('\n'));
      this.lines = 0;
      this.data = [];
    }
  }

  private check(data: string): void {
    try {
      const parsed = JSON.parse(data) as unknown;
      const messages = (Array.isArray(parsed) ? parsed : [parsed]) as Array<{ id?: string | number; result?: unknown; error?: unknown }>;
      if (messages.some((m) => (m.result !== undefined || m.error !== undefined) && m.id !== undefined && this.ids.has(m.id))) this.answered = true;
    } catch {
      // Not JSON: not an answer.
    }
  }
}

export interface HttpSettings {
  /** Where credentials may go: scheme, host and port of the target. */
  origin: string;
  /** Headers added to requests to `origin` only (the bearer token, extra headers). */
  credentials: Record<string, string>;
  redactor: Redactor;
  limits: Pick<ProbeOptions, 'requestTimeoutMs' | 'maxResponseBytes' | 'transcriptBodyChars' | 'maxTranscriptEntries'>;
  /** Aborts everything (the probe's own end, or its caller's cancellation). */
  cancel: AbortSignal;
}

export class ProbeHttp {
  readonly transcript: TranscriptEntry[] = [];
  private dropped = 0;
  private readonly started = performance.now();
  private stage: Stage = 'health';
  private stageSignal: AbortSignal | undefined;
  private stageFail: ((message: string) => void) | undefined;

  constructor(private readonly settings: HttpSettings) {}

  /**
   * Later requests belong to `stage` and end at its deadline (`signal`). `fail` ends the stage at
   * once when the answer to one of its requests broke off (size cap, connection lost, an SSE stream
   * that closed without the response), instead of waiting for the deadline.
   */
  enter(stage: Stage, signal: AbortSignal | undefined, fail?: (message: string) => void): void {
    this.stage = stage;
    this.stageSignal = signal;
    this.stageFail = fail;
  }

  elapsed(): number {
    return Math.round(performance.now() - this.started);
  }

  /** Entries of a stage made with `method`, newest last. */
  entriesOf(stage: Stage, method: string): TranscriptEntry[] {
    return this.transcript.filter((e) => e.stage === stage && e.method === method);
  }

  /** Folds the newest entry into the one before when both say the same (repeated health answers). */
  foldRepeat(): void {
    const [previous, last] = this.transcript.slice(-2);
    if (!previous || !last || previous.stage !== last.stage || previous.url !== last.url) return;
    const same = (a: TranscriptEntry, b: TranscriptEntry) => a.status === b.status && a.error === b.error && a.responseBody === b.responseBody;
    if (!same(previous, last)) return;
    previous.repeated = (previous.repeated ?? 1) + 1;
    previous.at = last.at;
    previous.ms = last.ms;
    this.transcript.pop();
  }

  /** The transcript as plain data, with a note when entries were left out. */
  snapshot(): TranscriptEntry[] {
    const copy = JSON.parse(JSON.stringify(this.transcript)) as TranscriptEntry[];
    if (this.dropped > 0) {
      copy.push({ stage: this.stage, at: this.elapsed(), method: '-', url: '-', requestHeaders: {}, error: `${this.dropped} more exchanges left out (transcript cap)` });
    }
    return copy;
  }

  private record(entry: TranscriptEntry): TranscriptEntry {
    if (this.transcript.length < this.settings.limits.maxTranscriptEntries) this.transcript.push(entry);
    else this.dropped++;
    return entry;
  }

  /** A fetch with the probe's deadlines, caps, credentials policy and transcript. */
  readonly fetch = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const { redactor, limits } = this.settings;
    const url = new URL(input instanceof Request ? input.url : String(input));
    const method = (init.method ?? 'GET').toUpperCase();
    const headers = new Headers(init.headers);
    // Credentials go only to the origin that issued them (the SDK follows same-origin redirects only).
    if (url.origin === this.settings.origin) {
      for (const [name, value] of Object.entries(this.settings.credentials)) headers.set(name, value);
    }
    const requestBody = typeof init.body === 'string' ? init.body : undefined;
    const requestHeaders: Record<string, string> = {};
    headers.forEach((value, name) => (requestHeaders[name] = redactor.header(name, value)));
    const entry = this.record({
      stage: this.stage,
      at: this.elapsed(),
      method,
      url: redactor.text(`${url.origin}${url.pathname}${url.search}`),
      ...(requestBody !== undefined ? { rpc: rpcMethods(requestBody), requestBody: this.keep(requestBody) } : {}),
      requestHeaders,
    });
    const begun = performance.now();
    const finish = (error?: string) => {
      entry.ms = Math.round(performance.now() - begun);
      if (error && !entry.error) entry.error = error;
    };

    const headersDeadline = new AbortController();
    const stageSignal = this.stageSignal;
    // Only a request's own answer can end its stage early; the server-to-client GET stream cannot.
    const failStage = method === 'POST' ? this.stageFail : undefined;
    const timer = setTimeout(
      () => headersDeadline.abort(new AbortedBy('headers-deadline', `no response headers within ${seconds(limits.requestTimeoutMs)}`)),
      limits.requestTimeoutMs,
    );
    const combined = anySignal([init.signal, stageSignal, this.settings.cancel, headersDeadline.signal]);
    /** Why the combined signal fired, from the probe's point of view. */
    const abortReason = (): string | undefined => {
      if (headersDeadline.signal.aborted) return (headersDeadline.signal.reason as Error).message;
      // A stage ends at its deadline, or early with a reason (cancelled, a broken answer elsewhere).
      if (stageSignal?.aborted) return stageSignal.reason instanceof AbortedBy ? stageSignal.reason.message : 'stage deadline';
      if (this.settings.cancel.aborted) return (this.settings.cancel.reason as Error | undefined)?.message ?? 'probe ended';
      if (init.signal?.aborted) return 'closed by the client';
      return undefined;
    };

    let response: Response;
    try {
      response = await fetch(url, { ...init, headers, signal: combined.signal, redirect: 'manual' });
    } catch (err) {
      combined.dispose();
      finish(abortReason() ?? networkError(err, url));
      throw err;
    } finally {
      clearTimeout(timer);
    }

    entry.status = response.status;
    entry.responseHeaders = {};
    for (const name of KEPT_RESPONSE_HEADERS) {
      const value = response.headers.get(name);
      if (value !== null) entry.responseHeaders[name] = oneLine(redactor.text(value), 300);
    }
    entry.bytes = 0;
    const sse = /^text\/event-stream/i.test(response.headers.get('content-type') ?? '');
    if (sse) entry.events = 0;
    if (!response.body || NULL_BODY_STATUSES.has(response.status)) {
      combined.dispose();
      finish();
      return new Response(null, { status: response.status, statusText: response.statusText, headers: response.headers });
    }

    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let text = '';
    const keepChars = limits.transcriptBodyChars;
    const cap = limits.maxResponseBytes;
    const answer = `HTTP ${response.status} ${(response.headers.get('content-type') ?? 'no content type').split(';')[0]}`;
    const stream = new SseScan(requestBody === undefined ? [] : requestIds(requestBody), (n) => sse && (entry.events = n));
    const capture = (chunk: Uint8Array) => {
      const decoded = decoder.decode(chunk, { stream: true });
      if (text.length <= keepChars) {
        text += decoded;
        entry.responseBody = this.keep(text);
      }
      if (sse) stream.feed(decoded);
    };
    // Settled once: by the end of the body, an error, the cap, or the reader cancelling it.
    let settled = false;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        let chunk: Awaited<ReturnType<typeof reader.read>>;
        try {
          chunk = await reader.read();
        } catch (err) {
          if (settled) return;
          settled = true;
          const aborted = abortReason();
          finish(aborted ?? networkError(err, url));
          combined.dispose();
          controller.error(err);
          if (!aborted) failStage?.(`${entry.error} (${answer}, after ${entry.bytes} bytes)`);
          return;
        }
        if (settled) return;
        if (chunk.done) {
          settled = true;
          finish();
          combined.dispose();
          controller.close();
          // A request's stream that ends without its answer leaves the request waiting for ever.
          if (sse && failStage && stream.awaited && !stream.answered) failStage(`the server ended the SSE stream without the response (${entry.events} events, ${entry.bytes} bytes)`);
          return;
        }
        entry.bytes = (entry.bytes ?? 0) + chunk.value.byteLength;
        capture(chunk.value);
        if ((entry.bytes ?? 0) > cap) {
          settled = true;
          const message = `response cut at the ${bytes(cap)} size cap`;
          finish(message);
          combined.dispose();
          await reader.cancel().catch(() => undefined);
          controller.error(new Error(message));
          failStage?.(`${message} (${answer})`);
          return;
        }
        controller.enqueue(chunk.value);
      },
      cancel(reason) {
        if (settled) return;
        settled = true;
        // The SDK cancels bodies it does not need (202 Accepted, DELETE): not worth a note.
        finish(abortReason());
        combined.dispose();
        return reader.cancel(reason);
      },
    });
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };

  private keep(text: string): string {
    const max = this.settings.limits.transcriptBodyChars;
    const cut = text.length > max ? `${text.slice(0, max)}… (cut)` : text;
    return this.settings.redactor.text(cut);
  }
}
