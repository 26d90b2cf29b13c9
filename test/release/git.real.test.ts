/**
 * The git side of the release with REAL git and a REAL bare remote: why the tag is annotated and
 * pushed by name (a lightweight tag with --follow-tags never leaves the machine, which is what the
 * README's old example did), the release commit made without moving HEAD and made the same again
 * by a re-run, and what `git push --dry-run` tells before anything is built.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkGitPush } from '../../src/release/permissions.js';
import { Git } from '../../src/tools/git.js';
import { removeTempRepos } from '../helpers/repo.js';
import { git, releaseRepo, remoteTags, removeReleaseRepos } from './helpers.js';

afterAll(() => {
  removeReleaseRepos();
  removeTempRepos();
});

const identity = { name: 'Release Bot', email: 'bot@example.com', date: '@1767323045 +0000' };

describe('git, for real', () => {
  test('a lightweight tag pushed with --follow-tags never arrives; the annotated tag pushed by name does', async () => {
    const repo = releaseRepo();
    writeFileSync(path.join(repo.dir, 'CHANGES.md'), 'x\n');
    repo.git(['add', 'CHANGES.md']);
    repo.git(['commit', '--quiet', '-m', 'release 0.5.0']);
    repo.git(['tag', 'v0.5.0']); // what the README's old example did
    repo.git(['push', '--quiet', '--follow-tags', 'origin', 'main']);
    expect(remoteTags(repo.remote).has('v0.5.0')).toBe(false);

    const g = new Git(repo.dir);
    repo.git(['tag', '--delete', 'v0.5.0']);
    const head = repo.git(['rev-parse', 'HEAD']);
    await g.createAnnotatedTag('v0.5.0', head, 'Release v0.5.0\n', identity);
    const pushed = await g.push('origin', ['refs/tags/v0.5.0:refs/tags/v0.5.0'], { atomic: true });
    expect(pushed.code).toBe(0);
    expect(remoteTags(repo.remote).get('v0.5.0')).toEqual({ commit: head, annotated: true });
    const listed = await g.lsRemote('origin', ['refs/tags/v0.5.0']);
    expect(listed.tags.get('v0.5.0')).toMatchObject({ commit: head, annotated: true });
  });

  test('the release commit is made without touching HEAD, the branch or the index, and the same changes make the same commit', async () => {
    const repo = releaseRepo();
    const g = new Git(repo.dir);
    const head = repo.git(['rev-parse', 'HEAD']);
    writeFileSync(path.join(repo.dir, 'package.json'), '{"version":"0.5.0"}\n');
    writeFileSync(path.join(repo.dir, 'new file.txt'), 'added\n');
    const changed = (await g.changes(true)).map((l) => l.slice(3));
    expect(changed.sort()).toEqual(['new file.txt', 'package.json']);
    const first = await g.makeCommit(changed, 'release v0.5.0\n', identity);
    expect(repo.git(['rev-parse', 'HEAD'])).toBe(head);
    expect(repo.git(['diff', '--cached', '--name-only'])).toBe('');
    expect(await g.makeCommit(changed, 'release v0.5.0\n', identity)).toBe(first);
    const info = await g.commitInfo(first);
    expect(info).toMatchObject({ parents: [head], subject: 'release v0.5.0' });
    expect(repo.git(['show', '--format=', '--name-only', first]).split('\n').sort()).toEqual(['new file.txt', 'package.json']);

    // Another clone of the same HEAD makes the same commit from the same changes (a re-run on a fresh runner).
    const clone = repo.clone();
    writeFileSync(path.join(clone, 'package.json'), '{"version":"0.5.0"}\n');
    writeFileSync(path.join(clone, 'new file.txt'), 'added\n');
    expect(await new Git(clone).makeCommit(['new file.txt', 'package.json'], 'release v0.5.0\n', identity)).toBe(first);

    await g.advanceBranch('main', head, first);
    expect(repo.git(['rev-parse', 'HEAD'])).toBe(first);
    expect(repo.git(['status', '--porcelain'])).toBe('');
  });

  test('git push --dry-run names a branch that moved on, before anything is built', async () => {
    const repo = releaseRepo();
    const other = repo.clone();
    writeFileSync(path.join(other, 'elsewhere.txt'), 'x\n');
    git(['add', 'elsewhere.txt'], other);
    git(['commit', '--quiet', '-m', 'someone else'], other);
    git(['push', '--quiet', 'origin', 'main'], other);
    const before = repo.git(['ls-remote', repo.remote]);
    await expect(checkGitPush(new Git(repo.dir), 'origin', 'main')).rejects.toThrow('git push --dry-run origin main: the remote branch has commits this checkout lacks; release from the newest commit (git pull, or run the workflow again on the latest main)');
    expect(repo.git(['ls-remote', repo.remote])).toBe(before);
    await expect(checkGitPush(new Git(other), 'origin', 'main')).resolves.toBeUndefined();
  });
});
