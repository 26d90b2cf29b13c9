import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ActionReporter } from '../../src/report/action-reporter.js';
import { CliReporter } from '../../src/report/cli-reporter.js';

const dir = mkdtempSync(path.join(tmpdir(), 'reporters-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(json = false, env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const reporter = new CliReporter(json, (s) => out.push(s), (s) => err.push(s), env);
  return { reporter, stdout: () => out.join(''), stderr: () => err.join('') };
}

describe('CliReporter', () => {
  test('a newline in a quoted value cannot forge an error: line', () => {
    const { reporter, stderr } = cli();
    reporter.error('input username: "bob\nerror: forged" is not allowed', { file: 'a\nerror: b.yaml', line: 3 });
    reporter.info('user bob\nerror: forged');
    reporter.warning('x\r\nerror: y');
    expect(stderr().split('\n').filter((l) => l.startsWith('error:'))).toEqual([
      'error: a\\nerror: b.yaml:3: input username: "bob\\nerror: forged" is not allowed',
    ]);
    expect(stderr().split('\n')).toHaveLength(4); // three lines and the final newline
  });

  test('no raw ESC or workflow command reaches stderr', () => {
    const { reporter, stderr } = cli();
    reporter.info('\u001b[2J::error::cleared');
    reporter.info('::error::forged');
    reporter.fail('##[error]forged');
    expect(stderr()).toBe('\\x1b[2J::error::cleared\n\\x3a:error::forged\nerror: ##\\x5berror]forged\n');
  });

  test('debug lines only with RUNNER_DEBUG=1; groups are headed', async () => {
    const quiet = cli();
    quiet.reporter.debug('hidden');
    expect(quiet.stderr()).toBe('');
    const loud = cli(false, { RUNNER_DEBUG: '1' });
    loud.reporter.debug('shown\nerror: no');
    expect(await loud.reporter.group('step one', async () => 42)).toBe(42);
    expect(loud.stderr()).toBe('debug: shown\\nerror: no\n== step one\n');
  });

  test('--json: secrets masked also where JSON escaped them; the summary printed line-safe', () => {
    const json = cli(true);
    json.reporter.secret('p"ss\\word');
    json.reporter.finish({ ok: true, outputs: {}, json: { note: 'p"ss\\word', x: '\u009b' } });
    expect(json.stdout()).not.toContain('ss');
    expect(JSON.parse(json.stdout())).toEqual({ note: '***', x: '\u009b' });
    const text = cli(false);
    text.reporter.finish({ ok: true, outputs: {}, json: {}, summary: '### t\n| `a\u001b` |' });
    expect(text.stdout()).toBe('### t\n| `a\\x1b` |\n');
  });
});

describe('ActionReporter', () => {
  let written: string[];
  const saved = { ...process.env };
  beforeEach(() => {
    written = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    process.env = { ...saved };
  });
  const lines = () => written.join('').split('\n').filter(Boolean);

  test('core.info writes raw: our info lines cannot be workflow commands', () => {
    const reporter = new ActionReporter(dir, {});
    reporter.info('::error file=x,line=1::forged');
    reporter.info('chart demo\n::error::forged');
    reporter.info('ok ##[warning]forged');
    expect(lines()).toEqual(['\\x3a:error file=x,line=1::forged', 'chart demo\\n::error::forged', 'ok ##\\x5bwarning]forged']);
  });

  test('annotations: message and file escaped, one command per line', () => {
    const reporter = new ActionReporter(dir, { GITHUB_WORKSPACE: dir });
    reporter.error('holds 1.0\n::error::forged', { file: 'a,b:c\n::error::x.md', line: 2 });
    expect(lines()).toEqual(['::error file=a%2Cb%3Ac%0A%3A%3Aerror%3A%3Ax.md,line=2::holds 1.0\\n::error::forged']);
  });

  test('annotations are relative to the workspace when the repository is a subfolder of it', () => {
    const reporter = new ActionReporter(path.join(dir, 'services/api'), { GITHUB_WORKSPACE: dir });
    reporter.error('drift', { file: 'charts/api/values.yaml', line: 7 });
    reporter.warning('note', { file: 'README.md' });
    expect(lines()).toEqual(['::error file=services/api/charts/api/values.yaml,line=7::drift', '::warning file=services/api/README.md::note']);
  });

  test('debug lines and log groups', async () => {
    const reporter = new ActionReporter(dir, {});
    reporter.debug('detail\n::error::x');
    await reporter.group('scan \u001b[31m', async () => reporter.info('inside'));
    expect(lines()).toEqual(['::debug::detail\\n::error::x', '::group::scan \\x1b[31m', 'inside', '::endgroup::']);
  });

  test.each<[string, (p: string) => void, string]>([
    ['GITHUB_OUTPUT', (p) => mkdirSync(p), 'is a directory, not a file; nothing was changed'],
    ['GITHUB_STEP_SUMMARY', (p) => mkdirSync(p), 'is a directory, not a file; nothing was changed'],
    ['GITHUB_OUTPUT', () => undefined, 'cannot be used (ENOENT); nothing was changed'],
  ])('preflight refuses %s that cannot take output', (name, make, message) => {
    const target = mkdtempSync(path.join(dir, 'runner-'));
    const file = path.join(target, 'out');
    make(file);
    const env = { GITHUB_OUTPUT: path.join(target, 'ok'), GITHUB_STEP_SUMMARY: path.join(target, 'ok'), [name]: file };
    writeFileSync(path.join(target, 'ok'), '');
    expect(() => new ActionReporter(dir, env).preflight()).toThrow(`${name}: ${file} ${message}`);
  });

  test('an output that cannot be written after all is one clear error', async () => {
    const target = mkdtempSync(path.join(dir, 'runner-'));
    process.env.GITHUB_OUTPUT = path.join(target, 'missing/output');
    const reporter = new ActionReporter(dir, process.env);
    await expect(reporter.finish({ ok: true, outputs: { version: '1.0.0' }, json: {} })).rejects.toThrow(/^GITHUB_OUTPUT: cannot write the step's outputs \(/);
    process.env.GITHUB_OUTPUT = path.join(target, 'output');
    writeFileSync(process.env.GITHUB_OUTPUT, '');
    await reporter.finish({ ok: true, outputs: { version: '1.0.0' }, json: {} });
    expect(readFileSync(process.env.GITHUB_OUTPUT, 'utf8')).toMatch(/^version<<ghadelimiter_[\w-]+\n1\.0\.0\n/);
  });
});
