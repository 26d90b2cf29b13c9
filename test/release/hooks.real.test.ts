/**
 * Release hooks with REAL processes in a REAL git checkout with a bare remote (the release has no
 * image and no chart, so nothing else is needed): the hooks' changes join the release commit
 * (towncrier-shaped changelog, generated spec), the same commit again from a fresh clone, a resumed
 * release that does not run them twice, and every refusal (a file not declared, a failing, hung or
 * missing program) putting the tree back, committing and pushing nothing. The release's credentials
 * never reach a hook.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { run as releaseCommand } from '../../src/commands/release.js';
import type { Options } from '../../src/config/options.js';
import { runInProcess } from '../helpers/capture.js';
import { remoteTags, workTree } from './helpers.js';
import { CHANGELOG_HOOK, readJson, removeSmallRepos, smallRepo, SPEC_HOOK, type SmallRepo } from './small-repo-helpers.js';

afterAll(removeSmallRepos);
const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

function release(dir: string, extra: Options = {}) {
  return runInProcess(releaseCommand, { 'working-directory': dir, set: '1.2.0', image: 'false', 'github-release': 'print', ...extra });
}

/** What a refused release must leave as it was. */
function state(repo: SmallRepo) {
  return { files: workTree(repo.dir), head: repo.git(['rev-parse', 'HEAD']), status: repo.git(['status', '--porcelain']), remote: repo.git(['ls-remote', repo.remote]) };
}

describe('release hooks, for real', () => {
  test("their changes join the release commit; the notes are the changelog section the hook made; a fresh clone makes the same commit", async () => {
    const repo = smallRepo(`chart: false\nimages: []\nnotes: { from: changelog }\nhooks:\n  afterVersion:\n${SPEC_HOOK}\n${CHANGELOG_HOOK}\n`);
    const before = repo.git(['rev-parse', 'HEAD']);
    const day = repo.git(['show', '--no-patch', '--format=%cd', '--date=format-local:%Y-%m-%d', 'HEAD'], repo.dir);
    const clone = repo.clone(); // the same HEAD, for the determinism check below

    const run = await release(repo.dir);
    expect(run.error, run.reporter.text()).toBeUndefined();
    const commit = repo.git(['rev-parse', 'HEAD']);
    expect(repo.git(['rev-parse', 'HEAD^'])).toBe(before);
    expect(repo.git(['show', '--format=', '--name-status', commit]).split('\n').sort()).toEqual([
      'D\tchangelog.d/+typo.doc.md',
      'D\tchangelog.d/42.feature.md',
      'M\tdocs/CHANGELOG.md',
      'M\tpackage.json',
      'M\tschema/openapi.json',
    ]);
    expect(repo.git(['status', '--porcelain'])).toBe('');
    expect(readJson(path.join(repo.dir, 'schema/openapi.json'))).toMatchObject({ info: { version: '1.2.0' } });
    const changelog = readFileSync(path.join(repo.dir, 'docs/CHANGELOG.md'), 'utf8');
    expect(changelog).toContain(`<!-- towncrier release notes start -->\n\n## [1.2.0] - ${day}\n\n### Features\n\n- **Notes from the changelog**`);
    expect(remoteTags(repo.remote).get('v1.2.0')).toEqual({ commit, annotated: true });

    const lines = run.reporter.lines;
    expect(lines).toContain('group: hook dot-ai-release.yaml: hooks.afterVersion[0] (node scripts/gen-spec.mjs)');
    expect(lines).toContain('info: wrote schema/openapi.json for 1.2.0');
    expect(lines).toContain(`group: hook dot-ai-release.yaml: hooks.afterVersion[1] (node scripts/build-changelog.mjs --version 1.2.0 --date ${day} --yes)`);
    expect(lines).toContain(`info: Rendered 2 fragments into docs/CHANGELOG.md as 1.2.0 (${day})`);
    expect(lines).toContain('info: dot-ai-release.yaml: hooks.afterVersion[1] (node scripts/build-changelog.mjs --version 1.2.0 --date ' + day + ' --yes): changed changelog.d/+typo.doc.md, changelog.d/42.feature.md, docs/CHANGELOG.md');
    // The notes are the section the hook made in this run (printed: github-release print).
    const body = lines.filter((l) => l.startsWith('info:   ')).map((l) => l.slice('info:   '.length)).join('\n');
    expect(body).toContain('### Features\n\n- **Notes from the changelog**\n  The GitHub release takes the version\'s section of the changelog. ([#42](https://github.com/acme/demo/issues/42))\n\n### Documentation\n\n- **A typo in the README**');
    expect(lines.filter((l) => l.startsWith('warning:'))).toEqual([]);

    // The same hooks on the same HEAD elsewhere (another job, a re-run on a fresh runner) make the same release commit.
    const again = await release(clone, { 'dry-run': true });
    expect(again.error, again.reporter.text()).toBeUndefined();
    expect(again.result?.outputs['release-commit']).toBe(commit);
  });

  test('a resumed release (HEAD is the release commit) does not run them again, and says so', async () => {
    const repo = smallRepo();
    expect((await release(repo.dir)).error).toBeUndefined();
    const commit = repo.git(['rev-parse', 'HEAD']);
    const resumed = await release(repo.dir);
    expect(resumed.error, resumed.reporter.text()).toBeUndefined();
    const version = (resumed.result?.json as { steps: { name: string; status: string; reason?: string }[] }).steps.find((s) => s.name === 'version');
    expect(version).toMatchObject({ status: 'already-done', reason: `HEAD is the release commit of v1.2.0 (${commit.slice(0, 12)}); the hooks are not run again (their changes are in it)` });
    expect(resumed.reporter.lines.filter((l) => l.startsWith('group: hook'))).toEqual([]);
    expect(repo.git(['rev-parse', 'HEAD'])).toBe(commit);
  });

  test.each<[string, string, string]>([
    [
      'a file it does not declare',
      '  - run: node scripts/gen-spec.mjs\n    files: [schema/other.json, docs/]',
      'dot-ai-release.yaml: hooks.afterVersion[0] (node scripts/gen-spec.mjs) changed schema/openapi.json, which it does not declare (files: schema/other.json, docs/): declare it in dot-ai-release.yaml: hooks.afterVersion[0].files, or keep the hook from changing it; the tree is put back, nothing was committed',
    ],
    [
      'files it does not declare, the version edit among them',
      '  - run: [node, -e, "require(\'fs\').writeFileSync(\'package.json\', \'{}\\\\n\'); require(\'fs\').writeFileSync(\'new.txt\', \'x\')"]\n    files: [schema/openapi.json]',
      'dot-ai-release.yaml: hooks.afterVersion[0] (node -e require(\'fs\').writeFileSync(\'package.json\', \'{}\\n\'); require(\'fs\').writeFileSync(\'new.txt\', \'x\')) changed new.txt, package.json, which it does not declare (files: schema/openapi.json): declare them in dot-ai-release.yaml: hooks.afterVersion[0].files, or keep the hook from changing them; the tree is put back, nothing was committed',
    ],
    [
      'a new file it staged (git add), not declared',
      '  - run: [node, -e, "require(\'fs\').writeFileSync(\'notes.txt\', \'x\'); require(\'child_process\').execFileSync(\'git\', [\'add\', \'notes.txt\'])"]\n    files: [schema/openapi.json]',
      'dot-ai-release.yaml: hooks.afterVersion[0] (node -e require(\'fs\').writeFileSync(\'notes.txt\', \'x\'); require(\'child_process\').execFileSync(\'git\', [\'add\', \'notes.txt\'])) changed notes.txt, which it does not declare (files: schema/openapi.json): declare it in dot-ai-release.yaml: hooks.afterVersion[0].files, or keep the hook from changing it; the tree is put back, nothing was committed',
    ],
    [
      'a deletion outside its directory',
      '  - run: [git, rm, --quiet, docs/CHANGELOG.md]\n    files: [changelog.d/]',
      'dot-ai-release.yaml: hooks.afterVersion[0] (git rm --quiet docs/CHANGELOG.md) changed docs/CHANGELOG.md, which it does not declare (files: changelog.d/): declare it in dot-ai-release.yaml: hooks.afterVersion[0].files, or keep the hook from changing it; the tree is put back, nothing was committed',
    ],
    [
      'a program that fails',
      '  - run: [node, -e, "console.log(\'working\'); console.error(\'boom: no spec\'); process.exit(3)"]\n    files: [schema/openapi.json]',
      'dot-ai-release.yaml: hooks.afterVersion[0] (node -e console.log(\'working\'); console.error(\'boom: no spec\'); process.exit(3)) failed (exit 3): boom: no spec; the tree is put back, nothing was committed',
    ],
    [
      'a program that hangs past its deadline',
      '  - run: [node, -e, "setTimeout(() => {}, 60000)"]\n    files: [schema/openapi.json]\n    timeout: 1',
      'dot-ai-release.yaml: hooks.afterVersion[0] (node -e setTimeout(() => {}, 60000)) did not finish within 1 s; stopped; the tree is put back, nothing was committed',
    ],
    [
      'a program that is not installed',
      '  - run: no-such-generator --out schema/openapi.json\n    files: [schema/openapi.json]',
      'dot-ai-release.yaml: hooks.afterVersion[0] (no-such-generator --out schema/openapi.json): cannot run no-such-generator: not found (is it installed and on the PATH?); the tree is put back, nothing was committed',
    ],
    [
      'the second hook, after the first changed its file',
      `${SPEC_HOOK}\n  - run: [node, -e, "require('fs').writeFileSync('README.md', 'x')"]\n    files: [docs/]`,
      'dot-ai-release.yaml: hooks.afterVersion[1] (node -e require(\'fs\').writeFileSync(\'README.md\', \'x\')) changed README.md, which it does not declare (files: docs/): declare it in dot-ai-release.yaml: hooks.afterVersion[1].files, or keep the hook from changing it; the tree is put back, nothing was committed',
    ],
  ])('refused: %s; the tree is put back, nothing committed or pushed', async (_what, hooks, message) => {
    const repo = smallRepo(`chart: false\nimages: []\nhooks:\n  afterVersion:\n${hooks}\n`);
    const before = state(repo);
    const run = await release(repo.dir);
    expect(run.error).toBe(message);
    expect(state(repo)).toEqual(before);
    expect(remoteTags(repo.remote).size).toBe(0);
  });

  test("the release's credentials never reach a hook; the release's variables do", async () => {
    const repo = smallRepo(`chart: false\nimages: []\nhooks:\n  afterVersion:\n  - run: [node, -e, "for (const [k, v] of Object.entries(process.env)) console.log(k + '=' + v)"]\n    files: [schema/openapi.json]\n    env: { GENERATOR_TAG: "{{tag}}" }\n`);
    process.env['INPUT_GITHUB-TOKEN'] = 'ghs_input-token-never-in-a-hook';
    process.env.INPUT_PASSWORD = 'registry-password-never-in-a-hook';
    process.env.GITHUB_TOKEN = 'ghs_env-token-never-in-a-hook';
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = 'oidc-never-in-a-hook';
    process.env.KEPT_FOR_HOOKS = 'the job environment';
    const run = await release(repo.dir);
    expect(run.error, run.reporter.text()).toBeUndefined();
    const text = run.reporter.text();
    expect(text).not.toMatch(/never-in-a-hook/);
    const printed = run.reporter.lines.filter((l) => /^info: [A-Z_]+=/.test(l));
    expect(printed).toEqual(expect.arrayContaining(['info: RELEASE_VERSION=1.2.0', 'info: DOT_AI_RELEASE_VERSION=1.2.0', 'info: DOT_AI_RELEASE_PREVIOUS_VERSION=1.1.0', 'info: DOT_AI_RELEASE_TAG=v1.2.0', 'info: GENERATOR_TAG=v1.2.0', 'info: KEPT_FOR_HOOKS=the job environment']));
    expect(printed.find((l) => l.startsWith('info: SOURCE_DATE_EPOCH='))).toBe(`info: SOURCE_DATE_EPOCH=${repo.git(['show', '--no-patch', '--format=%ct', 'HEAD^'])}`);
  });

  test('the build-command input is one more hook, after the configured ones, that may change any file', async () => {
    const repo = smallRepo(`chart: false\nimages: []\nhooks:\n  afterVersion:\n${SPEC_HOOK}\n`);
    const run = await release(repo.dir, { 'build-command': 'node -e require("fs").writeFileSync("dist.js","//built\\n")' });
    expect(run.error, run.reporter.text()).toBeUndefined();
    expect(run.reporter.lines).toContain('info: input build-command (node -e require("fs").writeFileSync("dist.js","//built\\n")): changed dist.js');
    expect(repo.git(['show', '--format=', '--name-only', 'HEAD']).split('\n').sort()).toEqual(['dist.js', 'package.json', 'schema/openapi.json']);
  });
});
