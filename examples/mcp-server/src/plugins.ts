// Plugins the way dot-ai 2.x has them: a JSON file (/etc/dot-ai/plugins.json) lists
// [{"name", "url"}]; each plugin is an HTTP service answering POST <url>/execute with
// {"hook":"describe"} (its name, version and tools) and {"hook":"invoke", ...} (one tool call).
// Discovery tries twice at start-up, then keeps retrying in the background for a while, so a
// plugin that starts after the server is still picked up.
import { readFileSync } from 'node:fs';

export interface PluginEntry {
  name: string;
  url: string;
  /** The server refuses to start when a required plugin cannot be discovered. */
  required: boolean;
}

export interface DiscoveredPlugin {
  name: string;
  version: string;
  tools: string[];
}

export type InvokeOutcome = { ok: true; result: unknown } | { ok: false; message: string };

/** Largest plugin answer read; describe and the vector tools answer a few KiB. */
const MAX_ANSWER_BYTES = 4 * 1024 * 1024;

/**
 * The plugin list, or undefined when the file does not exist (no plugins: dot-ai runs without
 * them). Anything else wrong with it is an error naming the file and the entry.
 */
export function readPluginsFile(path: string): PluginEntry[] | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Error(`${path}: cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)})`, { cause: error });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path}: not JSON (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  if (!Array.isArray(parsed)) throw new Error(`${path}: expected a JSON array of {"name", "url"} entries`);
  const names = new Set<string>();
  return parsed.map((entry: unknown, i) => {
    const e = (entry ?? {}) as Record<string, unknown>;
    if (typeof e.name !== 'string' || e.name === '') throw new Error(`${path}: entry ${i}: "name" must be a non-empty string`);
    if (names.has(e.name)) throw new Error(`${path}: entry ${i}: plugin "${e.name}" is listed twice`);
    names.add(e.name);
    if (typeof e.url !== 'string' || !/^https?:\/\/[^/]/.test(e.url)) throw new Error(`${path}: entry ${i} (${e.name}): "url" must be an http(s) URL`);
    if (e.required !== undefined && typeof e.required !== 'boolean') throw new Error(`${path}: entry ${i} (${e.name}): "required" must be true or false`);
    return { name: e.name, url: e.url.replace(/\/+$/, ''), required: e.required === true };
  });
}

/** POSTs JSON with a deadline and a size cap on the answer; the parsed answer or an error naming what failed. */
async function postJson(url: string, body: unknown, timeoutMs: number): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const reader = response.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    if (!reader) break;
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_ANSWER_BYTES) {
      await reader.cancel();
      throw new Error(`answer larger than ${MAX_ANSWER_BYTES} bytes`);
    }
    chunks.push(value);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!response.ok) throw new Error(`HTTP ${response.status}${text ? `: ${text.slice(0, 200)}` : ''}`);
  return JSON.parse(text) as unknown;
}

function reason(error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError') return 'timed out';
  const cause = (error as { cause?: { code?: unknown } }).cause;
  if (cause && typeof cause.code === 'string') return cause.code;
  return error instanceof Error ? error.message : String(error);
}

export interface RegistryOptions {
  /** Deadline of one describe or invoke call. */
  callTimeoutMs: number;
  /** Pause between the start-up attempts. */
  startupRetryMs: number;
  /** Interval of the background retries of plugins still pending. */
  backgroundIntervalMs: number;
  /** How long background retries go on after start. */
  backgroundForMs: number;
}

export const DEFAULT_REGISTRY_OPTIONS: RegistryOptions = {
  callTimeoutMs: 10_000,
  startupRetryMs: 1_000,
  backgroundIntervalMs: 30_000,
  backgroundForMs: 10 * 60_000,
};

export class PluginRegistry {
  private readonly discovered = new Map<string, DiscoveredPlugin>();
  private timer: NodeJS.Timeout | undefined;
  private backgroundUntil = 0;

  constructor(
    readonly entries: PluginEntry[],
    private readonly log: (message: string) => void,
    private readonly options: RegistryOptions = DEFAULT_REGISTRY_OPTIONS,
  ) {}

  plugins(): DiscoveredPlugin[] {
    return this.entries.flatMap((e) => this.discovered.get(e.name) ?? []);
  }

  /** Names of listed plugins not discovered (yet). */
  pending(): string[] {
    return this.entries.filter((e) => !this.discovered.has(e.name)).map((e) => e.name);
  }

  backgroundActive(): boolean {
    return this.timer !== undefined;
  }

  has(name: string): boolean {
    return this.discovered.has(name);
  }

  private async describe(entry: PluginEntry): Promise<string | undefined> {
    try {
      const answer = (await postJson(`${entry.url}/execute`, { hook: 'describe' }, this.options.callTimeoutMs)) as Record<string, unknown>;
      const tools = Array.isArray(answer.tools) ? answer.tools : undefined;
      if (typeof answer.name !== 'string' || !tools) return 'describe answer lacks "name" or "tools"';
      const names = tools.map((t) => (t as { name?: unknown }).name).filter((n): n is string => typeof n === 'string');
      const version = typeof answer.version === 'string' ? answer.version : 'unknown';
      this.discovered.set(entry.name, { name: entry.name, version, tools: names });
      this.log(`plugin ${entry.name} ${version} discovered at ${entry.url}: ${names.length} tool(s)`);
      return undefined;
    } catch (error) {
      return reason(error);
    }
  }

  private async discoverPending(): Promise<Map<string, string>> {
    const failures = new Map<string, string>();
    await Promise.all(
      this.entries
        .filter((e) => !this.discovered.has(e.name))
        .map(async (e) => {
          const failure = await this.describe(e);
          if (failure) failures.set(e.name, failure);
        }),
    );
    return failures;
  }

  /**
   * Two attempts, `startupRetryMs` apart; then background retries for what is still pending.
   * Rejects when a required plugin could not be discovered.
   */
  async discoverAtStart(): Promise<void> {
    let failures = await this.discoverPending();
    if (failures.size > 0) {
      await new Promise((r) => setTimeout(r, this.options.startupRetryMs));
      failures = await this.discoverPending();
    }
    const required = this.entries.filter((e) => e.required && failures.has(e.name));
    if (required.length > 0) {
      throw new Error(`required plugin(s) not discovered: ${required.map((e) => `${e.name} at ${e.url} (${failures.get(e.name)})`).join(', ')}`);
    }
    for (const [name, failure] of failures) {
      this.log(`plugin ${name} not discovered yet (${failure}); retrying every ${this.options.backgroundIntervalMs / 1000} s`);
    }
    this.log(`plugin discovery: ${this.discovered.size} plugin(s), ${this.plugins().reduce((n, p) => n + p.tools.length, 0)} tool(s)`);
    if (failures.size > 0) this.startBackground();
  }

  private startBackground(): void {
    this.backgroundUntil = Date.now() + this.options.backgroundForMs;
    const tick = (): void => {
      void this.discoverPending().then(() => {
        if (this.pending().length === 0 || Date.now() >= this.backgroundUntil) {
          if (this.pending().length > 0) this.log(`plugin discovery gave up on ${this.pending().join(', ')}`);
          this.stop();
        }
      });
    };
    this.timer = setInterval(tick, this.options.backgroundIntervalMs);
    // Never what keeps the process alive.
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Calls one tool of a discovered plugin; the outcome says why not when the plugin or the tool failed. */
  async invoke(name: string, tool: string, args: Record<string, unknown>): Promise<InvokeOutcome> {
    const entry = this.entries.find((e) => e.name === name);
    if (!entry || !this.discovered.has(name)) return { ok: false, message: `Plugin '${name}' is not available` };
    try {
      const answer = (await postJson(
        `${entry.url}/execute`,
        { hook: 'invoke', sessionId: 'reference-server', payload: { tool, args, state: {} } },
        this.options.callTimeoutMs,
      )) as { success?: unknown; result?: unknown; error?: { message?: unknown } };
      if (answer.success === true) return { ok: true, result: answer.result };
      const message = typeof answer.error?.message === 'string' ? answer.error.message : 'the plugin reported a failure';
      return { ok: false, message };
    } catch (error) {
      return { ok: false, message: `plugin ${name} did not answer ${tool}: ${reason(error)}` };
    }
  }
}
