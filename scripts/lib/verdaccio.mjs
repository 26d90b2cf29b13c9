/* global AbortSignal */
// A REAL npm registry, started for a while: verdaccio (pinned by scripts/setup/verdaccio.sh into
// .tools/verdaccio) with its own config and storage in a temp dir, htpasswd auth, no uplinks (it
// serves only what is published to it), on 127.0.0.1 at a port chosen at run time. Users are
// created through the registry's own adduser API, which answers with each user's token.
// Used by the tests (test/helpers/verdaccio.ts, with its types) and by `npm run demo`.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const VERDACCIO_BIN = path.join(ROOT, '.tools/verdaccio/node_modules/verdaccio/bin/verdaccio');
const SETUP_HINT = 'run `node scripts/setup.mjs verdaccio` (installs the pinned verdaccio into .tools/verdaccio)';

async function freePort() {
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

function configYaml(dir, host, packages) {
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

async function waitUntilAnswering(url, child, output) {
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
async function addUser(url, name) {
  const password = `pw-${name}-${Math.random().toString(36).slice(2)}`;
  const response = await fetch(`${url}-/user/org.couchdb.user:${encodeURIComponent(name)}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password }),
    signal: AbortSignal.timeout(10_000),
  });
  const body = await response.json();
  if (!response.ok || !body.token) throw new Error(`verdaccio adduser ${name}: ${response.status} ${body.error ?? ''}`);
  return { name, password, token: body.token };
}

/** Starts one; see verdaccio.d.mts for the options and what it answers. */
export async function startVerdaccio(options = {}) {
  if (!existsSync(VERDACCIO_BIN)) throw new Error(`prerequisite missing: ${VERDACCIO_BIN}; ${SETUP_HINT}`);
  const dir = await mkdtemp(path.join(tmpdir(), 'verdaccio-'));
  let lastError;
  // The port is free when chosen; another process may take it before verdaccio binds it: try again.
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const host = `127.0.0.1:${port}`;
    const url = `http://${host}/`;
    const config = path.join(dir, 'config.yaml');
    await writeFile(config, configYaml(dir, host, options.packages ?? {}));
    const child = spawn(process.execPath, [VERDACCIO_BIN, '--config', config], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (d) => (output += d.toString()));
    child.stderr?.on('data', (d) => (output += d.toString()));
    const killOnExit = () => {
      child.kill('SIGKILL');
    };
    process.once('exit', killOnExit);
    const stopChild = async () => {
      process.removeListener('exit', killOnExit);
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3_000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    };
    try {
      await waitUntilAnswering(url, child, () => output);
      const users = {};
      for (const name of options.users ?? ['releaser']) users[name] = await addUser(url, name);
      return {
        url,
        host,
        users,
        async packument(name, token) {
          const response = await fetch(`${url}${name.replace('/', '%2f')}`, { headers: token ? { authorization: `Bearer ${token}` } : {}, signal: AbortSignal.timeout(10_000) });
          if (response.status === 404) return undefined;
          if (!response.ok) throw new Error(`GET ${name}: ${response.status}`);
          return await response.json();
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
