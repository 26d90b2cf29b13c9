/**
 * Versions a destination cannot hold are refused on the input, before anything is read for editing
 * (issue 17): OCI tags (at most 128 characters), npm (SemVer, at most 256: the semver package throws
 * past that), git refs (no `.lock` at the end, no `..`, no leading `-` or `.`).
 */
import { describe, expect, test } from 'vitest';
import { UserError } from '../../src/errors.js';
import { bump, gitTagProblem, parseReleaseVersion } from '../../src/version/semver.js';

const pre = (n: number) => `1.5.0-${'a'.repeat(n - 6)}`;

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof UserError) return err.message;
    throw err;
  }
  return 'accepted';
}

describe('the version input', () => {
  test.each([
    ['128 characters', pre(128), 'accepted'],
    ['129 characters', pre(129), `input set: "1.5.0-${'a'.repeat(42)}"… (129 characters) is longer than the 128 characters an image or chart tag may have (OCI distribution spec)`],
    ['206 characters', pre(206), `input set: "1.5.0-${'a'.repeat(42)}"… (206 characters) is longer than the 128 characters an image or chart tag may have (OCI distribution spec)`],
    ['300 characters (the semver package throws past 256)', pre(300), `input set: "1.5.0-${'a'.repeat(42)}"… (300 characters) is longer than the 128 characters an image or chart tag may have (OCI distribution spec)`],
    ['5001 characters with a v', `v${pre(5000)}`, `input set: "v1.5.0-${'a'.repeat(41)}"… (5001 characters) is longer than the 128 characters an image or chart tag may have (OCI distribution spec)`],
    ['a .lock at the end', '1.5.0-rc.lock', 'input set: "1.5.0-rc.lock" ends in .lock, which git refuses at the end of a tag name'],
    ['build metadata on a long one', `1.5.0-${'x'.repeat(300)}+build`, `input set: "1.5.0-${'x'.repeat(42)}"… (312 characters) carries build metadata (+...), which cannot be an image tag`],
    ['an empty identifier', '1.5.0-a..b', 'input set: "1.5.0-a..b" is not a valid SemVer version (expected MAJOR.MINOR.PATCH[-PRERELEASE], e.g. 1.2.3 or 1.3.0-rc.1)'],
  ])('%s', (_what, value, expected) => {
    const message = refusal(() => parseReleaseVersion(value, 'input set'));
    expect(message).toBe(expected);
    expect(message).not.toContain('\n');
  });

  test('a bump that makes a version too long is refused naming the bump', () => {
    expect(refusal(() => bump(pre(128), 'prerelease', undefined))).toBe(`input bump: prerelease of "1.5.0-${'a'.repeat(42)}"… (128 characters) gives "1.5.0-${'a'.repeat(42)}"… (130 characters), which is longer than the 128 characters an image or chart tag may have (OCI distribution spec)`);
    expect(bump('1.5.0', 'minor', undefined)).toBe('1.6.0');
  });
});

describe('the git tag (prefix and version)', () => {
  test.each([
    ['v1.2.3', undefined],
    ['release-1.2.3', undefined],
    ['-1.2.3', 'starts with "-", which git reads as an option'],
    ['.v1.2.3', 'starts with ".", which git refuses in a ref name'],
    ['v..1.2.3', 'holds "..", which git refuses in a ref name'],
    ['v1.2.3.', 'ends in ".", which git refuses at the end of a ref name'],
    ['v1.2.3-x.lock', 'ends in ".lock", which git refuses at the end of a ref name'],
  ])('%s', (tag, problem) => expect(gitTagProblem(tag)).toBe(problem));
});
