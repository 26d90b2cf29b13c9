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
});
