/**
 * The `smoke:` section of dot-ai-release.yaml as the validator reads it: method names are
 * identifiers (issue 17 item 1), the keys of issue 18 (auth, plugins, podSecurity, helmTest,
 * probe.headers, probe.json) by type, and what a kind does not take named by its dotted path.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { validateConfig } from '../../src/config/file.js';
import { isUserError } from '../../src/errors.js';
import { ROOT } from '../helpers/repo.js';

function problems(smoke: unknown): string[] {
  try {
    validateConfig({ smoke }, 'dot-ai-release.yaml');
    return [];
  } catch (err) {
    if (!isUserError(err)) throw err;
    return [...err.problems];
  }
}

describe('method names are identifiers, checked when the file is read', () => {
  test.each(['../../../victim', 'a/b', 'Docker', '-x', '', 'x'.repeat(64), 'a b', '.', 'docker\u0000'])('%j is refused', (name) => {
    const found = problems({ methods: [{ name, kind: 'docker' }] });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^dot-ai-release\.yaml: smoke\.methods\[0\]\.name: /);
  });

  test.each(['docker', 'helm-2', '0', 'x'.repeat(63)])('%j is a name', (name) => {
    expect(problems({ methods: [{ name, kind: 'docker' }] })).toEqual([]);
  });

  test('a name listed twice', () => {
    expect(problems({ methods: [{ name: 'a', kind: 'docker' }, { name: 'a', kind: 'docker' }] })).toEqual(['dot-ai-release.yaml: smoke.methods[1].name: "a" is listed twice (also smoke.methods[0])']);
  });

  test('the name is escaped in the message', () => {
    expect(problems({ methods: [{ name: 'a\u001b[2Jb', kind: 'docker' }] })[0]).not.toContain('\u001b');
  });
});

describe("issue 18's keys", () => {
  test('every one, written right, passes', () => {
    expect(
      problems({
        probe: { headers: { 'X-Api-Key': 'k' }, json: { 'system.vectorDB.connected': true, 'system.vectorDB.url': { not: 'unknown' } } },
        methods: [
          { name: 'docker', kind: 'docker', auth: { token: 'generate', env: 'DOT_AI_AUTH_TOKEN', header: 'X-Dot-AI-Authorization' }, plugins: [{ name: 'agentic-tools', image: 'ghcr.io/vfarcic/dot-ai-agentic-tools', port: 8080, env: { LOG: 'debug' } }] },
          { name: 'helm', kind: 'helm', auth: { set: 'secrets.auth.token' }, podSecurity: 'baseline', helmTest: false },
          { name: 'kube', kind: 'kustomize', files: ['k'], auth: false, podSecurity: 'privileged' },
        ],
      }),
    ).toEqual([]);
  });

  test('wrong types and values, every one at once, by dotted path', () => {
    expect(
      problems({
        probe: { headers: { a: {} }, json: [] },
        methods: [
          { name: 'a', kind: 'docker', auth: { token: 'random', env: 'NOT-A-VAR', header: 'bad header' }, plugins: [{ name: 'P', image: '' }] },
          { name: 'b', kind: 'helm', podSecurity: 'none', helmTest: 'yes' },
        ],
      }),
    ).toEqual([
      'dot-ai-release.yaml: smoke.probe.headers.a: expected a string, got a map',
      'dot-ai-release.yaml: smoke.probe.json: expected a map, got a list',
      'dot-ai-release.yaml: smoke.methods[0].auth.token: expected one of generate, input, got string "random"',
      'dot-ai-release.yaml: smoke.methods[0].auth.env: "NOT-A-VAR" is not an environment variable name',
      'dot-ai-release.yaml: smoke.methods[0].auth.header: "bad header" is not a header name',
      'dot-ai-release.yaml: smoke.methods[0].plugins[0].name: "P" is not a method name (lowercase letters, digits and -, starting with a letter or digit, at most 63)',
      'dot-ai-release.yaml: smoke.methods[0].plugins[0].image: expected a non-empty string, got string ""',
      'dot-ai-release.yaml: smoke.methods[1].podSecurity: expected one of restricted, baseline, privileged, got string "none"',
      'dot-ai-release.yaml: smoke.methods[1].helmTest: expected true or false, got string "yes"',
    ]);
  });

  test('keys a kind does not take, and files a kind needs', () => {
    expect(
      problems({
        methods: [
          { name: 'a', kind: 'compose', plugins: [], podSecurity: 'baseline', helmTest: true },
          { name: 'b', kind: 'kustomize', files: ['k'], auth: { set: 'x.y' } },
          { name: 'c', kind: 'helm', auth: { set: 'x', env: 'Y' } },
        ],
      }),
    ).toEqual([
      'dot-ai-release.yaml: smoke.methods[0].files: is required for kind compose',
      'dot-ai-release.yaml: smoke.methods[0].plugins: only for kind docker (compose files, charts and manifests deploy their own plugins)',
      'dot-ai-release.yaml: smoke.methods[0].helmTest: only for kind helm',
      'dot-ai-release.yaml: smoke.methods[0].podSecurity: only for the Kubernetes kinds (kustomize, helm, toolhive)',
      'dot-ai-release.yaml: smoke.methods[1].auth.set: only for kind helm (a chart value); the others take auth.env',
      'dot-ai-release.yaml: smoke.methods[2].auth: set or env, not both',
    ]);
  });
});

describe("the README's configuration example", () => {
  test('is a valid dot-ai-release.yaml (every key it shows, as it shows it)', () => {
    const readme = readFileSync(`${ROOT}/README.md`, 'utf8');
    const block = /## Configuration[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    expect(() => validateConfig(parse(block as string), 'README.md')).not.toThrow();
  });
});
