/**
 * A REAL registry for tests: Debian's `docker-registry` (CNCF Distribution 2.8) on 127.0.0.1 at a
 * port chosen at run time, storage in a temp dir, and optionally
 * - htpasswd (bcrypt) Basic auth, or
 * - Bearer token auth (`auth.token`), the flow GHCR uses: the registry answers 401 with a
 *   `WWW-Authenticate: Bearer realm=...` challenge and verifies the JWTs for real; the token
 *   service that issues them is a small server of ours (GHCR's own cannot run here).
 * Fails loudly when a binary is missing: install them with `bash scripts/setup/registry.sh`.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createPrivateKey, randomBytes, sign, type KeyObject } from 'node:crypto';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

export interface TestRegistry {
  /** `127.0.0.1:PORT`, usable as a reference host. */
  host: string;
  url: string;
  username?: string;
  password?: string;
  /** Registry's own stderr so far, for debugging failures. */
  output(): string;
  /** With tokenAuth: every request the token service answered. */
  tokenRequests: TokenRequest[];
  stop(): Promise<void>;
}

export interface TokenRequest {
  scopes: string[];
  /** Username of valid Basic credentials; undefined for anonymous requests. */
  username?: string;
  granted: boolean;
}

export interface StartRegistryOptions {
  /** Enable `auth.htpasswd` with this user. */
  htpasswd?: { username: string; password: string };
  /** Enable `auth.token` with a token service that knows this user (anonymous users may pull). */
  tokenAuth?: { username: string; password: string };
}

const TOKEN_SERVICE = 'test-registry';
const TOKEN_ISSUER = 'test-token-issuer';

function base64url(data: string | Buffer): string {
  return Buffer.from(data).toString('base64url');
}

/** Self-signed signing certificate for the token service; the registry trusts it as root. */
async function makeSigningCert(dir: string): Promise<{ key: KeyObject; certDerBase64: string; certFile: string }> {
  requireCommand('openssl');
  const keyFile = join(dir, 'token-key.pem');
  const certFile = join(dir, 'token-cert.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyFile, '-out', certFile, '-subj', '/CN=test-token-issuer', '-days', '2'], { stdio: 'ignore' });
  const pem = await readFile(certFile, 'utf8');
  const certDerBase64 = pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');
  return { key: createPrivateKey(await readFile(keyFile)), certDerBase64, certFile };
}

/** A JWT in the Docker token format that Distribution verifies: RS256, cert chain in `x5c`. */
function issueToken(key: KeyObject, certDerBase64: string, username: string, access: Array<{ type: string; name: string; actions: string[] }>): string {
  const now = Math.floor(Date.now() / 1000);
  const header = base64url(JSON.stringify({ typ: 'JWT', alg: 'RS256', x5c: [certDerBase64] }));
  const claims = base64url(JSON.stringify({ iss: TOKEN_ISSUER, sub: username, aud: TOKEN_SERVICE, exp: now + 300, nbf: now - 10, iat: now, jti: randomBytes(8).toString('hex'), access }));
  const signature = sign('sha256', Buffer.from(`${header}.${claims}`), key);
  return `${header}.${claims}.${base64url(signature)}`;
}

/** Token service: Basic credentials of the known user get what they ask; anonymous gets pull only. */
async function startTokenService(user: { username: string; password: string }, key: KeyObject, certDerBase64: string, log: TokenRequest[]): Promise<{ server: Server; realm: string }> {
  const expected = `Basic ${Buffer.from(`${user.username}:${user.password}`).toString('base64')}`;
  const server = createHttpServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const scopes = url.searchParams.getAll('scope');
    const authorization = req.headers.authorization;
    if (url.pathname !== '/token' || url.searchParams.get('service') !== TOKEN_SERVICE || (authorization !== undefined && authorization !== expected)) {
      log.push({ scopes, username: undefined, granted: false });
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }] }));
      return;
    }
    const username = authorization ? user.username : undefined;
    const access = scopes.map((scope) => {
      const [type = '', name = '', actions = ''] = [scope.slice(0, scope.indexOf(':')), scope.slice(scope.indexOf(':') + 1, scope.lastIndexOf(':')), scope.slice(scope.lastIndexOf(':') + 1)];
      return { type, name, actions: actions.split(',').filter((a) => username !== undefined || a === 'pull') };
    });
    log.push({ scopes, username, granted: true });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ token: issueToken(key, certDerBase64, username ?? '', access), expires_in: 300 }));
  });
  const port = await new Promise<number>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
  return { server, realm: `http://127.0.0.1:${port}/token` };
}

const SETUP_HINT = 'run `bash scripts/setup/registry.sh` (installs Debian packages docker-registry, apache2-utils and openssl)';

/** Throw a message naming the setup script unless `command` is an executable on PATH. */
function requireCommand(command: string): void {
  const found = (process.env['PATH'] ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return dir !== '';
    } catch {
      return false;
    }
  });
  if (!found) throw new Error(`test prerequisite missing: \`${command}\` is not installed; ${SETUP_HINT}`);
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
  if (options.htpasswd && options.tokenAuth) throw new Error('startRegistry: choose htpasswd or tokenAuth, not both');
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
  const tokenRequests: TokenRequest[] = [];
  let tokenServer: Server | undefined;
  if (options.tokenAuth) {
    const { key, certDerBase64, certFile } = await makeSigningCert(dir);
    const service = await startTokenService(options.tokenAuth, key, certDerBase64, tokenRequests);
    tokenServer = service.server;
    lines.push('auth:', '  token:', `    realm: ${service.realm}`, `    service: ${TOKEN_SERVICE}`, `    issuer: ${TOKEN_ISSUER}`, `    rootcertbundle: ${certFile}`);
  }
  const closeTokenServer = async (): Promise<void> => {
    if (tokenServer) await new Promise((r) => tokenServer?.close(r));
  };
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
    await closeTokenServer();
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    host,
    url,
    username: options.htpasswd?.username,
    password: options.htpasswd?.password,
    output: () => output,
    tokenRequests,
    stop: async () => {
      await closeTokenServer();
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
