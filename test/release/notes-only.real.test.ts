/**
 * Notes only (dot-ai's `notes_only` switch), for REAL against the fake GitHub on loopback: the
 * notes of an existing GitHub release are made again from the changelog as the tree has it now and
 * replace the old ones; the release's own part of the body (references, dispatch records) stays;
 * nothing else is published (no push, no tag, no new release, no event). Refused, changing
 * nothing: a release that does not exist, bump, github-release skip, no version, no notes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, test } from 'vitest';
import { run as releaseCommand } from '../../src/commands/release.js';
import type { Options } from '../../src/config/options.js';
import { BODY_MARKER } from '../../src/release/notes.js';
import { runInProcess } from '../helpers/capture.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github-helpers.js';
import { workTree } from './helpers.js';
import { CHANGELOG_HOOK, removeSmallRepos, smallRepo, type SmallRepo } from './small-repo-helpers.js';

let github: FakeGitHub;
const saved = { ...process.env };
beforeEach(async () => {
  github = await startFakeGitHub('acme', 'demo');
  github.repositories.set('acme/cli', { readers: ['ghp_cli'], writers: ['ghp_cli'] });
  delete process.env.GITHUB_REF;
});
afterEach(async () => {
  process.env = { ...saved };
  await github.stop();
});
afterAll(removeSmallRepos);

function release(dir: string, extra: Options = {}) {
  return runInProcess(releaseCommand, { 'working-directory': dir, set: '1.2.0', image: 'false', 'github-token': github.token, 'github-api-url': github.url, repository: 'acme/demo', 'dispatch-token': 'ghp_cli', ...extra });
}

/** A released 1.2.0 (notes from its changelog section, an event sent), then a fix of that section committed on main. */
async function releasedThenFixed(): Promise<SmallRepo> {
  const repo = smallRepo(`chart: false\nimages: []\nnotes: { from: changelog }\nhooks:\n  afterVersion:\n${CHANGELOG_HOOK}\ndispatch:\n  - { repository: acme/cli, event: server-release }\n`);
  const first = await release(repo.dir);
  expect(first.error, first.reporter.text()).toBeUndefined();
  const file = path.join(repo.dir, 'docs/CHANGELOG.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace('The GitHub release takes the version\'s section of the changelog.', 'The GitHub release takes the version\'s section of the changelog (fixed afterwards).'));
  repo.git(['commit', '--quiet', '--all', '--message', 'changelog: a fix of the 1.2.0 notes']);
  repo.git(['push', '--quiet', 'origin', 'main']);
  return repo;
}

describe('notes only', () => {
  test("the notes are made again and replace the old ones; the release's own part stays; nothing else is published", async () => {
    const repo = await releasedThenFixed();
    const old = github.releases[0]?.body ?? '';
    const ours = old.slice(old.indexOf(BODY_MARKER));
    expect(ours).toContain('<!-- dot-ai-release dispatched: acme/cli server-release -->');
    const remote = repo.git(['ls-remote', repo.remote]);
    const files = workTree(repo.dir);
    const before = github.requests.length;

    const run = await release(repo.dir, { 'notes-only': true });
    expect(run.error, run.reporter.text()).toBeUndefined();
    const body = github.releases[0]?.body ?? '';
    expect(body.startsWith('### Features\n\n- **Notes from the changelog**\n  The GitHub release takes the version\'s section of the changelog (fixed afterwards).')).toBe(true);
    expect(body.endsWith(ours)).toBe(true);
    expect(github.requests.slice(before).map((r) => `${r.method} ${r.path}`)).toEqual(['GET /repos/acme/demo/releases/tags/v1.2.0', `PATCH /repos/acme/demo/releases/${github.releases[0]?.id}`]);
    expect(github.releases).toHaveLength(1);
    expect(github.dispatches).toHaveLength(1);
    expect(repo.git(['ls-remote', repo.remote])).toBe(remote);
    expect(workTree(repo.dir)).toEqual(files);
    expect((run.result?.json as { steps: { name: string }[] }).steps.map((s) => s.name)).toEqual(['preflight', 'release-notes']);
    expect(run.result?.outputs['release-url']).toBe('https://github.com/acme/demo/releases/tag/v1.2.0');
    expect(run.result?.summary).toContain('notes only: the notes of v1.2.0 were replaced; nothing else was published');

    // Again: the notes are these already; nothing is written.
    const again = await release(repo.dir, { 'notes-only': true });
    expect(again.error).toBeUndefined();
    expect((again.result?.json as { steps: { name: string; status: string; reason: string }[] }).steps[1]).toMatchObject({ status: 'already-done', reason: 'the notes of v1.2.0 are these already (https://github.com/acme/demo/releases/tag/v1.2.0)' });
    expect(github.requests.at(-1)?.method).toBe('GET');
  });

  test('a dry run prints the new body and sends nothing', async () => {
    const repo = await releasedThenFixed();
    const before = github.requests.length;
    const run = await release(repo.dir, { 'notes-only': true, 'dry-run': true });
    expect(run.error, run.reporter.text()).toBeUndefined();
    expect(run.reporter.lines).toContain(`info: release-notes (printed, not sent): PATCH ${github.url}/repos/acme/demo/releases/${github.releases[0]?.id}  {"body": <below>}`);
    expect(run.reporter.lines).toContain('info:     The GitHub release takes the version\'s section of the changelog (fixed afterwards). ([#42](https://github.com/acme/demo/issues/42))');
    expect(github.requests.slice(before).filter((r) => r.method !== 'GET')).toEqual([]);
  });

  test.each<[string, Options, string]>([
    ['a release that does not exist', { set: '9.9.9' }, 'input notes-only: there is no GitHub release v9.9.9 in acme/demo to update; release 9.9.9 first (notes-only changes the notes of a release that exists, and publishes nothing)'],
    ['a bump', { set: undefined, bump: 'minor' }, 'input notes-only: changes the notes of a release that exists: give its version (set, or the pushed tag), not bump'],
    ['no version', { set: undefined }, 'input notes-only: give the version whose notes to update (set 1.2.3, or the pushed tag)'],
    ['github-release skip', { 'github-release': 'skip' }, 'input notes-only: updates the notes of the GitHub release, and github-release is skip: nothing would be done (create, or print)'],
    ['a phase', { phase: 'candidate' }, 'input notes-only: only with phase all, not candidate'],
  ])('refused, changing nothing: %s', async (_what, options, message) => {
    const repo = await releasedThenFixed();
    const body = github.releases[0]?.body;
    const before = github.requests.length;
    const run = await release(repo.dir, { 'notes-only': true, ...options });
    expect(run.error).toBe(message);
    expect(github.requests.slice(before).filter((r) => r.method !== 'GET')).toEqual([]);
    expect(github.releases[0]?.body).toBe(body);
  });

  test('no section for the version: the warning names the file, and the old notes stay', async () => {
    const repo = await releasedThenFixed();
    const file = path.join(repo.dir, 'docs/CHANGELOG.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('## [1.2.0]', '## [1.2.0-renamed]'));
    repo.git(['commit', '--quiet', '--all', '--message', 'a heading broken']);
    const body = github.releases[0]?.body;
    const run = await release(repo.dir, { 'notes-only': true });
    expect(run.reporter.lines).toContain('warning: release notes: docs/CHANGELOG.md has no section for 1.2.0 (a heading such as "## [1.2.0] - DATE" or "## 1.2.0 (DATE)"), so the notes have no changelog part');
    expect(run.error).toBe('input notes-only: no notes for v1.2.0 (see the warning above); the release is left as it is');
    expect(github.releases[0]?.body).toBe(body);
  });
});

describe('notes in a release', () => {
  test('a missing changelog section is a warning naming the file, not a silent empty body; generated notes still come', async () => {
    const repo = smallRepo('chart: false\nnotes: { from: [changelog, generated] }\n'); // no hook: the changelog has no 1.2.0
    const run = await release(repo.dir, { 'dispatch-token': undefined });
    expect(run.error, run.reporter.text()).toBeUndefined();
    expect(run.reporter.lines).toContain('warning: release notes: docs/CHANGELOG.md has no section for 1.2.0 (a heading such as "## [1.2.0] - DATE" or "## 1.2.0 (DATE)"), so the notes have no changelog part');
    expect(github.releases[0]?.body.startsWith("## What's Changed\n* Everything since the previous release")).toBe(true);
  });

  test('release-notes changelog,generated: both, in that order', async () => {
    const repo = smallRepo(`chart: false\nimages: []\nhooks:\n  afterVersion:\n${CHANGELOG_HOOK}\n`);
    const run = await release(repo.dir, { 'release-notes': 'changelog,generated', 'dispatch-token': undefined });
    expect(run.error, run.reporter.text()).toBeUndefined();
    const body = github.releases[0]?.body ?? '';
    expect(body.indexOf('### Features')).toBe(0);
    expect(body.indexOf("## What's Changed")).toBeGreaterThan(body.indexOf('**A typo in the README**'));
  });
});
