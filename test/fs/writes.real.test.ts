import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { repositoryStateDir } from '../../src/fs/state-dir.js';
import { copyDemoProject, DEMO_PROJECT, removeTempRepos } from '../helpers/repo.js';
import { giveToNobody, linesStarting, run, tree } from './helpers.js';

/**
 * `version` writes (issue 9): one run at a time per repository, no temp file in the work tree
 * after a crash or a full disk, the output channels checked before any file is written.
 */
afterAll(removeTempRepos);

const names = (t: Record<string, string>) => Object.keys(t).sort();
const version = (repo: string, extra: string[] = [], env: NodeJS.ProcessEnv = {}) =>
  run('cli', ['version', '--bump', 'patch', '--working-directory', repo, ...extra], { env });

describe('one writer per repository', () => {
  test('a second run while the lock is held is refused with who holds it; nothing changes', async () => {
    const repo = copyDemoProject();
    const lock = path.join(repositoryStateDir(repo), 'lock');
    const since = new Date().toISOString();
    writeFileSync(lock, JSON.stringify({ pid: process.pid, host: hostname(), since }));
    try {
      const before = tree(repo);
      const result = await version(repo);
      expect(linesStarting(result.stderr, 'error:')).toEqual([
        `error: another dot-ai-release run (process ${process.pid}, since ${since}) is writing this repository; wait for it to finish (lock: ${lock})`,
      ]);
      expect(result.code).toBe(1);
      expect(tree(repo)).toEqual(before);
    } finally {
      rmSync(path.dirname(lock), { recursive: true, force: true });
    }
  });

  test('a lock left by a process that is gone (kill -9) is taken over', async () => {
    const repo = copyDemoProject();
    const lock = path.join(repositoryStateDir(repo), 'lock');
    const gone = Number(execFileSync('sh', ['-c', 'sh -c "echo \\$\\$"'], { encoding: 'utf8' }).trim()); // a pid that has exited
    writeFileSync(lock, JSON.stringify({ pid: gone, host: hostname(), since: '2020-01-01T00:00:00.000Z' }));
    try {
      const result = await version(repo);
      expect(result.stderr).not.toContain('error:');
      expect(result.code).toBe(0);
      expect(existsSync(path.dirname(lock))).toBe(false); // lock taken over and released; nothing pending: the state folder is gone too
    } finally {
      rmSync(path.dirname(lock), { recursive: true, force: true });
    }
  });

  test('two runs at once: never both writing from the same old version (no lost bump)', async () => {
    for (let round = 0; round < 3; round++) {
      const repo = copyDemoProject();
      const [a, b] = await Promise.all([version(repo), version(repo)]);
      const ok = [a, b].filter((r) => r.code === 0).length;
      const pkg = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')).version;
      // either one ran and the other was refused, or they ran one after the other (0.4.2 -> 0.4.3 -> 0.4.4)
      expect(pkg).toBe(ok === 2 ? '0.4.4' : '0.4.3');
      for (const r of [a, b].filter((x) => x.code !== 0)) {
        expect(linesStarting(r.stderr, 'error:')[0]).toMatch(/^error: another dot-ai-release run (\(process \d+, since [^)]+\) )?is writing this repository; wait for it to finish/);
      }
      const check = await run('cli', ['check', '--working-directory', repo]);
      expect(check.code).toBe(0);
    }
  });
});

describe('no trace in the work tree', () => {
  test('in a git checkout, staging lives in the git directory: git sees only the edited files', async () => {
    const repo = copyDemoProject();
    execFileSync('git', ['init', '-q', repo]);
    execFileSync('git', ['-C', repo, 'add', '-A']);
    execFileSync('git', ['-C', repo, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'init']);
    expect((await version(repo)).code).toBe(0);
    const status = execFileSync('git', ['-C', repo, 'status', '--porcelain', '--untracked-files=all', '--ignored'], { encoding: 'utf8' });
    expect(status.split('\n').filter(Boolean).every((l) => l.startsWith(' M '))).toBe(true);
    expect(existsSync(path.join(repo, '.git/dot-ai-release'))).toBe(false); // the lock released, nothing staged left, the folder removed
  });

  test('a .git file pointing outside at something that is no git directory is not written into', async () => {
    const repo = copyDemoProject();
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'not-git-'));
    writeFileSync(path.join(repo, '.git'), `gitdir: ${elsewhere}/deep/er\n`);
    expect((await version(repo)).code).toBe(0);
    expect(readdirSync(elsewhere)).toEqual([]);
    rmSync(elsewhere, { recursive: true, force: true });
  });

  test('kill -9 in the middle of the renames: no temp file in the tree; the next run puts the tree back, then bumps once', async () => {
    const repo = copyDemoProject();
    const before = tree(repo);
    const killed = await version(repo, [], { DOT_AI_RELEASE_FAULT_INJECTION: 'kill-after-renames:3' });
    expect(killed.signal).toBe('SIGKILL');
    const after = tree(repo);
    expect(names(after)).toEqual(names(before)); // no temp file, no new file
    const changed = names(after).filter((f) => after[f] !== before[f]);
    expect(changed).toHaveLength(3); // half done: exactly what a crash leaves
    expect((await run('cli', ['check', '--working-directory', repo])).code).toBe(1);

    const next = await version(repo);
    expect(next.stderr).toContain('warning: an earlier version run was interrupted while writing; 3 files were put back as they were before it');
    expect(next.code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')).version).toBe('0.4.3'); // bumped once, from 0.4.2
    const check = JSON.parse((await run('cli', ['check', '--json', '--working-directory', repo])).stdout);
    expect(check).toMatchObject({ ok: true, version: '0.4.3' });
    expect(names(tree(repo))).toEqual(names(before));
  });

  test('temp files an older run left beside the files are removed by the next run', async () => {
    const repo = copyDemoProject();
    const stale = path.join(repo, 'charts/demo-mcp/.values.yaml.dot-ai-release-0a1b2c3d.tmp');
    writeFileSync(stale, 'half');
    expect((await version(repo)).code).toBe(0);
    expect(existsSync(stale)).toBe(false);
  });

  test('a full disk fails the run with one line; the tree is as before, without temp files', async () => {
    if (process.getuid?.() !== 0) throw new Error('this test mounts a small tmpfs and needs root');
    const mount = mkdtempSync(path.join(tmpdir(), 'dot-ai-release-full-'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=512k', 'tmpfs', mount]);
    try {
      const repo = path.join(mount, 'repo');
      cpSync(DEMO_PROJECT, repo, { recursive: true });
      try {
        execFileSync('dd', ['if=/dev/zero', `of=${path.join(mount, 'filler')}`, 'bs=4k'], { stdio: 'ignore' });
      } catch {
        // dd stops at "No space left on device": the disk is full
      }
      const before = tree(repo);
      const result = await version(repo);
      expect(linesStarting(result.stderr, 'error:')).toEqual(['error: README.md: cannot write (no space left on the device); nothing was changed']);
      expect(result.code).toBe(1);
      expect(tree(repo)).toEqual(before);
    } finally {
      execFileSync('umount', [mount]);
      rmSync(mount, { recursive: true, force: true });
    }
  });
});

describe('output channels are checked before the first file is written', () => {
  function runner(make: (dir: string) => { GITHUB_OUTPUT: string; GITHUB_STEP_SUMMARY: string }) {
    const dir = mkdtempSync(path.join(tmpdir(), 'runner-'));
    return { dir, env: { ...make(dir), GITHUB_ACTIONS: 'true' } };
  }
  test.each<{ name: string; make: (dir: string) => { GITHUB_OUTPUT: string; GITHUB_STEP_SUMMARY: string }; message: (dir: string) => string; as?: 'nobody' }>([
    {
      name: 'GITHUB_OUTPUT a directory',
      make: (d) => (mkdirSync(path.join(d, 'out')), writeFileSync(path.join(d, 'sum'), ''), { GITHUB_OUTPUT: path.join(d, 'out'), GITHUB_STEP_SUMMARY: path.join(d, 'sum') }),
      message: (d) => `GITHUB_OUTPUT: ${d}/out is a directory, not a file; nothing was changed`,
    },
    {
      name: 'GITHUB_STEP_SUMMARY a directory',
      make: (d) => (mkdirSync(path.join(d, 'sum')), writeFileSync(path.join(d, 'out'), ''), { GITHUB_OUTPUT: path.join(d, 'out'), GITHUB_STEP_SUMMARY: path.join(d, 'sum') }),
      message: (d) => `GITHUB_STEP_SUMMARY: ${d}/sum is a directory, not a file; nothing was changed`,
    },
    {
      name: 'GITHUB_OUTPUT not writable (uid 65534)',
      as: 'nobody',
      make: (d) => {
        writeFileSync(path.join(d, 'out'), '');
        writeFileSync(path.join(d, 'sum'), '');
        chmodSync(d, 0o755);
        chmodSync(path.join(d, 'sum'), 0o666);
        chmodSync(path.join(d, 'out'), 0o444);
        return { GITHUB_OUTPUT: path.join(d, 'out'), GITHUB_STEP_SUMMARY: path.join(d, 'sum') };
      },
      message: (d) => `GITHUB_OUTPUT: ${d}/out is not writable (permission denied); nothing was changed`,
    },
  ])('$name: the step fails with one line and no file is changed', async ({ make, message, as }) => {
    const repo = copyDemoProject();
    const { dir, env } = runner(make);
    if (as) giveToNobody(repo);
    const before = tree(repo);
    const result = await run('action', [], { env: { ...env, INPUT_COMMAND: 'version', INPUT_BUMP: 'patch', 'INPUT_WORKING-DIRECTORY': repo }, as });
    expect(linesStarting(result.stdout, '::error')).toEqual([`::error::${message(dir)}`]);
    expect(result.code).toBe(1);
    expect(tree(repo)).toEqual(before);
    rmSync(dir, { recursive: true, force: true });
  });
});
