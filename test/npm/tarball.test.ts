import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { checkTarball, readTarball, tarballDigests, tarballManifest } from '../../src/npm/tarball.js';

/** A ustar header block for `name` (≤ 100 bytes) of `size` bytes and `type`. */
function header(name: string, size: number, type = '0'): Buffer {
  const block = Buffer.alloc(512);
  block.write(name, 0, 100, 'utf8');
  block.write('0000644\0', 100);
  block.write('0000000\0', 108);
  block.write('0000000\0', 116);
  block.write(size.toString(8).padStart(11, '0') + '\0', 124);
  block.write('00000000000\0', 136);
  block.write('        ', 148);
  block.write(type, 156);
  block.write('ustar\0' + '00', 257);
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(sum.toString(8).padStart(6, '0') + '\0 ', 148);
  return block;
}

function entry(name: string, content: string | Buffer, type = '0'): Buffer {
  const data = Buffer.from(content);
  return Buffer.concat([header(name, data.length, type), data, Buffer.alloc((512 - (data.length % 512)) % 512)]);
}

/** A pax extended header record setting the next entry's path. */
function pax(longPath: string): Buffer {
  const body = (len: number) => `${len} path=${longPath}\n`;
  let length = body(0).length;
  while (body(length).length !== length) length = body(length).length;
  return entry('PaxHeader', body(length), 'x');
}

function tgz(...entries: Buffer[]): Buffer {
  return gzipSync(Buffer.concat([...entries, Buffer.alloc(1024)]));
}

describe('reading an npm tarball', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'npm-tarball-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, bytes: Buffer) => {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    return file;
  };
  const manifest = JSON.stringify({ name: '@acme/server', version: '1.2.0' });

  test('package.json wherever it lies, after large files that are streamed past, not kept', async () => {
    const file = write('a.tgz', tgz(entry('package/dist/big.js', Buffer.alloc(3 * 1024 * 1024, 97)), entry('package/package.json', manifest), entry('package/README.md', '# x')));
    const tarball = await readTarball(file);
    expect(tarball).toMatchObject({ path: file, name: '@acme/server', version: '1.2.0', ...tarballDigests(readFileSync(file)) });
    expect(() => checkTarball(tarball, { name: '@acme/server', version: '1.2.0' }, 'x')).not.toThrow();
    expect(() => checkTarball(tarball, { name: '@acme/server', version: '1.3.0' }, 'input npm-tarball')).toThrow(/^input npm-tarball: a\.tgz holds @acme\/server@1\.2\.0, not @acme\/server@1\.3\.0$/);
  });

  test('a pax long name counts for the entry after it; a nested package.json is not the package', async () => {
    const nested = write('b.tgz', tgz(entry('package/node_modules/dep/package.json', '{"name":"dep","version":"9.9.9"}'), pax(`package/${'d'.repeat(120)}/file.js`), entry('package/x', 'x'), entry('package/package.json', manifest)));
    expect(await tarballManifest(nested)).toEqual({ name: '@acme/server', version: '1.2.0' });
    const longNamed = write('c.tgz', tgz(pax('pkg/package.json'), entry('pkg/truncated-name', manifest)));
    expect(await tarballManifest(longNamed)).toEqual({ name: '@acme/server', version: '1.2.0' });
  });

  test.each<[string, Buffer, RegExp]>([
    ['no package.json', tgz(entry('package/index.js', 'x')), /^d\.tgz: holds no package\.json; not an npm package tarball$/],
    ['not gzip', Buffer.from('plain text'), /^d\.tgz: not a gzip'd tar archive \(/],
    ['package.json not JSON', tgz(entry('package/package.json', '{nope')), /^d\.tgz: its package\.json is not JSON$/],
  ])('%s is refused by name', async (_name, bytes, message) => {
    await expect(tarballManifest(write('d.tgz', bytes))).rejects.toThrow(message);
  });
});
