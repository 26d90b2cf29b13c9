/**
 * Small misbehaving HTTP servers of our own, to inject what a real registry never does on request:
 * redirects and upload locations on other hosts, garbage answers, bodies that never end or trickle,
 * connections accepted and never answered, connections never accepted.
 *
 * Each server listens on a loopback address chosen by the test: 127.0.0.1, or 127.0.0.2 /
 * 127.0.0.3 as "another host" (a different origin to the client; Linux routes all of 127.0.0.0/8
 * to the loopback interface). Every request a server receives is recorded (method, path, headers,
 * body), so a test can assert exactly what each host saw, credentials included.
 *
 * A server can also forward to a real registry (`forwardTo`), so a test tampers with one answer
 * while the rest of the exchange is the real thing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import { connect, createServer as createTcpServer, type Server as TcpServer, type Socket } from 'node:net';

export interface ReceivedRequest {
  method: string;
  /** Path with its query string, as sent. */
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface UpstreamAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export type Handler = (req: ReceivedRequest, res: ServerResponse, server: HostileServer) => void | Promise<void>;
type PathMatcher = string | RegExp | ((path: string) => boolean);

export interface HostileServer {
  address: string;
  port: number;
  /** `address:port`, usable as a registry host. */
  host: string;
  /** `http://address:port`. */
  origin: string;
  /** Every request received, in order. */
  received: ReceivedRequest[];
  /** Script an answer: the first route whose method and path match answers; `times` limits how often. */
  on(method: string, path: PathMatcher, handler: Handler, times?: number): HostileServer;
  /** Requests no route matches go to this registry (`host:port`) and its answer is relayed. */
  forwardTo(upstream: string): HostileServer;
  /** Send `req` to the upstream registry and return its answer, to relay as is or tampered with. */
  forward(req: ReceivedRequest): Promise<UpstreamAnswer>;
  stop(): Promise<void>;
}

interface Route {
  method: string;
  path: PathMatcher;
  handler: Handler;
  remaining: number;
}

function matches(matcher: PathMatcher, path: string): boolean {
  if (typeof matcher === 'string') return matcher === path || matcher === path.split('?')[0];
  if (matcher instanceof RegExp) return matcher.test(path);
  return matcher(path);
}

async function listen(server: Server | TcpServer, address: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, address, () => {
      const info = server.address();
      resolve(typeof info === 'object' && info ? info.port : 0);
    });
  });
}

/** A scripted HTTP server on `address` (127.0.0.1 by default; 127.0.0.2 for "another host"). */
export async function startHostileServer(address = '127.0.0.1'): Promise<HostileServer> {
  const routes: Route[] = [];
  const received: ReceivedRequest[] = [];
  let upstream: string | undefined;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const record: ReceivedRequest = { method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers, body: Buffer.concat(chunks) };
      received.push(record);
      const route = routes.find((r) => r.remaining > 0 && r.method === record.method && matches(r.path, record.path));
      if (route) {
        route.remaining--;
        Promise.resolve(route.handler(record, res, hostile)).catch((error: unknown) => {
          res.destroy(error as Error);
        });
        return;
      }
      if (upstream) {
        hostile.forward(record).then(
          (answer) => relay(res, answer),
          () => res.destroy(),
        );
        return;
      }
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ code: 'NAME_UNKNOWN', message: `no route for ${record.method} ${record.path}` }] }));
    });
  });
  // Keep-alive connections must not keep stop() waiting.
  server.keepAliveTimeout = 1000;
  const port = await listen(server, address);
  const hostile: HostileServer = {
    address,
    port,
    host: `${address}:${port}`,
    origin: `http://${address}:${port}`,
    received,
    on(method, path, handler, times = Infinity) {
      routes.push({ method, path, handler, remaining: times });
      return hostile;
    },
    forwardTo(target) {
      upstream = target;
      return hostile;
    },
    forward(req) {
      if (!upstream) throw new Error('forward: no upstream (call forwardTo first)');
      const [host, upstreamPort] = upstream.split(':') as [string, string];
      return new Promise((resolve, reject) => {
        // The Host header stays ours: the registry builds its Location URLs from it, so they point back here.
        const headers = { ...req.headers };
        const out = httpRequest({ host, port: Number(upstreamPort), method: req.method, path: req.path, headers }, (answer) => {
          const body: Buffer[] = [];
          answer.on('data', (c: Buffer) => body.push(c));
          answer.on('end', () => resolve({ status: answer.statusCode ?? 502, headers: answer.headers, body: Buffer.concat(body) }));
          answer.on('error', reject);
        });
        out.on('error', reject);
        out.end(req.body);
      });
    },
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
  return hostile;
}

/** Relay an upstream answer (possibly changed) to the client. */
export function relay(res: ServerResponse, answer: UpstreamAnswer): void {
  const headers = { ...answer.headers };
  delete headers['transfer-encoding'];
  headers['content-length'] = String(answer.body.byteLength);
  res.writeHead(answer.status, headers);
  res.end(answer.body);
}

// --- answers ---------------------------------------------------------------------------------

export function reply(status: number, body: string | Buffer = '', headers: Record<string, string> = {}): Handler {
  return (_req, res) => {
    res.writeHead(status, headers);
    res.end(body);
  };
}

export function json(status: number, value: unknown, headers: Record<string, string> = {}): Handler {
  return reply(status, JSON.stringify(value), { 'content-type': 'application/json', ...headers });
}

export function redirect(location: string, status = 307): Handler {
  return reply(status, '', { location });
}

/** Accept the request and never answer. */
export function hang(): Handler {
  return () => undefined;
}

/** Status and headers at once, then one byte every `intervalMs`, forever (a slowloris body). */
export function trickle(intervalMs: number, headers: Record<string, string> = {}, status = 200): Handler {
  return (_req, res) => {
    res.writeHead(status, headers);
    const timer = setInterval(() => res.write(' '), intervalMs);
    res.on('close', () => clearInterval(timer));
  };
}

/** The status line and headers one byte every `intervalMs`: the answer's headers never complete. */
export function trickleHeaders(intervalMs: number): Handler {
  return (_req, res) => {
    const text = 'HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n' + 'x-padding: '.padEnd(100_000, 'a');
    let i = 0;
    const socket = res.socket as Socket;
    const timer = setInterval(() => {
      if (socket.destroyed) return clearInterval(timer);
      socket.write(text[i++ % text.length] ?? 'a');
    }, intervalMs);
    socket.on('close', () => clearInterval(timer));
  };
}

/** A body that never ends, sent as fast as the client reads it (1 MiB chunks). Counts what it wrote. */
export function endless(headers: Record<string, string> = {}, status = 200, sent = { bytes: 0 }): Handler {
  return (_req, res) => {
    res.writeHead(status, headers);
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    const pump = (): void => {
      while (!res.destroyed && res.write(chunk)) sent.bytes += chunk.byteLength;
    };
    res.on('drain', pump);
    pump();
  };
}

// --- transport-level faults -------------------------------------------------------------------

export interface TcpFault {
  host: string;
  /** Connections accepted so far. */
  accepted(): number;
  stop(): Promise<void>;
}

/**
 * Accepts TCP connections, reads and drops whatever arrives, never writes a byte: an HTTP client
 * waits for its answer's headers; a TLS client never completes its handshake.
 */
export async function startSilentTcp(address = '127.0.0.1'): Promise<TcpFault> {
  const sockets = new Set<Socket>();
  let count = 0;
  const server = createTcpServer((socket) => {
    count++;
    sockets.add(socket);
    socket.on('data', () => undefined);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  const port = await listen(server, address);
  return {
    host: `${address}:${port}`,
    accepted: () => count,
    async stop() {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * A listening port whose connections never complete: a child process listens with a backlog of 1
 * and is then stopped (SIGSTOP), so it never accepts; once its accept queue is full the kernel
 * drops further SYNs and a client's connect() waits until it gives up. Linux semantics.
 */
export async function startUnacceptingListener(): Promise<TcpFault> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['-e', "const s=require('net').createServer();s.listen({port:0,host:'127.0.0.1',backlog:1},()=>console.log(s.address().port))"],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const killOnExit = (): void => void child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.once('data', (d: Buffer) => resolve(Number(d.toString().trim())));
    child.once('exit', (code) => reject(new Error(`listener exited with ${code}`)));
  });
  child.kill('SIGSTOP');
  // Fill the accept queue (backlog + 1 on Linux, and a few more to be sure): those connections
  // complete in the kernel without the stopped process; any after them hang in connect().
  const fillers: Socket[] = [];
  for (let i = 0; i < 4; i++) {
    const socket = connect(port, '127.0.0.1');
    socket.on('error', () => undefined);
    fillers.push(socket);
  }
  await new Promise((r) => setTimeout(r, 200));
  return {
    host: `127.0.0.1:${port}`,
    accepted: () => 0,
    async stop() {
      for (const s of fillers) s.destroy();
      process.removeListener('exit', killOnExit);
      child.kill('SIGKILL');
      await new Promise((r) => (child.exitCode !== null || child.signalCode !== null ? r(undefined) : child.once('exit', r)));
    },
  };
}

// --- measuring ----------------------------------------------------------------------------------

/** Samples the process's RSS every 20 ms while `work` runs; returns its result, or error, and the peak growth. */
export async function measure<T>(work: () => Promise<T>): Promise<{ ms: number; rssGrowthBytes: number; result?: T; error?: unknown }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const started = performance.now();
  try {
    const result = await work();
    return { ms: performance.now() - started, rssGrowthBytes: Math.max(peak, process.memoryUsage().rss) - before, result };
  } catch (error) {
    return { ms: performance.now() - started, rssGrowthBytes: Math.max(peak, process.memoryUsage().rss) - before, error };
  } finally {
    clearInterval(timer);
  }
}
