import { cpSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { copyDemoProject, removeTempRepos } from '../helpers/repo.js';
import { edit, linesStarting, run, tree } from '../fs/helpers.js';

/** Configuration defects found on real repositories (issue 8) and names accepted in silence (issue 9), end to end. */
afterAll(removeTempRepos);

const VALUES = 'charts/demo-mcp/values.yaml';
const tags = (repo: string) => [...readFileSync(path.join(repo, VALUES), 'utf8').matchAll(/tag: ['"]?([^'"\s]*)/g)].map((m) => m[1]);

describe('images', () => {
  test('--images keeps the valuesPath the file declares: values.yaml tags move too', async () => {
    const repo = copyDemoProject();
    const result = await run('cli', ['version', '--bump', 'patch', '--images', 'ghcr.io/acme/demo-mcp,ghcr.io/acme/demo-mcp-ui', '--working-directory', repo]);
    expect(result.code).toBe(0);
    expect(tags(repo)).toEqual(['0.4.3', '0.4.3']);
    expect((await run('cli', ['check', '--working-directory', repo])).code).toBe(0);
  });

  test('an image without valuesPath is found beside its repository in values.yaml', async () => {
    const repo = copyDemoProject();
    edit(repo, 'dot-ai-release.yaml', (t) => t.replace(/\n\s+valuesPath: .*/g, ''));
    expect(tags(repo)).toEqual(['0.4.2', '0.4.2']);
    edit(repo, VALUES, (t) => t.replace("tag: '0.4.2'", "tag: '0.4.1'"));
    const check = await run('cli', ['check', '--working-directory', repo]);
    expect(linesStarting(check.stderr, 'error:')[0]).toBe('error: charts/demo-mcp/values.yaml:15: ui.image.tag holds 0.4.1, should hold 0.4.2');
    expect((await run('cli', ['version', '--bump', 'patch', '--working-directory', repo])).code).toBe(0);
    expect(tags(repo)).toEqual(['0.4.3', '0.4.3']);
  });

  test.each<{ args: string[]; message: string }>([
    {
      args: ['--images', 'ghcr.io/acme/ghost'],
      message:
        '--images: ghcr.io/acme/ghost: its version is pinned nowhere (no tag beside "repository: ghcr.io/acme/ghost" in charts/demo-mcp/values.yaml, no ghcr.io/acme/ghost:<version> in the scanned files); check the name, or set its valuesPath',
    },
    { args: ['--images', 'ghcr.io/acme/demo-mcp:0.4.2'], message: '--images: "ghcr.io/acme/demo-mcp:0.4.2" carries a tag (:0.4.2); give the repository without a tag, the release version is its tag' },
    { args: ['--images', 'ghcr.io/Acme/demo-mcp'], message: '--images: "ghcr.io/Acme/demo-mcp" has uppercase letters; image repositories are lowercase (ghcr.io/acme/demo-mcp)' },
    { args: ['--images', '$(id)'], message: '--images: "$(id)" is not an image repository: it has the component "$(id)", which is not lowercase letters and digits joined by ".", "_", "__" or "-" (OCI distribution name grammar)' },
  ])('check $args is refused, not passed, naming the flag typed: $message', async ({ args, message }) => {
    const repo = copyDemoProject();
    const result = await run('cli', ['check', ...args, '--working-directory', repo]);
    expect(linesStarting(result.stderr, 'error:')).toEqual([`error: ${message}`]);
    expect(result.code).toBe(1);
  });
});

test('configuration errors are reported all at once, one line each; nothing changes', async () => {
  const repo = copyDemoProject();
  edit(repo, 'dot-ai-release.yaml', (t) =>
    t.replace('versioning: follow', 'versionng: follow').replace('  - name: ghcr.io/acme/demo-mcp-ui', '  - name: ghcr.io/acme/demo-mcp-ui:latest').replace('serverJson: server.json', 'serverJson: 7'),
  );
  const before = tree(repo);
  const result = await run('cli', ['version', '--bump', 'patch', '--working-directory', repo]);
  expect(linesStarting(result.stderr, 'error:')).toEqual([
    'error: dot-ai-release.yaml: serverJson: expected a non-empty string, got number 7',
    'error: dot-ai-release.yaml: chart.versionng: unknown key (known: path, versioning, repository, policy)',
    'error: dot-ai-release.yaml: images[1].name: "ghcr.io/acme/demo-mcp-ui:latest" carries a tag (:latest); give the repository without a tag, the release version is its tag',
  ]);
  expect(result.code).toBe(1);
  expect(tree(repo)).toEqual(before);
});

describe('charts without configuration', () => {
  test('a chart at charts/Chart.yaml is found, bumped and checked', async () => {
    const repo = copyDemoProject();
    rmSync(path.join(repo, 'dot-ai-release.yaml'));
    cpSync(path.join(repo, 'charts/demo-mcp'), path.join(repo, 'charts'), { recursive: true });
    rmSync(path.join(repo, 'charts/demo-mcp'), { recursive: true });
    const env = { GITHUB_REPOSITORY: 'acme/demo-mcp' };
    const result = JSON.parse((await run('cli', ['version', '--bump', 'minor', '--json', '--working-directory', repo], { env })).stdout);
    expect(result['changed-files']).toEqual(expect.arrayContaining(['charts/Chart.yaml', 'charts/values.yaml']));
    expect(readFileSync(path.join(repo, 'charts/Chart.yaml'), 'utf8')).toContain('appVersion: "0.5.0"');
    expect((await run('cli', ['check', '--working-directory', repo], { env })).code).toBe(0);
  });

  test('charts elsewhere and none selected: a warning says so', async () => {
    const repo = copyDemoProject();
    rmSync(path.join(repo, 'dot-ai-release.yaml'));
    cpSync(path.join(repo, 'charts/demo-mcp'), path.join(repo, 'helm/demo'), { recursive: true });
    rmSync(path.join(repo, 'charts'), { recursive: true });
    const result = await run('cli', ['check', '--working-directory', repo], { env: { GITHUB_REPOSITORY: 'acme/demo-mcp' } });
    expect(linesStarting(result.stderr, 'warning:')).toEqual([
      'warning: dot-ai-release.yaml: chart.path: this repository has charts (helm/demo/Chart.yaml) but none is selected (without chart.path only charts/ is looked in): their versions are not checked; set chart.path, or chart: false',
    ]);
  });
});
