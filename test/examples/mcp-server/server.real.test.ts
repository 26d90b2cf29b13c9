/**
 * The reference MCP server as a real child process (node dist/server.js), driven by the real MCP
 * SDK client over streamable HTTP: dot-ai's Bearer-token contract (every 401 as dot-ai answers it),
 * the session directory, and the `version` report with the vector database seen through the REAL
 * reference plugin (examples/mcp-plugin) in front of the Qdrant stand-in, both as processes.
 * Builds the server and the plugin first when dist/ is missing or stale.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { chmod, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import {
  REFERENCE_TOKEN,
  RELEASE_VERSION,
  connectClient,
  ensurePluginBuilt,
  ensureServerBuilt,
  resultText,
  runServerToExit,
  startPlugin,
  startQdrantStandIn,
  startServer,
  versionReport,
  type RunningServer,
} from '../../helpers/reference-server.js';

let workDir: string;

beforeAll(async () => {
  await ensureServerBuilt();
  await ensurePluginBuilt();
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

  it('initializes an MCP session at the root path, lists both tools and reports its version the way dot-ai does', async () => {
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
      // One text block of indented JSON, no structured content: dot-ai's answer.
      expect(result.structuredContent).toBeUndefined();
      expect(resultText(result)).toContain(`"version": "${RELEASE_VERSION}"`);
      const report = await versionReport(client);
      expect(report).toMatchObject({
        status: 'success',
        identity: { userId: 'anonymous', groups: [], source: 'token' },
        system: { version: { version: RELEASE_VERSION, nodeVersion: process.version }, vectorDB: { connected: false, url: 'unknown' } },
        summary: { overall: 'degraded' },
      });
      // No plugins file: no plugins key, as dot-ai.
      expect(report.system.plugins).toBeUndefined();
      expect(report.system.vectorDB.error).toMatch(/plugins\.json/);
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
        authorization: `Bearer ${REFERENCE_TOKEN}`,
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
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', 'mcp-session-id': sessionId, authorization: `Bearer ${REFERENCE_TOKEN}` },
      body: JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'tools/list' }),
    });
    expect(sessionId).not.toBe('');
    expect(response.status).toBe(404);
  });

  it('rejects a non-initialize request without a session with 400, and other paths with 404', async () => {
    const noSession = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', authorization: `Bearer ${REFERENCE_TOKEN}` },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    expect(noSession.status).toBe(400);
    expect((await fetch(new URL('/mcp', server.url), { headers: { authorization: `Bearer ${REFERENCE_TOKEN}` } })).status).toBe(404);
  });
});

/** A raw POST of an MCP initialize with the given headers: what a client without the SDK sends. */
async function postInitialize(url: string, headers: Record<string, string>, method = 'POST'): Promise<Response> {
  return fetch(url, {
    method,
    headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers },
    body: method === 'POST' ? JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'curl', version: '1' } } }) : undefined,
  });
}

/** The 401 dot-ai answers: status, JSON content type, WWW-Authenticate pointing at the metadata, its envelope and message. */
async function expectUnauthorized(response: Response, message: string, base: string): Promise<void> {
  expect(response.status).toBe(401);
  expect(response.headers.get('content-type')).toBe('application/json');
  expect(response.headers.get('www-authenticate')).toBe(`Bearer resource_metadata="${base}/.well-known/oauth-protected-resource"`);
  expect(await response.json()).toEqual({ success: false, error: { code: 'UNAUTHORIZED', message } });
}

describe('reference MCP server, authentication as dot-ai >= 1.6', () => {
  let server: RunningServer;
  let base: string;
  beforeAll(async () => {
    server = await startServer({ DOT_AI_SESSION_DIR: await newSessionDir() });
    base = `http://localhost:${server.port}`;
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('refuses a request without credentials, naming the header to send', async () => {
    await expectUnauthorized(await postInitialize(server.url, {}), 'Authentication required. Provide Authorization: Bearer <token> header.', base);
  });

  it('refuses a wrong token, of any length', async () => {
    for (const token of ['x', `${REFERENCE_TOKEN}x`, REFERENCE_TOKEN.slice(0, -1)]) {
      await expectUnauthorized(await postInitialize(server.url, { authorization: `Bearer ${token}` }), 'Invalid authentication token.', base);
    }
  });

  it('refuses another scheme and a Bearer without a token', async () => {
    for (const header of ['Basic abc', 'Bearer', REFERENCE_TOKEN]) {
      await expectUnauthorized(await postInitialize(server.url, { authorization: header }), 'Invalid authorization format. Expected: Bearer <token>', base);
    }
  });

  it('takes the scheme in any case, and X-Dot-AI-Authorization as well as Authorization', async () => {
    expect((await postInitialize(server.url, { authorization: `bEaReR ${REFERENCE_TOKEN}` })).status).toBe(200);
    expect((await postInitialize(server.url, { 'x-dot-ai-authorization': `Bearer ${REFERENCE_TOKEN}` })).status).toBe(200);
  });

  it('prefers X-Dot-AI-Authorization when both headers are sent', async () => {
    await expectUnauthorized(
      await postInitialize(server.url, { 'x-dot-ai-authorization': 'Bearer wrong', authorization: `Bearer ${REFERENCE_TOKEN}` }),
      'Invalid authentication token.',
      base,
    );
    expect((await postInitialize(server.url, { 'x-dot-ai-authorization': `Bearer ${REFERENCE_TOKEN}`, authorization: 'Bearer wrong' })).status).toBe(200);
  });

  it('checks every request, not only initialize: a session without the token is refused', async () => {
    const { client, transport } = await connectClient(server.url);
    try {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', 'mcp-session-id': transport.sessionId ?? '' },
        body: JSON.stringify({ jsonrpc: '2.0', id: 9, method: 'tools/list' }),
      });
      await expectUnauthorized(response, 'Authentication required. Provide Authorization: Bearer <token> header.', base);
    } finally {
      await client.close();
    }
  });

  it('surfaces as a 401 in the official SDK client', async () => {
    await expect(connectClient(server.url, null)).rejects.toThrow(/401|Authentication required/);
    await expect(connectClient(server.url, 'wrong')).rejects.toThrow(/401|Invalid authentication token/);
  });

  it('leaves exactly GET /healthz open (HEAD and a query string go through auth), answers OPTIONS and the metadata', async () => {
    expect((await fetch(new URL('/healthz', server.url))).status).toBe(200);
    const head = await fetch(new URL('/healthz', server.url), { method: 'HEAD' });
    expect([head.status, head.headers.get('www-authenticate')]).toEqual([401, `Bearer resource_metadata="${base}/.well-known/oauth-protected-resource"`]);
    await expectUnauthorized(await fetch(new URL('/healthz?x=1', server.url)), 'Authentication required. Provide Authorization: Bearer <token> header.', base);
    const options = await fetch(server.url, { method: 'OPTIONS' });
    expect(options.status).toBe(204);
    expect(options.headers.get('access-control-allow-headers')).toContain('X-Dot-AI-Authorization');
    const metadata = await fetch(new URL('/.well-known/oauth-protected-resource', server.url));
    expect(await metadata.json()).toEqual({ resource: `${base}/`, bearer_methods_supported: ['header'] });
  });

  it('never writes the token to its output', () => {
    expect(server.output()).not.toContain(REFERENCE_TOKEN);
    expect(server.output()).toMatch(/auth Bearer token/);
  });
});

describe('reference MCP server without DOT_AI_AUTH_TOKEN', () => {
  it('starts, says so, and refuses every request but /healthz, even one with a token', async () => {
    const server = await startServer({ DOT_AI_SESSION_DIR: await newSessionDir(), DOT_AI_AUTH_TOKEN: '', DOT_AI_EXTERNAL_URL: 'https://dot-ai.example.com/' });
    try {
      expect(server.output()).toMatch(/DOT_AI_AUTH_TOKEN is not set: every MCP request will be refused with 401/);
      expect((await fetch(new URL('/healthz', server.url))).status).toBe(200);
      const message = 'Authentication is not configured. Set DOT_AI_AUTH_TOKEN in your deployment.';
      // DOT_AI_EXTERNAL_URL is the base the 401 points clients to.
      await expectUnauthorized(await postInitialize(server.url, {}), message, 'https://dot-ai.example.com');
      await expectUnauthorized(await postInitialize(server.url, { authorization: `Bearer ${REFERENCE_TOKEN}` }), message, 'https://dot-ai.example.com');
    } finally {
      await server.stop();
    }
  });
});

describe('reference MCP server and its agentic-tools plugin in front of the Qdrant stand-in', () => {
  let qdrant: RunningServer;
  let plugin: RunningServer;
  let server: RunningServer;
  let pluginsFile: string;
  const qdrantKey = 'test-qdrant-key-not-a-secret';

  beforeAll(async () => {
    qdrant = await startQdrantStandIn(await mkdtemp(join(workDir, 'qdrant-')), qdrantKey);
    plugin = await startPlugin({ QDRANT_URL: `http://127.0.0.1:${qdrant.port}`, QDRANT_API_KEY: qdrantKey });
    pluginsFile = join(workDir, 'plugins.json');
    await writeFile(pluginsFile, JSON.stringify([{ name: 'agentic-tools', url: `http://127.0.0.1:${plugin.port}` }]));
    // The knowledge base exists with two documents; capabilities and resources do not.
    const headers = { 'content-type': 'application/json', 'api-key': qdrantKey };
    await fetch(`http://127.0.0.1:${qdrant.port}/collections/knowledge-base`, { method: 'PUT', headers, body: JSON.stringify({ vectors: { size: 4, distance: 'Cosine' } }) });
    await fetch(`http://127.0.0.1:${qdrant.port}/collections/knowledge-base/points`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ points: [{ id: 1, vector: [0, 0, 0, 1], payload: { text: 'a' } }, { id: 2, vector: [0, 0, 1, 0], payload: { text: 'b' } }] }),
    });
    server = await startServer({ DOT_AI_SESSION_DIR: await newSessionDir(), REFERENCE_SERVER_PLUGINS_FILE: pluginsFile, DOT_AI_TELEMETRY: 'false' });
  });
  afterAll(async () => {
    await server?.stop();
    await plugin?.stop();
    await qdrant?.stop();
  });

  it('discovers the plugin at start and says telemetry is off', () => {
    expect(server.output()).toMatch(/plugin agentic-tools 1\.0\.0 discovered at http:\/\/127\.0\.0\.1:\d+: 2 tool\(s\)/);
    expect(server.output()).toContain('telemetry off (DOT_AI_TELEMETRY)');
  });

  it('reports the vector database connected through the plugin, with its URL, collections and the plugin', async () => {
    const { client } = await connectClient(server.url);
    try {
      const report = await versionReport(client);
      expect(report.system.vectorDB).toEqual({
        connected: true,
        url: `http://127.0.0.1:${qdrant.port}`,
        collections: {
          capabilities: { exists: false, error: 'capabilities collection does not exist' },
          resources: { exists: false, error: 'resources collection does not exist' },
          knowledgeBase: { exists: true, documentsCount: 2 },
        },
      });
      expect(report.system.plugins).toEqual({
        pluginCount: 1,
        toolCount: 2,
        plugins: [{ name: 'agentic-tools', version: '1.0.0', toolCount: 2 }],
        pendingDiscovery: [],
        backgroundDiscoveryActive: false,
      });
      expect(report.summary.overall).toBe('healthy');
      expect(resultText(await client.callTool({ name: 'version', arguments: {} }))).not.toContain(qdrantKey);
    } finally {
      await client.close();
    }
  });

  it('reports Qdrant disconnected, naming why, when the plugin answers but Qdrant does not', async () => {
    const lonely = await startPlugin({ QDRANT_URL: `http://127.0.0.1:${await closedPort()}` });
    const file = join(workDir, 'plugins-dead-qdrant.json');
    await writeFile(file, JSON.stringify([{ name: 'agentic-tools', url: `http://127.0.0.1:${lonely.port}` }]));
    const other = await startServer({ DOT_AI_SESSION_DIR: await newSessionDir(), REFERENCE_SERVER_PLUGINS_FILE: file });
    const { client } = await connectClient(other.url);
    try {
      const report = await versionReport(client);
      expect(report.system.vectorDB).toMatchObject({ connected: false, url: 'unknown' });
      expect(report.system.vectorDB.error).toMatch(/Qdrant is unreachable at http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\)/);
      expect(report.system.plugins?.pluginCount).toBe(1);
      expect(report.summary.overall).toBe('degraded');
    } finally {
      await client.close();
      await other.stop();
      await lonely.stop();
    }
  });

  it('keeps an unreachable plugin pending, reports the vector DB unavailable, and picks nothing up it cannot reach', async () => {
    const file = join(workDir, 'plugins-nobody.json');
    await writeFile(file, JSON.stringify([{ name: 'agentic-tools', url: `http://127.0.0.1:${await closedPort()}` }]));
    const other = await startServer({ DOT_AI_SESSION_DIR: await newSessionDir(), REFERENCE_SERVER_PLUGINS_FILE: file });
    const { client } = await connectClient(other.url);
    try {
      const report = await versionReport(client);
      expect(report.system.vectorDB).toMatchObject({ connected: false, url: 'unknown', error: "Plugin 'agentic-tools' is not available" });
      expect(report.system.plugins).toMatchObject({ pluginCount: 0, toolCount: 0, plugins: [], pendingDiscovery: ['agentic-tools'] });
      expect(report.summary.overall).toBe('degraded');
      expect(other.output()).toMatch(/plugin agentic-tools not discovered yet \(ECONNREFUSED\)/);
    } finally {
      await client.close();
      await other.stop();
    }
  });
});

describe('reference MCP server refuses bad plugin lists', () => {
  it('exits 1 when a required plugin cannot be discovered', async () => {
    const file = join(workDir, 'plugins-required.json');
    await writeFile(file, JSON.stringify([{ name: 'agentic-tools', url: `http://127.0.0.1:${await closedPort()}`, required: true }]));
    const exit = await runServerToExit({ DOT_AI_SESSION_DIR: await newSessionDir(), PORT: '0', REFERENCE_SERVER_PLUGINS_FILE: file });
    expect(exit.code).toBe(1);
    expect(exit.output).toMatch(/cannot start: required plugin\(s\) not discovered: agentic-tools at http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\)/);
  });

  it.each([
    ['not JSON', '[{', /not JSON/],
    ['not an array', '{"name":"a"}', /expected a JSON array/],
    ['an entry without url', '[{"name":"agentic-tools"}]', /entry 0 \(agentic-tools\): "url" must be an http\(s\) URL/],
    ['a name twice', '[{"name":"a","url":"http://a"},{"name":"a","url":"http://b"}]', /entry 1: plugin "a" is listed twice/],
  ])('exits 1 naming the file when it is %s', async (_what, content, message) => {
    const file = join(workDir, `plugins-bad-${Math.random().toString(16).slice(2)}.json`);
    await writeFile(file, content);
    const exit = await runServerToExit({ DOT_AI_SESSION_DIR: await newSessionDir(), PORT: '0', REFERENCE_SERVER_PLUGINS_FILE: file });
    expect(exit.code).toBe(1);
    expect(exit.output).toContain(`cannot start: ${file}: `);
    expect(exit.output).toMatch(message);
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
    expect(exit.output).toContain(`DOT_AI_SESSION_DIR "${missing}" is not writable (ENOENT: it does not exist)`);
    expect(exit.output).not.toMatch(/listening on port/);
  });

  it('exits 1 saying so when DOT_AI_SESSION_DIR is not set', async () => {
    const exit = await runServerToExit({ PORT: '0' });
    expect(exit.code).toBe(1);
    expect(exit.output).toContain('cannot start: DOT_AI_SESSION_DIR is not set');
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
