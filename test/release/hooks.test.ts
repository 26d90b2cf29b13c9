/**
 * The pure parts of the release hooks: what a hook may change (files, directories), its
 * environment (the release's variables in, the release's credentials out) and its placeholders.
 */
import { describe, expect, test } from 'vitest';
import type { ReleaseHook } from '../../src/config/release-settings.js';
import { declares, hookEnvironment, hookValues } from '../../src/release/hooks.js';

const hook: ReleaseHook = { origin: 'dot-ai-release.yaml: hooks.afterVersion[0]', argv: ['gen'], files: ['schema/openapi.json', 'changelog.d/'], timeoutMs: 1000, env: { OUT: 'spec-{{version}}.json', TAG: '{{tag}}' } };

describe('what a hook declares', () => {
  test.each([
    ['schema/openapi.json', true],
    ['changelog.d/42.feature.md', true],
    ['changelog.d/nested/x.md', true],
    ['schema/openapi.json.bak', false],
    ['schema/other.json', false],
    ['changelog.d', false], // a file named like the directory is not under it
    ['changelog.dx/1.md', false],
    ['docs/CHANGELOG.md', false],
  ])('%s: %s', (file, declared) => {
    expect(declares(hook.files, file)).toBe(declared);
  });

  test('no declared files (the build-command input): any file', () => {
    expect(declares(undefined, 'anything/at/all')).toBe(true);
  });
});

describe("a hook's environment", () => {
  const values = hookValues('2.2.2', '2.2.1', 'v2.2.2', '1755475200');

  test('placeholders: the versions, the tag, and the day of the release commit in UTC', () => {
    expect(values).toEqual({ version: '2.2.2', previousVersion: '2.2.1', tag: 'v2.2.2', date: '2025-08-18' });
  });

  test("the job's variables, less the release's credentials; the release's variables; the hook's own, filled in", () => {
    const env = hookEnvironment(hook, {
      values, epochSeconds: '1755475200',
      env: {
        PATH: '/usr/bin', HOME: '/root', 'INPUT_GITHUB-TOKEN': 'x', INPUT_PASSWORD: 'x', input_password: 'x', GITHUB_TOKEN: 'x', GH_TOKEN: 'x',
        ACTIONS_RUNTIME_TOKEN: 'x', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'x', ACTIONS_ID_TOKEN_REQUEST_URL: 'x', RELEASE_VERSION: '0.0.1', GITHUB_REPOSITORY: 'acme/demo',
      },
    });
    expect(env).toEqual({
      PATH: '/usr/bin', HOME: '/root', GITHUB_REPOSITORY: 'acme/demo',
      OUT: 'spec-2.2.2.json', TAG: 'v2.2.2',
      RELEASE_VERSION: '2.2.2', DOT_AI_RELEASE_VERSION: '2.2.2', DOT_AI_RELEASE_PREVIOUS_VERSION: '2.2.1', DOT_AI_RELEASE_TAG: 'v2.2.2', SOURCE_DATE_EPOCH: '1755475200',
    });
  });
});
