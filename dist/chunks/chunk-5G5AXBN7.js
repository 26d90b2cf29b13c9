import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  getExecOutput
} from "./chunk-324FZETZ.js";
import {
  booleanOption,
  stringOption
} from "./chunk-JV37HJUO.js";
import {
  UserError
} from "./chunk-AMA7OVDP.js";

// src/oci/digest.ts
import { createHash } from "node:crypto";
var DIGEST_RE = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
var SHA256_RE = /^sha256:[a-f0-9]{64}$/;
function sha256Digest(bytes) {
  return `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
}
function isDigest(value) {
  return DIGEST_RE.test(value);
}
function assertSha256Digest(digest) {
  if (!SHA256_RE.test(digest)) {
    throw new Error(`unsupported or malformed digest "${digest}": expected sha256:<64 lowercase hex>`);
  }
}
function verifyDigest(bytes, expected, what) {
  assertSha256Digest(expected);
  const actual = sha256Digest(bytes);
  if (actual !== expected) {
    throw new Error(`digest mismatch for ${what}: expected ${expected}, content hashes to ${actual}`);
  }
}
var Sha256Accumulator = class {
  hash = createHash("sha256");
  update(chunk) {
    this.hash.update(chunk);
  }
  digest() {
    return `sha256:${this.hash.digest("hex")}`;
  }
};

// src/oci/reference.ts
var TAG_RE = /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$/;
var COMPONENT_RE = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
var HOST_RE = /^(?:\[[0-9a-fA-F:.]+\]|[a-zA-Z0-9](?:[a-zA-Z0-9.-]*[a-zA-Z0-9])?)(?::[0-9]{1,5})?$/;
var ReferenceError = class extends UserError {
  name = "ReferenceError";
};
function isValidTag(tag) {
  return TAG_RE.test(tag);
}
function assertValidTag(tag) {
  if (!isValidTag(tag)) {
    throw new ReferenceError(
      `invalid tag "${tag}": tags must match [a-zA-Z0-9_][a-zA-Z0-9._-]{0,127} (OCI distribution spec)`
    );
  }
}
function looksLikeHost(component) {
  return HOST_RE.test(component) && (component.includes(".") || component.includes(":") || component === "localhost" || component.startsWith("localhost:"));
}
function split(input) {
  let rest = input.trim();
  if (rest.startsWith("oci://")) rest = rest.slice("oci://".length);
  let digest;
  const at = rest.lastIndexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!isDigest(digest)) throw new ReferenceError(`invalid digest "${digest}" in reference "${input}"`);
  }
  const slash = rest.indexOf("/");
  if (slash < 0) {
    throw new ReferenceError(`reference "${input}" has no repository: expected host[:port]/namespace/name[:tag]`);
  }
  const registry = rest.slice(0, slash);
  let path = rest.slice(slash + 1);
  if (!looksLikeHost(registry)) {
    throw new ReferenceError(
      `reference "${input}" must start with a registry host (e.g. ghcr.io/${rest}); "${registry}" is not a host`
    );
  }
  let tag;
  const lastSlash = path.lastIndexOf("/");
  const colon = path.indexOf(":", lastSlash + 1);
  if (colon >= 0) {
    tag = path.slice(colon + 1);
    path = path.slice(0, colon);
    assertValidTag(tag);
  }
  if (path === "") throw new ReferenceError(`reference "${input}" has an empty repository`);
  return { registry: registry.toLowerCase(), repository: path, tag, digest };
}
function withOptional(base, tag, digest) {
  const ref = { ...base };
  if (tag !== void 0) ref.tag = tag;
  if (digest !== void 0) ref.digest = digest;
  return ref;
}
function checkRepository(repository, input) {
  for (const component of repository.split("/")) {
    if (!COMPONENT_RE.test(component)) {
      const hint = COMPONENT_RE.test(component.toLowerCase()) ? ` (repository names must be lowercase; normalizeReference() lowercases and reports it)` : "";
      throw new ReferenceError(`invalid repository component "${component}" in "${input}"${hint}`);
    }
  }
}
function normalizeReference(input) {
  const parts = split(input);
  const lower = parts.repository.toLowerCase();
  checkRepository(lower, input);
  const reference = withOptional({ registry: parts.registry, repository: lower }, parts.tag, parts.digest);
  if (lower === parts.repository) return { reference, lowercased: false };
  return {
    reference,
    lowercased: true,
    notice: `repository "${parts.repository}" lowercased to "${lower}" (registries require lowercase repository names)`
  };
}
function isLoopbackHost(registry) {
  const host = registry.replace(/:\d+$/, "");
  return host === "localhost" || host.startsWith("127.") || host === "[::1]";
}

// src/oci/errors.ts
var RegistryError = class extends UserError {
  name = "RegistryError";
  kind;
  status;
  /** `errors[]` of the registry's JSON body (codes like NAME_UNKNOWN, DENIED, MANIFEST_UNKNOWN). */
  ociErrors;
  registry;
  repository;
  /** What we were doing, e.g. "push manifest 1.6.1 to vfarcic/dot-ai". */
  operation;
  attempts;
  constructor(init) {
    super(init.message, init.cause === void 0 ? void 0 : { cause: init.cause });
    this.kind = init.kind;
    this.status = init.status;
    this.ociErrors = init.ociErrors ?? [];
    this.registry = init.registry;
    this.repository = init.repository;
    this.operation = init.operation;
    this.attempts = init.attempts;
  }
  hasCode(code) {
    return this.ociErrors.some((e) => e.code === code);
  }
};
function parseOciErrors(body) {
  try {
    const parsed = JSON.parse(body);
    if (typeof parsed !== "object" || parsed === null || !("errors" in parsed)) return [];
    const errors = parsed.errors;
    if (!Array.isArray(errors)) return [];
    return errors.flatMap((e) => {
      if (typeof e !== "object" || e === null) return [];
      const { code, message } = e;
      return [{ code: typeof code === "string" ? code : "UNKNOWN", message: typeof message === "string" ? message : "" }];
    });
  } catch {
    return [];
  }
}
function describeOciErrors(errors) {
  if (errors.length === 0) return "";
  return ": " + errors.map((e) => e.message ? `${e.code} ${e.message}` : e.code).join("; ");
}
function errorFromResponse(status, body, ctx) {
  const ociErrors = parseOciErrors(body);
  const details = describeOciErrors(ociErrors);
  const base = { registry: ctx.registry, repository: ctx.repository, operation: ctx.operation, status, ociErrors, attempts: ctx.attempts };
  const where = ctx.repository ? `${ctx.registry}/${ctx.repository}` : ctx.registry;
  if (status === 401) {
    const who = ctx.username ? `rejected the credentials of user "${ctx.username}"` : "requires authentication and no credentials were given";
    return new RegistryError({ ...base, kind: "unauthorized", message: `${ctx.operation}: registry ${ctx.registry} ${who} (HTTP 401${details})` });
  }
  if (status === 403) {
    const text = ociErrors.map((e) => `${e.code} ${e.message}`).join(" ");
    const ghcrWrite = /permission_denied/i.test(text) && /write_package/i.test(text);
    const hint = ghcrWrite ? '; the workflow needs `permissions: packages: write`, and the package\'s "Manage Actions access" settings must grant this repository the Write role' : "";
    const user = ctx.username ? ` for user "${ctx.username}"` : "";
    return new RegistryError({ ...base, kind: "denied", message: `${ctx.operation}: registry ${ctx.registry} denied access to ${where}${user} (HTTP 403${details})${hint}` });
  }
  if (status === 404) {
    const nameUnknown = ociErrors.some((e) => e.code === "NAME_UNKNOWN");
    const what = nameUnknown ? `repository ${where} does not exist (NAME_UNKNOWN); check the namespace/name spelling and that it was pushed before` : `not found in ${where} (HTTP 404${details})`;
    return new RegistryError({ ...base, kind: "not-found", message: `${ctx.operation}: ${what}` });
  }
  if (status === 429) {
    return new RegistryError({ ...base, kind: "rate-limited", message: `${ctx.operation}: registry ${ctx.registry} is rate limiting us (HTTP 429) and still was after ${ctx.attempts ?? 1} attempt(s); wait and retry later${details}` });
  }
  if (status >= 500) {
    return new RegistryError({ ...base, kind: "server-error", message: `${ctx.operation}: registry ${ctx.registry} failed with HTTP ${status} after ${ctx.attempts ?? 1} attempt(s)${details}` });
  }
  return new RegistryError({ ...base, kind: "protocol", message: `${ctx.operation}: registry ${ctx.registry} answered HTTP ${status}${details}` });
}
function networkErrorCodes(error) {
  const codes = [];
  const seen = /* @__PURE__ */ new Set();
  const visit = (e, depth) => {
    if (depth > 6 || e === null || typeof e !== "object" || seen.has(e)) return;
    seen.add(e);
    const { code, message, cause, errors } = e;
    if (typeof code === "string") codes.push(code);
    if (typeof message === "string") {
      if (/socket hang up/i.test(message)) codes.push("ECONNRESET");
      if (/other side closed/i.test(message)) codes.push("UND_ERR_SOCKET");
    }
    visit(cause, depth + 1);
    if (Array.isArray(errors)) for (const inner of errors) visit(inner, depth + 1);
  };
  visit(error, 0);
  return codes;
}
var UNREACHABLE_CODES = /* @__PURE__ */ new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);
function errorFromNetworkFailure(error, ctx) {
  const codes = networkErrorCodes(error);
  const base = { registry: ctx.registry, repository: ctx.repository, operation: ctx.operation, attempts: ctx.attempts, cause: error };
  const unreachable = codes.find((c) => UNREACHABLE_CODES.has(c));
  if (unreachable) {
    const reason = unreachable === "ECONNREFUSED" ? "connection refused" : unreachable;
    return new RegistryError({ ...base, kind: "unreachable", message: `${ctx.operation}: cannot reach registry ${ctx.registry} (${reason})` });
  }
  const code = codes[0] ?? (error instanceof Error ? error.message : String(error));
  return new RegistryError({ ...base, kind: "network", message: `${ctx.operation}: connection to registry ${ctx.registry} failed (${code}) after ${ctx.attempts ?? 1} attempt(s)` });
}

// src/oci/redact.ts
var MASK = "***";
var GENERIC_PATTERNS = [
  [/\b(authorization\s*[:=]\s*)(basic|bearer)\s+[^\s,;"']+/gi, `$1$2 ${MASK}`],
  [/\b(basic|bearer)\s+[A-Za-z0-9+/=._~-]{12,}/gi, `$1 ${MASK}`],
  [/("(?:token|access_token|refresh_token|password|secret)"\s*:\s*")[^"]*(")/gi, `$1${MASK}$2`],
  [/([?&](?:token|access_token|password)=)[^&\s]+/gi, `$1${MASK}`],
  [/(\/\/[^/@\s:]+:)[^/@\s]+@/g, `$1${MASK}@`]
];
function redact(text, secrets = []) {
  let out = text;
  const sorted = [...secrets].filter((s) => s.length >= 3).sort((a, b) => b.length - a.length);
  for (const secret of sorted) out = out.split(secret).join(MASK);
  for (const [pattern, replacement] of GENERIC_PATTERNS) out = out.replace(pattern, replacement);
  return out;
}
var Redactor = class {
  secrets = /* @__PURE__ */ new Set();
  add(secret) {
    if (secret !== void 0 && secret !== "") this.secrets.add(secret);
  }
  redact(text) {
    return redact(text, this.secrets);
  }
};
function redactingLog(sink, redactor) {
  return (line) => {
    if (sink) sink(redactor.redact(line));
  };
}
function urlForLog(url) {
  const cut = url.indexOf("?");
  return cut < 0 ? url : `${url.slice(0, cut)}?\u2026`;
}

// src/oci/retry.ts
function retryPolicy(options = {}) {
  return {
    maxAttempts: options.maxAttempts ?? 5,
    maxTotalMs: options.maxTotalMs ?? 6e4,
    baseDelayMs: options.baseDelayMs ?? 500,
    maxDelayMs: options.maxDelayMs ?? 1e4,
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    now: options.now ?? Date.now,
    random: options.random ?? Math.random
  };
}
var RETRYABLE_STATUSES = /* @__PURE__ */ new Set([429, 500, 502, 503, 504]);
function isRetryableStatus(status) {
  return RETRYABLE_STATUSES.has(status);
}
var RETRYABLE_NETWORK_CODES = /* @__PURE__ */ new Set([
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "ECONNABORTED",
  "UND_ERR_SOCKET",
  "UND_ERR_CLOSED",
  // undici's own timeouts (headers/body 300 s by default): a stalled connection, worth a new one.
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
  "UND_ERR_CONNECT_TIMEOUT"
]);
function isRetryableNetworkError(error) {
  return networkErrorCodes(error).some((c) => RETRYABLE_NETWORK_CODES.has(c));
}
function parseRetryAfter(value, now) {
  if (value === null || value.trim() === "") return void 0;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1e3;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return void 0;
  return Math.max(0, date - now);
}
function backoffDelay(policy, retry) {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  return Math.round(exponential / 2 + policy.random() * (exponential / 2));
}
function nextRetryDelay(policy, attempt, startedAt, retryAfterMs) {
  if (attempt >= policy.maxAttempts) return void 0;
  const delay = retryAfterMs ?? backoffDelay(policy, attempt);
  const elapsed = policy.now() - startedAt;
  if (elapsed + delay > policy.maxTotalMs) return void 0;
  return delay;
}

// src/oci/http.ts
async function discard(response) {
  try {
    await response.body?.cancel();
  } catch {
  }
}
async function readText(response) {
  try {
    return await response.text();
  } catch {
    return "";
  }
}
async function fetchWithRetry(request, ctx) {
  const startedAt = ctx.policy.now();
  for (let attempt = 1; ; attempt++) {
    let response;
    try {
      response = await ctx.fetch(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body,
        // Redirects are followed by the caller, which drops credentials when the origin changes.
        redirect: "manual"
      });
    } catch (error) {
      const delay2 = isRetryableNetworkError(error) ? nextRetryDelay(ctx.policy, attempt, startedAt, void 0) : void 0;
      if (delay2 === void 0) throw errorFromNetworkFailure(error, { ...ctx, attempts: attempt });
      ctx.log(`oci: ${request.method} ${urlForLog(request.url)} failed (${error.message}); retry ${attempt} in ${delay2} ms`);
      await ctx.policy.sleep(delay2);
      continue;
    }
    if (!isRetryableStatus(response.status)) return response;
    const retryAfter = parseRetryAfter(response.headers.get("retry-after"), ctx.policy.now());
    const delay = nextRetryDelay(ctx.policy, attempt, startedAt, retryAfter);
    if (delay === void 0) {
      const body = ctx.redact(await readText(response));
      throw errorFromResponse(response.status, body, { ...ctx, attempts: attempt });
    }
    await discard(response);
    ctx.log(`oci: ${request.method} ${urlForLog(request.url)} answered ${response.status}; retry ${attempt} in ${delay} ms`);
    await ctx.policy.sleep(delay);
  }
}

// src/oci/auth.ts
function parseChallenge(header) {
  const match = /^\s*([A-Za-z][A-Za-z0-9_-]*)\s*(.*)$/s.exec(header);
  if (!match) return void 0;
  const scheme = (match[1] ?? "").toLowerCase();
  const params = {};
  const paramRe = /\s*([A-Za-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*,?/gy;
  const rest = match[2] ?? "";
  let m;
  while ((m = paramRe.exec(rest)) !== null && m[0] !== "") {
    const key = (m[1] ?? "").toLowerCase();
    params[key] = m[2] !== void 0 ? m[2].replace(/\\(.)/g, "$1") : m[3] ?? "";
  }
  return { scheme, params };
}
function repositoryScope(repository, actions) {
  return `repository:${repository}:${actions}`;
}
function scopeKey(scopes) {
  return [...scopes].sort().join(" ");
}
function actionsByResource(scopes) {
  const byResource = /* @__PURE__ */ new Map();
  for (const scope of scopes) {
    const cut = scope.lastIndexOf(":");
    const actions = byResource.get(scope.slice(0, cut)) ?? /* @__PURE__ */ new Set();
    for (const action of scope.slice(cut + 1).split(",")) if (action !== "") actions.add(action);
    byResource.set(scope.slice(0, cut), actions);
  }
  return byResource;
}
function mergeScopes(scopes) {
  return [...actionsByResource(scopes)].map(([resource, actions]) => `${resource}:${[...actions].sort().join(",")}`);
}
function scopesCover(have, wanted) {
  const granted = actionsByResource(have);
  return [...actionsByResource(wanted)].every(([resource, actions]) => {
    const got = granted.get(resource);
    return got !== void 0 && [...actions].every((a) => got.has(a));
  });
}
var DEFAULT_TOKEN_SECONDS = 60;
var RegistryAuth = class {
  constructor(registry, credentials, redactor) {
    this.registry = registry;
    this.credentials = credentials;
    this.redactor = redactor;
    if (credentials) {
      this.basicHeader = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64")}`;
      redactor.add(credentials.password);
      redactor.add(this.basicHeader.slice("Basic ".length));
    }
  }
  registry;
  credentials;
  redactor;
  /** Learned from the first challenge; until then requests go out anonymously. */
  scheme = "unknown";
  bearer;
  tokens = /* @__PURE__ */ new Map();
  inflight = /* @__PURE__ */ new Map();
  basicHeader;
  get username() {
    return this.credentials?.username;
  }
  /** Authorization header to send up front for these scopes, fetching a token if we know the realm. */
  async authorization(scopes, ctx) {
    if (this.scheme === "basic") return this.basicHeader;
    if (this.scheme === "bearer") return `Bearer ${await this.token(scopes, ctx, false)}`;
    return void 0;
  }
  /**
   * React to a 401 to a request sent with `sentAuthorization`. Returns true when a retry with other
   * authorization makes sense: Basic credentials not sent yet, or a Bearer challenge (fresh token,
   * or one another request fetched meanwhile). A second 401 on the same request is final.
   */
  async onUnauthorized(header, scopes, ctx, sentAuthorization, alreadyRetried) {
    if (alreadyRetried || header === null) return false;
    const challenge = parseChallenge(header);
    if (!challenge) return false;
    if (challenge.scheme === "basic") {
      if (!this.basicHeader || sentAuthorization === this.basicHeader) return false;
      this.scheme = "basic";
      return true;
    }
    if (challenge.scheme === "bearer") {
      const realm = challenge.params["realm"];
      if (!realm) return false;
      this.scheme = "bearer";
      this.bearer = { realm, service: challenge.params["service"] };
      const current = this.cachedCovering(scopes, ctx.policy.now());
      if (current && `Bearer ${current}` !== sentAuthorization) return true;
      const extra = challenge.params["scope"]?.split(" ").filter((s) => s !== "") ?? [];
      const wanted = mergeScopes([...scopes, ...extra]);
      if (sentAuthorization?.startsWith("Bearer ")) this.forget(sentAuthorization.slice("Bearer ".length));
      await this.token(scopes, ctx, true, wanted);
      return true;
    }
    return false;
  }
  forget(token) {
    for (const [key, entry] of this.tokens) if (entry.token === token) this.tokens.delete(key);
  }
  async token(scopes, ctx, force, requested = scopes) {
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
      (error) => {
        this.inflight.delete(key);
        throw error;
      }
    );
    this.inflight.set(key, promise);
    return promise;
  }
  /** A live token whose scopes include all of `wanted` (a pull,push token serves pulls too). */
  cachedCovering(wanted, now) {
    const exact = this.tokens.get(scopeKey(wanted));
    if (exact && exact.expiresAt > now) return exact.token;
    for (const [key, entry] of this.tokens) {
      if (entry.expiresAt > now && scopesCover(key.split(" "), wanted)) return entry.token;
    }
    return void 0;
  }
  async fetchToken(scopes, ctx) {
    if (!this.bearer) throw new Error("bearer realm unknown");
    const url = new URL(this.bearer.realm);
    if (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopbackHost(url.hostname))) {
      throw new RegistryError({
        kind: "protocol",
        registry: this.registry,
        operation: ctx.operation,
        message: `${ctx.operation}: registry ${this.registry} sent token realm ${url.origin}, which is not HTTPS; refusing to send credentials there`
      });
    }
    if (this.bearer.service) url.searchParams.set("service", this.bearer.service);
    for (const scope of scopes) url.searchParams.append("scope", scope);
    const headers = { accept: "application/json" };
    if (this.basicHeader) headers["authorization"] = this.basicHeader;
    ctx.log(`oci: token request ${url.origin}${url.pathname} scope=${scopes.join(" ")}`);
    const tokenCtx = { ...ctx, operation: `${ctx.operation} (token from ${url.host})`, username: this.username };
    const response = await fetchWithRetry({ method: "GET", url: url.toString(), headers }, tokenCtx);
    const body = await readText(response);
    if (!response.ok) {
      throw errorFromResponse(response.status, this.redactor.redact(body), tokenCtx);
    }
    let parsed;
    try {
      parsed = JSON.parse(body);
    } catch {
      throw new RegistryError({ kind: "protocol", registry: this.registry, operation: ctx.operation, message: `${ctx.operation}: token endpoint ${url.host} did not answer JSON` });
    }
    const token = typeof parsed.token === "string" ? parsed.token : typeof parsed.access_token === "string" ? parsed.access_token : void 0;
    if (!token) {
      throw new RegistryError({ kind: "protocol", registry: this.registry, operation: ctx.operation, message: `${ctx.operation}: token endpoint ${url.host} answered without a token` });
    }
    this.redactor.add(token);
    const seconds = typeof parsed.expires_in === "number" && parsed.expires_in > 0 ? parsed.expires_in : DEFAULT_TOKEN_SECONDS;
    return { token, expiresAt: ctx.policy.now() + Math.max(1, seconds - 5) * 1e3 };
  }
};

// src/oci/media-types.ts
var MEDIA_TYPE = {
  ociManifest: "application/vnd.oci.image.manifest.v1+json",
  ociIndex: "application/vnd.oci.image.index.v1+json",
  dockerManifest: "application/vnd.docker.distribution.manifest.v2+json",
  dockerManifestList: "application/vnd.docker.distribution.manifest.list.v2+json",
  ociEmptyConfig: "application/vnd.oci.empty.v1+json",
  ociLayerTarGzip: "application/vnd.oci.image.layer.v1.tar+gzip",
  ociImageConfig: "application/vnd.oci.image.config.v1+json",
  helmConfig: "application/vnd.cncf.helm.config.v1+json",
  helmChartContent: "application/vnd.cncf.helm.chart.content.v1.tar+gzip"
};
var MANIFEST_ACCEPT = [
  MEDIA_TYPE.ociManifest,
  MEDIA_TYPE.ociIndex,
  MEDIA_TYPE.dockerManifest,
  MEDIA_TYPE.dockerManifestList
].join(", ");
function isIndexMediaType(mediaType) {
  return mediaType === MEDIA_TYPE.ociIndex || mediaType === MEDIA_TYPE.dockerManifestList;
}

// src/oci/target.ts
function bytesSource(bytes) {
  return { size: bytes.byteLength, read: async (offset, length) => bytes.subarray(offset, offset + length) };
}
function toBlobSource(content) {
  return content instanceof Uint8Array ? bytesSource(content) : content;
}
function asDescriptor(value, where) {
  if (typeof value !== "object" || value === null) throw new Error(`malformed manifest: ${where} is not a descriptor`);
  const d = value;
  if (typeof d.digest !== "string" || typeof d.size !== "number" || typeof d.mediaType !== "string") {
    throw new Error(`malformed manifest: ${where} lacks mediaType/digest/size`);
  }
  return d;
}
function parseManifestJson(bytes) {
  const parsed = JSON.parse(Buffer.from(bytes).toString("utf8"));
  if (typeof parsed !== "object" || parsed === null) throw new Error("malformed manifest: not a JSON object");
  return parsed;
}
function declaredMediaType(bytes) {
  const { mediaType } = parseManifestJson(bytes);
  return typeof mediaType === "string" ? mediaType : void 0;
}
function manifestReferences(bytes, mediaType) {
  const json = parseManifestJson(bytes);
  if (isIndexMediaType(mediaType) || Array.isArray(json.manifests)) {
    const manifests = Array.isArray(json.manifests) ? json.manifests : [];
    return { manifests: manifests.map((m, i) => asDescriptor(m, `manifests[${i}]`)), blobs: [] };
  }
  const blobs = [];
  if (json.config !== void 0) blobs.push(asDescriptor(json.config, "config"));
  const layers = Array.isArray(json.layers) ? json.layers : [];
  layers.forEach((l, i) => blobs.push(asDescriptor(l, `layers[${i}]`)));
  return { manifests: [], blobs };
}

// src/oci/registry.ts
var MIB = 1024 * 1024;
var MAX_REDIRECTS = 5;
var MAX_UPLOAD_SESSIONS = 2;
function isBrokenUploadSession(error) {
  if (!(error instanceof RegistryError)) return false;
  if (error.kind === "network" || error.kind === "server-error") return true;
  if (error.status === 416) return true;
  return error.hasCode("BLOB_UPLOAD_INVALID") || error.hasCode("BLOB_UPLOAD_UNKNOWN");
}
function shortDigest(digest) {
  return digest.length > 19 ? `${digest.slice(0, 19)}\u2026` : digest;
}
function withDigestParam(location, digest) {
  return `${location}${location.includes("?") ? "&" : "?"}digest=${encodeURIComponent(digest)}`;
}
var RegistryClient = class {
  registry;
  baseUrl;
  auth;
  monolithicMaxBytes;
  chunkSize;
  redactor = new Redactor();
  policy;
  log;
  fetchFn;
  constructor(options) {
    this.registry = options.registry.toLowerCase();
    const plain = options.plainHttp ?? isLoopbackHost(this.registry);
    this.baseUrl = `${plain ? "http" : "https"}://${this.registry}`;
    this.auth = new RegistryAuth(this.registry, options.credentials, this.redactor);
    this.policy = retryPolicy(options.retry);
    this.log = redactingLog(options.log, this.redactor);
    this.fetchFn = options.fetch ?? ((input, init) => fetch(input, init));
    this.monolithicMaxBytes = options.monolithicMaxBytes ?? 16 * MIB;
    this.chunkSize = options.chunkSize ?? 8 * MIB;
  }
  repository(name) {
    return new RegistryRepository(this, name);
  }
  /** Log through the redacting sink. */
  logLine(line) {
    this.log(line);
  }
  /** Redact with every secret this client knows (password, tokens). */
  redact(text) {
    return this.redactor.redact(text);
  }
  /** `GET /v2/`: checks reachability and credentials. */
  async ping() {
    const response = await this.send({ method: "GET", url: `${this.baseUrl}/v2/`, scopes: [], operation: `ping ${this.registry}`, repository: "" });
    await this.expect(response, [200], { operation: `ping ${this.registry}`, repository: "" });
  }
  context(operation, repository) {
    return {
      registry: this.registry,
      repository: repository === "" ? void 0 : repository,
      operation,
      username: this.auth.username,
      fetch: this.fetchFn,
      policy: this.policy,
      log: this.log,
      redact: (text) => this.redactor.redact(text)
    };
  }
  /** One request with auth (challenge answered once), retries, and redirects (credentials only to our origin). */
  async send(request) {
    const ctx = this.context(request.operation, request.repository);
    let url = request.url;
    let authRetried = false;
    let redirects = 0;
    let foreignOrigin = false;
    for (; ; ) {
      const headers = { ...request.headers };
      const authorization = foreignOrigin ? void 0 : await this.auth.authorization(request.scopes, ctx);
      if (authorization) headers["authorization"] = authorization;
      const response = await fetchWithRetry({ method: request.method, url, headers, body: request.body }, ctx);
      this.log(`oci: ${request.method} ${urlForLog(url)} -> ${response.status}`);
      if (response.status === 401 && !foreignOrigin) {
        const challenge = response.headers.get("www-authenticate");
        const retry = await this.auth.onUnauthorized(challenge, request.scopes, ctx, authorization, authRetried);
        if (retry) {
          authRetried = true;
          await discard(response);
          continue;
        }
      }
      const location = response.headers.get("location");
      const isRedirect = [301, 302, 303, 307, 308].includes(response.status);
      if (isRedirect && location && (request.method === "GET" || request.method === "HEAD")) {
        if (++redirects > MAX_REDIRECTS) {
          throw new RegistryError({ kind: "protocol", registry: this.registry, repository: request.repository, operation: request.operation, message: `${request.operation}: too many redirects` });
        }
        await discard(response);
        url = new URL(location, url).toString();
        foreignOrigin = new URL(url).origin !== this.baseUrl;
        continue;
      }
      return response;
    }
  }
  /** Throw the matching RegistryError unless the status is one we expect. */
  async expect(response, statuses, where) {
    if (statuses.includes(response.status)) return;
    const body = this.redactor.redact(await readText(response));
    throw errorFromResponse(response.status, body, this.context(where.operation, where.repository));
  }
};
var RegistryRepository = class {
  constructor(client, repository) {
    this.client = client;
    this.repository = repository;
    this.name = `${client.registry}/${repository}`;
  }
  client;
  repository;
  name;
  url(path) {
    return `${this.client.baseUrl}/v2/${this.repository}/${path}`;
  }
  get pullScopes() {
    return [repositoryScope(this.repository, "pull")];
  }
  get pushScopes() {
    return [repositoryScope(this.repository, "pull,push")];
  }
  async call(method, url, operation, scopes, expected, extra = {}) {
    const response = await this.client.send({ method, url, scopes, operation, repository: this.repository, ...extra });
    await this.client.expect(response, expected, { operation, repository: this.repository });
    return response;
  }
  async resolve(reference) {
    const operation = `resolve ${this.name}:${reference}`;
    const response = await this.call("HEAD", this.url(`manifests/${reference}`), operation, this.pullScopes, [200], {
      headers: { accept: MANIFEST_ACCEPT }
    });
    const digest = response.headers.get("docker-content-digest") ?? (isDigest(reference) ? reference : void 0);
    const mediaType = response.headers.get("content-type")?.split(";")[0]?.trim();
    const length = response.headers.get("content-length");
    if (!digest || !mediaType || length === null) {
      return (await this.fetchManifest(reference)).descriptor;
    }
    return { mediaType, digest, size: Number(length) };
  }
  async fetchManifest(reference) {
    const operation = `fetch manifest ${this.name}:${reference}`;
    const response = await this.call("GET", this.url(`manifests/${reference}`), operation, this.pullScopes, [200], {
      headers: { accept: MANIFEST_ACCEPT }
    });
    const bytes = new Uint8Array(await response.arrayBuffer());
    const digest = sha256Digest(bytes);
    const claimed = isDigest(reference) ? reference : response.headers.get("docker-content-digest");
    if (claimed && claimed.startsWith("sha256:") && claimed !== digest) {
      throw this.integrityError(operation, `manifest bytes hash to ${digest}, registry said ${claimed}`);
    }
    const mediaType = response.headers.get("content-type")?.split(";")[0]?.trim() || declaredMediaType(bytes) || "";
    return { descriptor: { mediaType, digest, size: bytes.byteLength }, bytes };
  }
  async blobExists(digest) {
    return this.headBlob(digest, this.pullScopes);
  }
  /** HEAD a blob; pushes ask with the push scope so one token serves the whole push. */
  async headBlob(digest, scopes) {
    const operation = `check blob ${shortDigest(digest)} in ${this.name}`;
    const response = await this.client.send({ method: "HEAD", url: this.url(`blobs/${digest}`), scopes, operation, repository: this.repository });
    await discard(response);
    if (response.status === 404) return false;
    await this.client.expect(response, [200], { operation, repository: this.repository });
    return true;
  }
  async fetchBlob(digest) {
    const operation = `fetch blob ${shortDigest(digest)} from ${this.name}`;
    const response = await this.call("GET", this.url(`blobs/${digest}`), operation, this.pullScopes, [200]);
    const bytes = new Uint8Array(await response.arrayBuffer());
    try {
      verifyDigest(bytes, digest, `blob from ${this.name}`);
    } catch (error) {
      throw this.integrityError(operation, error.message);
    }
    return bytes;
  }
  async openBlob(descriptor) {
    return bytesSource(await this.fetchBlob(descriptor.digest));
  }
  async pushBlob(descriptor, content) {
    assertSha256Digest(descriptor.digest);
    if (await this.headBlob(descriptor.digest, this.pushScopes)) return false;
    const operation = `push blob ${shortDigest(descriptor.digest)} to ${this.name}`;
    for (let session = 1; ; session++) {
      try {
        const response = await this.call("POST", this.url("blobs/uploads/"), operation, this.pushScopes, [202]);
        await discard(response);
        await this.uploadToSession(this.uploadLocation(response, operation), descriptor, content, operation);
        return true;
      } catch (error) {
        if (session >= MAX_UPLOAD_SESSIONS || !isBrokenUploadSession(error)) throw error;
        this.client.logLine(`oci: ${operation}: ${error.message}; restarting the upload`);
      }
    }
  }
  /**
   * Cross-repository mount: link a blob `fromRepository` already has, without transferring it.
   * When the registry answers 202 (not mounted: unknown source, no access, or unsupported) the blob
   * is uploaded from `content` through the session it opened; without content the session is
   * cancelled. Returns true when mounted.
   */
  async mountBlob(descriptor, fromRepository, content) {
    assertSha256Digest(descriptor.digest);
    const operation = `mount blob ${shortDigest(descriptor.digest)} from ${fromRepository} into ${this.name}`;
    const query = `?mount=${encodeURIComponent(descriptor.digest)}&from=${encodeURIComponent(fromRepository)}`;
    const scopes = [...this.pushScopes, repositoryScope(fromRepository, "pull")];
    const response = await this.call("POST", this.url(`blobs/uploads/${query}`), operation, scopes, [201, 202]);
    await discard(response);
    if (response.status === 201) {
      const got = response.headers.get("docker-content-digest");
      if (got && got !== descriptor.digest) throw this.integrityError(operation, `registry mounted ${got}`);
      return true;
    }
    const location = this.uploadLocation(response, operation);
    if (content === void 0) {
      this.client.logLine(`oci: ${operation}: not mounted, cancelling upload session`);
      const cancel = await this.client.send({ method: "DELETE", url: location, scopes: this.pushScopes, operation, repository: this.repository });
      await discard(cancel);
      return false;
    }
    await this.uploadToSession(location, descriptor, content, `${operation} (fallback upload)`);
    return false;
  }
  uploadLocation(response, operation) {
    const location = response.headers.get("location");
    if (!location) throw new RegistryError({ kind: "protocol", registry: this.client.registry, repository: this.repository, operation, message: `${operation}: registry opened an upload without a Location header` });
    return new URL(location, this.client.baseUrl).toString();
  }
  /** Monolithic PUT for small blobs, PATCH chunks for large ones; then confirm the digest. */
  async uploadToSession(location, descriptor, content, operation) {
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
      const worthChecking = error instanceof RegistryError && !["unauthorized", "denied", "integrity", "unreachable"].includes(error.kind);
      if (worthChecking && await this.headBlob(descriptor.digest, this.pushScopes).catch(() => false)) {
        return;
      }
      throw error;
    }
  }
  async uploadMonolithic(location, descriptor, source, operation) {
    const bytes = await source.read(0, source.size);
    try {
      verifyDigest(bytes, descriptor.digest, operation);
    } catch (error) {
      throw this.integrityError(operation, error.message);
    }
    const response = await this.call("PUT", withDigestParam(location, descriptor.digest), operation, this.pushScopes, [201], {
      headers: { "content-type": "application/octet-stream" },
      body: bytes
    });
    await discard(response);
    this.checkStoredDigest(response, descriptor.digest, operation);
  }
  async uploadChunked(location, descriptor, source, operation) {
    const hash = new Sha256Accumulator();
    let offset = 0;
    let url = location;
    while (offset < source.size) {
      const chunk = await source.read(offset, Math.min(this.client.chunkSize, source.size - offset));
      const end = offset + chunk.byteLength - 1;
      const response2 = await this.client.send({
        method: "PATCH",
        url,
        scopes: this.pushScopes,
        operation: `${operation} (bytes ${offset}-${end})`,
        repository: this.repository,
        headers: { "content-type": "application/octet-stream", "content-range": `${offset}-${end}` },
        body: chunk
      });
      if (response2.status === 416) {
        await discard(response2);
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
      await this.client.expect(response2, [202], { operation, repository: this.repository });
      await discard(response2);
      url = this.uploadLocation(response2, operation);
      hash.update(chunk);
      offset = end + 1;
    }
    const digest = hash.digest();
    if (digest !== descriptor.digest) {
      const cancel = await this.client.send({ method: "DELETE", url, scopes: this.pushScopes, operation, repository: this.repository });
      await discard(cancel);
      throw this.integrityError(operation, `content hashes to ${digest}, not ${descriptor.digest}; upload cancelled`);
    }
    const response = await this.call("PUT", withDigestParam(url, descriptor.digest), operation, this.pushScopes, [201]);
    await discard(response);
    this.checkStoredDigest(response, descriptor.digest, operation);
  }
  /** `GET <upload location>` → how many bytes the registry holds (Range: 0-N) and the next Location. */
  async uploadStatus(location, operation) {
    const response = await this.call("GET", location, `${operation} (upload status)`, this.pushScopes, [204]);
    const range = /^(?:bytes=)?0-(\d+)$/.exec(response.headers.get("range") ?? "");
    return { received: range ? Number(range[1]) + 1 : 0, location: response.headers.get("location") ? this.uploadLocation(response, operation) : location };
  }
  checkStoredDigest(response, expected, operation) {
    const stored = response.headers.get("docker-content-digest");
    if (stored && stored !== expected) throw this.integrityError(operation, `registry stored ${stored}, expected ${expected}`);
  }
  async pushManifest(bytes, mediaType, tag) {
    if (tag !== void 0) assertValidTag(tag);
    const digest = sha256Digest(bytes);
    const reference = tag ?? digest;
    const operation = `push manifest ${reference === digest ? shortDigest(digest) : reference} to ${this.name}`;
    await this.assertReferencesPresent(bytes, mediaType, operation);
    return this.putManifest(bytes, mediaType, reference, digest, operation);
  }
  /** No tag may name an incomplete artifact: HEAD every blob and child manifest first. */
  async assertReferencesPresent(bytes, mediaType, operation) {
    const refs = manifestReferences(bytes, mediaType);
    for (const blob of refs.blobs) {
      if (!await this.headBlob(blob.digest, this.pushScopes)) {
        throw this.integrityError(operation, `blob ${blob.digest} (${blob.mediaType}) is not in ${this.name}; refusing to push a manifest that points at it`);
      }
    }
    for (const child of refs.manifests) {
      const response = await this.client.send({ method: "HEAD", url: this.url(`manifests/${child.digest}`), scopes: this.pushScopes, operation, repository: this.repository, headers: { accept: MANIFEST_ACCEPT } });
      await discard(response);
      if (response.status === 404) throw this.integrityError(operation, `child manifest ${child.digest} is not in ${this.name}`);
      await this.client.expect(response, [200], { operation, repository: this.repository });
    }
  }
  async putManifest(bytes, mediaType, reference, digest, operation) {
    const response = await this.call("PUT", this.url(`manifests/${reference}`), operation, this.pushScopes, [201], {
      headers: { "content-type": mediaType },
      body: bytes
    });
    await discard(response);
    const stored = response.headers.get("docker-content-digest");
    if (stored && stored !== digest) {
      throw this.integrityError(operation, `registry stored the manifest as ${stored}, but its bytes hash to ${digest}`);
    }
    return { mediaType, digest, size: bytes.byteLength };
  }
  async tag(reference, newTag) {
    assertValidTag(newTag);
    const { bytes, descriptor } = await this.fetchManifest(reference);
    return this.putManifest(bytes, descriptor.mediaType, newTag, descriptor.digest, `tag ${this.name}:${reference} as ${newTag}`);
  }
  async listTags(pageSize = 1e3) {
    const operation = `list tags of ${this.name}`;
    const tags = [];
    let url = this.url(`tags/list?n=${pageSize}`);
    for (let page = 0; url !== void 0; page++) {
      if (page > 1e4) throw this.integrityError(operation, "tag pagination does not end");
      const response = await this.call("GET", url, operation, this.pullScopes, [200]);
      const body = await response.json();
      if (Array.isArray(body.tags)) {
        for (const t of body.tags) if (typeof t === "string") tags.push(t);
      }
      const next = /<([^>]+)>\s*;\s*rel="?next"?/i.exec(response.headers.get("link") ?? "");
      url = next?.[1] ? new URL(next[1], url).toString() : void 0;
    }
    return tags;
  }
  /** Delete a manifest by digest (registries refuse deleting by tag). */
  async deleteManifest(digest) {
    assertSha256Digest(digest);
    const response = await this.call("DELETE", this.url(`manifests/${digest}`), `delete manifest ${shortDigest(digest)} from ${this.name}`, this.pushScopes, [202]);
    await discard(response);
  }
  integrityError(operation, detail) {
    return new RegistryError({ kind: "integrity", registry: this.client.registry, repository: this.repository, operation, message: `${operation}: ${detail}` });
  }
};

// src/oci/layout.ts
import { randomBytes } from "node:crypto";
import { mkdir, open, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve as resolvePath } from "node:path";
var REF_NAME_ANNOTATION = "org.opencontainers.image.ref.name";
var LAYOUT_FILE_CONTENT = JSON.stringify({ imageLayoutVersion: "1.0.0" });
var READ_CHUNK = 4 * 1024 * 1024;
var LayoutError = class extends UserError {
  /** The layout, tag or blob does not exist (as a registry's 404): callers may treat it as "absent". */
  constructor(message, notFound = false) {
    super(message);
    this.notFound = notFound;
  }
  notFound;
  name = "LayoutError";
};
async function exists(path) {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
async function writeAtomic(path, data) {
  const temp = `${path}.tmp-${randomBytes(6).toString("hex")}`;
  await writeFile(temp, data);
  await rename(temp, path);
}
var OciLayoutTarget = class {
  path;
  name;
  /** Serialises index.json read-modify-write cycles within this process. */
  indexLock = Promise.resolve();
  constructor(path) {
    this.path = resolvePath(path);
    this.name = `oci-layout://${this.path}`;
  }
  blobPath(digest) {
    assertSha256Digest(digest);
    const [algorithm, hex] = digest.split(":");
    return join(this.path, "blobs", algorithm, hex);
  }
  /** Create `oci-layout`, an empty `index.json` and `blobs/sha256` when missing. */
  async init() {
    await mkdir(join(this.path, "blobs", "sha256"), { recursive: true });
    const layoutFile = join(this.path, "oci-layout");
    if (!await exists(layoutFile)) await writeAtomic(layoutFile, LAYOUT_FILE_CONTENT);
    const indexFile = join(this.path, "index.json");
    if (!await exists(indexFile)) {
      await writeAtomic(indexFile, JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPE.ociIndex, manifests: [] }));
    }
  }
  async readIndex() {
    const file = join(this.path, "index.json");
    let text;
    try {
      text = await readFile(file, "utf8");
    } catch {
      throw new LayoutError(`${this.name} is not an OCI image layout: ${file} is missing`, true);
    }
    const parsed = JSON.parse(text);
    return { ...parsed, schemaVersion: 2, mediaType: parsed.mediaType ?? MEDIA_TYPE.ociIndex, manifests: Array.isArray(parsed.manifests) ? parsed.manifests : [] };
  }
  async updateIndex(change) {
    const run = this.indexLock.then(async () => {
      await this.init();
      const index = await this.readIndex();
      change(index);
      await writeAtomic(join(this.path, "index.json"), JSON.stringify(index, null, 2));
    });
    this.indexLock = run.catch(() => void 0);
    await run;
  }
  async resolve(reference) {
    const index = await this.readIndex();
    if (isDigest(reference)) {
      const listed = index.manifests.find((m) => m.digest === reference);
      if (listed) return stripRefName(listed);
      const bytes = await this.fetchBlob(reference);
      return { mediaType: declaredMediaType(bytes) ?? MEDIA_TYPE.ociManifest, digest: reference, size: bytes.byteLength };
    }
    const tagged = index.manifests.filter((m) => m.annotations?.[REF_NAME_ANNOTATION] === reference);
    const found = tagged.at(-1);
    if (!found) throw new LayoutError(`tag "${reference}" not found in ${this.name}`, true);
    return stripRefName(found);
  }
  async fetchManifest(reference) {
    const descriptor = await this.resolve(reference);
    const bytes = await this.fetchBlob(descriptor.digest);
    return { descriptor: { ...descriptor, size: bytes.byteLength }, bytes };
  }
  async blobExists(digest) {
    return exists(this.blobPath(digest));
  }
  async fetchBlob(digest) {
    let bytes;
    try {
      bytes = new Uint8Array(await readFile(this.blobPath(digest)));
    } catch {
      throw new LayoutError(`blob ${digest} not found in ${this.name}`, true);
    }
    verifyDigest(bytes, digest, `blob in ${this.name}`);
    return bytes;
  }
  async openBlob(descriptor) {
    const file = this.blobPath(descriptor.digest);
    const info = await stat(file).catch(() => {
      throw new LayoutError(`blob ${descriptor.digest} not found in ${this.name}`, true);
    });
    return {
      size: info.size,
      read: async (offset, length) => {
        const handle = await open(file, "r");
        try {
          const buffer = new Uint8Array(length);
          const { bytesRead } = await handle.read(buffer, 0, length, offset);
          return buffer.subarray(0, bytesRead);
        } finally {
          await handle.close();
        }
      }
    };
  }
  async pushBlob(descriptor, content) {
    const target = this.blobPath(descriptor.digest);
    if (await exists(target)) return false;
    await this.init();
    const source = toBlobSource(content);
    const temp = `${target}.tmp-${randomBytes(6).toString("hex")}`;
    const hash = new Sha256Accumulator();
    const handle = await open(temp, "w");
    try {
      for (let offset = 0; offset < source.size; ) {
        const chunk = await source.read(offset, Math.min(READ_CHUNK, source.size - offset));
        if (chunk.byteLength === 0) break;
        hash.update(chunk);
        await handle.write(chunk);
        offset += chunk.byteLength;
      }
    } finally {
      await handle.close();
    }
    const digest = hash.digest();
    const size = (await stat(temp)).size;
    if (digest !== descriptor.digest || size !== descriptor.size) {
      await rm(temp, { force: true });
      throw new LayoutError(`blob for ${this.name} hashes to ${digest} (${size} bytes), expected ${descriptor.digest} (${descriptor.size} bytes)`);
    }
    await mkdir(dirname(target), { recursive: true });
    await rename(temp, target);
    return true;
  }
  async pushManifest(bytes, mediaType, tag) {
    if (tag !== void 0) assertValidTag(tag);
    const refs = manifestReferences(bytes, mediaType);
    for (const needed of [...refs.blobs, ...refs.manifests]) {
      if (!await this.blobExists(needed.digest)) {
        throw new LayoutError(`cannot store manifest in ${this.name}: it references ${needed.digest}, which is not in the layout`);
      }
    }
    const descriptor = { mediaType, digest: sha256Digest(bytes), size: bytes.byteLength };
    await this.pushBlob(descriptor, bytes);
    if (tag !== void 0) await this.setTag(descriptor, tag);
    return descriptor;
  }
  async setTag(descriptor, tag) {
    await this.updateIndex((index) => {
      index.manifests = index.manifests.filter((m) => m.annotations?.[REF_NAME_ANNOTATION] !== tag);
      index.manifests.push({ ...stripRefName(descriptor), annotations: { ...descriptor.annotations, [REF_NAME_ANNOTATION]: tag } });
    });
  }
  async tag(reference, newTag) {
    assertValidTag(newTag);
    const descriptor = await this.resolve(reference);
    await this.setTag(descriptor, newTag);
    return descriptor;
  }
  async listTags() {
    const index = await this.readIndex();
    const tags = index.manifests.map((m) => m.annotations?.[REF_NAME_ANNOTATION]).filter((t) => t !== void 0);
    return [...new Set(tags)];
  }
};
function stripRefName(descriptor) {
  const { annotations, ...rest } = descriptor;
  if (!annotations) return rest;
  const { [REF_NAME_ANNOTATION]: _refName, ...others } = annotations;
  return Object.keys(others).length > 0 ? { ...rest, annotations: others } : rest;
}

// src/oci/copy.ts
function describeBytes(mediaType, bytes, annotations) {
  const descriptor = { mediaType, digest: sha256Digest(bytes), size: bytes.byteLength };
  if (annotations) descriptor.annotations = annotations;
  return descriptor;
}
function buildImageManifest(input) {
  const manifest = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPE.ociManifest,
    ...input.artifactType ? { artifactType: input.artifactType } : {},
    config: input.config,
    layers: input.layers,
    ...input.annotations ? { annotations: input.annotations } : {}
  };
  return { bytes: new TextEncoder().encode(JSON.stringify(manifest)), mediaType: MEDIA_TYPE.ociManifest };
}

// src/pipeline.ts
var Skip = class {
  constructor(reason) {
    this.reason = reason;
  }
  reason;
};
async function runStep(step, context, reporter) {
  const start = performance.now();
  const outcome = await step.run(context);
  const ms = Math.round(performance.now() - start);
  if (outcome instanceof Skip) {
    reporter.info(`\u2022 ${step.name}: skipped, ${outcome.reason}`);
    return { name: step.name, status: "skipped", reason: outcome.reason, ms };
  }
  reporter.info(`\u2022 ${step.name}: done (${ms} ms)`);
  return { name: step.name, status: "done", ms };
}
async function runPipeline(stages, context, reporter) {
  const records = [];
  for (const stage of stages) {
    const steps = Array.isArray(stage) ? stage : [stage];
    const settled = await Promise.allSettled(steps.map((step) => runStep(step, context, reporter)));
    const failed = settled.find((s) => s.status === "rejected");
    if (failed) throw failed.reason;
    records.push(...settled.map((s) => s.value));
  }
  return records;
}

// src/commands/credentials.ts
async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
}
async function registryCredentials(options, reporter) {
  const username = stringOption(options, "username") ?? process.env.GITHUB_ACTOR;
  let password = stringOption(options, "password");
  if (booleanOption(options, "password-stdin")) password = await readStdin();
  if (password) reporter.secret(password);
  if (password && !username) throw new UserError("input username: required with a password (for GHCR: ${{ github.actor }})");
  return password && username ? { username, password } : void 0;
}

// src/tools/exec.ts
var observers = /* @__PURE__ */ new Set();
function scrub(text, secrets = []) {
  return secrets.filter(Boolean).reduce((t, s) => t.split(s).join("***"), text);
}
async function exec(bin, args, options = {}) {
  for (const observe of observers) observe(bin, args);
  try {
    const result = await getExecOutput(bin, args, {
      cwd: options.cwd,
      env: options.env,
      input: options.stdin === void 0 ? void 0 : Buffer.from(options.stdin),
      silent: true,
      ignoreReturnCode: true
    });
    return { code: result.exitCode, stdout: result.stdout, stderr: result.stderr };
  } catch (err) {
    throw new UserError(`cannot run ${bin}: ${scrub(err.message, options.secrets)}`);
  }
}
async function execChecked(what, bin, args, options = {}) {
  const result = await exec(bin, args, options);
  if (result.code !== 0) {
    const detail = (result.stderr || result.stdout).trim().split("\n").slice(-5).join(" | ");
    throw new UserError(`${what} failed (exit ${result.code}): ${scrub(detail, options.secrets)}`);
  }
  return result;
}

export {
  MEDIA_TYPE,
  isIndexMediaType,
  isValidTag,
  normalizeReference,
  isLoopbackHost,
  parseManifestJson,
  LayoutError,
  OciLayoutTarget,
  RegistryError,
  RegistryClient,
  describeBytes,
  buildImageManifest,
  exec,
  execChecked,
  Skip,
  runPipeline,
  registryCredentials
};
