import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { COMMANDS, COMMON_OPTIONS } from '../src/config/spec.js';
import { copyDemoProject, removeTempRepos, ROOT, runAction, runCli } from './helpers/repo.js';

afterAll(removeTempRepos);

/** A runner-like environment: GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files. */
function runnerFiles() {
  const dir = mkdtempSync(path.join(tmpdir(), 'runner-'));
  const output = path.join(dir, 'output');
  const summary = path.join(dir, 'summary');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  return {
    env: { GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary, GITHUB_ACTIONS: 'true' },
    outputs: () => {
      // core writes `name<<DELIM\nvalue\nDELIM`
      const text = readFileSync(output, 'utf8');
      const result: Record<string, string> = {};
      for (const m of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) result[m[1] as string] = m[3] as string;
      return result;
    },
    summary: () => readFileSync(summary, 'utf8'),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

describe('the action (dist/index.js, inputs as INPUT_*)', () => {
  test('version: outputs and job summary', async () => {
    const repo = copyDemoProject();
    const runner = runnerFiles();
    const run = await runAction({ command: 'version', bump: 'minor', 'working-directory': repo }, runner.env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const outputs = runner.outputs();
    expect(outputs).toMatchObject({ version: '0.5.0', 'previous-version': '0.4.2', 'chart-version': '0.5.0' });
    expect(outputs['changed-files']?.split('\n')).toContain('charts/demo-mcp/values.yaml');
    expect(runner.summary()).toContain('| `charts/demo-mcp/values.yaml:15` | `ui.image.tag` | `0.4.2` | `0.5.0` |');
    runner.cleanup();
  });

  test('check: drift becomes error annotations at file and line, and the step fails', async () => {
    const repo = copyDemoProject();
    const compose = path.join(repo, 'docker-compose.yml');
    writeFileSync(compose, readFileSync(compose, 'utf8').replace('demo-mcp-ui:0.4.2', 'demo-mcp-ui:0.4.0'));
    const runner = runnerFiles();
    const run = await runAction({ command: 'check', 'working-directory': repo }, runner.env);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error file=docker-compose.yml,line=7::ghcr.io/acme/demo-mcp-ui:<tag> holds 0.4.0, should hold 0.4.2');
    expect(runner.outputs()).toMatchObject({ version: '0.4.2', 'drift-count': '1' });
    expect(runner.summary()).toContain('| `docker-compose.yml:7` | `ghcr.io/acme/demo-mcp-ui:<tag>` | `0.4.0` | `0.4.2` |');
    runner.cleanup();
  });

  test.each<{ inputs: Record<string, string>; message: string }>([
    { inputs: {}, message: '::error::input command: is required (expected one of version, chart, check' },
    { inputs: { command: 'publish' }, message: '::error::input command: unknown command "publish"' },
    { inputs: { command: 'version', bump: 'minor', 'dry-run': 'maybe' }, message: '::error::input dry-run: "maybe" is not a boolean' },
  ])('bad input $inputs fails the step with one line', async ({ inputs, message }) => {
    const repo = copyDemoProject();
    const runner = runnerFiles();
    const run = await runAction({ 'working-directory': repo, ...inputs }, runner.env);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(message);
    expect(run.stdout.trim().split('\n').filter((l) => l.startsWith('::error'))).toHaveLength(1);
    runner.cleanup();
  });

  test('owner and repository come from GITHUB_REPOSITORY, lowercased, for the default image', async () => {
    const repo = copyDemoProject();
    // no configuration file: all defaults, image ghcr.io/<owner>/<repo>
    rmSync(path.join(repo, 'dot-ai-release.yaml'));
    const run = await runCli(['check', '--working-directory', repo, '--json'], { GITHUB_REPOSITORY: 'Acme/Demo-MCP' });
    expect(run.stderr).toBe('All 22 version references in 15 files hold 0.4.2.\n');
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, references: 22 });
    // the default image is ghcr.io/acme/demo-mcp; the -ui image values.yaml pins beside it, named after it
    // at the release version, is released with it (issue 19: dot-ai's agentic-tools plugin)
    const dry = JSON.parse((await runCli(['version', '--bump', 'patch', '--dry-run', '--working-directory', repo, '--json'], { GITHUB_REPOSITORY: 'Acme/Demo-MCP' })).stdout);
    const fields = new Set(dry.changes.map((c: { field: string }) => c.field));
    expect(fields).toContain('ghcr.io/acme/demo-mcp:<tag>');
    expect(fields).toContain('oci://ghcr.io/acme/charts/demo-mcp --version');
    expect(fields).toContain('ghcr.io/acme/demo-mcp-ui:<tag>');
    expect(fields).toContain('ui.image.tag');
  });
});

describe('the CLI', () => {
  test.each(COMMANDS.map((c) => c.name))('%s --help lists every flag', async (name) => {
    const run = await runCli([name, '--help']);
    expect(run.code).toBe(0);
    const spec = COMMANDS.find((c) => c.name === name)!;
    for (const option of [...COMMON_OPTIONS, ...spec.options]) expect(run.stdout).toContain(`--${option.name}`);
  });

  test('--no-FLAG turns a boolean option off', async () => {
    expect((await runCli(['image', '--help'])).stdout).toContain('--cache, --no-cache');
    const repo = copyDemoProject();
    const plain = await runCli(['check', '--json', '--no-json', '--working-directory', repo, '--summary', '-']);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('### Version check: no drift');
    expect(() => JSON.parse(plain.stdout)).toThrow();
  });

  test('--version prints the toolkit\'s own version (package.json), not the version command', async () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const run = await runCli(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`dot-ai-release ${version}\n`);
  });

  test('no command prints usage and fails', async () => {
    const run = await runCli([]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Usage: dot-ai-release <command>');
  });
});
