/**
 * The GitHub API client and release operations against the GitHub API as `nock` replays it (the
 * real API cannot be reached from here): requests, bodies and headers checked exactly; 401, 403,
 * 404 and 422 turned into one line naming the fix; 5xx retried; the token kept to GitHub's hosts.
 */
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { GitHubClient, GitHubError } from '../../src/github/client.js';
import { checkReleaseWrite, createDraft, findRelease, generateNotes, PERMISSION_PROBE_TAG, publishDraft, uploadAsset } from '../../src/github/releases.js';

const API = 'https://api.github.com';
const UPLOADS = 'https://uploads.github.com';
const TOKEN = 'ghs_test-token-123456';

function client(options: Partial<ConstructorParameters<typeof GitHubClient>[0]> = {}): GitHubClient {
  return new GitHubClient({ owner: 'acme', repo: 'demo', token: TOKEN, baseUrl: API, sleep: async () => undefined, ...options });
}

function apiRelease(overrides: Record<string, unknown> = {}) {
  return {
    id: 7, tag_name: 'v1.2.3', name: 'v1.2.3', draft: false, prerelease: false,
    html_url: 'https://github.com/acme/demo/releases/tag/v1.2.3',
    upload_url: `${UPLOADS}/repos/acme/demo/releases/7/assets{?name,label}`,
    target_commitish: 'abc', body: 'notes', assets: [], ...overrides,
  };
}

beforeAll(() => {
  nock.disableNetConnect();
});
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});
afterAll(() => {
  nock.enableNetConnect();
});

describe('findRelease', () => {
  test('a published release is found by its tag, in one request with the token', async () => {
    nock(API, { reqheaders: { authorization: `token ${TOKEN}` } })
      .get('/repos/acme/demo/releases/tags/v1.2.3')
      .reply(200, apiRelease({ assets: [{ id: 1, name: 'demo-1.2.3.tgz', size: 10, state: 'uploaded', digest: 'sha256:ab', content_type: 'application/gzip', browser_download_url: 'u' }] }));
    const c = client();
    const found = await findRelease(c, 'v1.2.3');
    expect(found).toMatchObject({ id: 7, tagName: 'v1.2.3', draft: false, assets: [{ name: 'demo-1.2.3.tgz', size: 10, digest: 'sha256:ab', state: 'uploaded' }] });
    expect(c.counts).toMatchObject({ GET: 1, POST: 0, PATCH: 0, DELETE: 0, bytesSent: 0 });
  });

  test('a draft (which the by-tag lookup does not see) is found among the newest releases', async () => {
    nock(API).get('/repos/acme/demo/releases/tags/v1.2.3').reply(404, { message: 'Not Found' });
    nock(API).get('/repos/acme/demo/releases').query({ per_page: '100' }).reply(200, [apiRelease({ id: 9, tag_name: 'v1.2.2' }), apiRelease({ id: 8, draft: true })]);
    expect(await findRelease(client(), 'v1.2.3')).toMatchObject({ id: 8, draft: true });
  });

  test('no release: undefined', async () => {
    nock(API).get('/repos/acme/demo/releases/tags/v1.2.3').reply(404, { message: 'Not Found' });
    nock(API).get('/repos/acme/demo/releases').query(true).reply(200, []);
    expect(await findRelease(client(), 'v1.2.3')).toBeUndefined();
  });
});

describe('notes, creation, upload, publishing', () => {
  test('generate-notes is asked for the tag, its commit and the configuration file', async () => {
    let body: unknown;
    nock(API).post('/repos/acme/demo/releases/generate-notes', (b) => ((body = b), true)).reply(200, { name: 'v1.2.3', body: '## What\'s Changed\n* x by @y' });
    const notes = await generateNotes(client(), { tag: 'v1.2.3', target: 'abc', configurationFile: '.github/release.yml' });
    expect(notes.body).toContain("What's Changed");
    expect(body).toEqual({ tag_name: 'v1.2.3', target_commitish: 'abc', configuration_file_path: '.github/release.yml' });
  });

  test('a release is created as a draft, its asset uploaded to the upload host, then published as latest', async () => {
    let created: unknown;
    nock(API).post('/repos/acme/demo/releases', (b) => ((created = b), true)).reply(201, apiRelease({ draft: true }));
    const bytes = new Uint8Array([1, 2, 3, 4]);
    nock(UPLOADS, { reqheaders: { authorization: `token ${TOKEN}`, 'content-type': 'application/gzip', 'content-length': '4' } })
      .post('/repos/acme/demo/releases/7/assets')
      .query({ name: 'demo-1.2.3.tgz' })
      .reply(201, (_uri, body) => ({ id: 3, name: 'demo-1.2.3.tgz', size: Buffer.from(body as string, 'hex').length || 4, state: 'uploaded', content_type: 'application/gzip', browser_download_url: 'u' }));
    let patched: unknown;
    nock(API).patch('/repos/acme/demo/releases/7', (b) => ((patched = b), true)).reply(200, apiRelease({ draft: false }));
    const c = client();
    const draft = await createDraft(c, { tag: 'v1.2.3', target: 'abc', name: 'v1.2.3', body: 'notes', prerelease: false });
    expect(created).toEqual({ tag_name: 'v1.2.3', target_commitish: 'abc', name: 'v1.2.3', body: 'notes', draft: true, prerelease: false });
    const asset = await uploadAsset(c, draft!, { name: 'demo-1.2.3.tgz', bytes, contentType: 'application/gzip' });
    expect(asset).toMatchObject({ name: 'demo-1.2.3.tgz', state: 'uploaded' });
    const published = await publishDraft(c, draft!, true);
    expect(published.draft).toBe(false);
    expect(patched).toEqual({ draft: false, prerelease: false, make_latest: 'true' });
    expect(c.counts).toMatchObject({ POST: 2, PATCH: 1, bytesSent: expect.any(Number) });
  });

  test('a prerelease is never made latest', async () => {
    let patched: unknown;
    nock(API).patch('/repos/acme/demo/releases/7', (b) => ((patched = b), true)).reply(200, apiRelease({ prerelease: true }));
    await publishDraft(client(), { ...(await Promise.resolve({ id: 7, tagName: 'v2.0.0-rc.1', name: '', draft: true, prerelease: true, htmlUrl: '', uploadUrl: '', targetCommitish: '', body: '', assets: [] })) }, true);
    expect(patched).toEqual({ draft: false, prerelease: true, make_latest: 'false' });
  });

  test('422 already_exists on creation (another run made it meanwhile) is "look again", not a failure', async () => {
    nock(API).post('/repos/acme/demo/releases').reply(422, { message: 'Validation Failed', errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }] });
    expect(await createDraft(client(), { tag: 'v1.2.3', target: 'abc', name: 'v1.2.3', body: '', prerelease: false })).toBeUndefined();
  });

  test('422 already_exists on an asset upload (a retried upload had landed) is "look again"', async () => {
    nock(UPLOADS).post('/repos/acme/demo/releases/7/assets').query(true).reply(422, { message: 'Validation Failed', errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }] });
    const release = { id: 7, tagName: 'v1.2.3', name: '', draft: true, prerelease: false, htmlUrl: '', uploadUrl: `${UPLOADS}/repos/acme/demo/releases/7/assets{?name,label}`, targetCommitish: '', body: '', assets: [] };
    expect(await uploadAsset(client(), release, { name: 'a.tgz', bytes: new Uint8Array([1]), contentType: 'application/gzip' })).toBeUndefined();
  });
});

describe('failures, one line each', () => {
  test.each([
    [401, { message: 'Bad credentials' }, {}, /^read the release v1\.2\.3 of acme\/demo: GitHub refused the token \(HTTP 401 \(Bad credentials\)\); pass a valid token/],
    [403, { message: 'Resource not accessible by integration' }, { 'x-accepted-github-permissions': 'contents=read' }, /the token may not do this \(HTTP 403 \(Resource not accessible by integration\)\) \(the API accepts: contents=read\); the job needs `permissions: contents: write`/],
    [403, { message: 'API rate limit exceeded' }, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1700000000' }, /rate limit is spent .* wait until 1700000000/],
  ])('HTTP %i', async (status, body, headers, message) => {
    nock(API).get('/repos/acme/demo/releases/tags/v1.2.3').reply(status, body, headers);
    await expect(findRelease(client(), 'v1.2.3')).rejects.toThrow(message);
  });

  test('HTTP 404 on the repository names it', async () => {
    nock(API).get('/repos/acme/demo/releases/tags/v1.2.3').reply(404, { message: 'Not Found' });
    nock(API).get('/repos/acme/demo/releases').query(true).reply(404, { message: 'Not Found' });
    await expect(findRelease(client(), 'v1.2.3')).rejects.toThrow(/^list the releases of acme\/demo: not found \(HTTP 404 \(Not Found\)\); check the repository name, and that the token can see it$/);
  });

  test('5xx is retried with backoff until it answers', async () => {
    const waits: number[] = [];
    nock(API).get('/repos/acme/demo/releases/tags/v1.2.3').reply(502, 'bad gateway').get('/repos/acme/demo/releases/tags/v1.2.3').reply(503, {}).get('/repos/acme/demo/releases/tags/v1.2.3').reply(200, apiRelease());
    const c = client({ sleep: async (ms) => void waits.push(ms) });
    expect(await findRelease(c, 'v1.2.3')).toMatchObject({ id: 7 });
    expect(waits).toEqual([500, 1000]);
    expect(c.counts.GET).toBe(3);
  });

  test('5xx on every attempt fails naming the status', async () => {
    nock(API).get('/repos/acme/demo/releases/tags/v1.2.3').times(4).reply(500, { message: 'Server Error' });
    await expect(findRelease(client(), 'v1.2.3')).rejects.toThrow(/^read the release v1\.2\.3 of acme\/demo: GitHub failed \(HTTP 500 \(Server Error\)\), also on retries$/);
  });

  test('the token never goes to a host that did not issue it', async () => {
    const c = client();
    const release = { id: 7, tagName: 'v1.2.3', name: '', draft: true, prerelease: false, htmlUrl: '', uploadUrl: 'https://evil.example/upload{?name,label}', targetCommitish: '', body: '', assets: [] };
    await expect(uploadAsset(c, release, { name: 'a.tgz', bytes: new Uint8Array([1]), contentType: 'application/gzip' })).rejects.toThrow(/refusing to send the GitHub token to https:\/\/evil\.example/);
  });

  test('a response larger than the cap is not read', async () => {
    nock(API).get('/repos/acme/demo/releases/tags/v1.2.3').reply(200, 'x'.repeat(2048));
    await expect(findRelease(client({ maxResponseBytes: 1024 }), 'v1.2.3')).rejects.toThrow(/larger than 1024 bytes/);
  });
});

describe('the permission check changes nothing', () => {
  test('permitted: GitHub validates the malformed tag and answers 422; nothing is created', async () => {
    let body: unknown;
    nock(API).post('/repos/acme/demo/releases', (b) => ((body = b), true)).reply(422, {
      message: 'Validation Failed',
      errors: [{ resource: 'Release', code: 'custom', field: 'tag_name', message: 'tag_name is not well-formed' }, { resource: 'Release', code: 'custom', message: 'Published releases must have a valid tag' }],
    });
    await checkReleaseWrite(client());
    expect(body).toMatchObject({ tag_name: PERMISSION_PROBE_TAG, draft: false });
  });

  test('refused: 403 names the permissions line', async () => {
    nock(API).post('/repos/acme/demo/releases').reply(403, { message: 'Resource not accessible by integration' }, { 'x-accepted-github-permissions': 'contents=write' });
    await expect(checkReleaseWrite(client())).rejects.toThrow(/^the token may not create releases in acme\/demo \(HTTP 403\); add `permissions: contents: write` to the job/);
  });

  test('should the API ever accept it, the release is deleted at once', async () => {
    nock(API).post('/repos/acme/demo/releases').reply(201, apiRelease({ id: 99 }));
    nock(API).delete('/repos/acme/demo/releases/99').reply(204);
    await checkReleaseWrite(client());
  });

  test('a bad token is named as such', async () => {
    nock(API).post('/repos/acme/demo/releases').reply(401, { message: 'Bad credentials' });
    const error = await checkReleaseWrite(client()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubError);
    expect((error as GitHubError).kind).toBe('unauthorized');
  });
});
