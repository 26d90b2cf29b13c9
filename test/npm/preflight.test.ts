import { describe, expect, test } from 'vitest';
import { githubRepositoryOf, provenanceProblems, publishRight } from '../../src/npm/preflight.js';

describe("package.json's repository as GitHub's owner/repo", () => {
  test.each<[string, string | undefined]>([
    ['git+https://github.com/vfarcic/dot-ai.git', 'vfarcic/dot-ai'],
    ['https://github.com/vfarcic/dot-ai', 'vfarcic/dot-ai'],
    ['https://github.com/VFarcic/Dot-AI/', 'vfarcic/dot-ai'],
    ['git://github.com/vfarcic/dot-ai.git', 'vfarcic/dot-ai'],
    ['git+ssh://git@github.com/vfarcic/dot-ai.git', 'vfarcic/dot-ai'],
    ['git@github.com:vfarcic/dot-ai.git', 'vfarcic/dot-ai'],
    ['github:vfarcic/dot-ai', 'vfarcic/dot-ai'],
    ['vfarcic/dot-ai', 'vfarcic/dot-ai'],
    ['https://gitlab.com/vfarcic/dot-ai', undefined],
    ['https://github.com.evil.example/vfarcic/dot-ai', undefined],
    ['https://github.com/vfarcic', undefined],
  ])('%s -> %s', (url, repo) => {
    expect(githubRepositoryOf(url)).toBe(repo);
  });

  test('on GitHub Enterprise the host is the server URL', () => {
    expect(githubRepositoryOf('https://ghe.example.com/team/app.git', 'ghe.example.com')).toBe('team/app');
    expect(githubRepositoryOf('github:team/app', 'ghe.example.com')).toBeUndefined();
  });
});

describe('provenance: what stops it, each with its fix', () => {
  const actions = {
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'vfarcic/dot-ai',
    ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.actions.example/x',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'runtime-token',
  };
  const job = { provenance: true, env: actions, repositoryUrl: 'git+https://github.com/vfarcic/dot-ai.git', name: '@vfarcic/dot-ai', access: 'public' as const };

  test('nothing when everything is in place, or when provenance is off', () => {
    expect(provenanceProblems(job, { exists: false })).toEqual([]);
    expect(provenanceProblems({ ...job, provenance: false, env: {} })).toEqual([]);
  });

  test('without id-token: write, the permissions line is named', () => {
    const problems = provenanceProblems({ ...job, env: { ...actions, ACTIONS_ID_TOKEN_REQUEST_URL: '', ACTIONS_ID_TOKEN_REQUEST_TOKEN: '' } }, { exists: true });
    expect(problems).toEqual([
      "npm --provenance needs GitHub's OIDC token, which this job may not request (ACTIONS_ID_TOKEN_REQUEST_URL is not set): give the job `permissions: id-token: write`, or turn provenance off (npm.provenance: false in dot-ai-release.yaml)",
    ]);
  });

  test('off GitHub Actions it cannot be made', () => {
    expect(provenanceProblems({ ...job, env: {} })).toEqual(['npm --provenance is made only on GitHub Actions (GITHUB_ACTIONS is not true here): publish from a workflow, or turn provenance off (npm.provenance: false in dot-ai-release.yaml)']);
  });

  test("a package.json naming another repository, or none, is named with the field's fix", () => {
    expect(provenanceProblems({ ...job, repositoryUrl: 'https://github.com/someone/fork' })).toEqual([
      'package.json: repository is "https://github.com/someone/fork", but the provenance names github.com/vfarcic/dot-ai: the registry refuses a provenance of another repository; set "repository": {"type": "git", "url": "git+https://github.com/vfarcic/dot-ai.git"}',
    ]);
    expect(provenanceProblems({ ...job, repositoryUrl: undefined })[0]).toMatch(/^package\.json: repository is missing, but the provenance names github\.com\/vfarcic\/dot-ai/);
  });

  test('a new scoped package must be public with provenance (access from the config or publishConfig)', () => {
    expect(provenanceProblems({ ...job, access: undefined }, { exists: false })).toEqual([
      '@vfarcic/dot-ai is a new scoped package: with provenance it must be published public; set npm.access: public in dot-ai-release.yaml (or publishConfig.access in package.json)',
    ]);
    expect(provenanceProblems({ ...job, access: undefined, publishConfigAccess: 'public' }, { exists: false })).toEqual([]);
    expect(provenanceProblems({ ...job, access: undefined }, { exists: true })).toEqual([]);
  });
});

describe('may the user publish an existing package?', () => {
  test('by the collaborators the registry lists', () => {
    expect(publishRight('alice', { alice: 'read-write', bob: 'read-only' }, [])).toEqual({ ok: true, how: 'alice has read-write access' });
    expect(publishRight('bob', { alice: 'read-write', bob: 'read-only' }, ['bob'])).toEqual({ ok: false, why: 'bob has read-only access (collaborators: alice (read-write), bob (read-only))' });
    expect(publishRight('carol', { alice: 'read-write' }, [])).toEqual({ ok: false, why: 'carol is not a collaborator (collaborators: alice (read-write))' });
  });

  test("else by the packument's maintainers; with neither it is not known before the publish", () => {
    expect(publishRight('alice', undefined, ['alice', 'bob'])).toEqual({ ok: true, how: 'alice is a maintainer' });
    expect(publishRight('carol', undefined, ['alice'])).toEqual({ ok: false, why: 'carol is not one of its maintainers (alice)' });
    expect(publishRight('carol', undefined, [])).toEqual({ ok: 'unknown', why: 'the registry lists neither collaborators nor maintainers' });
  });
});
