import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { validateConfig } from '../../src/config/file.js';
import { DEFAULT_REGISTRY, normalizeRegistry, parseNpmJob, resolveRegistry } from '../../src/npm/job.js';

const NAMES = { input: 'input npm-registry', publishConfig: 'package.json: publishConfig.registry', config: 'dot-ai-release.yaml: npm.registry' };

describe('which registry the package goes to', () => {
  test.each<{ name: string; sources: { input?: string; publishConfig?: string; config?: string }; registry: string; source: string }>([
    { name: 'the input wins over everything', sources: { input: 'https://a.example/', publishConfig: 'https://b.example/', config: 'https://c.example/' }, registry: 'https://a.example/', source: 'input' },
    { name: "package.json's publishConfig over the config", sources: { publishConfig: 'https://b.example/npm', config: 'https://c.example/' }, registry: 'https://b.example/npm/', source: 'publishConfig' },
    { name: 'the config over the default', sources: { config: 'https://npm.pkg.github.com' }, registry: 'https://npm.pkg.github.com/', source: 'config' },
    { name: "npm's default registry", sources: {}, registry: DEFAULT_REGISTRY, source: 'default' },
  ])('$name', ({ sources, registry, source }) => {
    expect(resolveRegistry(sources, NAMES)).toEqual({ registry, source });
  });

  test.each<[string, string]>([
    ['https://registry.npmjs.org', 'https://registry.npmjs.org/'],
    ['https://npm.example.com/team/', 'https://npm.example.com/team/'],
    ['https://npm.example.com:8443/a/b', 'https://npm.example.com:8443/a/b/'],
    ['http://127.0.0.1:4873', 'http://127.0.0.1:4873/'],
    ['http://localhost:4873/', 'http://localhost:4873/'],
  ])('%s is normalized to %s', (input, expected) => {
    expect(normalizeRegistry(input, 'input npm-registry')).toBe(expected);
  });

  test.each<[string, RegExp]>([
    ['registry.npmjs.org', /^input npm-registry: "registry\.npmjs\.org" is not a URL/],
    ['ftp://npm.example.com/', /^input npm-registry: "ftp:" is not http\(s\)/],
    ['https://user:secret@npm.example.com/', /^input npm-registry: the URL holds credentials; give the token in NODE_AUTH_TOKEN instead \(it never goes in a URL\)$/],
    ['https://npm.example.com/?token=abc', /^input npm-registry: "https:\/\/npm\.example\.com\/" must have no query or fragment$/],
    ['http://npm.example.com/', /^input npm-registry: http:\/\/npm\.example\.com would carry the token unencrypted; use https:\/\/$/],
  ])('%s is refused naming the input', (input, message) => {
    expect(() => normalizeRegistry(input, 'input npm-registry')).toThrow(message);
  });

  test('a refused URL with credentials never repeats them', () => {
    expect(() => normalizeRegistry('https://user:s3cret-value@npm.example.com/', 'x')).toThrow(expect.objectContaining({ message: expect.not.stringContaining('s3cret-value') }));
  });
});

describe('parseNpmJob', () => {
  const base = mkdtempSync(path.join(tmpdir(), 'npm-job-'));
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  function repo(pkg: Record<string, unknown> | string, dir = '.'): string {
    const root = mkdtempSync(path.join(base, 'repo-'));
    mkdirSync(path.join(root, dir), { recursive: true });
    writeFileSync(path.join(root, dir, 'package.json'), typeof pkg === 'string' ? pkg : JSON.stringify(pkg));
    return root;
  }
  const env = { PATH: '/usr/bin' };

  test('name and version from package.json; registry from publishConfig; token from NODE_AUTH_TOKEN; no provenance off Actions', () => {
    const root = repo({ name: '@vfarcic/dot-ai', version: '2.2.2', publishConfig: { registry: 'https://npm.example.com/', access: 'public' }, repository: { type: 'git', url: 'git+https://github.com/vfarcic/dot-ai.git' } });
    const job = parseNpmJob(root, undefined, {}, { ...env, NODE_AUTH_TOKEN: 'tok-123' });
    expect(job).toMatchObject({ root, packageDir: root, name: '@vfarcic/dot-ai', version: '2.2.2', registry: 'https://npm.example.com/', registrySource: 'publishConfig', token: 'tok-123', provenance: false, dryRun: false, repositoryUrl: 'git+https://github.com/vfarcic/dot-ai.git', publishConfigAccess: 'public' });
  });

  test("the release's version over package.json's (the version step writes it later); the config's package directory, access and registry", () => {
    const root = repo({ name: 'server', version: '1.0.0' }, 'packages/server');
    const job = parseNpmJob(root, { package: 'packages/server', registry: 'https://npm.example.com', access: 'public' }, { version: '1.1.0' }, env);
    expect(job).toMatchObject({ packageDir: path.join(root, 'packages/server'), version: '1.1.0', registry: 'https://npm.example.com/', registrySource: 'config', access: 'public' });
    expect(job.token).toBeUndefined();
  });

  test('provenance by default on GitHub Actions publishing to npmjs only; the config and the input turn it either way', () => {
    const root = repo({ name: 'server', version: '1.0.0' });
    const actions = { ...env, GITHUB_ACTIONS: 'true' };
    expect(parseNpmJob(root, undefined, {}, actions).provenance).toBe(true);
    expect(parseNpmJob(root, { registry: 'https://npm.example.com/' }, {}, actions).provenance).toBe(false);
    expect(parseNpmJob(root, { provenance: false }, {}, actions).provenance).toBe(false);
    expect(parseNpmJob(root, { provenance: false }, { provenance: true }, env).provenance).toBe(true);
  });

  test.each<{ name: string; pkg: Record<string, unknown> | string; message: RegExp }>([
    { name: 'no name', pkg: { version: '1.0.0' }, message: /^package\.json: name is missing \(npm needs a name to publish\)$/ },
    { name: 'an invalid name', pkg: { name: 'Bad Name', version: '1.0.0' }, message: /^package\.json: name "Bad Name" is not a valid npm package name/ },
    { name: 'a private package', pkg: { name: 'x', version: '1.0.0', private: true }, message: /^package\.json: "private": true: npm refuses to publish it; remove it, or turn npm publishing off \(npm: false in dot-ai-release\.yaml\)$/ },
    { name: 'an invalid version', pkg: { name: 'x', version: '1.0' }, message: /^package\.json: version: "1\.0" is not a valid SemVer version/ },
    { name: 'a publishConfig.registry that is no URL', pkg: { name: 'x', version: '1.0.0', publishConfig: { registry: 42 } }, message: /^package\.json: publishConfig\.registry: expected a URL string$/ },
    { name: 'duplicate keys', pkg: '{"name": "x", "name": "y", "version": "1.0.0"}', message: /^package\.json:1: duplicate key "name"/ },
  ])('$name is refused naming the file and field', ({ pkg, message }) => {
    expect(() => parseNpmJob(repo(pkg), undefined, {}, env)).toThrow(message);
  });

  test('the package directory must be inside the repository', () => {
    const root = repo({ name: 'x', version: '1.0.0' });
    expect(() => parseNpmJob(root, { package: '../elsewhere' }, {}, env)).toThrow(/^dot-ai-release\.yaml: npm\.package: "\.\.\/elsewhere" leaves the repository/);
    expect(() => parseNpmJob(root, undefined, { packageDir: '/abs' }, env)).toThrow(/^input npm-package: "\/abs" is an absolute path/);
    const outside = mkdtempSync(path.join(base, 'outside-'));
    writeFileSync(path.join(outside, 'package.json'), '{"name":"x","version":"1.0.0"}');
    symlinkSync(outside, path.join(root, 'linked'));
    expect(() => parseNpmJob(root, { package: 'linked' }, {}, env)).toThrow(/^dot-ai-release\.yaml: npm\.package: "linked" is a symlink to .*, outside the repository$/);
  });

  test('a token with whitespace is refused without showing it; a tarball directory inside the repository is refused', () => {
    const root = repo({ name: 'x', version: '1.0.0' });
    expect(() => parseNpmJob(root, undefined, { token: 'abc\ndef-secret' }, env)).toThrow(/^NODE_AUTH_TOKEN: the npm token holds whitespace \(a pasted line break\?\); give the token alone$/);
    expect(() => parseNpmJob(root, undefined, { tarballDir: path.join(root, 'out') }, env)).toThrow(/^npm tarball directory .*\/out is inside the repository: the tarball must not land in the work tree/);
  });
});

describe('the npm section of dot-ai-release.yaml', () => {
  test('its keys are checked, every problem at once; false turns npm publishing off', () => {
    expect(validateConfig({ npm: { package: 'packages/server', registry: 'https://npm.example.com/', access: 'public', provenance: true } }, 'f.yaml').npm).toEqual({ package: 'packages/server', registry: 'https://npm.example.com/', access: 'public', provenance: true });
    expect(validateConfig({ npm: false }, 'f.yaml').npm).toBe(false);
    expect(() => validateConfig({ npm: { access: 'private', provenance: 'yes', token: 'x' } }, 'f.yaml')).toThrow(
      expect.objectContaining({ problems: ['f.yaml: npm.access: expected one of public, restricted, got string "private"', 'f.yaml: npm.provenance: expected true or false, got string "yes"', 'f.yaml: npm.token: unknown key (known: package, registry, access, provenance)'] }),
    );
  });
});
