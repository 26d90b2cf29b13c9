/**
 * A small repository released without an image or a chart (so its release runs only git, node and
 * the GitHub API: no registry, no Docker), laid out like dot-ai where the release's extras touch
 * it: package.json at 1.1.0, a towncrier-shaped docs/CHANGELOG.md with fragments in changelog.d/
 * and a stand-in for `towncrier build` (test/fixtures/changelog/), a generated schema/openapi.json
 * and the script that writes it from RELEASE_VERSION. Committed, with a REAL bare remote.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from '../helpers/repo.js';
import { git, type ReleaseRepo } from './helpers.js';

const FIXTURE = path.join(ROOT, 'test/fixtures/changelog');
const made: string[] = [];

/** The changelog hook as dot-ai would declare it (towncrier with the release's version and the release commit's day). */
export const CHANGELOG_HOOK = '  - run: [node, scripts/build-changelog.mjs, --version, "{{version}}", --date, "{{date}}", --yes]\n    files: [docs/CHANGELOG.md, changelog.d/]';
/** The generated spec's hook (dot-ai's `npm run generate:openapi`). */
export const SPEC_HOOK = '  - run: node scripts/gen-spec.mjs\n    files: [schema/openapi.json]';

const GEN_SPEC = `// Writes schema/openapi.json for the version being released (as dot-ai's generate:openapi does from its build).
import { writeFileSync } from 'node:fs';
const version = process.env.RELEASE_VERSION;
if (!version) { console.error('gen-spec: RELEASE_VERSION is not set'); process.exit(1); }
writeFileSync('schema/openapi.json', JSON.stringify({ openapi: '3.1.0', info: { title: 'Demo API', version } }, null, 2) + '\\n');
console.log('wrote schema/openapi.json for ' + version);
`;

export interface SmallRepo extends ReleaseRepo {
  /** Replaces dot-ai-release.yaml and commits it (and pushes: the remote stays at HEAD). */
  configure(yaml: string): void;
}

export function smallRepo(yaml = `chart: false\nimages: []\nhooks:\n  afterVersion:\n${SPEC_HOOK}\n${CHANGELOG_HOOK}\n`): SmallRepo {
  const home = mkdtempSync(path.join(tmpdir(), 'dot-ai-release-small-'));
  made.push(home);
  const dir = path.join(home, 'work');
  const remote = path.join(home, 'origin.git');
  mkdirSync(path.join(dir, 'docs'), { recursive: true });
  mkdirSync(path.join(dir, 'schema'));
  mkdirSync(path.join(dir, 'scripts'));
  writeFileSync(path.join(dir, 'package.json'), '{\n  "name": "demo-server",\n  "version": "1.1.0",\n  "private": true\n}\n');
  cpSync(path.join(FIXTURE, 'CHANGELOG.md'), path.join(dir, 'docs/CHANGELOG.md'));
  cpSync(path.join(FIXTURE, 'changelog.d'), path.join(dir, 'changelog.d'), { recursive: true });
  cpSync(path.join(FIXTURE, 'build-changelog.mjs'), path.join(dir, 'scripts/build-changelog.mjs'));
  writeFileSync(path.join(dir, 'scripts/gen-spec.mjs'), GEN_SPEC);
  writeFileSync(path.join(dir, 'schema/openapi.json'), `${JSON.stringify({ openapi: '3.1.0', info: { title: 'Demo API', version: '1.1.0' } }, null, 2)}\n`);
  writeFileSync(path.join(dir, 'dot-ai-release.yaml'), yaml);
  git(['init', '--quiet', '--bare', '--initial-branch=main', remote], home);
  git(['init', '--quiet', '--initial-branch=main'], dir);
  git(['add', '--all'], dir);
  git(['commit', '--quiet', '--message', 'demo server'], dir);
  git(['remote', 'add', 'origin', remote], dir);
  git(['push', '--quiet', 'origin', 'main'], dir);
  git(['branch', '--quiet', '--set-upstream-to=origin/main'], dir);
  const repo: SmallRepo = {
    dir,
    remote,
    git: (args, cwd = dir) => git(args, cwd),
    clone: () => {
      const clone = mkdtempSync(path.join(tmpdir(), 'dot-ai-release-small-clone-'));
      made.push(clone);
      git(['clone', '--quiet', '--branch', 'main', remote, clone], home);
      return clone;
    },
    configure: (text) => {
      writeFileSync(path.join(dir, 'dot-ai-release.yaml'), text);
      git(['commit', '--quiet', '--all', '--message', 'configure the release'], dir);
      git(['push', '--quiet', 'origin', 'main'], dir);
    },
  };
  return repo;
}

export function removeSmallRepos(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}
