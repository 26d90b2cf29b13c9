import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { writeAllOrNothing } from '../../src/fs/atomic-write.js';

const dir = mkdtempSync(path.join(tmpdir(), 'atomic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a failing rename puts back the files already replaced and leaves no temp file', () => {
  const a = path.join(dir, 'a.txt');
  const b = path.join(dir, 'b');
  writeFileSync(a, 'old a');
  mkdirSync(b); // renaming a file over a directory fails
  expect(() =>
    writeAllOrNothing([
      { absolute: a, original: 'old a', text: 'new a' },
      { absolute: b, original: '', text: 'new b' },
    ]),
  ).toThrow();
  expect(readFileSync(a, 'utf8')).toBe('old a');
  expect(readdirSync(dir).sort()).toEqual(['a.txt', 'b']);
});

test('all files are written when every step succeeds', () => {
  const files = ['x.txt', 'y.txt'].map((f) => path.join(dir, f));
  files.forEach((f) => writeFileSync(f, 'old'));
  writeAllOrNothing(files.map((f) => ({ absolute: f, original: 'old', text: `new ${path.basename(f)}` })));
  expect(files.map((f) => readFileSync(f, 'utf8'))).toEqual(['new x.txt', 'new y.txt']);
});
