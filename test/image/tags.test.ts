import { describe, expect, test } from 'vitest';
import { computeTags } from '../../src/image/tags.js';
import { parseReleaseVersion } from '../../src/version/semver.js';

describe('computeTags', () => {
  test.each<{ name: string; version: string; existing: string[]; sha?: string; extra?: string[]; tags: string[]; latest: boolean }>([
    { name: 'first release into an empty repository', version: '1.2.3', existing: [], tags: ['1.2.3', '1.2', '1', 'latest'], latest: true },
    { name: 'a newer patch moves every tag', version: '1.2.4', existing: ['1.2.3', '1.2', '1', 'latest'], tags: ['1.2.4', '1.2', '1', 'latest'], latest: true },
    { name: 'a backport patch of an older minor moves only its minor', version: '1.2.9', existing: ['1.2.8', '1.3.0', '1.3', '1', 'latest'], tags: ['1.2.9', '1.2'], latest: false },
    { name: 'an older major line keeps its major, not latest', version: '1.9.0', existing: ['1.8.0', '2.0.0'], tags: ['1.9.0', '1.9', '1'], latest: false },
    { name: 'a prerelease gets only its own tag', version: '2.0.0-rc.1', existing: ['1.9.0'], tags: ['2.0.0-rc.1'], latest: false },
    { name: 'prereleases in the registry do not hold back a stable release', version: '1.3.0', existing: ['1.3.1-rc.1', '2.0.0-beta.1', '1.2.0'], tags: ['1.3.0', '1.3', '1', 'latest'], latest: true },
    { name: 'tags with a leading v in the registry count', version: '1.0.0', existing: ['v1.1.0'], tags: ['1.0.0', '1.0'], latest: false },
    { name: 'non-SemVer tags are ignored', version: '1.0.0', existing: ['sha-abcdef0', 'main', 'latest', 'nightly-2024'], tags: ['1.0.0', '1.0', '1', 'latest'], latest: true },
    { name: 're-releasing the same version (a re-run) moves nothing back', version: '1.0.0', existing: ['1.0.0', '1.0', '1', 'latest'], tags: ['1.0.0', '1.0', '1', 'latest'], latest: true },
    { name: '0.x gets no "0" tag', version: '0.4.2', existing: [], tags: ['0.4.2', '0.4', 'latest'], latest: true },
    { name: 'sha tag from a full commit', version: '1.0.0', existing: [], sha: 'ABCDEF0123456789abcdef0123456789abcdef01', tags: ['1.0.0', '1.0', '1', 'latest', 'sha-abcdef0'], latest: true },
    { name: 'extra tags are appended, duplicates dropped', version: '1.0.0-rc.1', existing: [], extra: ['edge', '1.0.0-rc.1'], tags: ['1.0.0-rc.1', 'edge'], latest: false },
  ])('$name', ({ version, existing, sha, extra, tags, latest }) => {
    const result = computeTags({ version, existingTags: existing, sha, extra });
    expect(result.tags).toEqual(tags);
    expect(result.latest).toBe(latest);
  });

  test('says why a moving tag stays where it is', () => {
    const { notes } = computeTags({ version: '1.2.9', existingTags: ['1.3.0'] });
    expect(notes).toContain('not moving 1: 1.3.0 is already in the registry and is higher');
    expect(notes).toContain('not moving latest: 1.3.0 is already in the registry and is higher');
  });

  test.each(['bad tag', '-leading-dash', 'a'.repeat(129), 'ümlaut', 'x:y'])('an invalid extra tag %j is refused naming the input', (tag) => {
    expect(() => computeTags({ version: '1.0.0', existingTags: [], extra: [tag] })).toThrow(/^input tags: .* is not a valid tag/);
  });
});

describe('the image version follows the one rule for release versions (parseReleaseVersion)', () => {
  test.each<{ value: string; version: string }>([
    { value: '1.2.3', version: '1.2.3' },
    { value: 'v1.2.3', version: '1.2.3' },
    { value: '1.3.0-rc.1', version: '1.3.0-rc.1' },
  ])('$value is tagged $version', ({ value, version }) => {
    expect(parseReleaseVersion(value, 'input version')).toBe(version);
  });

  test('build metadata is refused, as by the version command (a tag cannot hold "+")', () => {
    expect(() => parseReleaseVersion('1.2.3+build.7', 'input version')).toThrow(/^input version: "1\.2\.3\+build\.7" carries build metadata/);
  });

  test.each(['1.2', 'latest', '1.2.3; rm -rf /', '$(id)', '01.2.3'])('%j is refused naming the input', (value) => {
    expect(() => parseReleaseVersion(value, 'input version')).toThrow(/^input version: .* is not a valid SemVer version/);
  });
});
