/**
 * Registry authentication: anonymous, Basic, and the Bearer token challenge used by GHCR and
 * Docker Hub (401 + `WWW-Authenticate: Bearer realm=...,service=...,scope=...`, token from the realm).
 * One token is cached per scope set (e.g. pull vs pull,push of one repository) until it expires.
 *
 * Where credentials go: the Basic credentials to the registry's own origin and to the token realm
 * it names (which may be another host: Docker Hub's is auth.docker.io; that is the protocol), over
 * HTTPS only; the token only to the registry's own origin (RegistryClient.send never attaches it
 * anywhere else). A token request is never redirected: the credentials would go along.
 */
import { RegistryError, errorFromResponse } from './errors.js';
import { BODY_LIMITS, bodyText, sendWithRetry, type HttpContext } from './http.js';
import { urlForMessage, type Redactor } from './redact.js';
import { isLoopbackHost } from './reference.js';

export interface Credentials {
  username: string;
  /** Password or token (e.g. GITHUB_TOKEN). Never logged, never in messages. */
  password: string;
}

export interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

/** Parse the first challenge of a WWW-Authenticate header (quoted values may contain commas). */
export function parseChallenge(header: string): Challenge | undefined {
  const match = /^\s*([A-Za-z][A-Za-z0-9_-]*)\s*(.*)$/s.exec(header);
  if (!match) return undefined;
  const scheme = (match[1] ?? '').toLowerCase();
  const params: Record<string, string> = {};
  const paramRe = /\s*([A-Za-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*,?/gy;
  const rest = match[2] ?? '';
  let m: RegExpExecArray | null;
  while ((m = paramRe.exec(rest)) !== null && m[0] !== '') {
    const key = (m[1] ?? '').toLowerCase();
    params[key] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : (m[3] ?? '');
  }
  return { scheme, params };
}

export function repositoryScope(repository: string, actions: 'pull' | 'pull,push'): string {
  return `repository:${repository}:${actions}`;
}

function scopeKey(scopes: string[]): string {
  return [...scopes].sort().join(' ');
}

/** Actions of a `type:name:actions` scope, keyed by `type:name`. */
function actionsByResource(scopes: string[]): Map<string, Set<string>> {
  const byResource = new Map<string, Set<string>>();
  for (const scope of scopes) {
    const cut = scope.lastIndexOf(':');
    const actions = byResource.get(scope.slice(0, cut)) ?? new Set<string>();
    for (const action of scope.slice(cut + 1).split(',')) if (action !== '') actions.add(action);
    byResource.set(scope.slice(0, cut), actions);
  }
  return byResource;
}

/** One scope per resource with the union of actions: `a:pull` + `a:pull,push` → `a:pull,push`. */
export function mergeScopes(scopes: string[]): string[] {
  return [...actionsByResource(scopes)].map(([resource, actions]) => `${resource}:${[...actions].sort().join(',')}`);
}

/** `repository:NAME:ACTIONS` scopes in `have` grant every action of every scope in `wanted`. */
function scopesCover(have: string[], wanted: string[]): boolean {
  const granted = actionsByResource(have);
  return [...actionsByResource(wanted)].every(([resource, actions]) => {
    const got = granted.get(resource);
    return got !== undefined && [...actions].every((a) => got.has(a));
  });
}

interface CachedToken {
  token: string;
  expiresAt: number;
}

/** Default lifetime when the token endpoint does not say (Docker token spec: 60 s). */
const DEFAULT_TOKEN_SECONDS = 60;

export class RegistryAuth {
  /** Learned from the first challenge; until then requests go out anonymously. */
  private scheme: 'unknown' | 'basic' | 'bearer' = 'unknown';
  private bearer: { realm: string; service?: string } | undefined;
  private readonly tokens = new Map<string, CachedToken>();
  private readonly inflight = new Map<string, Promise<string>>();
  private readonly basicHeader: string | undefined;

  constructor(
    private readonly registry: string,
    private readonly credentials: Credentials | undefined,
    private readonly redactor: Redactor,
    /** The registry itself is spoken to over plain HTTP (a loopback test registry, or `plain-http`). */
    private readonly plainHttp = false,
  ) {
    if (credentials) {
      this.basicHeader = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
      redactor.add(credentials.password);
      redactor.add(this.basicHeader.slice('Basic '.length));
    }
  }

  get username(): string | undefined {
    return this.credentials?.username;
  }

  /** Authorization header to send up front for these scopes, fetching a token if we know the realm. */
  async authorization(scopes: string[], ctx: HttpContext): Promise<string | undefined> {
    if (this.scheme === 'basic') return this.basicHeader;
    if (this.scheme === 'bearer') return `Bearer ${await this.token(scopes, ctx, false)}`;
    return undefined;
  }

  /**
   * React to a 401 to a request sent with `sentAuthorization`. Returns true when a retry with other
   * authorization makes sense: Basic credentials not sent yet, or a Bearer challenge (fresh token,
   * or one another request fetched meanwhile). A second 401 on the same request is final.
   */
  async onUnauthorized(
    header: string | null,
    scopes: string[],
    ctx: HttpContext,
    sentAuthorization: string | undefined,
    alreadyRetried: boolean,
  ): Promise<boolean> {
    if (alreadyRetried || header === null) return false;
    const challenge = parseChallenge(header);
    if (!challenge) return false;
    if (challenge.scheme === 'basic') {
      if (!this.basicHeader || sentAuthorization === this.basicHeader) return false;
      this.scheme = 'basic';
      return true;
    }
    if (challenge.scheme === 'bearer') {
      const realm = challenge.params['realm'];
      if (!realm) return false;
      this.scheme = 'bearer';
      this.bearer = { realm, service: challenge.params['service'] };
      // Parallel requests all get 401 at first: if one of them already brought a token, use it.
      const current = this.cachedCovering(scopes, ctx.policy.now());
      if (current && `Bearer ${current}` !== sentAuthorization) return true;
      const extra = challenge.params['scope']?.split(' ').filter((s) => s !== '') ?? [];
      const wanted = mergeScopes([...scopes, ...extra]);
      // The token we sent was rejected (expired or revoked): drop it and fetch a fresh one.
      if (sentAuthorization?.startsWith('Bearer ')) this.forget(sentAuthorization.slice('Bearer '.length));
      await this.token(scopes, ctx, true, wanted);
      return true;
    }
    return false;
  }

  private forget(token: string): void {
    for (const [key, entry] of this.tokens) if (entry.token === token) this.tokens.delete(key);
  }

  private async token(scopes: string[], ctx: HttpContext, force: boolean, requested: string[] = scopes): Promise<string> {
    const key = scopeKey(scopes);
    if (!force) {
      const reusable = this.cachedCovering(scopes, ctx.policy.now());
      if (reusable) return reusable;
    }
    const pending = this.inflight.get(key);
    if (pending) return pending;
    const promise = this.fetchToken(requested, ctx).then(
      (entry) => {
        this.tokens.set(key, entry);
        this.inflight.delete(key);
        return entry.token;
      },
      (error: unknown) => {
        this.inflight.delete(key);
        throw error;
      },
    );
    this.inflight.set(key, promise);
    return promise;
  }

  /** A live token whose scopes include all of `wanted` (a pull,push token serves pulls too). */
  private cachedCovering(wanted: string[], now: number): string | undefined {
    const exact = this.tokens.get(scopeKey(wanted));
    if (exact && exact.expiresAt > now) return exact.token;
    for (const [key, entry] of this.tokens) {
      if (entry.expiresAt > now && scopesCover(key.split(' '), wanted)) return entry.token;
    }
    return undefined;
  }

  private protocolError(ctx: HttpContext, detail: string): RegistryError {
    return new RegistryError({ kind: 'protocol', registry: this.registry, operation: ctx.operation, message: `${ctx.operation}: ${detail}` });
  }

  /** The realm as a URL we may send the Basic credentials to, or a refusal saying why not. */
  private realmUrl(realm: string, ctx: HttpContext): URL {
    let url: URL;
    try {
      url = new URL(realm);
    } catch {
      throw this.protocolError(ctx, `registry ${this.registry} sent a token realm that is not a URL`);
    }
    if (url.username !== '' || url.password !== '') {
      throw this.protocolError(ctx, `registry ${this.registry} sent token realm ${urlForMessage(realm)} with credentials in it; refusing to use it`);
    }
    // Credentials go to the realm, so it must be HTTPS; plain HTTP only between loopback test
    // services (a registry on 127.0.0.1 whose token service is on 127.0.0.1 too).
    const plainAllowed = url.protocol === 'http:' && this.plainHttp && isLoopbackHost(this.registry) && isLoopbackHost(url.host);
    if (url.protocol !== 'https:' && !plainAllowed) {
      throw this.protocolError(ctx, `registry ${this.registry} sent token realm ${url.protocol === 'http:' ? url.origin : urlForMessage(realm)}, which is not HTTPS; refusing to send credentials there`);
    }
    return url;
  }

  private async fetchToken(scopes: string[], ctx: HttpContext): Promise<CachedToken> {
    if (!this.bearer) throw this.protocolError(ctx, `registry ${this.registry} sent no token realm`);
    const url = this.realmUrl(this.bearer.realm, ctx);
    if (this.bearer.service) url.searchParams.set('service', this.bearer.service);
    for (const scope of scopes) url.searchParams.append('scope', scope);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.basicHeader) headers['authorization'] = this.basicHeader;
    ctx.log(`oci: token request ${url.origin}${url.pathname} scope=${scopes.join(' ')}`);
    const peer = url.host === this.registry ? `registry ${this.registry}` : `token endpoint ${url.host} of registry ${this.registry}`;
    const tokenCtx: HttpContext = { ...ctx, operation: `${ctx.operation} (token from ${url.host})`, username: this.username, peer };
    const response = await sendWithRetry(
      { method: 'GET', url: url.toString(), headers, maxBodyBytes: BODY_LIMITS.token, bodyName: 'token response' },
      tokenCtx,
    );
    if (response.status >= 300 && response.status < 400) {
      throw this.protocolError(tokenCtx, `${peer} answered HTTP ${response.status} (a redirect); token requests are not redirected, the credentials would go along`);
    }
    if (response.status !== 200) {
      throw errorFromResponse(response.status, this.redactor.redact(bodyText(response)), tokenCtx);
    }
    let parsed: { token?: unknown; access_token?: unknown; expires_in?: unknown };
    try {
      parsed = JSON.parse(bodyText(response)) as typeof parsed;
    } catch {
      throw this.protocolError(tokenCtx, `${peer} did not answer JSON`);
    }
    if (typeof parsed !== 'object' || parsed === null) throw this.protocolError(tokenCtx, `${peer} did not answer a JSON object`);
    const token = typeof parsed.token === 'string' && parsed.token !== '' ? parsed.token : typeof parsed.access_token === 'string' ? parsed.access_token : undefined;
    if (!token) throw this.protocolError(tokenCtx, `${peer} answered without a token`);
    // The token goes into a header: printable ASCII without spaces, and of a size servers accept.
    if (!/^[\x21-\x7e]+$/.test(token) || token.length > 16 * 1024) {
      throw this.protocolError(tokenCtx, `${peer} answered a token that cannot be sent as a header (not printable ASCII, or over 16 KiB)`);
    }
    this.redactor.add(token);
    const seconds = typeof parsed.expires_in === 'number' && Number.isFinite(parsed.expires_in) && parsed.expires_in > 0 ? parsed.expires_in : DEFAULT_TOKEN_SECONDS;
    // Renew a little early so a token does not expire between our check and the registry's.
    return { token, expiresAt: ctx.policy.now() + Math.max(1, seconds - 5) * 1000 };
  }
}
