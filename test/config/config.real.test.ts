/** The repository's owner from a real git checkout's remote (git runs: an integration test). */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import type { UserError } from '../../src/errors.js';
import { detectRepository } from '../../src/config/repository.js';
import { copyDemoProject, removeTempRepos } from '../helpers/repo.js';

afterAll(removeTempRepos);

describe('the owner from the git remote', () => {
  test('from the git remote, lowercased, when GITHUB_REPOSITORY is not set', () => {
    const repo = copyDemoProject();
    execFileSync('git', ['init', '-q', repo]);
    execFileSync('git', ['-C', repo, 'remote', 'add', 'origin', 'git@github.com:Acme/Demo-MCP.git']);
    expect(detectRepository(repo, {})).toEqual({ owner: 'acme', repo: 'demo-mcp', source: 'git remote' });
    expect(detectRepository(repo, { GITHUB_REPOSITORY: 'Other/Name' })).toMatchObject({ owner: 'other', repo: 'name' });
  });

  // A remote that is a local path names no owner:
  test('so no default image or chart repository comes from it: the image is refused by name, the chart repository is the docs\' own', () => {
    const repo = copyDemoProject();
    rmSync(path.join(repo, 'dot-ai-release.yaml'));
    execFileSync('git', ['init', '-q', repo]);
    execFileSync('git', ['-C', repo, 'remote', 'add', 'origin', '/srv/git/acme/demo-mcp.git']);
    expect(detectRepository(repo, {})).toBeUndefined();
    const config = loadConfig(repo, {}, {});
    expect(config.images).toEqual([]);
    expect(config.noDefaultImage).toBe('the default image ghcr.io/<owner>/<repo> has no owner (no GITHUB_REPOSITORY, and the git remote origin is a local path)');
    expect(config.notices).toEqual(['dot-ai-release.yaml: images: the default image ghcr.io/<owner>/<repo> has no owner (no GITHUB_REPOSITORY, and the git remote origin is a local path), so no image reference is checked; name the images under images: (or --images)']);
    // docs/install.md says oci://ghcr.io/acme/charts/demo-mcp, and nothing says otherwise.
    expect(config.chart).toMatchObject({ repository: 'oci://ghcr.io/acme/charts', repositoryOrigin: 'docs' });
    rmSync(path.join(repo, 'docs'), { recursive: true });
    expect(loadConfig(repo, {}, {}).chart?.repository).toBeUndefined();
  });
});

describe('the default image needs an owner: a remote elsewhere than GitHub names none (issue 19)', () => {
  test.each([
    ['git@gitlab.com:acme/demo-mcp.git', 'no GITHUB_REPOSITORY, and the git remote origin is on gitlab.com, not on GitHub'],
    ['https://user:secret@bitbucket.org/acme/demo-mcp.git', 'no GITHUB_REPOSITORY, and the git remote origin is on bitbucket.org, not on GitHub'],
  ])('%s', (url, why) => {
    const repo = copyDemoProject();
    rmSync(path.join(repo, 'dot-ai-release.yaml'));
    execFileSync('git', ['init', '-q', repo]);
    execFileSync('git', ['-C', repo, 'remote', 'add', 'origin', url]);
    const config = loadConfig(repo, {}, {});
    expect(config.images).toEqual([]);
    expect(config.noDefaultImage).toBe(`the default image ghcr.io/<owner>/<repo> has no owner (${why})`);
    expect(config.notices.join('\n')).not.toContain('secret');
    // GitHub Enterprise: the runner's server counts as GitHub.
    expect(loadConfig(repo, {}, { GITHUB_SERVER_URL: `https://${new URL(url.replace(/^git@([^:]+):/, 'https://$1/')).hostname}` }).images.map((i) => i.name)).toEqual(['ghcr.io/acme/demo-mcp']);
  });
});

describe('run from a folder inside the repository (issue 19)', () => {
  test('names the repository root, not a configuration file that does not exist', () => {
    const repo = copyDemoProject();
    execFileSync('git', ['init', '-q', repo]);
    const docs = path.join(repo, 'docs');
    expect(problemsOf(() => loadConfig(docs, {}, {}))).toEqual([
      `input working-directory: ${docs} is a folder inside the repository ${repo}, and holds no package.json, chart or dot-ai-release.yaml: run from ${repo} (or pass input working-directory ${repo})`,
    ]);
  });
});

function problemsOf(fn: () => unknown): readonly string[] {
  try {
    fn();
  } catch (err) {
    return (err as UserError).problems;
  }
  return [];
}
