import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { copyDemoProject, removeTempRepos, runCli, snapshot } from '../helpers/repo.js';

afterAll(removeTempRepos);

const edit = (repo: string, file: string, change: (text: string) => string) =>
  writeFileSync(path.join(repo, file), change(readFileSync(path.join(repo, file), 'utf8')));

describe('version --bump minor, then check', () => {
  test('every place moves to the new version and check passes', async () => {
    const repo = copyDemoProject();
    const bumped = await runCli(['version', '--bump', 'minor', '--working-directory', repo, '--json']);
    expect(bumped.stderr).toContain('0.4.2 -> 0.5.0');
    expect(bumped.code).toBe(0);
    const result = JSON.parse(bumped.stdout);
    expect(result.version).toBe('0.5.0');
    expect(result['previous-version']).toBe('0.4.2');
    expect(result['changed-files']).toEqual([
      'README.md',
      'charts/demo-mcp/Chart.yaml',
      'charts/demo-mcp/values.yaml',
      'deploy/kubernetes/deployment.yaml',
      'deploy/kubernetes/kustomization.yaml',
      'deploy/toolhive/mcpserver.yaml',
      'docker-compose.yml',
      'docs/install.md',
      'gordon-mcp.yml',
      'package-lock.json',
      'package.json',
      'server.json',
    ]);
    // the other server's entry in server.json and the ignored old reference stay as they were
    expect(readFileSync(path.join(repo, 'server.json'), 'utf8')).toContain('"version": "2.0.0"');
    expect(readFileSync(path.join(repo, 'docs/install.md'), 'utf8')).toContain('ghcr.io/acme/demo-mcp:0.3.0 needs no migration');
    expect(readFileSync(path.join(repo, 'charts/demo-mcp/values.yaml'), 'utf8')).toContain("tag: '0.5.0'   # single quotes stay single quotes");

    const check = await runCli(['check', '--working-directory', repo, '--json']);
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout)).toMatchObject({ ok: true, version: '0.5.0', 'chart-version': '0.5.0', 'drift-count': 0, references: 22, drift: [] });
  });

  test('a hand-made drift is reported at its exact file and line', async () => {
    const repo = copyDemoProject();
    edit(repo, 'docs/install.md', (t) => t.replace('--version 0.4.2', '--version 0.4.1'));
    edit(repo, 'charts/demo-mcp/values.yaml', (t) => t.replace("tag: '0.4.2'", "tag: '0.4.0'"));
    const check = await runCli(['check', '--working-directory', repo]);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('error: charts/demo-mcp/values.yaml:15: ui.image.tag holds 0.4.0, should hold 0.4.2');
    expect(check.stderr).toContain('error: docs/install.md:14: oci://ghcr.io/acme/charts/demo-mcp --version holds 0.4.1, should hold 0.4.2');
    const json = JSON.parse((await runCli(['check', '--working-directory', repo, '--json'])).stdout);
    expect(json.drift).toEqual([
      { file: 'charts/demo-mcp/values.yaml', line: 15, field: 'ui.image.tag', current: '0.4.0', expected: '0.4.2' },
      { file: 'docs/install.md', line: 14, field: 'oci://ghcr.io/acme/charts/demo-mcp --version', current: '0.4.1', expected: '0.4.2' },
    ]);
    // `version --set <current>` realigns the drifted places
    expect((await runCli(['version', '--set', '0.4.2', '--working-directory', repo])).code).toBe(0);
    expect((await runCli(['check', '--working-directory', repo])).code).toBe(0);
  });

  test.each([
    { bump: ['--bump', 'patch'], version: '0.4.3' },
    { bump: ['--bump', 'major'], version: '1.0.0' },
    { bump: ['--bump', 'preminor', '--preid', 'rc'], version: '0.5.0-rc.0' },
    { bump: ['--bump', 'prerelease', '--preid', 'beta'], version: '0.4.3-beta.0' },
    { bump: ['--set', 'v0.9.0'], version: '0.9.0' },
    { bump: ['--set', '0.1.0', '--allow-downgrade'], version: '0.1.0' },
  ])('$bump -> $version', async ({ bump, version }) => {
    const repo = copyDemoProject();
    const run = await runCli(['version', ...bump, '--working-directory', repo, '--json']);
    expect(run.stderr).not.toContain('error');
    expect(JSON.parse(run.stdout).version).toBe(version);
    expect(JSON.parse((await runCli(['check', '--working-directory', repo, '--json'])).stdout).version).toBe(version);
  });

  test('--dry-run reports the edits and writes nothing', async () => {
    const repo = copyDemoProject();
    const before = snapshot(repo);
    const run = await runCli(['version', '--bump', 'minor', '--dry-run', '--working-directory', repo, '--summary', '-']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('| `package.json:3` | `version` | `0.4.2` | `0.5.0` |');
    expect(snapshot(repo)).toEqual(before);
  });

  test('independent chart versioning bumps the chart on its own', async () => {
    const repo = copyDemoProject();
    edit(repo, 'dot-ai-release.yaml', (t) => t.replace('versioning: follow ', 'versioning: independent'));
    edit(repo, 'charts/demo-mcp/Chart.yaml', (t) => t.replace('version: 0.4.2', 'version: 3.1.0'));
    edit(repo, 'docs/install.md', (t) => t.replace('--version 0.4.2', '--version 3.1.0'));
    expect((await runCli(['check', '--working-directory', repo])).code).toBe(0);
    const run = JSON.parse((await runCli(['version', '--bump', 'minor', '--working-directory', repo, '--json'])).stdout);
    expect(run).toMatchObject({ version: '0.5.0', 'chart-version': '3.2.0' });
    expect(readFileSync(path.join(repo, 'docs/install.md'), 'utf8')).toContain('--version 3.2.0');
    expect((await runCli(['check', '--working-directory', repo])).code).toBe(0);
  });

  test('CRLF files stay CRLF', async () => {
    const repo = copyDemoProject();
    edit(repo, 'docs/install.md', (t) => t.replace(/\n/g, '\r\n'));
    edit(repo, 'charts/demo-mcp/values.yaml', (t) => t.replace(/\n/g, '\r\n'));
    expect((await runCli(['version', '--bump', 'patch', '--working-directory', repo])).code).toBe(0);
    for (const file of ['docs/install.md', 'charts/demo-mcp/values.yaml']) {
      const text = readFileSync(path.join(repo, file), 'utf8');
      expect(text).toContain('0.4.3');
      expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    }
    const check = await runCli(['check', '--working-directory', repo, '--json']);
    expect(JSON.parse(check.stdout).drift).toEqual([]);
  });
});

describe('bad input: one clear line, non-zero exit, no file changed', () => {
  const outside = mkdtempSync(path.join(tmpdir(), 'dot-ai-release-outside-'));
  writeFileSync(path.join(outside, 'server.json'), '{"version": "0.4.2"}');
  afterAll(() => rmSync(outside, { recursive: true, force: true }));

  test.each<{ name: string; args: string[]; setup?: (repo: string) => void; message: string }>([
    { name: 'invalid semver', args: ['--set', '1.2'], message: '--set: "1.2" is not a valid SemVer version' },
    { name: 'build metadata', args: ['--set', '1.2.3+build.5'], message: '--set: "1.2.3+build.5" carries build metadata' },
    { name: 'unknown bump kind', args: ['--bump', 'huge'], message: '--bump: unknown bump kind "huge" (expected one of major, minor, patch' },
    { name: 'lower version', args: ['--set', '0.4.1'], message: '--set: 0.4.1 is lower than the current version 0.4.2 (pass --allow-downgrade' },
    { name: 'invalid prerelease id', args: ['--bump', 'prerelease', '--preid', 'rc_1'], message: '--preid: "rc_1" is not a valid prerelease id' },
    { name: 'prerelease id with leading zero', args: ['--bump', 'prerelease', '--preid', '01'], message: '--preid: "01" is not a valid prerelease id' },
    { name: 'preid on a plain bump', args: ['--bump', 'minor', '--preid', 'rc'], message: '--preid: only applies to pre* bumps, not to minor' },
    { name: 'neither bump nor set', args: [], message: '--bump or --set: one is required' },
    { name: 'both bump and set', args: ['--bump', 'minor', '--set', '1.0.0'], message: '--bump and --set: give one, not both' },
    { name: 'shell injection', args: ['--set', '1.2.3; rm -rf /'], message: '--set: "1.2.3; rm -rf /" is not a valid SemVer version' },
    { name: 'command substitution', args: ['--set', '$(id)'], message: '--set: "$(id)" is not a valid SemVer version' },
    { name: 'YAML injection', args: ['--set', '1.2.3\nkey: x'], message: '--set: "1.2.3\\nkey: x" is not a valid SemVer version' },
    {
      name: 'missing package.json',
      args: ['--bump', 'minor'],
      setup: (r) => unlinkSync(path.join(r, 'package.json')),
      message: 'package.json: not found (set packageJson: false in dot-ai-release.yaml',
    },
    {
      name: 'missing Chart.yaml',
      args: ['--bump', 'minor'],
      setup: (r) => unlinkSync(path.join(r, 'charts/demo-mcp/Chart.yaml')),
      message: 'dot-ai-release.yaml: chart.path: charts/demo-mcp/Chart.yaml not found',
    },
    {
      name: 'malformed YAML',
      args: ['--bump', 'minor'],
      setup: (r) => edit(r, 'charts/demo-mcp/values.yaml', (t) => t.replace('service:', 'service: [')),
      message: 'charts/demo-mcp/values.yaml:',
    },
    {
      name: 'malformed JSON',
      args: ['--bump', 'minor'],
      setup: (r) => edit(r, 'server.json', (t) => t.replace('"version": "0.4.2",', '"version": "0.4.2",,')),
      message: 'server.json:5: malformed JSON',
    },
    {
      name: 'values path that does not exist',
      args: ['--bump', 'minor'],
      setup: (r) => edit(r, 'dot-ai-release.yaml', (t) => t.replace('valuesPath: ui.image.tag', 'valuesPath: ui.image.version')),
      message: 'charts/demo-mcp/values.yaml: ui.image.version: no such value (configured by dot-ai-release.yaml: images[1].valuesPath)',
    },
    {
      name: 'path outside the repository (..)',
      args: ['--bump', 'minor'],
      setup: (r) => edit(r, 'dot-ai-release.yaml', (t) => t.replace('path: charts/demo-mcp', 'path: ../charts/demo-mcp')),
      message: 'dot-ai-release.yaml: chart.path: "../charts/demo-mcp" leaves the repository ("..")',
    },
    {
      name: 'absolute path',
      args: ['--bump', 'minor'],
      setup: (r) => edit(r, 'dot-ai-release.yaml', (t) => t.replace('serverJson: server.json', 'serverJson: /etc/passwd')),
      message: 'dot-ai-release.yaml: serverJson: "/etc/passwd" is an absolute path',
    },
    {
      name: 'symlink escaping the repository',
      args: ['--bump', 'minor'],
      setup: (r) => {
        unlinkSync(path.join(r, 'server.json'));
        symlinkSync(path.join(outside, 'server.json'), path.join(r, 'server.json'));
      },
      message: 'dot-ai-release.yaml: serverJson: "server.json" is a symlink to',
    },
    {
      name: 'symlinked doc escaping the repository',
      args: ['--bump', 'minor'],
      setup: (r) => {
        mkdirSync(path.join(r, 'docs/more'));
        symlinkSync(path.join(outside, 'server.json'), path.join(r, 'docs/more/outside.md'));
      },
      message: 'docs/more/outside.md: "docs/more/outside.md" is a symlink to',
    },
    {
      name: 'unknown config key',
      args: ['--bump', 'minor'],
      setup: (r) => edit(r, 'dot-ai-release.yaml', (t) => t.replace('versioning: follow', 'versionng: follow')),
      message: 'dot-ai-release.yaml: chart.versionng: unknown key (known: path, versioning, repository, policy)',
    },
    {
      name: 'wrong config type',
      args: ['--bump', 'minor'],
      setup: (r) => edit(r, 'dot-ai-release.yaml', (t) => t.replace('  - name: ghcr.io/acme/demo-mcp-ui', '  - name: 42')),
      message: 'dot-ai-release.yaml: images[1].name: expected a non-empty string, got number 42',
    },
    {
      name: 'configured glob matching nothing',
      args: ['--bump', 'minor'],
      setup: (r) => edit(r, 'dot-ai-release.yaml', (t) => t.replace('  - gordon-mcp.yml', '  - helm/**/*.yaml')),
      message: 'dot-ai-release.yaml: references[3]: helm/**/*.yaml matches no file',
    },
    {
      name: 'configured field file missing',
      args: ['--bump', 'minor'],
      setup: (r) => unlinkSync(path.join(r, 'deploy/kubernetes/kustomization.yaml')),
      message: 'dot-ai-release.yaml: fields[0].file: deploy/kubernetes/kustomization.yaml matches no file',
    },
    { name: 'unknown flag', args: ['--bmp', 'minor'], message: "version: Unknown option '--bmp'" },
  ])('$name', async ({ args, setup, message }) => {
    const repo = copyDemoProject();
    setup?.(repo);
    const before = snapshot(repo);
    const run = await runCli(['version', ...args, '--working-directory', repo]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`error: ${message}`);
    expect(run.stderr.trim().split('\n').filter((l) => l.startsWith('error:'))).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(snapshot(repo)).toEqual(before);
  });
});
