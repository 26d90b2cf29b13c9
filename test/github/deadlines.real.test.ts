/**
 * A GitHub API that hangs, for REAL (servers of our own on loopback that accept and never answer,
 * trickle, or go silent): a deadline is said as such, in one line, after ONE request (a deadline is
 * not a server error to retry four times), and a step's requests together are bounded. A redirect
 * to another host (127.0.0.2 is another origin) is refused and that host receives nothing.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { GitHubClient } from '../../src/github/client.js';
import { createDraft, findRelease } from '../../src/github/releases.js';
import { hang, json, redirect, startHostileServer, startSilentTcp, startUnacceptingListener, trickle, trickleHeaders, type HostileServer, type TcpFault } from '../helpers/hostile-http.js';

const TOKEN = 'ghs_deadline-token-0123456789';
const TAG_PATH = '/repos/acme/demo/releases/tags/v1.2.3';
const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

async function server(address = '127.0.0.1'): Promise<HostileServer> {
  const s = await startHostileServer(address);
  stops.push(() => s.stop());
  return s;
}

async function tcp(make: () => Promise<TcpFault>): Promise<TcpFault> {
  const t = await make();
  stops.push(() => t.stop());
  return t;
}

function client(baseUrl: string, options: Partial<ConstructorParameters<typeof GitHubClient>[0]> = {}): GitHubClient {
  return new GitHubClient({ owner: 'acme', repo: 'demo', token: TOKEN, baseUrl, timeoutMs: 300, sleep: async () => undefined, ...options });
}

describe('a hung GitHub API', () => {
  test.each<[string, (s: HostileServer) => void]>([
    ['accepts the request and never answers', (s) => s.on('GET', TAG_PATH, hang())],
    ['sends its headers one byte at a time', (s) => s.on('GET', TAG_PATH, trickleHeaders(20))],
    ['sends the headers, then the body one byte at a time', (s) => s.on('GET', TAG_PATH, trickle(20, { 'content-type': 'application/json' }))],
  ])('that %s: timed out after one request, said so in one line', async (_what, script) => {
    const s = await server();
    script(s);
    const c = client(s.origin);
    await expect(findRelease(c, 'v1.2.3')).rejects.toThrow(
      new RegExp(`^read the release v1\\.2\\.3 of acme/demo: no answer from ${s.origin.replace(/\./g, '\\.')} within 0\\.3 s \\(GET /repos/acme/demo/releases/tags/v1\\.2\\.3 timed out; a deadline is not retried\\)$`),
    );
    expect(s.received.map((r) => `${r.method} ${r.path}`)).toEqual([`GET ${TAG_PATH}`]);
    expect(c.counts.GET).toBe(1);
  });

  test('a server that accepts the connection and never says a byte (raw TCP): the same', async () => {
    const silent = await tcp(() => startSilentTcp());
    const c = client(`http://${silent.host}`);
    await expect(findRelease(c, 'v1.2.3')).rejects.toThrow(`read the release v1.2.3 of acme/demo: no answer from http://${silent.host} within 0.3 s (GET ${TAG_PATH} timed out; a deadline is not retried)`);
    expect(silent.accepted()).toBe(1);
  });

  test('a port whose connections never complete: the same', async () => {
    const listener = await tcp(() => startUnacceptingListener());
    const c = client(`http://${listener.host}`);
    await expect(findRelease(c, 'v1.2.3')).rejects.toThrow(`read the release v1.2.3 of acme/demo: no answer from http://${listener.host} within 0.3 s (GET ${TAG_PATH} timed out; a deadline is not retried)`);
    expect(c.counts.GET).toBe(1);
  });

  test('a write that hangs is not sent again (it may have landed)', async () => {
    const s = await server();
    s.on('POST', '/repos/acme/demo/releases', hang());
    const c = client(s.origin);
    await expect(createDraft(c, { tag: 'v1.2.3', target: 'abc', name: 'v1.2.3', body: '', prerelease: false })).rejects.toThrow(
      `create the release v1.2.3: no answer from ${s.origin} within 0.3 s (POST /repos/acme/demo/releases timed out; a deadline is not retried)`,
    );
    expect(s.received.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  test("slow answers that each meet their deadline: the step's deadline ends them, nothing more is sent", async () => {
    const s = await server();
    // Each answer is a 502 after 150 ms (retried with backoff): the requests are each in time, the step is not.
    s.on('GET', TAG_PATH, (_req, res) => void setTimeout(() => res.writeHead(502).end('bad gateway'), 150));
    const c = client(s.origin, { timeoutMs: 5_000, sleep: (ms) => new Promise((r) => setTimeout(r, ms / 20)) });
    await expect(c.within('github-release', 400, () => findRelease(c, 'v1.2.3'))).rejects.toThrow(
      /^github-release: the GitHub API did not finish within 0\.4 s \(the step's deadline\); stopped, nothing more is sent$/,
    );
    const sent = s.received.length;
    expect(sent).toBeGreaterThanOrEqual(2);
    expect(sent).toBeLessThanOrEqual(3);
    await new Promise((r) => setTimeout(r, 400));
    expect(s.received).toHaveLength(sent); // the retry loop stopped
  });
});

describe('a redirect to another host, for real', () => {
  test('is refused; the other host receives nothing, the token least of all', async () => {
    const api = await server('127.0.0.1');
    const other = await server('127.0.0.2');
    other.on('GET', /.*/, json(404, { message: 'Not Found' }));
    api.on('GET', TAG_PATH, redirect(`${other.origin}/repos/acme/demo/releases/tags/v1.2.3`, 301));
    await expect(findRelease(client(api.origin), 'v1.2.3')).rejects.toThrow(
      `read the release v1.2.3 of acme/demo: GET ${TAG_PATH}: GitHub redirected it to another host (${other.origin}${TAG_PATH}); not followed, and the token stays with ${api.origin}: check github-api-url (GITHUB_API_URL), and the repository name`,
    );
    expect(other.received).toEqual([]);
    expect(api.received[0]?.headers.authorization).toBe(`token ${TOKEN}`);
  });
});
