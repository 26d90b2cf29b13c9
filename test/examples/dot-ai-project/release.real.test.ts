/**
 * examples/dot-ai-project released for REAL, as `npm run demo` releases it, but into a registry:
 * a self-contained copy (scripts/lib/dot-ai-project.mjs) with only its own dot-ai-release.yaml,
 * both images (the server from the `npm pack` of its pre-build, the agentic-tools plugin pre-built)
 * built with buildah for linux/amd64 into a real registry with auth, started, smoke-tested with the
 * docker method (server, plugin, Qdrant stand-in, a generated token); the npm package published to
 * verdaccio with a token; the chart (vendored subchart) pushed; the openapi and towncrier hooks in the
 * release commit; the release commit and annotated tag on a bare remote; the GitHub release on the
 * fake GitHub with the changelog's notes. Then the same release again: everything already done,
 * nothing built, published or written.
 * The image names of the copy's dot-ai-release.yaml point at the test registry (ghcr.io cannot be
 * reached); towncrier runs when installed, else the offline stand-in the demo uses.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyDotAiProject } from '../../../scripts/lib/dot-ai-project.mjs';
import { run as releaseCommand } from '../../../src/commands/release.js';
import type { Options } from '../../../src/config/options.js';
import { RegistryClient } from '../../../src/oci/index.js';
import { runInProcess, type InProcessRun } from '../../helpers/capture.js';
import { git, remoteTags } from '../../release/helpers.js';
import { CREDENTIALS, releaseOptions, startReleaseWorld, type ReleaseWorld } from '../../release/setup-helpers.js';

let world: ReleaseWorld;
const work = mkdtempSync(path.join(tmpdir(), 'dot-ai-project-release-'));
const repo = path.join(work, 'dot-ai-demo');
const remote = path.join(work, 'origin.git');
const towncrier = spawnSync('towncrier', ['--version'], { stdio: 'ignore' }).status === 0;

beforeAll(async () => {
  world = await startReleaseWorld();
  copyDotAiProject(repo, { changelogStandIn: !towncrier });
  // Its images in the test registry, the same names otherwise (the smoke method's plugin included).
  const config = path.join(repo, 'dot-ai-release.yaml');
  writeFileSync(config, readFileSync(config, 'utf8').replaceAll('ghcr.io/acme/', `${world.registry.host}/acme/`));
  git(['init', '--quiet', '--bare', '--initial-branch=main', remote], work);
  git(['init', '--quiet', '--initial-branch=main'], repo);
  git(['add', '--all'], repo);
  git(['commit', '--quiet', '--message', 'dot-ai demo project'], repo);
  git(['remote', 'add', 'origin', remote], repo);
  git(['push', '--quiet', 'origin', 'main'], repo);
  git(['branch', '--quiet', '--set-upstream-to=origin/main'], repo);
  // What the release workflow does before the release step: the npm package publishes dist/.
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: repo, stdio: 'ignore' });
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: repo, stdio: 'ignore' });
}, 600_000);

afterAll(async () => {
  await world?.stop();
  rmSync(work, { recursive: true, force: true });
});

const SERVER = () => `${world.registry.host}/acme/dot-ai-demo`;
const PLUGIN = () => `${world.registry.host}/acme/dot-ai-demo-agentic-tools`;

function options(): Options {
  return releaseOptions(world, repo, {
    // Every image of dot-ai-release.yaml, each with its own context and pre-build.
    image: undefined, context: undefined,
    'build-args': `NODE_IMAGE=${world.base}`,
    'chart-registry': `oci://${world.registry.host}/charts`,
  });
}

function steps(run: InProcessRun): string[] {
  return ((run.result?.json as { steps?: { name: string; status: string }[] } | undefined)?.steps ?? []).map((s) => `${s.name}:${s.status}`);
}

function repository(name: string) {
  return new RegistryClient({ registry: world.registry.host, credentials: CREDENTIALS }).repository(name);
}

async function tagsOf(name: string): Promise<string[]> {
  return (await repository(name).listTags().catch(() => [])).sort();
}

/** Where every image tag and the chart tag point: what a second run must leave as it is. */
async function published(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of ['acme/dot-ai-demo', 'acme/dot-ai-demo-agentic-tools', 'charts/dot-ai-demo']) {
    for (const tag of await tagsOf(name)) out[`${name}:${tag}`] = (await repository(name).resolve(tag)).digest;
  }
  return out;
}

describe('examples/dot-ai-project released for real', () => {
  test('both images, the npm package, the chart, smoke with the plugin, git and GitHub; then again: all already done, nothing written', async () => {
    const first = await runInProcess(releaseCommand, options());
    expect(first.error, first.reporter.text()).toBeUndefined();
    expect(steps(first)).toEqual(['preflight:done', 'version:done', 'npm-pack:done', 'image:done', 'chart:done', 'smoke:done', 'npm:done', 'publish:done', 'git:done', 'github-release:done', 'dispatch:skipped']);
    const outputs = first.result!.outputs;
    const commit = outputs['release-commit']!;

    // Both images, each pushed by digest from the release commit, then every tag on that digest.
    const images = JSON.parse(outputs.images!) as { name: string; digest: string; tags: string[] }[];
    expect(images.map((i) => i.name)).toEqual([SERVER(), PLUGIN()]);
    for (const image of images) {
      const name = image.name.slice(world.registry.host.length + 1);
      expect(image.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(await tagsOf(name)).toEqual(['0.5', '0.5.0', 'latest']);
      for (const tag of ['0.5.0', '0.5', 'latest']) expect((await repository(name).resolve(tag)).digest).toBe(image.digest);
      const index = JSON.parse(Buffer.from((await repository(name).fetchManifest(image.digest)).bytes).toString('utf8')) as { annotations: Record<string, string> };
      expect(index.annotations['org.opencontainers.image.revision']).toBe(commit);
    }
    // The server and its plugin were started side by side and probed with a generated token.
    const text = first.reporter.text();
    expect(text).toMatch(/\[docker\] deployed: docker run of \S+ with .*a generated DOT_AI_AUTH_TOKEN\) and agentic-tools beside it/);
    expect(text).toContain('[docker] published port: MCP ok (dot-ai-reference-server 0.5.0');
    expect(text).toContain('smoke: all 1 methods passed');
    // Each pre-build ran in a checkout of the release commit, not in the work tree.
    expect(text).toContain(`group: pre-build of ${SERVER()}`);
    expect(text).toContain(`group: pre-build of ${PLUGIN()}`);

    // npm: the version under latest, from the tarball the release packed.
    const doc = await world.npm.verdaccio.packument('@acme/dot-ai-demo');
    expect(doc?.['dist-tags']).toEqual({ latest: '0.5.0' });
    expect(Object.keys(doc?.versions as object)).toEqual(['0.5.0']);
    expect(outputs).toMatchObject({ 'npm-package': '@acme/dot-ai-demo@0.5.0', 'npm-dist-tag': 'latest' });

    // The chart, its version the release's, in the registry.
    expect(await tagsOf('charts/dot-ai-demo')).toEqual(['0.5.0']);
    expect(outputs['chart-digest']).toBe((await repository('charts/dot-ai-demo').resolve('0.5.0')).digest);

    // The release commit: versions everywhere, both image pins, the hooks' files.
    const show = (file: string) => git(['show', `${commit}:${file}`], repo);
    const values = show('charts/values.yaml');
    expect(values).toMatch(/repository: ghcr\.io\/acme\/dot-ai-demo\n\s+tag: "0\.5\.0"/);
    expect(values).toMatch(/repository: ghcr\.io\/acme\/dot-ai-demo-agentic-tools\n\s+tag: "0\.5\.0"/);
    expect(values).toContain('tag: v1.15.5'); // the Qdrant subchart's own image is not the release's
    expect(JSON.parse(show('schema/openapi.json')).info.version).toBe('0.5.0');
    expect(JSON.parse(show('server.json')).packages[0].version).toBe('0.5.0');
    expect(show('charts/Chart.yaml')).toContain('appVersion: "0.5.0"');
    expect(show('docs/install.md')).toContain('oci://ghcr.io/acme/dot-ai-demo/charts/dot-ai-demo --version 0.5.0');
    const changelog = show('docs/CHANGELOG.md');
    // Dated by the hook's {{date}}, the release commit's day.
    expect(changelog).toMatch(/<!-- towncrier release notes start -->\n\n## \[0\.5\.0\] - \d{4}-\d{2}-\d{2}\n\n### Features\n\n- \*\*Version report through the plugin\*\*/);
    expect(changelog.indexOf('## [0.5.0]')).toBeLessThan(changelog.indexOf('## [0.3.0]'));
    expect(git(['ls-tree', '--name-only', `${commit}`, 'changelog.d/'], repo).split('\n')).toEqual(['changelog.d/.gitkeep']);
    expect(remoteTags(remote).get('v0.5.0')).toEqual({ commit, annotated: true });
    expect(git(['rev-parse', 'main'], remote)).toBe(commit);

    // GitHub: the notes from the changelog's new section, and what was published.
    const release = world.github.releases.find((r) => r.tag_name === 'v0.5.0');
    expect(release).toMatchObject({ draft: false, prerelease: false, target_commitish: commit });
    expect(release!.body).toContain('**Version report through the plugin**');
    expect(release!.body).not.toContain('Bearer token on every request'); // 0.3.0's section stays out
    for (const image of images) expect(release!.body).toContain(`- Image: \`${image.name}:0.5.0\`, digest \`${image.digest}\``);
    expect(release!.body).toContain('- npm package: `@acme/dot-ai-demo@0.5.0`');

    // Again: the same button. Everything is done; nothing is built, packed for publishing, pushed or sent.
    const before = { published: await published(), npmWrites: world.npm.proxy.received.length, github: world.github.requests.filter((r) => r.method !== 'GET').length, remote: git(['ls-remote', remote], work) };
    const again = await runInProcess(releaseCommand, options());
    expect(again.error, again.reporter.text()).toBeUndefined();
    expect(steps(again)).toEqual(['preflight:done', 'version:already-done', 'npm-pack:already-done', 'image:already-done', 'chart:already-done', 'smoke:already-done', 'npm:already-done', 'publish:already-done', 'git:already-done', 'github-release:already-done', 'dispatch:skipped']);
    expect(again.spawned.filter(([bin, sub]) => (bin === 'buildah' && ['build', 'push', 'manifest'].includes(sub!)) || (bin === 'npm' && ['publish', 'ci'].includes(sub!)) || (bin === 'git' && sub === 'push'))).toEqual([]);
    expect(await published()).toEqual(before.published);
    expect(world.npm.writes(before.npmWrites)).toEqual([]);
    expect(world.github.requests.filter((r) => r.method !== 'GET')).toHaveLength(before.github);
    expect(git(['ls-remote', remote], work)).toBe(before.remote);
    expect(JSON.parse(again.result!.outputs.images!)).toEqual(images);
  }, 900_000);
});
