/**
 * The GitHub client's guards, against the API as `nock` replays it: redirects followed only
 * within the hosts the token belongs to (one to another host is refused, naming it, and that host
 * gets nothing), the API root input refused when it carries user information or is not https, and
 * the step's deadline. (A hung server, for real, is in deadlines.real.test.ts.)
 */
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { GitHubClient, GitHubError, parseApiUrl, seconds } from '../../src/github/client.js';
import { findRelease, uploadAsset } from '../../src/github/releases.js';

const API = 'https://api.github.com';
const TOKEN = 'ghs_test-token-123456';
const TAG_PATH = '/repos/acme/demo/releases/tags/v1.2.3';

function client(options: Partial<ConstructorParameters<typeof GitHubClient>[0]> = {}): GitHubClient {
  return new GitHubClient({ owner: 'acme', repo: 'demo', token: TOKEN, baseUrl: API, sleep: async () => undefined, ...options });
}

const release = { id: 7, tag_name: 'v1.2.3', name: 'v1.2.3', draft: false, prerelease: false, html_url: 'h', upload_url: 'u', target_commitish: 'abc', body: '', assets: [] };

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});
afterAll(() => nock.enableNetConnect());

describe('redirects', () => {
  test('within the API host (a renamed repository): followed, with the token', async () => {
    nock(API).get(TAG_PATH).reply(301, '', { location: `${API}/repositories/42/releases/tags/v1.2.3` });
    nock(API, { reqheaders: { authorization: `token ${TOKEN}` } }).get('/repositories/42/releases/tags/v1.2.3').reply(200, release);
    const c = client();
    expect(await findRelease(c, 'v1.2.3')).toMatchObject({ id: 7 });
    expect(c.counts.GET).toBe(2);
  });

  test('a relative Location is resolved against the request', async () => {
    nock(API).get(TAG_PATH).reply(302, '', { location: '/repositories/42/releases/tags/v1.2.3' });
    nock(API).get('/repositories/42/releases/tags/v1.2.3').reply(200, release);
    expect(await findRelease(client(), 'v1.2.3')).toMatchObject({ id: 7 });
  });

  test('a 307 of a POST repeats the POST with its body; a 303 becomes a GET', async () => {
    let repeated: unknown;
    nock(API).post('/repos/acme/demo/releases/generate-notes').reply(307, '', { location: `${API}/repositories/42/releases/generate-notes` });
    nock(API).post('/repositories/42/releases/generate-notes', (b) => ((repeated = b), true)).reply(303, '', { location: `${API}/repositories/42/notes` });
    nock(API).get('/repositories/42/notes').reply(200, { name: 'v1.2.3', body: 'notes' });
    const { generateNotes } = await import('../../src/github/releases.js');
    expect((await generateNotes(client(), { tag: 'v1.2.3', target: 'abc' })).body).toBe('notes');
    expect(repeated).toEqual({ tag_name: 'v1.2.3', target_commitish: 'abc' });
  });

  // Each member: where the API sends the request; nothing is defined on that host, so a request there would fail differently.
  test.each([
    ['another host', 'https://evil.example/repos/acme/demo/releases/tags/v1.2.3', 'https://evil.example/repos/acme/demo/releases/tags/v1.2.3'],
    ['the same host over plain http', 'http://api.github.com/repos/acme/demo/releases/tags/v1.2.3', 'http://api.github.com/repos/acme/demo/releases/tags/v1.2.3'],
    ['the same host on another port', 'https://api.github.com:8443/x', 'https://api.github.com:8443/x'],
    ['a look-alike host', 'https://api.github.com.evil.example/repos/acme/demo', 'https://api.github.com.evil.example/repos/acme/demo'],
    ['a host given as user information', 'https://api.github.com@evil.example/x', 'https://evil.example/x'],
  ])('to %s: refused, naming it; the 404 is not blamed on the repository', async (_what, location, shown) => {
    nock(API).get(TAG_PATH).reply(301, '', { location });
    const c = client();
    const error = await findRelease(c, 'v1.2.3').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubError);
    expect((error as GitHubError).kind).toBe('redirect');
    expect((error as Error).message).toBe(
      `read the release v1.2.3 of acme/demo: GET ${TAG_PATH}: GitHub redirected it to another host (${shown}); not followed, and the token stays with https://api.github.com, https://uploads.github.com: check github-api-url (GITHUB_API_URL), and the repository name`,
    );
    expect(c.counts.GET).toBe(1); // not retried either
  });

  test('an upload redirected off the upload host is refused the same way', async () => {
    nock('https://uploads.github.com').post('/repos/acme/demo/releases/7/assets').query(true).reply(307, '', { location: 'https://storage.evil.example/put' });
    const r = { id: 7, tagName: 'v1.2.3', name: '', draft: true, prerelease: false, htmlUrl: '', uploadUrl: 'https://uploads.github.com/repos/acme/demo/releases/7/assets{?name,label}', targetCommitish: '', body: '', assets: [] };
    await expect(uploadAsset(client(), r, { name: 'a.tgz', bytes: new Uint8Array([1]), contentType: 'application/gzip' })).rejects.toThrow(
      'attach a.tgz to the release v1.2.3: POST /repos/acme/demo/releases/7/assets: GitHub redirected it to another host (https://storage.evil.example/put); not followed',
    );
  });

  test('a redirect loop stops after 5 hops; a redirect without Location is named', async () => {
    nock(API).get(TAG_PATH).times(6).reply(302, '', { location: TAG_PATH });
    await expect(findRelease(client(), 'v1.2.3')).rejects.toThrow(`read the release v1.2.3 of acme/demo: GET ${TAG_PATH}: more than 5 redirects; not followed further`);
    nock(API).get(TAG_PATH).reply(302, '');
    await expect(findRelease(client(), 'v1.2.3')).rejects.toThrow(`read the release v1.2.3 of acme/demo: GET ${TAG_PATH}: GitHub answered HTTP 302 without a Location`);
  });
});

describe('the API root input', () => {
  test.each([
    ['http://localhost:1@other/', 'input github-api-url: "http://***@other/" carries user information before its host other (USER:PASSWORD@); give the API root without it (the token goes in github-token)'],
    ['http://127.0.0.1:80@evil.example/api', 'input github-api-url: "http://***@evil.example/api" carries user information before its host evil.example (USER:PASSWORD@); give the API root without it (the token goes in github-token)'],
    ['https://user:s3cret@api.github.com', 'input github-api-url: "https://***@api.github.com" carries user information before its host api.github.com (USER:PASSWORD@); give the API root without it (the token goes in github-token)'],
    ['https://ghp_abcdef@ghe.example/api/v3', 'input github-api-url: "https://***@ghe.example/api/v3" carries user information before its host ghe.example (USER:PASSWORD@); give the API root without it (the token goes in github-token)'],
    ['http://localhost.evil.example/', 'input github-api-url: "http://localhost.evil.example/" is not an https URL (plain http only to 127.0.0.1, localhost or [::1])'],
    ['http://api.github.com', 'input github-api-url: "http://api.github.com" is not an https URL (plain http only to 127.0.0.1, localhost or [::1])'],
    ['ftp://api.github.com', 'input github-api-url: "ftp://api.github.com" is not an https URL (plain http only to 127.0.0.1, localhost or [::1])'],
    ['api.github.com', 'input github-api-url: "api.github.com" is not a URL (the API root, e.g. https://api.github.com or https://HOST/api/v3)'],
    ['https://api.github.com/?per_page=1', 'input github-api-url: "https://api.github.com/?per_page=1" has a query or fragment; give the API root only'],
    ['https://api.github.com/#x', 'input github-api-url: "https://api.github.com/#x" has a query or fragment; give the API root only'],
  ])('%s is refused, naming the input, the password never shown', (value, message) => {
    expect(() => parseApiUrl(value, 'input github-api-url')).toThrow(message);
    expect(() => parseApiUrl(value, 'input github-api-url')).not.toThrow(/s3cret|ghp_abcdef/);
  });

  test.each([
    ['https://api.github.com', 'https://api.github.com'],
    ['https://ghe.example/api/v3/', 'https://ghe.example/api/v3'],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080'],
    ['http://localhost:3000/', 'http://localhost:3000'],
    ['http://[::1]:9/', 'http://[::1]:9'],
  ])('%s is an API root', (value, root) => {
    expect(parseApiUrl(value, 'input github-api-url')).toBe(root);
  });
});

describe('deadlines', () => {
  test('seconds as people read them', () => {
    expect([seconds(60_000), seconds(200), seconds(1500), seconds(300_000)]).toEqual(['60 s', '0.2 s', '1.5 s', '300 s']);
  });

  test("the step's deadline stops a run of retries: one line, no further request", async () => {
    // Every answer is a 502 (retried with backoff); the step's budget runs out during the second wait.
    nock(API).get(TAG_PATH).times(2).reply(502, 'bad gateway');
    const c = client({ sleep: (ms) => new Promise((r) => setTimeout(r, ms / 10)) });
    await expect(c.within('github-release', 120, () => findRelease(c, 'v1.2.3'))).rejects.toThrow(
      /^github-release: the GitHub API did not finish within 0\.12 s \(the step's deadline\); stopped, nothing more is sent$/,
    );
    await new Promise((r) => setTimeout(r, 200)); // the retry loop notices the deadline and sends nothing more
    expect(c.counts.GET).toBe(2);
  });
});
