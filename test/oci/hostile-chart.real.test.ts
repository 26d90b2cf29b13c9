/**
 * The chart and image commands end to end against misbehaving registries (issue 9, network half):
 * the exit code, the exact error line, no secret in any line, argv or request to another host, and
 * nothing half-published. The registry is the REAL one (Distribution with htpasswd) behind a small
 * proxy of ours that tampers with one answer per case (test/helpers/hostile-http.ts); 127.0.0.2 is
 * "another host" that must receive nothing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Options } from '../../src/config/options.js';
import { RegistryClient, RegistryError } from '../../src/oci/index.js';
import type { CommandResult } from '../../src/report/reporter.js';
import { runCommand } from '../../src/run.js';
import { observeSpawns } from '../../src/tools/exec.js';
import { CapturingReporter } from '../helpers/capture.js';
import { hang, relay, reply, startHostileServer, type HostileServer } from '../helpers/hostile-http.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { copyDemoProject, removeTempRepos, ROOT } from '../helpers/repo.js';

const HELM = path.join(ROOT, '.tools/bin/helm3');
try {
  execFileSync(HELM, ['version', '--short']);
} catch {
  throw new Error(`${HELM} is missing: run bash scripts/setup/helm.sh`);
}

const USER = 'releaser';
const PASSWORD = 'Rel3ase/Pa55-word';
const SECRETS = [PASSWORD, 'Pa55-word', Buffer.from(`${USER}:${PASSWORD}`).toString('base64')];
const CHART = 'demo-mcp';
const VERSION = '0.4.2';

class FinishingCapture extends CapturingReporter {
  failLine: string | undefined;
  result: CommandResult | undefined;
  finish(result: CommandResult): void {
    this.result = result;
  }
  fail(message: string): void {
    this.failLine = message;
    this.lines.push(`fail: ${message}`);
  }
}

interface CommandRun {
  code: number;
  failLine?: string;
  reporter: FinishingCapture;
  spawned: string[][];
  ms: number;
}

/** Runs a command the way the CLI and the action do (runCommand: exit code and the one fail line). */
async function run(command: string, options: Options): Promise<CommandRun> {
  const reporter = new FinishingCapture();
  const spawned: string[][] = [];
  const stop = observeSpawns((bin, args) => spawned.push([bin, ...args]));
  const started = performance.now();
  try {
    const code = await runCommand(command, options, reporter);
    return { code, failLine: reporter.failLine, reporter, spawned, ms: performance.now() - started };
  } finally {
    stop();
  }
}

/** `git -C ROOT config --get KEY`: configuration reads the remote, nothing else. */
function isGitConfigRead(argv: string[]): boolean {
  return argv[0] === 'git' && argv[1] === '-C' && argv[3] === 'config' && argv[4] === '--get';
}

/** No secret in what was printed, what was returned, what was spawned. */
function expectNoSecretAnywhere(result: CommandRun): void {
  const everything = [result.reporter.text(), JSON.stringify(result.reporter.result ?? {}), JSON.stringify(result.spawned)].join('\n');
  for (const secret of SECRETS) expect(everything).not.toContain(secret);
}

let registry: TestRegistry;
let proxy: HostileServer;
let other: HostileServer;
let repo: string;

beforeAll(async () => {
  registry = await startRegistry({ htpasswd: { username: USER, password: PASSWORD } });
});
afterAll(async () => {
  await registry?.stop();
  removeTempRepos();
});

beforeEach(async () => {
  proxy = (await startHostileServer('127.0.0.1')).forwardTo(registry.host);
  other = await startHostileServer('127.0.0.2');
  repo = copyDemoProject();
});
afterEach(async () => {
  await proxy.stop();
  await other.stop();
  delete process.env.DOT_AI_RELEASE_HTTP_TIMEOUTS;
});

function chart(more: Options): Promise<CommandRun> {
  return run('chart', { 'working-directory': repo, helm: HELM, 'plain-http': true, username: USER, password: PASSWORD, ...more });
}

/** Whether the real registry (asked directly, not through the proxy) holds the chart version. */
async function published(namespace: string): Promise<boolean> {
  const client = new RegistryClient({ registry: registry.host, credentials: { username: USER, password: PASSWORD } });
  try {
    await client.repository(`${namespace}/${CHART}`).resolve(VERSION);
    return true;
  } catch (error) {
    if (error instanceof RegistryError && error.kind === 'not-found') return false;
    throw error;
  }
}

const manifestPuts = (server: HostileServer) => server.received.filter((r) => r.method === 'PUT' && r.path.includes('/manifests/'));

describe('the chart command refuses bad references before contacting anything', () => {
  it('credentials in the registry reference: exit 1, one line without them, no request', async () => {
    const result = await chart({ registry: `oci://${USER}:${PASSWORD}@${proxy.host}/charts` });
    expect(result.code).toBe(1);
    expect(result.failLine).toBe(
      `input registry: "oci://***@${proxy.host}/charts" carries credentials; a reference must not hold them (they would be printed and logged): pass username and password (or --password-stdin) instead`,
    );
    expectNoSecretAnywhere(result);
    expect(proxy.received).toEqual([]);
    // Nothing ran but the read-only look-up of the git remote (for the default owner).
    expect(result.spawned.filter((argv) => !isGitConfigRead(argv))).toEqual([]);
  });

  it('a token as the username of the reference is refused and masked too', async () => {
    const result = await chart({ registry: `oci://ghp_0123456789abcdefTOKEN@${proxy.host}/charts` });
    expect(result.code).toBe(1);
    expect(result.failLine).toContain(`"oci://***@${proxy.host}/charts" carries credentials`);
    expect(result.reporter.text()).not.toContain('ghp_0123456789abcdefTOKEN');
  });

  it.each([
    ['evil/../charts', 'has a ".." segment (names are not normalised; give the path exactly)'],
    ['./charts', 'has a "." segment (names are not normalised; give the path exactly)'],
    ['acme//charts', 'has an empty path segment ("//", or a leading or trailing "/")'],
    ['acme/ch%61rts', 'has the component "ch%61rts", which is not lowercase letters and digits joined by ".", "_", "__" or "-" (OCI distribution name grammar)'],
  ])('namespace %s: exit 1, the input named, nothing sent, nothing published', async (namespace, problem) => {
    const result = await chart({ registry: `oci://${proxy.host}/${namespace}` });
    expect(result.code).toBe(1);
    expect(result.failLine).toBe(`input registry: namespace "${namespace}" of "oci://${proxy.host}/${namespace}" ${problem}`);
    expect(proxy.received).toEqual([]);
    expect(await published('charts')).toBe(false);
  });

  it.each([
    [`oci://ho_st:5000/charts`, 'does not start with a registry host (a hostname or IP address, with an optional port)'],
    [`oci://${'127.0.0.1'}:99999/charts`, 'does not start with a registry host (a hostname or IP address, with an optional port)'],
    [`oci://127.0.0.1:5000/charts?x=1`, 'holds a query or fragment; give oci://HOST/NAMESPACE only'],
    [`oci://127.0.0.1:5000/my charts`, 'contains whitespace or control characters'],
  ])('registry %s is refused naming the input', async (input, problem) => {
    const result = await chart({ registry: input });
    expect(result.code).toBe(1);
    expect(result.failLine).toBe(`input registry: "${input}" ${problem}`);
  });
});

describe('the chart command against a registry that misbehaves', () => {
  it('an upload Location on another host: refused, that host gets nothing, the version is not published', async () => {
    // The real registry opens the session; its answer is rewritten to send the blob to 127.0.0.2.
    proxy.on('POST', (p) => p.includes('/blobs/uploads/'), async (req, res, server) => {
      const answer = await server.forward(req);
      if (answer.status === 202) answer.headers.location = `${other.origin}${new URL(String(answer.headers.location), proxy.origin).pathname}`;
      relay(res, answer);
    });
    const result = await chart({ registry: `oci://${proxy.host}/charts` });
    expect(result.code).toBe(1);
    expect(result.failLine).toMatch(
      new RegExp(`^push blob sha256:[0-9a-f]{12}… to ${esc(proxy.host)}/charts/demo-mcp: registry ${esc(proxy.host)} sent an upload location on another host \\(${esc(other.origin)}\\); refusing to send the blob or credentials there$`),
    );
    expect(other.received).toEqual([]);
    expect(manifestPuts(proxy)).toEqual([]);
    expect(await published('charts')).toBe(false);
    // The registry itself did get the credentials: that is where they belong.
    expect(proxy.received.some((r) => r.headers.authorization?.startsWith('Basic '))).toBe(true);
    expectNoSecretAnywhere(result);
  });

  it('a registry that never answers: exit 1 at the deadline set through DOT_AI_RELEASE_HTTP_TIMEOUTS (was: 300 s)', async () => {
    process.env.DOT_AI_RELEASE_HTTP_TIMEOUTS = 'headers=0.5,retry=0.1';
    proxy.on('HEAD', (p) => p.includes('/manifests/'), hang());
    const result = await chart({ registry: `oci://${proxy.host}/charts` });
    expect(result.code).toBe(1);
    expect(result.failLine).toBe(`resolve ${proxy.host}/charts/demo-mcp:${VERSION}: registry ${proxy.host} accepted the request but did not answer within 0.5 s (response-header deadline, 1 attempt(s))`);
    // Helm's gates run beside the registry look-up and are waited for; the look-up itself took 0.5 s.
    expect(result.ms).toBeLessThan(60_000);
    expect(await published('charts')).toBe(false);
  });

  it.each([
    ['a HEAD with a wrong content type', 'HEAD', reply(200, '', { 'content-type': 'text/html', 'docker-content-digest': `sha256:${'1'.repeat(64)}`, 'content-length': '10' }), (h: string) => `resolve ${h}/charts/demo-mcp:${VERSION}: registry ${h} answered with content type "text/html", not a manifest`],
    ['a manifest that is not JSON', 'GET', reply(200, '<html>maintenance</html>', { 'content-type': 'application/vnd.oci.image.manifest.v1+json' }), (h: string) => `fetch manifest ${h}/charts/demo-mcp:${VERSION}: registry ${h} sent a malformed manifest: not JSON`],
    ['an empty 200 manifest', 'GET', reply(200, '', { 'content-type': 'application/vnd.oci.image.manifest.v1+json' }), (h: string) => `fetch manifest ${h}/charts/demo-mcp:${VERSION}: registry ${h} answered 200 with an empty manifest`],
    ['a huge Retry-After', 'HEAD', reply(429, '', { 'retry-after': '86400' }), (h: string) => `resolve ${h}/charts/demo-mcp:${VERSION}: registry ${h} is rate limiting us (HTTP 429) and still was after 1 attempt(s); it asked to wait 86400 s (Retry-After), beyond the 60 s retry budget; wait and retry later`],
    ['a redirect loop', 'HEAD', reply(307, '', { location: `/v2/charts/demo-mcp/manifests/${VERSION}` }), (h: string) => `resolve ${h}/charts/demo-mcp:${VERSION}: registry ${h} redirects in a loop (back to http://${h}/v2/charts/demo-mcp/manifests/${VERSION})`],
  ])('the version look-up answered with %s: exit 1, one line, nothing published', async (_name, method, handler, line) => {
    // A HEAD that says "here, but ask with GET" leads the client to the GET answers above.
    if (method === 'GET') proxy.on('HEAD', (p) => p.includes('/manifests/'), reply(200, '', { 'content-type': 'application/vnd.oci.image.manifest.v1+json' }));
    proxy.on(method, (p) => p.includes('/manifests/'), handler);
    const result = await chart({ registry: `oci://${proxy.host}/charts` });
    expect(result.code).toBe(1);
    expect(result.failLine).toBe(line(proxy.host));
    expect(manifestPuts(proxy)).toEqual([]);
    expect(await published('charts')).toBe(false);
    expectNoSecretAnywhere(result);
  });

  it('a blob upload confirmed with another digest: no manifest is pushed, the version stays unpublished', async () => {
    proxy.on('PUT', (p) => p.includes('/blobs/uploads/'), async (req, res, server) => {
      const answer = await server.forward(req);
      answer.headers['docker-content-digest'] = `sha256:${'0'.repeat(64)}`;
      relay(res, answer);
    });
    const result = await chart({ registry: `oci://${proxy.host}/charts` });
    expect(result.code).toBe(1);
    expect(result.failLine).toMatch(new RegExp(`^push blob sha256:[0-9a-f]{12}… to ${esc(proxy.host)}/charts/demo-mcp: registry stored sha256:0{64}, expected sha256:[0-9a-f]{64}$`));
    expect(manifestPuts(proxy)).toEqual([]);
    expect(await published('charts')).toBe(false);
  });

  it('a read-back that fails after the push says the version is out but not verified', async () => {
    proxy.on('GET', (p) => p.includes('/blobs/sha256:'), reply(200, 'not the chart', { 'content-length': '13' }));
    const result = await chart({ registry: `oci://${proxy.host}/readback` });
    expect(result.code).toBe(1);
    expect(result.failLine).toMatch(
      new RegExp(
        `^${esc(proxy.host)}/readback/demo-mcp:${esc(VERSION)} was pushed \\(sha256:[0-9a-f]{64}\\) but is not verified: fetch blob sha256:[0-9a-f]{12}… from ${esc(proxy.host)}/readback/demo-mcp: registry ${esc(proxy.host)} sent a blob of 13 bytes, but its descriptor says \\d+; check it before anyone installs it$`,
      ),
    );
    expectNoSecretAnywhere(result);
  });

  it('a username with a control character is refused naming the input', async () => {
    const result = await chart({ registry: `oci://${proxy.host}/charts`, username: 'releaser\nerror: forged' });
    expect(result.code).toBe(1);
    expect(result.failLine).toBe('input username: contains a control character (a newline?); give the user name alone');
    expect(proxy.received).toEqual([]);
  });

  it('the same registry, behaving, takes the chart (the proxy itself changes nothing)', async () => {
    const result = await chart({ registry: `oci://${proxy.host}/fine` });
    expect(result.failLine).toBeUndefined();
    expect(result.code).toBe(0);
    expect(await published('fine')).toBe(true);
    expectNoSecretAnywhere(result);
  });
});

describe('oci-layout destinations stay inside the repository', () => {
  it('a relative layout path resolves against the repository, not the process', async () => {
    const result = await run('chart', { 'working-directory': repo, helm: HELM, registry: 'oci-layout://out/layout' });
    expect(result.code).toBe(0);
    expect(existsSync(path.join(repo, 'out/layout', CHART, 'index.json'))).toBe(true);
  });

  it('a relative path through a symlink that leads outside is refused; nothing is written there', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'outside-'));
    try {
      symlinkSync(outside, path.join(repo, 'escape'));
      const result = await run('chart', { 'working-directory': repo, helm: HELM, registry: 'oci-layout://escape/layout' });
      expect(result.code).toBe(1);
      expect(result.failLine).toBe(`input registry: "oci-layout://escape/layout" leads to ${path.join(outside, 'layout', CHART)}, outside the repository (symlinks followed); give a path inside it`);
      expect(readdirOrEmpty(outside)).toEqual([]);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('"..", and an absolute path from dot-ai-release.yaml outside the repository, are refused; an absolute input is the user\'s choice', async () => {
    const dotdot = await run('chart', { 'working-directory': repo, helm: HELM, registry: 'oci-layout://../layout' });
    expect(dotdot.code).toBe(1);
    expect(dotdot.failLine).toBe('input registry: "../layout" leaves the repository ("..")');

    const outside = mkdtempSync(path.join(tmpdir(), 'outside-'));
    try {
      const config = path.join(repo, 'dot-ai-release.yaml');
      writeFileSync(config, readFileSync(config, 'utf8').replace('repository: oci://ghcr.io/acme/charts', `repository: oci-layout://${outside}`));
      const fromConfig = await run('chart', { 'working-directory': repo, helm: HELM });
      expect(fromConfig.code).toBe(1);
      expect(fromConfig.failLine).toBe(`dot-ai-release.yaml: chart.repository: "oci-layout://${outside}" leads to ${path.join(outside, CHART)}, outside the repository (symlinks followed); give a path inside it`);
      expect(readdirOrEmpty(outside)).toEqual([]);

      const explicit = await run('chart', { 'working-directory': repo, helm: HELM, registry: `oci-layout://${outside}` });
      expect(explicit.code).toBe(0);
      expect(existsSync(path.join(outside, CHART, 'index.json'))).toBe(true);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});

describe('the image command names its input when refusing a reference', () => {
  it.each([
    [`${USER}:${PASSWORD}@127.0.0.1:5000/acme/app`, `input image: "***@127.0.0.1:5000/acme/app" carries credentials; a reference must not hold them (they would be printed and logged): pass username and password (or --password-stdin) instead`],
    ['127.0.0.1:5000/evil/../app', 'input image: repository "evil/../app" in "127.0.0.1:5000/evil/../app" has a ".." segment (names are not normalised; give the path exactly)'],
    ['127.0.0.1:5000/acme/a b', 'input image: reference "127.0.0.1:5000/acme/a b" contains whitespace or control characters'],
    ['ho_st:5000/acme/app', 'input image: reference "ho_st:5000/acme/app": "ho_st:5000" is not a registry host (a hostname or IP address, with an optional port)'],
  ])('%s', async (image, line) => {
    const result = await run('image', { 'working-directory': repo, image, 'dry-run': true });
    expect(result.code).toBe(1);
    expect(result.failLine).toBe(line);
    expectNoSecretAnywhere(result);
    // Nothing ran but the read-only look-up of the git remote (for the default owner).
    expect(result.spawned.filter((argv) => !isGitConfigRead(argv))).toEqual([]);
  });
});

function esc(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function readdirOrEmpty(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir) : [];
}
