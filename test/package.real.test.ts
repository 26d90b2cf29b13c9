/**
 * The CLI installed the ways the README says (issue 19): `npm install --global` of the package
 * npm would publish, and `npx`, each then running `dot-ai-release` from its bin. The package is
 * what `npm pack` makes of this checkout (dist/ as committed); its dependencies come from the npm
 * registry.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ROOT } from './helpers/repo.js';

const work = mkdtempSync(path.join(tmpdir(), 'dot-ai-release-package-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const npm = (args: string[], cwd = work) => execFileSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' }, stdio: ['ignore', 'pipe', 'pipe'] });
const version = (JSON.parse(npm(['pkg', 'get', 'version'], ROOT)) as string).trim();

describe('installing the CLI', () => {
  const packed = () => {
    const [info] = JSON.parse(npm(['pack', '--json', '--pack-destination', work, ROOT])) as { filename: string; files: { path: string; mode: number }[] }[];
    return { tarball: path.join(work, info!.filename), files: info!.files };
  };

  test('the package holds the bundle, the action, README and LICENSE, and no sources; its bin is executable', () => {
    const { files } = packed();
    const paths = files.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['dist/cli.js', 'dist/index.js', 'dist/post.js', 'action.yml', 'README.md', 'LICENSE', 'package.json']));
    expect(paths.filter((p) => /^(src|test|scripts|examples|charts)\//.test(p))).toEqual([]);
    expect((files.find((f) => f.path === 'dist/cli.js')?.mode ?? 0) & 0o111).not.toBe(0);
  });

  test('npm install --global, then dot-ai-release from its bin', () => {
    const { tarball } = packed();
    const prefix = path.join(work, 'global');
    npm(['install', '--global', '--prefix', prefix, '--ignore-scripts', tarball]);
    expect(execFileSync(path.join(prefix, 'bin/dot-ai-release'), ['--version'], { encoding: 'utf8' })).toBe(`dot-ai-release ${version}\n`);
    expect(execFileSync(path.join(prefix, 'bin/dot-ai-release'), ['release', '--help'], { encoding: 'utf8' })).toContain('Usage: dot-ai-release release');
  }, 300_000);

  test('npx', () => {
    const { tarball } = packed();
    expect(npm(['exec', '--yes', `--package=${tarball}`, '--', 'dot-ai-release', '--version'])).toBe(`dot-ai-release ${version}\n`);
  }, 300_000);
});
