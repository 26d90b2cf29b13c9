import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ActionReporter } from '../../src/report/action-reporter.js';
import { CliReporter, type CliSettings } from '../../src/report/cli-reporter.js';
import { cliInputNames } from '../../src/report/escape.js';

const dir = mkdtempSync(path.join(tmpdir(), 'reporters-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(json = false, env: NodeJS.ProcessEnv = {}, settings: CliSettings = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const reporter = new CliReporter(json, (s) => out.push(s), (s) => err.push(s), env, settings);
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
    const text = cli(false, {}, { summary: '-' });
    text.reporter.finish({ ok: true, outputs: {}, json: {}, summary: '### t\n| `a\u001b` |' });
    expect(text.stdout()).toBe('### t\n| `a\\x1b` |\n');
  });

  test('the Markdown summary goes only where it is wanted: --summary FILE, else $GITHUB_STEP_SUMMARY; never after the log lines', () => {
    const result = { ok: true, outputs: {}, json: {}, summary: '### Release v1.2.3: complete' };
    const terminal = cli();
    terminal.reporter.finish(result);
    expect(terminal.stdout()).toBe('');
    expect(terminal.stderr()).toBe('');
    const stepSummary = path.join(dir, 'step-summary.md');
    writeFileSync(stepSummary, 'before\n');
    const runner = cli(false, { GITHUB_STEP_SUMMARY: stepSummary });
    runner.reporter.preflight();
    runner.reporter.finish(result);
    expect(readFileSync(stepSummary, 'utf8')).toBe('before\n### Release v1.2.3: complete\n');
    expect(runner.stdout()).toBe('');
    const file = path.join(dir, 'summary.md');
    const asked = cli(false, { GITHUB_STEP_SUMMARY: stepSummary }, { summary: file });
    asked.reporter.finish(result);
    expect(readFileSync(file, 'utf8')).toBe('### Release v1.2.3: complete\n');
    expect(readFileSync(stepSummary, 'utf8')).toBe('before\n### Release v1.2.3: complete\n');
    // A summary file that cannot be written is refused before the command changes anything.
    expect(() => cli(false, {}, { summary: path.join(dir, 'missing/dir/summary.md') }).reporter.preflight()).toThrow(`input summary: ${path.join(dir, 'missing/dir/summary.md')} cannot be written (ENOENT)`);
  });

  test('inputs are named as the flags typed: one rule for every message', () => {
    const options = ['methods', 'allow-downgrade', 'bump', 'set', 'image', 'image-map', 'chart', 'chart-version'];
    const { reporter, stderr } = cli(false, {}, { options });
    reporter.fail('input methods: "x" is not a method');
    reporter.fail('inputs bump and set: give one, not both');
    reporter.fail('input set: 0.4.1 is lower than the current version 0.4.2 (pass input allow-downgrade to release it anyway)');
    reporter.warning('input image-map: ignored; input chart-version or input chart: one');
    reporter.info('the input of the user, input nothing-known: left as written');
    expect(stderr().split('\n')).toEqual([
      'error: --methods: "x" is not a method',
      'error: --bump and --set: give one, not both',
      'error: --set: 0.4.1 is lower than the current version 0.4.2 (pass --allow-downgrade to release it anyway)',
      'warning: --image-map: ignored; --chart-version or --chart: one',
      'the input of the user, input nothing-known: left as written',
      '',
    ]);
    expect(cliInputNames('input bump or set: one is required', ['bump', 'set'])).toBe('--bump or --set: one is required');
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

  test.each<[string, (r: ActionReporter) => void | Promise<unknown>, string]>([
    ['the final error line', (r) => r.fail('read the release: GitHub said (##[error]forged)'), '::error::read the release: GitHub said (##\\x5berror]forged)'],
    ['an error annotation', (r) => r.error('holds ##[warning]x', { file: 'a.md', line: 1 }), '::error file=a.md,line=1::holds ##\\x5bwarning]x'],
    ['a warning', (r) => r.warning('##[add-mask]secret'), '::warning::##\\x5badd-mask]secret'],
    ['a debug line', (r) => r.debug('x ##[set-output name=a]b'), '::debug::x ##\\x5bset-output name=a]b'],
    ['a group name', (r) => r.group('##[endgroup]', async () => undefined), '::group::##\\x5bendgroup]'],
  ])("%s: a server's ##[ command stays text", async (_what, say, first) => {
    await say(new ActionReporter(dir, { GITHUB_WORKSPACE: dir }));
    expect(lines()[0]).toBe(first);
    expect(lines().join('\n')).not.toMatch(/##\[/);
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
