import { describe, expect, test } from 'vitest';
import { compareIntegrity, judgePublished } from '../../src/npm/publish.js';
import { packumentUrl, parsePackument } from '../../src/npm/registry.js';
import { tarballDigests } from '../../src/npm/tarball.js';

const bytes = Buffer.from('a tarball');
const mine = { ...tarballDigests(bytes), path: '/tmp/x/acme-1.0.0.tgz', name: '@acme/server', version: '1.0.0', size: bytes.length };
const other = tarballDigests(Buffer.from('another tarball'));

describe("the registry's record of a version against this tarball", () => {
  test('npm digests: sha512 base64 and sha1 hex of the bytes', () => {
    expect(mine.integrity).toMatch(/^sha512-[A-Za-z0-9+/]{86}==$/);
    expect(mine.shasum).toMatch(/^[0-9a-f]{40}$/);
  });

  test.each<{ name: string; published: { integrity?: string; shasum?: string }; verdict: string }>([
    { name: 'the same sha512', published: { integrity: mine.integrity, shasum: mine.shasum }, verdict: 'same' },
    { name: 'another sha512 (a matching sha1 does not save it)', published: { integrity: other.integrity, shasum: mine.shasum }, verdict: 'other' },
    { name: 'several hashes, the sha512 among them', published: { integrity: `sha1-abc ${mine.integrity}` }, verdict: 'same' },
    { name: 'an old version with a shasum only', published: { shasum: mine.shasum.toUpperCase() }, verdict: 'same' },
    { name: 'an old version with another shasum', published: { shasum: other.shasum }, verdict: 'other' },
    { name: 'nothing to compare', published: {}, verdict: 'unknown' },
  ])('$name: $verdict', ({ published, verdict }) => {
    expect(compareIntegrity(published, mine)).toBe(verdict);
  });

  test('absent, the same, or refused in one line naming both integrities, nothing changed', () => {
    const job = { name: '@acme/server', version: '1.0.0', registry: 'https://npm.example.com/' };
    expect(judgePublished(job, { versions: new Map() }, mine)).toBe('absent');
    expect(judgePublished(job, { versions: new Map([['1.0.0', { integrity: mine.integrity }]]) }, mine)).toBe('same');
    expect(() => judgePublished(job, { versions: new Map([['1.0.0', { integrity: other.integrity }]]) }, mine)).toThrow(
      `@acme/server@1.0.0 is already published at https://npm.example.com/ with other content (${other.integrity}, this release's tarball is ${mine.integrity}); a published npm version is immutable: nothing was changed, release another version`,
    );
    expect(() => judgePublished(job, { versions: new Map([['1.0.0', {}]]) }, mine)).toThrow(/without an integrity to compare this tarball with; a published npm version is immutable/);
  });
});

describe('the packument', () => {
  test("URL: the registry's path, the scope's slash escaped", () => {
    expect(packumentUrl('https://registry.npmjs.org/', '@vfarcic/dot-ai')).toBe('https://registry.npmjs.org/@vfarcic%2fdot-ai');
    expect(packumentUrl('https://npm.example.com/team/', 'server')).toBe('https://npm.example.com/team/server');
  });

  test('versions with their digests, dist-tags and maintainers; anything else ignored', () => {
    const state = parsePackument(
      JSON.stringify({
        name: '@acme/server',
        'dist-tags': { latest: '1.0.0', rc: '1.1.0-rc.1', broken: 7 },
        versions: { '1.0.0': { dist: { integrity: 'sha512-a', shasum: 'ab' } }, '1.1.0-rc.1': { dist: { shasum: 'cd' } }, '0.1.0': {} },
        maintainers: [{ name: 'alice', email: 'a@example.com' }, 'bob <b@example.com>', { email: 'nameless' }],
        time: { created: 'x' },
      }),
      'x',
    );
    expect(state.exists).toBe(true);
    expect([...state.versions]).toEqual([
      ['1.0.0', { integrity: 'sha512-a', shasum: 'ab' }],
      ['1.1.0-rc.1', { shasum: 'cd' }],
      ['0.1.0', {}],
    ]);
    expect(state.distTags).toEqual({ latest: '1.0.0', rc: '1.1.0-rc.1' });
    expect(state.maintainers).toEqual(['alice', 'bob']);
  });

  test('an answer that is not JSON is named', () => {
    expect(() => parsePackument('<html>', 'npm registry https://npm.example.com/: server')).toThrow(/^npm registry https:\/\/npm\.example\.com\/: server: the registry's answer is not JSON$/);
  });
});
