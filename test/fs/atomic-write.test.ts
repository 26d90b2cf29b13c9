import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { recoverInterruptedWrite, writeAllOrNothing, type FileWrite } from '../../src/fs/atomic-write.js';

const base = mkdtempSync(path.join(tmpdir(), 'atomic-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

function setup(files: Record<string, string>) {
  const root = mkdtempSync(path.join(base, 'repo-'));
  const state = mkdtempSync(path.join(base, 'state-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  const write = (file: string, text: string): FileWrite => ({
    file,
    absolute: path.join(root, file),
    original: readFileSync(path.join(root, file)),
    content: Buffer.from(text),
  });
  return { root, state, write };
}

test('all files are written when every step succeeds; nothing staged is left anywhere', () => {
  const { root, state, write } = setup({ 'x.txt': 'old', 'sub/y.txt': 'old' });
  writeAllOrNothing(root, state, [write('x.txt', 'new x'), write('sub/y.txt', 'new y')]);
  expect(readFileSync(path.join(root, 'x.txt'), 'utf8')).toBe('new x');
  expect(readFileSync(path.join(root, 'sub/y.txt'), 'utf8')).toBe('new y');
  expect(readdirSync(root).sort()).toEqual(['sub', 'x.txt']);
  expect(readdirSync(state)).toEqual([]);
});

test('a failing rename puts back the files already replaced and leaves no temp file', () => {
  const { root, state, write } = setup({ 'a.txt': 'old a', 'b.txt': 'old b' });
  const writes = [write('a.txt', 'new a'), write('b.txt', 'new b')];
  rmSync(path.join(root, 'b.txt'));
  mkdirSync(path.join(root, 'b.txt')); // not a regular file any more: refused before anything is written
  expect(() => writeAllOrNothing(root, state, writes)).toThrow('b.txt: is a directory, not a regular file; nothing was changed');
  expect(readFileSync(path.join(root, 'a.txt'), 'utf8')).toBe('old a');
  expect(readdirSync(root).sort()).toEqual(['a.txt', 'b.txt']);
  expect(readdirSync(state)).toEqual([]);
});

test('a symlink is written through; two paths to one file are written once, and never two ways', () => {
  const { root, state, write } = setup({ 'doc.md': 'v1' });
  symlinkSync('doc.md', path.join(root, 'link.md'));
  writeAllOrNothing(root, state, [write('doc.md', 'v2'), write('link.md', 'v2')]);
  expect(readFileSync(path.join(root, 'doc.md'), 'utf8')).toBe('v2');
  expect(readdirSync(root).sort()).toEqual(['doc.md', 'link.md']);
  expect(() => writeAllOrNothing(root, state, [write('doc.md', 'v3'), write('link.md', 'v4')])).toThrow(
    'link.md: is the same file as doc.md (a symlink), and the two edits differ; nothing was changed',
  );
});

test('a journal left by a killed run puts every landed file back; staged files are removed', () => {
  const { root, state } = setup({ 'a.txt': 'new a', 'b.txt': 'old b' });
  // as a run killed after its first rename leaves it: a.txt replaced, b.txt still staged
  writeFileSync(path.join(state, '0123abcd-0.orig'), 'old a');
  writeFileSync(path.join(state, '0123abcd-1.tmp'), 'new b');
  writeFileSync(path.join(state, '0123abcd-1.orig'), 'old b');
  const sha = (s: string) => createHash('sha256').update(s).digest('hex');
  writeFileSync(
    path.join(state, 'journal.json'),
    JSON.stringify({
      pid: 1,
      entries: [
        { target: path.join(root, 'a.txt'), temp: path.join(state, '0123abcd-0.tmp'), backup: path.join(state, '0123abcd-0.orig'), sha256: sha('new a') },
        { target: path.join(root, 'b.txt'), temp: path.join(state, '0123abcd-1.tmp'), backup: path.join(state, '0123abcd-1.orig'), sha256: sha('new b') },
      ],
    }),
  );
  expect(recoverInterruptedWrite(root, state)).toEqual([path.join(root, 'a.txt')]);
  expect(readFileSync(path.join(root, 'a.txt'), 'utf8')).toBe('old a');
  expect(readFileSync(path.join(root, 'b.txt'), 'utf8')).toBe('old b');
  expect(readdirSync(state)).toEqual([]);
});

test('a journal naming files outside the repository (a crafted one) is not followed', () => {
  const { root, state } = setup({ 'a.txt': 'a' });
  const outside = mkdtempSync(path.join(base, 'outside-'));
  writeFileSync(path.join(outside, 'victim'), 'known content');
  writeFileSync(path.join(state, '0123abcd-0.orig'), 'attacker content');
  const sha = createHash('sha256').update('known content').digest('hex');
  writeFileSync(
    path.join(state, 'journal.json'),
    JSON.stringify({ pid: 1, entries: [{ target: path.join(outside, 'victim'), temp: path.join(state, '0123abcd-0.tmp'), backup: path.join(state, '0123abcd-0.orig'), sha256: sha }] }),
  );
  expect(recoverInterruptedWrite(root, state)).toEqual([]);
  expect(readFileSync(path.join(outside, 'victim'), 'utf8')).toBe('known content');
});
