// Settings read from the environment once at start-up. Names match dot-ai's, so the same
// Helm values, Compose files and manifests configure both servers.
import { readFileSync } from 'node:fs';

export interface ServerConfig {
  /** TCP port of the MCP endpoint and /healthz. */
  port: number;
  /** Directory dot-ai keeps session files in; must be writable or the server refuses to start. */
  sessionDir: string;
  /** Release version this build reports (image build arg APP_VERSION, else package.json). */
  version: string;
  /** Qdrant endpoint; undefined when not configured (search_knowledge then answers with a tool error). */
  qdrantUrl: string | undefined;
  /** Qdrant API key, if the instance requires one. Never logged. */
  qdrantApiKey: string | undefined;
  /** Collection search_knowledge reads when the caller names none. */
  qdrantCollection: string;
  /** Payload field holding the text that search_knowledge matches. */
  qdrantTextField: string;
}

export const SERVER_NAME = 'dot-ai-reference-server';

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

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    port: parsePort(env.PORT),
    sessionDir: nonEmpty(env.DOT_AI_SESSION_DIR) ?? '/app/sessions',
    version: nonEmpty(env.APP_VERSION) ?? packageVersion(),
    qdrantUrl: nonEmpty(env.QDRANT_URL),
    qdrantApiKey: nonEmpty(env.QDRANT_API_KEY),
    qdrantCollection: nonEmpty(env.QDRANT_COLLECTION) ?? 'knowledge',
    qdrantTextField: nonEmpty(env.QDRANT_TEXT_FIELD) ?? 'text',
  };
}
