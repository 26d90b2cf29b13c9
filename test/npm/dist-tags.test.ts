import { describe, expect, test } from 'vitest';
import { channelOf, chooseDistTag } from '../../src/npm/dist-tags.js';
import semver from 'semver';

describe('chooseDistTag: the tag a version is published under', () => {
  test.each<{ name: string; version: string; tags: Record<string, string>; published: string[]; tag: string; latest: boolean }>([
    { name: 'the first version of a package', version: '1.0.0', tags: {}, published: [], tag: 'latest', latest: true },
    { name: 'a newer release moves latest', version: '1.1.0', tags: { latest: '1.0.0' }, published: ['1.0.0'], tag: 'latest', latest: true },
    { name: 'a re-run of the version latest names keeps latest (nothing moves)', version: '1.1.0', tags: { latest: '1.1.0' }, published: ['1.0.0', '1.1.0'], tag: 'latest', latest: true },
    { name: 'a prerelease gets its preid', version: '1.2.0-rc.1', tags: { latest: '1.1.0' }, published: ['1.1.0'], tag: 'rc', latest: false },
    { name: 'a prerelease with a numeric first identifier gets next', version: '1.2.0-0', tags: { latest: '1.1.0' }, published: [], tag: 'next', latest: false },
    { name: 'a preid that is a SemVer range ("x") gets next', version: '1.2.0-x.1', tags: {}, published: [], tag: 'next', latest: false },
    { name: 'a preid "latest" never gives latest', version: '1.2.0-latest.1', tags: {}, published: [], tag: 'next', latest: false },
    { name: 'a preid "latest-2" never gives a latest line tag', version: '1.2.0-latest-2.1', tags: {}, published: [], tag: 'next', latest: false },
    { name: 'a prerelease of the first version still is no latest', version: '1.0.0-beta.1', tags: {}, published: [], tag: 'beta', latest: false },
    { name: 'a newer rc moves rc', version: '1.2.0-rc.2', tags: { latest: '1.1.0', rc: '1.2.0-rc.1' }, published: ['1.1.0', '1.2.0-rc.1'], tag: 'rc', latest: false },
    { name: 'an older line\'s rc does not move rc back', version: '1.3.0-rc.1', tags: { rc: '2.0.0-rc.1' }, published: ['2.0.0-rc.1'], tag: 'rc-1', latest: false },
    { name: 'a backport to an older major gets latest-<major>', version: '1.4.1', tags: { latest: '2.0.0' }, published: ['1.4.0', '2.0.0'], tag: 'latest-1', latest: false },
    { name: 'a backport below the newest of its own major gets latest-<major>.<minor>', version: '1.2.9', tags: { latest: '1.3.0' }, published: ['1.2.8', '1.3.0'], tag: 'latest-1.2', latest: false },
    { name: 'a patch below one already out in its minor gets a tag of its own', version: '1.2.7', tags: { latest: '1.3.0' }, published: ['1.2.8', '1.3.0'], tag: 'latest-1.2.7', latest: false },
    { name: 'prereleases on the registry do not hold a stable backport line back', version: '1.4.1', tags: { latest: '2.0.0' }, published: ['1.5.0-rc.1', '2.0.0'], tag: 'latest-1', latest: false },
    { name: 'latest rolled back by hand: a release above what latest names moves it', version: '1.2.1', tags: { latest: '1.2.0' }, published: ['1.2.0', '1.3.0'], tag: 'latest', latest: true },
    { name: 'latest naming a prerelease (a hand publish) is moved by the next stable release', version: '1.0.0', tags: { latest: '0.9.0-rc.1' }, published: ['0.9.0-rc.1'], tag: 'latest', latest: true },
    { name: 'a dist-tag naming no SemVer version is passed over', version: '1.0.0', tags: { latest: 'garbage' }, published: [], tag: 'latest', latest: true },
    { name: '0.x versions follow the same rules', version: '0.4.3', tags: { latest: '0.5.0' }, published: ['0.4.2', '0.5.0'], tag: 'latest-0.4', latest: false },
  ])('$name: $version -> $tag', ({ version, tags, published, tag, latest }) => {
    const plan = chooseDistTag(version, tags, published);
    expect(plan.tag).toBe(tag);
    expect(plan.latest).toBe(latest);
    // npm refuses a dist-tag that is a SemVer range, and a tag that is not URL-safe
    expect(semver.validRange(plan.tag)).toBeNull();
    expect(encodeURIComponent(plan.tag)).toBe(plan.tag);
  });

  test('says why each higher tag was passed over', () => {
    expect(chooseDistTag('1.2.7', { latest: '1.3.0' }, ['1.2.8', '1.3.0']).notes).toEqual([
      'not moving latest: it names 1.3.0, which is higher',
      'not latest-1: 1.3.0 is on the registry and is higher',
      'not latest-1.2: 1.2.8 is on the registry and is higher',
    ]);
    expect(chooseDistTag('1.2.0-rc.1', {}, []).notes).toEqual(['1.2.0-rc.1 is a prerelease: tag rc, never latest']);
    expect(chooseDistTag('1.2.0-7', {}, []).notes).toEqual(['1.2.0-7 is a prerelease: tag next (its first identifier 7 is no tag name), never latest']);
  });

  test('a prerelease that would move even its own patch tag back is refused, naming it', () => {
    expect(() => chooseDistTag('1.2.0-rc.1', { rc: '2.0.0-rc.1', 'rc-1.2.0': '1.2.0-rc.3' }, ['2.0.0-rc.1', '1.2.0-rc.3'])).toThrow(
      /^npm dist-tag for 1\.2\.0-rc\.1: every tag it could get names a higher version \(rc-1\.2\.0 names 1\.2\.0-rc\.3\); publishing it would move one back: release another version$/,
    );
  });

  test.each(['1.2', 'v1.2.3', '1.2.3+build.1', 'latest'])('%j is no version to tag', (version) => {
    expect(() => chooseDistTag(version, {}, [])).toThrow(/^npm version .* not a SemVer version without build metadata$/);
  });

  test('channels: stable is latest, preids are lowercased', () => {
    expect(channelOf(new semver.SemVer('1.0.0'))).toBe('latest');
    expect(channelOf(new semver.SemVer('1.0.0-RC.1'))).toBe('rc');
    expect(channelOf(new semver.SemVer('1.0.0-alpha-2.1'))).toBe('alpha-2');
  });
});
