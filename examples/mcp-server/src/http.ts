// HTTP routing: GET /healthz and the protected-resource metadata without authentication; every
// other request needs the Bearer token (auth.ts), then the MCP streamable HTTP endpoint is at the
// root path "/". Sessions are stateful and in memory: one transport (and one McpServer) per
// Mcp-Session-Id, so more than one replica needs session affinity, exactly as with dot-ai.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { isInitializeRequest } from '@modelcontextprotocol/sdk/types.js';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { authenticate, unauthorizedBody, wwwAuthenticate } from './auth.js';

/** Largest JSON-RPC request body accepted; MCP requests of these tools are tiny. */
const MAX_BODY_BYTES = 1024 * 1024;

export interface HttpDeps {
  version: string;
  /** DOT_AI_AUTH_TOKEN; undefined: every request but /healthz is refused (dot-ai has no open mode). */
  authToken: string | undefined;
  /** Base URL named in 401 answers; undefined: http://localhost:<the port listened on>. */
  externalUrl: string | undefined;
  newMcpServer: () => McpServer;
  log: (message: string) => void;
}

export interface McpHttpServer {
  server: Server;
  /** Closes every open MCP session, then the listener. */
  close: () => Promise<void>;
}

/** On every answer, as dot-ai sends them: browser-based MCP clients may call from another origin. */
const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, DELETE, OPTIONS',
  'access-control-allow-headers': 'Content-Type, X-Session-Id, Mcp-Session-Id, Authorization, X-Dot-AI-Authorization',
};

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** A JSON-RPC error response with no request id, as the transport itself uses for transport-level errors. */
function sendRpcError(res: ServerResponse, status: number, code: number, message: string): void {
  sendJson(res, status, { jsonrpc: '2.0', error: { code, message }, id: null });
}

class BodyTooLarge extends Error {}

async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(buf);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
}

function isInitialize(body: unknown): boolean {
  return Array.isArray(body) ? body.some((m) => isInitializeRequest(m)) : isInitializeRequest(body);
}

export function createMcpHttpServer(deps: HttpDeps): McpHttpServer {
  const sessions = new Map<string, StreamableHTTPServerTransport>();

  async function startSession(req: IncomingMessage, res: ServerResponse, body: unknown): Promise<void> {
    const transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (id) => {
        sessions.set(id, transport);
      },
    });
    transport.onclose = () => {
      if (transport.sessionId) sessions.delete(transport.sessionId);
    };
    await deps.newMcpServer().connect(transport);
    await transport.handleRequest(req, res, body);
  }

  async function handleMcp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const header = req.headers['mcp-session-id'];
    const sessionId = Array.isArray(header) ? header[0] : header;

    if (sessionId !== undefined) {
      const transport = sessions.get(sessionId);
      // The spec asks for 404 on an unknown session so the client starts a new one.
      if (!transport) return sendRpcError(res, 404, -32001, 'Session not found');
      if (req.method === 'POST') {
        let body: unknown;
        try {
          body = await readJsonBody(req);
        } catch (error) {
          return error instanceof BodyTooLarge
            ? sendRpcError(res, 413, -32600, 'Request body too large')
            : sendRpcError(res, 400, -32700, 'Parse error');
        }
        return transport.handleRequest(req, res, body);
      }
      // GET opens the server-to-client SSE stream, DELETE ends the session.
      return transport.handleRequest(req, res);
    }

    if (req.method !== 'POST') {
      return sendRpcError(res, 400, -32000, 'Bad Request: Mcp-Session-Id header is required');
    }
    let body: unknown;
    try {
      body = await readJsonBody(req);
    } catch (error) {
      return error instanceof BodyTooLarge
        ? sendRpcError(res, 413, -32600, 'Request body too large')
        : sendRpcError(res, 400, -32700, 'Parse error');
    }
    if (!isInitialize(body)) {
      return sendRpcError(res, 400, -32000, 'Bad Request: no valid session ID provided and not an initialize request');
    }
    return startSession(req, res, body);
  }

  function baseUrl(): string {
    if (deps.externalUrl) return deps.externalUrl;
    const address = server.address();
    return `http://localhost:${typeof address === 'object' && address ? address.port : 3456}`;
  }

  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(CORS_HEADERS)) res.setHeader(name, value);
    const url = req.url ?? '/';
    const path = new URL(url, 'http://localhost').pathname;
    // Open: exactly GET /healthz (no query string, no HEAD), as dot-ai; anything else goes through auth.
    if (req.method === 'GET' && url === '/healthz') return sendJson(res, 200, { status: 'ok', version: deps.version });
    if (req.method === 'OPTIONS') {
      res.writeHead(204);
      res.end();
      return;
    }
    if (req.method === 'GET' && path === '/.well-known/oauth-protected-resource') {
      // RFC 9728 metadata the 401s point at: the resource and how to send the token. No
      // authorization server: the token is static (DOT_AI_AUTH_TOKEN), clients are given it.
      return sendJson(res, 200, { resource: `${baseUrl()}/`, bearer_methods_supported: ['header'] });
    }
    const auth = authenticate(req.headers, deps.authToken);
    if (!auth.ok) {
      req.resume();
      return sendJson(res, 401, unauthorizedBody(auth.message), { 'www-authenticate': wwwAuthenticate(baseUrl()) });
    }
    if (path !== '/') return sendJson(res, 404, { error: 'not found' });
    handleMcp(req, res).catch((error: unknown) => {
      deps.log(`MCP request failed: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) sendRpcError(res, 500, -32603, 'Internal server error');
      else res.end();
    });
  });

  async function close(): Promise<void> {
    await Promise.allSettled([...sessions.values()].map((t) => t.close()));
    sessions.clear();
    // Open SSE streams would keep server.close() waiting forever.
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  return { server, close };
}
