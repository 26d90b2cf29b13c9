import { closeSync, linkSync, lstatSync, openSync, readFileSync, symlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { copyDemoProject, removeTempRepos } from '../helpers/repo.js';
import { edit, linesStarting, run, tree, write } from '../fs/helpers.js';

/**
 * No silent partial work (issue 9): every file that holds a version reference is processed, or
 * the run fails naming it, and `check` and `version` cover exactly the same places.
 */
afterAll(removeTempRepos);

const CHART = 'charts/demo-mcp/Chart.yaml';
const REF = 'ghcr.io/acme/demo-mcp:0.4.2';

async function checkJson(repo: string) {
  const result = await run('cli', ['check', '--json', '--working-directory', repo]);
  expect(result.stderr).not.toMatch(/^error: (?!.* holds .*, should hold |check: failed$)/m); // drift lines only
  return JSON.parse(result.stdout) as { ok: boolean; references: number; files: number; drift: { file: string }[] };
}

async function bump(repo: string, args = ['--bump', 'patch']) {
  const result = await run('cli', ['version', ...args, '--json', '--working-directory', repo]);
  expect(result.stderr).not.toContain('error:');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as { 'changed-files': string[]; changes: { file: string }[] };
}

describe('files the old scan passed over in silence are processed', () => {
  test('a 3 MiB package.json is bumped, and check counts it', async () => {
    const repo = copyDemoProject();
    edit(repo, 'package.json', (t) => t.replace('"name"', `"x-padding": "${'x'.repeat(3 * 1024 * 1024)}",\n  "name"`));
    const before = await checkJson(repo);
    const result = await bump(repo);
    expect(result['changed-files']).toContain('package.json');
    expect(JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')).version).toBe('0.4.3');
    const after = await checkJson(repo);
    expect(after).toMatchObject({ ok: true, references: before.references });
  });

  test('Chart.yaml with a NUL byte in a comment is bumped; every other byte stays', async () => {
    const repo = copyDemoProject();
    edit(repo, CHART, (t) => t.replace('# The chart version', '# The\u0000chart version'));
    const original = readFileSync(path.join(repo, CHART), 'latin1');
    expect((await bump(repo))['changed-files']).toContain(CHART);
    expect(readFileSync(path.join(repo, CHART), 'latin1')).toBe(original.replaceAll('0.4.2', '0.4.3'));
    expect((await checkJson(repo)).ok).toBe(true);
  });

  test('a Latin-1 doc is edited as bytes: only the version changes', async () => {
    const repo = copyDemoProject();
    const doc = Buffer.from(`Caf\xe9 cr\xe8me: ${REF}\n\xa9 acme\n`, 'latin1');
    write(repo, 'docs/latin.md', doc);
    const result = await bump(repo);
    expect(result['changed-files']).toContain('docs/latin.md');
    expect(readFileSync(path.join(repo, 'docs/latin.md'))).toEqual(Buffer.from(doc.toString('latin1').replace('0.4.2', '0.4.3'), 'latin1'));
  });

  test('a symlink inside the repository is written through and stays a link', async () => {
    const repo = copyDemoProject();
    symlinkSync('install.md', path.join(repo, 'docs/current.md'));
    await bump(repo);
    expect(lstatSync(path.join(repo, 'docs/current.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(repo, 'docs/install.md'), 'utf8')).toContain('ghcr.io/acme/demo-mcp:0.4.3');
    expect((await checkJson(repo)).ok).toBe(true);
  });
});

/** A file of `size` bytes of NULs (sparse: no disk used) and then `tail`. */
const sparse = (repo: string, file: string, size: number, tail: string) => {
  const fd = openSync(path.join(repo, file), 'w');
  writeSync(fd, Buffer.from(tail), 0, tail.length, size);
  closeSync(fd);
};

describe('a file holding a reference that cannot be edited is refused by name, by check and version alike', () => {
  test.each<{ name: string; setup: (repo: string) => void; message?: string }>([
    {
      name: 'binary file (NUL bytes) with a reference',
      setup: (r) => write(r, 'docs/blob.md', Buffer.concat([Buffer.from([0x89, 0, 1, 2]), Buffer.from(`\n${REF}\n`)])),
      message: 'docs/blob.md:2: holds ghcr.io/acme/demo-mcp:<tag> 0.4.2, but the file is binary (it has NUL bytes), which this tool does not edit; exclude it from references',
    },
    { name: 'binary file without a reference', setup: (r) => write(r, 'docs/blob.md', Buffer.from([0x89, 0x50, 0, 0, 1, 2, 3])) },
    {
      name: 'UTF-16 file with a reference',
      setup: (r) => write(r, 'docs/wide.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`Run\n${REF}\n`, 'utf16le')])),
      message: 'docs/wide.md:2: holds ghcr.io/acme/demo-mcp:<tag> 0.4.2, but the file is UTF-16 text, which this tool does not edit; save it as UTF-8',
    },
    {
      name: '70 MiB file with a reference at its end',
      setup: (r) => sparse(r, 'docs/huge.md', 70 * 1024 * 1024, `\n${REF}\n`),
      message: 'docs/huge.md:2: holds ghcr.io/acme/demo-mcp:<tag> 0.4.2, but at 70 MiB the file is larger than the 64 MiB this tool edits; exclude it from references',
    },
    { name: '70 MiB file without a reference', setup: (r) => sparse(r, 'docs/huge.md', 70 * 1024 * 1024, '\nnothing here\n') },
  ])('$name', async ({ setup, message }) => {
    const repo = copyDemoProject();
    setup(repo);
    const before = tree(repo);
    for (const args of [['check'], ['version', '--bump', 'patch']]) {
      const result = await run('cli', [...args, '--working-directory', repo]);
      if (message) {
        expect(linesStarting(result.stderr, 'error:'), args[0]).toEqual([`error: ${message}`]);
        expect(result.code, args[0]).toBe(1);
        expect(tree(repo), args[0]).toEqual(before);
      } else {
        expect(result.stderr, args[0]).not.toContain('error:');
        expect(result.code, args[0]).toBe(0);
      }
    }
  });

  test('a hard-linked file is refused by version (replacing it would split the links); check reads it', async () => {
    const repo = copyDemoProject();
    linkSync(path.join(repo, 'docs/install.md'), path.join(repo, 'docs/install-copy.md'));
    expect((await run('cli', ['check', '--working-directory', repo])).code).toBe(0);
    const before = tree(repo);
    const result = await run('cli', ['version', '--bump', 'patch', '--working-directory', repo]);
    expect(linesStarting(result.stderr, 'error:')).toEqual([
      'error: docs/install-copy.md: has 2 hard links; an edit would split them (make it a single file or a symlink); nothing was changed',
    ]);
    expect(result.code).toBe(1);
    expect(tree(repo)).toEqual(before);
  });
});

test('check and version cover the same places, odd files included', async () => {
  const repo = copyDemoProject();
  write(repo, 'docs/latin.md', Buffer.from(`Caf\xe9 ${REF.replace('0.4.2', '0.4.0')}\n`, 'latin1'));
  write(repo, 'docs/blob.md', Buffer.from([0, 1, 2]));
  symlinkSync('install.md', path.join(repo, 'docs/current.md'));
  edit(repo, CHART, (t) => t.replace('# The chart version', '# The\u0000chart version').replace('appVersion: "0.4.2"', 'appVersion: "0.4.1"'));
  edit(repo, 'docs/install.md', (t) => t.replace('--version 0.4.2', '--version 0.4.1'));
  const check = await checkJson(repo);
  const drifted = [...new Set(check.drift.map((d) => d.file))].sort();
  expect(drifted).toEqual([CHART, 'docs/current.md', 'docs/install.md', 'docs/latin.md']);
  // realigning to the current version changes exactly the places check reported
  const version = await bump(repo, ['--set', '0.4.2']);
  expect([...new Set(version.changes.map((c) => c.file))].sort()).toEqual(drifted);
  expect(version.changes).toHaveLength(check.drift.length);
  expect(await checkJson(repo)).toMatchObject({ ok: true, references: check.references });
});

test('a symlinked folder out of the repository is not crawled (docs/all -> / would read the whole disk)', async () => {
  const repo = copyDemoProject();
  symlinkSync('/', path.join(repo, 'docs/all'));
  const result = await run('cli', ['check', '--working-directory', repo], { timeoutMs: 15_000 });
  expect(result.signal).toBeNull();
  expect(result.stderr).not.toContain('error:');
  expect(result.code).toBe(0);
});

describe('large structured files are read, or refused naming them; never passed over (issue 17)', () => {
  const padding = `${'x'.repeat(3 * 1024 * 1024)}`;
  test.each<[string, string, (t: string) => string, string]>([
    ['values.yaml', 'charts/demo-mcp/values.yaml', (t) => `${t.replace('tag: "0.4.2"', 'tag: "0.4.1"')}\n# ${padding}\n`, 'image.tag'],
    ['package-lock.json', 'package-lock.json', (t) => t.replace('"version": "0.4.2"', `"x-padding": "${padding}",\n  "version": "0.4.1"`), 'version'],
    ['server.json', 'server.json', (t) => t.replace('"version": "0.4.2"', `"x-padding": "${padding}",\n  "version": "0.4.1"`), 'version'],
    ['Chart.yaml', CHART, (t) => `${t.replace('version: 0.4.2', 'version: 0.4.1')}# ${padding}\n`, 'version'],
  ])('a 3 MiB %s that drifted: check names it, version aligns it', async (_what, file, change, field) => {
    const repo = copyDemoProject();
    edit(repo, file, change);
    const checked = await run('cli', ['check', '--working-directory', repo]);
    expect(checked.code).toBe(1);
    expect(linesStarting(checked.stderr, 'error:')).toEqual([expect.stringMatching(new RegExp(`^error: ${file.replace(/\./g, '\\.')}:\\d+: ${field.replace(/\./g, '\\.')} holds 0\\.4\\.1, should hold 0\\.4\\.2$`)), 'error: check: failed']);
    await bump(repo, ['--set', '0.4.3']);
    expect(readFileSync(path.join(repo, file), 'utf8')).not.toContain('0.4.1');
    expect((await checkJson(repo)).ok).toBe(true);
  });

  test.each(['package.json', 'charts/demo-mcp/values.yaml'])('%s over 64 MiB: refused by name by check and version, nothing written', async (file) => {
    const repo = copyDemoProject();
    sparse(repo, file, 65 * 1024 * 1024 - 1, '\n');
    const before = tree(repo);
    for (const args of [['check'], ['version', '--set', '0.5.0']]) {
      const result = await run('cli', [...args, '--working-directory', repo]);
      expect(result.code).toBe(1);
      expect(linesStarting(result.stderr, 'error:')[0]).toBe(`error: ${file}: is 65 MiB, more than the 64 MiB this tool reads`);
    }
    expect(tree(repo)).toEqual(before);
  });
});
