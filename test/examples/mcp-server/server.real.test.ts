/**
 * The reference MCP server as a real child process (node dist/server.js), driven by the real MCP
 * SDK client over streamable HTTP. Builds the server first when dist/ is missing or stale.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { chmod, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  RELEASE_VERSION,
  connectClient,
  ensureServerBuilt,
  resultText,
  runServerToExit,
  startServer,
  type RunningServer,
} from '../../helpers/reference-server.js';

let workDir: string;

beforeAll(async () => {
  await ensureServerBuilt();
  workDir = await mkdtemp(join(tmpdir(), 'mcp-server-test-'));
}, 300_000);

afterAll(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

/** A port on 127.0.0.1 nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function newSessionDir(): Promise<string> {
  return mkdtemp(join(workDir, 'sessions-'));
}

describe('reference MCP server, no Qdrant reachable', () => {
  let server: RunningServer;
  let qdrantUrl: string;
  let sessionDir: string;

  beforeAll(async () => {
    sessionDir = await newSessionDir();
    qdrantUrl = `http://127.0.0.1:${await closedPort()}`;
    server = await startServer({ DOT_AI_SESSION_DIR: sessionDir, QDRANT_URL: qdrantUrl });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('answers GET /healthz with 200 {status:"ok", version}', async () => {
    const response = await fetch(new URL('/healthz', server.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(await response.json()).toEqual({ status: 'ok', version: RELEASE_VERSION });
  });

  it('leaves no probe file in the session dir', async () => {
    expect(await readdir(sessionDir)).toEqual([]);
  });

  it('initializes an MCP session at the root path, lists both tools and reports its version', async () => {
    const { client, transport } = await connectClient(server.url);
    try {
      expect(transport.sessionId).toMatch(/^[0-9a-f-]{36}$/);
      expect(client.getServerVersion()).toMatchObject({ name: 'dot-ai-reference-server', version: RELEASE_VERSION });

      const { tools } = await client.listTools();
      expect(tools.map((tool) => tool.name).sort()).toEqual(['search_knowledge', 'version']);
      const search = tools.find((tool) => tool.name === 'search_knowledge');
      expect(search?.inputSchema.required).toEqual(['query']);

      const result = await client.callTool({ name: 'version', arguments: {} });
      expect(result.isError).toBeFalsy();
      expect(result.structuredContent).toMatchObject({ name: 'dot-ai-reference-server', version: RELEASE_VERSION });
      expect(JSON.parse(resultText(result))).toMatchObject({ version: RELEASE_VERSION });
    } finally {
      await client.close();
    }
  });

  it('answers search_knowledge with a tool error naming QDRANT_URL when Qdrant is unreachable', async () => {
    const { client } = await connectClient(server.url);
    try {
      const result = await client.callTool({ name: 'search_knowledge', arguments: { query: 'deployment' } });
      expect(result.isError).toBe(true);
      const text = resultText(result);
      expect(text).toContain(`QDRANT_URL=${qdrantUrl}`);
      expect(text).toMatch(/unreachable.*ECONNREFUSED/);
    } finally {
      await client.close();
    }
  });

  it('keeps sessions apart and rejects an unknown Mcp-Session-Id with 404', async () => {
    const first = await connectClient(server.url);
    const second = await connectClient(server.url);
    try {
      expect(first.transport.sessionId).toBeDefined();
      expect(first.transport.sessionId).not.toEqual(second.transport.sessionId);
    } finally {
      await first.client.close();
      await second.client.close();
    }
    const response = await fetch(server.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        'mcp-session-id': '00000000-0000-0000-0000-000000000000',
      },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    expect(response.status).toBe(404);
  });

  it('forgets a session the client ends with DELETE', async () => {
    const { client, transport } = await connectClient(server.url);
    const sessionId = transport.sessionId ?? '';
    await transport.terminateSession();
    await client.close();
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', 'mcp-session-id': sessionId },
      body: JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'tools/list' }),
    });
    expect(sessionId).not.toBe('');
    expect(response.status).toBe(404);
  });

  it('rejects a non-initialize request without a session with 400, and other paths with 404', async () => {
    const noSession = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    expect(noSession.status).toBe(400);
    expect((await fetch(new URL('/mcp', server.url))).status).toBe(404);
  });
});

describe('reference MCP server, Qdrant not configured', () => {
  it('answers search_knowledge with a tool error saying to set QDRANT_URL', async () => {
    const server = await startServer({ DOT_AI_SESSION_DIR: await newSessionDir() });
    const { client } = await connectClient(server.url);
    try {
      const result = await client.callTool({ name: 'search_knowledge', arguments: { query: 'anything' } });
      expect(result.isError).toBe(true);
      expect(resultText(result)).toMatch(/not configured: set QDRANT_URL/);
    } finally {
      await client.close();
      await server.stop();
    }
  });
});

/**
 * Qdrant itself cannot run on the test machines (its image is not pullable, it is in neither Debian
 * nor npm), so this stand-in answers the one REST call search_knowledge makes, the way Qdrant
 * v1.15 does, and records the requests. The real client library still builds and sends them.
 */
describe('reference MCP server, against a Qdrant stand-in', () => {
  interface Recorded {
    method: string;
    url: string;
    apiKey: string | undefined;
    body: unknown;
  }
  const recorded: Recorded[] = [];
  let standIn: Server;
  let server: RunningServer;
  const apiKey = 'test-api-key-not-a-secret';

  async function readBody(req: IncomingMessage): Promise<unknown> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    return text ? (JSON.parse(text) as unknown) : undefined;
  }

  beforeAll(async () => {
    standIn = createServer((req, res) => {
      void readBody(req).then((body) => {
        const header = req.headers['api-key'];
        recorded.push({ method: req.method ?? '', url: req.url ?? '', apiKey: Array.isArray(header) ? header[0] : header, body });
        res.setHeader('content-type', 'application/json');
        if (req.method === 'POST' && req.url === '/collections/knowledge/points/scroll') {
          res.end(
            JSON.stringify({
              result: {
                points: [{ id: 7, payload: { text: 'Deploy dot-ai with Helm', source: 'docs' } }],
                next_page_offset: null,
              },
              status: 'ok',
              time: 0.001,
            }),
          );
          return;
        }
        res.statusCode = 404;
        res.end(JSON.stringify({ status: { error: 'Not found: Collection does not exist!' }, time: 0.001 }));
      });
    });
    await new Promise<void>((resolve) => standIn.listen(0, '127.0.0.1', resolve));
    const { port } = standIn.address() as AddressInfo;
    server = await startServer({
      DOT_AI_SESSION_DIR: await newSessionDir(),
      QDRANT_URL: `http://127.0.0.1:${port}`,
      QDRANT_API_KEY: apiKey,
    });
  });
  afterAll(async () => {
    await server?.stop();
    await new Promise<void>((resolve) => (standIn ? standIn.close(() => resolve()) : resolve()));
  });

  it('scrolls the collection with a full-text filter, sends the API key, returns the hits', async () => {
    const { client } = await connectClient(server.url);
    try {
      const result = await client.callTool({ name: 'search_knowledge', arguments: { query: 'helm', limit: 3 } });
      expect(result.isError).toBeFalsy();
      const text = resultText(result);
      expect(text).toContain('1 hit(s) in collection "knowledge"');
      expect(text).toContain('Deploy dot-ai with Helm');

      const scroll = recorded.find((r) => r.url === '/collections/knowledge/points/scroll');
      expect(scroll).toMatchObject({
        method: 'POST',
        apiKey,
        body: { filter: { must: [{ key: 'text', match: { text: 'helm' } }] }, limit: 3, with_payload: true },
      });
      // The key travels in the header only, never in what the tool returns.
      expect(text).not.toContain(apiKey);
      expect(server.output()).not.toContain(apiKey);
    } finally {
      await client.close();
    }
  });

  it('names the collection when Qdrant has no such collection', async () => {
    const { client } = await connectClient(server.url);
    try {
      const result = await client.callTool({ name: 'search_knowledge', arguments: { query: 'x', collection: 'missing' } });
      expect(result.isError).toBe(true);
      expect(resultText(result)).toMatch(/QDRANT_URL=http:\/\/127\.0\.0\.1:\d+ has no collection "missing"/);
    } finally {
      await client.close();
    }
  });
});

describe('reference MCP server refuses to start without a writable DOT_AI_SESSION_DIR', () => {
  it('exits 1 naming the directory when it does not exist', async () => {
    const missing = join(workDir, 'does-not-exist');
    const exit = await runServerToExit({ DOT_AI_SESSION_DIR: missing, PORT: '0' });
    expect(exit.code).toBe(1);
    expect(exit.output).toContain(`DOT_AI_SESSION_DIR "${missing}" is not writable (ENOENT)`);
    expect(exit.output).not.toMatch(/listening on port/);
  });

  it('exits 1 naming the directory when it is not writable for the server user', async () => {
    const readOnly = await newSessionDir();
    // root writes anywhere, so as root run the server as nobody against root-owned 0755 dirs
    // (mkdtemp makes 0700 ones, which nobody could not even enter); otherwise make the dir 0555.
    const asRoot = process.getuid?.() === 0;
    await chmod(workDir, 0o755);
    await chmod(readOnly, asRoot ? 0o755 : 0o555);
    const exit = await runServerToExit({ DOT_AI_SESSION_DIR: readOnly, PORT: '0' }, asRoot ? { uid: 65534, gid: 65534 } : {});
    expect(exit.code).toBe(1);
    expect(exit.output).toContain(`DOT_AI_SESSION_DIR "${readOnly}" is not writable (EACCES)`);
    await chmod(readOnly, 0o755);
  });
});
