/**
 * How a release knows it was started by a pushed tag, and which version and branch that means
 * (the pure parts; the releases themselves are in trigger.real.test.ts).
 */
import { describe, expect, test } from 'vitest';
import { pushedTag, releaseBranch, tagVersion } from '../../src/release/trigger.js';

describe('the pushed tag', () => {
  test.each([
    ['a tag push, neither bump nor set', {}, { GITHUB_REF: 'refs/tags/v1.2.3' }, { tag: 'v1.2.3', source: 'GITHUB_REF refs/tags/v1.2.3' }],
    ['a branch push', {}, { GITHUB_REF: 'refs/heads/main' }, undefined],
    ['workflow_dispatch from a tag with a bump: dispatched', { bump: 'minor' }, { GITHUB_REF: 'refs/tags/v1.2.3' }, undefined],
    ['set to another version: dispatched', { set: '1.3.0', 'tag-prefix': 'v' }, { GITHUB_REF: 'refs/tags/v1.2.3' }, undefined],
    ["set to the tag's own version (a workflow's publish job): the tag", { set: '1.2.3', 'tag-prefix': 'v' }, { GITHUB_REF: 'refs/tags/v1.2.3' }, { tag: 'v1.2.3', source: 'GITHUB_REF refs/tags/v1.2.3' }],
    ["set with a v, the tag's version", { set: 'v1.2.3', 'tag-prefix': 'v' }, { GITHUB_REF: 'refs/tags/v1.2.3' }, { tag: 'v1.2.3', source: 'GITHUB_REF refs/tags/v1.2.3' }],
    ['from-tag', { 'from-tag': 'v2.0.0' }, {}, { tag: 'v2.0.0', source: 'input from-tag' }],
    ['from-tag as a ref', { 'from-tag': 'refs/tags/v2.0.0' }, { GITHUB_REF: 'refs/heads/main' }, { tag: 'v2.0.0', source: 'input from-tag' }],
    ['nothing', {}, {}, undefined],
  ])('%s', (_what, options, env, expected) => {
    expect(pushedTag(options, env)).toEqual(expected);
  });

  test('from-tag beside bump is refused', () => {
    expect(() => pushedTag({ 'from-tag': 'v1.2.3', bump: 'patch' }, {})).toThrow('input from-tag: releases the version of a pushed tag; give it or bump, not both');
  });
});

describe("the tag's version", () => {
  test.each([
    ['v1.2.3', 'v', '1.2.3'],
    ['v2.0.0-rc.1', 'v', '2.0.0-rc.1'],
    ['1.2.3', '', '1.2.3'],
    ['release-1.2.3', 'release-', '1.2.3'],
  ])('%s (prefix %j) -> %s', (tag, prefix, version) => {
    expect(tagVersion(tag, prefix, 'GITHUB_REF refs/tags/x')).toBe(version);
  });

  test.each([
    ['nightly', 'v', 'GITHUB_REF refs/tags/x: "nightly" is not a release tag ("v" and a version, e.g. v1.2.3; tag-prefix says what comes before the version)'],
    ['v', 'v', 'GITHUB_REF refs/tags/x: "v" is not a release tag ("v" and a version, e.g. v1.2.3; tag-prefix says what comes before the version)'],
    ['v1.2.3', '', 'GITHUB_REF refs/tags/x: "v1.2.3" is not a release tag (a version, e.g. 1.2.3; tag-prefix says what comes before the version)'],
    ['v1.2.3+build', 'v', 'GITHUB_REF refs/tags/x: "1.2.3+build" carries build metadata (+...), which cannot be an image tag'],
  ])('%s (prefix %j) is refused', (tag, prefix, message) => {
    expect(() => tagVersion(tag, prefix, 'GITHUB_REF refs/tags/x')).toThrow(message);
  });
});

describe('the release branch', () => {
  test('the input, else main when the event names none', () => {
    expect(releaseBranch({ 'release-branch': 'release/2.2' }, {})).toBe('release/2.2');
    expect(releaseBranch({}, {})).toBe('main');
  });

  test.each(['../main', 'a..b', '/main', 'main/', 'main.lock', 'has space', 'x:y'])('%s is not a branch name', (name) => {
    expect(() => releaseBranch({ 'release-branch': name }, {})).toThrow(`input release-branch: ${JSON.stringify(name)} is not a branch name`);
  });
});
