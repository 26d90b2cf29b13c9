/**
 * The probe's contract: what to probe (target), what must hold (expectations), how long and how
 * much (options), and what it found (result, with a transcript for diagnostics). Plain data only:
 * a result is JSON as it is, so the probe pod can print it and the smoke command can read it back.
 */

export interface ProbeTarget {
  /** The server's URL, e.g. http://127.0.0.1:3456/ or http://svc.ns.svc.cluster.local:8080/mcp. */
  url: string;
  /**
   * Where MCP is served. `auto` (default): the URL's own path when it has one, otherwise `/` and then
   * `/mcp` (the first that answers like an MCP endpoint). A path (`/`, `/mcp`, ...) replaces the URL's path.
   */
  mcpPath?: string;
  /** Health URL, or a path on the server's origin (`/healthz`); polled until it answers 2xx. None: no health stage. */
  health?: string;
  /** Sent as `Authorization: Bearer ...`, only to the server's origin; never in the transcript. */
  bearerToken?: string;
  /** Extra request headers (e.g. an API key), only to the server's origin; their values never in the transcript. */
  headers?: Record<string, string>;
  /** The header the bearer token goes in (default Authorization; e.g. X-Dot-AI-Authorization behind a proxy that takes Authorization). */
  tokenHeader?: string;
}

export interface ToolCallExpectation {
  name: string;
  arguments?: Record<string, unknown>;
  /** Text the result must contain. A version (1.6.1) must appear as a whole version (not 1.6.10, not 1.6.1-rc.1). */
  expect?: string;
  /** Skip the call (not fail) when the server does not list the tool; for defaults such as `version`. */
  optional?: boolean;
  /** The result's JSON must hold these: dotted path -> value, or `{not: value}` (see json.ts). */
  json?: Record<string, unknown>;
  /** How long `json` may take to hold: the call is repeated (every 3 s, same session) until it does. Default 0. */
  jsonWithinMs?: number;
}

export interface ProbeExpectations {
  /** initialize must report this server name (serverInfo.name). */
  serverName?: string;
  /** The negotiated protocol version must be one of these. */
  protocolVersions?: string[];
  /** tools/list must include these (it must be non-empty in any case). */
  tools?: string[];
  toolCall?: ToolCallExpectation;
  /**
   * Calls made after the tool call in the same session (the tool again, or tools/list when there is
   * no tool call): through a Service with several replicas they prove session affinity. Default 5.
   */
  followUps?: number;
}

export interface ProbeOptions {
  /** How long the health URL may take to answer 2xx. Default 60 s. */
  healthTimeoutMs: number;
  /** Pause between health checks. Default 1 s. */
  healthIntervalMs: number;
  /** Deadline of each MCP request: initialize, tools/list, the tool call, each follow-up. Default 30 s. */
  stepTimeoutMs: number;
  /** Deadline for response headers of any one HTTP request (connect included). Default 10 s. */
  requestTimeoutMs: number;
  /** Largest response body read; a longer one is cut and the request fails. Default 4 MiB. */
  maxResponseBytes: number;
  /** Characters of each request and response body kept in the transcript. Default 2000. */
  transcriptBodyChars: number;
  /** Transcript entries kept (health answers that repeat are folded into one). Default 400. */
  maxTranscriptEntries: number;
  /** Cancels the probe (e.g. a method's time budget); it then fails with "probe cancelled". */
  signal?: AbortSignal;
}

export const DEFAULT_PROBE_OPTIONS: ProbeOptions = {
  healthTimeoutMs: 60_000,
  healthIntervalMs: 1_000,
  stepTimeoutMs: 30_000,
  requestTimeoutMs: 10_000,
  maxResponseBytes: 4 * 1024 * 1024,
  transcriptBodyChars: 2_000,
  maxTranscriptEntries: 400,
};

export const DEFAULT_FOLLOW_UPS = 5;

export type StageName = 'health' | 'initialize' | 'tools/list' | 'tool call' | 'follow-ups';
export const STAGES: readonly StageName[] = ['health', 'initialize', 'tools/list', 'tool call', 'follow-ups'];

export interface StageResult {
  name: StageName;
  status: 'passed' | 'failed' | 'skipped';
  /** Time spent in the stage (0 when skipped). */
  ms: number;
  /** What passed ("HTTP 200 after 3 checks"), the cause of the failure, or why it was skipped. */
  detail: string;
}

/** One HTTP exchange, summarised: bodies truncated, credentials redacted, server text escaped. */
export interface TranscriptEntry {
  /** The stage it belongs to; `close` for ending the session. */
  stage: StageName | 'close';
  /** Milliseconds since the probe started. */
  at: number;
  method: string;
  url: string;
  /** JSON-RPC methods the request carried, e.g. `initialize`, `tools/call version`. */
  rpc?: string;
  requestHeaders: Record<string, string>;
  requestBody?: string;
  status?: number;
  /** The response headers that matter here: content-type, mcp-session-id, location, www-authenticate, content-length. */
  responseHeaders?: Record<string, string>;
  /** The start of the response body (SSE streams as they arrived). */
  responseBody?: string;
  /** Bytes of the response body read. */
  bytes?: number;
  /** SSE events received (blank-line separated). */
  events?: number;
  /** Milliseconds from the request to the end of its body (or its failure). */
  ms?: number;
  /** How it ended when not with a complete body: a network error, a deadline, the size cap, or closed by the probe. */
  error?: string;
  /** Identical health answers folded into this entry. */
  repeated?: number;
}

export interface ProbeResult {
  ok: boolean;
  /** One line naming the cause of the failure (absent when ok). */
  cause?: string;
  /** The URL probed (as given, without credentials). */
  url: string;
  /** The endpoint that answered MCP. */
  endpoint?: string;
  /** With mcpPath auto: each path tried and what it answered. */
  pathAttempts?: Array<{ endpoint: string; outcome: string }>;
  stages: StageResult[];
  health?: { url: string; checks: number; status?: number; body?: string; ms: number };
  server?: { name: string; version: string; title?: string; protocolVersion: string };
  /** The session id the server gave (absent for a stateless server). */
  sessionId?: string;
  /** How the server answered requests: JSON bodies, SSE streams, or both. */
  responseModes?: Array<'json' | 'sse'>;
  tools?: string[];
  toolCall?: { name: string; arguments: Record<string, unknown>; isError: boolean; text: string };
  followUps?: { requested: number; passed: number };
  /** Total time. */
  ms: number;
  transcript: TranscriptEntry[];
}
