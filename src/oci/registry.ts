/**
 * OCI distribution API client (registry side of Target), over node:http/https (see http.ts).
 * https://github.com/opencontainers/distribution-spec/blob/main/spec.md describes the endpoints.
 *
 * What a registry may make us do, and what not (same origin = same scheme, host and port):
 * - Credentials (Basic or Bearer) go only to the registry's own origin (and the Basic ones to the
 *   token realm, see auth.ts), never to a URL the registry points us at on another origin.
 * - A GET/HEAD of a blob may be redirected to another origin (the distribution spec allows blob
 *   storage elsewhere: GHCR and S3-backed registries send signed URLs): followed without
 *   credentials, never from HTTPS to plain HTTP, and the bytes are checked against the digest.
 * - Every other redirect to another origin is refused (a manifest or tag list served from elsewhere
 *   could be anything), and so is any redirect of a PUT, PATCH, POST or DELETE.
 * - An upload `Location` or a tag list's `Link: rel=next` on another origin is refused: our blobs
 *   go to the registry we were asked to push to or nowhere, and pagination stays on the registry.
 * - Every answer is checked before it is used: manifests are JSON of a manifest media type whose
 *   bytes hash to the digest asked for or announced; tag lists are lists of valid tags; blobs are
 *   exactly the size their descriptor says and hash to its digest. Anything else is one error line
 *   naming the registry and what was wrong.
 */
import { RegistryAuth, repositoryScope, type Credentials } from './auth.js';
import { Sha256Accumulator, assertSha256Digest, isDigest, sha256Digest, verifyDigest } from './digest.js';
import { RegistryError, errorFromResponse, remoteText } from './errors.js';
import {
  BODY_LIMITS,
  DEFAULT_TIMEOUTS,
  bodyText,
  createAgents,
  sendWithRetry,
  timeoutsFromEnv,
  type Agents,
  type ExchangeRecord,
  type HttpContext,
  type HttpResponse,
  type HttpTimeouts,
} from './http.js';
import { MANIFEST_ACCEPT, isManifestMediaType } from './media-types.js';
import { Redactor, redactReference, redactingLog, urlForMessage, type LogSink } from './redact.js';
import { ReferenceError, assertRepositoryName, assertTagOrDigest, assertValidTag, isLoopbackHost, isValidRegistryHost, isValidTag } from './reference.js';
import { retryPolicy, type RetryOptions, type RetryPolicy } from './retry.js';
import {
  ManifestError,
  bytesSource,
  manifestReferences,
  parseManifestJson,
  toBlobSource,
  type BlobContent,
  type BlobSource,
  type Descriptor,
  type FetchedManifest,
  type Target,
} from './target.js';

export interface RegistryClientOptions {
  /** `host` or `host:port`. */
  registry: string;
  credentials?: Credentials;
  /** Plain HTTP instead of HTTPS; default: only for loopback hosts (test registries). */
  plainHttp?: boolean;
  retry?: RetryOptions;
  /** Deadlines of each request; defaults, then DOT_AI_RELEASE_HTTP_TIMEOUTS, then these. */
  timeouts?: Partial<HttpTimeouts>;
  /** Receives debug lines, already redacted. */
  log?: LogSink;
  /** Sees every attempt (method, URL, status or failure code): tests count requests with it. */
  observe?: (record: ExchangeRecord) => void;
  /** Blobs larger than this go up in chunks (default 16 MiB). */
  monolithicMaxBytes?: number;
  /** PATCH size for chunked uploads (default 8 MiB). */
  chunkSize?: number;
  /** Where DOT_AI_RELEASE_HTTP_TIMEOUTS is read (default process.env). */
  env?: NodeJS.ProcessEnv;
}

const MIB = 1024 * 1024;
const MAX_REDIRECTS = 5;
/** Upload sessions tried per blob before giving up. */
const MAX_UPLOAD_SESSIONS = 2;
/** A blob fetched without a known size (e.g. an image config by digest) may be at most this big. */
const UNSIZED_BLOB_CAP = 64 * MIB;
/** Tag list: pages followed, and tags kept, at most. */
const MAX_TAG_PAGES = 1000;
const MAX_TAGS = 100_000;
/** 416 answers to a chunked upload that we recover from (ask where the upload stands), per blob. */
const MAX_RANGE_RECOVERIES = 3;

/** Failures after which a new upload session can succeed (not auth, not bad content). */
function isBrokenUploadSession(error: unknown): boolean {
  if (!(error instanceof RegistryError)) return false;
  if (error.kind === 'network' || error.kind === 'server-error' || error.kind === 'timeout') return true;
  if (error.status === 416) return true;
  return error.hasCode('BLOB_UPLOAD_INVALID') || error.hasCode('BLOB_UPLOAD_UNKNOWN');
}

function shortDigest(digest: string): string {
  return digest.length > 19 ? `${digest.slice(0, 19)}…` : digest;
}

/** Append `digest=` to an upload Location that may already carry state in its query. */
function withDigestParam(location: string, digest: string): string {
  return `${location}${location.includes('?') ? '&' : '?'}digest=${encodeURIComponent(digest)}`;
}

/** `type/subtype` of a Content-Type header, lowercased, without parameters. */
function mediaTypeOf(header: string | null): string | undefined {
  const value = header?.split(';')[0]?.trim().toLowerCase();
  return value ? value : undefined;
}

interface SendRequest {
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: Uint8Array;
  scopes: string[];
  operation: string;
  repository: string;
  /** Cap of the 2xx body (0: the body is not needed). */
  maxBodyBytes?: number;
  /** The 2xx body must be exactly this long (a blob of known size). */
  exactBodyBytes?: number;
  bodyName?: string;
  /** A blob download: a redirect to another origin (object storage) is followed, without credentials. */
  storageRedirect?: boolean;
}

/** A connection to one registry host; hands out Target views of its repositories. */
export class RegistryClient {
  readonly registry: string;
  readonly baseUrl: string;
  /** `scheme://host[:port]` as URL.origin spells it: what "same origin" compares against. */
  readonly origin: string;
  readonly auth: RegistryAuth;
  readonly monolithicMaxBytes: number;
  readonly chunkSize: number;
  readonly timeouts: HttpTimeouts;
  private readonly redactor = new Redactor();
  private readonly policy: RetryPolicy;
  private readonly log: LogSink;
  private readonly observe: ((record: ExchangeRecord) => void) | undefined;
  private readonly agents: Agents = createAgents();

  constructor(options: RegistryClientOptions) {
    this.registry = options.registry.toLowerCase();
    if (!isValidRegistryHost(this.registry)) {
      throw new ReferenceError(`registry "${JSON.stringify(redactReference(options.registry)).slice(1, -1)}" is not a host (a hostname or IP address, with an optional port)`);
    }
    const plain = options.plainHttp ?? isLoopbackHost(this.registry);
    this.baseUrl = `${plain ? 'http' : 'https'}://${this.registry}`;
    this.origin = new URL(this.baseUrl).origin;
    this.auth = new RegistryAuth(this.registry, options.credentials, this.redactor, plain);
    const fromEnv = timeoutsFromEnv(options.env ?? process.env);
    this.timeouts = { ...DEFAULT_TIMEOUTS, ...fromEnv.timeouts, ...options.timeouts };
    this.policy = retryPolicy({ ...(fromEnv.retryMaxTotalMs === undefined ? {} : { maxTotalMs: fromEnv.retryMaxTotalMs }), ...options.retry });
    this.log = redactingLog(options.log, this.redactor);
    this.observe = options.observe;
    this.monolithicMaxBytes = options.monolithicMaxBytes ?? 16 * MIB;
    this.chunkSize = options.chunkSize ?? 8 * MIB;
  }

  repository(name: string): RegistryRepository {
    assertRepositoryName(name);
    return new RegistryRepository(this, name);
  }

  /** Log through the redacting sink. */
  logLine(line: string): void {
    this.log(line);
  }

  /** Redact with every secret this client knows (password, tokens). */
  redact(text: string): string {
    return this.redactor.redact(text);
  }

  /** `GET /v2/`: checks reachability and credentials. */
  async ping(): Promise<void> {
    const response = await this.send({ method: 'GET', url: `${this.baseUrl}/v2/`, scopes: [], operation: `ping ${this.registry}`, repository: '' });
    this.expect(response, [200], { operation: `ping ${this.registry}`, repository: '' });
  }

  context(operation: string, repository: string): HttpContext {
    return {
      registry: this.registry,
      repository: repository === '' ? undefined : repository,
      operation,
      username: this.auth.username,
      timeouts: this.timeouts,
      agents: this.agents,
      observe: this.observe,
      policy: this.policy,
      log: this.log,
      redact: (text) => this.redactor.redact(text),
    };
  }

  protocolError(operation: string, repository: string, detail: string): RegistryError {
    return new RegistryError({ kind: 'protocol', registry: this.registry, repository: repository || undefined, operation, message: `${operation}: ${detail}` });
  }

  /** A URL the registry sent (Location, Link), resolved against the request's; only http(s), no userinfo. */
  resolveUrl(location: string, base: string, operation: string, repository: string, what: string): URL {
    let url: URL;
    try {
      url = new URL(location, base);
    } catch {
      throw this.protocolError(operation, repository, `registry ${this.registry} sent ${what} that is not a URL`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw this.protocolError(operation, repository, `registry ${this.registry} sent ${what} with scheme ${remoteText(url.protocol, 20)}; refusing to follow it`);
    }
    if (url.username !== '' || url.password !== '') {
      throw this.protocolError(operation, repository, `registry ${this.registry} sent ${what} with credentials in it (${urlForMessage(url.toString())}); refusing to follow it`);
    }
    return url;
  }

  /** A URL the registry sent must be on its own origin; otherwise refused with the reason. */
  sameOriginUrl(location: string, base: string, operation: string, repository: string, what: string, refusal: string): string {
    const url = this.resolveUrl(location, base, operation, repository, what);
    if (url.origin !== this.origin) {
      throw this.protocolError(operation, repository, `registry ${this.registry} sent ${what} on another host (${url.origin}); ${refusal}`);
    }
    return url.toString();
  }

  /**
   * One request with auth (challenge answered once), retries, deadlines, body caps and redirects:
   * credentials only to our own origin; see the module comment for which redirects are followed.
   */
  async send(request: SendRequest): Promise<HttpResponse> {
    const ctx = this.context(request.operation, request.repository);
    let url = request.url;
    let authRetried = false;
    let redirects = 0;
    // Once a redirect left our origin, no hop after it gets credentials, even one that comes back.
    let leftOrigin = false;
    const visited = new Set<string>([url]);
    for (;;) {
      const headers: Record<string, string> = { ...request.headers };
      const authorization = leftOrigin ? undefined : await this.auth.authorization(request.scopes, ctx);
      if (authorization) headers['authorization'] = authorization;
      const hopCtx = leftOrigin ? { ...ctx, peer: `blob storage ${new URL(url).host} (redirected to by registry ${this.registry})` } : ctx;
      const response = await sendWithRetry(
        { method: request.method, url, headers, body: request.body, maxBodyBytes: request.maxBodyBytes, exactBodyBytes: request.exactBodyBytes, bodyName: request.bodyName },
        hopCtx,
      );
      this.log(`oci: ${request.method} ${urlForMessage(url)} -> ${response.status}`);
      if (response.status === 401 && !leftOrigin) {
        const challenge = response.headers.get('www-authenticate');
        const retry = await this.auth.onUnauthorized(challenge, request.scopes, ctx, authorization, authRetried);
        if (retry) {
          authRetried = true;
          continue;
        }
      }
      if (![301, 302, 303, 307, 308].includes(response.status)) return response;

      const where = leftOrigin ? hopCtx.peer : `registry ${this.registry}`;
      const location = response.headers.get('location');
      if (!location) throw this.protocolError(request.operation, request.repository, `${where} answered HTTP ${response.status} (a redirect) without a Location`);
      const next = this.resolveUrl(location, url, request.operation, request.repository, 'a redirect');
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        throw this.protocolError(request.operation, request.repository, `${where} answered HTTP ${response.status}, a redirect to ${urlForMessage(next.toString())}; a ${request.method} is not redirected (its body and credentials would go along)`);
      }
      if (++redirects > MAX_REDIRECTS) {
        throw this.protocolError(request.operation, request.repository, `${where} redirected more than ${MAX_REDIRECTS} times (last to ${urlForMessage(next.toString())})`);
      }
      if (visited.has(next.toString())) {
        throw this.protocolError(request.operation, request.repository, `${where} redirects in a loop (back to ${urlForMessage(next.toString())})`);
      }
      visited.add(next.toString());
      if (next.origin !== this.origin) {
        if (!request.storageRedirect) {
          throw this.protocolError(request.operation, request.repository, `${where} redirected to another host (${next.origin}); refusing to follow: only blob downloads may be served from elsewhere`);
        }
        if (next.protocol === 'http:' && new URL(url).protocol === 'https:') {
          throw this.protocolError(request.operation, request.repository, `${where} redirected from HTTPS to plain HTTP (${next.origin}); refusing to follow`);
        }
        leftOrigin = true;
      }
      url = next.toString();
    }
  }

  /** Throw the matching RegistryError unless the status is one we expect. */
  expect(response: HttpResponse, statuses: number[], where: { operation: string; repository: string }): void {
    if (statuses.includes(response.status)) return;
    const ctx = this.context(where.operation, where.repository);
    const answered = new URL(response.url);
    // After a redirect to blob storage, the answer is storage's, not the registry's.
    if (answered.origin !== this.origin) {
      ctx.peer = `blob storage ${answered.host} (redirected to by registry ${this.registry})`;
      ctx.username = undefined; // our credentials never went there
    }
    throw errorFromResponse(response.status, this.redactor.redact(bodyText(response)), ctx);
  }
}

/** One repository of a registry, as a Target. */
export class RegistryRepository implements Target {
  readonly name: string;

  constructor(
    readonly client: RegistryClient,
    readonly repository: string,
  ) {
    this.name = `${client.registry}/${repository}`;
  }

  private url(path: string): string {
    return `${this.client.baseUrl}/v2/${this.repository}/${path}`;
  }

  private get pullScopes(): string[] {
    return [repositoryScope(this.repository, 'pull')];
  }

  private get pushScopes(): string[] {
    return [repositoryScope(this.repository, 'pull,push')];
  }

  private get peer(): string {
    return `registry ${this.client.registry}`;
  }

  private async call(
    method: string,
    url: string,
    operation: string,
    scopes: string[],
    expected: number[],
    extra: Partial<Pick<SendRequest, 'headers' | 'body' | 'maxBodyBytes' | 'exactBodyBytes' | 'bodyName' | 'storageRedirect'>> = {},
  ): Promise<HttpResponse> {
    const response = await this.client.send({ method, url, scopes, operation, repository: this.repository, ...extra });
    this.client.expect(response, expected, { operation, repository: this.repository });
    return response;
  }

  /** A digest from our caller or from a manifest, before it goes into a URL path. */
  private checkDigest(digest: string, operation: string): void {
    try {
      assertSha256Digest(digest);
    } catch (error) {
      throw this.protocolError(operation, (error as Error).message);
    }
  }

  /** A `Docker-Content-Digest` header: absent, or a well-formed digest. */
  private announcedDigest(response: HttpResponse, operation: string): string | undefined {
    const value = response.headers.get('docker-content-digest');
    if (value === null) return undefined;
    if (!isDigest(value)) throw this.protocolError(operation, `${this.peer} sent a Docker-Content-Digest that is not a digest ("${remoteText(value, 80)}")`);
    return value;
  }

  async resolve(reference: string): Promise<Descriptor> {
    assertTagOrDigest(reference);
    const operation = `resolve ${this.name}:${reference}`;
    const response = await this.call('HEAD', this.url(`manifests/${reference}`), operation, this.pullScopes, [200], {
      headers: { accept: MANIFEST_ACCEPT },
    });
    const announced = this.announcedDigest(response, operation);
    if (announced !== undefined && isDigest(reference) && announced !== reference) {
      throw this.integrityError(operation, `${this.peer} answered for ${announced}, not the ${reference} asked for`);
    }
    const digest = announced ?? (isDigest(reference) ? reference : undefined);
    const mediaType = mediaTypeOf(response.headers.get('content-type'));
    const length = response.headers.get('content-length');
    if (!digest || !mediaType || length === null) {
      // Some registries omit headers on HEAD: fall back to the manifest itself.
      return (await this.fetchManifest(reference)).descriptor;
    }
    if (!isManifestMediaType(mediaType)) {
      throw this.protocolError(operation, `${this.peer} answered with content type "${remoteText(mediaType, 80)}", not a manifest`);
    }
    const size = Number(length);
    if (!/^\d+$/.test(length) || size > BODY_LIMITS.manifest) {
      throw this.protocolError(operation, `${this.peer} announced a manifest of ${remoteText(length, 30)} bytes (at most ${BODY_LIMITS.manifest / MIB} MiB are read)`);
    }
    return { mediaType, digest, size };
  }

  async fetchManifest(reference: string): Promise<FetchedManifest> {
    assertTagOrDigest(reference);
    const operation = `fetch manifest ${this.name}:${reference}`;
    const response = await this.call('GET', this.url(`manifests/${reference}`), operation, this.pullScopes, [200], {
      headers: { accept: MANIFEST_ACCEPT },
      maxBodyBytes: BODY_LIMITS.manifest,
      bodyName: 'manifest',
    });
    const bytes = response.body;
    if (bytes.byteLength === 0) throw this.protocolError(operation, `${this.peer} answered 200 with an empty manifest`);
    const digest = sha256Digest(bytes);
    const claimed = isDigest(reference) ? reference : this.announcedDigest(response, operation);
    if (claimed && claimed !== digest) {
      throw this.integrityError(operation, `${this.peer} sent a manifest whose bytes hash to ${digest}, not ${claimed}`);
    }
    const mediaType = this.manifestMediaType(bytes, response, operation);
    return { descriptor: { mediaType, digest, size: bytes.byteLength }, bytes };
  }

  /**
   * The media type of a fetched manifest, after checking the bytes are one: JSON with valid
   * descriptors, served as a manifest type we asked for, agreeing with what the JSON declares.
   */
  private manifestMediaType(bytes: Uint8Array, response: HttpResponse, operation: string): string {
    let declared: string | undefined;
    try {
      const json = parseManifestJson(bytes);
      declared = typeof json.mediaType === 'string' ? json.mediaType : undefined;
    } catch (error) {
      if (error instanceof ManifestError) throw this.protocolError(operation, `${this.peer} sent a ${error.message}`);
      throw error;
    }
    const served = mediaTypeOf(response.headers.get('content-type'));
    // Without a manifest Content-Type (absent, or generic JSON) the manifest's own mediaType decides.
    const mediaType = served === undefined || served === 'application/json' ? declared : served;
    if (mediaType === undefined || !isManifestMediaType(mediaType)) {
      throw this.protocolError(operation, `${this.peer} answered with content type "${remoteText(served ?? 'none', 80)}", not a manifest`);
    }
    if (declared !== undefined && declared !== mediaType) {
      throw this.protocolError(operation, `${this.peer} served a manifest as ${mediaType}, but it declares itself ${remoteText(declared, 80)}`);
    }
    try {
      manifestReferences(bytes, mediaType);
    } catch (error) {
      if (error instanceof ManifestError) throw this.protocolError(operation, `${this.peer} sent a ${error.message}`);
      throw error;
    }
    return mediaType;
  }

  async blobExists(digest: string): Promise<boolean> {
    return this.headBlob(digest, this.pullScopes);
  }

  /** HEAD a blob; pushes ask with the push scope so one token serves the whole push. */
  private async headBlob(digest: string, scopes: string[]): Promise<boolean> {
    const operation = `check blob ${shortDigest(digest)} in ${this.name}`;
    this.checkDigest(digest, operation);
    const response = await this.client.send({ method: 'HEAD', url: this.url(`blobs/${digest}`), scopes, operation, repository: this.repository, storageRedirect: true });
    if (response.status === 404) return false;
    this.client.expect(response, [200], { operation, repository: this.repository });
    return true;
  }

  async fetchBlob(digest: string, size?: number): Promise<Uint8Array> {
    const operation = `fetch blob ${shortDigest(digest)} from ${this.name}`;
    this.checkDigest(digest, operation);
    if (size !== undefined && (!Number.isSafeInteger(size) || size < 0)) throw this.protocolError(operation, `blob size ${size} is not a whole number of bytes`);
    const response = await this.call('GET', this.url(`blobs/${digest}`), operation, this.pullScopes, [200], {
      ...(size === undefined ? { maxBodyBytes: UNSIZED_BLOB_CAP } : { exactBodyBytes: size, maxBodyBytes: size }),
      bodyName: 'blob',
      storageRedirect: true,
    });
    try {
      verifyDigest(response.body, digest, `blob from ${this.name}`);
    } catch (error) {
      throw this.integrityError(operation, (error as Error).message);
    }
    return response.body;
  }

  async openBlob(descriptor: Descriptor): Promise<BlobSource> {
    return bytesSource(await this.fetchBlob(descriptor.digest, descriptor.size));
  }

  async pushBlob(descriptor: Pick<Descriptor, 'digest' | 'size'>, content: BlobContent): Promise<boolean> {
    const operation = `push blob ${shortDigest(descriptor.digest)} to ${this.name}`;
    this.checkDigest(descriptor.digest, operation);
    if (await this.headBlob(descriptor.digest, this.pushScopes)) return false;
    // A session broken beyond request-level retries (e.g. a replayed PATCH the registry no longer
    // accepts) is abandoned and the blob uploaded once more in a fresh session.
    for (let session = 1; ; session++) {
      try {
        const response = await this.call('POST', this.url('blobs/uploads/'), operation, this.pushScopes, [202]);
        await this.uploadToSession(this.uploadLocation(response, operation), descriptor, content, operation);
        return true;
      } catch (error) {
        if (session >= MAX_UPLOAD_SESSIONS || !isBrokenUploadSession(error)) throw error;
        this.client.logLine(`oci: ${operation}: ${(error as Error).message}; restarting the upload`);
      }
    }
  }

  /**
   * Cross-repository mount: link a blob `fromRepository` already has, without transferring it.
   * When the registry answers 202 (not mounted: unknown source, no access, or unsupported) the blob
   * is uploaded from `content` through the session it opened; without content the session is
   * cancelled. Returns true when mounted.
   */
  async mountBlob(descriptor: Pick<Descriptor, 'digest' | 'size'>, fromRepository: string, content?: BlobContent): Promise<boolean> {
    const operation = `mount blob ${shortDigest(descriptor.digest)} from ${fromRepository} into ${this.name}`;
    this.checkDigest(descriptor.digest, operation);
    assertRepositoryName(fromRepository);
    const query = `?mount=${encodeURIComponent(descriptor.digest)}&from=${encodeURIComponent(fromRepository)}`;
    const scopes = [...this.pushScopes, repositoryScope(fromRepository, 'pull')];
    const response = await this.call('POST', this.url(`blobs/uploads/${query}`), operation, scopes, [201, 202]);
    if (response.status === 201) {
      const got = this.announcedDigest(response, operation);
      if (got && got !== descriptor.digest) throw this.integrityError(operation, `registry mounted ${got}`);
      return true;
    }
    const location = this.uploadLocation(response, operation);
    if (content === undefined) {
      this.client.logLine(`oci: ${operation}: not mounted, cancelling upload session`);
      await this.client.send({ method: 'DELETE', url: location, scopes: this.pushScopes, operation, repository: this.repository });
      return false;
    }
    await this.uploadToSession(location, descriptor, content, `${operation} (fallback upload)`);
    return false;
  }

  /** Where the registry wants the blob: its own origin, or nowhere. */
  private uploadLocation(response: HttpResponse, operation: string): string {
    const location = response.headers.get('location');
    if (!location) throw this.protocolError(operation, `${this.peer} opened an upload without a Location header`);
    return this.client.sameOriginUrl(location, response.url, operation, this.repository, 'an upload location', 'refusing to send the blob or credentials there');
  }

  /** Monolithic PUT for small blobs, PATCH chunks for large ones; then confirm the digest. */
  private async uploadToSession(location: string, descriptor: Pick<Descriptor, 'digest' | 'size'>, content: BlobContent, operation: string): Promise<void> {
    const source = toBlobSource(content);
    if (source.size !== descriptor.size) {
      throw this.integrityError(operation, `content is ${source.size} bytes, descriptor says ${descriptor.size}`);
    }
    try {
      if (source.size <= this.client.monolithicMaxBytes) {
        await this.uploadMonolithic(location, descriptor, source, operation);
      } else {
        await this.uploadChunked(location, descriptor, source, operation);
      }
    } catch (error) {
      // The final PUT may have landed before the connection dropped: if the blob is there, we are done.
      // (A replayed final PUT then meets 404 BLOB_UPLOAD_UNKNOWN: the session was closed by success.)
      const worthChecking = error instanceof RegistryError && !['unauthorized', 'denied', 'integrity', 'unreachable'].includes(error.kind);
      if (worthChecking && (await this.headBlob(descriptor.digest, this.pushScopes).catch(() => false))) {
        return;
      }
      throw error;
    }
  }

  private async uploadMonolithic(location: string, descriptor: Pick<Descriptor, 'digest' | 'size'>, source: BlobSource, operation: string): Promise<void> {
    const bytes = await source.read(0, source.size);
    // Verify before sending: a registry would reject it anyway, but this names the real cause.
    try {
      verifyDigest(bytes, descriptor.digest, operation);
    } catch (error) {
      throw this.integrityError(operation, (error as Error).message);
    }
    const response = await this.call('PUT', withDigestParam(location, descriptor.digest), operation, this.pushScopes, [201], {
      headers: { 'content-type': 'application/octet-stream' },
      body: bytes,
    });
    this.checkStoredDigest(response, descriptor.digest, operation);
  }

  private async uploadChunked(location: string, descriptor: Pick<Descriptor, 'digest' | 'size'>, source: BlobSource, operation: string): Promise<void> {
    const hash = new Sha256Accumulator();
    let offset = 0;
    let url = location;
    // A registry answering 416 and then "you are at byte N" must make progress, not loop forever.
    let recoveries = 0;
    while (offset < source.size) {
      const chunk = await source.read(offset, Math.min(this.client.chunkSize, source.size - offset));
      if (chunk.byteLength === 0) throw this.integrityError(operation, `content ended at byte ${offset} of ${source.size}`);
      const end = offset + chunk.byteLength - 1;
      const response = await this.client.send({
        method: 'PATCH',
        url,
        scopes: this.pushScopes,
        operation: `${operation} (bytes ${offset}-${end})`,
        repository: this.repository,
        headers: { 'content-type': 'application/octet-stream', 'content-range': `${offset}-${end}` },
        body: chunk,
      });
      if (response.status === 416) {
        // A replayed PATCH whose first try had landed: ask the registry where the upload stands.
        if (++recoveries > MAX_RANGE_RECOVERIES) throw this.integrityError(operation, `${this.peer} refused the chunk at byte ${offset} (HTTP 416) ${MAX_RANGE_RECOVERIES} times`);
        const status = await this.uploadStatus(url, operation);
        url = status.location;
        if (status.received === end + 1) {
          hash.update(chunk);
          offset = end + 1;
          continue;
        }
        if (status.received === offset) continue;
        throw this.integrityError(operation, `upload is at byte ${status.received}, expected ${offset} or ${end + 1}`);
      }
      this.client.expect(response, [202], { operation, repository: this.repository });
      url = this.uploadLocation(response, operation);
      hash.update(chunk);
      offset = end + 1;
    }
    const digest = hash.digest();
    if (digest !== descriptor.digest) {
      await this.client.send({ method: 'DELETE', url, scopes: this.pushScopes, operation, repository: this.repository });
      throw this.integrityError(operation, `content hashes to ${digest}, not ${descriptor.digest}; upload cancelled`);
    }
    const response = await this.call('PUT', withDigestParam(url, descriptor.digest), operation, this.pushScopes, [201]);
    this.checkStoredDigest(response, descriptor.digest, operation);
  }

  /** `GET <upload location>` → how many bytes the registry holds (Range: 0-N) and the next Location. */
  private async uploadStatus(location: string, operation: string): Promise<{ received: number; location: string }> {
    const response = await this.call('GET', location, `${operation} (upload status)`, this.pushScopes, [204]);
    const range = /^(?:bytes=)?0-(\d+)$/.exec(response.headers.get('range') ?? '');
    return { received: range ? Number(range[1]) + 1 : 0, location: response.headers.get('location') ? this.uploadLocation(response, operation) : location };
  }

  private checkStoredDigest(response: HttpResponse, expected: string, operation: string): void {
    const stored = this.announcedDigest(response, operation);
    if (stored && stored !== expected) throw this.integrityError(operation, `registry stored ${stored}, expected ${expected}`);
  }

  async pushManifest(bytes: Uint8Array, mediaType: string, tag?: string): Promise<Descriptor> {
    if (tag !== undefined) assertValidTag(tag);
    const digest = sha256Digest(bytes);
    const reference = tag ?? digest;
    const operation = `push manifest ${reference === digest ? shortDigest(digest) : reference} to ${this.name}`;
    if (!isManifestMediaType(mediaType)) throw this.protocolError(operation, `"${remoteText(mediaType, 80)}" is not a manifest media type`);
    await this.assertReferencesPresent(bytes, mediaType, operation);
    return this.putManifest(bytes, mediaType, reference, digest, operation);
  }

  /** No tag may name an incomplete artifact: HEAD every blob and child manifest first. */
  private async assertReferencesPresent(bytes: Uint8Array, mediaType: string, operation: string): Promise<void> {
    const refs = manifestReferences(bytes, mediaType);
    for (const blob of refs.blobs) {
      if (!(await this.headBlob(blob.digest, this.pushScopes))) {
        throw this.integrityError(operation, `blob ${blob.digest} (${blob.mediaType}) is not in ${this.name}; refusing to push a manifest that points at it`);
      }
    }
    for (const child of refs.manifests) {
      this.checkDigest(child.digest, operation);
      const response = await this.client.send({ method: 'HEAD', url: this.url(`manifests/${child.digest}`), scopes: this.pushScopes, operation, repository: this.repository, headers: { accept: MANIFEST_ACCEPT } });
      if (response.status === 404) throw this.integrityError(operation, `child manifest ${child.digest} is not in ${this.name}`);
      this.client.expect(response, [200], { operation, repository: this.repository });
    }
  }

  private async putManifest(bytes: Uint8Array, mediaType: string, reference: string, digest: string, operation: string): Promise<Descriptor> {
    const response = await this.call('PUT', this.url(`manifests/${reference}`), operation, this.pushScopes, [201], {
      headers: { 'content-type': mediaType },
      body: bytes,
    });
    const stored = this.announcedDigest(response, operation);
    if (stored && stored !== digest) {
      throw this.integrityError(operation, `registry stored the manifest as ${stored}, but its bytes hash to ${digest}`);
    }
    return { mediaType, digest, size: bytes.byteLength };
  }

  async tag(reference: string, newTag: string): Promise<Descriptor> {
    assertValidTag(newTag);
    // Same bytes under a new name: digest unchanged, no blob touched.
    const { bytes, descriptor } = await this.fetchManifest(reference);
    return this.putManifest(bytes, descriptor.mediaType, newTag, descriptor.digest, `tag ${this.name}:${reference} as ${newTag}`);
  }

  async listTags(pageSize = 1000): Promise<string[]> {
    const operation = `list tags of ${this.name}`;
    const tags: string[] = [];
    const visited = new Set<string>();
    let url: string | undefined = this.url(`tags/list?n=${pageSize}`);
    for (let page = 1; url !== undefined; page++) {
      if (page > MAX_TAG_PAGES) throw this.protocolError(operation, `${this.peer} paginated the tag list over ${MAX_TAG_PAGES} pages`);
      if (visited.has(url)) throw this.protocolError(operation, `${this.peer} paginates the tag list in a loop (page ${page} links back to an earlier one)`);
      visited.add(url);
      const response = await this.call('GET', url, operation, this.pullScopes, [200], { maxBodyBytes: BODY_LIMITS.tagListPage, bodyName: 'tag list' });
      for (const tag of this.tagsOfPage(response, operation)) tags.push(tag);
      if (tags.length > MAX_TAGS) throw this.protocolError(operation, `${this.peer} listed over ${MAX_TAGS} tags`);
      const next = /<([^>]+)>\s*;\s*rel="?next"?/i.exec(response.headers.get('link') ?? '');
      url = next?.[1] ? this.client.sameOriginUrl(next[1], url, operation, this.repository, 'the next page of the tag list', 'refusing to follow it') : undefined;
    }
    return tags;
  }

  /** `{"name": ..., "tags": [...]}`; `tags` may be null or absent (no tags), but only ever a list of valid tags. */
  private tagsOfPage(response: HttpResponse, operation: string): string[] {
    let parsed: unknown;
    try {
      parsed = JSON.parse(bodyText(response));
    } catch {
      throw this.protocolError(operation, `${this.peer} sent a tag list that is not JSON${response.body.byteLength === 0 ? ' (an empty body)' : ''}`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw this.protocolError(operation, `${this.peer} sent a tag list that is not a JSON object`);
    const tags = (parsed as { tags?: unknown }).tags;
    if (tags === undefined || tags === null) return [];
    if (!Array.isArray(tags)) throw this.protocolError(operation, `${this.peer} sent a tag list whose "tags" is not a list`);
    for (const tag of tags) {
      if (typeof tag !== 'string' || !isValidTag(tag)) {
        throw this.protocolError(operation, `${this.peer} sent a tag list holding ${typeof tag === 'string' ? `"${remoteText(JSON.stringify(tag).slice(1, -1), 80)}", which is not a valid tag` : `a ${tag === null ? 'null' : typeof tag}, not a tag`}`);
      }
    }
    return tags as string[];
  }

  /** Delete a manifest by digest (registries refuse deleting by tag). */
  async deleteManifest(digest: string): Promise<void> {
    const operation = `delete manifest ${shortDigest(digest)} from ${this.name}`;
    this.checkDigest(digest, operation);
    await this.call('DELETE', this.url(`manifests/${digest}`), operation, this.pushScopes, [202]);
  }

  private protocolError(operation: string, detail: string): RegistryError {
    return this.client.protocolError(operation, this.repository, detail);
  }

  private integrityError(operation: string, detail: string): RegistryError {
    return new RegistryError({ kind: 'integrity', registry: this.client.registry, repository: this.repository, operation, message: `${operation}: ${detail}` });
  }
}
