/**
 * The reference MCP server (examples/mcp-server) and its agentic-tools plugin (examples/mcp-plugin)
 * for tests: build them when dist/ is missing or stale, start them as child processes, connect the
 * REAL MCP SDK client (with the Bearer token the server requires, as dot-ai does), build their images.
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
export const PLUGIN_DIR = join(REPO_ROOT, 'examples/mcp-plugin');
/** The release version every file agrees on; the server's package.json carries it too. */
export const RELEASE_VERSION = DOT_AI_VERSION;
/**
 * The DOT_AI_AUTH_TOKEN the helpers give the server and send with every client request unless told
 * otherwise. A test value, not a secret (real deployments generate theirs: `openssl rand -hex 32`).
 */
export const REFERENCE_TOKEN = 'reference-server-test-token-0123456789abcdef';
/** A plugins file that does not exist: the server then runs without plugins, whatever the host has in /etc/dot-ai. */
export const NO_PLUGINS_FILE = join(SERVER_DIR, 'no-such-plugins.json');

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

async function newestSourceMtime(dir: string): Promise<number> {
  const sources = (await readdir(join(dir, 'src'))).map((name) => join(dir, 'src', name));
  const inputs = [...sources, join(dir, 'package.json'), join(dir, 'package-lock.json'), join(dir, 'tsconfig.json')];
  const times = await Promise.all(inputs.map(mtimeMs));
  return Math.max(...times.map((t) => t ?? 0));
}

/** Several test files may ask at once; `npm ci` in one directory must not run twice concurrently. */
async function withBuildLock<T>(dir: string, work: () => Promise<T>): Promise<T> {
  const lock = join(dir, '.build-lock');
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
  return withBuildLock(SERVER_DIR, async () => {
    const installedAt = await mtimeMs(join(SERVER_DIR, 'node_modules/.package-lock.json'));
    const lockAt = (await mtimeMs(join(SERVER_DIR, 'package-lock.json'))) ?? 0;
    const installed = installedAt === undefined || installedAt < lockAt;
    if (installed) await run('npm', ['ci', '--no-audit', '--no-fund'], SERVER_DIR, 300_000);
    const builtAt = await mtimeMs(join(SERVER_DIR, 'dist/server.js'));
    const built = installed || builtAt === undefined || builtAt < (await newestSourceMtime(SERVER_DIR));
    if (built) await run('npm', ['run', 'build'], SERVER_DIR, 120_000);
    return { installed, built };
  });
}

/**
 * Makes examples/mcp-plugin ready to run AND to be the context of its image: pre-built the way
 * dot-ai's plugin is (`npm ci && npm run build && npm prune --omit=dev`), whenever dist/ is missing
 * or older than a source. Returns whether it built.
 */
export async function ensurePluginBuilt(): Promise<{ built: boolean }> {
  return withBuildLock(PLUGIN_DIR, async () => {
    const builtAt = await mtimeMs(join(PLUGIN_DIR, 'dist/index.js'));
    const prunedAt = await mtimeMs(join(PLUGIN_DIR, 'node_modules/.package-lock.json'));
    const built = builtAt === undefined || prunedAt === undefined || builtAt < (await newestSourceMtime(PLUGIN_DIR));
    if (built) {
      await run('npm', ['ci', '--no-audit', '--no-fund'], PLUGIN_DIR, 300_000);
      await run('npm', ['run', 'build'], PLUGIN_DIR, 120_000);
      await run('npm', ['prune', '--omit=dev', '--no-audit', '--no-fund'], PLUGIN_DIR, 120_000);
    }
    return { built };
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

/** Runs `node dist/server.js` with `env` (on top of PATH/HOME and no plugins file) until it exits; for start-up failures. */
export function runServerToExit(env: Record<string, string>, options: { uid?: number; gid?: number } = {}): Promise<ServerExit> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['dist/server.js'], {
      cwd: SERVER_DIR,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/', REFERENCE_SERVER_PLUGINS_FILE: NO_PLUGINS_FILE, ...env },
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
 * listens on. `env` is added to a minimal environment (PATH, HOME, DOT_AI_AUTH_TOKEN=REFERENCE_TOKEN,
 * no plugins file), so host variables such as QDRANT_URL do not leak in; `DOT_AI_AUTH_TOKEN: ''`
 * starts it without a token.
 */
export function startServer(env: Record<string, string>): Promise<RunningServer> {
  return startNode(SERVER_DIR, 'dist/server.js', /listening on port (\d+)/, {
    PORT: '0',
    DOT_AI_AUTH_TOKEN: REFERENCE_TOKEN,
    REFERENCE_SERVER_PLUGINS_FILE: NO_PLUGINS_FILE,
    ...env,
  });
}

/** Starts the built plugin (ensurePluginBuilt) on 127.0.0.1 at a port the OS picks; `env` as for startServer (e.g. QDRANT_URL). */
export function startPlugin(env: Record<string, string>): Promise<RunningServer> {
  return startNode(PLUGIN_DIR, 'dist/index.js', /listening on [^:\s]+:(\d+)/, { PORT: '0', HOST: '127.0.0.1', ...env });
}

/**
 * The Qdrant stand-in (test/images/qdrant-standin/server.mjs) as a process on 127.0.0.1 at a port
 * the OS picks, its storage in `storageDir`; `apiKey` makes it require Qdrant's api-key header.
 */
export function startQdrantStandIn(storageDir: string, apiKey?: string): Promise<RunningServer> {
  return startNode(join(REPO_ROOT, 'test/images/qdrant-standin'), 'server.mjs', /listening on (\d+)/, {
    QDRANT__SERVICE__HTTP_PORT: '0',
    QDRANT__SERVICE__HOST: '127.0.0.1',
    QDRANT__STORAGE__STORAGE_PATH: storageDir,
    ...(apiKey ? { QDRANT__SERVICE__API_KEY: apiKey } : {}),
  });
}

function startNode(cwd: string, entry: string, listening: RegExp, env: Record<string, string>): Promise<RunningServer> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [entry], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/', ...env },
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
    const timer = setTimeout(() => fail(`${entry} did not report its port within 15 s`), 15_000);
    const onData = (d: Buffer): void => {
      output += d.toString();
      const match = listening.exec(output);
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
    child.on('exit', (code) => fail(`${entry} exited with ${String(code)} before listening`));
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

/**
 * A connected MCP SDK client over streamable HTTP (initialize done), sending `Authorization: Bearer
 * <token>` (REFERENCE_TOKEN unless given; null sends none). Close it with `client.close()`.
 */
export async function connectClient(url: string, token: string | null = REFERENCE_TOKEN): Promise<{ client: Client; transport: StreamableHTTPClientTransport }> {
  const client = new Client({ name: 'dot-ai-release-test', version: RELEASE_VERSION });
  const headers: Record<string, string> = token === null ? {} : { Authorization: `Bearer ${token}` };
  const transport = new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers } });
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

/** The `version` tool's answer (dot-ai's JSON) parsed from its one text block. */
export async function versionReport(client: Client): Promise<VersionReportView> {
  const result = await client.callTool({ name: 'version', arguments: {} });
  if (result.isError) throw new Error(`version tool failed: ${resultText(result)}`);
  return JSON.parse(resultText(result)) as VersionReportView;
}

/** The parts of the version report tests read (see examples/mcp-server/src/version-report.ts). */
export interface VersionReportView {
  status: string;
  identity?: { userId: string; groups: string[]; source: string };
  system: {
    version: { version: string; nodeVersion: string };
    vectorDB: { connected: boolean; url: string; error?: string; collections: Record<string, { exists: boolean; documentsCount?: number; error?: string }> };
    plugins?: { pluginCount: number; toolCount: number; plugins: Array<{ name: string; version: string; toolCount: number }>; pendingDiscovery: string[] };
  };
  summary: { overall: string };
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

/**
 * Builds the plugin's image from its pre-built output (ensurePluginBuilt first), classic builder,
 * local Node base, `VERSION` = the release. Resolves to the build time in ms.
 */
export async function buildPluginImage(tag: string, options: { version?: string } = {}): Promise<number> {
  await requireDockerEngine();
  await requireImage(LOCAL_NODE_IMAGE);
  await ensurePluginBuilt();
  return buildImage({ context: PLUGIN_DIR, tag, buildArgs: { NODE_IMAGE: LOCAL_NODE_IMAGE, VERSION: options.version ?? RELEASE_VERSION } });
}
