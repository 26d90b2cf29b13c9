/**
 * The release's own settings in dot-ai-release.yaml: `hooks`, `notes` and `dispatch`, read and
 * checked with the rest of the file (every problem at once, one line each, named by its dotted path).
 */
import { appendFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { fillPlaceholders } from '../../src/config/release-settings.js';
import type { UserError } from '../../src/errors.js';
import { copyDemoProject, removeTempRepos } from '../helpers/repo.js';

afterAll(removeTempRepos);

/** The demo project with `yaml` added to its configuration file. */
function repoWith(yaml: string): string {
  const repo = copyDemoProject();
  appendFileSync(path.join(repo, 'dot-ai-release.yaml'), `\n${yaml}\n`);
  return repo;
}

function problems(repo: string): string[] {
  try {
    loadConfig(repo, {}, {});
  } catch (error) {
    return [...(error as UserError).problems];
  }
  throw new Error('expected the configuration to be refused');
}

describe('hooks', () => {
  test('a list of arguments or one line; files and directories; placeholders kept for the run', () => {
    const repo = repoWith(
      [
        'hooks:',
        '  afterVersion:',
        '    - run: npm run generate:openapi',
        '      files: [schema/openapi.json]',
        '    - run: [towncrier, build, --version, "{{version}}", --date, "{{ date }}", --yes]',
        '      files: [docs/CHANGELOG.md, changelog.d/, ./docs]',
        '      timeout: 120',
        '      env: { TOWNCRIER_TAG: "{{tag}}", RETRIES: 3 }',
      ].join('\n'),
    );
    const { hooks } = loadConfig(repo, {}, {});
    expect(hooks.afterVersion).toEqual([
      { origin: 'dot-ai-release.yaml: hooks.afterVersion[0]', argv: ['npm', 'run', 'generate:openapi'], files: ['schema/openapi.json'], timeoutMs: 600_000, env: {} },
      {
        origin: 'dot-ai-release.yaml: hooks.afterVersion[1]',
        argv: ['towncrier', 'build', '--version', '{{version}}', '--date', '{{ date }}', '--yes'],
        files: ['docs/CHANGELOG.md', 'changelog.d/', 'docs/'], // docs exists as a directory: everything under it
        timeoutMs: 120_000,
        env: { TOWNCRIER_TAG: '{{tag}}', RETRIES: '3' },
      },
    ]);
    expect(fillPlaceholders('{{version}} {{ date }} {{tag}} {{previousVersion}}', { version: '2.2.2', date: '2026-08-18', tag: 'v2.2.2', previousVersion: '2.2.1' })).toBe('2.2.2 2026-08-18 v2.2.2 2.2.1');
  });
});

describe('hooks, checked one by one', () => {
  test.each([
    ['run: npm run build | tee build.log', 'files: [dist/]', 'dot-ai-release.yaml: hooks.afterVersion[0].run: "npm run build | tee build.log" holds shell syntax (|), but hooks run without a shell: write run as a list of arguments (run: [towncrier, build, --version, "{{version}}"])'],
    ['run: towncrier build --version "$VERSION"', 'files: [a]', 'dot-ai-release.yaml: hooks.afterVersion[0].run: "towncrier build --version \\"$VERSION\\"" holds shell syntax ("), but hooks run without a shell: write run as a list of arguments (run: [towncrier, build, --version, "{{version}}"])'],
    ['run: make a && make b', 'files: [a]', 'dot-ai-release.yaml: hooks.afterVersion[0].run: "make a && make b" holds shell syntax (&), but hooks run without a shell: write run as a list of arguments (run: [towncrier, build, --version, "{{version}}"])'],
    ['run: gen > out.json', 'files: [a]', 'dot-ai-release.yaml: hooks.afterVersion[0].run: "gen > out.json" holds shell syntax (>), but hooks run without a shell: write run as a list of arguments (run: [towncrier, build, --version, "{{version}}"])'],
    ['run: rm -rf ~/x', 'files: [a]', 'dot-ai-release.yaml: hooks.afterVersion[0].run: "rm -rf ~/x" holds shell syntax (~), but hooks run without a shell: write run as a list of arguments (run: [towncrier, build, --version, "{{version}}"])'],
    ['run: [towncrier, "{{release}}"]', 'files: [a]', 'dot-ai-release.yaml: hooks.afterVersion[0].run[1]: {{release}} is not a placeholder ({{version}}, {{previousVersion}}, {{tag}}, {{date}})'],
    ['run: [node, "{{version}"]', 'files: [a]', 'dot-ai-release.yaml: hooks.afterVersion[0].run[1]: "{{version}" holds a placeholder that is not closed or not a name ({{version}}, {{previousVersion}}, {{tag}}, {{date}})'],
    ['run: gen --for {{version}}x{{tag}', 'files: [a]', 'dot-ai-release.yaml: hooks.afterVersion[0].run: "{{version}}x{{tag}" holds a placeholder that is not closed or not a name ({{version}}, {{previousVersion}}, {{tag}}, {{date}})'],
    ['run: gen', 'files: []', 'dot-ai-release.yaml: hooks.afterVersion[0].files: is empty; name the files the hook changes'],
    ['run: gen', 'files: [../outside.json]', 'dot-ai-release.yaml: hooks.afterVersion[0].files[0]: "../outside.json" leaves the repository ("..")'],
    ['run: gen', 'files: [/etc/passwd]', 'dot-ai-release.yaml: hooks.afterVersion[0].files[0]: "/etc/passwd" is an absolute path; use a path relative to the repository root'],
    ['run: gen', 'files: [.]', 'dot-ai-release.yaml: hooks.afterVersion[0].files[0]: "." is the whole repository; name the files and directories the hook changes'],
    ['run: gen', 'files: [a]\n      timeout: 7200', 'dot-ai-release.yaml: hooks.afterVersion[0].timeout: expected a whole number from 1 to 3600, got number 7200'],
    ['run: gen', 'files: [a]\n      timeout: 0', 'dot-ai-release.yaml: hooks.afterVersion[0].timeout: expected a whole number from 1 to 3600, got number 0'],
    ['run: gen', 'files: [a]\n      env: { RELEASE_VERSION: "1" }', 'dot-ai-release.yaml: hooks.afterVersion[0].env.RELEASE_VERSION: is set by the release (RELEASE_VERSION, DOT_AI_RELEASE_VERSION, DOT_AI_RELEASE_PREVIOUS_VERSION, DOT_AI_RELEASE_TAG, SOURCE_DATE_EPOCH)'],
    ['run: gen', 'files: [a]\n      env: { "1BAD": x }', 'dot-ai-release.yaml: hooks.afterVersion[0].env.1BAD: is not a variable name'],
    ['run: gen', 'files: [a]\n      env: { A: "{{nope}}" }', 'dot-ai-release.yaml: hooks.afterVersion[0].env.A: {{nope}} is not a placeholder ({{version}}, {{previousVersion}}, {{tag}}, {{date}})'],
    ['run: gen', 'files: [a]\n      shell: true', 'dot-ai-release.yaml: hooks.afterVersion[0].shell: unknown key (known: run, files, timeout, env)'],
    ['run: gen', 'timeout: 5', 'dot-ai-release.yaml: hooks.afterVersion[0].files: is required'],
    ['run: ""', 'files: [a]', 'dot-ai-release.yaml: hooks.afterVersion[0].run: expected a non-empty string, got string ""'],
  ])('%s / %s', (run, rest, message) => {
    expect(problems(repoWith(`hooks:\n  afterVersion:\n    - ${run}\n      ${rest}`))).toContain(message);
  });

  test('a hook under another stage name is an unknown key', () => {
    expect(problems(repoWith('hooks:\n  beforePublish: []'))).toEqual(['dot-ai-release.yaml: hooks.beforePublish: unknown key (known: afterVersion)']);
  });

  test('several hooks wrong: every problem reported', () => {
    expect(problems(repoWith('hooks:\n  afterVersion:\n    - { run: "a | b", files: [x] }\n    - { run: [c], files: [] }'))).toEqual([
      'dot-ai-release.yaml: hooks.afterVersion[0].run: "a | b" holds shell syntax (|), but hooks run without a shell: write run as a list of arguments (run: [towncrier, build, --version, "{{version}}"])',
      'dot-ai-release.yaml: hooks.afterVersion[1].files: is empty; name the files the hook changes',
    ]);
  });
});

describe('notes', () => {
  test('the changelog by default; docs/CHANGELOG.md when only that exists (dot-ai)', () => {
    const repo = repoWith('notes: { from: changelog }');
    expect(loadConfig(repo, {}, {}).notes).toEqual({ from: ['changelog'], file: 'CHANGELOG.md', origin: 'dot-ai-release.yaml: notes' });
    mkdirSync(path.join(repo, 'docs'), { recursive: true });
    writeFileSync(path.join(repo, 'docs/CHANGELOG.md'), '# Changelog\n');
    expect(loadConfig(repo, {}, {}).notes?.file).toBe('docs/CHANGELOG.md');
    writeFileSync(path.join(repo, 'CHANGELOG.md'), '# Changelog\n');
    expect(loadConfig(repo, {}, {}).notes?.file).toBe('CHANGELOG.md');
    rmSync(path.join(repo, 'CHANGELOG.md'));
  });

  test.each([
    ['notes: { from: [changelog, generated], file: docs/CHANGES.md }', { from: ['changelog', 'generated'], file: 'docs/CHANGES.md' }],
    ['notes: { from: generated }', { from: ['generated'] }],
    ['notes: { from: none }', { from: [] }],
    ['notes: { file: HISTORY.md }', { from: ['changelog'], file: 'HISTORY.md' }],
  ])('%s', (yaml, expected) => {
    expect(loadConfig(repoWith(yaml), {}, {}).notes).toEqual({ ...expected, origin: 'dot-ai-release.yaml: notes' });
  });

  test.each([
    ['notes: { from: changes }', 'dot-ai-release.yaml: notes.from: expected one of changelog, generated, none, got string "changes"'],
    ['notes: { from: [changelog, changelog] }', 'dot-ai-release.yaml: notes.from: lists a source twice'],
    ['notes: { from: [changelog, none] }', 'dot-ai-release.yaml: notes.from: expected one of changelog, generated, none, got a list'],
    ['notes: { from: generated, file: CHANGELOG.md }', 'dot-ai-release.yaml: notes.file: only with from: changelog'],
    ['notes: { file: ../CHANGELOG.md }', 'dot-ai-release.yaml: notes.file: "../CHANGELOG.md" leaves the repository ("..")'],
    ['notes: { section: "## 1.0.0" }', 'dot-ai-release.yaml: notes.section: unknown key (known: from, file)'],
  ])('%s is refused', (yaml, message) => {
    expect(problems(repoWith(yaml))).toEqual([message]);
  });
});

describe('dispatch', () => {
  test('targets with their event and, optionally, the variable holding their token', () => {
    const config = loadConfig(repoWith('dispatch:\n  - { repository: vfarcic/dot-ai-cli, event: server-release }\n  - { repository: vfarcic/dot-ai-website, event: upstream-release, tokenEnv: WEBSITE_TOKEN }'), {}, {});
    expect(config.dispatch).toEqual([
      { owner: 'vfarcic', repo: 'dot-ai-cli', event: 'server-release', origin: 'dot-ai-release.yaml: dispatch[0]' },
      { owner: 'vfarcic', repo: 'dot-ai-website', event: 'upstream-release', tokenEnv: 'WEBSITE_TOKEN', origin: 'dot-ai-release.yaml: dispatch[1]' },
    ]);
  });

  test.each([
    ['{ repository: dot-ai-cli, event: x }', 'dot-ai-release.yaml: dispatch[0].repository: "dot-ai-cli" is not OWNER/NAME'],
    ['{ repository: https://github.com/a/b, event: x }', 'dot-ai-release.yaml: dispatch[0].repository: "https://github.com/a/b" is not OWNER/NAME'],
    ['{ repository: a/b, event: "x -->" }', 'dot-ai-release.yaml: dispatch[0].event: "x -->" is not an event name (letters, digits, . _ : -, at most 100)'],
    [`{ repository: a/b, event: ${'e'.repeat(101)} }`, `dot-ai-release.yaml: dispatch[0].event: "${'e'.repeat(101)}" is not an event name (letters, digits, . _ : -, at most 100)`],
    ['{ repository: a/b, event: x, tokenEnv: "$TOKEN" }', 'dot-ai-release.yaml: dispatch[0].tokenEnv: "$TOKEN" is not a variable name'],
    ['{ repository: a/b, event: x, token: ghp_secret }', 'dot-ai-release.yaml: dispatch[0].token: unknown key (known: repository, event, tokenEnv)'],
    ['{ repository: a/b }', 'dot-ai-release.yaml: dispatch[0].event: is required'],
  ])('%s is refused', (entry, message) => {
    expect(problems(repoWith(`dispatch:\n  - ${entry}`))).toEqual([message]);
  });

  test('the same event to the same repository twice is refused', () => {
    expect(problems(repoWith('dispatch:\n  - { repository: a/b, event: x }\n  - { repository: A/B, event: x }'))).toEqual(['dot-ai-release.yaml: dispatch[1]: A/B x is listed twice (also dispatch[0])']);
  });
});
