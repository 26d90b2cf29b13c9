/**
 * The toolkit releases itself as .github/workflows/release.yml does, for REAL, on a clone of this
 * repository with a bare remote: its own version stream (.github/dot-ai-release.toolkit.yaml), the
 * bundle rebuilt by the build command and committed with the version (so `dot-ai-release
 * --version` tells the release), the annotated tag vX.Y.Z and the moving major tag v1, both on the
 * remote; GitHub printed, not called. A backport (1.0.1 after 1.1.0) does not move v1.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ROOT, runCli } from '../helpers/repo.js';
import { git, remoteTags } from './helpers.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A clone of this repository's HEAD with a bare remote of its own, node_modules borrowed (excluded from git). */
function toolkitClone(): { dir: string; remote: string } {
  const home = mkdtempSync(path.join(tmpdir(), 'dot-ai-release-self-'));
  made.push(home);
  const remote = path.join(home, 'origin.git');
  git(['clone', '--quiet', '--bare', '--no-local', ROOT, remote], home);
  const dir = path.join(home, 'work');
  git(['clone', '--quiet', remote, dir], home);
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  appendFileSync(path.join(dir, '.git/info/exclude'), 'node_modules\n');
  // The clone's bundle is built from its own sources first (the workflow's "dist/ is fresh" step).
  execFileSync('npm', ['run', '-s', 'build'], { cwd: dir, stdio: 'pipe' });
  if (git(['status', '--porcelain'], dir)) {
    git(['add', '--all'], dir);
    git(['commit', '--quiet', '-m', 'dist rebuilt'], dir);
    git(['push', '--quiet', 'origin', 'HEAD'], dir);
  }
  return { dir, remote };
}

function release(dir: string, version: string) {
  return runCli(['release', '--working-directory', dir, '--config', '.github/dot-ai-release.toolkit.yaml', '--set', version, '--build-command', 'npm run build', '--moving-major-tag', '--github-release', 'print'], { GIT_CONFIG_GLOBAL: '/dev/null' });
}

describe('the toolkit releases itself', () => {
  test('version stream, the bundle rebuilt into the release commit, vX.Y.Z and v1 on the remote; a backport leaves v1', async () => {
    const { dir, remote } = toolkitClone();
    const branch = git(['rev-parse', '--abbrev-ref', 'HEAD'], dir);
    const run = await release(dir, '1.0.0');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/• image: skipped, no image is released/);
    expect(run.stderr).toMatch(/• smoke: skipped, nothing to deploy/);
    expect(run.stderr).toMatch(/github-release \(printed, not sent\): POST https:\/\/api\.github\.com\/repos\/[^/]+\/[^/]+\/releases/);
    const tags = remoteTags(remote);
    const commit = git(['rev-parse', 'HEAD'], dir);
    expect(tags.get('v1.0.0')).toEqual({ commit, annotated: true });
    expect(tags.get('v1')?.commit).toBe(commit);
    expect(git(['rev-parse', branch], remote)).toBe(commit);
    const changed = git(['show', '--format=', '--name-only', commit], dir).split('\n');
    expect(changed).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'dist/cli.js']));
    // The committed bundle is the fresh build of the release commit, and says its version.
    expect(execFileSync(process.execPath, [path.join(dir, 'dist/cli.js'), '--version'], { encoding: 'utf8' }).trim()).toBe('dot-ai-release 1.0.0');
    execFileSync('npm', ['run', '-s', 'build'], { cwd: dir, stdio: 'pipe' });
    expect(git(['status', '--porcelain'], dir)).toBe('');

    // 1.1.0 moves v1; a backport 1.0.1 released after it does not.
    expect((await release(dir, '1.1.0')).code).toBe(0);
    const v110 = git(['rev-parse', 'HEAD'], dir);
    expect(remoteTags(remote).get('v1')?.commit).toBe(v110);
    expect((await release(dir, '1.0.1').then((r) => (r.code ? r.stderr : r.code)))).toMatch(/lower than the current version 1\.1\.0/);
    const backport = await runCli(['release', '--working-directory', dir, '--config', '.github/dot-ai-release.toolkit.yaml', '--set', '1.0.1', '--allow-downgrade', '--build-command', 'npm run build', '--moving-major-tag', '--github-release', 'print'], { GIT_CONFIG_GLOBAL: '/dev/null' });
    expect(backport.code, backport.stderr).toBe(0);
    expect(remoteTags(remote).get('v1.0.1')?.annotated).toBe(true);
    expect(remoteTags(remote).get('v1')?.commit).toBe(v110);
  }, 300_000);
});
