import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { ociLabels } from '../../src/image/labels.js';
import { copyDemoProject, removeTempRepos } from '../helpers/repo.js';
import { afterAll } from 'vitest';

afterAll(removeTempRepos);

describe('OCI labels and annotations', () => {
  test('from package.json, GITHUB_* and SOURCE_DATE_EPOCH', () => {
    const repo = copyDemoProject();
    const env = { GITHUB_REPOSITORY: 'Acme/Demo-MCP', GITHUB_SHA: 'A'.repeat(40), GITHUB_SERVER_URL: 'https://github.example', SOURCE_DATE_EPOCH: '1700000000' };
    const config = loadConfig(repo, {}, env);
    expect(ociLabels({ config, version: '0.4.2', image: 'ghcr.io/acme/demo-mcp', env })).toEqual({
      'org.opencontainers.image.title': 'demo-mcp',
      'org.opencontainers.image.description': "A demo MCP server repository, laid out like dot-ai, for dot-ai-release's dry run and tests.",
      'org.opencontainers.image.version': '0.4.2',
      'org.opencontainers.image.revision': 'a'.repeat(40),
      'org.opencontainers.image.source': 'https://github.example/acme/demo-mcp',
      'org.opencontainers.image.url': 'https://github.example/acme/demo-mcp',
      'org.opencontainers.image.created': '2023-11-14T22:13:20Z',
      'org.opencontainers.image.licenses': 'MIT',
    });
  });

  test('created is now without SOURCE_DATE_EPOCH; a malformed one is refused', () => {
    const repo = copyDemoProject();
    const config = loadConfig(repo, {}, { GITHUB_REPOSITORY: 'acme/demo' });
    const now = new Date('2026-01-02T03:04:05.678Z');
    expect(ociLabels({ config, version: '1.0.0', image: 'ghcr.io/acme/demo', env: {}, now })['org.opencontainers.image.created']).toBe('2026-01-02T03:04:05Z');
    expect(() => ociLabels({ config, version: '1.0.0', image: 'ghcr.io/acme/demo', env: { SOURCE_DATE_EPOCH: 'yesterday' } })).toThrow('SOURCE_DATE_EPOCH: "yesterday" is not a number of seconds since 1970');
  });

  test("an image built from a folder with a package.json of its own (dot-ai's plugin) is named and described by that package; what it lacks comes from the repository's", () => {
    const repo = copyDemoProject();
    const plugin = path.join(repo, 'packages', 'plugin');
    mkdirSync(plugin, { recursive: true });
    writeFileSync(path.join(plugin, 'package.json'), JSON.stringify({ name: '@acme/demo-plugin', description: 'The plugin beside the server', homepage: null, version: '1.0.0' }));
    const env = { GITHUB_REPOSITORY: 'acme/demo-mcp', GITHUB_SHA: 'b'.repeat(40), SOURCE_DATE_EPOCH: '1700000000' };
    const config = loadConfig(repo, {}, env);
    const labels = ociLabels({ config, version: '0.4.2', image: 'ghcr.io/acme/demo-mcp-plugin', context: plugin, env });
    expect(labels).toMatchObject({
      'org.opencontainers.image.title': 'demo-plugin',
      'org.opencontainers.image.description': 'The plugin beside the server',
      'org.opencontainers.image.version': '0.4.2',
      'org.opencontainers.image.source': 'https://github.com/acme/demo-mcp',
      'org.opencontainers.image.url': 'https://github.com/acme/demo-mcp',
      'org.opencontainers.image.licenses': 'MIT',
    });
    // The server, built from the root: the repository's package.
    expect(ociLabels({ config, version: '0.4.2', image: 'ghcr.io/acme/demo-mcp', context: repo, env })['org.opencontainers.image.title']).toBe('demo-mcp');
  });
});
