/**
 * The reference MCP server (examples/mcp-server) for tests: build it when dist/ is missing or stale,
 * start it as a child process, connect the REAL MCP SDK client, build its image.
 * Other tests that build, publish or deploy the server reuse these helpers.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { buildImage, LOCAL_NODE_IMAGE, requireDockerEngine, requireImage } from './docker.js';
import { DOT_AI_VERSION } from './repo.js';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SERVER_DIR = join(REPO_ROOT, 'examples/mcp-server');
/** The release version every file agrees on; the server's package.json carries it too. */
export const RELEASE_VERSION = DOT_AI_VERSION;

function run(command: string, args: readonly string[], cwd: string, timeoutMs: number): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    execFile(command, [...args], { cwd, timeout: timeoutMs, maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} ${args.join(' ')} (in ${cwd}) failed: ${error.message}\n${stdout}\n${stderr}`));
      else resolvePromise();
    });
  });
}

async function mtimeMs(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).mtimeMs;
  } catch {
    return undefined;
  }
}

async function newestSourceMtime(): Promise<number> {
  const sources = (await readdir(join(SERVER_DIR, 'src'))).map((name) => join(SERVER_DIR, 'src', name));
  const inputs = [...sources, join(SERVER_DIR, 'package.json'), join(SERVER_DIR, 'package-lock.json'), join(SERVER_DIR, 'tsconfig.json')];
  const times = await Promise.all(inputs.map(mtimeMs));
  return Math.max(...times.map((t) => t ?? 0));
}

/** Several test files may ask at once; `npm ci` in one directory must not run twice concurrently. */
async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  const lock = join(SERVER_DIR, '.build-lock');
  const deadline = Date.now() + 5 * 60_000;
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = Date.now() - ((await mtimeMs(lock)) ?? Date.now());
      if (age > 10 * 60_000) await rm(lock, { recursive: true, force: true }); // left by a killed run
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${lock}; remove it if no build is running`, { cause: error });
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    return await work();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

/**
 * Makes examples/mcp-server/dist current: `npm ci` when node_modules is missing or older than the
 * lock file, `npm run build` when dist/ is missing or older than any source. Returns what it did.
 */
export async function ensureServerBuilt(): Promise<{ installed: boolean; built: boolean }> {
  return withBuildLock(async () => {
    const installedAt = await mtimeMs(join(SERVER_DIR, 'node_modules/.package-lock.json'));
    const lockAt = (await mtimeMs(join(SERVER_DIR, 'package-lock.json'))) ?? 0;
    const installed = installedAt === undefined || installedAt < lockAt;
    if (installed) await run('npm', ['ci', '--no-audit', '--no-fund'], SERVER_DIR, 300_000);
    const builtAt = await mtimeMs(join(SERVER_DIR, 'dist/server.js'));
    const built = installed || builtAt === undefined || builtAt < (await newestSourceMtime());
    if (built) await run('npm', ['run', 'build'], SERVER_DIR, 120_000);
    return { installed, built };
  });
}

export interface RunningServer {
  child: ChildProcess;
  port: number;
  url: string;
  output(): string;
  stop(): Promise<void>;
}

export interface ServerExit {
  code: number | null;
  output: string;
}

/** Runs `node dist/server.js` with `env` (on top of PATH/HOME only) until it exits; for start-up failures. */
export function runServerToExit(env: Record<string, string>, options: { uid?: number; gid?: number } = {}): Promise<ServerExit> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['dist/server.js'], {
      cwd: SERVER_DIR,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      ...options,
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not exit within 15 s; output so far:\n${output}`));
    }, 15_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, output });
    });
  });
}

/**
 * Starts the built server on a port the OS picks (PORT=0) and resolves once it logs the port it
 * listens on. `env` is added to a minimal environment (PATH, HOME), so host variables such as
 * QDRANT_URL do not leak in.
 */
export function startServer(env: Record<string, string>): Promise<RunningServer> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['dist/server.js'], {
      cwd: SERVER_DIR,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/', PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let settled = false;
    const fail = (message: string): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${message}; server output:\n${output}`));
    };
    const timer = setTimeout(() => fail('server did not report its port within 15 s'), 15_000);
    const onData = (d: Buffer): void => {
      output += d.toString();
      const match = /listening on port (\d+)/.exec(output);
      if (match?.[1] && !settled) {
        settled = true;
        clearTimeout(timer);
        const port = Number(match[1]);
        resolvePromise({
          child,
          port,
          url: `http://127.0.0.1:${port}/`,
          output: () => output,
          stop: () => stopChild(child),
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (error) => fail(`cannot spawn node: ${error.message}`));
    child.on('exit', (code) => fail(`server exited with ${String(code)} before listening`));
  });
}

/** SIGTERM, then SIGKILL after 5 s; resolves when the process is gone. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolvePromise) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolvePromise();
    });
    child.kill('SIGTERM');
  });
}

/** A connected MCP SDK client over streamable HTTP (initialize done). Close it with `client.close()`. */
export async function connectClient(url: string): Promise<{ client: Client; transport: StreamableHTTPClientTransport }> {
  const client = new Client({ name: 'dot-ai-release-test', version: RELEASE_VERSION });
  const transport = new StreamableHTTPClientTransport(new URL(url));
  await client.connect(transport);
  return { client, transport };
}

/** Concatenated text parts of a tools/call result. */
export function resultText(result: object): string {
  const content = (result as { content?: unknown }).content;
  const parts = Array.isArray(content) ? (content as Array<{ type?: string; text?: string }>) : [];
  return parts
    .filter((part) => part.type === 'text')
    .map((part) => part.text ?? '')
    .join('\n');
}

/**
 * Builds the server's image with the classic builder from the locally made Node base
 * (`--build-arg NODE_IMAGE=local/node:bookworm --build-arg VERSION=...`). Fails loudly, naming the
 * set-up scripts, when the engine or the base is missing. Resolves to the build time in ms.
 */
export async function buildServerImage(tag: string, options: { version?: string; noCache?: boolean } = {}): Promise<number> {
  await requireDockerEngine();
  await requireImage(LOCAL_NODE_IMAGE);
  return buildImage({
    context: SERVER_DIR,
    tag,
    buildArgs: { NODE_IMAGE: LOCAL_NODE_IMAGE, VERSION: options.version ?? RELEASE_VERSION },
    noCache: options.noCache,
  });
}
