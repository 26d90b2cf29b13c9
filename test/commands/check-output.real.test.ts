import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { COMMANDS } from '../../src/config/spec.js';
import { copyDemoProject, removeTempRepos } from '../helpers/repo.js';
import { edit, linesStarting, run, write } from '../fs/helpers.js';

/**
 * What check and version print, on every channel: escaped (issue 9), annotations on the right
 * file, the job summary's markdown intact, `--json` under the outputs' names (issue 8).
 */
afterAll(removeTempRepos);

const ESC = '\u001b';

function runner() {
  const dir = mkdtempSync(path.join(tmpdir(), 'runner-'));
  writeFileSync(path.join(dir, 'output'), '');
  writeFileSync(path.join(dir, 'summary'), '');
  return {
    env: { GITHUB_OUTPUT: path.join(dir, 'output'), GITHUB_STEP_SUMMARY: path.join(dir, 'summary'), GITHUB_ACTIONS: 'true' },
    summary: () => readFileSync(path.join(dir, 'summary'), 'utf8'),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A repository whose file names and values carry newlines, workflow commands, ESC sequences and markup. */
function hostileRepo(): { repo: string; evilDoc: string } {
  const repo = copyDemoProject();
  const evilDoc = 'docs/a\n::error file=evil.md,line=1::forged|<b>x.md';
  write(repo, evilDoc, 'Run ghcr.io/acme/demo-mcp:0.4.1 here.\n');
  edit(repo, 'dot-ai-release.yaml', (t) => t.replace('  - docs/**/*.md', '  - docs/**'));
  edit(repo, 'charts/demo-mcp/values.yaml', (t) => t.replace('tag: "0.4.2"', `tag: '${ESC}]0;owned${ESC}\\ ##[error]forged'`));
  return { repo, evilDoc };
}

describe('nothing from a file forges a line on any channel', () => {
  test('CLI: one error line per drift, everything visible, no raw ESC', async () => {
    const { repo } = hostileRepo();
    const result = await run('cli', ['check', '--working-directory', repo, '--summary', '-']);
    expect(result.code).toBe(1);
    expect(linesStarting(result.stderr, 'error:')).toEqual([
      'error: charts/demo-mcp/values.yaml:8: image.tag holds \\x1b]0;owned\\x1b\\ ##\\x5berror]forged, should hold 0.4.2',
      'error: docs/a\\n::error file=evil.md,line=1::forged|<b>x.md:1: ghcr.io/acme/demo-mcp:<tag> holds 0.4.1, should hold 0.4.2',
      'error: check: failed',
    ]);
    expect(result.stderr + result.stdout).not.toContain(ESC);
    expect(result.stdout).toContain('| `docs/a\\n::error file=evil.md,line=1::forged\\|<b>x.md:1` | `ghcr.io/acme/demo-mcp:<tag>` | `0.4.1` | `0.4.2` |');
  });

  test('CLI --json: the same values, parseable, no raw ESC and no ##[', async () => {
    const { repo, evilDoc } = hostileRepo();
    const result = await run('cli', ['check', '--json', '--working-directory', repo]);
    const json = JSON.parse(result.stdout);
    expect(json.drift.map((d: { file: string }) => d.file)).toEqual(['charts/demo-mcp/values.yaml', evilDoc]);
    expect(result.stdout).not.toContain(ESC);
    expect(result.stdout).not.toContain('##[');
  });

  test('action: only our own workflow commands; the summary shows the names as code', async () => {
    const { repo } = hostileRepo();
    const r = runner();
    const result = await run('action', [], { env: { ...r.env, INPUT_COMMAND: 'check', 'INPUT_WORKING-DIRECTORY': repo, GITHUB_WORKSPACE: repo } });
    expect(result.code).toBe(1);
    const commands = result.stdout.split('\n').filter((l) => /^\s*::/.test(l) || l.includes('##['));
    // (a quoted `##[` is neutralised even inside an annotation's data: the runner reads `##[` anywhere in a line)
    expect(commands).toEqual([
      '::error file=charts/demo-mcp/values.yaml,line=8::image.tag holds \\x1b]0;owned\\x1b\\ ##\\x5berror]forged, should hold 0.4.2',
      '::error file=docs/a%0A%3A%3Aerror file=evil.md%2Cline=1%3A%3Aforged|<b>x.md,line=1::ghcr.io/acme/demo-mcp:<tag> holds 0.4.1, should hold 0.4.2',
      '::error::check: failed',
    ]);
    expect(result.stdout).not.toContain(ESC);
    const summary = r.summary();
    expect(summary).toContain('| `docs/a\\n::error file=evil.md,line=1::forged\\|<b>x.md:1` | `ghcr.io/acme/demo-mcp:<tag>` | `0.4.1` | `0.4.2` |');
    expect(summary).not.toContain(ESC);
    r.cleanup();
  });

  test('the summary shows <tag> (a code span), not an HTML element that vanishes (issue 8)', async () => {
    const repo = copyDemoProject();
    edit(repo, 'docker-compose.yml', (t) => t.replace('demo-mcp-ui:0.4.2', 'demo-mcp-ui:0.4.0'));
    const r = runner();
    await run('action', [], { env: { ...r.env, INPUT_COMMAND: 'check', 'INPUT_WORKING-DIRECTORY': repo } });
    expect(r.summary()).toContain('| `docker-compose.yml:7` | `ghcr.io/acme/demo-mcp-ui:<tag>` | `0.4.0` | `0.4.2` |');
    r.cleanup();
  });
});

test('drift annotations are relative to the workspace when working-directory is a subfolder (issue 8)', async () => {
  const workspace = mkdtempSync(path.join(tmpdir(), 'workspace-'));
  const repo = path.join(workspace, 'services/demo');
  mkdirSync(path.dirname(repo), { recursive: true });
  cpSync(copyDemoProject(), repo, { recursive: true });
  edit(repo, 'docker-compose.yml', (t) => t.replace('demo-mcp-ui:0.4.2', 'demo-mcp-ui:0.4.0'));
  const r = runner();
  const result = await run('action', [], { env: { ...r.env, INPUT_COMMAND: 'check', 'INPUT_WORKING-DIRECTORY': 'services/demo', GITHUB_WORKSPACE: workspace }, cwd: workspace });
  expect(linesStarting(result.stdout, '::error file=')).toEqual([
    '::error file=services/demo/docker-compose.yml,line=7::ghcr.io/acme/demo-mcp-ui:<tag> holds 0.4.0, should hold 0.4.2',
  ]);
  r.cleanup();
  rmSync(workspace, { recursive: true, force: true });
});

describe('--json carries the outputs under their names (issue 8)', () => {
  test.each(['check', 'version'])('%s', async (name) => {
    const repo = copyDemoProject();
    const args = name === 'version' ? ['version', '--bump', 'minor'] : ['check'];
    const json = JSON.parse((await run('cli', [...args, '--json', '--working-directory', repo])).stdout);
    const outputs = COMMANDS.find((c) => c.name === name)!.outputs.map((o) => o.name);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(outputs));
    for (const key of Object.keys(json)) expect(key).toMatch(/^[a-z]+(-[a-z]+)*$/); // kebab-case, like the outputs and flags
    if (name === 'version') expect(json).toMatchObject({ version: '0.5.0', 'previous-version': '0.4.2', 'chart-version': '0.5.0', 'dry-run': false });
    else expect(json).toMatchObject({ version: '0.4.2', 'chart-version': '0.4.2', 'drift-count': 0 });
  });
});

describe('arguments and outputs', () => {
  test.each([
    [['check', '--bad\nerror: forged'], "error: check: Unknown option '--bad\\nerror: forged'"],
    [['che\u009bck\nerror: x'], 'error: unknown command "che\\x9bck\\nerror: x"'],
  ])('the CLI quotes a bad argument on one visible line: %j', async (args, line) => {
    const result = await run('cli', args);
    expect(result.code).toBe(1);
    expect(linesStarting(result.stderr, 'error:')).toEqual([line]);
    expect(result.stderr).not.toContain('\u009b');
  });

  test('changed-files has one line per file, whatever a name holds', async () => {
    const repo = copyDemoProject();
    write(repo, 'docs/two\nlines.md', 'ghcr.io/acme/demo-mcp:0.4.2\n');
    edit(repo, 'dot-ai-release.yaml', (t) => t.replace('  - docs/**/*.md', '  - docs/**'));
    const r = runner();
    const result = await run('action', [], { env: { ...r.env, INPUT_COMMAND: 'version', INPUT_BUMP: 'patch', 'INPUT_WORKING-DIRECTORY': repo } });
    expect(result.code).toBe(0);
    const output = readFileSync(r.env.GITHUB_OUTPUT, 'utf8');
    const files = /^changed-files<<(\S+)\n([\s\S]*?)\n\1$/m.exec(output)?.[2]?.split('\n');
    expect(files).toContain('docs/two\\nlines.md');
    expect(files).toHaveLength(13);
    r.cleanup();
  });
});
