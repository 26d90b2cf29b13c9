/**
 * What the bundled action (dist/index.js, run as the runner runs it) prints when a GitHub API it
 * talks to misbehaves, for REAL (a hostile server of our own on loopback): a server's text quoted
 * in the final `::error::` line stays text (`##[` neutralised, as in info lines and the summary);
 * a redirect to another host is named, and that host gets nothing; an API root with user
 * information is refused naming the input, its password never shown.
 */
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { runAction } from '../helpers/repo.js';
import { json, redirect, startHostileServer, type HostileServer } from '../helpers/hostile-http.js';
import { removeSmallRepos, smallRepo } from './small-repo-helpers.js';

const TOKEN = 'ghs_action-lines-token-42';
const servers: HostileServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.stop();
});
afterAll(removeSmallRepos);

async function server(address = '127.0.0.1'): Promise<HostileServer> {
  const s = await startHostileServer(address);
  servers.push(s);
  return s;
}

function releaseAction(dir: string, apiUrl: string) {
  return runAction({ command: 'release', 'working-directory': dir, set: '1.2.0', image: 'false', 'github-token': TOKEN, 'github-api-url': apiUrl, repository: 'acme/demo' });
}

/** The runner reads `##[` anywhere in a line and `::` at its start: no line may carry either from a server. */
function forged(stdout: string): string[] {
  return stdout.split('\n').filter((l) => /##\[/.test(l) || /^::(?!error::|warning::|debug::|group::|endgroup::|add-mask::|notice::|set-output name=[a-z-]+::)/.test(l));
}

describe('the final ::error:: line of the action', () => {
  test.each<[string, number, string, string]>([
    ['a 401 whose message holds ##[error]', 401, 'Bad credentials ##[error]forged by the server', "read the release v1.2.0 of acme/demo: GitHub refused the token (HTTP 401 (Bad credentials ##\\x5berror]forged by the server)); pass a valid token (github-token, default the job's GITHUB_TOKEN)"],
    ['a 403 whose message holds ##[add-mask]', 403, 'nope ##[add-mask]x', 'read the release v1.2.0 of acme/demo: the token may not do this (HTTP 403 (nope ##\\x5badd-mask]x)); the job needs `permissions: contents: write`'],
    ['a 500 whose message holds a line break and ::warning::', 500, 'down\n::warning::forged', 'read the release v1.2.0 of acme/demo: GitHub failed (HTTP 500 (down\\n::warning::forged)), also on retries'],
  ])('%s: the text stays text', async (_what, status, message, line) => {
    const api = await server();
    api.on('GET', /.*/, json(status, { message }));
    const repo = smallRepo();
    const run = await releaseAction(repo.dir, api.origin);
    expect(run.code).toBe(1);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors.at(-1)).toBe(`::error::${line}`);
    expect(forged(run.stdout)).toEqual([]);
  }, 60_000);

  test('a redirect to another host is named; that host receives nothing', async () => {
    const api = await server('127.0.0.1');
    const other = await server('127.0.0.2');
    other.on('GET', /.*/, json(404, { message: 'Not Found' }));
    api.on('GET', /.*/, redirect(`${other.origin}/repos/acme/demo/releases/tags/v1.2.0`, 301));
    const repo = smallRepo();
    const run = await releaseAction(repo.dir, api.origin);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n').filter((l) => l.startsWith('::error::')).at(-1)).toBe(
      `::error::read the release v1.2.0 of acme/demo: GET /repos/acme/demo/releases/tags/v1.2.0: GitHub redirected it to another host (${other.origin}/repos/acme/demo/releases/tags/v1.2.0); not followed, and the token stays with ${api.origin}: check github-api-url (GITHUB_API_URL), and the repository name`,
    );
    expect(other.received).toEqual([]);
  }, 60_000);

  test('an API root with user information: refused naming the input, the password never shown, nothing sent', async () => {
    const other = await server('127.0.0.2');
    const repo = smallRepo();
    const run = await releaseAction(repo.dir, `http://localhost:s3cret-pw@127.0.0.2:${other.port}/`);
    expect(run.code).toBe(1);
    expect(run.stdout.trim().split('\n').at(-1)).toBe(`::error::input github-api-url: "http://***@127.0.0.2:${other.port}/" carries user information before its host 127.0.0.2:${other.port} (USER:PASSWORD@); give the API root without it (the token goes in github-token)`);
    expect(run.stdout + run.stderr).not.toContain('s3cret-pw');
    expect(other.received).toEqual([]);
  }, 60_000);
});
