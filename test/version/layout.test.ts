/**
 * dot-ai's layout found without configuration (issue 19): the chart at charts/Chart.yaml, its
 * destination from the docs' `oci://` references, and every image block of values.yaml that pins
 * an image of the release's owner at the release version aligned with the default image (dot-ai's
 * `plugins.agentic-tools.image.tag` was left behind while `check` said all was well).
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { applyVersion } from '../../src/version/apply.js';
import { checkVersions } from '../../src/version/check.js';
import type { Reporter } from '../../src/report/reporter.js';
import { copyDemoProject, removeTempRepos } from '../helpers/repo.js';

afterAll(removeTempRepos);

const quiet: Reporter = { info: () => undefined, warning: () => undefined, error: () => undefined, debug: () => undefined, group: (_n, fn) => fn(), secret: () => undefined };
const ENV = { GITHUB_REPOSITORY: 'acme/demo-mcp' };

/** The demo project laid out like dot-ai 2.x: no configuration, the chart at charts/, a plugin block, another image of the owner at its own version. */
function dotAiLike(pluginTag = '0.4.2'): string {
  const repo = copyDemoProject();
  rmSync(path.join(repo, 'dot-ai-release.yaml'));
  cpSync(path.join(repo, 'charts/demo-mcp'), path.join(repo, 'charts'), { recursive: true });
  rmSync(path.join(repo, 'charts/demo-mcp'), { recursive: true });
  const values = readFileSync(path.join(repo, 'charts/values.yaml'), 'utf8');
  writeFileSync(path.join(repo, 'charts/values.yaml'), `${values}
dex:
  image:
    repository: ghcr.io/acme/demo-mcp-dex
    tag: "v2.44.0"
plugins:
  agentic-tools:
    enabled: true
    image:
      repository: ghcr.io/acme/demo-mcp-agentic-tools
      tag: "${pluginTag}"
  # my-company-tools:
  #   image:
  #     repository: myregistry/my-tools
  #     tag: "0.4.2"
qdrant:
  image:
    repository: qdrant/qdrant
    tag: "0.4.2"
`);
  writeFileSync(path.join(repo, 'docs/install.md'), readFileSync(path.join(repo, 'docs/install.md'), 'utf8').replaceAll('oci://ghcr.io/acme/charts/demo-mcp', 'oci://ghcr.io/acme/demo-mcp/charts/demo-mcp'));
  return repo;
}

describe('a repository laid out like dot-ai, without configuration', () => {
  test('the chart at charts/, published where the docs say; the plugin image aligned, the others left alone', async () => {
    const repo = dotAiLike();
    const config = loadConfig(repo, {}, ENV);
    expect(config.chart).toMatchObject({ dir: 'charts', name: 'demo-mcp', repository: 'oci://ghcr.io/acme/demo-mcp/charts', repositoryOrigin: 'docs' });
    const result = await applyVersion({ config, request: { set: '0.5.0' }, allowDowngrade: false, dryRun: true }, quiet);
    const fields = result.changes.map((c) => `${c.file}:${c.field}`);
    expect(fields).toContain('charts/values.yaml:image.tag');
    expect(fields).toContain('charts/values.yaml:plugins.agentic-tools.image.tag');
    expect(fields).toContain('docs/install.md:oci://ghcr.io/acme/demo-mcp/charts/demo-mcp --version');
    expect(fields.filter((f) => /dex|qdrant|my-tools/.test(f))).toEqual([]);
    // The demo's UI image is one too (named after the server, at the release version).
    expect(result.discoveredImages).toEqual([
      { name: 'ghcr.io/acme/demo-mcp-ui', where: 'charts/values.yaml: ui.image.tag' },
      { name: 'ghcr.io/acme/demo-mcp-agentic-tools', where: 'charts/values.yaml: plugins.agentic-tools.image.tag' },
    ]);
  });

  test('check sees a plugin tag left behind', async () => {
    // The plugin at the release version: aligned, no drift.
    expect((await checkVersions({ config: loadConfig(dotAiLike(), {}, ENV) }, quiet)).drift).toEqual([]);
    // A release forgot the plugin: drift, named by file, line and field.
    const drift = (await checkVersions({ config: loadConfig(dotAiLike('0.4.1'), {}, ENV) }, quiet)).drift.map((d) => `${d.file}:${d.line} ${d.field} ${d.current}`);
    expect(drift).toEqual(['charts/values.yaml:33 plugins.agentic-tools.image.tag 0.4.1']);
  });

  test('an image the release configures is aligned wherever values.yaml names it; nothing is guessed beside configured images', async () => {
    const repo = dotAiLike();
    writeFileSync(path.join(repo, 'dot-ai-release.yaml'), 'images:\n  - name: ghcr.io/acme/demo-mcp\n    valuesPath: image.tag\n');
    const result = await applyVersion({ config: loadConfig(repo, {}, ENV), request: { set: '0.5.0' }, allowDowngrade: false, dryRun: true }, quiet);
    expect(result.discoveredImages).toEqual([]);
    expect(result.changes.map((c) => c.field)).not.toContain('plugins.agentic-tools.image.tag');
    writeFileSync(path.join(repo, 'dot-ai-release.yaml'), 'images:\n  - name: ghcr.io/acme/demo-mcp\n  - name: ghcr.io/acme/demo-mcp-agentic-tools\n');
    const both = await applyVersion({ config: loadConfig(repo, {}, ENV), request: { set: '0.5.0' }, allowDowngrade: false, dryRun: true }, quiet);
    expect(both.changes.map((c) => c.field)).toEqual(expect.arrayContaining(['image.tag', 'plugins.agentic-tools.image.tag']));
  });
});
