import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { closeSession, npmrcText, openSession, registryKey } from '../../src/npm/session.js';
import { isInsideTree, temporaryDir } from '../../src/npm/temp.js';

describe('the .npmrc scopes the token to the registry that issued it', () => {
  test.each<[string, string]>([
    ['https://registry.npmjs.org/', '//registry.npmjs.org/'],
    ['https://npm.pkg.github.com/', '//npm.pkg.github.com/'],
    ['https://npm.example.com:8443/team/', '//npm.example.com:8443/team/'],
    ['http://127.0.0.1:4873/', '//127.0.0.1:4873/'],
  ])('%s -> %s', (registry, key) => {
    expect(registryKey(registry)).toBe(key);
    expect(npmrcText(registry, true)).toBe(`${key}:_authToken=\${NODE_AUTH_TOKEN}\n`);
  });

  test('the file names the token by reference only, and holds nothing without one (no registry-wide or always-auth setting)', () => {
    expect(npmrcText('https://registry.npmjs.org/', true)).not.toMatch(/^_authToken|always-auth|^registry=/m);
    expect(npmrcText('https://registry.npmjs.org/', false)).toBe('');
  });
});

describe('the session: a private directory outside the work tree, removed at the end', () => {
  const base = mkdtempSync(path.join(tmpdir(), 'npm-session-'));
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  test('.npmrc written 0600 in a 0700 directory outside the repository; the token registered as a secret; all removed on close', () => {
    const root = mkdtempSync(path.join(base, 'repo-'));
    const secrets: string[] = [];
    const session = openSession({ root, registry: 'https://npm.example.com/team/', name: '@acme/server', token: 'tok-secret-1', env: { RUNNER_TEMP: base } }, { secret: (s) => secrets.push(s) });
    expect(secrets).toEqual(['tok-secret-1']);
    expect(path.dirname(session.dir)).toBe(base);
    expect(isInsideTree(session.dir, root)).toBe(false);
    expect(statSync(session.dir).mode & 0o777).toBe(0o700);
    expect(statSync(session.userconfig).mode & 0o777).toBe(0o600);
    expect(readFileSync(session.userconfig, 'utf8')).toBe('//npm.example.com/team/:_authToken=${NODE_AUTH_TOKEN}\n');
    expect(readFileSync(session.userconfig, 'utf8')).not.toContain('tok-secret-1');
    expect(session).toMatchObject({ registry: 'https://npm.example.com/team/', scope: '@acme', token: 'tok-secret-1' });
    closeSession(session);
    expect(existsSync(session.dir)).toBe(false);
  });

  test('a temporary directory inside the repository is refused, naming the setting that fixes it', () => {
    const root = mkdtempSync(path.join(base, 'repo-'));
    expect(() => temporaryDir(root, 'x-', { RUNNER_TEMP: path.join(root, 'tmp') })).toThrow(/^the temporary directory .*\/tmp is inside the repository; set TMPDIR \(or RUNNER_TEMP\) to a directory outside it/);
  });

  test('inside or not, symlinks resolved and paths that do not exist yet included', () => {
    const root = mkdtempSync(path.join(base, 'repo-'));
    expect(isInsideTree(root, root)).toBe(true);
    expect(isInsideTree(path.join(root, 'not/yet'), root)).toBe(true);
    expect(isInsideTree(path.join(root, '..', 'sibling'), root)).toBe(false);
    expect(isInsideTree(`${root}-suffix`, root)).toBe(false);
  });
});
