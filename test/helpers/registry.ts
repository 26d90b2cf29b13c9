/**
 * A REAL registry for tests: Debian's `docker-registry` (CNCF Distribution 2.8) on 127.0.0.1 at a
 * port chosen at run time, storage in a temp dir, optional htpasswd (bcrypt) Basic auth.
 * Fails loudly when the binary is missing: install it with `bash scripts/setup/registry.sh`.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestRegistry {
  /** `127.0.0.1:PORT`, usable as a reference host. */
  host: string;
  url: string;
  username?: string;
  password?: string;
  /** Registry's own stderr so far, for debugging failures. */
  output(): string;
  stop(): Promise<void>;
}

export interface StartRegistryOptions {
  /** Enable `auth.htpasswd` with this user. */
  htpasswd?: { username: string; password: string };
}

const SETUP_HINT = 'run `bash scripts/setup/registry.sh` (installs Debian packages docker-registry and apache2-utils)';

function requireCommand(command: string): void {
  const found = spawnSync('sh', ['-c', 'command -v "$1"', 'sh', command], { encoding: 'utf8' });
  if (found.status !== 0) throw new Error(`test prerequisite missing: \`${command}\` is not installed; ${SETUP_HINT}`);
}

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

/** bcrypt htpasswd line; the password goes through stdin (`-i`), never argv. */
function htpasswdLine(username: string, password: string): string {
  const result = spawnSync('htpasswd', ['-iBn', username], { input: password, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`htpasswd failed: ${result.stderr}`);
  return result.stdout.trim();
}

async function waitUntilAnswering(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited with ${child.exitCode}: ${output()}`);
    try {
      const response = await fetch(`${url}/v2/`);
      await response.body?.cancel();
      if (response.status === 200 || response.status === 401) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`docker-registry did not answer ${url}/v2/ within 15 s: ${output()}`);
}

export async function startRegistry(options: StartRegistryOptions = {}): Promise<TestRegistry> {
  requireCommand('docker-registry');
  if (options.htpasswd) requireCommand('htpasswd');
  const dir = await mkdtemp(join(tmpdir(), 'oci-registry-'));
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  const lines = [
    'version: 0.1',
    'log:',
    '  level: warn',
    '  accesslog:',
    '    disabled: true',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${join(dir, 'data')}`,
    '  delete:',
    '    enabled: true',
    'http:',
    `  addr: ${host}`,
    `  secret: ${randomBytes(16).toString('hex')}`,
  ];
  if (options.htpasswd) {
    const file = join(dir, 'htpasswd');
    await writeFile(file, htpasswdLine(options.htpasswd.username, options.htpasswd.password) + '\n', { mode: 0o600 });
    lines.push('auth:', '  htpasswd:', '    realm: test-registry', `    path: ${file}`);
  }
  const config = join(dir, 'config.yml');
  await writeFile(config, lines.join('\n') + '\n');

  const child = spawn('docker-registry', ['serve', config], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  // A crashed test run must not leave a registry behind.
  const killOnExit = (): void => {
    child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);

  const url = `http://${host}`;
  try {
    await waitUntilAnswering(url, child, () => output);
  } catch (error) {
    child.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    host,
    url,
    username: options.htpasswd?.username,
    password: options.htpasswd?.password,
    output: () => output,
    stop: async () => {
      process.removeListener('exit', killOnExit);
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
