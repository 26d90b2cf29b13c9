/**
 * The toolkit's own release workflow (.github/workflows/release.yml), RUN by a local runner (act,
 * test/helpers/act.ts) on a clone of this repository's HEAD served as vfarcic/dot-ai-release: its
 * checkout, Node 24, `npm ci`, the dist/ freshness check, the release with the build command and the
 * moving major tag, the summary line. Against a REAL bare git remote and the GitHub API as the fake
 * server answers it (GITHUB_API_URL).
 * - a dry run checks everything, publishes nothing, and its summary says so;
 * - the real run pushes the release commit, vX.Y.Z and the major tag (none for 0.x), makes the GitHub
 *   release, and says so;
 * - a pushed tag releases its version: the release commit (package.json and dist/ at the tag's version)
 *   on top of the tag's commit, pushed to main; the tag stays where the maintainer pushed it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GitServer, removeRunDirs, requireAct, runWorkflow, type RunWorkflowOptions, type WorkflowRun } from '../helpers/act.js';
import { ROOT } from '../helpers/repo.js';
import { startFakeGitHub, type FakeGitHub } from '../release/fake-github-helpers.js';
import { git, remoteTags } from '../release/helpers.js';

const CURRENT = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const patchOf = (version: string): string => version.replace(/^(\d+)\.(\d+)\.(\d+)$/, (_m, major: string, minor: string, patch: string) => `${major}.${minor}.${Number(patch) + 1}`);
const NEXT = patchOf(CURRENT);
/** The version a maintainer tags after NEXT. */
const TAGGED = patchOf(NEXT);

let github: FakeGitHub;
let home: string;
let work: string;
let remote: string;
let gitServer: GitServer;
const figures: Record<string, string> = {};

beforeAll(async () => {
  await requireAct();
  github = await startFakeGitHub('vfarcic', 'dot-ai-release');
  home = mkdtempSync(path.join(tmpdir(), 'act-self-release-'));
  // This repository's HEAD on main, pushed to a bare remote that the checkout stand-in serves.
  remote = path.join(home, 'origin.git');
  git(['init', '--quiet', '--bare', '--initial-branch=main', remote], home);
  git(['push', '--quiet', remote, 'HEAD:refs/heads/main'], ROOT);
  work = path.join(home, 'work');
  git(['clone', '--quiet', '--branch', 'main', remote, work], home);
  gitServer = new GitServer(path.join(home, 'server'));
  gitServer.serve('vfarcic/dot-ai-release', remote);
});

afterAll(async () => {
  await github?.stop();
  removeRunDirs();
  if (home) rmSync(home, { recursive: true, force: true });
  console.info(`release.yml under act: ${JSON.stringify(figures)}`);
});

async function dispatch(inputs: Record<string, string | boolean>, label: string): Promise<WorkflowRun> {
  return run({ event: 'workflow_dispatch', inputs }, label);
}

async function run(event: Pick<RunWorkflowOptions, 'event' | 'inputs' | 'ref'>, label: string): Promise<WorkflowRun> {
  const started = performance.now();
  const run = await runWorkflow({
    workdir: work,
    workflow: '.github/workflows/release.yml',
    ...event,
    repository: 'vfarcic/dot-ai-release',
    actor: 'releaser',
    secrets: { GITHUB_TOKEN: github.token },
    githubEnv: { GITHUB_API_URL: github.url },
    gitServer,
  });
  figures[label] = `${((performance.now() - started) / 1000).toFixed(1)} s`;
  return run;
}

/** The lines the workflow's Summary step printed. */
const summary = (run: WorkflowRun): string[] => {
  const lines = run.job('release').lines;
  const start = lines.findIndex((l) => l.includes('Run Main Summary'));
  return lines.slice(start + 1).filter((l) => !/^\s*(✅|❌|⭐|⚙)/u.test(l)).slice(0, 1).map((l) => l.trim());
};

describe('release.yml, run by act', () => {
  test('a dry run checks everything, publishes nothing, and says so', async () => {
    const before = git(['ls-remote', remote], home);
    const run = await dispatch({ bump: 'patch', version: '', 'dry-run': true }, 'dry run');
    expect(run.code, run.transcript()).toBe(0);
    expect(run.results(), run.transcript()).toEqual(['release:success']);
    expect(run.job('release').outputs.release).toMatchObject({ version: NEXT, tag: `v${NEXT}`, 'release-url': '' });
    expect(summary(run)).toEqual([`Dry run of ${NEXT}: every step checked, nothing published`]);
    expect(git(['ls-remote', remote], home)).toBe(before);
    expect(github.releases).toEqual([]);
    expect(run.shown).not.toContain(github.token);
  }, 900_000);

  test('the real run pushes the release commit, its tag and the major tag, makes the GitHub release, and says so', async () => {
    const run = await dispatch({ bump: 'patch', version: '', 'dry-run': false }, 'real run');
    expect(run.code, run.transcript()).toBe(0);
    const outputs = run.job('release').outputs.release!;
    expect(outputs).toMatchObject({ version: NEXT, tag: `v${NEXT}`, 'release-url': `https://github.com/vfarcic/dot-ai-release/releases/tag/v${NEXT}` });
    expect(summary(run)).toEqual([`Released ${NEXT} (https://github.com/vfarcic/dot-ai-release/releases/tag/v${NEXT})`]);
    const tags = remoteTags(remote);
    expect(tags.get(`v${NEXT}`)).toEqual({ commit: outputs['release-commit'], annotated: true });
    // The moving major tag (what `uses: vfarcic/dot-ai-release@v1` resolves), never for 0.x.
    const major = NEXT.split('.')[0]!;
    expect([...tags.keys()].sort()).toEqual(major === '0' ? [`v${NEXT}`] : [`v${NEXT}`, `v${major}`].sort());
    if (major !== '0') expect(tags.get(`v${major}`)?.commit).toBe(outputs['release-commit']);
    expect(git(['rev-parse', 'main'], remote)).toBe(outputs['release-commit']);
    // The release commit carries the bundle rebuilt with the new version.
    expect(git(['show', `${outputs['release-commit']}:package.json`], remote)).toContain(`"version": "${NEXT}"`);
    expect(github.releases.map((r) => r.tag_name)).toEqual([`v${NEXT}`]);
    expect(run.shown).not.toContain(github.token);
  }, 900_000);

  test('a pushed tag releases its version: the release commit on top of the tag, pushed to main; the tag left alone', async () => {
    // The maintainer tags main as it is now (the release commit of NEXT: its files say NEXT) and pushes the tag.
    git(['pull', '--quiet', '--ff-only', 'origin', 'main'], work);
    const tagged = git(['rev-parse', 'HEAD'], work);
    git(['tag', `v${TAGGED}`], work);
    git(['push', '--quiet', 'origin', `refs/tags/v${TAGGED}`], work);
    const result = await run({ event: 'push', ref: `refs/tags/v${TAGGED}` }, 'tag push');
    expect(result.code, result.transcript()).toBe(0);
    const outputs = result.job('release').outputs.release!;
    expect(outputs).toMatchObject({ version: TAGGED, tag: `v${TAGGED}`, 'release-url': `https://github.com/vfarcic/dot-ai-release/releases/tag/v${TAGGED}` });
    expect(summary(result)).toEqual([`Released ${TAGGED} (https://github.com/vfarcic/dot-ai-release/releases/tag/v${TAGGED})`]);
    const commit = git(['rev-parse', 'main'], remote);
    expect(git(['rev-parse', `${commit}^`], remote)).toBe(tagged);
    expect(git(['show', `${commit}:package.json`], remote)).toContain(`"version": "${TAGGED}"`);
    expect(remoteTags(remote).get(`v${TAGGED}`)).toEqual({ commit: tagged, annotated: false });
    expect(github.releases.map((r) => r.tag_name)).toEqual([`v${NEXT}`, `v${TAGGED}`]);
    expect(result.shown).not.toContain(github.token);
  }, 900_000);
});
