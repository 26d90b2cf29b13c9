/**
 * What npm installs (issue 19): package.json names the repository, its `bin` is the bundled CLI
 * (a Node script, executable, inside `files`), and `files` holds what the CLI and the action run
 * and nothing of the sources. `npm pack` and an install from the package run in package.real.test.ts.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from './helpers/repo.js';

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  bin: Record<string, string>;
  files: string[];
  repository: { type: string; url: string };
  engines: { node: string };
};

describe('package.json', () => {
  test('names its repository (npm links it; provenance needs it)', () => {
    expect(pkg.repository).toEqual({ type: 'git', url: 'git+https://github.com/vfarcic/dot-ai-release.git' });
  });

  test('bin is the bundled CLI: a Node script with its shebang, executable, inside files', () => {
    expect(Object.keys(pkg.bin)).toEqual(['dot-ai-release']);
    const bin = pkg.bin['dot-ai-release'] as string;
    expect(bin).toBe('dist/cli.js');
    expect(readFileSync(path.join(ROOT, bin), 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
    expect(statSync(path.join(ROOT, bin)).mode & 0o111).not.toBe(0);
    expect(pkg.files.some((f) => bin === f || bin.startsWith(`${f}/`))).toBe(true);
  });

  test('files: the bundle, the action, the README and the licence; no sources or tests', () => {
    expect(pkg.files).toEqual(['dist', 'action.yml', 'README.md', 'LICENSE']);
  });
});
