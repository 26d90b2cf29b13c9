// A plugin with the contract of dot-ai's agentic-tools plugin, small enough to read in one go:
//   GET  /health   -> 200 {"status":"ok"}        (liveness)
//   GET  /ready    -> 200 {"status":"ready"}     (readiness)
//   POST /execute  {"hook":"describe"}           -> {name, version, tools:[...]}
//   POST /execute  {"hook":"invoke", sessionId, payload:{tool, args, state}}
//                  -> {sessionId, success: true, result, state} | {sessionId, success: false, error:{code, message}, state}
// The server (dot-ai, or the reference server) finds it through /etc/dot-ai/plugins.json and asks
// it for the vector database's state; the plugin is the only one that talks to Qdrant (QDRANT_URL).
// No authentication, like dot-ai's plugin: it must only be reachable by the server (a private
// network, a NetworkPolicy).
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { TOOLS } from './tools.js';
import type { QdrantSettings } from './qdrant.js';

const NAME = 'agentic-tools';
const MAX_BODY_BYTES = 1024 * 1024;

const log = (message: string): void => {
  console.error(`[${NAME}] ${message}`);
};

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function packageVersion(): string {
  const parsed = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: unknown };
  return typeof parsed.version === 'string' ? parsed.version : '0.0.0';
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

class BadRequest extends Error {}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BadRequest('Request body too large');
    chunks.push(chunk as Buffer);
  }
  try {
    const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new BadRequest('Request body must be a JSON object');
    return parsed as Record<string, unknown>;
  } catch (error) {
    throw error instanceof BadRequest ? error : new BadRequest('Invalid JSON body');
  }
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return 8080;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be an integer from 0 to 65535, got "${raw}"`);
  return port;
}

async function execute(body: Record<string, unknown>, version: string, qdrant: QdrantSettings): Promise<{ status: number; body: unknown }> {
  if (body.hook === 'describe') return { status: 200, body: { name: NAME, version, tools: TOOLS.map((t) => t.definition) } };
  if (body.hook !== 'invoke') return { status: 400, body: { error: body.hook === undefined ? 'Missing required field: hook' : `Unknown hook: ${String(body.hook)}` } };
  const payload = body.payload as { tool?: unknown; args?: unknown; state?: unknown } | undefined;
  if (!payload || typeof payload.tool !== 'string') return { status: 400, body: { error: 'Missing required field: payload.tool' } };
  const sessionId = typeof body.sessionId === 'string' ? body.sessionId : 'anonymous';
  const state = payload.state && typeof payload.state === 'object' ? payload.state : {};
  const tool = TOOLS.find((t) => t.definition.name === payload.tool);
  if (!tool) {
    return {
      status: 200,
      body: { sessionId, success: false, error: { code: 'UNKNOWN_TOOL', message: `Tool '${payload.tool}' is not implemented`, details: { availableTools: TOOLS.map((t) => t.definition.name) } }, state },
    };
  }
  const args = payload.args && typeof payload.args === 'object' ? (payload.args as Record<string, unknown>) : {};
  return { status: 200, body: { sessionId, success: true, result: await tool.handler(args, qdrant), state } };
}

function main(): void {
  const port = parsePort(process.env.PORT);
  const host = nonEmpty(process.env.HOST) ?? '0.0.0.0';
  const version = packageVersion();
  const qdrant: QdrantSettings = { url: nonEmpty(process.env.QDRANT_URL)?.replace(/\/+$/, ''), apiKey: nonEmpty(process.env.QDRANT_API_KEY), timeoutMs: 5_000 };

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method === 'GET' && path === '/health') return sendJson(res, 200, { status: 'ok' });
    if (req.method === 'GET' && path === '/ready') return sendJson(res, 200, { status: 'ready' });
    if (req.method === 'POST' && path === '/execute') {
      readJson(req)
        .then((body) => execute(body, version, qdrant))
        .then(({ status, body }) => sendJson(res, status, body))
        .catch((error: unknown) => {
          if (error instanceof BadRequest) return sendJson(res, 400, { error: error.message });
          log(`execute failed: ${error instanceof Error ? error.message : String(error)}`);
          sendJson(res, 500, { error: 'Internal error' });
        });
      return;
    }
    sendJson(res, 404, { error: 'Not found' });
  });
  server.requestTimeout = 30_000;
  server.listen(port, host, () => {
    const address = server.address();
    const bound = typeof address === 'object' && address ? address.port : port;
    log(`${NAME} plugin ${version} listening on ${host}:${bound}; Qdrant ${qdrant.url ?? 'not configured (QDRANT_URL unset)'}`);
  });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      log(`${signal} received, closing`);
      server.closeAllConnections();
      server.close(() => process.exit(0));
    });
  }
}

try {
  main();
} catch (error) {
  log(`cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
