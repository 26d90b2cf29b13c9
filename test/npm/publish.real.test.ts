/**
 * The npm steps against a REAL registry: verdaccio with htpasswd auth (test/helpers/verdaccio.ts),
 * the real npm CLI packing and publishing a fixture package. Every spawned argv is observed (the
 * token must be in none), every line said is captured (the token must be in none), and the
 * package's directory is compared before and after (no .tgz, no .npmrc left in it).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { parseNpmJob, type NpmValues } from '../../src/npm/job.js';
import { disposeNpmContext, npmContext, npmPack, npmPublish, runNpmPublish, useTarball, type NpmContext } from '../../src/npm/pipeline.js';
import { runPipeline, type PipelineRun } from '../../src/pipeline/index.js';
import { observeSpawns } from '../../src/tools/exec.js';
import { CapturingReporter } from '../helpers/capture.js';
import { snapshot } from '../helpers/repo.js';
import { startVerdaccio, type TestVerdaccio } from '../helpers/verdaccio.js';

let registry: TestVerdaccio;
const work = mkdtempSync(path.join(tmpdir(), 'npm-publish-test-'));
/** Every argv spawned by the toolkit during this file, and every line it said. */
const spawned: string[][] = [];
const said: string[] = [];
const stopObserving = observeSpawns((bin, args) => spawned.push([bin, ...args]));

beforeAll(async () => {
  registry = await startVerdaccio({ users: ['releaser', 'outsider'], packages: { '@locked/*': { access: '$all', publish: 'releaser' } } });
});
afterAll(async () => {
  stopObserving();
  await registry?.stop();
  rmSync(work, { recursive: true, force: true });
});

const token = () => registry.users.releaser!.token;
/** The jobs' temporary directory (RUNNER_TEMP): the session's .npmrc and the pack directory go there, and must be gone after each run. */
const runnerTemp = path.join(work, 'runner-temp');
mkdirSync(runnerTemp);

/** A repository holding one package; its prepack script prints a line that looks like JSON's start. */
function fixtureRepo(name: string, version: string, content = 'module.exports = 1;\n'): string {
  const root = mkdtempSync(path.join(work, 'repo-'));
  const dir = path.join(root, 'packages/server');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, version, license: 'MIT', main: 'index.js', scripts: { prepack: 'node -e "console.log(\'[prepack] building\')"' } }, null, 2) + '\n');
  writeFileSync(path.join(dir, 'index.js'), content);
  writeFileSync(path.join(root, 'README.md'), '# fixture\n');
  return root;
}

function setVersion(root: string, name: string, version: string, content?: string): void {
  const dir = path.join(root, 'packages/server');
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, version, license: 'MIT', main: 'index.js' }, null, 2) + '\n');
  if (content !== undefined) writeFileSync(path.join(dir, 'index.js'), content);
}

function job(root: string, values: NpmValues = {}) {
  // No GitHub Actions here (no provenance by default), and no NODE_AUTH_TOKEN but the one given.
  const env = { ...process.env, GITHUB_ACTIONS: '', NODE_AUTH_TOKEN: '', RUNNER_TEMP: runnerTemp };
  return parseNpmJob(root, { package: 'packages/server' }, { registry: registry.url, token: token(), provenance: false, ...values }, env);
}

interface Run {
  run: PipelineRun;
  ctx: NpmContext;
  reporter: CapturingReporter;
  spawned: string[][];
  error?: string;
}

async function publish(root: string, values: NpmValues = {}): Promise<Run> {
  const reporter = new CapturingReporter();
  const before = spawned.length;
  const { run, ctx } = await runNpmPublish(job(root, values), reporter, { publish: { readBackMs: 20_000 } });
  said.push(...reporter.lines);
  const error = run.failure ? (run.failure.error as Error).message : undefined;
  if (error) said.push(error);
  return { run, ctx, reporter, spawned: spawned.slice(before), ...(error ? { error } : {}) };
}

function status(run: PipelineRun, step: string) {
  return run.records.find((r) => r.name === step);
}

/** npm's registry-writing commands among the spawns. */
function writes(argvs: string[][]): string[][] {
  return argvs.filter((a) => a.includes('publish') || a.includes('dist-tag'));
}

function integrityOf(packument: Record<string, unknown> | undefined, version: string): string | undefined {
  return ((packument?.versions as Record<string, { dist?: { integrity?: string } }> | undefined)?.[version]?.dist?.integrity);
}

function distTags(packument: Record<string, unknown> | undefined): Record<string, string> {
  return (packument?.['dist-tags'] as Record<string, string> | undefined) ?? {};
}

afterEach(() => {
  expect(readdirSync(runnerTemp)).toEqual([]);
  // The token never reached a process's arguments, nor a line said, nor an error (checked after every test).
  for (const user of Object.values(registry.users)) {
    for (const argv of spawned) expect(argv.join(' ')).not.toContain(user.token);
    for (const line of said) expect(line).not.toContain(user.token);
  }
});

describe('npm publish to a real verdaccio with auth', () => {
  const name = '@acme/demo-server';
  let root: string;

  test('publishes the package once, packed outside the repository, read back with the same integrity; nothing left behind', async () => {
    root = fixtureRepo(name, '1.0.0');
    const tree = snapshot(root);
    const first = await publish(root);
    expect(first.error).toBeUndefined();
    expect(first.run.records.map((r) => `${r.name}:${r.status}`)).toEqual(['npm-preflight:done', 'npm-pack:done', 'npm-publish:done']);
    const published = first.ctx.artifacts.get('published');
    expect(published).toMatchObject({ status: 'published', tag: 'latest', latest: true, writes: 1 });
    const packument = await registry.packument(name);
    expect(integrityOf(packument, '1.0.0')).toBe(published.integrity);
    expect(published.integrity).toBe(first.ctx.artifacts.get('tarball').integrity);
    expect(distTags(packument)).toEqual({ latest: '1.0.0' });
    expect(first.reporter.text()).toContain('npm: the token is releaser\'s at');
    expect(first.reporter.text()).toContain(`${name} is new at ${registry.url}: releaser publishes it first`);

    // Packed once, with npm's JSON found after the prepack script's "[prepack] ..." line; published from that file.
    const packs = first.spawned.filter((a) => a[1] === 'pack');
    expect(packs).toHaveLength(1);
    const publishes = writes(first.spawned);
    expect(publishes).toHaveLength(1);
    const tarball = first.ctx.artifacts.get('tarball').path;
    expect(publishes[0]).toContain(tarball);
    // Every registry command runs with its own prefix (no project .npmrc above it is read) and the registry pinned.
    const registryCommands = first.spawned.filter((a) => a[1] !== 'pack');
    expect(registryCommands.map((a) => a[1])).toEqual(['whoami', 'publish']);
    for (const argv of registryCommands) {
      expect(argv.slice(-5, -1)).toEqual(['--registry', registry.url, `--@acme:registry=${registry.url}`, '--prefix']);
      expect(path.dirname(argv.at(-1)!)).toBe(runnerTemp);
    }
    expect(path.relative(root, tarball).startsWith('..')).toBe(true);
    // The token went to npm through the environment and a userconfig outside the tree, gone now (with the pack directory).
    expect(first.ctx.session).toBeUndefined();
    expect(path.dirname(path.dirname(tarball))).toBe(runnerTemp);
    expect(readdirSync(runnerTemp)).toEqual([]);
    expect(existsSync(tarball)).toBe(false);
    expect(snapshot(root)).toEqual(tree);
  });

  test('a re-run finds the same tarball published: already done, 0 writes, the registry unchanged', async () => {
    const before = await registry.packument(name);
    const tree = snapshot(root);
    const again = await publish(root);
    expect(again.error).toBeUndefined();
    expect(status(again.run, 'npm-publish')).toMatchObject({ status: 'already-done' });
    expect(status(again.run, 'npm-publish')!.reason).toMatch(/is published with this tarball .*dist-tag latest$/);
    expect(again.ctx.artifacts.get('published')).toMatchObject({ status: 'already-published', writes: 0 });
    expect(writes(again.spawned)).toEqual([]);
    expect(await registry.packument(name)).toEqual(before);
    expect(snapshot(root)).toEqual(tree);
  });

  test('the same version with other content is a conflict, named before anything is written; nothing changed', async () => {
    const before = await registry.packument(name);
    const other = fixtureRepo(name, '1.0.0', 'module.exports = 2;\n');
    const tree = snapshot(other);
    const run = await publish(other);
    expect(run.error).toMatch(new RegExp(`^${name}@1\\.0\\.0 is already published at ${registry.url.replace(/\./g, '\\.')} with other content \\(sha512-.*\\); a published npm version is immutable: nothing was changed, release another version$`));
    expect(run.error).not.toContain('\n');
    expect(status(run.run, 'npm-pack')).toMatchObject({ status: 'failed' });
    expect(status(run.run, 'npm-publish')).toMatchObject({ status: 'not-run' });
    expect(writes(run.spawned)).toEqual([]);
    expect(await registry.packument(name)).toEqual(before);
    expect(snapshot(other)).toEqual(tree);

    // Without preflight's look (a publish job of its own), the publish step's fresh look refuses it the same way.
    const reporter = new CapturingReporter();
    const alone = await runNpmPublish(job(other), reporter, { stages: [npmPack, npmPublish] });
    said.push(...reporter.lines);
    expect(alone.run.records.map((r) => `${r.name}:${r.status}`)).toEqual(['npm-pack:done', 'npm-publish:failed']);
    expect((alone.run.failure?.error as Error).message).toBe(run.error);
    expect(await registry.packument(name)).toEqual(before);
  });

  test('a prerelease gets its preid as dist-tag; latest stays', async () => {
    setVersion(root, name, '1.1.0-rc.1');
    const run = await publish(root);
    expect(run.error).toBeUndefined();
    expect(run.ctx.artifacts.get('published')).toMatchObject({ status: 'published', tag: 'rc', latest: false });
    expect(run.reporter.text()).toContain('1.1.0-rc.1 is a prerelease: tag rc, never latest');
    expect(distTags(await registry.packument(name))).toEqual({ latest: '1.0.0', rc: '1.1.0-rc.1' });
  });

  test('a published version missing its dist-tag (removed by hand, or a publish done elsewhere) gets it back on a re-run: one write, read back', async () => {
    const removed = await fetch(`${registry.url}-/package/${name.replace('/', '%2f')}/dist-tags/rc`, { method: 'DELETE', headers: { authorization: `Bearer ${token()}` } });
    expect(removed.status).toBeLessThan(300);
    expect(distTags(await registry.packument(name))).toEqual({ latest: '1.0.0' });
    const again = await publish(root);
    expect(again.error).toBeUndefined();
    expect(status(again.run, 'npm-publish')!.reason).toMatch(/is published with this tarball .*; dist-tag rc set$/);
    expect(again.ctx.artifacts.get('published')).toMatchObject({ status: 'already-published', tag: 'rc', writes: 1 });
    expect(writes(again.spawned).map((a) => a.slice(1, 5))).toEqual([['dist-tag', 'add', `${name}@1.1.0-rc.1`, 'rc']]);
    expect(distTags(await registry.packument(name))).toEqual({ latest: '1.0.0', rc: '1.1.0-rc.1' });
  });

  test('a backport (lower than latest) never moves latest: it gets latest-<major>', async () => {
    setVersion(root, name, '2.0.0', 'module.exports = 20;\n');
    expect((await publish(root)).error).toBeUndefined();
    expect(distTags(await registry.packument(name)).latest).toBe('2.0.0');

    setVersion(root, name, '1.0.1', 'module.exports = 101;\n');
    const backport = await publish(root);
    expect(backport.error).toBeUndefined();
    expect(backport.ctx.artifacts.get('published')).toMatchObject({ status: 'published', tag: 'latest-1', latest: false });
    expect(backport.reporter.text()).toContain('not moving latest: it names 2.0.0, which is higher');
    expect(distTags(await registry.packument(name))).toEqual({ latest: '2.0.0', rc: '1.1.0-rc.1', 'latest-1': '1.0.1' });
  });

  test('a dry run packs and looks, says the tag it would use, and writes nothing', async () => {
    setVersion(root, name, '2.1.0', 'module.exports = 21;\n');
    const before = await registry.packument(name);
    const tree = snapshot(root);
    const run = await publish(root, { dryRun: true });
    expect(run.error).toBeUndefined();
    expect(status(run.run, 'npm-publish')).toMatchObject({ status: 'skipped', reason: `dry run: ${name}@2.1.0 would be published to ${registry.url} under dist-tag latest` });
    expect(writes(run.spawned)).toEqual([]);
    expect(await registry.packument(name)).toEqual(before);
    expect(snapshot(root)).toEqual(tree);
  });

  test('a tarball handed over by another job is published as it is, and one of another version is refused', async () => {
    setVersion(root, name, '2.2.0', 'module.exports = 22;\n');
    const keep = mkdtempSync(path.join(work, 'handed-'));
    const candidate = await publish(root, { tarballDir: keep, dryRun: true });
    expect(candidate.error).toBeUndefined();
    const handed = candidate.ctx.artifacts.get('tarball').path;
    expect(readdirSync(keep)).toEqual([path.basename(handed)]);

    // The publish job: preflight elsewhere, then the handed tarball published without packing again.
    const reporter = new CapturingReporter();
    const ctx = npmContext(job(root), reporter, { readBackMs: 20_000 });
    const before = spawned.length;
    try {
      await useTarball(ctx, handed);
      const run = await runPipeline([npmPublish], ctx, reporter);
      expect(run.failure).toBeUndefined();
      expect(spawned.slice(before).filter((a) => a[1] === 'pack')).toEqual([]);
      expect(integrityOf(await registry.packument(name), '2.2.0')).toBe(ctx.artifacts.get('tarball').integrity);

      const wrong = npmContext(job(root, { version: '2.3.0' }), new CapturingReporter());
      await expect(useTarball(wrong, handed)).rejects.toThrow(/^input npm-tarball: acme-demo-server-2\.2\.0\.tgz holds @acme\/demo-server@2\.2\.0, not @acme\/demo-server@2\.3\.0$/);
    } finally {
      said.push(...reporter.lines);
      disposeNpmContext(ctx);
    }
  });
});

describe('refusals that name their fix', () => {
  test('a token the registry does not accept: preflight refuses in one line, before anything is packed or written', async () => {
    const root = fixtureRepo('@acme/other', '1.0.0');
    const wrong = 'not-a-token-the-registry-issued-0123456789';
    const run = await publish(root, { token: wrong });
    expect(run.error).toBe(
      `npm whoami at ${registry.url}: the registry does not accept the token in NODE_AUTH_TOKEN (ENEEDAUTH); set it to a token that registry issued, with write access to @acme/other (on npmjs: a granular access token with "Read and write" on the package or its scope)`,
    );
    expect(run.run.records.map((r) => r.status)).toEqual(['failed', 'not-run', 'not-run']);
    expect(writes(run.spawned)).toEqual([]);
    for (const argv of run.spawned) expect(argv.join(' ')).not.toContain(wrong);
    expect(run.reporter.text()).not.toContain(wrong);
    expect(run.reporter.secrets).toContain(wrong);
    expect(await registry.packument('@acme/other')).toBeUndefined();
  });

  test('no token at all: refused naming NODE_AUTH_TOKEN', async () => {
    const root = fixtureRepo('@acme/tokenless', '1.0.0');
    const reporter = new CapturingReporter();
    const { run } = await runNpmPublish(parseNpmJob(root, { package: 'packages/server' }, { registry: registry.url, provenance: false }, { ...process.env, NODE_AUTH_TOKEN: '' }), reporter);
    expect((run.failure?.error as Error).message).toMatch(/^npm: no token to publish @acme\/tokenless to http:\/\/127\.0\.0\.1:\d+\/: set NODE_AUTH_TOKEN \(on GitHub: `env: NODE_AUTH_TOKEN: \$\{\{ secrets\.NPM_TOKEN \}\}`/);
  });

  test('a user the registry does not let publish the package: the publish is refused in one line naming the fix; nothing published', async () => {
    const root = fixtureRepo('@locked/thing', '1.0.0');
    const run = await publish(root, { token: registry.users.outsider!.token });
    expect(status(run.run, 'npm-preflight')).toMatchObject({ status: 'done' });
    expect(run.error).toMatch(/^npm publish @locked\/thing@1\.0\.0 to http:\/\/127\.0\.0\.1:\d+\/: refused \(E403: .*user outsider is not allowed to publish package @locked\/thing.*\); npm user outsider may not publish @locked\/thing: a maintainer can grant it \(npm owner add <user> @locked\/thing, or read-write access for the token\), or use a maintainer's token; nothing was published$/);
    expect(run.error).not.toContain('\n');
    expect(await registry.packument('@locked/thing')).toBeUndefined();
  });

  test('provenance on GitHub Actions without id-token: write: refused naming the permissions line', async () => {
    const root = fixtureRepo('@acme/provenance', '1.0.0');
    const reporter = new CapturingReporter();
    const env = { ...process.env, GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'acme/demo', ACTIONS_ID_TOKEN_REQUEST_URL: '', ACTIONS_ID_TOKEN_REQUEST_TOKEN: '' };
    const npmJob = parseNpmJob(root, { package: 'packages/server', provenance: true }, { registry: registry.url, token: token() }, env);
    const before = spawned.length;
    const { run } = await runNpmPublish(npmJob, reporter);
    const message = (run.failure?.error as Error).message;
    expect(message).toContain("npm --provenance needs GitHub's OIDC token, which this job may not request (ACTIONS_ID_TOKEN_REQUEST_URL is not set): give the job `permissions: id-token: write`");
    expect(message).toContain('package.json: repository is missing, but the provenance names github.com/acme/demo');
    expect(spawned.slice(before)).toEqual([]);
  });
});
