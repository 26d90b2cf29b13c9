import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import type { UserError } from '../../src/errors.js';
import { parseRemoteUrl } from '../../src/config/repository.js';
import { copyDemoProject, removeTempRepos } from '../helpers/repo.js';

afterAll(removeTempRepos);

describe('repository owner and name', () => {
  test.each([
    ['git@github.com:Vfarcic/Dot-AI.git', { owner: 'Vfarcic', repo: 'Dot-AI' }],
    ['https://github.com/vfarcic/dot-ai', { owner: 'vfarcic', repo: 'dot-ai' }],
    ['https://github.com/vfarcic/dot-ai.git\n', { owner: 'vfarcic', repo: 'dot-ai' }],
    ['ssh://git@github.com/vfarcic/dot-ai.git', { owner: 'vfarcic', repo: 'dot-ai' }],
  ])('%s', (url, expected) => expect(parseRemoteUrl(url)).toEqual(expected));

});

describe('defaults without a configuration file', () => {
  test('package.json is the version source; the one chart under charts/ is found; its image tag is used', () => {
    const repo = copyDemoProject();
    rmSync(path.join(repo, 'dot-ai-release.yaml'));
    const config = loadConfig(repo, {}, { GITHUB_REPOSITORY: 'acme/demo-mcp' });
    expect(config.versionSource).toMatchObject({ file: 'package.json', field: 'version' });
    expect(config.chart).toMatchObject({ dir: 'charts/demo-mcp', name: 'demo-mcp', versioning: 'follow', repository: 'oci://ghcr.io/acme/charts' });
    expect(config.images).toEqual([{ name: 'ghcr.io/acme/demo-mcp', valuesPath: 'image.tag', origin: 'default image', explicit: false }]);
    expect(config.notices).toEqual([]);
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

describe('a git remote that is a local path names no owner (issue 8)', () => {
  test.each([
    '/srv/git/acme/demo.git',
    '../acme/demo',
    './demo.git',
    'file:///srv/git/acme/demo.git',
    'C:\\repos\\acme\\demo',
    'C:/repos/acme/demo',
    '/home/me/src/demo',
  ])('%s', (url) => expect(parseRemoteUrl(url)).toBeUndefined());

});

describe('charts without configuration (issue 8)', () => {
  test('a chart directly at charts/Chart.yaml is found', () => {
    const repo = copyDemoProject();
    rmSync(path.join(repo, 'dot-ai-release.yaml'));
    cpSync(path.join(repo, 'charts/demo-mcp'), path.join(repo, 'charts'), { recursive: true });
    rmSync(path.join(repo, 'charts/demo-mcp'), { recursive: true });
    const config = loadConfig(repo, {}, { GITHUB_REPOSITORY: 'acme/demo-mcp' });
    expect(config.chart).toMatchObject({ dir: 'charts', name: 'demo-mcp' });
    expect(config.notices).toEqual([]);
  });

  test('charts elsewhere but none selected: said so', () => {
    const repo = copyDemoProject();
    rmSync(path.join(repo, 'dot-ai-release.yaml'));
    cpSync(path.join(repo, 'charts/demo-mcp'), path.join(repo, 'deploy/helm/demo'), { recursive: true });
    rmSync(path.join(repo, 'charts'), { recursive: true });
    const config = loadConfig(repo, {}, { GITHUB_REPOSITORY: 'acme/demo-mcp' });
    expect(config.chart).toBeUndefined();
    expect(config.notices).toEqual([
      'dot-ai-release.yaml: chart.path: this repository has charts (deploy/helm/demo/Chart.yaml) but none is selected (without chart.path only charts/ is looked in): their versions are not checked; set chart.path, or chart: false',
    ]);
  });
});

describe('images: the input merged with the configuration by name (issue 8)', () => {
  test('an image named by the input keeps the valuesPath the file gives it', () => {
    const repo = copyDemoProject();
    const config = loadConfig(repo, { images: ['ghcr.io/acme/demo-mcp-ui', 'ghcr.io/acme/other'] }, {});
    expect(config.images).toEqual([
      { name: 'ghcr.io/acme/demo-mcp-ui', valuesPath: 'ui.image.tag', origin: 'dot-ai-release.yaml: images[1]', explicit: true },
      { name: 'ghcr.io/acme/other', origin: 'input images', explicit: true },
    ]);
  });
});

describe('image names that would match nothing are refused with the reason (issue 9)', () => {
  const withImages = (repo: string, images: string[]) =>
    writeFileSync(
      path.join(repo, 'dot-ai-release.yaml'),
      readFileSync(path.join(repo, 'dot-ai-release.yaml'), 'utf8').replace(
        /images:[\s\S]*?references:/,
        `images:\n${images.map((n) => `  - name: ${JSON.stringify(n)}\n`).join('')}references:`,
      ),
    );

  test('in the file: every bad name at once, one line each', () => {
    const repo = copyDemoProject();
    withImages(repo, ['ghcr.io/acme/demo-mcp:0.4.2', 'ghcr.io/Acme/demo-mcp', 'ghcr.io/acme/demo@sha256:abc', 'not an image', 'https://ghcr.io/acme/x', 'ghcr.io/acme/../x', 'ghcr.io/acme/demo-mcp', 'ghcr.io/acme/demo-mcp']);
    let problems: readonly string[] = [];
    try {
      loadConfig(repo, {}, {});
    } catch (err) {
      problems = (err as UserError).problems;
    }
    expect(problems).toEqual([
      'dot-ai-release.yaml: images[0].name: "ghcr.io/acme/demo-mcp:0.4.2" carries a tag (:0.4.2); give the repository without a tag, the release version is its tag',
      'dot-ai-release.yaml: images[1].name: "ghcr.io/Acme/demo-mcp" has uppercase letters; image repositories are lowercase (ghcr.io/acme/demo-mcp)',
      'dot-ai-release.yaml: images[2].name: "ghcr.io/acme/demo@sha256:abc" carries a digest (@...); give the repository alone, the release version is its tag',
      'dot-ai-release.yaml: images[3].name: "not an image" has spaces or control characters',
      'dot-ai-release.yaml: images[4].name: "https://ghcr.io/acme/x" is a URL; give the repository without a scheme (e.g. ghcr.io/owner/name)',
      'dot-ai-release.yaml: images[5].name: "ghcr.io/acme/../x" is not an image repository: it has a ".." segment (names are not normalised; give the path exactly)',
    ]);
    withImages(repo, ['ghcr.io/acme/demo-mcp', 'ghcr.io/acme/demo-mcp']);
    expect(() => loadConfig(repo, {}, {})).toThrow('dot-ai-release.yaml: images[1].name: "ghcr.io/acme/demo-mcp" is listed twice (also images[0])');
  });

  test('in the images input', () => {
    const repo = copyDemoProject();
    expect(() => loadConfig(repo, { images: ['ghcr.io/acme/demo-mcp', 'GHCR.io/x', 'x:latest'] }, {})).toThrow(
      'input images: "GHCR.io/x" has uppercase letters; image repositories are lowercase (ghcr.io/x)\ninput images: "x:latest" carries a tag (:latest); give the repository without a tag, the release version is its tag',
    );
  });
});

describe('a chart-only repository (no package.json, no configuration) is valid as it is (issue 8)', () => {
  test('the version comes from the chart; package.json is not asked for', () => {
    const repo = copyDemoProject();
    for (const f of ['package.json', 'package-lock.json', 'server.json', 'dot-ai-release.yaml']) rmSync(path.join(repo, f), { force: true });
    const config = loadConfig(repo, {}, { GITHUB_REPOSITORY: 'acme/demo-mcp' });
    expect(config.packageJsons).toEqual([]);
    expect(config.versionSource).toMatchObject({ file: 'charts/demo-mcp/Chart.yaml', field: 'appVersion' });
  });

  test('a package.json that is configured but missing is still named', () => {
    const repo = copyDemoProject();
    rmSync(path.join(repo, 'package.json'));
    expect(() => loadConfig(repo, {}, { GITHUB_REPOSITORY: 'acme/demo-mcp' })).toThrow(/package\.json: not found \(set packageJson: false/);
  });
});
