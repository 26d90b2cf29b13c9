/**
 * Downstream events, for REAL against the fake GitHub on loopback (GitHub cannot be reached from
 * here): after the GitHub release, one repository_dispatch per target with the version and the
 * published references as client_payload, each with its own token (masked); recorded in the
 * release's body so a re-run sends nothing (redispatch sends again); a repository the token cannot
 * see (404) refused in preflight, before anything is published, and one it may not write (403)
 * named with the fix and sent by the re-run once the token is right; a dry run prints.
 */
import { afterAll, afterEach, beforeEach, describe, expect, test } from 'vitest';
import { run as releaseCommand } from '../../src/commands/release.js';
import type { Options } from '../../src/config/options.js';
import { runInProcess } from '../helpers/capture.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github-helpers.js';
import { remoteTags, workTree } from './helpers.js';
import { removeSmallRepos, smallRepo } from './small-repo-helpers.js';

const CLI_TOKEN = 'ghp_cli-dispatch-token-0123';
const WEBSITE_TOKEN = 'ghp_website-token-4567';
const TARGETS = 'dispatch:\n  - { repository: acme/cli, event: server-release }\n  - { repository: acme/website, event: upstream-release, tokenEnv: WEBSITE_TOKEN }\n';

let github: FakeGitHub;
const saved = { ...process.env };
beforeEach(async () => {
  github = await startFakeGitHub('acme', 'demo');
  github.repositories.set('acme/cli', { readers: [CLI_TOKEN], writers: [CLI_TOKEN] });
  github.repositories.set('acme/website', { readers: [WEBSITE_TOKEN], writers: [WEBSITE_TOKEN] });
  process.env.WEBSITE_TOKEN = WEBSITE_TOKEN;
  delete process.env.GITHUB_REF;
});
afterEach(async () => {
  process.env = { ...saved };
  await github.stop();
});
afterAll(removeSmallRepos);

function release(dir: string, extra: Options = {}) {
  return runInProcess(releaseCommand, {
    'working-directory': dir, set: '1.2.0', image: 'false', 'github-token': github.token, 'github-api-url': github.url, repository: 'acme/demo', 'dispatch-token': CLI_TOKEN, ...extra,
  });
}

function step(run: Awaited<ReturnType<typeof release>>, name: string): string | undefined {
  const s = (run.result?.json as { steps: { name: string; status: string; reason?: string }[] } | undefined)?.steps.find((x) => x.name === name);
  return s && `${s.status}${s.reason ? `: ${s.reason}` : ''}`;
}

describe('dispatch', () => {
  test('one event per target after the GitHub release, its references as client_payload, each with its token; recorded; a re-run sends nothing; redispatch sends again', async () => {
    const repo = smallRepo(`chart: false\nimages: []\n${TARGETS}`);
    const run = await release(repo.dir);
    expect(run.error, run.reporter.text()).toBeUndefined();
    const commit = repo.git(['rev-parse', 'HEAD']);
    const payload = {
      version: '1.2.0', tag: 'v1.2.0', prerelease: false, repository: 'acme/demo', release_url: 'https://github.com/acme/demo/releases/tag/v1.2.0', release_commit: commit,
      images: [], chart: null, npm: null,
    };
    expect(github.dispatches).toEqual([
      { repository: 'acme/cli', event_type: 'server-release', client_payload: payload, token: CLI_TOKEN },
      { repository: 'acme/website', event_type: 'upstream-release', client_payload: payload, token: WEBSITE_TOKEN },
    ]);
    const body = github.releases[0]?.body ?? '';
    expect(body.endsWith('<!-- dot-ai-release dispatched: acme/cli server-release -->\n<!-- dot-ai-release dispatched: acme/website upstream-release -->\n')).toBe(true);
    expect(run.reporter.lines).toContain('info: sent server-release to acme/cli; recorded in the GitHub release v1.2.0');
    expect(run.result?.summary).toContain('events sent: server-release to acme/cli, upstream-release to acme/website');
    // The tokens were masked from the start and never printed.
    expect(run.reporter.secrets).toEqual(expect.arrayContaining([CLI_TOKEN, WEBSITE_TOKEN, github.token]));
    expect(run.reporter.text()).not.toMatch(/ghp_/);

    // A re-run of the finished release: the record is found; nothing is sent or written.
    const before = github.requests.length;
    const rerun = await release(repo.dir);
    expect(rerun.error, rerun.reporter.text()).toBeUndefined();
    expect(step(rerun, 'dispatch')).toBe('already-done: sent before, as the GitHub release v1.2.0 records: server-release to acme/cli, upstream-release to acme/website (redispatch sends them again)');
    expect(github.dispatches).toHaveLength(2);
    expect(github.requests.slice(before).filter((r) => r.method !== 'GET')).toEqual([]); // reads only

    // Asked to: sent again; the body records each event once.
    const again = await release(repo.dir, { redispatch: true });
    expect(again.error, again.reporter.text()).toBeUndefined();
    expect(github.dispatches.map((d) => d.repository)).toEqual(['acme/cli', 'acme/website', 'acme/cli', 'acme/website']);
    expect(again.reporter.lines).toContain('info: sent server-release to acme/cli (again: redispatch); recorded in the GitHub release v1.2.0');
    expect(github.releases[0]?.body).toBe(body);
  });

  test('to the release\'s own repository the job token is enough', async () => {
    const repo = smallRepo('chart: false\ndispatch:\n  - { repository: acme/demo, event: rebuild }\n');
    const run = await release(repo.dir, { 'dispatch-token': undefined });
    expect(run.error, run.reporter.text()).toBeUndefined();
    expect(github.dispatches.map((d) => [d.repository, d.event_type, d.token])).toEqual([['acme/demo', 'rebuild', github.token]]);
  });

  test('a repository the token cannot see: refused in preflight (404, named with the fix); nothing is published', async () => {
    const repo = smallRepo('chart: false\ndispatch:\n  - { repository: acme/private, event: server-release }\n');
    const before = { files: workTree(repo.dir), remote: repo.git(['ls-remote', repo.remote]) };
    const run = await release(repo.dir);
    expect(run.error).toBe("check that server-release can be sent to acme/private: GitHub answered 404: acme/private does not exist, or the token cannot see it; give a token that can (the dispatch-token input, or the target's tokenEnv): the job's GITHUB_TOKEN reaches only the repository the job runs in");
    expect(step(run, 'preflight')).toMatch(/^failed: /);
    expect({ files: workTree(repo.dir), remote: repo.git(['ls-remote', repo.remote]) }).toEqual(before);
    expect(github.releases).toEqual([]);
    expect(github.dispatches).toEqual([]);
  });

  test('a repository the token may read but not write: 403 named with the fix; the re-run with a token that may sends it', async () => {
    const readOnly = 'ghp_read-only-token-89';
    github.repositories.set('acme/cli', { readers: [readOnly, CLI_TOKEN], writers: [CLI_TOKEN] });
    const repo = smallRepo('chart: false\ndispatch:\n  - { repository: acme/cli, event: server-release }\n');
    const run = await release(repo.dir, { 'dispatch-token': readOnly });
    expect(run.error).toBe('send server-release to acme/cli: GitHub answered 403 (Resource not accessible by personal access token): the token may not send events to acme/cli; it needs Contents: read and write on acme/cli (a fine-grained token) or the repo scope (a classic token)');
    expect(step(run, 'github-release')).toMatch(/^done/); // published before: the event is what is missing
    expect(github.dispatches).toEqual([]);
    expect(github.releases[0]?.body).not.toContain('dispatched');

    const fixed = await release(repo.dir, { 'dispatch-token': CLI_TOKEN });
    expect(fixed.error, fixed.reporter.text()).toBeUndefined();
    expect(step(fixed, 'github-release')).toMatch(/^already-done/);
    expect(github.dispatches.map((d) => d.token)).toEqual([CLI_TOKEN]);
    expect(remoteTags(repo.remote).has('v1.2.0')).toBe(true);
  });

  test.each<[string, Options, Record<string, string | undefined>, string]>([
    ['no token for another repository', { 'dispatch-token': undefined }, {}, "input dispatch-token: required to send server-release to acme/cli (dot-ai-release.yaml: dispatch[0]): the job's GITHUB_TOKEN reaches only the repository the job runs in; pass a token that can (e.g. ${{ secrets.DISPATCH_TOKEN }}), or name a variable in tokenEnv"],
    ['its tokenEnv not set', {}, { WEBSITE_TOKEN: undefined }, 'dot-ai-release.yaml: dispatch[1].tokenEnv: WEBSITE_TOKEN is not set; it holds the token that sends upstream-release to acme/website'],
  ])('refused before anything runs: %s', async (_what, options, env, message) => {
    const repo = smallRepo(`chart: false\nimages: []\n${TARGETS}`);
    for (const [name, value] of Object.entries(env)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    const run = await release(repo.dir, options);
    expect(run.error).toBe(message);
    expect(github.requests).toEqual([]);
  });

  test('a dry run prints the events instead of sending them', async () => {
    const repo = smallRepo(`chart: false\nimages: []\n${TARGETS}`);
    const run = await release(repo.dir, { 'dry-run': true });
    expect(run.error, run.reporter.text()).toBeUndefined();
    expect(step(run, 'dispatch')).toBe('skipped: dry run: the events above were printed, not sent');
    const printed = run.reporter.lines.filter((l) => l.startsWith('info: dispatch (printed, not sent): '));
    expect(printed).toHaveLength(2);
    expect(printed[0]).toMatch(new RegExp(`^info: dispatch \\(printed, not sent\\): POST ${github.url}/repos/acme/cli/dispatches  \\{"event_type":"server-release","client_payload":\\{"version":"1\\.2\\.0","tag":"v1\\.2\\.0",`));
    expect(github.dispatches).toEqual([]);
    expect(github.requests.filter((r) => r.path.endsWith('/dispatches'))).toEqual([]);
  });
});
