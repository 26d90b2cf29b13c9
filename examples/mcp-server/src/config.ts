// Settings read from the environment once at start-up. Names match dot-ai's, so the same
// Helm values, Compose files and manifests configure both servers.
import { readFileSync } from 'node:fs';

export interface ServerConfig {
  /** TCP port of the MCP endpoint and /healthz. */
  port: number;
  /** Directory dot-ai keeps session files in; must exist and be writable or the server refuses to start. */
  sessionDir: string | undefined;
  /** Release version this build reports (image build arg APP_VERSION, else package.json). */
  version: string;
  /** The static Bearer token every MCP request must carry (DOT_AI_AUTH_TOKEN); undefined: every request is refused. Never logged. */
  authToken: string | undefined;
  /** Base URL the 401 answers point clients to (DOT_AI_EXTERNAL_URL, else http://localhost:PORT). */
  externalUrl: string | undefined;
  /** DOT_AI_TELEMETRY: false/0/no/off turn it off. This server sends no telemetry either way; it only says what was asked. */
  telemetry: boolean;
  /** The plugin list dot-ai reads (a JSON array of {name, url}). */
  pluginsFile: string;
  /** Qdrant endpoint of search_knowledge; undefined when not configured (the tool then answers with a tool error). */
  qdrantUrl: string | undefined;
  /** Qdrant API key, if the instance requires one. Never logged. */
  qdrantApiKey: string | undefined;
  /** Collection search_knowledge reads when the caller names none. */
  qdrantCollection: string;
  /** Payload field holding the text that search_knowledge matches. */
  qdrantTextField: string;
}

export const SERVER_NAME = 'dot-ai-reference-server';

/** Where dot-ai reads its plugin list; a fixed path in dot-ai (mounted from a ConfigMap or a file). */
export const DEFAULT_PLUGINS_FILE = '/etc/dot-ai/plugins.json';

/** The version in package.json next to dist/, used when no APP_VERSION was baked in. */
function packageVersion(): string {
  const raw = readFileSync(new URL('../package.json', import.meta.url), 'utf8');
  const parsed = JSON.parse(raw) as { version?: unknown };
  return typeof parsed.version === 'string' ? parsed.version : '0.0.0';
}

/** Empty strings count as unset: `ARG VERSION` without a value still defines APP_VERSION="". */
function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return 3456;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer from 0 to 65535, got "${raw}"`);
  }
  return port;
}

/** dot-ai's switch: telemetry is on unless DOT_AI_TELEMETRY says false, 0, no or off. */
function parseTelemetry(raw: string | undefined): boolean {
  return !['false', '0', 'no', 'off'].includes((raw ?? '').trim().toLowerCase());
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    port: parsePort(env.PORT),
    sessionDir: nonEmpty(env.DOT_AI_SESSION_DIR),
    version: nonEmpty(env.APP_VERSION) ?? packageVersion(),
    // Not trimmed beyond emptiness: a token is compared byte for byte.
    authToken: env.DOT_AI_AUTH_TOKEN?.trim() ? env.DOT_AI_AUTH_TOKEN : undefined,
    externalUrl: nonEmpty(env.DOT_AI_EXTERNAL_URL)?.replace(/\/+$/, ''),
    telemetry: parseTelemetry(env.DOT_AI_TELEMETRY),
    // Tests only: the reference server's own variable (dot-ai has none; it always reads the fixed path).
    pluginsFile: nonEmpty(env.REFERENCE_SERVER_PLUGINS_FILE) ?? DEFAULT_PLUGINS_FILE,
    qdrantUrl: nonEmpty(env.QDRANT_URL),
    qdrantApiKey: nonEmpty(env.QDRANT_API_KEY),
    qdrantCollection: nonEmpty(env.QDRANT_COLLECTION) ?? 'knowledge',
    qdrantTextField: nonEmpty(env.QDRANT_TEXT_FIELD) ?? 'text',
  };
}
