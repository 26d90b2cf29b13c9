import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  ])('%s', (url, expected) => expect(parseRemoteUrl(url)).toEqual({ ...expected, host: 'github.com' }));

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

describe('the npm section', () => {
  test('is handed on as written (false, or its settings); absent, it is absent', () => {
    const repo = copyDemoProject();
    const file = path.join(repo, 'dot-ai-release.yaml');
    const base = readFileSync(file, 'utf8');
    expect(loadConfig(repo, {}, {}).npm).toBeUndefined();
    writeFileSync(file, `${base}npm: false\n`);
    expect(loadConfig(repo, {}, {}).npm).toBe(false);
    writeFileSync(file, `${base}npm:\n  package: .\n  registry: https://npm.example.com/\n  access: public\n  provenance: false\n`);
    expect(loadConfig(repo, {}, {}).npm).toEqual({ package: '.', registry: 'https://npm.example.com/', access: 'public', provenance: false });
    writeFileSync(file, `${base}npm:\n  access: everyone\n`);
    expect(() => loadConfig(repo, {}, {})).toThrow(/npm\.access/);
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

/** The demo project's configuration with its `images:` section replaced by `images` (YAML text). */
function withImagesYaml(repo: string, images: string): void {
  writeFileSync(
    path.join(repo, 'dot-ai-release.yaml'),
    readFileSync(path.join(repo, 'dot-ai-release.yaml'), 'utf8').replace(/images:[\s\S]*?references:/, `images:\n${images}references:`),
  );
}

function problemsOf(fn: () => unknown): readonly string[] {
  try {
    fn();
  } catch (err) {
    return (err as UserError).problems;
  }
  return [];
}

describe('several images, each with how it is built (issue 19)', () => {
  test('context, Dockerfile, platforms, build arguments and a pre-build per image; strings split into words, lists as they are', () => {
    const repo = copyDemoProject();
    mkdirSync(path.join(repo, 'plugin'));
    withImagesYaml(repo, [
      '  - name: ghcr.io/acme/demo-mcp',
      '    valuesPath: image.tag',
      '    preBuild: { run: ["npm ci", "npm run build", "npm pack"] }',
      '  - name: ghcr.io/acme/demo-mcp-ui',
      '    context: plugin',
      '    dockerfile: plugin/Dockerfile',
      '    platforms: [linux/amd64]',
      '    buildArgs: { NODE_VERSION: 24, BASE: "node:24-slim" }',
      '    preBuild:',
      '      dir: plugin',
      '      run: ["npm ci", [node, -e, "console.log(\'a b\')"]]',
      '      timeout: 300',
      '',
    ].join('\n'));
    const config = loadConfig(repo, {}, {});
    expect(config.images[0]).toEqual({
      name: 'ghcr.io/acme/demo-mcp', valuesPath: 'image.tag', origin: 'dot-ai-release.yaml: images[0]', explicit: true,
      build: { preBuild: { dir: '.', commands: [['npm', 'ci'], ['npm', 'run', 'build'], ['npm', 'pack']], timeoutSeconds: 1200, origin: 'dot-ai-release.yaml: images[0].preBuild' } },
    });
    expect(config.images[1]?.build).toEqual({
      context: 'plugin', dockerfile: 'plugin/Dockerfile', platforms: ['linux/amd64'], buildArgs: [['NODE_VERSION', '24'], ['BASE', 'node:24-slim']],
      preBuild: { dir: 'plugin', commands: [['npm', 'ci'], ['node', '-e', "console.log('a b')"]], timeoutSeconds: 300, origin: 'dot-ai-release.yaml: images[1].preBuild' },
    });
  });

  test('what cannot be run or built is refused, every problem at once, each naming its setting', () => {
    const repo = copyDemoProject();
    withImagesYaml(repo, [
      '  - name: ghcr.io/acme/demo-mcp',
      '    context: ../outside',
      '    buildArgs: { "1BAD": x }',
      '    preBuild: { dir: nowhere, run: ["npm ci && npm run build", "echo $HOME", "npm pack | tee x"] }',
      '  - name: ghcr.io/acme/demo-mcp-ui',
      '    platforms: []',
      '    preBuild: { run: [], timeout: 0 }',
      '  - name: ghcr.io/acme/other',
      '    preBuild: { run: [[]], timeout: 99999, shell: true }',
      '  - name: ghcr.io/acme/third',
      '    preBuild: { dir: . }',
      '',
    ].join('\n'));
    expect(problemsOf(() => loadConfig(repo, {}, {}))).toEqual([
      'dot-ai-release.yaml: images[1].platforms: expected at least one entry, got an empty list',
      'dot-ai-release.yaml: images[1].preBuild.run: expected at least one entry, got an empty list',
      'dot-ai-release.yaml: images[1].preBuild.timeout: expected a whole number from 1 to 7200, got number 0',
      'dot-ai-release.yaml: images[2].preBuild.run[0]: expected a non-empty string, got a list',
      'dot-ai-release.yaml: images[2].preBuild.timeout: expected a whole number from 1 to 7200, got number 99999',
      'dot-ai-release.yaml: images[2].preBuild.shell: unknown key (known: dir, run, timeout)',
      'dot-ai-release.yaml: images[3].preBuild.run: is required',
    ]);
    withImagesYaml(repo, [
      '  - name: ghcr.io/acme/demo-mcp',
      '    context: ../outside',
      '    buildArgs: { "1BAD": x }',
      '    preBuild: { dir: nowhere, run: ["npm ci && npm run build", "echo $HOME", "npm pack | tee x", [npm, pack]] }',
      '',
    ].join('\n'));
    expect(problemsOf(() => loadConfig(repo, {}, {}))).toEqual([
      'dot-ai-release.yaml: images[0].context: "../outside" leaves the repository ("..")',
      'dot-ai-release.yaml: images[0].buildArgs.1BAD: not a build argument name (letters, digits and _, not starting with a digit)',
      'dot-ai-release.yaml: images[0].preBuild.dir: nowhere is not a directory',
      'dot-ai-release.yaml: images[0].preBuild.run[0]: "npm ci && npm run build" needs a shell ("&"), and pre-build commands run without one: list each command on its own (run: ["npm ci", "npm run build"]), or give one as an argument list (["node", "-e", "..."])',
      'dot-ai-release.yaml: images[0].preBuild.run[1]: "echo $HOME" needs a shell ("$"), and pre-build commands run without one: list each command on its own (run: ["npm ci", "npm run build"]), or give one as an argument list (["node", "-e", "..."])',
      'dot-ai-release.yaml: images[0].preBuild.run[2]: "npm pack | tee x" needs a shell ("|"), and pre-build commands run without one: list each command on its own (run: ["npm ci", "npm run build"]), or give one as an argument list (["node", "-e", "..."])',
    ]);
  });
});

describe('every number of the configuration has a range (issue 17)', () => {
  test.each([
    ['parallel: 0', 'smoke.parallel: expected a whole number from 1 to 64, got number 0'],
    ['parallel: 65', 'smoke.parallel: expected a whole number from 1 to 64, got number 65'],
    ['timeout: 3000000', 'smoke.timeout: expected a whole number from 1 to 7200, got number 3000000'],
    ['timeout: 1.5', 'smoke.timeout: expected a whole number from 1 to 7200, got number 1.5'],
    ['timeout: "60"', 'smoke.timeout: expected a whole number from 1 to 7200, got string "60"'],
    ['probe: { followUps: 1001 }', 'smoke.probe.followUps: expected a whole number from 0 to 1000, got number 1001'],
    ['methods: [{ name: m, kind: docker, files: [], port: 70000 }]', 'smoke.methods[0].port: expected a whole number from 1 to 65535, got number 70000'],
    ['methods: [{ name: m, kind: docker, files: [], timeout: 7201 }]', 'smoke.methods[0].timeout: expected a whole number from 1 to 7200, got number 7201'],
    ['probe: { jsonWithin: 3601 }', 'smoke.probe.jsonWithin: expected a whole number from 0 to 3600, got number 3601'],
    ['probe: { jsonWithin: -1 }', 'smoke.probe.jsonWithin: expected a whole number from 0 to 3600, got number -1'],
    ['methods: [{ name: m, kind: docker, plugins: [{ name: p, image: x/p, port: 0 }] }]', 'smoke.methods[0].plugins[0].port: expected a whole number from 1 to 65535, got number 0'],
    ['methods: [{ name: m, kind: docker, plugins: [{ name: p, image: x/p, port: 65536 }] }]', 'smoke.methods[0].plugins[0].port: expected a whole number from 1 to 65535, got number 65536'],
  ])('smoke: { %s }', (setting, message) => {
    const repo = copyDemoProject();
    writeFileSync(path.join(repo, 'dot-ai-release.yaml'), `${readFileSync(path.join(repo, 'dot-ai-release.yaml'), 'utf8')}smoke: { ${setting} }\n`);
    expect(problemsOf(() => loadConfig(repo, {}, {}))).toEqual([`dot-ai-release.yaml: ${message}`]);
  });
});

describe('the chart destination the docs name, when they agree (issue 19)', () => {
  function noChartRepository(repo: string): void {
    writeFileSync(path.join(repo, 'dot-ai-release.yaml'), readFileSync(path.join(repo, 'dot-ai-release.yaml'), 'utf8').replace(/ {2}repository: oci:\/\/ghcr\.io\/acme\/charts\n/, ''));
  }

  test("dot-ai's form: oci://ghcr.io/<owner>/<repo>/charts/<chart>:<version> in the docs, not ghcr.io/<owner>/charts", () => {
    const repo = copyDemoProject();
    noChartRepository(repo);
    writeFileSync(path.join(repo, 'docs/install.md'), readFileSync(path.join(repo, 'docs/install.md'), 'utf8').replaceAll('oci://ghcr.io/acme/charts/demo-mcp', 'oci://ghcr.io/acme/demo-mcp/charts/demo-mcp'));
    writeFileSync(path.join(repo, 'docs/more.md'), 'helm upgrade --install x oci://ghcr.io/acme/demo-mcp/charts/demo-mcp:$VERSION\n');
    const config = loadConfig(repo, {}, { GITHUB_REPOSITORY: 'acme/demo-mcp' });
    expect(config.chart).toMatchObject({ repository: 'oci://ghcr.io/acme/demo-mcp/charts', repositoryOrigin: 'docs' });
    expect(config.notices).toEqual([]);
  });

  test('docs that disagree: the default, and a notice naming both', () => {
    const repo = copyDemoProject();
    noChartRepository(repo);
    writeFileSync(path.join(repo, 'docs/more.md'), 'oci://registry.example.com/x/demo-mcp:1.0.0\n');
    const config = loadConfig(repo, {}, { GITHUB_REPOSITORY: 'acme/demo-mcp' });
    expect(config.chart).toMatchObject({ repository: 'oci://ghcr.io/acme/charts', repositoryOrigin: 'default' });
    expect(config.notices).toEqual(['dot-ai-release.yaml: chart.repository: the docs name the chart in 2 places that disagree (oci://ghcr.io/acme/charts, oci://registry.example.com/x); using the default; set chart.repository']);
  });

  test('a configured repository wins; another chart of the same prefix is not this chart', () => {
    const repo = copyDemoProject();
    writeFileSync(path.join(repo, 'docs/more.md'), 'oci://registry.example.com/x/demo-mcp-extra:1.0.0\n');
    expect(loadConfig(repo, {}, {}).chart).toMatchObject({ repository: 'oci://ghcr.io/acme/charts', repositoryOrigin: 'configured' });
    noChartRepository(repo);
    expect(loadConfig(repo, {}, {}).chart).toMatchObject({ repository: 'oci://ghcr.io/acme/charts', repositoryOrigin: 'docs' });
  });
});

