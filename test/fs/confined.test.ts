/**
 * confinedPath (src/fs/confined.ts): the one check before a path built from input is written or
 * deleted. Every way out of the base (issue 17 item 1): `..`, absolute paths, a symlinked folder on
 * the way, a symlinked or dangling target; and what stays inside (new folders below, a symlink that
 * points inside). On files in a temporary directory (Node alone).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { confinedPath } from '../../src/fs/confined.js';
import { methodFolders } from '../../src/smoke/run.js';
import type { MethodSpec } from '../../src/smoke/types.js';

const top = mkdtempSync(path.join(tmpdir(), 'confined-'));
const base = path.join(top, 'diagnostics');
const outside = path.join(top, 'victim');
mkdirSync(path.join(base, 'existing'), { recursive: true });
mkdirSync(outside);
writeFileSync(path.join(outside, 'keep.txt'), 'keep');
symlinkSync(outside, path.join(base, 'link-out'));
symlinkSync(path.join(base, 'existing'), path.join(base, 'link-in'));
symlinkSync(path.join(outside, 'not-there'), path.join(base, 'dangling'));
afterAll(() => rmSync(top, { recursive: true, force: true }));

describe('out of the base: refused with one line naming the input', () => {
  test.each([
    ['../victim', /^smoke method: "\.\.\/victim" leaves .* \("\.\."\)$/],
    ['a/../../victim', /leaves .* \("\.\."\)$/],
    ['/etc/passwd', /is an absolute path/],
    ['', /is not a path name/],
    ['a\u0000b', /is not a path name/],
    ['.', /names .* itself/],
    ['link-out', /leads to .*victim through a symlink, outside/],
    ['link-out/new.txt', /leads to .*victim through a symlink, outside/],
    ['dangling', /not found/],
  ])('%j', (relative, message) => {
    expect(() => confinedPath(base, relative, 'smoke method')).toThrow(message);
  });
});

describe('inside: the path to use', () => {
  test('a new name, new folders below, an existing folder, a symlink pointing inside', () => {
    const realBase = path.join(path.dirname(base), 'diagnostics');
    expect(confinedPath(base, 'docker', 'x')).toBe(path.join(realBase, 'docker'));
    expect(confinedPath(base, 'a/b/c.log', 'x')).toBe(path.join(realBase, 'a/b/c.log'));
    expect(confinedPath(base, 'existing/x.json', 'x')).toBe(path.join(realBase, 'existing/x.json'));
    expect(confinedPath(base, 'link-in/x.json', 'x')).toBe(path.join(realBase, 'existing/x.json'));
  });
});

describe("a smoke run's method folders (issue 17 item 1: nothing recursive deleted that the run did not create)", () => {
  const spec = (name: string): MethodSpec => ({ name } as MethodSpec);

  test('a name that is a path is refused before anything starts; nothing outside is touched', () => {
    expect(() => methodFolders(base, [spec('../victim')])).toThrow(/^smoke method "\.\.\/victim": "\.\.\/victim" leaves/);
    expect(() => methodFolders(base, [spec('link-out')])).toThrow(/through a symlink, outside/);
    expect(existsSync(path.join(outside, 'keep.txt'))).toBe(true);
  });

  test('a folder holding an earlier run\'s files is not deleted: the run is refused', () => {
    writeFileSync(path.join(base, 'existing', 'old.log'), 'old');
    expect(() => methodFolders(base, [spec('existing')])).toThrow(/^diagnostics-dir: .*existing holds files already \(an earlier run's\?\); nothing is deleted there/);
    expect(methodFolders(base, [spec('fresh')]).get('fresh')).toMatch(/diagnostics\/fresh$/);
  });
});
