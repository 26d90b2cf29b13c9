/**
 * The OCI client against registries that misbehave on purpose (issue 9, the network half): small
 * scripted HTTP servers of ours on 127.0.0.1 and, as "another host", 127.0.0.2 and 127.0.0.3
 * (test/helpers/hostile-http.ts). Each case asserts the exact error line, what every server
 * received (credentials above all), and that no secret reached a message or a log line.
 *
 * The classes: credentials only to the host that issued them; secrets never printed; nothing
 * pushed to another repository; deadlines and size caps on every request; garbage answers.
 * The chart command end to end (exit code, nothing half-published) is in hostile-chart.real.test.ts.
 */
import { Buffer } from 'node:buffer';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { mkdtemp, mkdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BODY_LIMITS,
  copy,
  MEDIA_TYPE,
  OciLayoutTarget,
  parseReference,
  pushArtifact,
  RegistryClient,
  RegistryError,
  sha256Digest,
  timeoutsFromEnv,
  type RegistryClientOptions,
} from '../../src/oci/index.js';
import { requestDeadlineMs } from '../../src/oci/http.js';
import {
  endless,
  hang,
  json,
  measure,
  redirect,
  reply,
  startHostileServer,
  startSilentTcp,
  startUnacceptingListener,
  trickle,
  trickleHeaders,
  type HostileServer,
  type ReceivedRequest,
} from '../helpers/hostile-http.js';
import { expectNoSecrets, makeArtifact } from './fixtures-helpers.js';

const REPO = 'team/app';
const USER = 'release-bot';
// A slash in the password: parsers that split on `/` must still never show any of it.
const PASSWORD = 'S3cret/Pa55-w0rd';
const BASIC = `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`;
const TOKEN = 'registry-token-9f8e7d6c5b4a';
const SECRETS = [PASSWORD, 'Pa55-w0rd', BASIC.slice('Basic '.length), TOKEN];
const MIB = 1024 * 1024;

let registry: HostileServer;
let other: HostileServer;
let third: HostileServer;
let logLines: string[];
const cleanup: Array<() => Promise<void>> = [];

beforeEach(async () => {
  registry = await startHostileServer('127.0.0.1');
  other = await startHostileServer('127.0.0.2');
  third = await startHostileServer('127.0.0.3');
  logLines = [];
});

afterEach(async () => {
  for (const stop of cleanup.splice(0)) await stop();
  await Promise.all([registry.stop(), other.stop(), third.stop()]);
  expectNoSecrets(logLines, SECRETS);
});

function client(more: Partial<RegistryClientOptions> = {}): RegistryClient {
  return new RegistryClient({
    registry: registry.host,
    credentials: { username: USER, password: PASSWORD },
    log: (line) => logLines.push(line),
    retry: { sleep: async () => undefined },
    ...more,
  });
}

async function failure(promise: Promise<unknown>): Promise<RegistryError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RegistryError);
  const registryError = error as RegistryError;
  for (const secret of SECRETS) expect(registryError.message).not.toContain(secret);
  // One line, and no terminal escape sequence.
  for (const control of ['\r', '\n', '\u001b']) expect(registryError.message).not.toContain(control);
  return registryError;
}

const auth = (req: ReceivedRequest) => req.headers.authorization;
const authorizations = (server: HostileServer) => server.received.map(auth).filter((a) => a !== undefined);

/** Route `method path` with Basic auth enforced: without the right header a 401 challenge. */
function withBasic(server: HostileServer, method: string, path: Parameters<HostileServer['on']>[1], handler: Parameters<HostileServer['on']>[2]): void {
  server.on(method, path, (req, res, s) => (auth(req) === BASIC ? handler(req, res, s) : reply(401, '', { 'www-authenticate': 'Basic realm="test"' })(req, res, s)));
}

/** Bearer auth GHCR-style: the registry wants `Bearer TOKEN`; the realm (on `realmServer`) issues it for BASIC. */
function withBearer(server: HostileServer, realmServer: HostileServer, method: string, path: Parameters<HostileServer['on']>[1], handler: Parameters<HostileServer['on']>[2]): void {
  server.on(method, path, (req, res, s) =>
    auth(req) === `Bearer ${TOKEN}` ? handler(req, res, s) : reply(401, '', { 'www-authenticate': `Bearer realm="${realmServer.origin}/token",service="test"` })(req, res, s),
  );
}

function tokenService(server: HostileServer): void {
  server.on('GET', (p) => p.startsWith('/token?'), (req, res, s) => (auth(req) === BASIC ? json(200, { token: TOKEN })(req, res, s) : json(401, { errors: [{ code: 'UNAUTHORIZED' }] })(req, res, s)));
}

const blobPath = (digest: string) => `/v2/${REPO}/blobs/${digest}`;
const short = (digest: string) => `${digest.slice(0, 19)}…`;

describe('credentials go only to the host that issued them', () => {
  it.each(['basic', 'bearer'] as const)('an upload Location on another host (127.0.0.2) is refused: it gets no request, no credentials, no blob (%s)', async (scheme) => {
    const blob = new TextEncoder().encode('chart bytes');
    const digest = sha256Digest(blob);
    const route = scheme === 'basic' ? (m: string, p: string, h: Parameters<HostileServer['on']>[2]) => withBasic(registry, m, p, h) : (m: string, p: string, h: Parameters<HostileServer['on']>[2]) => withBearer(registry, registry, m, p, h);
    if (scheme === 'bearer') tokenService(registry);
    route('HEAD', blobPath(digest), reply(404));
    route('POST', `/v2/${REPO}/blobs/uploads/`, reply(202, '', { location: `${other.origin}/v2/${REPO}/blobs/uploads/stolen?_state=x` }));
    const error = await failure(client().repository(REPO).pushBlob({ digest, size: blob.byteLength }, blob));
    expect(error.message).toBe(
      `push blob ${short(digest)} to ${registry.host}/${REPO}: registry ${registry.host} sent an upload location on another host (${other.origin}); refusing to send the blob or credentials there`,
    );
    expect(other.received).toEqual([]);
    // The registry itself got the credentials (Basic, or the token and the Basic ones at its realm).
    expect(authorizations(registry)).toContain(scheme === 'basic' ? BASIC : `Bearer ${TOKEN}`);
  });

  it('an upload Location on the same address but another port is another origin: refused', async () => {
    const blob = new TextEncoder().encode('x'.repeat(10));
    const digest = sha256Digest(blob);
    const samehost = await startHostileServer('127.0.0.1');
    cleanup.push(() => samehost.stop());
    withBasic(registry, 'HEAD', blobPath(digest), reply(404));
    withBasic(registry, 'POST', `/v2/${REPO}/blobs/uploads/`, reply(202, '', { location: `${samehost.origin}/v2/${REPO}/blobs/uploads/u` }));
    const error = await failure(client().repository(REPO).pushBlob({ digest, size: blob.byteLength }, blob));
    expect(error.message).toContain(`sent an upload location on another host (${samehost.origin}); refusing`);
    expect(samehost.received).toEqual([]);
  });

  it('a chunked upload whose PATCH answer moves the Location to another host stops there', async () => {
    const blob = new Uint8Array(Buffer.alloc(300, 1));
    const digest = sha256Digest(blob);
    withBasic(registry, 'HEAD', blobPath(digest), reply(404));
    withBasic(registry, 'POST', `/v2/${REPO}/blobs/uploads/`, reply(202, '', { location: `/v2/${REPO}/blobs/uploads/s1` }));
    withBasic(registry, 'PATCH', `/v2/${REPO}/blobs/uploads/s1`, reply(202, '', { location: `${other.origin}/v2/${REPO}/blobs/uploads/s1?next` }));
    const error = await failure(client({ monolithicMaxBytes: 100, chunkSize: 100 }).repository(REPO).pushBlob({ digest, size: 300 }, blob));
    expect(error.message).toBe(
      `push blob ${short(digest)} to ${registry.host}/${REPO}: registry ${registry.host} sent an upload location on another host (${other.origin}); refusing to send the blob or credentials there`,
    );
    expect(other.received).toEqual([]);
    expect(registry.received.filter((r) => r.method === 'PATCH')).toHaveLength(1); // the first chunk only
  });

  it('a tag list whose Link rel=next points at another host is refused; that host gets nothing', async () => {
    withBasic(registry, 'GET', `/v2/${REPO}/tags/list?n=1000`, json(200, { tags: ['1.0.0'] }, { link: `<${other.origin}/v2/${REPO}/tags/list?last=1.0.0>; rel="next"` }));
    const error = await failure(client().repository(REPO).listTags());
    expect(error.message).toBe(`list tags of ${registry.host}/${REPO}: registry ${registry.host} sent the next page of the tag list on another host (${other.origin}); refusing to follow it`);
    expect(other.received).toEqual([]);
  });

  it.each(['basic', 'bearer'] as const)('a blob download redirected to storage on another host is followed without credentials (%s)', async (scheme) => {
    const blob = new TextEncoder().encode('layer bytes');
    const digest = sha256Digest(blob);
    if (scheme === 'bearer') tokenService(registry);
    const location = `${other.origin}/storage/blob?X-Amz-Signature=sig-secret-123`;
    if (scheme === 'basic') withBasic(registry, 'GET', blobPath(digest), redirect(location));
    else withBearer(registry, registry, 'GET', blobPath(digest), redirect(location));
    other.on('GET', (p) => p.startsWith('/storage/blob'), reply(200, Buffer.from(blob)));
    const bytes = await client().repository(REPO).fetchBlob(digest, blob.byteLength);
    expect(Buffer.from(bytes).toString()).toBe('layer bytes');
    expect(other.received).toHaveLength(1);
    expect(other.received[0]!.headers.authorization).toBeUndefined();
    expect(authorizations(registry)).toContain(scheme === 'basic' ? BASIC : `Bearer ${TOKEN}`);
    expect(logLines.join('\n')).not.toContain('sig-secret-123');
  });

  it('storage that answers 403 to the redirected download is named as storage, and gets no credentials', async () => {
    const digest = sha256Digest(new TextEncoder().encode('w'));
    withBasic(registry, 'GET', blobPath(digest), redirect(`${other.origin}/s/blob?sig=expired`));
    other.on('GET', (p) => p.startsWith('/s/blob'), reply(403, '<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>'));
    const error = await failure(client().repository(REPO).fetchBlob(digest, 1));
    expect(error.message).toBe(`fetch blob ${short(digest)} from ${registry.host}/${REPO}: blob storage ${other.host} (redirected to by registry ${registry.host}) denied access to ${registry.host}/${REPO} (HTTP 403)`);
    expect(other.received[0]!.headers.authorization).toBeUndefined();
  });

  it('once a redirect left the registry, a hop back to it carries no credentials either', async () => {
    const blob = new TextEncoder().encode('layer');
    const digest = sha256Digest(blob);
    withBasic(registry, 'GET', blobPath(digest), redirect(`${other.origin}/s/blob`));
    other.on('GET', '/s/blob', redirect(`${registry.origin}/back/blob`));
    registry.on('GET', '/back/blob', reply(200, Buffer.from(blob)));
    await client().repository(REPO).fetchBlob(digest, blob.byteLength);
    const back = registry.received.find((r) => r.path === '/back/blob');
    expect(back?.headers.authorization).toBeUndefined();
    expect(other.received[0]!.headers.authorization).toBeUndefined();
  });

  it.each([
    ['a manifest', (c: RegistryClient) => c.repository(REPO).fetchManifest('1.0.0'), 'GET', `/v2/${REPO}/manifests/1.0.0`, `fetch manifest ${'{host}'}/${REPO}:1.0.0`],
    ['a manifest HEAD', (c: RegistryClient) => c.repository(REPO).resolve('1.0.0'), 'HEAD', `/v2/${REPO}/manifests/1.0.0`, `resolve ${'{host}'}/${REPO}:1.0.0`],
    ['the tag list', (c: RegistryClient) => c.repository(REPO).listTags(), 'GET', `/v2/${REPO}/tags/list?n=1000`, `list tags of ${'{host}'}/${REPO}`],
    ['the API check', (c: RegistryClient) => c.ping(), 'GET', '/v2/', `ping ${'{host}'}`],
  ] as const)('%s redirected to another host is refused, not followed', async (_name, call, method, path, operation) => {
    withBasic(registry, method, path, redirect(`${other.origin}/elsewhere`));
    const error = await failure(call(client()));
    expect(error.message).toBe(
      `${operation.replace('{host}', registry.host)}: registry ${registry.host} redirected to another host (${other.origin}); refusing to follow: only blob downloads may be served from elsewhere`,
    );
    expect(other.received).toEqual([]);
  });

  it('a redirect answering a PUT (manifest) or PATCH (chunk) is refused, whatever its target', async () => {
    const artifact = makeArtifact([5]);
    withBasic(registry, 'HEAD', (p) => p.startsWith(`/v2/${REPO}/blobs/`), reply(200));
    withBasic(registry, 'PUT', `/v2/${REPO}/manifests/1.0.0`, redirect(`${other.origin}/v2/${REPO}/manifests/1.0.0`, 308));
    const error = await failure(pushArtifact(client().repository(REPO), { ...artifact, tag: '1.0.0' }));
    expect(error.message).toBe(
      `push manifest 1.0.0 to ${registry.host}/${REPO}: registry ${registry.host} answered HTTP 308, a redirect to ${other.origin}/v2/${REPO}/manifests/1.0.0; a PUT is not redirected (its body and credentials would go along)`,
    );
    expect(other.received).toEqual([]);

    const blob = new Uint8Array(Buffer.alloc(300, 2));
    const digest = sha256Digest(blob);
    withBasic(registry, 'HEAD', `/v2/team/chunks/blobs/${digest}`, reply(404));
    withBasic(registry, 'POST', `/v2/team/chunks/blobs/uploads/`, reply(202, '', { location: `/v2/team/chunks/blobs/uploads/p` }));
    withBasic(registry, 'PATCH', `/v2/team/chunks/blobs/uploads/p`, redirect(`/v2/team/chunks/blobs/uploads/elsewhere`));
    const patch = await failure(client({ monolithicMaxBytes: 100, chunkSize: 100 }).repository('team/chunks').pushBlob({ digest, size: 300 }, blob));
    expect(patch.message).toContain(`a PATCH is not redirected (its body and credentials would go along)`);
  });

  it('a token realm on another host gets the Basic credentials (that is the protocol); the token goes to the registry only', async () => {
    tokenService(other);
    const manifest = makeArtifact([3]).manifest;
    const digest = sha256Digest(manifest);
    withBearer(registry, other, 'GET', `/v2/${REPO}/manifests/1.0.0`, reply(200, Buffer.from(manifest), { 'content-type': MEDIA_TYPE.ociManifest, 'docker-content-digest': digest }));
    const fetched = await client().repository(REPO).fetchManifest('1.0.0');
    expect(fetched.descriptor.digest).toBe(digest);
    // The realm saw Basic credentials and nothing else; the registry saw the token and never Basic.
    expect(authorizations(other)).toEqual([BASIC]);
    expect(new Set(authorizations(registry))).toEqual(new Set([`Bearer ${TOKEN}`]));
    expect(third.received).toEqual([]);
  });

  it('a token endpoint that redirects (to 127.0.0.3) is refused: the credentials would go along', async () => {
    other.on('GET', (p) => p.startsWith('/token?'), redirect(`${third.origin}/token`));
    withBearer(registry, other, 'GET', `/v2/${REPO}/tags/list?n=1000`, json(200, { tags: [] }));
    const error = await failure(client().repository(REPO).listTags());
    expect(error.message).toBe(
      `list tags of ${registry.host}/${REPO} (token from ${other.host}): token endpoint ${other.host} of registry ${registry.host} answered HTTP 307 (a redirect); token requests are not redirected, the credentials would go along`,
    );
    expect(third.received).toEqual([]);
  });

  it('a token realm with credentials in it, or that is no URL, is refused before anything is sent', async () => {
    registry.on('GET', `/v2/${REPO}/tags/list?n=1000`, reply(401, '', { 'www-authenticate': `Bearer realm="http://admin:hunter2@${other.host}/token",service="x"` }), 1);
    const error = await failure(client().repository(REPO).listTags());
    expect(error.message).toBe(`list tags of ${registry.host}/${REPO}: registry ${registry.host} sent token realm http://***@${other.host}/token with credentials in it; refusing to use it`);
    expect(error.message).not.toContain('hunter2');
    registry.on('GET', `/v2/${REPO}/tags/list?n=1000`, reply(401, '', { 'www-authenticate': 'Bearer realm="not a url",service="x"' }), 1);
    expect((await failure(client().repository(REPO).listTags())).message).toBe(`list tags of ${registry.host}/${REPO}: registry ${registry.host} sent a token realm that is not a URL`);
    expect(other.received).toEqual([]);
  });

  it('a redirect with credentials in its URL, or to another scheme, is refused', async () => {
    const digest = sha256Digest(new TextEncoder().encode('z'));
    registry.on('GET', blobPath(digest), redirect(`http://user:pw-in-url@${other.host}/blob`), 1);
    const withUserinfo = await failure(client().repository(REPO).fetchBlob(digest));
    expect(withUserinfo.message).toBe(`fetch blob ${short(digest)} from ${registry.host}/${REPO}: registry ${registry.host} sent a redirect with credentials in it (http://***@${other.host}/blob); refusing to follow it`);
    registry.on('GET', blobPath(digest), redirect('file:///etc/passwd'), 1);
    const fileScheme = await failure(client().repository(REPO).fetchBlob(digest));
    expect(fileScheme.message).toBe(`fetch blob ${short(digest)} from ${registry.host}/${REPO}: registry ${registry.host} sent a redirect with scheme file:; refusing to follow it`);
    expect(other.received).toEqual([]);
  });
});

describe('plain HTTP only where it cannot leak', () => {
  it('a host that merely starts with 127. is not loopback: HTTPS by default', () => {
    for (const host of ['127.0.0.1.nip.io', '127.evil.example', '127.0.0.1.evil.example:5000']) {
      expect(new RegistryClient({ registry: host }).baseUrl).toBe(`https://${host}`);
    }
    expect(new RegistryClient({ registry: '127.0.0.2:5000' }).baseUrl).toBe('http://127.0.0.2:5000');
  });

  it('an HTTPS registry naming a plain-HTTP realm on this machine gets no credentials sent there', async () => {
    const ghcr = new RegistryClient({ registry: 'ghcr.io', credentials: { username: USER, password: PASSWORD }, log: (l) => logLines.push(l) });
    const ctx = ghcr.context('list tags of ghcr.io/team/app', 'team/app');
    await expect(ghcr.auth.onUnauthorized(`Bearer realm="${other.origin}/token",service="x"`, ['repository:team/app:pull'], ctx, undefined, false)).rejects.toThrow(
      `list tags of ghcr.io/team/app: registry ghcr.io sent token realm ${other.origin}, which is not HTTPS; refusing to send credentials there`,
    );
    expect(other.received).toEqual([]);
  });
});

describe('secrets are never printed', () => {
  it('a reference carrying credentials is refused without quoting them', () => {
    for (const input of [`oci://${USER}:${PASSWORD}@ghcr.io/acme/app:1.0.0`, `${USER}:${PASSWORD}@ghcr.io/acme/app`, `ghp_TokenAsUserName123@ghcr.io/acme/app@sha256:${'a'.repeat(64)}`]) {
      let message = '';
      try {
        parseReference(input);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(/^"(oci:\/\/)?\*\*\*@ghcr\.io\/acme\/app(:1\.0\.0|@sha256:a{64})?" carries credentials; a reference must not hold them \(they would be printed and logged\): pass username and password \(or --password-stdin\) instead$/);
      for (const secret of [PASSWORD, 'Pa55', 'ghp_TokenAsUserName123']) expect(message).not.toContain(secret);
    }
  });

  it('an error body echoing our Authorization header, password and token is masked in the message', async () => {
    tokenService(registry);
    withBearer(registry, registry, 'GET', `/v2/${REPO}/manifests/1.0.0`, (req, res, s) =>
      json(400, { errors: [{ code: 'MANIFEST_INVALID', message: `you sent ${auth(req)} after logging in with ${PASSWORD} (${BASIC})` }] })(req, res, s),
    );
    const error = await failure(client().repository(REPO).fetchManifest('1.0.0'));
    expect(error.message).toBe(`fetch manifest ${registry.host}/${REPO}:1.0.0: registry ${registry.host} answered HTTP 400: MANIFEST_INVALID you sent Bearer *** after logging in with *** (Basic ***)`);
  });

  it('a registry message with newlines and escape sequences becomes one line', async () => {
    registry.on('GET', `/v2/${REPO}/manifests/1.0.0`, json(400, { errors: [{ code: 'X\n::error::forged', message: 'line one\n::error file=a::forged\u001b[31m red' }] }));
    const error = await failure(client({ credentials: undefined }).repository(REPO).fetchManifest('1.0.0'));
    expect(error.message).toBe(`fetch manifest ${registry.host}/${REPO}:1.0.0: registry ${registry.host} answered HTTP 400: X ::error::forged line one ::error file=a::forged [31m red`);
  });

  it('a username with a newline cannot forge a second line in a 401 message', async () => {
    registry.on('GET', `/v2/${REPO}/tags/list?n=1000`, reply(401, '', { 'www-authenticate': 'Basic realm="x"' }));
    const error = await failure(client({ credentials: { username: 'bot\nerror: forged', password: PASSWORD } }).repository(REPO).listTags());
    expect(error.message).toBe(`list tags of ${registry.host}/${REPO}: registry ${registry.host} rejected the credentials of user "bot error: forged" (HTTP 401)`);
  });

  it('a signed storage URL that cannot be reached is named without its query (the signature)', async () => {
    const closed = await startHostileServer('127.0.0.2');
    const closedHost = closed.host;
    await closed.stop();
    const digest = sha256Digest(new TextEncoder().encode('q'));
    withBasic(registry, 'GET', blobPath(digest), redirect(`http://${closedHost}/blob?X-Amz-Credential=AKIA-secret&X-Amz-Signature=sig-secret`));
    const error = await failure(client().repository(REPO).fetchBlob(digest, 1));
    expect(error.message).toBe(`fetch blob ${short(digest)} from ${registry.host}/${REPO}: cannot reach blob storage ${closedHost} (redirected to by registry ${registry.host}) (connection refused)`);
    expect(logLines.join('\n')).not.toMatch(/AKIA-secret|sig-secret/);
  });

  it('a token realm with a query is named by its origin only', async () => {
    registry.on('GET', `/v2/${REPO}/tags/list?n=1000`, reply(401, '', { 'www-authenticate': 'Bearer realm="http://evil.example/token?leak=abc123",service="x"' }));
    const error = await failure(client().repository(REPO).listTags());
    expect(error.message).toBe(`list tags of ${registry.host}/${REPO}: registry ${registry.host} sent token realm http://evil.example, which is not HTTPS; refusing to send credentials there`);
  });
});

describe('nothing is pushed to another repository', () => {
  it.each(['team/../other', 'team/./app', 'team//app', '/team/app', 'team/app/', 'Team/app', 'team/a b', 'team/%2e%2e/app', 'team\\app', 'a'.repeat(300)])(
    'the client builds no URL from the repository name %j',
    (name) => {
      expect(() => client().repository(name)).toThrow(/^repository name ".*" (has a|has an empty|has the component|is empty|is longer)/);
    },
  );

  it('refuses references that are neither tag nor digest, and malformed digests, before sending anything', async () => {
    const repo = client().repository(REPO);
    await expect(repo.resolve('../../other/manifests/x')).rejects.toThrow('invalid reference "../../other/manifests/x": expected a tag');
    await expect(repo.fetchManifest('a/b')).rejects.toThrow('invalid reference "a/b"');
    await expect(repo.fetchBlob('sha256:../../../etc')).rejects.toThrow(`fetch blob sha256:../../../etc from ${registry.host}/${REPO}: unsupported or malformed digest "sha256:../../../etc"`);
    await expect(repo.blobExists('sha256:ABC')).rejects.toThrow('unsupported or malformed digest');
    await expect(repo.mountBlob({ digest: sha256Digest(new Uint8Array(1)), size: 1 }, 'team/../root')).rejects.toThrow('repository name "team/../root" has a ".." segment');
    expect(() => new RegistryClient({ registry: 'evil.com/path' })).toThrow('registry "evil.com/path" is not a host');
    expect(() => new RegistryClient({ registry: 'user@evil.com' })).toThrow('is not a host');
    expect(registry.received).toEqual([]);
  });

  it('a manifest whose layer digest is a path is refused before any blob request', async () => {
    const bad = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPE.ociManifest, config: { mediaType: 'a/b', digest: 'sha256:../../../x', size: 1 }, layers: [] }));
    registry.on('GET', `/v2/${REPO}/manifests/1.0.0`, reply(200, bad, { 'content-type': MEDIA_TYPE.ociManifest }));
    const error = await failure(client({ credentials: undefined }).repository(REPO).fetchManifest('1.0.0'));
    expect(error.message).toBe(`fetch manifest ${registry.host}/${REPO}:1.0.0: registry ${registry.host} sent a malformed manifest: config has a malformed digest`);
    expect(registry.received.map((r) => r.path)).toEqual([`/v2/${REPO}/manifests/1.0.0`]);
  });

  it('a layout whose blobs directory is a symlink out of it is not written through', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'oci-hostile-layout-'));
    cleanup.push(() => rm(dir, { recursive: true, force: true }));
    await mkdir(join(dir, 'layout'));
    await mkdir(join(dir, 'outside'));
    await symlink(join(dir, 'outside'), join(dir, 'layout', 'blobs'));
    const layout = new OciLayoutTarget(join(dir, 'layout'));
    const artifact = makeArtifact([10]);
    await expect(pushArtifact(layout, { ...artifact, tag: '1.0.0' })).rejects.toThrow(`oci-layout://${join(dir, 'layout')}: blobs is a symlink; refusing to write through it`);
    expect(readdirSync(join(dir, 'outside'))).toEqual([]);
  });
});

describe('deadlines on every request', () => {
  // Short deadlines, so failures are fast; the bounds asserted are generous (CI machines are slow).
  const quick = { connectMs: 300, headersMs: 300, requestMs: 1000 };

  it('a host that never accepts the connection fails at the connect deadline', async () => {
    const listener = await startUnacceptingListener();
    cleanup.push(() => listener.stop());
    const c = new RegistryClient({ registry: listener.host, timeouts: quick, retry: { maxAttempts: 2, sleep: async () => undefined } });
    const { ms, error } = await measure(() => c.repository(REPO).resolve('1.0.0'));
    expect((error as Error).message).toBe(`resolve ${listener.host}/${REPO}:1.0.0: registry ${listener.host} did not accept a connection within 0.3 s (connect deadline, 2 attempt(s))`);
    expect(ms).toBeGreaterThanOrEqual(550);
    expect(ms).toBeLessThan(5000);
  });

  it('an HTTPS registry that accepts TCP but never completes TLS fails at the connect deadline', async () => {
    const silent = await startSilentTcp();
    cleanup.push(() => silent.stop());
    const c = new RegistryClient({ registry: silent.host, plainHttp: false, timeouts: quick, retry: { maxAttempts: 1 } });
    const { ms, error } = await measure(() => c.repository(REPO).resolve('1.0.0'));
    expect((error as Error).message).toBe(`resolve ${silent.host}/${REPO}:1.0.0: registry ${silent.host} did not accept a connection within 0.3 s (connect deadline, 1 attempt(s))`);
    expect(ms).toBeLessThan(5000);
  });

  it('a registry that accepts and never answers fails at the response-header deadline (was: 300 s)', async () => {
    registry.on('HEAD', `/v2/${REPO}/manifests/1.0.0`, hang());
    const c = client({ credentials: undefined, timeouts: quick, retry: { maxAttempts: 3, sleep: async () => undefined } });
    const { ms, error } = await measure(() => c.repository(REPO).resolve('1.0.0'));
    expect((error as RegistryError).kind).toBe('timeout');
    expect((error as Error).message).toBe(`resolve ${registry.host}/${REPO}:1.0.0: registry ${registry.host} accepted the request but did not answer within 0.3 s (response-header deadline, 3 attempt(s))`);
    expect(ms).toBeGreaterThanOrEqual(850);
    expect(ms).toBeLessThan(6000);
    expect(registry.received).toHaveLength(3);
  });

  it('headers sent one byte at a time never complete: response-header deadline', async () => {
    registry.on('GET', `/v2/${REPO}/manifests/1.0.0`, trickleHeaders(20));
    const c = client({ credentials: undefined, timeouts: quick, retry: { maxAttempts: 1 } });
    const { ms, error } = await measure(() => c.repository(REPO).fetchManifest('1.0.0'));
    expect((error as Error).message).toContain('did not answer within 0.3 s (response-header deadline, 1 attempt(s))');
    expect(ms).toBeLessThan(5000);
  });

  it('a body sent one byte every 100 ms (slowloris) fails at the request deadline (was: never)', async () => {
    registry.on('GET', `/v2/${REPO}/manifests/1.0.0`, trickle(100, { 'content-type': MEDIA_TYPE.ociManifest }));
    const c = client({ credentials: undefined, timeouts: quick, retry: { maxAttempts: 2, sleep: async () => undefined } });
    const { ms, error } = await measure(() => c.repository(REPO).fetchManifest('1.0.0'));
    expect((error as Error).message).toBe(`fetch manifest ${registry.host}/${REPO}:1.0.0: registry ${registry.host} did not finish its answer within 1 s (request deadline, 2 attempt(s))`);
    expect(ms).toBeGreaterThanOrEqual(1900);
    expect(ms).toBeLessThan(8000);
  });

  it('retries stay within their time budget (a registry answering 503 forever)', async () => {
    registry.on('GET', `/v2/${REPO}/tags/list?n=1000`, reply(503));
    const c = client({ credentials: undefined, retry: { maxTotalMs: 1500, baseDelayMs: 200, maxAttempts: 100 } });
    const { ms, error } = await measure(() => c.repository(REPO).listTags());
    expect((error as RegistryError).kind).toBe('server-error');
    expect(ms).toBeLessThan(1500 + 2000);
    expect(registry.received.length).toBeLessThan(10);
  });

  it('the request deadline grows with the payload; the env escape hatch overrides the defaults; bad values are refused by name', () => {
    expect(requestDeadlineMs({ connectMs: 1, headersMs: 1, requestMs: 60_000, minBytesPerSecond: 128 * 1024 }, 8 * MIB)).toBe(124_000);
    expect(timeoutsFromEnv({ DOT_AI_RELEASE_HTTP_TIMEOUTS: 'connect=5, headers=20,request=90,retry=120,rate=64' })).toEqual({
      timeouts: { connectMs: 5000, headersMs: 20_000, requestMs: 90_000, minBytesPerSecond: 64 * 1024 },
      retryMaxTotalMs: 120_000,
    });
    expect(() => timeoutsFromEnv({ DOT_AI_RELEASE_HTTP_TIMEOUTS: 'headers=soon' })).toThrow('DOT_AI_RELEASE_HTTP_TIMEOUTS: "headers=soon" must be KEY=SECONDS with a number above 0');
    expect(() => timeoutsFromEnv({ DOT_AI_RELEASE_HTTP_TIMEOUTS: 'total=5' })).toThrow('DOT_AI_RELEASE_HTTP_TIMEOUTS: unknown key "total"');
    const c = new RegistryClient({ registry: registry.host, env: { DOT_AI_RELEASE_HTTP_TIMEOUTS: 'headers=2' }, timeouts: { connectMs: 1234 } });
    expect(c.timeouts).toEqual({ connectMs: 1234, headersMs: 2000, requestMs: 60_000, minBytesPerSecond: 128 * 1024 });
  });
});

describe('size caps on every body', () => {
  const bounded = 200 * MIB; // the process must not grow anywhere near what the server pushes (was: 1.5 GiB in 15 s)

  it('an endless manifest body stops at the 4 MiB cap; memory stays bounded', async () => {
    const sent = { bytes: 0 };
    registry.on('GET', `/v2/${REPO}/manifests/1.0.0`, endless({ 'content-type': MEDIA_TYPE.ociManifest }, 200, sent));
    const { ms, error, rssGrowthBytes } = await measure(() => client({ credentials: undefined }).repository(REPO).fetchManifest('1.0.0'));
    expect((error as Error).message).toBe(`fetch manifest ${registry.host}/${REPO}:1.0.0: registry ${registry.host} sent a manifest larger than 4 MiB, the cap for it; refusing to read more`);
    expect(rssGrowthBytes).toBeLessThan(bounded);
    expect(ms).toBeLessThan(10_000);
    expect(registry.received).toHaveLength(1); // not retried: it would send the same again
  });

  it('a manifest announced over the cap (Content-Length) is refused before reading it', async () => {
    registry.on('GET', `/v2/${REPO}/manifests/1.0.0`, (req, res) => {
      res.writeHead(200, { 'content-type': MEDIA_TYPE.ociManifest, 'content-length': String(50 * MIB) });
      res.write('{');
    });
    const error = await failure(client({ credentials: undefined }).repository(REPO).fetchManifest('1.0.0'));
    expect(error.message).toBe(`fetch manifest ${registry.host}/${REPO}:1.0.0: registry ${registry.host} sent a manifest larger than 4 MiB, the cap for it; refusing to read more`);
  });

  it('an endless error body is read to 64 KiB for the message, on every retry, and no further', async () => {
    registry.on('GET', `/v2/${REPO}/tags/list?n=1000`, endless({ 'content-type': 'text/plain' }, 503));
    const { error, rssGrowthBytes } = await measure(() => client({ credentials: undefined, retry: { maxAttempts: 3, sleep: async () => undefined } }).repository(REPO).listTags());
    expect((error as Error).message).toBe(`list tags of ${registry.host}/${REPO}: registry ${registry.host} failed with HTTP 503 after 3 attempt(s)`);
    expect(rssGrowthBytes).toBeLessThan(bounded);
  });

  it('an endless token response, or tag list, stops at its cap', async () => {
    registry.on('GET', `/v2/${REPO}/tags/list?n=1000`, reply(401, '', { 'www-authenticate': `Bearer realm="${registry.origin}/token"` }), 1);
    registry.on('GET', (p) => p.startsWith('/token?'), endless({ 'content-type': 'application/json' }));
    const token = await failure(client().repository(REPO).listTags());
    expect(token.message).toBe(`list tags of ${registry.host}/${REPO} (token from ${registry.host}): registry ${registry.host} sent a token response larger than 1 MiB, the cap for it; refusing to read more`);
    registry.on('GET', `/v2/other/tags/list?n=1000`, endless({ 'content-type': 'application/json' }));
    const list = await failure(client({ credentials: undefined }).repository('other').listTags());
    expect(list.message).toBe(`list tags of ${registry.host}/other: registry ${registry.host} sent a tag list larger than 4 MiB, the cap for it; refusing to read more`);
  });

  it('a blob must be exactly the size its descriptor says: longer, announced longer, or cut short', async () => {
    const blob = new TextEncoder().encode('twelve bytes');
    const digest = sha256Digest(blob);
    registry.on('GET', blobPath(digest), endless({ 'content-type': 'application/octet-stream' }), 1);
    const longer = await failure(client({ credentials: undefined }).repository(REPO).fetchBlob(digest, blob.byteLength));
    expect(longer.message).toBe(`fetch blob ${short(digest)} from ${registry.host}/${REPO}: registry ${registry.host} sent a blob larger than 12 bytes, the cap for it; refusing to read more`);
    registry.on('GET', blobPath(digest), reply(200, 'x'.repeat(13), { 'content-length': '13' }), 1);
    const announced = await failure(client({ credentials: undefined }).repository(REPO).fetchBlob(digest, blob.byteLength));
    expect(announced.message).toBe(`fetch blob ${short(digest)} from ${registry.host}/${REPO}: registry ${registry.host} sent a blob of 13 bytes, but its descriptor says 12`);
    registry.on('GET', blobPath(digest), (req, res) => {
      res.writeHead(200, { 'content-length': '12' });
      res.end('twelve');
      res.socket?.destroy();
    });
    const cut = await failure(client({ credentials: undefined, retry: { maxAttempts: 2, sleep: async () => undefined } }).repository(REPO).fetchBlob(digest, blob.byteLength));
    expect(cut.kind).toBe('network');
    expect(cut.message).toBe(`fetch blob ${short(digest)} from ${registry.host}/${REPO}: registry ${registry.host} cut the blob short (after 6 of 12 bytes) after 2 attempt(s)`);
  });

  it('an endless body on an answer we do not read (201 to a manifest PUT) is dropped at 64 KiB; the push completes', async () => {
    const artifact = makeArtifact([5]);
    registry.on('HEAD', (p) => p.startsWith(`/v2/${REPO}/blobs/`), reply(200));
    registry.on('PUT', `/v2/${REPO}/manifests/1.0.0`, endless({}, 201));
    const { error, rssGrowthBytes } = await measure(() => pushArtifact(client({ credentials: undefined }).repository(REPO), { ...artifact, tag: '1.0.0' }));
    expect(error).toBeUndefined();
    expect(rssGrowthBytes).toBeLessThan(bounded);
    expect(BODY_LIMITS.ignored).toBe(64 * 1024);
  });
});

describe('garbage answers end in one line naming the registry and what was wrong', () => {
  const digest = sha256Digest(makeArtifact([1]).manifest);
  const manifestPath = `/v2/${REPO}/manifests/1.0.0`;
  const fetchOp = () => `fetch manifest ${registry.host}/${REPO}:1.0.0`;
  const resolveOp = () => `resolve ${registry.host}/${REPO}:1.0.0`;

  it.each([
    ['non-JSON', reply(200, '<html>hello</html>', { 'content-type': MEDIA_TYPE.ociManifest }), 'sent a malformed manifest: not JSON'],
    ['a JSON array', reply(200, '[1,2]', { 'content-type': MEDIA_TYPE.ociManifest }), 'sent a malformed manifest: not a JSON object'],
    ['an empty 200', reply(200, '', { 'content-type': MEDIA_TYPE.ociManifest }), 'answered 200 with an empty manifest'],
    ['a wrong content type', reply(200, '{"schemaVersion":2}', { 'content-type': 'text/html' }), 'answered with content type "text/html", not a manifest'],
    ['no content type nor mediaType', reply(200, '{"schemaVersion":2}'), 'answered with content type "none", not a manifest'],
    ['a mediaType that contradicts the content type', reply(200, JSON.stringify({ mediaType: MEDIA_TYPE.ociIndex, manifests: [] }), { 'content-type': MEDIA_TYPE.ociManifest }), `served a manifest as ${MEDIA_TYPE.ociManifest}, but it declares itself ${MEDIA_TYPE.ociIndex}`],
    ['layers that are not a list', reply(200, JSON.stringify({ mediaType: MEDIA_TYPE.ociManifest, layers: 'x' }), { 'content-type': MEDIA_TYPE.ociManifest }), 'sent a malformed manifest: layers is not a list'],
    ['a digest that does not match its bytes', reply(200, '{"schemaVersion":2}', { 'content-type': MEDIA_TYPE.ociManifest, 'docker-content-digest': digest }), `sent a manifest whose bytes hash to ${sha256Digest(Buffer.from('{"schemaVersion":2}'))}, not ${digest}`],
    ['a Docker-Content-Digest that is no digest', reply(200, '{"schemaVersion":2}', { 'content-type': MEDIA_TYPE.ociManifest, 'docker-content-digest': 'yes' }), 'sent a Docker-Content-Digest that is not a digest ("yes")'],
  ])('a manifest that is %s', async (_name, handler, detail) => {
    registry.on('GET', manifestPath, handler);
    const error = await failure(client({ credentials: undefined }).repository(REPO).fetchManifest('1.0.0'));
    expect(error.message).toBe(`${fetchOp()}: registry ${registry.host} ${detail}`);
  });

  it('a manifest fetched by digest must hash to it', async () => {
    const other = sha256Digest(Buffer.from('other'));
    registry.on('GET', `/v2/${REPO}/manifests/${other}`, reply(200, '{"schemaVersion":2}', { 'content-type': MEDIA_TYPE.ociManifest }));
    const error = await failure(client({ credentials: undefined }).repository(REPO).fetchManifest(other));
    expect(error.kind).toBe('integrity');
    expect(error.message).toBe(`fetch manifest ${registry.host}/${REPO}:${other}: registry ${registry.host} sent a manifest whose bytes hash to ${sha256Digest(Buffer.from('{"schemaVersion":2}'))}, not ${other}`);
  });

  it.each([
    ['a wrong content type', { 'content-type': 'text/html', 'docker-content-digest': digest, 'content-length': '10' }, 'answered with content type "text/html", not a manifest'],
    ['a size that is no number', { 'content-type': MEDIA_TYPE.ociManifest, 'docker-content-digest': digest, 'content-length': '99999999999' }, 'announced a manifest of 99999999999 bytes (at most 4 MiB are read)'],
  ])('a HEAD answer with %s', async (_name, headers, detail) => {
    registry.on('HEAD', manifestPath, reply(200, '', headers));
    const error = await failure(client({ credentials: undefined }).repository(REPO).resolve('1.0.0'));
    expect(error.message).toBe(`${resolveOp()}: registry ${registry.host} ${detail}`);
  });

  it.each([
    ['not JSON', reply(200, 'tags: 1.0.0'), 'sent a tag list that is not JSON'],
    ['an empty body', reply(200, ''), 'sent a tag list that is not JSON (an empty body)'],
    ['not an object', json(200, ['1.0.0']), 'sent a tag list that is not a JSON object'],
    ['tags that are not a list', json(200, { tags: '1.0.0' }), 'sent a tag list whose "tags" is not a list'],
    ['a tag that is not a tag', json(200, { tags: ['1.0.0', 'x\n::error::forged'] }), 'sent a tag list holding "x\\n::error::forged", which is not a valid tag'],
    ['a null in the list', json(200, { tags: [null] }), 'sent a tag list holding a null, not a tag'],
  ])('a tag list that is %s', async (_name, handler, detail) => {
    registry.on('GET', `/v2/${REPO}/tags/list?n=1000`, handler);
    const error = await failure(client({ credentials: undefined }).repository(REPO).listTags());
    expect(error.message).toBe(`list tags of ${registry.host}/${REPO}: registry ${registry.host} ${detail}`);
  });

  it('a tag list with "tags": null is an empty list (what Distribution says for a repository without tags)', async () => {
    registry.on('GET', `/v2/${REPO}/tags/list?n=1000`, json(200, { name: REPO, tags: null }));
    expect(await client({ credentials: undefined }).repository(REPO).listTags()).toEqual([]);
  });

  it('a tag list whose pages link in a loop', async () => {
    registry.on('GET', `/v2/${REPO}/tags/list?n=1000`, json(200, { tags: ['a'] }, { link: `</v2/${REPO}/tags/list?n=1000&last=a>; rel="next"` }));
    registry.on('GET', `/v2/${REPO}/tags/list?n=1000&last=a`, json(200, { tags: ['b'] }, { link: `</v2/${REPO}/tags/list?n=1000>; rel="next"` }));
    const error = await failure(client({ credentials: undefined }).repository(REPO).listTags());
    expect(error.message).toBe(`list tags of ${registry.host}/${REPO}: registry ${registry.host} paginates the tag list in a loop (page 3 links back to an earlier one)`);
  });

  it('redirects in a loop, too many redirects, and a redirect without Location', async () => {
    registry.on('GET', manifestPath, redirect(`${registry.origin}/a`));
    registry.on('GET', '/a', redirect(`${registry.origin}/b`));
    registry.on('GET', '/b', redirect(`${registry.origin}/a`));
    const loop = await failure(client({ credentials: undefined }).repository(REPO).fetchManifest('1.0.0'));
    expect(loop.message).toBe(`${fetchOp()}: registry ${registry.host} redirects in a loop (back to ${registry.origin}/a)`);

    for (let i = 0; i < 10; i++) registry.on('HEAD', `/hop${i}`, redirect(`/hop${i + 1}`));
    registry.on('HEAD', manifestPath, redirect('/hop0'));
    const many = await failure(client({ credentials: undefined }).repository(REPO).resolve('1.0.0'));
    expect(many.message).toBe(`${resolveOp()}: registry ${registry.host} redirected more than 5 times (last to ${registry.origin}/hop5)`);

    registry.on('GET', `/v2/${REPO}/tags/list?n=1000`, reply(302));
    const bare = await failure(client({ credentials: undefined }).repository(REPO).listTags());
    expect(bare.message).toBe(`list tags of ${registry.host}/${REPO}: registry ${registry.host} answered HTTP 302 (a redirect) without a Location`);
  });

  it('token endpoints answering garbage: not JSON, no token, a token that cannot be a header', async () => {
    const challenge = reply(401, '', { 'www-authenticate': `Bearer realm="${other.origin}/token",service="x"` });
    registry.on('GET', `/v2/${REPO}/tags/list?n=1000`, challenge);
    const op = `list tags of ${registry.host}/${REPO} (token from ${other.host}): token endpoint ${other.host} of registry ${registry.host}`;
    other.on('GET', (p) => p.startsWith('/token'), reply(200, '<html>'), 1);
    expect((await failure(client().repository(REPO).listTags())).message).toBe(`${op} did not answer JSON`);
    other.on('GET', (p) => p.startsWith('/token'), json(200, { expires_in: 60 }), 1);
    expect((await failure(client().repository(REPO).listTags())).message).toBe(`${op} answered without a token`);
    other.on('GET', (p) => p.startsWith('/token'), json(200, { token: 'abc\r\nx-injected: 1' }), 1);
    expect((await failure(client().repository(REPO).listTags())).message).toBe(`${op} answered a token that cannot be sent as a header (not printable ASCII, or over 16 KiB)`);
    expect(registry.received.every((r) => r.headers['x-injected'] === undefined)).toBe(true);
  });

  it('an upload opened without a Location, and a push that never reaches the manifest', async () => {
    const artifact = makeArtifact([5]);
    registry.on('HEAD', (p) => p.startsWith(`/v2/${REPO}/blobs/`), reply(404));
    registry.on('POST', `/v2/${REPO}/blobs/uploads/`, reply(202));
    const error = await failure(pushArtifact(client({ credentials: undefined }).repository(REPO), { ...artifact, tag: '1.0.0', concurrency: 1 }));
    expect(error.message).toMatch(new RegExp(`^push blob sha256:[0-9a-f]{12}… to ${registry.host.replace(/\./g, '\\.')}/team/app: registry ${registry.host.replace(/\./g, '\\.')} opened an upload without a Location header$`));
    expect(registry.received.filter((r) => r.path.includes('/manifests/'))).toEqual([]);
  });

  it('a chunked upload the registry answers with 416 forever stops after a few recoveries', async () => {
    const blob = new Uint8Array(Buffer.alloc(300, 3));
    const digest = sha256Digest(blob);
    registry.on('HEAD', blobPath(digest), reply(404));
    registry.on('POST', `/v2/${REPO}/blobs/uploads/`, reply(202, '', { location: `/v2/${REPO}/blobs/uploads/s` }));
    registry.on('PATCH', `/v2/${REPO}/blobs/uploads/s`, reply(416));
    registry.on('GET', `/v2/${REPO}/blobs/uploads/s`, reply(204, '', { range: 'garbage' }));
    const error = await failure(client({ credentials: undefined, monolithicMaxBytes: 100, chunkSize: 100 }).repository(REPO).pushBlob({ digest, size: 300 }, blob));
    expect(error.message).toBe(`push blob ${short(digest)} to ${registry.host}/${REPO}: registry ${registry.host} refused the chunk at byte 0 (HTTP 416) 3 times`);
    expect(registry.received.filter((r) => r.method === 'PATCH').length).toBeLessThanOrEqual(8);
  });

  it('a layout whose index.json is a FIFO is refused, not read (it would block forever)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'oci-hostile-fifo-'));
    cleanup.push(() => rm(dir, { recursive: true, force: true }));
    execFileSync('mkfifo', [join(dir, 'index.json')]);
    const { ms, error } = await measure(() => new OciLayoutTarget(dir).listTags());
    expect((error as Error).message).toBe(`oci-layout://${dir}: ${join(dir, 'index.json')} is not a regular file`);
    expect(ms).toBeLessThan(5000);
  });

  it('copying from a registry that serves an index nested without end stops', async () => {
    // Each index points at the next one; the digests are real, so only depth can stop it.
    const levels: Buffer[] = [];
    let child = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPE.ociIndex, manifests: [] }));
    for (let i = 0; i < 8; i++) {
      levels.unshift(child);
      child = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPE.ociIndex, manifests: [{ mediaType: MEDIA_TYPE.ociIndex, digest: sha256Digest(child), size: child.byteLength }] }));
    }
    registry.on('GET', manifestPath, reply(200, child, { 'content-type': MEDIA_TYPE.ociIndex }));
    for (const level of levels) registry.on('GET', `/v2/${REPO}/manifests/${sha256Digest(level)}`, reply(200, level, { 'content-type': MEDIA_TYPE.ociIndex }));
    const dir = await mkdtemp(join(tmpdir(), 'oci-hostile-copy-'));
    cleanup.push(() => rm(dir, { recursive: true, force: true }));
    await expect(copy(client({ credentials: undefined }).repository(REPO), new OciLayoutTarget(dir), '1.0.0')).rejects.toThrow('indexes nested over 4 levels deep');
  });
});
