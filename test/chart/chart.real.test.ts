import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readTgz, contentDigest } from '../../src/chart/archive.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { chartCommand, runInProcess } from '../helpers/capture.js';
import { DOT_AI_VERSION, ROOT, runCli } from '../helpers/repo.js';

const HELMS = { helm3: path.join(ROOT, '.tools/bin/helm3'), helm4: path.join(ROOT, '.tools/bin/helm4') };
for (const bin of Object.values(HELMS)) {
  try {
    execFileSync(bin, ['version', '--short']);
  } catch {
    throw new Error(`${bin} is missing: run bash scripts/setup/helm.sh`);
  }
}

/** A port nothing listens on: bound once, then released. */
const closedPort = await new Promise<number>((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address() as AddressInfo;
    server.close(() => resolve(port));
  });
});

const work = mkdtempSync(path.join(tmpdir(), 'chart-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The chart command on this repository's charts/dot-ai. */
function chart(options: Record<string, string | boolean>) {
  return runInProcess(chartCommand, { 'working-directory': ROOT, helm: HELMS.helm3, ...options });
}

function helmPull(helm: string, ref: string, args: string[]): Buffer {
  const dest = mkdtempSync(path.join(work, 'pull-'));
  execFileSync(helm, ['pull', ref, ...args, '--plain-http', '--destination', dest], { stdio: 'pipe' });
  const file = execFileSync('ls', [dest], { encoding: 'utf8' }).trim();
  return readFileSync(path.join(dest, file));
}

describe('chart to a real registry (no auth)', () => {
  let registry: TestRegistry;
  beforeAll(async () => {
    registry = await startRegistry();
  });
  afterAll(() => registry?.stop());

  test.each(Object.entries(HELMS))('with %s: gates, packages, pushes; helm 3 and helm 4 pull it back by version and by digest; a second run uploads nothing', async (name, bin) => {
    const namespace = `charts-${name}`;
    const keep = mkdtempSync(path.join(work, 'package-'));
    const first = await chart({ registry: `oci://${registry.host}/${namespace}`, 'plain-http': true, helm: bin, 'package-dir': keep });
    expect(first.error).toBeUndefined();
    const out = first.result!.outputs;
    expect(out['chart-ref']).toBe(`oci://${registry.host}/${namespace}/dot-ai:${DOT_AI_VERSION}`);
    expect(out['chart-digest']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(first.result!.json).toMatchObject({ status: 'pushed' });
    // lint, validate and package run side by side; publish only after all of them
    for (const step of ['lint', 'validate', 'package']) expect(first.reporter.text()).toContain(`• ${step}: done`);
    expect(first.reporter.text()).toMatch(/• (lint|validate|package): done[^\n]*\n(.*\n)*.*• publish: done/);
    expect(first.reporter.text().split('\n').filter((l) => !l.startsWith('debug: ')).at(-1)).toMatch(/^info: • publish: done/);
    const packaged = contentDigest(readTgz(readFileSync(out['package-path']!), 'packaged'));

    for (const helm of Object.values(HELMS)) {
      const byVersion = helmPull(helm, `oci://${registry.host}/${namespace}/dot-ai`, ['--version', DOT_AI_VERSION]);
      expect(contentDigest(readTgz(byVersion, 'pulled'))).toBe(packaged);
      expect(byVersion.equals(readFileSync(out['package-path']!))).toBe(true);
      const byDigest = helmPull(helm, `oci://${registry.host}/${namespace}/dot-ai@${out['chart-digest']}`, []);
      expect(byDigest.equals(byVersion)).toBe(true);
    }

    const second = await chart({ registry: `oci://${registry.host}/${namespace}`, 'plain-http': true, helm: bin });
    expect(second.error).toBeUndefined();
    expect(second.result!.json).toMatchObject({ status: 'already-published', 'bytes-uploaded': 0 });
    expect(second.result!.outputs['chart-digest']).toBe(out['chart-digest']);
    expect(second.reporter.text()).toContain('publish: already done, oci://');
    expect(second.reporter.text()).toContain('is already published with the same content');
    // the re-run costs about a look-up and a package: lint and validate are stopped once both say
    // "published with the same content" (or, if they finished first, they ran: either is fine)
    const steps = (second.result!.json as { steps: { name: string; status: string }[] }).steps;
    expect(steps.map((s) => s.name)).toEqual(['dependencies', 'registry', 'package', 'lint', 'validate', 'publish']);
    expect(steps.find((s) => s.name === 'publish')!.status).toBe('already-done');
    for (const gate of ['lint', 'validate']) expect(['already-done', 'done']).toContain(steps.find((s) => s.name === gate)!.status);
  });

  test('an existing version with other content is refused, and replaced only with overwrite', async () => {
    const repo = path.join(work, 'changed');
    cpSync(ROOT, repo, { recursive: true, filter: (src) => !/node_modules|\.git$|\.tools/.test(src) });
    const notes = path.join(repo, 'charts/dot-ai/templates/NOTES.txt');
    writeFileSync(notes, `${readFileSync(notes, 'utf8')}\nChanged after release.\n`);
    const base = { 'working-directory': repo, helm: HELMS.helm3, registry: `oci://${registry.host}/changed`, 'plain-http': true };
    expect((await runInProcess(chartCommand, { ...base, 'working-directory': ROOT })).error).toBeUndefined();
    const refused = await runInProcess(chartCommand, base);
    expect(refused.error).toMatch(new RegExp(`changed/dot-ai:${DOT_AI_VERSION.replace(/\./g, '\\.')} is already published with different content \\(sha256:[0-9a-f]{64}\\); a released version is immutable: bump the version, or set overwrite \\(--overwrite on the CLI\\) to replace it$`));
    const replaced = await runInProcess(chartCommand, { ...base, overwrite: true });
    expect(replaced.error).toBeUndefined();
    expect(replaced.result!.json).toMatchObject({ status: 'overwritten' });
  });
});

describe('chart to a registry with Basic auth', () => {
  const credentials = { username: 'releaser', password: 'S3cret-registry-Pa55' };
  let registry: TestRegistry;
  beforeAll(async () => {
    registry = await startRegistry({ htpasswd: credentials });
  });
  afterAll(() => registry?.stop());

  test('pushes with the password as input; it never reaches a log line or a process argument', async () => {
    const run = await chart({ registry: `oci://${registry.host}/charts`, 'plain-http': true, ...credentials });
    expect(run.error).toBeUndefined();
    expect(run.reporter.secrets).toContain(credentials.password);
    expect(run.spawned.filter(([bin]) => bin !== 'git').map(([, sub]) => sub).sort()).toEqual(['lint', 'package', 'template']); // every helm process was observed
    expect(JSON.stringify(run.spawned)).not.toContain(credentials.password);
    expect(run.reporter.text()).not.toContain(credentials.password);
    expect(JSON.stringify(run.result)).not.toContain(credentials.password);
  });

  test('the CLI reads the password from stdin (--password-stdin)', async () => {
    const layoutless = ['chart', '--working-directory', ROOT, '--helm', HELMS.helm4, '--registry', `oci://${registry.host}/cli`, '--plain-http'];
    const run = await runCli([...layoutless, '--username', credentials.username, '--password-stdin', '--json'], {}, `${credentials.password}\n`);
    expect(run.stderr).not.toContain('error');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ status: 'pushed', 'chart-ref': `oci://${registry.host}/cli/dot-ai:${DOT_AI_VERSION}` });
    expect(run.stdout + run.stderr).not.toContain(credentials.password);
    const anonymous = await runCli(layoutless);
    expect(anonymous.code).toBe(1);
    expect(anonymous.stderr).toMatch(/error: .*401|error: .*credentials|error: .*unauthorized/i);
  });

  test('a wrong password is a 401 naming the registry and user, not the password', async () => {
    const run = await chart({ registry: `oci://${registry.host}/charts`, 'plain-http': true, username: 'releaser', password: 'wrong-Pa55word' });
    expect(run.error).toMatch(/401|credentials|unauthorized/i);
    expect(run.error).toContain('releaser');
    expect(run.error).not.toContain('wrong-Pa55word');
    expect(JSON.stringify(run.spawned)).not.toContain('wrong-Pa55word');
  });
});

describe('chart to an OCI image layout (the demo and dry runs)', () => {
  test('publishes, then skips a re-run', async () => {
    const layout = path.join(work, 'layout');
    const first = await chart({ registry: `oci-layout://${layout}` });
    expect(first.result!.outputs['chart-ref']).toBe(`oci-layout://${layout}/dot-ai:${DOT_AI_VERSION}`);
    const index = JSON.parse(readFileSync(path.join(layout, 'dot-ai/index.json'), 'utf8'));
    expect(index.manifests[0].digest).toBe(first.result!.outputs['chart-digest']);
    const second = await chart({ registry: `oci-layout://${layout}` });
    expect(second.result!.json).toMatchObject({ status: 'already-published', 'bytes-uploaded': 0 });
  });
});

describe('bad input: a clear error and nothing published', () => {
  const layoutUnused = path.join(work, 'never');
  test.each<{ name: string; options: Record<string, string | boolean>; message: string | RegExp }>([
    { name: 'a tag in the reference', options: { registry: `oci://127.0.0.1:1/charts:${DOT_AI_VERSION}` }, message: `input registry: "oci://127.0.0.1:1/charts:${DOT_AI_VERSION}" carries a tag; give the namespace only` },
    { name: 'the chart name in the reference', options: { registry: 'oci://ghcr.io/vfarcic/charts/dot-ai' }, message: 'input registry: "oci://ghcr.io/vfarcic/charts/dot-ai" ends with the chart name "dot-ai"; give the namespace only (like helm push): oci://ghcr.io/vfarcic/charts' },
    { name: "the image's own repository", options: { registry: 'oci://ghcr.io/vfarcic' }, message: 'input registry: the chart would be pushed to ghcr.io/vfarcic/dot-ai, the repository of the released image' },
    { name: 'a digest in the reference', options: { registry: 'oci://ghcr.io/vfarcic/charts@sha256:abc' }, message: 'carries a digest' },
    { name: 'an image tag that is not the appVersion', options: { registry: `oci-layout://${layoutUnused}`, 'image-tag': '0.0.1-other' }, message: `input image-tag: the image being released is tagged 0.0.1-other, but the chart's appVersion is ${DOT_AI_VERSION}` },
    { name: 'a values file that does not exist', options: { registry: `oci-layout://${layoutUnused}`, values: 'examples/nope.yaml' }, message: 'input values[0]: examples/nope.yaml not found' },
    { name: 'a policy skipped without a reason', options: { registry: `oci-layout://${layoutUnused}`, 'skip-policies': 'read-only-root-filesystem' }, message: 'input skip-policies[0]: "read-only-root-filesystem" must be rule=reason' },
    { name: 'a registry that is down', options: { registry: `oci://127.0.0.1:${closedPort}/charts`, 'plain-http': true }, message: new RegExp(`cannot reach registry 127\\.0\\.0\\.1:${closedPort}`) },
  ])('$name', async ({ options, message }) => {
    const run = await chart(options);
    // Refused inputs never start; a step that fails (the registry look-up) returns its summary with ok false.
    expect(run.result?.ok ?? false).toBe(false);
    if (typeof message === 'string') expect(run.error).toContain(message);
    else expect(run.error).toMatch(message);
    expect(() => readFileSync(path.join(layoutUnused, 'dot-ai/index.json'))).toThrow();
  });

  test('an uppercase owner is lowercased, and said', async () => {
    const registry = await startRegistry();
    try {
      const run = await chart({ registry: `oci://${registry.host}/Vfarcic/Charts`, 'plain-http': true });
      expect(run.error).toBeUndefined();
      expect(run.reporter.text()).toContain('warning: input registry: namespace "Vfarcic/Charts" lowercased to "vfarcic/charts"');
      expect(run.result!.outputs['chart-ref']).toBe(`oci://${registry.host}/vfarcic/charts/dot-ai:${DOT_AI_VERSION}`);
    } finally {
      await registry.stop();
    }
  });

  test('a chart that fails lint publishes nothing', async () => {
    const repo = path.join(work, 'broken');
    cpSync(ROOT, repo, { recursive: true, filter: (src) => !/node_modules|\.git$|\.tools/.test(src) });
    writeFileSync(path.join(repo, 'charts/dot-ai/templates/broken.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Values.nope.missing }}\n');
    const layout = path.join(work, 'broken-layout');
    const run = await runInProcess(chartCommand, { 'working-directory': repo, helm: HELMS.helm4, registry: `oci-layout://${layout}` });
    expect(run.error).toMatch(/^helm lint --strict .*charts\/dot-ai: .*nil pointer|^helm lint --strict .*charts\/dot-ai: .*ERROR/);
    expect(run.reporter.text()).not.toContain('• publish');
    expect(() => readFileSync(path.join(layout, 'dot-ai/index.json'))).toThrow();
  });
});

describe('temporary files and failed runs', () => {
  test('the package is removed when the run ends unless package-dir keeps it', async () => {
    const before = new Set(readdirSync(tmpdir()).filter((f) => f.startsWith('dot-ai-release-chart-')));
    const layout = path.join(work, 'cleanup-layout');
    const run = await chart({ registry: `oci-layout://${layout}` });
    expect(run.error).toBeUndefined();
    expect(run.result!.outputs['package-path']).toBe('');
    const after = readdirSync(tmpdir()).filter((f) => f.startsWith('dot-ai-release-chart-') && !before.has(f));
    expect(after).toEqual([]);
  });

  test('a failed step still gives the summary (steps so far, the failed one, what never ran) and the cause', async () => {
    const run = await chart({ registry: `oci://127.0.0.1:${closedPort}/charts`, 'plain-http': true });
    expect(run.error).toMatch(/cannot reach registry/);
    expect(run.result!.ok).toBe(false);
    expect(run.result!.summary).toMatch(/failed at registry/);
    expect(run.result!.summary).toMatch(/\| publish \| not run/);
    expect(run.result!.outputs['chart-version']).toBe(DOT_AI_VERSION);
  });
});

describe('chart dependencies', () => {
  test('builds them offline when missing (file:// subchart), then skips once vendored', async () => {
    const repo = path.join(work, 'with-deps');
    cpSync(path.join(ROOT, 'examples/demo-project'), repo, { recursive: true });
    const lib = path.join(repo, 'libs/common');
    mkdirSync(path.join(lib, 'templates'), { recursive: true });
    writeFileSync(path.join(lib, 'Chart.yaml'), 'apiVersion: v2\nname: common\nversion: 0.1.0\ntype: library\n');
    writeFileSync(path.join(lib, 'templates/_names.tpl'), '{{- define "common.name" -}}demo{{- end }}\n');
    const chartYaml = path.join(repo, 'charts/demo-mcp/Chart.yaml');
    writeFileSync(chartYaml, `${readFileSync(chartYaml, 'utf8')}dependencies:\n  - name: common\n    version: 0.1.0\n    repository: file://../../libs/common\n`);
    const layout = path.join(work, 'deps-layout');
    for (const helm of Object.values(HELMS)) {
      rmSync(path.join(repo, 'charts/demo-mcp/charts'), { recursive: true, force: true });
      const first = await runInProcess(chartCommand, { 'working-directory': repo, helm, registry: `oci-layout://${layout}`, 'package-dir': mkdtempSync(path.join(work, 'package-')) });
      expect(first.error).toBeUndefined();
      expect(first.reporter.text()).toContain('building dependencies: common 0.1.0 from file://../../libs/common');
      expect(first.reporter.text()).toContain('• dependencies: done');
      const packaged = readTgz(readFileSync(first.result!.outputs['package-path']!), 'packaged').map((e) => e.name);
      expect(packaged).toContain('demo-mcp/charts/common/Chart.yaml');

      const second = await runInProcess(chartCommand, { 'working-directory': repo, helm, registry: `oci-layout://${layout}` });
      expect(second.reporter.text()).toContain('• dependencies: skipped, all 1 dependencies are vendored under charts/ (no network needed)');
      expect(second.result!.json).toMatchObject({ status: 'already-published' });
    }
  });
});
