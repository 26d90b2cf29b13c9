/** The repository's owner from a real git checkout's remote (git runs: an integration test). */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
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
  test('so no default image or chart repository comes from it', () => {
    const repo = copyDemoProject();
    rmSync(path.join(repo, 'dot-ai-release.yaml'));
    execFileSync('git', ['init', '-q', repo]);
    execFileSync('git', ['-C', repo, 'remote', 'add', 'origin', '/srv/git/acme/demo-mcp.git']);
    expect(detectRepository(repo, {})).toBeUndefined();
    const config = loadConfig(repo, {}, {});
    expect(config.images).toEqual([]);
    expect(config.chart?.repository).toBeUndefined();
  });
});
