/**
 * Servers the probe tests talk to. Real ones: the reference server (test/mcp-server helpers),
 * @modelcontextprotocol/server-everything from the npm registry (a server we did not write), and
 * MCP servers made here with the official SDK's server side (stateless, no tools). Fault injection
 * only: an auth proxy and a round-robin proxy in front of real servers, a health endpoint that never
 * turns ready, a server that stalls mid-response, an endless SSE stream.
 */
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { copyFile, mkdir, rm, stat } from 'node:fs/promises';
import { createServer, request, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';

export interface Listening {
  port: number;
  /** http://127.0.0.1:PORT/ */
  url: string;
  close(): Promise<void>;
}

/** A node:http server on 127.0.0.1 and a port the OS picks. */
export async function listen(handler: RequestListener): Promise<Listening> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port on 127.0.0.1 nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = await listen(() => undefined);
  await server.close();
  return server.port;
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as unknown) : undefined;
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

// ---------------------------------------------------------------- real MCP servers made with the SDK

/**
 * A stateless MCP server (no Mcp-Session-Id, JSON responses, GET and DELETE answered 405), as the
 * SDK documents it: a new server and transport per request. At `path` (default /mcp); `/healthz` too.
 */
export function statelessServer(options: { path?: string; version?: string; tools?: 'version' | 'none' } = {}): Promise<Listening> {
  const path = options.path ?? '/mcp';
  const newServer = (): Server | McpServer => {
    if (options.tools === 'none') {
      // A server that declares tools but has none: tools/list answers an empty list.
      const server = new Server({ name: 'probe-test-empty', version: options.version ?? '0.0.1' }, { capabilities: { tools: {} } });
      server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: [] }));
      return server;
    }
    const server = new McpServer({ name: 'probe-test-stateless', version: options.version ?? '0.0.1' });
    server.registerTool('version', { description: 'The version this server runs' }, async () => ({
      content: [{ type: 'text', text: JSON.stringify({ version: options.version ?? '0.0.1' }) }],
    }));
    return server;
  };
  return listen((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/healthz') return json(res, 200, { status: 'ok' });
    if (url.pathname !== path) return json(res, 404, { error: 'not found' });
    if (req.method !== 'POST') return json(res, 405, { jsonrpc: '2.0', error: { code: -32000, message: 'Method not allowed' }, id: null });
    void (async () => {
      const body = await readBody(req);
      const server = newServer();
      const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
      res.on('close', () => {
        void transport.close();
        void server.close();
      });
      await server.connect(transport);
      await transport.handleRequest(req, res, body);
    })().catch(() => {
      if (!res.headersSent) json(res, 500, { error: 'internal' });
      else res.end();
    });
  });
}

/**
 * A stateless server whose version tool answers dot-ai's shape, with the vector DB connected only
 * from its `connectedFrom`-th call on (dot-ai finds its plugin in the background, after it starts).
 */
export function settlingServer(connectedFrom: number): Promise<Listening & { calls(): number }> {
  let calls = 0;
  const newServer = (): McpServer => {
    const server = new McpServer({ name: 'probe-test-settling', version: '2.2.2' });
    server.registerTool('version', { description: 'Version and system status' }, async () => {
      calls++;
      const connected = calls >= connectedFrom;
      const report = { status: 'success', system: { version: { version: '2.2.2' }, vectorDB: { connected, url: connected ? 'http://qdrant:6333' : 'unknown' } } };
      return { content: [{ type: 'text', text: JSON.stringify(report, null, 2) }] };
    });
    return server;
  };
  return listen((req, res) => {
    if (req.method !== 'POST') return json(res, 405, { jsonrpc: '2.0', error: { code: -32000, message: 'Method not allowed' }, id: null });
    void (async () => {
      const body = await readBody(req);
      const server = newServer();
      const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
      res.on('close', () => {
        void transport.close();
        void server.close();
      });
      await server.connect(transport);
      await transport.handleRequest(req, res, body);
    })().catch(() => {
      if (!res.headersSent) json(res, 500, { error: 'internal' });
      else res.end();
    });
  }).then((listening) => ({ ...listening, calls: () => calls }));
}

// ---------------------------------------------------------------- fault injection

/** /healthz answers 503 {"status":"starting"} for ever. */
export const healthNeverReady: RequestListener = (_req, res) => json(res, 503, { status: 'starting' });

/** Answers every POST with headers and the first bytes of a JSON body, then nothing (the socket stays open). */
export const stallsMidResponse: RequestListener = (req, res) => {
  req.resume();
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': '400' });
  res.write('{"jsonrpc":"2.0","re');
};

/**
 * Answers every POST with an SSE stream that never carries the response: a notification and a
 * comment every `everyMs`, each `padding` bytes long, until the client goes away.
 */
export function endlessSse(everyMs: number, padding = 0): RequestListener {
  return (req, res) => {
    req.resume();
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    const note = JSON.stringify({ jsonrpc: '2.0', method: 'notifications/message', params: { level: 'info', data: `still working ${'.'.repeat(padding)}` } });
    const timer = setInterval(() => res.write(`event: message\ndata: ${note}\n\n: keep-alive\n\n`), everyMs);
    res.on('close', () => clearInterval(timer));
  };
}

/** Answers every POST with an SSE stream of two notifications and then ends it (`end`) or drops the connection (`drop`). */
export function sseWithoutResponse(how: 'end' | 'drop'): RequestListener {
  return (req, res) => {
    req.resume();
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    const note = JSON.stringify({ jsonrpc: '2.0', method: 'notifications/message', params: { level: 'info', data: 'working' } });
    res.write(`event: message\ndata: ${note}\n\nevent: message\ndata: ${note}\n\n`);
    setTimeout(() => (how === 'end' ? res.end() : res.socket?.destroy()), 50);
  };
}

function forward(req: IncomingMessage, res: ServerResponse, upstream: URL): void {
  const upstreamRequest = request(
    { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: { ...req.headers, host: upstream.host } },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstreamRequest.on('error', () => {
    if (!res.headersSent) json(res, 502, { error: 'upstream unreachable' });
    else res.destroy();
  });
  res.on('close', () => upstreamRequest.destroy());
  req.pipe(upstreamRequest);
}

/** An auth gateway in front of a real server: /healthz is open, everything else needs `Bearer token`. */
export function bearerAuthProxy(upstream: string, token: string): RequestListener {
  const target = new URL(upstream);
  return (req, res) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== '/healthz' && req.headers.authorization !== `Bearer ${token}`) {
      req.resume();
      return json(res, 401, { error: 'missing or wrong bearer token' }, { 'www-authenticate': 'Bearer realm="probe-test"' });
    }
    forward(req, res, target);
  };
}

/** A Service without session affinity: each request goes to the next replica in turn. */
export function roundRobinProxy(upstreams: string[]): RequestListener {
  let next = 0;
  return (req, res) => forward(req, res, new URL(upstreams[next++ % upstreams.length] as string));
}

/** Routing that moves mid-session: the first `n` requests go to the first replica, later ones to the second. */
export function movesAfter(n: number, upstreams: [string, string]): RequestListener {
  let seen = 0;
  return (req, res) => forward(req, res, new URL(upstreams[seen++ < n ? 0 : 1]));
}

// ---------------------------------------------------------------- @modelcontextprotocol/server-everything

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), 'fixtures/server-everything');
export const EVERYTHING_VERSION = (JSON.parse(readFileSync(join(FIXTURE, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies[
  '@modelcontextprotocol/server-everything'
] as string;

function run(command: string, args: string[], cwd: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd, timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} ${args.join(' ')} (in ${cwd}) failed: ${error.message}\n${stdout}\n${stderr}`));
      else resolve();
    });
  });
}

/**
 * Installs the pinned server-everything from the npm registry (`npm ci` of the fixture's lock file)
 * into the machine's cache, keyed by the lock file, once; returns its entry script. Not a dependency
 * of this repository: it is a server under test, with its own dependency tree.
 */
export async function installServerEverything(): Promise<string> {
  const lock = readFileSync(join(FIXTURE, 'package-lock.json'));
  const key = createHash('sha256').update(lock).digest('hex').slice(0, 12);
  const dir = join(process.env.DOT_AI_RELEASE_CACHE ?? '/var/cache/dot-ai-release', 'npm', `server-everything-${EVERYTHING_VERSION}-${key}`);
  const entry = join(dir, 'node_modules/@modelcontextprotocol/server-everything/dist/index.js');
  const done = join(dir, '.installed');
  if (existsSync(done)) return entry;
  mkdirSync(dirname(dir), { recursive: true });
  const lockDir = `${dir}.lock`;
  const deadline = Date.now() + 5 * 60_000;
  for (;;) {
    try {
      await mkdir(lockDir);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (existsSync(done)) return entry;
      const age = Date.now() - (await stat(lockDir).then((s) => s.mtimeMs, () => Date.now()));
      if (age > 10 * 60_000) await rm(lockDir, { recursive: true, force: true }); // left by a killed run
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${lockDir}`, { cause: error });
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    if (!existsSync(done)) {
      await mkdir(dir, { recursive: true });
      await copyFile(join(FIXTURE, 'package.json'), join(dir, 'package.json'));
      await copyFile(join(FIXTURE, 'package-lock.json'), join(dir, 'package-lock.json'));
      await run('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], dir, 5 * 60_000);
      if (!existsSync(entry)) throw new Error(`npm ci in ${dir} did not install ${entry}`);
      writeFileSync(done, `${new Date().toISOString()}\n`);
    }
  } finally {
    await rm(lockDir, { recursive: true, force: true });
  }
  return entry;
}

export interface ChildServer extends Listening {
  output(): string;
}

/** Starts server-everything's streamable HTTP mode (MCP at /mcp) on a free port; resolves once it listens. */
export async function startServerEverything(entry: string): Promise<ChildServer> {
  const port = await closedPort();
  const child = spawn(process.execPath, [entry, 'streamableHttp'], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error('server-everything did not listen within 20 s')), 20_000);
    function fail(error: Error) {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${error.message}; output:\n${output}`));
    }
    const onData = (d: Buffer) => {
      output += d.toString();
      if (output.includes(`listening on port ${port}`)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => fail(new Error(`server-everything exited with ${String(code)}`)));
  });
  return {
    port,
    url: `http://127.0.0.1:${port}/`,
    output: () => output,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}
