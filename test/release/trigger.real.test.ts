/**
 * A release started by a pushed tag, for REAL (git, node, a bare remote; the checkout at the tag,
 * detached, as actions/checkout leaves it on a tag push; GITHUB_REF as the runner sets it):
 * - a tag whose tree holds the version: its commit is the release commit, nothing is committed or pushed;
 * - dot-ai's way, a tag on a source commit whose files say the previous version: the release commit
 *   (version edits and hooks) on top of the tag, pushed to the default branch, the tag never moved,
 *   and a re-run from a fresh checkout of the tag finds everything done;
 * - every refusal, changing nothing.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { run as releaseCommand } from '../../src/commands/release.js';
import type { Options } from '../../src/config/options.js';
import { runInProcess } from '../helpers/capture.js';
import { git, remoteTags, workTree } from './helpers.js';
import { CHANGELOG_HOOK, readJson, removeSmallRepos, smallRepo, SPEC_HOOK, type SmallRepo } from './small-repo-helpers.js';

afterAll(removeSmallRepos);
const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

function onTagPush(ref: string, event?: unknown): void {
  process.env.GITHUB_REF = ref;
  delete process.env.GITHUB_EVENT_PATH;
  if (event) {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'dot-ai-release-event-')), 'event.json');
    writeFileSync(file, JSON.stringify(event));
    process.env.GITHUB_EVENT_PATH = file;
  }
}

function release(dir: string, extra: Options = {}) {
  return runInProcess(releaseCommand, { 'working-directory': dir, image: 'false', 'github-release': 'print', ...extra });
}

/** A clone of the remote checked out at `tag`, detached (what actions/checkout does on a tag push). */
function checkoutOfTag(repo: SmallRepo, tag: string): string {
  const dir = repo.clone();
  git(['checkout', '--quiet', '--detach', tag], dir);
  return dir;
}

function steps(run: Awaited<ReturnType<typeof release>>): Record<string, string> {
  return Object.fromEntries((run.result?.json as { steps: { name: string; status: string; reason?: string }[] }).steps.map((s) => [s.name, `${s.status}${s.reason ? `: ${s.reason}` : ''}`]));
}

/** The maintainer tags HEAD (annotated) and pushes the tag only. */
function tagAndPush(repo: SmallRepo, tag: string): string {
  repo.git(['tag', '--annotate', '--message', tag, tag]);
  repo.git(['push', '--quiet', 'origin', `refs/tags/${tag}`]);
  return repo.git(['rev-parse', `${tag}^{commit}`]);
}

function remoteRefs(repo: SmallRepo): string {
  return repo.git(['ls-remote', repo.remote]);
}

describe('a tag whose tree holds the version', () => {
  test('is released as it is: its commit is the release commit; nothing is committed, run or pushed; the moving major tag follows when asked', async () => {
    const repo = smallRepo();
    // The maintainer made the version commit by hand (package.json and the spec say 1.2.0) and tagged it.
    writeFileSync(path.join(repo.dir, 'package.json'), '{\n  "name": "demo-server",\n  "version": "1.2.0",\n  "private": true\n}\n');
    repo.git(['commit', '--quiet', '--all', '--message', 'version 1.2.0']);
    repo.git(['push', '--quiet', 'origin', 'main']);
    const commit = tagAndPush(repo, 'v1.2.0');
    const tagObject = remoteTags(repo.remote).get('v1.2.0');
    const dir = checkoutOfTag(repo, 'v1.2.0');
    const before = { files: workTree(dir), main: repo.git(['rev-parse', 'refs/heads/main'], repo.remote) };
    onTagPush('refs/tags/v1.2.0');

    const run = await release(dir, { 'moving-major-tag': true });
    expect(run.error, run.reporter.text()).toBeUndefined();
    expect(run.result?.outputs).toMatchObject({ version: '1.2.0', tag: 'v1.2.0', 'release-commit': commit });
    expect(steps(run)).toMatchObject({
      version: `already-done: the pushed tag v1.2.0 holds 1.2.0 everywhere: its commit ${commit.slice(0, 12)} is the release commit (no version edit, no hook)`,
    });
    expect(run.reporter.lines.filter((l) => l.startsWith('group: hook'))).toEqual([]);
    expect(run.reporter.lines).toContain(`info: pushed refs/tags/v1 to origin: the tag v1.2.0 stays at ${commit.slice(0, 12)}`);
    expect(run.result?.summary).toContain(`released the pushed tag v1.2.0 as it is: its tree holds 1.2.0 everywhere, so its commit ${commit.slice(0, 12)} is the release commit (nothing committed)`);
    expect(remoteTags(repo.remote).get('v1.2.0')).toEqual(tagObject);
    expect(remoteTags(repo.remote).get('v1')?.commit).toBe(commit);
    expect({ files: workTree(dir), main: repo.git(['rev-parse', 'refs/heads/main'], repo.remote) }).toEqual(before);

    // Again: everything is there.
    const again = await release(dir, { 'moving-major-tag': true });
    expect(steps(again).git).toBe(`already-done: the pushed tag v1.2.0 is the release commit ${commit.slice(0, 12)}, and so is v1: nothing to push`);
  });
});

describe("dot-ai's way: the tag on a source commit whose files say the previous version", () => {
  test('the release commit (version edits and hooks) goes on top of the tag and to the default branch; the tag is never moved; a re-run finds it done', async () => {
    const repo = smallRepo(`chart: false\nimages: []\nnotes: { from: changelog }\nhooks:\n  afterVersion:\n${SPEC_HOOK}\n${CHANGELOG_HOOK}\n`);
    const source = tagAndPush(repo, 'v1.2.0');
    const tagObject = remoteTags(repo.remote).get('v1.2.0');
    const dir = checkoutOfTag(repo, 'v1.2.0');
    onTagPush('refs/tags/v1.2.0', { ref: 'refs/tags/v1.2.0', repository: { default_branch: 'main' } });

    const run = await release(dir);
    expect(run.error, run.reporter.text()).toBeUndefined();
    const commit = run.result?.outputs['release-commit'] ?? '';
    expect(git(['rev-parse', `${commit}^`], dir)).toBe(source);
    expect(git(['show', '--format=%s', '--no-patch', commit], dir)).toBe('release v1.2.0');
    expect(git(['show', '--format=', '--name-only', commit], dir).split('\n').sort()).toEqual(['changelog.d/+typo.doc.md', 'changelog.d/42.feature.md', 'docs/CHANGELOG.md', 'package.json', 'schema/openapi.json']);
    expect(repo.git(['rev-parse', 'refs/heads/main'], repo.remote)).toBe(commit);
    expect(remoteTags(repo.remote).get('v1.2.0')).toEqual(tagObject); // the maintainer's tag, untouched
    expect(git(['rev-parse', 'HEAD'], dir)).toBe(commit); // the checkout follows, clean
    expect(git(['status', '--porcelain'], dir)).toBe('');
    expect(readJson(path.join(dir, 'package.json'))).toMatchObject({ version: '1.2.0' });
    expect(run.reporter.lines).toContain(`info: pushed refs/heads/main to origin: main is at the release commit ${commit.slice(0, 12)}; the tag v1.2.0 stays at ${source.slice(0, 12)}`);
    expect(run.result?.summary).toContain(
      `the pushed tag v1.2.0 is on ${source.slice(0, 12)}, whose files said 1.1.0: the release commit ${commit.slice(0, 12)} (the version edits and hooks on top of it) goes to main; the tag stays where it was pushed`,
    );
    const body = run.reporter.lines.filter((l) => l.startsWith('info:   ')).join('\n');
    expect(body).toContain('- **Notes from the changelog**');

    // A re-run of the workflow (a fresh checkout of the tag): the same release commit, found on main.
    const rerun = await release(checkoutOfTag(repo, 'v1.2.0'));
    expect(rerun.error, rerun.reporter.text()).toBeUndefined();
    expect(rerun.result?.outputs['release-commit']).toBe(commit);
    expect(steps(rerun).git).toBe(`already-done: main on origin holds the release commit ${commit.slice(0, 12)}; the tag v1.2.0 stays at ${source.slice(0, 12)}`);
    expect(repo.git(['rev-parse', 'refs/heads/main'], repo.remote)).toBe(commit);
  });

  test('the same command again in the same checkout (HEAD followed to the release commit) finds the release done', async () => {
    const repo = smallRepo(`chart: false\nimages: []\nnotes: { from: changelog }\nhooks:\n  afterVersion:\n${SPEC_HOOK}\n${CHANGELOG_HOOK}\n`);
    const source = tagAndPush(repo, 'v1.2.0');
    const dir = checkoutOfTag(repo, 'v1.2.0');
    delete process.env.GITHUB_REF;
    const first = await release(dir, { 'from-tag': 'v1.2.0' });
    expect(first.error, first.reporter.text()).toBeUndefined();
    const commit = first.result?.outputs['release-commit'] ?? '';
    expect(git(['rev-parse', 'HEAD'], dir)).toBe(commit);

    const again = await release(dir, { 'from-tag': 'v1.2.0' });
    expect(again.error, again.reporter.text()).toBeUndefined();
    expect(again.result?.outputs['release-commit']).toBe(commit);
    expect(steps(again)).toMatchObject({
      version: `already-done: HEAD is the release commit of v1.2.0 (${commit.slice(0, 12)}); the hooks are not run again (their changes are in it)`,
      git: `already-done: main on origin holds the release commit ${commit.slice(0, 12)}; the tag v1.2.0 stays at ${source.slice(0, 12)}`,
    });
    expect(again.reporter.lines.filter((l) => l.startsWith('group: hook'))).toEqual([]);
    expect(again.result?.summary).toContain(`the pushed tag v1.2.0 is on ${source.slice(0, 12)}; HEAD is this release's commit ${commit.slice(0, 12)} on top of it, made by an earlier run`);
    expect(repo.git(['rev-parse', 'refs/heads/main'], repo.remote)).toBe(commit);
    expect(git(['status', '--porcelain'], dir)).toBe('');

    // Any other commit on top of the tag is not this release's: refused, naming the way out.
    writeFileSync(path.join(dir, 'extra.txt'), 'x\n');
    git(['add', 'extra.txt'], dir);
    git(['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '--quiet', '--message', 'something else'], dir);
    const other = await release(dir, { 'from-tag': 'v1.2.0' });
    expect(other.error).toMatch(/^input from-tag: HEAD is at [0-9a-f]{12}, not at the tag v1\.2\.0 \([0-9a-f]{12}\) nor at its release commit; check the tag out \(git checkout v1\.2\.0\)$/);
  });

  test('the release branch: from the input, or the default branch the event names', async () => {
    const repo = smallRepo();
    const source = tagAndPush(repo, 'v1.2.0');
    onTagPush('refs/tags/v1.2.0', { repository: { default_branch: 'trunk' } });
    const toTrunk = await release(checkoutOfTag(repo, 'v1.2.0'));
    expect(toTrunk.error, toTrunk.reporter.text()).toBeUndefined();
    expect(git(['rev-parse', 'refs/heads/trunk^'], repo.remote)).toBe(source);
    expect(repo.git(['rev-parse', 'refs/heads/main'], repo.remote)).toBe(source); // main was not the release branch

    const other = smallRepo();
    const otherSource = tagAndPush(other, 'v1.2.0');
    const named = await release(checkoutOfTag(other, 'v1.2.0'), { 'release-branch': 'release/1.2.0' });
    expect(named.error, named.reporter.text()).toBeUndefined();
    expect(git(['rev-parse', 'refs/heads/release/1.2.0^'], other.remote)).toBe(otherSource);
  });

  test("the reusable workflow's shape: a candidate job on the tag, then a publish job passed the candidate's version (set) on a fresh checkout", async () => {
    const repo = smallRepo();
    const source = tagAndPush(repo, 'v1.2.0');
    onTagPush('refs/tags/v1.2.0', { repository: { default_branch: 'main' } });
    const candidate = await release(checkoutOfTag(repo, 'v1.2.0'), { phase: 'candidate' });
    expect(candidate.error, candidate.reporter.text()).toBeUndefined();
    expect(repo.git(['rev-parse', 'refs/heads/main'], repo.remote)).toBe(source); // nothing pushed by the candidate
    const publish = await release(checkoutOfTag(repo, 'v1.2.0'), { phase: 'publish', set: candidate.result?.outputs.version });
    expect(publish.error, publish.reporter.text()).toBeUndefined();
    expect(publish.result?.outputs['release-commit']).toBe(candidate.result?.outputs['release-commit']);
    expect(repo.git(['rev-parse', 'refs/heads/main'], repo.remote)).toBe(publish.result?.outputs['release-commit']);
  });

  test('from-tag on the CLI does the same without GITHUB_REF', async () => {
    const repo = smallRepo();
    const source = tagAndPush(repo, 'v1.2.0');
    delete process.env.GITHUB_REF;
    const run = await release(checkoutOfTag(repo, 'v1.2.0'), { 'from-tag': 'v1.2.0' });
    expect(run.error, run.reporter.text()).toBeUndefined();
    expect(git(['rev-parse', 'refs/heads/main^'], repo.remote)).toBe(source);
  });
});

describe('refused, changing nothing', () => {
  test.each<[string, (repo: SmallRepo) => { dir: string; ref?: string; options?: Options }, string]>([
    ['a tag that names no version', (repo) => ({ dir: checkoutOfTag(repo, tagged(repo, 'nightly')), ref: 'refs/tags/nightly' }), 'GITHUB_REF refs/tags/nightly: "nightly" is not a release tag ("v" and a version, e.g. v1.2.3; tag-prefix says what comes before the version)'],
    ['a tag with the prefix twice', (repo) => ({ dir: checkoutOfTag(repo, tagged(repo, 'vv1.2.0')), ref: 'refs/tags/vv1.2.0' }), 'GITHUB_REF refs/tags/vv1.2.0: "vv1.2.0" is not a release tag ("v" and a version, e.g. v1.2.3; tag-prefix says what comes before the version)'],
    ['a tag that is not SemVer', (repo) => ({ dir: checkoutOfTag(repo, tagged(repo, 'v1.2')), ref: 'refs/tags/v1.2' }), 'GITHUB_REF refs/tags/v1.2: "1.2" is not a valid SemVer version (expected MAJOR.MINOR.PATCH[-PRERELEASE], e.g. 1.2.3 or 1.3.0-rc.1)'],
    ['a tag lower than the tree', (repo) => ({ dir: checkoutOfTag(repo, tagged(repo, 'v1.0.5')), ref: 'refs/tags/v1.0.5' }), 'GITHUB_REF refs/tags/v1.0.5: 1.0.5 is lower than the version the tree at the tag holds (1.1.0); pass allow-downgrade to release it anyway'],
    ['a tag this checkout lacks', (repo) => ({ dir: repo.clone(), ref: 'refs/tags/v1.2.0' }), 'GITHUB_REF refs/tags/v1.2.0: the tag v1.2.0 is not in this checkout; check it out first (git fetch --tags; git checkout v1.2.0; actions/checkout does on a tag push)'],
    ['a checkout that is not at the tag', (repo) => ({ dir: aheadOfTag(repo, tagged(repo, 'v1.2.0', true)), ref: 'refs/tags/v1.2.0' }), 'GITHUB_REF refs/tags/v1.2.0: HEAD is at HEAD12, not at the tag v1.2.0 (TAG12) nor at its release commit; check the tag out (git checkout v1.2.0)'],
    ['a tag that was never pushed', (repo) => ({ dir: atLocalTag(repo, 'v1.2.0'), ref: 'refs/tags/v1.2.0' }), 'GITHUB_REF refs/tags/v1.2.0: the tag v1.2.0 is not on origin; push it first (git push origin v1.2.0): a tag release never creates or moves its tag'],
    ['from-tag beside set', (repo) => ({ dir: repo.dir, options: { 'from-tag': 'v1.2.0', set: '1.2.0' } }), 'input from-tag: releases the version of a pushed tag; give it or set, not both'],
  ])('%s', async (_what, make, message) => {
    const repo = smallRepo();
    const { dir, ref, options } = make(repo);
    const before = { files: workTree(dir), head: git(['rev-parse', 'HEAD'], dir), remote: remoteRefs(repo) };
    if (ref) onTagPush(ref);
    else delete process.env.GITHUB_REF;
    const run = await release(dir, options);
    const head = git(['rev-parse', 'HEAD'], dir);
    const tag = tryGit(['rev-parse', '--verify', '--quiet', 'v1.2.0^{commit}'], dir);
    expect(run.error).toBe(message.replace('HEAD12', head.slice(0, 12)).replace('TAG12', tag.slice(0, 12)));
    expect({ files: workTree(dir), head, remote: remoteRefs(repo) }).toEqual(before);
  });

  test('the default branch moved on past the tag: refused once the release commit is known, the tree put back, nothing pushed', async () => {
    const repo = smallRepo();
    const source = tagAndPush(repo, 'v1.2.0');
    writeFileSync(path.join(repo.dir, 'README.md'), 'merged after the tag\n');
    repo.git(['add', 'README.md']);
    repo.git(['commit', '--quiet', '--message', 'after the tag']);
    repo.git(['push', '--quiet', 'origin', 'main']);
    const moved = repo.git(['rev-parse', 'HEAD']);
    const dir = checkoutOfTag(repo, 'v1.2.0');
    const before = { files: workTree(dir), remote: remoteRefs(repo) };
    onTagPush('refs/tags/v1.2.0');
    const run = await release(dir);
    expect(run.error).toMatch(new RegExp(`^v1\\.2\\.0 conflicts with what exists already; nothing was changed: origin/main is at ${moved.slice(0, 12)}, which is neither behind the tag v1\\.2\\.0 \\(${source.slice(0, 12)}\\) nor holds this release's commit [0-9a-f]{12}: the release commit \\(the version edits on top of the tag\\) cannot reach main without a merge; tag the tip of main instead, or push the release commit to a branch of its own \\(release-branch: release/1\\.2\\.0\\)$`));
    expect({ files: workTree(dir), remote: remoteRefs(repo) }).toEqual(before);
  });
});

/** Tags HEAD of the working copy and pushes the tag; returns its name. `lightweight`: a plain ref. */
function tagged(repo: SmallRepo, tag: string, lightweight = false): string {
  repo.git(lightweight ? ['tag', tag] : ['tag', '--annotate', '--message', tag, tag]);
  repo.git(['push', '--quiet', 'origin', `refs/tags/${tag}`]);
  return tag;
}

/** A clone with the tag, and a local commit after it: HEAD is not at the tag. */
function aheadOfTag(repo: SmallRepo, tag: string): string {
  const dir = repo.clone();
  git(['fetch', '--quiet', 'origin', `refs/tags/${tag}:refs/tags/${tag}`], dir);
  writeFileSync(path.join(dir, 'local.txt'), 'x\n');
  git(['add', 'local.txt'], dir);
  git(['commit', '--quiet', '--message', 'a local commit'], dir);
  return dir;
}

/** The working copy at a tag that exists only there (never pushed). */
function atLocalTag(repo: SmallRepo, tag: string): string {
  repo.git(['tag', '--annotate', '--message', tag, tag]);
  repo.git(['checkout', '--quiet', '--detach', tag]);
  return repo.dir;
}

function tryGit(args: string[], cwd: string): string {
  try {
    return git(args, cwd);
  } catch {
    return '';
  }
}
