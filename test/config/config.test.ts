import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { detectRepository, parseRemoteUrl } from '../../src/config/repository.js';
import { copyDemoProject, removeTempRepos } from '../helpers/repo.js';

afterAll(removeTempRepos);

describe('repository owner and name', () => {
  test.each([
    ['git@github.com:Vfarcic/Dot-AI.git', { owner: 'Vfarcic', repo: 'Dot-AI' }],
    ['https://github.com/vfarcic/dot-ai', { owner: 'vfarcic', repo: 'dot-ai' }],
    ['https://github.com/vfarcic/dot-ai.git\n', { owner: 'vfarcic', repo: 'dot-ai' }],
    ['ssh://git@github.com/vfarcic/dot-ai.git', { owner: 'vfarcic', repo: 'dot-ai' }],
  ])('%s', (url, expected) => expect(parseRemoteUrl(url)).toEqual(expected));

  test('from the git remote, lowercased, when GITHUB_REPOSITORY is not set', () => {
    const repo = copyDemoProject();
    execFileSync('git', ['init', '-q', repo]);
    execFileSync('git', ['-C', repo, 'remote', 'add', 'origin', 'git@github.com:Acme/Demo-MCP.git']);
    expect(detectRepository(repo, {})).toEqual({ owner: 'acme', repo: 'demo-mcp', source: 'git remote' });
    expect(detectRepository(repo, { GITHUB_REPOSITORY: 'Other/Name' })).toMatchObject({ owner: 'other', repo: 'name' });
  });
});

describe('defaults without a configuration file', () => {
  test('package.json is the version source; the one chart under charts/ is found; its image tag is used', () => {
    const repo = copyDemoProject();
    rmSync(path.join(repo, 'dot-ai-release.yaml'));
    const config = loadConfig(repo, {}, { GITHUB_REPOSITORY: 'acme/demo-mcp' });
    expect(config.versionSource).toMatchObject({ file: 'package.json', field: 'version' });
    expect(config.chart).toMatchObject({ dir: 'charts/demo-mcp', name: 'demo-mcp', versioning: 'follow', repository: 'oci://ghcr.io/acme/charts' });
    expect(config.images).toEqual([{ name: 'ghcr.io/acme/demo-mcp', valuesPath: 'image.tag', origin: 'default image', explicit: false }]);
    expect(config.serverJson).toEqual({ file: 'server.json', explicit: false });
  });

  test('two charts under charts/ must be told apart', () => {
    const repo = copyDemoProject();
    rmSync(path.join(repo, 'dot-ai-release.yaml'));
    cpSync(path.join(repo, 'charts/demo-mcp'), path.join(repo, 'charts/other'), { recursive: true });
    expect(() => loadConfig(repo, {}, {})).toThrow('chart.path: several charts under charts/ (charts/demo-mcp, charts/other); say which one to release');
  });

  test('inputs override the file', () => {
    const repo = copyDemoProject();
    const config = loadConfig(repo, { images: ['ghcr.io/acme/x'], chartVersioning: 'independent' }, {});
    expect(config.images.map((i) => i.name)).toEqual(['ghcr.io/acme/x']);
    expect(config.chart?.versioning).toBe('independent');
    expect(() => loadConfig(repo, { chartVersioning: 'sometimes' }, {})).toThrow('input chart-versioning: "sometimes" is not one of follow, independent');
  });
});
