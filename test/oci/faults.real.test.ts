/**
 * What a real registry here does not do on request: GHCR's Bearer token flow with its own token
 * endpoint, and registry faults (401/403/429/5xx, Retry-After, connection resets mid-upload,
 * pagination, storage redirects). Each is a scripted HTTP server of ours on 127.0.0.1
 * (test/helpers/hostile-http.ts) speaking to the real client over real sockets; what it received
 * is asserted, headers included.
 */
import { Buffer } from 'node:buffer';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  MEDIA_TYPE,
  pushArtifact,
  RegistryClient,
  RegistryError,
  sha256Digest,
  type RegistryClientOptions,
} from '../../src/oci/index.js';
import { json, reply, startHostileServer, type HostileServer, type ReceivedRequest } from '../helpers/hostile-http.js';
import { expectNoSecrets, makeArtifact } from './fixtures-helpers.js';

const REPO = 'vfarcic/dot-ai';
const USER = 'vfarcic';
const GITHUB_TOKEN = 'ghs_FAKEtokenValue0123456789abcdef';
const PULL_TOKEN = 'registry-token-pull-7f3a9c';
const PUSH_TOKEN = 'registry-token-push-1b2e8d';
const BASIC = `Basic ${Buffer.from(`${USER}:${GITHUB_TOKEN}`).toString('base64')}`;
const SECRETS = [GITHUB_TOKEN, PULL_TOKEN, PUSH_TOKEN, BASIC.slice('Basic '.length)];

let registry: HostileServer;
let logLines: string[];
let sleeps: number[];
const extra: HostileServer[] = [];

beforeEach(async () => {
  registry = await startHostileServer();
  logLines = [];
  sleeps = [];
});

afterEach(async () => {
  await registry.stop();
  for (const server of extra.splice(0)) await server.stop();
  expectNoSecrets(logLines, SECRETS);
});

/** A GHCR-like client: the registry's user and token, retries without real waiting. */
function ghcrClient(more: Partial<RegistryClientOptions> = {}): RegistryClient {
  return new RegistryClient({
    registry: registry.host,
    credentials: { username: USER, password: GITHUB_TOKEN },
    log: (line) => logLines.push(line),
    retry: { sleep: async (ms) => void sleeps.push(ms), random: () => 0.5 },
    ...more,
  });
}

const challenge = (scope: string) => ({
  'www-authenticate': `Bearer realm="${registry.origin}/token",service="ghcr.io",scope="${scope}"`,
});
const on = (method: string, path: string | RegExp | ((p: string) => boolean), handler: Parameters<HostileServer['on']>[2], times?: number) => registry.on(method, path, handler, times);
const auth = (req: ReceivedRequest) => req.headers.authorization;

describe('GHCR-style Bearer token flow', () => {
  it('fetches one token per scope with Basic credentials and reuses it across requests', async () => {
    const manifest = makeArtifact([10]).manifest;
    const digest = sha256Digest(manifest);
    on('GET', (p) => p.startsWith('/token?'), (req, res) => {
      const url = new URL(req.path, registry.origin);
      expect(url.searchParams.get('service')).toBe('ghcr.io');
      const push = url.searchParams.getAll('scope').some((s) => s.endsWith(':pull,push'));
      json(200, { token: push ? PUSH_TOKEN : PULL_TOKEN })(req, res, registry);
    });
    const manifestHeaders = { 'content-type': MEDIA_TYPE.ociManifest, 'docker-content-digest': digest, 'content-length': String(manifest.byteLength) };
    for (const method of ['HEAD', 'GET']) {
      on(method, `/v2/${REPO}/manifests/1.6.1-rc.1`, (req, res) => {
        if (auth(req) !== `Bearer ${PULL_TOKEN}` && auth(req) !== `Bearer ${PUSH_TOKEN}`) return reply(401, '', challenge(`repository:${REPO}:pull`))(req, res, registry);
        res.writeHead(200, manifestHeaders);
        res.end(method === 'GET' ? Buffer.from(manifest) : undefined);
      });
    }
    on('PUT', `/v2/${REPO}/manifests/1.6.1`, (req, res) => {
      if (auth(req) !== `Bearer ${PUSH_TOKEN}`) return reply(401, '', challenge(`repository:${REPO}:pull,push`))(req, res, registry);
      reply(201, '', { 'docker-content-digest': digest })(req, res, registry);
    });

    const repo = ghcrClient().repository(REPO);
    // Three parallel pulls share one token request.
    const resolved = await Promise.all([repo.resolve('1.6.1-rc.1'), repo.resolve('1.6.1-rc.1'), repo.resolve('1.6.1-rc.1')]);
    expect(resolved.map((d) => d.digest)).toEqual([digest, digest, digest]);
    await repo.resolve('1.6.1-rc.1');
    const tokenRequests = () => registry.received.filter((r) => r.path.startsWith('/token?'));
    expect(tokenRequests()).toHaveLength(1);
    // Promotion needs push: one more token, for the push scope.
    await repo.tag('1.6.1-rc.1', '1.6.1');
    await repo.tag('1.6.1-rc.1', '1.6.1');
    expect(tokenRequests().map((t) => new URL(t.path, registry.origin).searchParams.getAll('scope'))).toEqual([[`repository:${REPO}:pull`], [`repository:${REPO}:pull,push`]]);
    // The Basic credentials went to the token endpoint only; the API saw tokens only.
    expect(tokenRequests().every((t) => auth(t) === BASIC)).toBe(true);
    expect(registry.received.filter((r) => !r.path.startsWith('/token?')).every((r) => auth(r) === undefined || auth(r)!.startsWith('Bearer '))).toBe(true);
    expect(logLines.some((l) => l.includes(`token request ${registry.origin}/token`))).toBe(true);
  });

  it('reports a rejected GITHUB_TOKEN at the token endpoint as 401 naming registry and user only', async () => {
    on('GET', `/v2/${REPO}/tags/list?n=1000`, reply(401, '', challenge(`repository:${REPO}:pull`)));
    on('GET', (p) => p.startsWith('/token?'), json(401, { errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }] }));
    const error = (await ghcrClient().repository(REPO).listTags().catch((e: unknown) => e)) as RegistryError;
    expect(error).toBeInstanceOf(RegistryError);
    expect(error.kind).toBe('unauthorized');
    expect(error.message).toBe(
      `list tags of ${registry.host}/vfarcic/dot-ai (token from ${registry.host}): registry ${registry.host} rejected the credentials of user "vfarcic" (HTTP 401: UNAUTHORIZED authentication required)`,
    );
    for (const secret of SECRETS) expect(error.message).not.toContain(secret);
  });

  it('refuses to send credentials to a token realm that is not HTTPS', async () => {
    on('HEAD', `/v2/${REPO}/manifests/x`, reply(401, '', { 'www-authenticate': 'Bearer realm="http://evil.example/token",service="ghcr.io"' }));
    const error = (await ghcrClient().repository(REPO).resolve('x').catch((e: unknown) => e)) as RegistryError;
    expect(error.message).toBe(`resolve ${registry.host}/vfarcic/dot-ai:x: registry ${registry.host} sent token realm http://evil.example, which is not HTTPS; refusing to send credentials there`);
  });
});

describe('registry faults', () => {
  it('explains GHCR permission_denied: write_package', async () => {
    const artifact = makeArtifact([5]);
    on('HEAD', (p) => p.startsWith(`/v2/${REPO}/blobs/sha256:`), reply(200));
    on('PUT', `/v2/${REPO}/manifests/1.6.1`, json(403, { errors: [{ code: 'DENIED', message: 'permission_denied: write_package' }] }));
    const error = (await pushArtifact(ghcrClient({ credentials: undefined }).repository(REPO), { ...artifact, tag: '1.6.1' }).catch((e: unknown) => e)) as RegistryError;
    expect(error.kind).toBe('denied');
    expect(error.status).toBe(403);
    expect(error.hasCode('DENIED')).toBe(true);
    expect(error.message).toBe(
      `push manifest 1.6.1 to ${registry.host}/vfarcic/dot-ai: registry ${registry.host} denied access to ${registry.host}/vfarcic/dot-ai (HTTP 403: DENIED permission_denied: write_package); the workflow needs \`permissions: packages: write\`, and the package's "Manage Actions access" settings must grant this repository the Write role`,
    );
  });

  it('reports NAME_UNKNOWN for a missing namespace', async () => {
    on('GET', `/v2/nobody/nothing/manifests/1.6.1`, json(404, { errors: [{ code: 'NAME_UNKNOWN', message: 'repository name not known to registry' }] }));
    const error = (await ghcrClient({ credentials: undefined }).repository('nobody/nothing').fetchManifest('1.6.1').catch((e: unknown) => e)) as RegistryError;
    expect(error.message).toBe(
      `fetch manifest ${registry.host}/nobody/nothing:1.6.1: repository ${registry.host}/nobody/nothing does not exist (NAME_UNKNOWN); check the namespace/name spelling and that it was pushed before`,
    );
  });

  it('honours Retry-After on 429 (seconds and HTTP date) and then succeeds', async () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    on('HEAD', `/v2/${REPO}/manifests/a`, reply(429, '', { 'retry-after': '7' }), 1);
    on('HEAD', `/v2/${REPO}/manifests/a`, reply(429, '', { 'retry-after': new Date(now + 3000).toUTCString() }), 1);
    on('HEAD', `/v2/${REPO}/manifests/a`, reply(200, '', { 'content-type': MEDIA_TYPE.ociManifest, 'docker-content-digest': `sha256:${'a'.repeat(64)}`, 'content-length': '3' }));
    const client = ghcrClient({ credentials: undefined, retry: { sleep: async (ms) => void sleeps.push(ms), now: () => now } });
    const descriptor = await client.repository(REPO).resolve('a');
    expect(descriptor.digest).toBe(`sha256:${'a'.repeat(64)}`);
    expect(sleeps).toEqual([7000, 3000]);
  });

  it('gives up on 429 after the attempt budget, and at once when Retry-After exceeds the time budget', async () => {
    on('HEAD', `/v2/${REPO}/manifests/b`, reply(429, '', { 'retry-after': '1' }));
    const error = (await ghcrClient({ credentials: undefined }).repository(REPO).resolve('b').catch((e: unknown) => e)) as RegistryError;
    expect(error.kind).toBe('rate-limited');
    expect(error.attempts).toBe(5);
    expect(error.message).toBe(`resolve ${registry.host}/vfarcic/dot-ai:b: registry ${registry.host} is rate limiting us (HTTP 429) and still was after 5 attempt(s); wait and retry later`);
    expect(sleeps).toEqual([1000, 1000, 1000, 1000]);

    sleeps.length = 0;
    on('HEAD', `/v2/${REPO}/manifests/c`, reply(429, '', { 'retry-after': '3600' }));
    const late = (await ghcrClient({ credentials: undefined }).repository(REPO).resolve('c').catch((e: unknown) => e)) as RegistryError;
    expect(late.attempts).toBe(1);
    expect(late.message).toBe(
      `resolve ${registry.host}/vfarcic/dot-ai:c: registry ${registry.host} is rate limiting us (HTTP 429) and still was after 1 attempt(s); it asked to wait 3600 s (Retry-After), beyond the 60 s retry budget; wait and retry later`,
    );
    expect(sleeps).toEqual([]);
  });

  it('retries a 500 with backoff and succeeds; reports 5xx after retries are exhausted', async () => {
    on('GET', `/v2/${REPO}/tags/list?n=1000`, reply(500, 'oops'), 1);
    on('GET', `/v2/${REPO}/tags/list?n=1000`, json(200, { name: REPO, tags: ['1.6.1'] }), 1);
    expect(await ghcrClient({ credentials: undefined }).repository(REPO).listTags()).toEqual(['1.6.1']);
    expect(sleeps).toEqual([375]); // base 500 ms, half fixed + half jitter (random 0.5)

    sleeps.length = 0;
    on('GET', `/v2/${REPO}/tags/list?n=1000`, reply(503, 'unavailable'));
    const error = (await ghcrClient({ credentials: undefined }).repository(REPO).listTags().catch((e: unknown) => e)) as RegistryError;
    expect(error.kind).toBe('server-error');
    expect(error.message).toBe(`list tags of ${registry.host}/vfarcic/dot-ai: registry ${registry.host} failed with HTTP 503 after 5 attempt(s)`);
    expect(sleeps).toEqual([375, 750, 1500, 3000]);
  });

  it('follows Link pagination of the tag list', async () => {
    on('GET', `/v2/${REPO}/tags/list?n=2`, json(200, { tags: ['1.6.0', '1.6.1'] }, { link: `</v2/${REPO}/tags/list?last=1.6.1&n=2>; rel="next"` }));
    on('GET', `/v2/${REPO}/tags/list?last=1.6.1&n=2`, json(200, { tags: ['1.6.2'] }));
    expect(await ghcrClient({ credentials: undefined }).repository(REPO).listTags(2)).toEqual(['1.6.0', '1.6.1', '1.6.2']);
  });

  it('drops credentials when a blob download is redirected to another origin', async () => {
    const blob = new TextEncoder().encode('layer bytes');
    const digest = sha256Digest(blob);
    const storage = await startHostileServer('127.0.0.2');
    extra.push(storage);
    storage.on('GET', (p) => p.startsWith('/ghcr1/blobs/sha256?sig=abc'), reply(200, Buffer.from(blob)));
    on('GET', `/v2/${REPO}/blobs/${digest}`, (req, res) => {
      if (auth(req) !== BASIC) return reply(401, '', { 'www-authenticate': 'Basic realm="x"' })(req, res, registry);
      reply(307, '', { location: `${storage.origin}/ghcr1/blobs/sha256?sig=abc` })(req, res, registry);
    });
    const bytes = await ghcrClient().repository(REPO).fetchBlob(digest, blob.byteLength);
    expect(Buffer.from(bytes).toString()).toBe('layer bytes');
    expect(storage.received).toHaveLength(1);
    expect(storage.received[0]!.headers.authorization).toBeUndefined();
    // The signed storage URL's query (a time-limited credential) stays out of the logs.
    expect(logLines.some((l) => l.includes(`${storage.origin}/ghcr1/blobs/sha256?…`))).toBe(true);
    expect(logLines.some((l) => l.includes('sig=abc'))).toBe(false);
  });

  it('rejects a manifest PUT whose Docker-Content-Digest differs from our sha256', async () => {
    const artifact = makeArtifact([5]);
    on('HEAD', (p) => p.startsWith(`/v2/${REPO}/blobs/sha256:`), reply(200));
    on('PUT', `/v2/${REPO}/manifests/1.6.1`, reply(201, '', { 'docker-content-digest': `sha256:${'0'.repeat(64)}` }));
    const error = (await pushArtifact(ghcrClient({ credentials: undefined }).repository(REPO), { ...artifact, tag: '1.6.1' }).catch((e: unknown) => e)) as RegistryError;
    expect(error.kind).toBe('integrity');
    expect(error.message).toContain(`registry stored the manifest as sha256:${'0'.repeat(64)}, but its bytes hash to ${sha256Digest(artifact.manifest)}`);
  });
});

describe('connection resets during blob upload', () => {
  function uploadRoutes(onPut: (body: Buffer) => 'reset' | 'ok') {
    const blobsPresent = new Set<string>();
    let manifestPuts = 0;
    on('HEAD', (p) => p.startsWith(`/v2/${REPO}/blobs/sha256:`), (req, res) => reply(blobsPresent.has(req.path.split('/').at(-1) ?? '') ? 200 : 404)(req, res, registry));
    on('POST', `/v2/${REPO}/blobs/uploads/`, reply(202, '', { location: `/v2/${REPO}/blobs/uploads/session-1?_state=abc` }));
    on('PUT', (p) => p.startsWith(`/v2/${REPO}/blobs/uploads/session-1?_state=abc&digest=`), (req, res) => {
      if (onPut(req.body) === 'reset') return void res.socket?.destroy();
      const digest = new URL(req.path, registry.origin).searchParams.get('digest') ?? '';
      blobsPresent.add(digest);
      reply(201, '', { 'docker-content-digest': digest })(req, res, registry);
    });
    on('PUT', (p) => p.startsWith(`/v2/${REPO}/manifests/`), (req, res) => {
      manifestPuts++;
      reply(201)(req, res, registry);
    });
    return { manifestPuts: () => manifestPuts };
  }

  it('replays the same body after a reset and completes', async () => {
    const bodies: Buffer[] = [];
    const routes = uploadRoutes((body) => {
      bodies.push(body);
      return bodies.length === 1 ? 'reset' : 'ok';
    });
    const artifact = makeArtifact([2000]);
    await pushArtifact(ghcrClient({ credentials: undefined }).repository(REPO), { ...artifact, tag: '1.6.1', concurrency: 1 });
    expect(bodies.length).toBe(3); // config (reset + replay), layer
    expect(bodies[0]!.equals(bodies[1]!)).toBe(true);
    expect(sleeps).toHaveLength(1);
    expect(routes.manifestPuts()).toBe(1);
  });

  it('never PUTs the manifest when a blob upload keeps failing', async () => {
    const routes = uploadRoutes(() => 'reset');
    const artifact = makeArtifact([2000]);
    const error = (await pushArtifact(ghcrClient({ credentials: undefined }).repository(REPO), { ...artifact, tag: '1.6.1' }).catch((e: unknown) => e)) as RegistryError;
    expect(error).toBeInstanceOf(RegistryError);
    expect(error.kind).toBe('network');
    expect(error.message).toMatch(new RegExp(`^push blob sha256:[0-9a-f]{12}… to ${registry.host.replace(/\./g, '\\.')}/vfarcic/dot-ai: connection to registry ${registry.host.replace(/\./g, '\\.')} failed \\(ECONNRESET\\) after 5 attempt\\(s\\)$`));
    expect(routes.manifestPuts()).toBe(0);
  });

  it('resumes a chunked upload when a replayed PATCH finds the chunk already received (416)', async () => {
    const content = new Uint8Array(Buffer.alloc(250, 7));
    const digest = sha256Digest(content);
    const received: number[] = [];
    let patchCalls = 0;
    on('HEAD', `/v2/${REPO}/blobs/${digest}`, reply(404), 1);
    on('POST', `/v2/${REPO}/blobs/uploads/`, reply(202, '', { location: `/v2/${REPO}/blobs/uploads/s?o=0` }));
    on('PATCH', (p) => p.startsWith(`/v2/${REPO}/blobs/uploads/s?o=`), (req, res) => {
      patchCalls++;
      const [start, end] = String(req.headers['content-range']).split('-').map(Number) as [number, number];
      if (start !== received.length) return reply(416)(req, res, registry);
      received.push(...req.body);
      // The second chunk lands but the answer is lost: the client will replay it.
      if (start === 100 && patchCalls === 2) return void res.socket?.destroy();
      reply(202, '', { location: `/v2/${REPO}/blobs/uploads/s?o=${end + 1}`, range: `0-${end}` })(req, res, registry);
    });
    let statusCalls = 0;
    on('GET', (p) => p.startsWith(`/v2/${REPO}/blobs/uploads/s?o=`), (req, res) => {
      statusCalls++;
      reply(204, '', { range: `0-${received.length - 1}`, location: `/v2/${REPO}/blobs/uploads/s?o=${received.length}` })(req, res, registry);
    });
    let finalDigest = '';
    on('PUT', (p) => p.startsWith(`/v2/${REPO}/blobs/uploads/s?o=250&digest=`), (req, res) => {
      finalDigest = new URL(req.path, registry.origin).searchParams.get('digest') ?? '';
      reply(201, '', { 'docker-content-digest': finalDigest })(req, res, registry);
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
    on('GET', (p) => p.startsWith('/token?'), (req, res) => {
      const token = `tok-${++issued}-${'x'.repeat(20)}`;
      valid.add(token);
      json(200, { access_token: token, expires_in: 60 })(req, res, registry);
    });
    on('HEAD', `/v2/${REPO}/manifests/1.6.1`, (req, res) => {
      const token = auth(req)?.replace('Bearer ', '') ?? '';
      if (!valid.has(token)) return reply(401, '', challenge(`repository:${REPO}:pull`))(req, res, registry);
      reply(200, '', { 'content-type': MEDIA_TYPE.ociManifest, 'docker-content-digest': `sha256:${'c'.repeat(64)}`, 'content-length': '1' })(req, res, registry);
    });
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

