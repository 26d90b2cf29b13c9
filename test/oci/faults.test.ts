/**
 * What cannot run here: GHCR's Bearer token flow and registry faults (401/403/429/5xx, connection
 * resets mid-upload), simulated with undici's MockAgent behind Node's global fetch.
 * Why not nock: nock 15 intercepts fetch through @mswjs/interceptors, which needs
 * Promise.withResolvers (Node 22+); on this Node 20 every intercepted fetch fails, and even with a
 * polyfill `replyWithError` left fetch hanging. MockAgent is undici's own and works on Node 20 and 24.
 */
import { Buffer } from 'node:buffer';
import { getGlobalDispatcher, MockAgent, setGlobalDispatcher, type Dispatcher } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  MEDIA_TYPE,
  pushArtifact,
  RegistryClient,
  RegistryError,
  sha256Digest,
  type RegistryClientOptions,
} from '../../src/oci/index.js';
import { expectNoSecrets, makeArtifact } from './fixtures.js';

const GHCR = 'https://ghcr.io';
const REPO = 'vfarcic/dot-ai';
const USER = 'vfarcic';
const GITHUB_TOKEN = 'ghs_FAKEtokenValue0123456789abcdef';
const PULL_TOKEN = 'registry-token-pull-7f3a9c';
const PUSH_TOKEN = 'registry-token-push-1b2e8d';
const SECRETS = [GITHUB_TOKEN, PULL_TOKEN, PUSH_TOKEN, Buffer.from(`${USER}:${GITHUB_TOKEN}`).toString('base64')];

let agent: MockAgent;
let previous: Dispatcher;
let logLines: string[];
let sleeps: number[];

beforeEach(() => {
  previous = getGlobalDispatcher();
  agent = new MockAgent();
  agent.disableNetConnect();
  setGlobalDispatcher(agent);
  logLines = [];
  sleeps = [];
});

afterEach(async () => {
  setGlobalDispatcher(previous);
  await agent.close();
  expectNoSecrets(logLines, SECRETS);
});

function ghcrClient(extra: Partial<RegistryClientOptions> = {}): RegistryClient {
  return new RegistryClient({
    registry: 'ghcr.io',
    credentials: { username: USER, password: GITHUB_TOKEN },
    log: (line) => logLines.push(line),
    retry: { sleep: async (ms) => void sleeps.push(ms), random: () => 0.5 },
    ...extra,
  });
}

function header(headers: unknown, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = (headers as Record<string, string | undefined> | undefined)?.[name];
  return value;
}

const challenge = (scope: string) => ({
  'www-authenticate': `Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="${scope}"`,
});
const json = { 'content-type': 'application/json' };

describe('GHCR-style Bearer token flow', () => {
  it('fetches one token per scope with Basic credentials and reuses it across requests', async () => {
    const manifest = makeArtifact([10]).manifest;
    const digest = sha256Digest(manifest);
    const pool = agent.get(GHCR);
    const tokenRequests: Array<{ scope: string[]; authorization: string | undefined }> = [];
    pool
      .intercept({ path: (p) => p.startsWith('/token?'), method: 'GET' })
      .reply((opts) => {
        const url = new URL(opts.path, GHCR);
        tokenRequests.push({ scope: url.searchParams.getAll('scope'), authorization: header(opts.headers, 'authorization') });
        expect(url.searchParams.get('service')).toBe('ghcr.io');
        const push = url.searchParams.getAll('scope').some((s) => s.endsWith(':pull,push'));
        return { statusCode: 200, data: JSON.stringify({ token: push ? PUSH_TOKEN : PULL_TOKEN }), responseOptions: { headers: json } };
      })
      .persist();
    const manifestHeaders = { 'content-type': MEDIA_TYPE.ociManifest, 'docker-content-digest': digest, 'content-length': String(manifest.byteLength) };
    for (const method of ['HEAD', 'GET']) {
      pool
        .intercept({ path: `/v2/${REPO}/manifests/1.6.1-rc.1`, method })
        .reply((opts) => {
          const auth = header(opts.headers, 'authorization');
          if (auth !== `Bearer ${PULL_TOKEN}` && auth !== `Bearer ${PUSH_TOKEN}`) {
            return { statusCode: 401, data: '', responseOptions: { headers: challenge(`repository:${REPO}:pull`) } };
          }
          return { statusCode: 200, data: method === 'GET' ? Buffer.from(manifest) : '', responseOptions: { headers: manifestHeaders } };
        })
        .persist();
    }
    pool
      .intercept({ path: `/v2/${REPO}/manifests/1.6.1`, method: 'PUT' })
      .reply((opts) => {
        if (header(opts.headers, 'authorization') !== `Bearer ${PUSH_TOKEN}`) {
          return { statusCode: 401, data: '', responseOptions: { headers: challenge(`repository:${REPO}:pull,push`) } };
        }
        return { statusCode: 201, data: '', responseOptions: { headers: { 'docker-content-digest': digest } } };
      })
      .persist();

    const repo = ghcrClient().repository(REPO);
    // Three parallel pulls share one token request.
    const resolved = await Promise.all([repo.resolve('1.6.1-rc.1'), repo.resolve('1.6.1-rc.1'), repo.resolve('1.6.1-rc.1')]);
    expect(resolved.map((d) => d.digest)).toEqual([digest, digest, digest]);
    await repo.resolve('1.6.1-rc.1');
    expect(tokenRequests).toHaveLength(1);
    // Promotion needs push: one more token, for the push scope.
    await repo.tag('1.6.1-rc.1', '1.6.1');
    await repo.tag('1.6.1-rc.1', '1.6.1');
    expect(tokenRequests.map((t) => t.scope)).toEqual([[`repository:${REPO}:pull`], [`repository:${REPO}:pull,push`]]);
    const basic = `Basic ${Buffer.from(`${USER}:${GITHUB_TOKEN}`).toString('base64')}`;
    expect(tokenRequests.every((t) => t.authorization === basic)).toBe(true);
    expect(logLines.some((l) => l.includes('token request https://ghcr.io/token'))).toBe(true);
  });

  it('reports a rejected GITHUB_TOKEN at the token endpoint as 401 naming registry and user only', async () => {
    const pool = agent.get(GHCR);
    pool.intercept({ path: `/v2/${REPO}/tags/list?n=1000`, method: 'GET' }).reply(401, '', { headers: challenge(`repository:${REPO}:pull`) });
    pool
      .intercept({ path: (p) => p.startsWith('/token?'), method: 'GET' })
      .reply(401, JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }] }), { headers: json });
    const error = (await ghcrClient().repository(REPO).listTags().catch((e: unknown) => e)) as RegistryError;
    expect(error).toBeInstanceOf(RegistryError);
    expect(error.kind).toBe('unauthorized');
    expect(error.message).toBe(
      'list tags of ghcr.io/vfarcic/dot-ai (token from ghcr.io): registry ghcr.io rejected the credentials of user "vfarcic" (HTTP 401: UNAUTHORIZED authentication required)',
    );
    for (const secret of SECRETS) expect(error.message).not.toContain(secret);
  });

  it('refuses to send credentials to a token realm that is not HTTPS', async () => {
    agent
      .get(GHCR)
      .intercept({ path: `/v2/${REPO}/manifests/x`, method: 'HEAD' })
      .reply(401, '', { headers: { 'www-authenticate': 'Bearer realm="http://evil.example/token",service="ghcr.io"' } });
    const error = (await ghcrClient().repository(REPO).resolve('x').catch((e: unknown) => e)) as RegistryError;
    expect(error.message).toContain('sent token realm http://evil.example, which is not HTTPS; refusing to send credentials there');
  });
});

describe('registry faults', () => {
  it('explains GHCR permission_denied: write_package', async () => {
    const artifact = makeArtifact([5]);
    const pool = agent.get(GHCR);
    pool.intercept({ path: (p) => p.startsWith(`/v2/${REPO}/blobs/sha256:`), method: 'HEAD' }).reply(200, '').persist();
    pool
      .intercept({ path: `/v2/${REPO}/manifests/1.6.1`, method: 'PUT' })
      .reply(403, JSON.stringify({ errors: [{ code: 'DENIED', message: 'permission_denied: write_package' }] }), { headers: json });
    const error = (await pushArtifact(ghcrClient({ credentials: undefined }).repository(REPO), { ...artifact, tag: '1.6.1' }).catch((e: unknown) => e)) as RegistryError;
    expect(error.kind).toBe('denied');
    expect(error.status).toBe(403);
    expect(error.hasCode('DENIED')).toBe(true);
    expect(error.message).toBe(
      'push manifest 1.6.1 to ghcr.io/vfarcic/dot-ai: registry ghcr.io denied access to ghcr.io/vfarcic/dot-ai (HTTP 403: DENIED permission_denied: write_package); the workflow needs `permissions: packages: write`, and the package\'s "Manage Actions access" settings must grant this repository the Write role',
    );
  });

  it('reports NAME_UNKNOWN for a missing namespace', async () => {
    agent
      .get(GHCR)
      .intercept({ path: `/v2/nobody/nothing/manifests/1.6.1`, method: 'GET' })
      .reply(404, JSON.stringify({ errors: [{ code: 'NAME_UNKNOWN', message: 'repository name not known to registry' }] }), { headers: json });
    const error = (await ghcrClient({ credentials: undefined }).repository('nobody/nothing').fetchManifest('1.6.1').catch((e: unknown) => e)) as RegistryError;
    expect(error.message).toBe(
      'fetch manifest ghcr.io/nobody/nothing:1.6.1: repository ghcr.io/nobody/nothing does not exist (NAME_UNKNOWN); check the namespace/name spelling and that it was pushed before',
    );
  });

  it('honours Retry-After on 429 (seconds and HTTP date) and then succeeds', async () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    const pool = agent.get(GHCR);
    pool.intercept({ path: `/v2/${REPO}/manifests/a`, method: 'HEAD' }).reply(429, '', { headers: { 'retry-after': '7' } });
    pool.intercept({ path: `/v2/${REPO}/manifests/a`, method: 'HEAD' }).reply(429, '', { headers: { 'retry-after': new Date(now + 3000).toUTCString() } });
    pool
      .intercept({ path: `/v2/${REPO}/manifests/a`, method: 'HEAD' })
      .reply(200, '', { headers: { 'content-type': MEDIA_TYPE.ociManifest, 'docker-content-digest': `sha256:${'a'.repeat(64)}`, 'content-length': '3' } });
    const client = ghcrClient({ credentials: undefined, retry: { sleep: async (ms) => void sleeps.push(ms), now: () => now } });
    const descriptor = await client.repository(REPO).resolve('a');
    expect(descriptor.digest).toBe(`sha256:${'a'.repeat(64)}`);
    expect(sleeps).toEqual([7000, 3000]);
  });

  it('gives up on 429 after the attempt budget, and at once when Retry-After exceeds the time budget', async () => {
    const pool = agent.get(GHCR);
    pool.intercept({ path: `/v2/${REPO}/manifests/b`, method: 'HEAD' }).reply(429, '', { headers: { 'retry-after': '1' } }).times(5);
    const error = (await ghcrClient({ credentials: undefined }).repository(REPO).resolve('b').catch((e: unknown) => e)) as RegistryError;
    expect(error.kind).toBe('rate-limited');
    expect(error.attempts).toBe(5);
    expect(error.message).toBe('resolve ghcr.io/vfarcic/dot-ai:b: registry ghcr.io is rate limiting us (HTTP 429) and still was after 5 attempt(s); wait and retry later');
    expect(sleeps).toEqual([1000, 1000, 1000, 1000]);

    sleeps.length = 0;
    pool.intercept({ path: `/v2/${REPO}/manifests/c`, method: 'HEAD' }).reply(429, '', { headers: { 'retry-after': '3600' } });
    const late = (await ghcrClient({ credentials: undefined }).repository(REPO).resolve('c').catch((e: unknown) => e)) as RegistryError;
    expect(late.attempts).toBe(1);
    expect(sleeps).toEqual([]);
  });

  it('retries a 500 with backoff and succeeds; reports 5xx after retries are exhausted', async () => {
    const pool = agent.get(GHCR);
    pool.intercept({ path: `/v2/${REPO}/tags/list?n=1000`, method: 'GET' }).reply(500, 'oops');
    pool.intercept({ path: `/v2/${REPO}/tags/list?n=1000`, method: 'GET' }).reply(200, JSON.stringify({ name: REPO, tags: ['1.6.1'] }), { headers: json });
    expect(await ghcrClient({ credentials: undefined }).repository(REPO).listTags()).toEqual(['1.6.1']);
    expect(sleeps).toEqual([375]); // base 500 ms, half fixed + half jitter (random 0.5)

    sleeps.length = 0;
    pool.intercept({ path: `/v2/${REPO}/tags/list?n=1000`, method: 'GET' }).reply(503, 'unavailable').times(5);
    const error = (await ghcrClient({ credentials: undefined }).repository(REPO).listTags().catch((e: unknown) => e)) as RegistryError;
    expect(error.kind).toBe('server-error');
    expect(error.message).toBe('list tags of ghcr.io/vfarcic/dot-ai: registry ghcr.io failed with HTTP 503 after 5 attempt(s)');
    expect(sleeps).toEqual([375, 750, 1500, 3000]);
  });

  it('follows Link pagination of the tag list', async () => {
    const pool = agent.get(GHCR);
    pool
      .intercept({ path: `/v2/${REPO}/tags/list?n=2`, method: 'GET' })
      .reply(200, JSON.stringify({ tags: ['1.6.0', '1.6.1'] }), { headers: { ...json, link: `</v2/${REPO}/tags/list?last=1.6.1&n=2>; rel="next"` } });
    pool
      .intercept({ path: `/v2/${REPO}/tags/list?last=1.6.1&n=2`, method: 'GET' })
      .reply(200, JSON.stringify({ tags: ['1.6.2'] }), { headers: json });
    expect(await ghcrClient({ credentials: undefined }).repository(REPO).listTags(2)).toEqual(['1.6.0', '1.6.1', '1.6.2']);
  });

  it('drops credentials when a blob download is redirected to another origin', async () => {
    const blob = new TextEncoder().encode('layer bytes');
    const digest = sha256Digest(blob);
    agent
      .get(GHCR)
      .intercept({ path: `/v2/${REPO}/blobs/${digest}`, method: 'GET' })
      .reply(307, '', { headers: { location: 'https://pkg-containers.githubusercontent.com/ghcr1/blobs/sha256?sig=abc' } });
    let storageAuthorization: string | undefined = 'not called';
    agent
      .get('https://pkg-containers.githubusercontent.com')
      .intercept({ path: '/ghcr1/blobs/sha256?sig=abc', method: 'GET' })
      .reply((opts) => {
        storageAuthorization = header(opts.headers, 'authorization');
        return { statusCode: 200, data: Buffer.from(blob) };
      });
    const client = ghcrClient({ credentials: { username: USER, password: GITHUB_TOKEN } });
    // Force Basic up front by answering a first request with a Basic challenge.
    agent.get(GHCR).intercept({ path: '/v2/', method: 'GET' }).reply(401, '', { headers: { 'www-authenticate': 'Basic realm="x"' } });
    agent.get(GHCR).intercept({ path: '/v2/', method: 'GET' }).reply(200, '{}');
    await client.ping();
    const bytes = await client.repository(REPO).fetchBlob(digest);
    expect(Buffer.from(bytes).toString()).toBe('layer bytes');
    expect(storageAuthorization).toBeUndefined();
    // The signed storage URL's query (a time-limited credential) stays out of the logs.
    expect(logLines.some((l) => l.includes('pkg-containers.githubusercontent.com/ghcr1/blobs/sha256?…'))).toBe(true);
    expect(logLines.some((l) => l.includes('sig=abc'))).toBe(false);
  });

  it('rejects a manifest PUT whose Docker-Content-Digest differs from our sha256', async () => {
    const artifact = makeArtifact([5]);
    const pool = agent.get(GHCR);
    pool.intercept({ path: (p) => p.startsWith(`/v2/${REPO}/blobs/sha256:`), method: 'HEAD' }).reply(200, '').persist();
    pool.intercept({ path: `/v2/${REPO}/manifests/1.6.1`, method: 'PUT' }).reply(201, '', { headers: { 'docker-content-digest': `sha256:${'0'.repeat(64)}` } });
    const error = (await pushArtifact(ghcrClient({ credentials: undefined }).repository(REPO), { ...artifact, tag: '1.6.1' }).catch((e: unknown) => e)) as RegistryError;
    expect(error.kind).toBe('integrity');
    expect(error.message).toContain(`registry stored the manifest as sha256:${'0'.repeat(64)}, but its bytes hash to ${sha256Digest(artifact.manifest)}`);
  });
});

describe('connection resets during blob upload', () => {
  function uploadMocks(onPut: (body: Buffer) => 'reset' | 'ok') {
    const pool = agent.get(GHCR);
    const blobsPresent = new Set<string>();
    let manifestPuts = 0;
    pool
      .intercept({ path: (p) => p.startsWith(`/v2/${REPO}/blobs/sha256:`), method: 'HEAD' })
      .reply((opts) => ({ statusCode: blobsPresent.has(opts.path.split('/').at(-1) ?? '') ? 200 : 404, data: '' }))
      .persist();
    pool
      .intercept({ path: `/v2/${REPO}/blobs/uploads/`, method: 'POST' })
      .reply(202, '', { headers: { location: `/v2/${REPO}/blobs/uploads/session-1?_state=abc` } })
      .persist();
    pool
      .intercept({ path: (p) => p.startsWith(`/v2/${REPO}/blobs/uploads/session-1?_state=abc&digest=`), method: 'PUT' })
      .reply((opts) => {
        const body = Buffer.from(opts.body as Uint8Array);
        if (onPut(body) === 'reset') throw Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
        const digest = decodeURIComponent(new URL(opts.path, GHCR).searchParams.get('digest') ?? '');
        blobsPresent.add(digest);
        return { statusCode: 201, data: '', responseOptions: { headers: { 'docker-content-digest': digest } } };
      })
      .persist();
    pool
      .intercept({ path: (p) => p.startsWith(`/v2/${REPO}/manifests/`), method: 'PUT' })
      .reply(() => {
        manifestPuts++;
        return { statusCode: 201, data: '' };
      })
      .persist();
    return { manifestPuts: () => manifestPuts };
  }

  it('replays the same body after a reset and completes', async () => {
    const bodies: Buffer[] = [];
    const mocks = uploadMocks((body) => {
      bodies.push(body);
      return bodies.length === 1 ? 'reset' : 'ok';
    });
    const artifact = makeArtifact([2000]);
    await pushArtifact(ghcrClient({ credentials: undefined }).repository(REPO), { ...artifact, tag: '1.6.1', concurrency: 1 });
    expect(bodies.length).toBe(3); // config (reset + replay), layer
    expect(bodies[0]!.equals(bodies[1]!)).toBe(true);
    expect(sleeps).toHaveLength(1);
    expect(mocks.manifestPuts()).toBe(1);
  });

  it('never PUTs the manifest when a blob upload keeps failing', async () => {
    const mocks = uploadMocks(() => 'reset');
    const artifact = makeArtifact([2000]);
    const error = (await pushArtifact(ghcrClient({ credentials: undefined }).repository(REPO), { ...artifact, tag: '1.6.1' }).catch((e: unknown) => e)) as RegistryError;
    expect(error).toBeInstanceOf(RegistryError);
    expect(error.kind).toBe('network');
    expect(error.message).toMatch(/^push blob sha256:[0-9a-f]{12}… to ghcr\.io\/vfarcic\/dot-ai: connection to registry ghcr\.io failed \(ECONNRESET\) after 5 attempt\(s\)$/);
    expect(mocks.manifestPuts()).toBe(0);
  });

  it('resumes a chunked upload when a replayed PATCH finds the chunk already received (416)', async () => {
    const pool = agent.get(GHCR);
    const content = new Uint8Array(Buffer.alloc(250, 7));
    const digest = sha256Digest(content);
    const received: number[] = [];
    let patchCalls = 0;
    pool.intercept({ path: `/v2/${REPO}/blobs/${digest}`, method: 'HEAD' }).reply(404, '');
    pool.intercept({ path: `/v2/${REPO}/blobs/uploads/`, method: 'POST' }).reply(202, '', { headers: { location: `/v2/${REPO}/blobs/uploads/s?o=0` } });
    pool
      .intercept({ path: (p) => p.startsWith(`/v2/${REPO}/blobs/uploads/s?o=`), method: 'PATCH' })
      .reply((opts) => {
        patchCalls++;
        const range = header(opts.headers, 'content-range') ?? '';
        const [start, end] = range.split('-').map(Number) as [number, number];
        const have = received.length;
        if (start !== have) return { statusCode: 416, data: '' };
        received.push(...Buffer.from(opts.body as Uint8Array));
        // The second chunk lands but the answer is lost: the client will replay it.
        if (start === 100 && patchCalls === 2) throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
        return { statusCode: 202, data: '', responseOptions: { headers: { location: `/v2/${REPO}/blobs/uploads/s?o=${end + 1}`, range: `0-${end}` } } };
      })
      .persist();
    let statusCalls = 0;
    pool
      .intercept({ path: (p) => p.startsWith(`/v2/${REPO}/blobs/uploads/s?o=`), method: 'GET' })
      .reply(() => (statusCalls++, { statusCode: 204, data: '', responseOptions: { headers: { range: `0-${received.length - 1}`, location: `/v2/${REPO}/blobs/uploads/s?o=${received.length}` } } }))
      .persist();
    let finalDigest = '';
    pool
      .intercept({
        // MockAgent sorts query parameters before matching, so compare them parsed.
        path: (p) => {
          const url = new URL(p, GHCR);
          return url.pathname === `/v2/${REPO}/blobs/uploads/s` && url.searchParams.get('o') === '250' && url.searchParams.has('digest');
        },
        method: 'PUT',
      })
      .reply((opts) => {
        finalDigest = decodeURIComponent(new URL(opts.path, GHCR).searchParams.get('digest') ?? '');
        return { statusCode: 201, data: '', responseOptions: { headers: { 'docker-content-digest': finalDigest } } };
      });
    const repo = ghcrClient({ credentials: undefined, monolithicMaxBytes: 50, chunkSize: 100 }).repository(REPO);
    expect(await repo.pushBlob({ digest, size: 250 }, content)).toBe(true);
    expect(received.length).toBe(250);
    expect(sha256Digest(new Uint8Array(received))).toBe(digest);
    expect(finalDigest).toBe(digest);
    // chunk 1, chunk 2 (landed, answer lost), chunk 2 replay (416), status query, chunk 3
    expect(patchCalls).toBe(4);
    expect(statusCalls).toBe(1);
  });
});

describe('token lifetime', () => {
  it('renews an expired token before use and refreshes a revoked one once', async () => {
    let now = 1_000_000;
    let issued = 0;
    const valid = new Set<string>();
    const pool = agent.get(GHCR);
    pool
      .intercept({ path: (p) => p.startsWith('/token?'), method: 'GET' })
      .reply(() => {
        const token = `tok-${++issued}-${'x'.repeat(20)}`;
        valid.add(token);
        return { statusCode: 200, data: JSON.stringify({ access_token: token, expires_in: 60 }), responseOptions: { headers: json } };
      })
      .persist();
    pool
      .intercept({ path: `/v2/${REPO}/manifests/1.6.1`, method: 'HEAD' })
      .reply((opts) => {
        const token = header(opts.headers, 'authorization')?.replace('Bearer ', '') ?? '';
        if (!valid.has(token)) return { statusCode: 401, data: '', responseOptions: { headers: challenge(`repository:${REPO}:pull`) } };
        return { statusCode: 200, data: '', responseOptions: { headers: { 'content-type': MEDIA_TYPE.ociManifest, 'docker-content-digest': `sha256:${'c'.repeat(64)}`, 'content-length': '1' } } };
      })
      .persist();
    const repo = ghcrClient({ retry: { sleep: async () => undefined, now: () => now } }).repository(REPO);
    await repo.resolve('1.6.1');
    await repo.resolve('1.6.1');
    expect(issued).toBe(1);
    now += 56_000; // past expires_in minus the 5 s safety margin
    await repo.resolve('1.6.1');
    expect(issued).toBe(2);
    valid.clear(); // revoked server-side: one 401, one new token, success
    await repo.resolve('1.6.1');
    expect(issued).toBe(3);
    expectNoSecrets(logLines, [...Array.from({ length: 3 }, (_, i) => `tok-${i + 1}-${'x'.repeat(20)}`)]);
  });
});
