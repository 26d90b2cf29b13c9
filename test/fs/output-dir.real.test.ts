/** Output directories from inputs (package-dir): inside the repository or the temporary directory, symlinks resolved; nowhere else. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { resolveOutputDir } from '../../src/fs/repo-path.js';

const work = mkdtempSync(path.join(tmpdir(), 'output-dir-'));
const repo = path.join(work, 'repo');
mkdirSync(path.join(repo, 'out'), { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));
const env = { TMPDIR: tmpdir() };

describe('resolveOutputDir', () => {
  test('a relative directory inside the repository, and an absolute one in the temporary directory, are taken', () => {
    expect(resolveOutputDir(repo, 'out', 'input package-dir', env)).toBe(path.join(repo, 'out'));
    const temp = mkdtempSync(path.join(tmpdir(), 'pkg-'));
    expect(resolveOutputDir(repo, temp, 'input package-dir', env)).toBe(temp);
  });

  test.each([
    ['../elsewhere', /^input package-dir: "\.\.\/elsewhere" leaves the repository/],
    ['/etc/dot-ai-release', /^input package-dir: "\/etc\/dot-ai-release" is outside the repository and the temporary directory/],
  ])('%s is refused by name', (input, message) => {
    expect(() => resolveOutputDir(repo, input, 'input package-dir', env)).toThrow(message);
  });

  test('a symlink in the temporary directory that leads out of it is judged by its target', () => {
    const link = path.join(work, 'to-etc');
    symlinkSync('/etc', link);
    expect(() => resolveOutputDir(repo, link, 'input package-dir', env)).toThrow(/is outside the repository and the temporary directory/);
    symlinkSync('/etc', path.join(repo, 'etc-link'));
    expect(() => resolveOutputDir(repo, 'etc-link', 'input package-dir', env)).toThrow(/outside the repository/);
  });
});
