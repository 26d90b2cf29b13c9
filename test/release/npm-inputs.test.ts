/**
 * The release's npm inputs: when an npm package is released without a word about npm (the
 * versioned package.json, publishable), how the inputs and dot-ai-release.yaml turn it on and off,
 * and the hand-over of the tarball between the phases; every refusal one line naming the input or
 * the file. On temporary copies of the demo project (@acme/demo-mcp, publishable).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import type { Options } from '../../src/config/options.js';
import { parseReleaseNpm } from '../../src/release/npm-inputs.js';
import type { Phase } from '../../src/release/types.js';
import { CapturingReporter } from '../helpers/capture.js';
import { copyDemoProject, removeTempRepos } from '../helpers/repo.js';

afterAll(removeTempRepos);

function editJson(file: string, edit: (json: Record<string, unknown>) => void): void {
  const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  edit(json);
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
}

function parse(repo: string, options: Options = {}, phase: Phase = 'all', reporter = new CapturingReporter()) {
  return parseReleaseNpm(options, loadConfig(repo, {}, {}), { version: '0.5.0', dryRun: false, phase }, reporter);
}

describe('whether an npm package is released', () => {
  test('without a word about npm: the versioned package.json when it is publishable, at the release version', () => {
    const repo = copyDemoProject();
    const { job, off } = parse(repo);
    expect(off).toBeUndefined();
    expect(job).toMatchObject({ name: '@acme/demo-mcp', version: '0.5.0', packageDir: repo, registry: 'https://registry.npmjs.org/', registrySource: 'default', dryRun: false });
  });

  test('a "private": true package.json is no npm package (said why), unless npm is asked for', () => {
    const repo = copyDemoProject();
    editJson(path.join(repo, 'package.json'), (j) => (j.private = true));
    expect(parse(repo)).toEqual({ off: 'package.json is "private": true' });
    expect(() => parse(repo, { npm: 'true' })).toThrow(/^package\.json: "private": true: npm refuses to publish it; remove it, or turn npm publishing off \(npm: false in dot-ai-release\.yaml\)$/);
  });

  test('npm: false in dot-ai-release.yaml, or the input, turns it off; the input wins over the file', () => {
    const repo = copyDemoProject();
    writeFileSync(path.join(repo, 'dot-ai-release.yaml'), `${readFileSync(path.join(repo, 'dot-ai-release.yaml'), 'utf8')}npm: false\n`);
    expect(parse(repo)).toEqual({ off: 'npm: false in dot-ai-release.yaml' });
    expect(parse(repo, { npm: 'true' }).job?.name).toBe('@acme/demo-mcp');
    expect(parse(copyDemoProject(), { npm: 'false' })).toEqual({ off: 'input npm: false' });
  });

  test('packageJson: false versions no package.json: nothing to publish', () => {
    const repo = copyDemoProject();
    const config = readFileSync(path.join(repo, 'dot-ai-release.yaml'), 'utf8').replace('packageJson: package.json', 'packageJson: false').replace('serverJson: server.json', 'serverJson: false');
    writeFileSync(path.join(repo, 'dot-ai-release.yaml'), `${config}version:\n  source: charts/demo-mcp/Chart.yaml\n`);
    expect(parse(repo)).toEqual({ off: 'no package.json is versioned (packageJson: false)' });
  });

  test('the npm section: registry and provenance from the file; the inputs over them', () => {
    const repo = copyDemoProject();
    writeFileSync(path.join(repo, 'dot-ai-release.yaml'), `${readFileSync(path.join(repo, 'dot-ai-release.yaml'), 'utf8')}npm:\n  registry: https://npm.example.com/team\n  provenance: true\n  access: public\n`);
    expect(parse(repo).job).toMatchObject({ registry: 'https://npm.example.com/team/', registrySource: 'config', provenance: true, access: 'public' });
    expect(parse(repo, { 'npm-registry': 'http://127.0.0.1:4873', 'npm-provenance': 'false' }).job).toMatchObject({ registry: 'http://127.0.0.1:4873/', registrySource: 'input', provenance: false });
    expect(parse(repo, { 'npm-provenance': '' }).job?.provenance).toBe(true);
  });

  test('npm.package must be a package.json the release versions: its tarball would not carry the version otherwise', () => {
    const repo = copyDemoProject();
    const other = path.join(repo, 'docs');
    writeFileSync(path.join(other, 'package.json'), JSON.stringify({ name: 'docs-pkg', version: '0.4.2' }));
    writeFileSync(path.join(repo, 'dot-ai-release.yaml'), `${readFileSync(path.join(repo, 'dot-ai-release.yaml'), 'utf8')}npm:\n  package: docs\n`);
    expect(() => parse(repo)).toThrow('dot-ai-release.yaml: npm.package: docs/package.json is not a package.json the release versions (packageJson: package.json); its tarball would not carry 0.5.0');
  });

  test.each([
    [{ npm: 'maybe' }, 'input npm: "maybe" is not true or false (empty: when package.json is publishable)'],
    [{ 'npm-registry': 'ftp://npm.example.com/' }, 'input npm-registry: "ftp:" is not http(s) (expected e.g. https://registry.npmjs.org/)'],
    [{ 'npm-registry': 'http://npm.example.com/' }, 'input npm-registry: http://npm.example.com would carry the token unencrypted; use https://'],
    [{ 'npm-provenance': 'sometimes' }, 'input npm-provenance: "sometimes" is not a boolean (true or false)'],
    [{ 'npm-token': 'abc def' }, 'input npm-token: the npm token holds whitespace (a pasted line break?); give the token alone'],
  ])('%o is refused: %s', (options, message) => {
    expect(() => parse(copyDemoProject(), options)).toThrow(message);
  });
});

describe('the token', () => {
  test('from the input: masked at once, and named as the input in messages', () => {
    const reporter = new CapturingReporter();
    const { job } = parse(copyDemoProject(), { 'npm-token': 'npm_T0ken-from-input' }, 'all', reporter);
    expect(reporter.secrets).toContain('npm_T0ken-from-input');
    expect(job).toMatchObject({ token: 'npm_T0ken-from-input', tokenName: 'input npm-token', tokenInput: 'input npm-token' });
  });

  test('without the input: NODE_AUTH_TOKEN (the setup-node convention), masked too', () => {
    const previous = process.env.NODE_AUTH_TOKEN;
    process.env.NODE_AUTH_TOKEN = 'npm_T0ken-from-env';
    try {
      const reporter = new CapturingReporter();
      const { job } = parse(copyDemoProject(), {}, 'all', reporter);
      expect(reporter.secrets).toContain('npm_T0ken-from-env');
      expect(job).toMatchObject({ token: 'npm_T0ken-from-env', tokenName: 'NODE_AUTH_TOKEN' });
    } finally {
      if (previous === undefined) delete process.env.NODE_AUTH_TOKEN;
      else process.env.NODE_AUTH_TOKEN = previous;
    }
  });
});

describe('the tarball handed from phase candidate to phase publish', () => {
  test('phase publish needs candidate-npm, a .tgz file', () => {
    const repo = copyDemoProject();
    expect(() => parse(repo, {}, 'publish')).toThrow("input candidate-npm: required with phase publish (the candidate job's npm-tarball output)");
    expect(() => parse(repo, { 'candidate-npm': 'missing.tgz' }, 'publish')).toThrow('input candidate-npm: missing.tgz is not an npm tarball (.tgz)');
    const dir = mkdtempSync(path.join(tmpdir(), 'candidate-npm-'));
    const tarball = path.join(dir, 'acme-demo-mcp-0.5.0.tgz');
    writeFileSync(tarball, 'checked when the npm-pack step takes it');
    expect(parse(repo, { 'candidate-npm': tarball }, 'publish').handedTarball).toBe(tarball);
  });

  test('candidate-npm only with phase publish, and only when there is an npm package', () => {
    const repo = copyDemoProject();
    expect(() => parse(repo, { 'candidate-npm': 'x.tgz' }, 'candidate')).toThrow('input candidate-npm: only with phase publish');
    expect(() => parse(repo, { 'candidate-npm': 'x.tgz', npm: 'false' }, 'publish')).toThrow('input candidate-npm: this release publishes no npm package (input npm: false)');
    expect(parse(repo, { npm: 'false' }, 'publish')).toEqual({ off: 'input npm: false' });
  });
});
