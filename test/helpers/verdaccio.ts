/**
 * A REAL npm registry for tests: verdaccio (pinned by scripts/setup/verdaccio.sh into
 * .tools/verdaccio) with its own config and storage in a temp dir, htpasswd auth, no uplinks (it
 * serves only what the tests publish), on 127.0.0.1 at a port chosen at run time. Users are
 * created through the registry's own adduser API, which answers with each user's token.
 * Fails loudly, naming the set-up script, when verdaccio is not installed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './repo.js';

export const VERDACCIO_BIN = path.join(ROOT, '.tools/verdaccio/node_modules/verdaccio/bin/verdaccio');

export interface VerdaccioUser {
  name: string;
  password: string;
  token: string;
}

/** A package pattern's rules (verdaccio's `packages:`): who may read and who may publish. */
export interface PackageRule {
  access: string;
  publish: string;
}

export interface StartVerdaccioOptions {
  /** Users to create (their tokens are in `users`). Default: one, `releaser`. */
  users?: string[];
  /** Package rules by pattern, before the default `'**'` (anyone reads, any authenticated user publishes). */
  packages?: Record<string, PackageRule>;
}

export interface TestVerdaccio {
  /** `http://127.0.0.1:PORT/` */
  url: string;
  host: string;
  users: Record<string, VerdaccioUser>;
  /** The packument as the registry serves it (with a user's token), or undefined for a 404. */
  packument(name: string, token?: string): Promise<Record<string, unknown> | undefined>;
  /** Verdaccio's own output so far, for debugging failures. */
  output(): string;
  stop(): Promise<void>;
}

const SETUP_HINT = 'run `node scripts/setup.mjs verdaccio` (installs the pinned verdaccio into .tools/verdaccio)';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function configYaml(dir: string, host: string, packages: Record<string, PackageRule>): string {
  const rules = { ...packages, '**': { access: '$all', publish: '$authenticated' } };
  return [
    `storage: ${path.join(dir, 'storage')}`,
    'auth:',
    '  htpasswd:',
    `    file: ${path.join(dir, 'htpasswd')}`,
    '    max_users: 1000',
    'uplinks: {}',
    'packages:',
    ...Object.entries(rules).flatMap(([pattern, rule]) => [`  '${pattern}':`, `    access: ${rule.access}`, `    publish: ${rule.publish}`, `    unpublish: ${rule.publish}`]),
    'web:',
    '  enable: false',
    'log: { type: stdout, format: json, level: warn }',
    `listen: ${host}`,
    '',
  ].join('\n');
}

async function waitUntilAnswering(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`verdaccio exited with ${child.exitCode}: ${output()}`);
    try {
      const response = await fetch(`${url}-/ping`, { signal: AbortSignal.timeout(2_000) });
      await response.body?.cancel();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`verdaccio did not answer ${url}-/ping within 30 s: ${output()}`);
}

/** Creates a user through the registry's adduser API (as `npm adduser` does) and returns its token. */
async function addUser(url: string, name: string): Promise<VerdaccioUser> {
  const password = `pw-${name}-${Math.random().toString(36).slice(2)}`;
  const response = await fetch(`${url}-/user/org.couchdb.user:${encodeURIComponent(name)}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password }),
    signal: AbortSignal.timeout(10_000),
  });
  const body = (await response.json()) as { token?: string; error?: string };
  if (!response.ok || !body.token) throw new Error(`verdaccio adduser ${name}: ${response.status} ${body.error ?? ''}`);
  return { name, password, token: body.token };
}

export async function startVerdaccio(options: StartVerdaccioOptions = {}): Promise<TestVerdaccio> {
  if (!existsSync(VERDACCIO_BIN)) throw new Error(`test prerequisite missing: ${VERDACCIO_BIN}; ${SETUP_HINT}`);
  const dir = await mkdtemp(path.join(tmpdir(), 'verdaccio-'));
  let lastError: unknown;
  // The port is free when chosen; another process may take it before verdaccio binds it: try again.
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const host = `127.0.0.1:${port}`;
    const url = `http://${host}/`;
    const config = path.join(dir, 'config.yaml');
    await writeFile(config, configYaml(dir, host, options.packages ?? {}));
    const child = spawn(process.execPath, [VERDACCIO_BIN, '--config', config], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    const killOnExit = (): void => {
      child.kill('SIGKILL');
    };
    process.once('exit', killOnExit);
    const stopChild = async (): Promise<void> => {
      process.removeListener('exit', killOnExit);
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3_000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    };
    try {
      await waitUntilAnswering(url, child, () => output);
      const users: Record<string, VerdaccioUser> = {};
      for (const name of options.users ?? ['releaser']) users[name] = await addUser(url, name);
      return {
        url,
        host,
        users,
        async packument(name, token) {
          const response = await fetch(`${url}${name.replace('/', '%2f')}`, { headers: token ? { authorization: `Bearer ${token}` } : {}, signal: AbortSignal.timeout(10_000) });
          if (response.status === 404) return undefined;
          if (!response.ok) throw new Error(`GET ${name}: ${response.status}`);
          return (await response.json()) as Record<string, unknown>;
        },
        output: () => output,
        async stop() {
          await stopChild();
          await rm(dir, { recursive: true, force: true });
        },
      };
    } catch (error) {
      lastError = error;
      await stopChild();
      if (!/EADDRINUSE/.test(output)) break;
    }
  }
  await rm(dir, { recursive: true, force: true });
  throw lastError;
}
