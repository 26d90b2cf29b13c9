/**
 * OCI distribution API client (registry side of Target), over Node's global fetch.
 * https://github.com/opencontainers/distribution-spec/blob/main/spec.md describes the endpoints.
 */
import { RegistryAuth, repositoryScope, type Credentials } from './auth.js';
import { Sha256Accumulator, assertSha256Digest, isDigest, sha256Digest, verifyDigest } from './digest.js';
import { RegistryError, errorFromResponse } from './errors.js';
import { discard, fetchWithRetry, readText, type FetchFn, type HttpContext } from './http.js';
import { MANIFEST_ACCEPT } from './media-types.js';
import { Redactor, redactingLog, urlForLog, type LogSink } from './redact.js';
import { assertValidTag, isLoopbackHost } from './reference.js';
import { retryPolicy, type RetryOptions, type RetryPolicy } from './retry.js';
import {
  bytesSource,
  declaredMediaType,
  manifestReferences,
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
  /** Receives debug lines, already redacted. */
  log?: LogSink;
  /** Defaults to the global fetch; tests wrap it to count requests. */
  fetch?: FetchFn;
  /** Blobs larger than this go up in chunks (default 16 MiB). */
  monolithicMaxBytes?: number;
  /** PATCH size for chunked uploads (default 8 MiB). */
  chunkSize?: number;
}

const MIB = 1024 * 1024;
const MAX_REDIRECTS = 5;
/** Upload sessions tried per blob before giving up. */
const MAX_UPLOAD_SESSIONS = 2;

/** Failures after which a new upload session can succeed (not auth, not bad content). */
function isBrokenUploadSession(error: unknown): boolean {
  if (!(error instanceof RegistryError)) return false;
  if (error.kind === 'network' || error.kind === 'server-error') return true;
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

interface SendRequest {
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: Uint8Array;
  scopes: string[];
  operation: string;
  repository: string;
}

/** A connection to one registry host; hands out Target views of its repositories. */
export class RegistryClient {
  readonly registry: string;
  readonly baseUrl: string;
  readonly auth: RegistryAuth;
  readonly monolithicMaxBytes: number;
  readonly chunkSize: number;
  private readonly redactor = new Redactor();
  private readonly policy: RetryPolicy;
  private readonly log: LogSink;
  private readonly fetchFn: FetchFn;

  constructor(options: RegistryClientOptions) {
    this.registry = options.registry.toLowerCase();
    const plain = options.plainHttp ?? isLoopbackHost(this.registry);
    this.baseUrl = `${plain ? 'http' : 'https'}://${this.registry}`;
    this.auth = new RegistryAuth(this.registry, options.credentials, this.redactor);
    this.policy = retryPolicy(options.retry);
    this.log = redactingLog(options.log, this.redactor);
    this.fetchFn = options.fetch ?? ((input, init) => fetch(input, init));
    this.monolithicMaxBytes = options.monolithicMaxBytes ?? 16 * MIB;
    this.chunkSize = options.chunkSize ?? 8 * MIB;
  }

  repository(name: string): RegistryRepository {
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
    await this.expect(response, [200], { operation: `ping ${this.registry}`, repository: '' });
  }

  context(operation: string, repository: string): HttpContext {
    return {
      registry: this.registry,
      repository: repository === '' ? undefined : repository,
      operation,
      username: this.auth.username,
      fetch: this.fetchFn,
      policy: this.policy,
      log: this.log,
      redact: (text) => this.redactor.redact(text),
    };
  }

  /** One request with auth (challenge answered once), retries, and redirects (credentials only to our origin). */
  async send(request: SendRequest): Promise<Response> {
    const ctx = this.context(request.operation, request.repository);
    let url = request.url;
    let authRetried = false;
    let redirects = 0;
    let foreignOrigin = false;
    for (;;) {
      const headers: Record<string, string> = { ...request.headers };
      const authorization = foreignOrigin ? undefined : await this.auth.authorization(request.scopes, ctx);
      if (authorization) headers['authorization'] = authorization;
      const response = await fetchWithRetry({ method: request.method, url, headers, body: request.body }, ctx);
      this.log(`oci: ${request.method} ${urlForLog(url)} -> ${response.status}`);
      if (response.status === 401 && !foreignOrigin) {
        const challenge = response.headers.get('www-authenticate');
        const retry = await this.auth.onUnauthorized(challenge, request.scopes, ctx, authorization, authRetried);
        if (retry) {
          authRetried = true;
          await discard(response);
          continue;
        }
      }
      const location = response.headers.get('location');
      const isRedirect = [301, 302, 303, 307, 308].includes(response.status);
      if (isRedirect && location && (request.method === 'GET' || request.method === 'HEAD')) {
        if (++redirects > MAX_REDIRECTS) {
          throw new RegistryError({ kind: 'protocol', registry: this.registry, repository: request.repository, operation: request.operation, message: `${request.operation}: too many redirects` });
        }
        await discard(response);
        url = new URL(location, url).toString();
        // Blob downloads are redirected to storage (GHCR: a signed URL); never send our credentials there.
        foreignOrigin = new URL(url).origin !== this.baseUrl;
        continue;
      }
      return response;
    }
  }

  /** Throw the matching RegistryError unless the status is one we expect. */
  async expect(response: Response, statuses: number[], where: { operation: string; repository: string }): Promise<void> {
    if (statuses.includes(response.status)) return;
    const body = this.redactor.redact(await readText(response));
    throw errorFromResponse(response.status, body, this.context(where.operation, where.repository));
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

  private async call(
    method: string,
    url: string,
    operation: string,
    scopes: string[],
    expected: number[],
    extra: { headers?: Record<string, string>; body?: Uint8Array } = {},
  ): Promise<Response> {
    const response = await this.client.send({ method, url, scopes, operation, repository: this.repository, ...extra });
    await this.client.expect(response, expected, { operation, repository: this.repository });
    return response;
  }

  async resolve(reference: string): Promise<Descriptor> {
    const operation = `resolve ${this.name}:${reference}`;
    const response = await this.call('HEAD', this.url(`manifests/${reference}`), operation, this.pullScopes, [200], {
      headers: { accept: MANIFEST_ACCEPT },
    });
    const digest = response.headers.get('docker-content-digest') ?? (isDigest(reference) ? reference : undefined);
    const mediaType = response.headers.get('content-type')?.split(';')[0]?.trim();
    const length = response.headers.get('content-length');
    if (!digest || !mediaType || length === null) {
      // Some registries omit headers on HEAD: fall back to the manifest itself.
      return (await this.fetchManifest(reference)).descriptor;
    }
    return { mediaType, digest, size: Number(length) };
  }

  async fetchManifest(reference: string): Promise<FetchedManifest> {
    const operation = `fetch manifest ${this.name}:${reference}`;
    const response = await this.call('GET', this.url(`manifests/${reference}`), operation, this.pullScopes, [200], {
      headers: { accept: MANIFEST_ACCEPT },
    });
    const bytes = new Uint8Array(await response.arrayBuffer());
    const digest = sha256Digest(bytes);
    const claimed = isDigest(reference) ? reference : response.headers.get('docker-content-digest');
    if (claimed && claimed.startsWith('sha256:') && claimed !== digest) {
      throw this.integrityError(operation, `manifest bytes hash to ${digest}, registry said ${claimed}`);
    }
    const mediaType = response.headers.get('content-type')?.split(';')[0]?.trim() || declaredMediaType(bytes) || '';
    return { descriptor: { mediaType, digest, size: bytes.byteLength }, bytes };
  }

  async blobExists(digest: string): Promise<boolean> {
    return this.headBlob(digest, this.pullScopes);
  }

  /** HEAD a blob; pushes ask with the push scope so one token serves the whole push. */
  private async headBlob(digest: string, scopes: string[]): Promise<boolean> {
    const operation = `check blob ${shortDigest(digest)} in ${this.name}`;
    const response = await this.client.send({ method: 'HEAD', url: this.url(`blobs/${digest}`), scopes, operation, repository: this.repository });
    await discard(response);
    if (response.status === 404) return false;
    await this.client.expect(response, [200], { operation, repository: this.repository });
    return true;
  }

  async fetchBlob(digest: string): Promise<Uint8Array> {
    const operation = `fetch blob ${shortDigest(digest)} from ${this.name}`;
    const response = await this.call('GET', this.url(`blobs/${digest}`), operation, this.pullScopes, [200]);
    const bytes = new Uint8Array(await response.arrayBuffer());
    try {
      verifyDigest(bytes, digest, `blob from ${this.name}`);
    } catch (error) {
      throw this.integrityError(operation, (error as Error).message);
    }
    return bytes;
  }

  async openBlob(descriptor: Descriptor): Promise<BlobSource> {
    return bytesSource(await this.fetchBlob(descriptor.digest));
  }

  async pushBlob(descriptor: Pick<Descriptor, 'digest' | 'size'>, content: BlobContent): Promise<boolean> {
    assertSha256Digest(descriptor.digest);
    if (await this.headBlob(descriptor.digest, this.pushScopes)) return false;
    const operation = `push blob ${shortDigest(descriptor.digest)} to ${this.name}`;
    // A session broken beyond request-level retries (e.g. a replayed PATCH the registry no longer
    // accepts) is abandoned and the blob uploaded once more in a fresh session.
    for (let session = 1; ; session++) {
      try {
        const response = await this.call('POST', this.url('blobs/uploads/'), operation, this.pushScopes, [202]);
        await discard(response);
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
    assertSha256Digest(descriptor.digest);
    const operation = `mount blob ${shortDigest(descriptor.digest)} from ${fromRepository} into ${this.name}`;
    const query = `?mount=${encodeURIComponent(descriptor.digest)}&from=${encodeURIComponent(fromRepository)}`;
    const scopes = [...this.pushScopes, repositoryScope(fromRepository, 'pull')];
    const response = await this.call('POST', this.url(`blobs/uploads/${query}`), operation, scopes, [201, 202]);
    await discard(response);
    if (response.status === 201) {
      const got = response.headers.get('docker-content-digest');
      if (got && got !== descriptor.digest) throw this.integrityError(operation, `registry mounted ${got}`);
      return true;
    }
    const location = this.uploadLocation(response, operation);
    if (content === undefined) {
      this.client.logLine(`oci: ${operation}: not mounted, cancelling upload session`);
      const cancel = await this.client.send({ method: 'DELETE', url: location, scopes: this.pushScopes, operation, repository: this.repository });
      await discard(cancel);
      return false;
    }
    await this.uploadToSession(location, descriptor, content, `${operation} (fallback upload)`);
    return false;
  }

  private uploadLocation(response: Response, operation: string): string {
    const location = response.headers.get('location');
    if (!location) throw new RegistryError({ kind: 'protocol', registry: this.client.registry, repository: this.repository, operation, message: `${operation}: registry opened an upload without a Location header` });
    return new URL(location, this.client.baseUrl).toString();
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
    await discard(response);
    this.checkStoredDigest(response, descriptor.digest, operation);
  }

  private async uploadChunked(location: string, descriptor: Pick<Descriptor, 'digest' | 'size'>, source: BlobSource, operation: string): Promise<void> {
    const hash = new Sha256Accumulator();
    let offset = 0;
    let url = location;
    while (offset < source.size) {
      const chunk = await source.read(offset, Math.min(this.client.chunkSize, source.size - offset));
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
        await discard(response);
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
      await this.client.expect(response, [202], { operation, repository: this.repository });
      await discard(response);
      url = this.uploadLocation(response, operation);
      hash.update(chunk);
      offset = end + 1;
    }
    const digest = hash.digest();
    if (digest !== descriptor.digest) {
      const cancel = await this.client.send({ method: 'DELETE', url, scopes: this.pushScopes, operation, repository: this.repository });
      await discard(cancel);
      throw this.integrityError(operation, `content hashes to ${digest}, not ${descriptor.digest}; upload cancelled`);
    }
    const response = await this.call('PUT', withDigestParam(url, descriptor.digest), operation, this.pushScopes, [201]);
    await discard(response);
    this.checkStoredDigest(response, descriptor.digest, operation);
  }

  /** `GET <upload location>` → how many bytes the registry holds (Range: 0-N) and the next Location. */
  private async uploadStatus(location: string, operation: string): Promise<{ received: number; location: string }> {
    const response = await this.call('GET', location, `${operation} (upload status)`, this.pushScopes, [204]);
    const range = /^(?:bytes=)?0-(\d+)$/.exec(response.headers.get('range') ?? '');
    return { received: range ? Number(range[1]) + 1 : 0, location: response.headers.get('location') ? this.uploadLocation(response, operation) : location };
  }

  private checkStoredDigest(response: Response, expected: string, operation: string): void {
    const stored = response.headers.get('docker-content-digest');
    if (stored && stored !== expected) throw this.integrityError(operation, `registry stored ${stored}, expected ${expected}`);
  }

  async pushManifest(bytes: Uint8Array, mediaType: string, tag?: string): Promise<Descriptor> {
    if (tag !== undefined) assertValidTag(tag);
    const digest = sha256Digest(bytes);
    const reference = tag ?? digest;
    const operation = `push manifest ${reference === digest ? shortDigest(digest) : reference} to ${this.name}`;
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
      const response = await this.client.send({ method: 'HEAD', url: this.url(`manifests/${child.digest}`), scopes: this.pushScopes, operation, repository: this.repository, headers: { accept: MANIFEST_ACCEPT } });
      await discard(response);
      if (response.status === 404) throw this.integrityError(operation, `child manifest ${child.digest} is not in ${this.name}`);
      await this.client.expect(response, [200], { operation, repository: this.repository });
    }
  }

  private async putManifest(bytes: Uint8Array, mediaType: string, reference: string, digest: string, operation: string): Promise<Descriptor> {
    const response = await this.call('PUT', this.url(`manifests/${reference}`), operation, this.pushScopes, [201], {
      headers: { 'content-type': mediaType },
      body: bytes,
    });
    await discard(response);
    const stored = response.headers.get('docker-content-digest');
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
    let url: string | undefined = this.url(`tags/list?n=${pageSize}`);
    for (let page = 0; url !== undefined; page++) {
      if (page > 10_000) throw this.integrityError(operation, 'tag pagination does not end');
      const response = await this.call('GET', url, operation, this.pullScopes, [200]);
      const body = (await response.json()) as { tags?: unknown };
      if (Array.isArray(body.tags)) for (const t of body.tags) if (typeof t === 'string') tags.push(t);
      const next = /<([^>]+)>\s*;\s*rel="?next"?/i.exec(response.headers.get('link') ?? '');
      url = next?.[1] ? new URL(next[1], url).toString() : undefined;
    }
    return tags;
  }

  /** Delete a manifest by digest (registries refuse deleting by tag). */
  async deleteManifest(digest: string): Promise<void> {
    assertSha256Digest(digest);
    const response = await this.call('DELETE', this.url(`manifests/${digest}`), `delete manifest ${shortDigest(digest)} from ${this.name}`, this.pushScopes, [202]);
    await discard(response);
  }

  private integrityError(operation: string, detail: string): RegistryError {
    return new RegistryError({ kind: 'integrity', registry: this.client.registry, repository: this.repository, operation, message: `${operation}: ${detail}` });
  }
}
