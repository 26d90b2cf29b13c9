import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  Redactor,
  ReferenceError,
  Sha256Accumulator,
  assertRepositoryName,
  assertSha256Digest,
  assertTagOrDigest,
  assertValidTag,
  isDigest,
  isLoopbackHost,
  isValidRegistryHost,
  isValidTag,
  redactReference,
  redactingLog,
  sha256Digest,
  urlForMessage,
  verifyDigest
} from "./chunk-EPMUPLEO.js";
import {
  UserError
} from "./chunk-IXRSKL5H.js";

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
function isManifestMediaType(mediaType) {
  return mediaType === MEDIA_TYPE.ociManifest || mediaType === MEDIA_TYPE.dockerManifest || isIndexMediaType(mediaType);
}

// src/oci/target.ts
var ManifestError = class extends UserError {
  name = "ManifestError";
};
function bytesSource(bytes2) {
  return { size: bytes2.byteLength, read: async (offset, length) => bytes2.subarray(offset, offset + length) };
}
function toBlobSource(content) {
  return content instanceof Uint8Array ? bytesSource(content) : content;
}
var DESCRIPTOR_DIGEST_RE = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
function asDescriptor(value, where) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new ManifestError(`malformed manifest: ${where} is not a descriptor`);
  const d = value;
  if (typeof d.digest !== "string" || typeof d.size !== "number" || typeof d.mediaType !== "string") {
    throw new ManifestError(`malformed manifest: ${where} lacks mediaType/digest/size`);
  }
  if (!DESCRIPTOR_DIGEST_RE.test(d.digest)) throw new ManifestError(`malformed manifest: ${where} has a malformed digest`);
  if (!Number.isSafeInteger(d.size) || d.size < 0) throw new ManifestError(`malformed manifest: ${where} has a size that is not a whole number of bytes`);
  return d;
}
function parseManifestJson(bytes2) {
  let parsed;
  try {
    parsed = JSON.parse(Buffer.from(bytes2).toString("utf8"));
  } catch {
    throw new ManifestError(bytes2.byteLength === 0 ? "malformed manifest: empty" : "malformed manifest: not JSON");
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new ManifestError("malformed manifest: not a JSON object");
  return parsed;
}
function declaredMediaType(bytes2) {
  const { mediaType } = parseManifestJson(bytes2);
  return typeof mediaType === "string" ? mediaType : void 0;
}
function manifestReferences(bytes2, mediaType) {
  const json = parseManifestJson(bytes2);
  if (json.manifests !== void 0 && !Array.isArray(json.manifests)) throw new ManifestError("malformed manifest: manifests is not a list");
  if (json.layers !== void 0 && !Array.isArray(json.layers)) throw new ManifestError("malformed manifest: layers is not a list");
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
function remoteText(text, max = 200) {
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ").replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max)}\u2026` : flat;
}
function parseOciErrors(body) {
  try {
    const parsed = JSON.parse(body);
    if (typeof parsed !== "object" || parsed === null || !("errors" in parsed)) return [];
    const errors = parsed.errors;
    if (!Array.isArray(errors)) return [];
    return errors.flatMap((e) => {
      if (typeof e !== "object" || e === null) return [];
      const { code, message } = e;
      return [{ code: typeof code === "string" ? remoteText(code, 60) : "UNKNOWN", message: typeof message === "string" ? remoteText(message) : "" }];
    });
  } catch {
    return [];
  }
}
function peerOf(ctx) {
  return ctx.peer ?? `registry ${ctx.registry}`;
}
function seconds(ms) {
  return ms % 1e3 === 0 ? `${ms / 1e3} s` : `${(ms / 1e3).toFixed(1)} s`;
}
function retryAfterNote(ctx) {
  if (ctx.retryAfterMs === void 0 || ctx.retryBudgetMs === void 0 || ctx.retryAfterMs <= ctx.retryBudgetMs) return "";
  return `; it asked to wait ${seconds(ctx.retryAfterMs)} (Retry-After), beyond the ${seconds(ctx.retryBudgetMs)} retry budget`;
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
  const peer = peerOf(ctx);
  if (status === 401) {
    const who = ctx.username ? `rejected the credentials of user "${remoteText(ctx.username, 100)}"` : "requires authentication and no credentials were given";
    return new RegistryError({ ...base, kind: "unauthorized", message: `${ctx.operation}: ${peer} ${who} (HTTP 401${details})` });
  }
  if (status === 403) {
    const text = ociErrors.map((e) => `${e.code} ${e.message}`).join(" ");
    const ghcrWrite = /permission_denied/i.test(text) && /write_package/i.test(text);
    const hint = ghcrWrite ? '; the workflow needs `permissions: packages: write`, and the package\'s "Manage Actions access" settings must grant this repository the Write role' : "";
    const user = ctx.username ? ` for user "${remoteText(ctx.username, 100)}"` : "";
    return new RegistryError({ ...base, kind: "denied", message: `${ctx.operation}: ${peer} denied access to ${where}${user} (HTTP 403${details})${hint}` });
  }
  if (status === 404) {
    const nameUnknown = ociErrors.some((e) => e.code === "NAME_UNKNOWN");
    const what = nameUnknown ? `repository ${where} does not exist (NAME_UNKNOWN); check the namespace/name spelling and that it was pushed before` : `not found in ${where} (HTTP 404${details})`;
    return new RegistryError({ ...base, kind: "not-found", message: `${ctx.operation}: ${what}` });
  }
  if (status === 429) {
    return new RegistryError({ ...base, kind: "rate-limited", message: `${ctx.operation}: ${peer} is rate limiting us (HTTP 429) and still was after ${ctx.attempts ?? 1} attempt(s)${retryAfterNote(ctx)}; wait and retry later${details}` });
  }
  if (status >= 500) {
    return new RegistryError({ ...base, kind: "server-error", message: `${ctx.operation}: ${peer} failed with HTTP ${status} after ${ctx.attempts ?? 1} attempt(s)${retryAfterNote(ctx)}${details}` });
  }
  return new RegistryError({ ...base, kind: "protocol", message: `${ctx.operation}: ${peer} answered HTTP ${status}${details}` });
}
function networkErrorCodes(error) {
  const codes = [];
  const seen = /* @__PURE__ */ new Set();
  const visit = (e, depth) => {
    if (depth > 6 || e === null || typeof e !== "object" || seen.has(e)) return;
    seen.add(e);
    const { code, cause, errors } = e;
    if (typeof code === "string") codes.push(code);
    visit(cause, depth + 1);
    if (Array.isArray(errors)) for (const inner of errors) visit(inner, depth + 1);
  };
  visit(error, 0);
  return codes;
}
var UNREACHABLE_CODES = /* @__PURE__ */ new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);
function bytes(n) {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}
function errorFromNetworkFailure(error, ctx) {
  const codes = networkErrorCodes(error);
  const base = { registry: ctx.registry, repository: ctx.repository, operation: ctx.operation, attempts: ctx.attempts, cause: error };
  const peer = peerOf(ctx);
  const tries = `${ctx.attempts ?? 1} attempt(s)`;
  const unreachable = codes.find((c) => UNREACHABLE_CODES.has(c));
  if (unreachable) {
    const reason = unreachable === "ECONNREFUSED" ? "connection refused" : unreachable;
    const who = ctx.peer ?? `registry ${ctx.registry}`;
    return new RegistryError({ ...base, kind: "unreachable", message: `${ctx.operation}: cannot reach ${who} (${reason})` });
  }
  const detail = error.detail ?? {};
  const code = codes[0];
  const what = detail.bodyName ?? "body";
  switch (code) {
    case "DEADLINE_CONNECT":
      return new RegistryError({ ...base, kind: "timeout", message: `${ctx.operation}: ${peer} did not accept a connection within ${seconds(detail.limitMs ?? 0)} (connect deadline, ${tries})` });
    case "DEADLINE_HEADERS":
      return new RegistryError({ ...base, kind: "timeout", message: `${ctx.operation}: ${peer} accepted the request but did not answer within ${seconds(detail.limitMs ?? 0)} (response-header deadline, ${tries})` });
    case "DEADLINE_REQUEST":
      return new RegistryError({ ...base, kind: "timeout", message: `${ctx.operation}: ${peer} did not finish its answer within ${seconds(detail.limitMs ?? 0)} (request deadline, ${tries})` });
    case "BODY_TOO_LARGE":
      return new RegistryError({ ...base, kind: "protocol", message: `${ctx.operation}: ${peer} sent a ${what} larger than ${bytes(detail.limitBytes ?? 0)}, the cap for it; refusing to read more` });
    case "BODY_SIZE_MISMATCH":
      return new RegistryError({ ...base, kind: "integrity", message: `${ctx.operation}: ${peer} sent a ${what} of ${detail.receivedBytes} bytes, but its descriptor says ${detail.expectedBytes}` });
    case "BODY_INCOMPLETE":
      return new RegistryError({ ...base, kind: "network", message: `${ctx.operation}: ${peer} cut the ${what} short (${error instanceof Error ? error.message : ""}) after ${tries}` });
    case "BAD_URL":
      return new RegistryError({ ...base, kind: "protocol", message: `${ctx.operation}: ${error instanceof Error ? error.message : "bad URL"}` });
    default:
      return new RegistryError({ ...base, kind: "network", message: `${ctx.operation}: connection to ${peer} failed (${remoteText(code ?? (error instanceof Error ? error.message : String(error)), 100)}) after ${tries}` });
  }
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
  "BODY_INCOMPLETE",
  "DEADLINE_CONNECT",
  "DEADLINE_HEADERS",
  "DEADLINE_REQUEST"
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
var httpModule = process.getBuiltinModule("node:http");
var httpsModule = process.getBuiltinModule("node:https");
var KIB = 1024;
var MIB = 1024 * KIB;
var DEFAULT_TIMEOUTS = {
  connectMs: 1e4,
  headersMs: 3e4,
  requestMs: 6e4,
  // 128 KiB/s (1 Mbit/s): a 100 MiB layer gets 13 more minutes, a 4 MiB chunk 32 s.
  minBytesPerSecond: 128 * KIB
};
var BODY_LIMITS = {
  manifest: 4 * MIB,
  tagListPage: 4 * MIB,
  token: 1 * MIB,
  /** Error answers: read this much for the message, drop the rest. */
  error: 64 * KIB,
  /** Answers whose body we do not need (201, 202, 204, redirects). */
  ignored: 64 * KIB
};
var TIMEOUTS_ENV = "DOT_AI_RELEASE_HTTP_TIMEOUTS";
function timeoutsFromEnv(env = process.env) {
  const raw = env[TIMEOUTS_ENV];
  const result = { timeouts: {} };
  if (raw === void 0 || raw.trim() === "") return result;
  for (const entry of raw.split(",")) {
    const match = /^\s*([a-z]+)\s*=\s*(\d+(?:\.\d+)?)\s*$/.exec(entry);
    const value = match ? Number(match[2]) : NaN;
    if (!match || !(value > 0) || value > 86400) {
      throw new UserError(`${TIMEOUTS_ENV}: ${JSON.stringify(entry.trim())} must be KEY=SECONDS with a number above 0 (keys: connect, headers, request, retry, rate)`);
    }
    const key = match[1];
    if (key === "connect") result.timeouts.connectMs = value * 1e3;
    else if (key === "headers") result.timeouts.headersMs = value * 1e3;
    else if (key === "request") result.timeouts.requestMs = value * 1e3;
    else if (key === "rate") result.timeouts.minBytesPerSecond = value * KIB;
    else if (key === "retry") result.retryMaxTotalMs = value * 1e3;
    else throw new UserError(`${TIMEOUTS_ENV}: unknown key "${key}" (keys: connect, headers, request, retry, rate)`);
  }
  return result;
}
function createAgents() {
  return { http: new httpModule.Agent({ keepAlive: true, maxSockets: 8 }), https: new httpsModule.Agent({ keepAlive: true, maxSockets: 8 }) };
}
var TransportError = class extends Error {
  constructor(message, code, detail = {}) {
    super(message);
    this.code = code;
    this.detail = detail;
  }
  code;
  detail;
  name = "TransportError";
};
function headerGetter(headers) {
  return {
    get(name) {
      const value = headers[name.toLowerCase()];
      if (value === void 0) return null;
      return Array.isArray(value) ? value.join(", ") : value;
    }
  };
}
function requestDeadlineMs(timeouts, payloadBytes) {
  return Math.round(timeouts.requestMs + payloadBytes * 1e3 / timeouts.minBytesPerSecond);
}
function exchange(request, ctx) {
  return new Promise((resolve, reject) => {
    let url;
    try {
      url = new URL(request.url);
    } catch {
      reject(new TransportError(`not a URL: ${urlForMessage(request.url)}`, "BAD_URL"));
      return;
    }
    if (url.protocol !== "http:" && url.protocol !== "https:" || url.username !== "" || url.password !== "") {
      reject(new TransportError(`refusing to request ${urlForMessage(request.url)}`, "BAD_URL"));
      return;
    }
    const { timeouts } = ctx;
    const payload = Math.max(request.body?.byteLength ?? 0, request.exactBodyBytes ?? 0);
    const totalMs = requestDeadlineMs(timeouts, payload);
    const timers = [];
    let settled = false;
    const finish = (error, response) => {
      if (settled) return;
      settled = true;
      for (const t of timers) clearTimeout(t);
      if (error) {
        req.destroy();
        reject(error);
      } else resolve(response);
    };
    const deadline = (code, ms, what) => {
      const timer = setTimeout(() => finish(new TransportError(`${what} within ${formatMs(ms)}`, code, { limitMs: ms })), ms);
      timers.push(timer);
      return timer;
    };
    const headers = { "user-agent": "dot-ai-release", ...request.headers };
    if (request.body !== void 0 || ["POST", "PUT", "PATCH"].includes(request.method)) {
      headers["content-length"] = String(request.body?.byteLength ?? 0);
    }
    const secure = url.protocol === "https:";
    const options = {
      method: request.method,
      hostname: url.hostname.replace(/^\[(.*)\]$/, "$1"),
      port: url.port === "" ? void 0 : Number(url.port),
      path: `${url.pathname}${url.search}`,
      headers,
      agent: secure ? ctx.agents.https : ctx.agents.http
    };
    const req = (secure ? httpsModule : httpModule).request(options);
    deadline("DEADLINE_REQUEST", totalMs, "the exchange did not finish");
    const connectTimer = deadline("DEADLINE_CONNECT", timeouts.connectMs, "no connection");
    let headersTimer;
    let responded = false;
    req.on("socket", (socket) => {
      const connected = () => clearTimeout(connectTimer);
      if (req.reusedSocket || !socket.connecting) {
        if (!secure || req.reusedSocket) connected();
        else socket.once("secureConnect", connected);
      } else socket.once(secure ? "secureConnect" : "connect", connected);
    });
    req.on("finish", () => {
      if (!settled && !responded) headersTimer = deadline("DEADLINE_HEADERS", timeouts.headersMs, "no answer");
    });
    req.on("error", (error) => finish(error));
    req.on("response", (res) => {
      responded = true;
      if (headersTimer) clearTimeout(headersTimer);
      clearTimeout(connectTimer);
      const status = res.statusCode ?? 0;
      const ok = status >= 200 && status < 300;
      const exact = ok ? request.exactBodyBytes : void 0;
      const needed = ok && (exact !== void 0 || (request.maxBodyBytes ?? 0) > 0);
      const cap = !ok ? BODY_LIMITS.error : exact ?? (needed ? request.maxBodyBytes : BODY_LIMITS.ignored);
      const truncate = !needed;
      const declared = res.headers["content-length"] === void 0 ? void 0 : Number(res.headers["content-length"]);
      const bodyName = request.bodyName ?? "body";
      if (exact !== void 0 && declared !== void 0 && declared !== exact) {
        finish(new TransportError(`${bodyName} of ${declared} bytes, expected ${exact}`, "BODY_SIZE_MISMATCH", { expectedBytes: exact, receivedBytes: declared, bodyName }));
        return;
      }
      if (!truncate && declared !== void 0 && declared > cap) {
        finish(new TransportError(`${bodyName} of ${declared} bytes`, "BODY_TOO_LARGE", { limitBytes: cap, receivedBytes: declared, bodyName }));
        return;
      }
      const chunks = [];
      let received = 0;
      const done = () => {
        const body = new Uint8Array(Buffer.concat(chunks));
        if (exact !== void 0 && received !== exact) {
          finish(new TransportError(`after ${received} of ${exact} bytes`, "BODY_INCOMPLETE", { expectedBytes: exact, receivedBytes: received, bodyName }));
          return;
        }
        finish(void 0, { status, headers: headerGetter(res.headers), body, url: request.url });
      };
      res.on("data", (chunk) => {
        if (settled) return;
        if (received + chunk.byteLength > cap) {
          if (truncate) {
            chunks.push(chunk.subarray(0, cap - received));
            received = cap;
            res.destroy();
            done();
            return;
          }
          finish(new TransportError(`${bodyName} over ${cap} bytes`, "BODY_TOO_LARGE", { limitBytes: cap, receivedBytes: received + chunk.byteLength, bodyName }));
          return;
        }
        chunks.push(chunk);
        received += chunk.byteLength;
      });
      res.on("end", done);
      const cut = () => finish(new TransportError(`after ${received}${declared === void 0 ? "" : ` of ${declared}`} bytes`, "BODY_INCOMPLETE", { receivedBytes: received, expectedBytes: declared, bodyName }));
      res.on("error", cut);
      res.on("close", () => {
        if (!res.complete) cut();
      });
    });
    req.end(request.body === void 0 ? void 0 : Buffer.from(request.body.buffer, request.body.byteOffset, request.body.byteLength));
  });
}
function formatMs(ms) {
  return ms % 1e3 === 0 ? `${ms / 1e3} s` : `${(ms / 1e3).toFixed(ms < 1e3 ? 2 : 1)} s`;
}
function failureCode(error) {
  const code = error.code;
  return typeof code === "string" ? code : error instanceof Error ? error.message : String(error);
}
async function sendWithRetry(request, ctx) {
  const startedAt = ctx.policy.now();
  for (let attempt = 1; ; attempt++) {
    let response;
    try {
      response = await exchange(request, ctx);
    } catch (error) {
      ctx.observe?.({ method: request.method, url: request.url, error: failureCode(error) });
      const delay2 = isRetryableNetworkError(error) ? nextRetryDelay(ctx.policy, attempt, startedAt, void 0) : void 0;
      if (delay2 === void 0) throw errorFromNetworkFailure(error, { ...ctx, attempts: attempt });
      ctx.log(`oci: ${request.method} ${urlForMessage(request.url)} failed (${failureCode(error)}); retry ${attempt} in ${delay2} ms`);
      await ctx.policy.sleep(delay2);
      continue;
    }
    ctx.observe?.({ method: request.method, url: request.url, status: response.status });
    if (!isRetryableStatus(response.status)) return response;
    const retryAfter = parseRetryAfter(response.headers.get("retry-after"), ctx.policy.now());
    const delay = nextRetryDelay(ctx.policy, attempt, startedAt, retryAfter);
    if (delay === void 0) {
      throw errorFromResponse(response.status, ctx.redact(bodyText(response)), { ...ctx, attempts: attempt, retryAfterMs: retryAfter, retryBudgetMs: ctx.policy.maxTotalMs });
    }
    ctx.log(`oci: ${request.method} ${urlForMessage(request.url)} answered ${response.status}; retry ${attempt} in ${delay} ms`);
    await ctx.policy.sleep(delay);
  }
}
function bodyText(response) {
  return Buffer.from(response.body.buffer, response.body.byteOffset, response.body.byteLength).toString("utf8");
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
  constructor(registry, credentials, redactor, plainHttp = false) {
    this.registry = registry;
    this.credentials = credentials;
    this.redactor = redactor;
    this.plainHttp = plainHttp;
    if (credentials) {
      this.basicHeader = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64")}`;
      redactor.add(credentials.password);
      redactor.add(this.basicHeader.slice("Basic ".length));
    }
  }
  registry;
  credentials;
  redactor;
  plainHttp;
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
  protocolError(ctx, detail) {
    return new RegistryError({ kind: "protocol", registry: this.registry, operation: ctx.operation, message: `${ctx.operation}: ${detail}` });
  }
  /** The realm as a URL we may send the Basic credentials to, or a refusal saying why not. */
  realmUrl(realm, ctx) {
    let url;
    try {
      url = new URL(realm);
    } catch {
      throw this.protocolError(ctx, `registry ${this.registry} sent a token realm that is not a URL`);
    }
    if (url.username !== "" || url.password !== "") {
      throw this.protocolError(ctx, `registry ${this.registry} sent token realm ${urlForMessage(realm)} with credentials in it; refusing to use it`);
    }
    const plainAllowed = url.protocol === "http:" && this.plainHttp && isLoopbackHost(this.registry) && isLoopbackHost(url.host);
    if (url.protocol !== "https:" && !plainAllowed) {
      throw this.protocolError(ctx, `registry ${this.registry} sent token realm ${url.protocol === "http:" ? url.origin : urlForMessage(realm)}, which is not HTTPS; refusing to send credentials there`);
    }
    return url;
  }
  async fetchToken(scopes, ctx) {
    if (!this.bearer) throw this.protocolError(ctx, `registry ${this.registry} sent no token realm`);
    const url = this.realmUrl(this.bearer.realm, ctx);
    if (this.bearer.service) url.searchParams.set("service", this.bearer.service);
    for (const scope of scopes) url.searchParams.append("scope", scope);
    const headers = { accept: "application/json" };
    if (this.basicHeader) headers["authorization"] = this.basicHeader;
    ctx.log(`oci: token request ${url.origin}${url.pathname} scope=${scopes.join(" ")}`);
    const peer = url.host === this.registry ? `registry ${this.registry}` : `token endpoint ${url.host} of registry ${this.registry}`;
    const tokenCtx = { ...ctx, operation: `${ctx.operation} (token from ${url.host})`, username: this.username, peer };
    const response = await sendWithRetry(
      { method: "GET", url: url.toString(), headers, maxBodyBytes: BODY_LIMITS.token, bodyName: "token response" },
      tokenCtx
    );
    if (response.status >= 300 && response.status < 400) {
      throw this.protocolError(tokenCtx, `${peer} answered HTTP ${response.status} (a redirect); token requests are not redirected, the credentials would go along`);
    }
    if (response.status !== 200) {
      throw errorFromResponse(response.status, this.redactor.redact(bodyText(response)), tokenCtx);
    }
    let parsed;
    try {
      parsed = JSON.parse(bodyText(response));
    } catch {
      throw this.protocolError(tokenCtx, `${peer} did not answer JSON`);
    }
    if (typeof parsed !== "object" || parsed === null) throw this.protocolError(tokenCtx, `${peer} did not answer a JSON object`);
    const token = typeof parsed.token === "string" && parsed.token !== "" ? parsed.token : typeof parsed.access_token === "string" ? parsed.access_token : void 0;
    if (!token) throw this.protocolError(tokenCtx, `${peer} answered without a token`);
    if (!/^[\x21-\x7e]+$/.test(token) || token.length > 16 * 1024) {
      throw this.protocolError(tokenCtx, `${peer} answered a token that cannot be sent as a header (not printable ASCII, or over 16 KiB)`);
    }
    this.redactor.add(token);
    const seconds2 = typeof parsed.expires_in === "number" && Number.isFinite(parsed.expires_in) && parsed.expires_in > 0 ? parsed.expires_in : DEFAULT_TOKEN_SECONDS;
    return { token, expiresAt: ctx.policy.now() + Math.max(1, seconds2 - 5) * 1e3 };
  }
};

// src/oci/registry.ts
var MIB2 = 1024 * 1024;
var MAX_REDIRECTS = 5;
var MAX_UPLOAD_SESSIONS = 2;
var UNSIZED_BLOB_CAP = 64 * MIB2;
var MAX_TAG_PAGES = 1e3;
var MAX_TAGS = 1e5;
var MAX_RANGE_RECOVERIES = 3;
function isBrokenUploadSession(error) {
  if (!(error instanceof RegistryError)) return false;
  if (error.kind === "network" || error.kind === "server-error" || error.kind === "timeout") return true;
  if (error.status === 416) return true;
  return error.hasCode("BLOB_UPLOAD_INVALID") || error.hasCode("BLOB_UPLOAD_UNKNOWN");
}
function shortDigest(digest) {
  return digest.length > 19 ? `${digest.slice(0, 19)}\u2026` : digest;
}
function withDigestParam(location, digest) {
  return `${location}${location.includes("?") ? "&" : "?"}digest=${encodeURIComponent(digest)}`;
}
function mediaTypeOf(header) {
  const value = header?.split(";")[0]?.trim().toLowerCase();
  return value ? value : void 0;
}
var RegistryClient = class {
  registry;
  baseUrl;
  /** `scheme://host[:port]` as URL.origin spells it: what "same origin" compares against. */
  origin;
  auth;
  monolithicMaxBytes;
  chunkSize;
  timeouts;
  redactor = new Redactor();
  policy;
  log;
  observe;
  agents = createAgents();
  constructor(options) {
    this.registry = options.registry.toLowerCase();
    if (!isValidRegistryHost(this.registry)) {
      throw new ReferenceError(`registry "${JSON.stringify(redactReference(options.registry)).slice(1, -1)}" is not a host (a hostname or IP address, with an optional port)`);
    }
    const plain = options.plainHttp ?? isLoopbackHost(this.registry);
    this.baseUrl = `${plain ? "http" : "https"}://${this.registry}`;
    this.origin = new URL(this.baseUrl).origin;
    this.auth = new RegistryAuth(this.registry, options.credentials, this.redactor, plain);
    const fromEnv = timeoutsFromEnv(options.env ?? process.env);
    this.timeouts = { ...DEFAULT_TIMEOUTS, ...fromEnv.timeouts, ...options.timeouts };
    this.policy = retryPolicy({ ...fromEnv.retryMaxTotalMs === void 0 ? {} : { maxTotalMs: fromEnv.retryMaxTotalMs }, ...options.retry });
    this.log = redactingLog(options.log, this.redactor);
    this.observe = options.observe;
    this.monolithicMaxBytes = options.monolithicMaxBytes ?? 16 * MIB2;
    this.chunkSize = options.chunkSize ?? 8 * MIB2;
  }
  repository(name) {
    assertRepositoryName(name);
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
    this.expect(response, [200], { operation: `ping ${this.registry}`, repository: "" });
  }
  context(operation, repository) {
    return {
      registry: this.registry,
      repository: repository === "" ? void 0 : repository,
      operation,
      username: this.auth.username,
      timeouts: this.timeouts,
      agents: this.agents,
      observe: this.observe,
      policy: this.policy,
      log: this.log,
      redact: (text) => this.redactor.redact(text)
    };
  }
  protocolError(operation, repository, detail) {
    return new RegistryError({ kind: "protocol", registry: this.registry, repository: repository || void 0, operation, message: `${operation}: ${detail}` });
  }
  /** A URL the registry sent (Location, Link), resolved against the request's; only http(s), no userinfo. */
  resolveUrl(location, base, operation, repository, what) {
    let url;
    try {
      url = new URL(location, base);
    } catch {
      throw this.protocolError(operation, repository, `registry ${this.registry} sent ${what} that is not a URL`);
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      throw this.protocolError(operation, repository, `registry ${this.registry} sent ${what} with scheme ${remoteText(url.protocol, 20)}; refusing to follow it`);
    }
    if (url.username !== "" || url.password !== "") {
      throw this.protocolError(operation, repository, `registry ${this.registry} sent ${what} with credentials in it (${urlForMessage(url.toString())}); refusing to follow it`);
    }
    return url;
  }
  /** A URL the registry sent must be on its own origin; otherwise refused with the reason. */
  sameOriginUrl(location, base, operation, repository, what, refusal) {
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
  async send(request) {
    const ctx = this.context(request.operation, request.repository);
    let url = request.url;
    let authRetried = false;
    let redirects = 0;
    let leftOrigin = false;
    const visited = /* @__PURE__ */ new Set([url]);
    for (; ; ) {
      const headers = { ...request.headers };
      const authorization = leftOrigin ? void 0 : await this.auth.authorization(request.scopes, ctx);
      if (authorization) headers["authorization"] = authorization;
      const hopCtx = leftOrigin ? { ...ctx, peer: `blob storage ${new URL(url).host} (redirected to by registry ${this.registry})` } : ctx;
      const response = await sendWithRetry(
        { method: request.method, url, headers, body: request.body, maxBodyBytes: request.maxBodyBytes, exactBodyBytes: request.exactBodyBytes, bodyName: request.bodyName },
        hopCtx
      );
      this.log(`oci: ${request.method} ${urlForMessage(url)} -> ${response.status}`);
      if (response.status === 401 && !leftOrigin) {
        const challenge = response.headers.get("www-authenticate");
        const retry = await this.auth.onUnauthorized(challenge, request.scopes, ctx, authorization, authRetried);
        if (retry) {
          authRetried = true;
          continue;
        }
      }
      if (![301, 302, 303, 307, 308].includes(response.status)) return response;
      const where = leftOrigin ? hopCtx.peer : `registry ${this.registry}`;
      const location = response.headers.get("location");
      if (!location) throw this.protocolError(request.operation, request.repository, `${where} answered HTTP ${response.status} (a redirect) without a Location`);
      const next = this.resolveUrl(location, url, request.operation, request.repository, "a redirect");
      if (request.method !== "GET" && request.method !== "HEAD") {
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
        if (next.protocol === "http:" && new URL(url).protocol === "https:") {
          throw this.protocolError(request.operation, request.repository, `${where} redirected from HTTPS to plain HTTP (${next.origin}); refusing to follow`);
        }
        leftOrigin = true;
      }
      url = next.toString();
    }
  }
  /** Throw the matching RegistryError unless the status is one we expect. */
  expect(response, statuses, where) {
    if (statuses.includes(response.status)) return;
    const ctx = this.context(where.operation, where.repository);
    const answered = new URL(response.url);
    if (answered.origin !== this.origin) {
      ctx.peer = `blob storage ${answered.host} (redirected to by registry ${this.registry})`;
      ctx.username = void 0;
    }
    throw errorFromResponse(response.status, this.redactor.redact(bodyText(response)), ctx);
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
  get peer() {
    return `registry ${this.client.registry}`;
  }
  async call(method, url, operation, scopes, expected, extra = {}) {
    const response = await this.client.send({ method, url, scopes, operation, repository: this.repository, ...extra });
    this.client.expect(response, expected, { operation, repository: this.repository });
    return response;
  }
  /** A digest from our caller or from a manifest, before it goes into a URL path. */
  checkDigest(digest, operation) {
    try {
      assertSha256Digest(digest);
    } catch (error) {
      throw this.protocolError(operation, error.message);
    }
  }
  /** A `Docker-Content-Digest` header: absent, or a well-formed digest. */
  announcedDigest(response, operation) {
    const value = response.headers.get("docker-content-digest");
    if (value === null) return void 0;
    if (!isDigest(value)) throw this.protocolError(operation, `${this.peer} sent a Docker-Content-Digest that is not a digest ("${remoteText(value, 80)}")`);
    return value;
  }
  async resolve(reference) {
    assertTagOrDigest(reference);
    const operation = `resolve ${this.name}:${reference}`;
    const response = await this.call("HEAD", this.url(`manifests/${reference}`), operation, this.pullScopes, [200], {
      headers: { accept: MANIFEST_ACCEPT }
    });
    const announced = this.announcedDigest(response, operation);
    if (announced !== void 0 && isDigest(reference) && announced !== reference) {
      throw this.integrityError(operation, `${this.peer} answered for ${announced}, not the ${reference} asked for`);
    }
    const digest = announced ?? (isDigest(reference) ? reference : void 0);
    const mediaType = mediaTypeOf(response.headers.get("content-type"));
    const length = response.headers.get("content-length");
    if (!digest || !mediaType || length === null) {
      return (await this.fetchManifest(reference)).descriptor;
    }
    if (!isManifestMediaType(mediaType)) {
      throw this.protocolError(operation, `${this.peer} answered with content type "${remoteText(mediaType, 80)}", not a manifest`);
    }
    const size = Number(length);
    if (!/^\d+$/.test(length) || size > BODY_LIMITS.manifest) {
      throw this.protocolError(operation, `${this.peer} announced a manifest of ${remoteText(length, 30)} bytes (at most ${BODY_LIMITS.manifest / MIB2} MiB are read)`);
    }
    return { mediaType, digest, size };
  }
  async fetchManifest(reference) {
    assertTagOrDigest(reference);
    const operation = `fetch manifest ${this.name}:${reference}`;
    const response = await this.call("GET", this.url(`manifests/${reference}`), operation, this.pullScopes, [200], {
      headers: { accept: MANIFEST_ACCEPT },
      maxBodyBytes: BODY_LIMITS.manifest,
      bodyName: "manifest"
    });
    const bytes2 = response.body;
    if (bytes2.byteLength === 0) throw this.protocolError(operation, `${this.peer} answered 200 with an empty manifest`);
    const digest = sha256Digest(bytes2);
    const claimed = isDigest(reference) ? reference : this.announcedDigest(response, operation);
    if (claimed && claimed !== digest) {
      throw this.integrityError(operation, `${this.peer} sent a manifest whose bytes hash to ${digest}, not ${claimed}`);
    }
    const mediaType = this.manifestMediaType(bytes2, response, operation);
    return { descriptor: { mediaType, digest, size: bytes2.byteLength }, bytes: bytes2 };
  }
  /**
   * The media type of a fetched manifest, after checking the bytes are one: JSON with valid
   * descriptors, served as a manifest type we asked for, agreeing with what the JSON declares.
   */
  manifestMediaType(bytes2, response, operation) {
    let declared;
    try {
      const json = parseManifestJson(bytes2);
      declared = typeof json.mediaType === "string" ? json.mediaType : void 0;
    } catch (error) {
      if (error instanceof ManifestError) throw this.protocolError(operation, `${this.peer} sent a ${error.message}`);
      throw error;
    }
    const served = mediaTypeOf(response.headers.get("content-type"));
    const mediaType = served === void 0 || served === "application/json" ? declared : served;
    if (mediaType === void 0 || !isManifestMediaType(mediaType)) {
      throw this.protocolError(operation, `${this.peer} answered with content type "${remoteText(served ?? "none", 80)}", not a manifest`);
    }
    if (declared !== void 0 && declared !== mediaType) {
      throw this.protocolError(operation, `${this.peer} served a manifest as ${mediaType}, but it declares itself ${remoteText(declared, 80)}`);
    }
    try {
      manifestReferences(bytes2, mediaType);
    } catch (error) {
      if (error instanceof ManifestError) throw this.protocolError(operation, `${this.peer} sent a ${error.message}`);
      throw error;
    }
    return mediaType;
  }
  async blobExists(digest) {
    return this.headBlob(digest, this.pullScopes);
  }
  /** HEAD a blob; pushes ask with the push scope so one token serves the whole push. */
  async headBlob(digest, scopes) {
    const operation = `check blob ${shortDigest(digest)} in ${this.name}`;
    this.checkDigest(digest, operation);
    const response = await this.client.send({ method: "HEAD", url: this.url(`blobs/${digest}`), scopes, operation, repository: this.repository, storageRedirect: true });
    if (response.status === 404) return false;
    this.client.expect(response, [200], { operation, repository: this.repository });
    return true;
  }
  async fetchBlob(digest, size) {
    const operation = `fetch blob ${shortDigest(digest)} from ${this.name}`;
    this.checkDigest(digest, operation);
    if (size !== void 0 && (!Number.isSafeInteger(size) || size < 0)) throw this.protocolError(operation, `blob size ${size} is not a whole number of bytes`);
    const response = await this.call("GET", this.url(`blobs/${digest}`), operation, this.pullScopes, [200], {
      ...size === void 0 ? { maxBodyBytes: UNSIZED_BLOB_CAP } : { exactBodyBytes: size, maxBodyBytes: size },
      bodyName: "blob",
      storageRedirect: true
    });
    try {
      verifyDigest(response.body, digest, `blob from ${this.name}`);
    } catch (error) {
      throw this.integrityError(operation, error.message);
    }
    return response.body;
  }
  async openBlob(descriptor) {
    return bytesSource(await this.fetchBlob(descriptor.digest, descriptor.size));
  }
  async pushBlob(descriptor, content) {
    const operation = `push blob ${shortDigest(descriptor.digest)} to ${this.name}`;
    this.checkDigest(descriptor.digest, operation);
    if (await this.headBlob(descriptor.digest, this.pushScopes)) return false;
    for (let session = 1; ; session++) {
      try {
        const response = await this.call("POST", this.url("blobs/uploads/"), operation, this.pushScopes, [202]);
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
    const operation = `mount blob ${shortDigest(descriptor.digest)} from ${fromRepository} into ${this.name}`;
    this.checkDigest(descriptor.digest, operation);
    assertRepositoryName(fromRepository);
    const query = `?mount=${encodeURIComponent(descriptor.digest)}&from=${encodeURIComponent(fromRepository)}`;
    const scopes = [...this.pushScopes, repositoryScope(fromRepository, "pull")];
    const response = await this.call("POST", this.url(`blobs/uploads/${query}`), operation, scopes, [201, 202]);
    if (response.status === 201) {
      const got = this.announcedDigest(response, operation);
      if (got && got !== descriptor.digest) throw this.integrityError(operation, `registry mounted ${got}`);
      return true;
    }
    const location = this.uploadLocation(response, operation);
    if (content === void 0) {
      this.client.logLine(`oci: ${operation}: not mounted, cancelling upload session`);
      await this.client.send({ method: "DELETE", url: location, scopes: this.pushScopes, operation, repository: this.repository });
      return false;
    }
    await this.uploadToSession(location, descriptor, content, `${operation} (fallback upload)`);
    return false;
  }
  /** Where the registry wants the blob: its own origin, or nowhere. */
  uploadLocation(response, operation) {
    const location = response.headers.get("location");
    if (!location) throw this.protocolError(operation, `${this.peer} opened an upload without a Location header`);
    return this.client.sameOriginUrl(location, response.url, operation, this.repository, "an upload location", "refusing to send the blob or credentials there");
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
    const bytes2 = await source.read(0, source.size);
    try {
      verifyDigest(bytes2, descriptor.digest, operation);
    } catch (error) {
      throw this.integrityError(operation, error.message);
    }
    const response = await this.call("PUT", withDigestParam(location, descriptor.digest), operation, this.pushScopes, [201], {
      headers: { "content-type": "application/octet-stream" },
      body: bytes2
    });
    this.checkStoredDigest(response, descriptor.digest, operation);
  }
  async uploadChunked(location, descriptor, source, operation) {
    const hash = new Sha256Accumulator();
    let offset = 0;
    let url = location;
    let recoveries = 0;
    while (offset < source.size) {
      const chunk = await source.read(offset, Math.min(this.client.chunkSize, source.size - offset));
      if (chunk.byteLength === 0) throw this.integrityError(operation, `content ended at byte ${offset} of ${source.size}`);
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
      this.client.expect(response2, [202], { operation, repository: this.repository });
      url = this.uploadLocation(response2, operation);
      hash.update(chunk);
      offset = end + 1;
    }
    const digest = hash.digest();
    if (digest !== descriptor.digest) {
      await this.client.send({ method: "DELETE", url, scopes: this.pushScopes, operation, repository: this.repository });
      throw this.integrityError(operation, `content hashes to ${digest}, not ${descriptor.digest}; upload cancelled`);
    }
    const response = await this.call("PUT", withDigestParam(url, descriptor.digest), operation, this.pushScopes, [201]);
    this.checkStoredDigest(response, descriptor.digest, operation);
  }
  /** `GET <upload location>` → how many bytes the registry holds (Range: 0-N) and the next Location. */
  async uploadStatus(location, operation) {
    const response = await this.call("GET", location, `${operation} (upload status)`, this.pushScopes, [204]);
    const range = /^(?:bytes=)?0-(\d+)$/.exec(response.headers.get("range") ?? "");
    return { received: range ? Number(range[1]) + 1 : 0, location: response.headers.get("location") ? this.uploadLocation(response, operation) : location };
  }
  checkStoredDigest(response, expected, operation) {
    const stored = this.announcedDigest(response, operation);
    if (stored && stored !== expected) throw this.integrityError(operation, `registry stored ${stored}, expected ${expected}`);
  }
  async pushManifest(bytes2, mediaType, tag) {
    if (tag !== void 0) assertValidTag(tag);
    const digest = sha256Digest(bytes2);
    const reference = tag ?? digest;
    const operation = `push manifest ${reference === digest ? shortDigest(digest) : reference} to ${this.name}`;
    if (!isManifestMediaType(mediaType)) throw this.protocolError(operation, `"${remoteText(mediaType, 80)}" is not a manifest media type`);
    await this.assertReferencesPresent(bytes2, mediaType, operation);
    return this.putManifest(bytes2, mediaType, reference, digest, operation);
  }
  /** No tag may name an incomplete artifact: HEAD every blob and child manifest first. */
  async assertReferencesPresent(bytes2, mediaType, operation) {
    const refs = manifestReferences(bytes2, mediaType);
    for (const blob of refs.blobs) {
      if (!await this.headBlob(blob.digest, this.pushScopes)) {
        throw this.integrityError(operation, `blob ${blob.digest} (${blob.mediaType}) is not in ${this.name}; refusing to push a manifest that points at it`);
      }
    }
    for (const child of refs.manifests) {
      this.checkDigest(child.digest, operation);
      const response = await this.client.send({ method: "HEAD", url: this.url(`manifests/${child.digest}`), scopes: this.pushScopes, operation, repository: this.repository, headers: { accept: MANIFEST_ACCEPT } });
      if (response.status === 404) throw this.integrityError(operation, `child manifest ${child.digest} is not in ${this.name}`);
      this.client.expect(response, [200], { operation, repository: this.repository });
    }
  }
  async putManifest(bytes2, mediaType, reference, digest, operation) {
    const response = await this.call("PUT", this.url(`manifests/${reference}`), operation, this.pushScopes, [201], {
      headers: { "content-type": mediaType },
      body: bytes2
    });
    const stored = this.announcedDigest(response, operation);
    if (stored && stored !== digest) {
      throw this.integrityError(operation, `registry stored the manifest as ${stored}, but its bytes hash to ${digest}`);
    }
    return { mediaType, digest, size: bytes2.byteLength };
  }
  async tag(reference, newTag) {
    assertValidTag(newTag);
    const { bytes: bytes2, descriptor } = await this.fetchManifest(reference);
    return this.putManifest(bytes2, descriptor.mediaType, newTag, descriptor.digest, `tag ${this.name}:${reference} as ${newTag}`);
  }
  async listTags(pageSize = 1e3) {
    const operation = `list tags of ${this.name}`;
    const tags = [];
    const visited = /* @__PURE__ */ new Set();
    let url = this.url(`tags/list?n=${pageSize}`);
    for (let page = 1; url !== void 0; page++) {
      if (page > MAX_TAG_PAGES) throw this.protocolError(operation, `${this.peer} paginated the tag list over ${MAX_TAG_PAGES} pages`);
      if (visited.has(url)) throw this.protocolError(operation, `${this.peer} paginates the tag list in a loop (page ${page} links back to an earlier one)`);
      visited.add(url);
      const response = await this.call("GET", url, operation, this.pullScopes, [200], { maxBodyBytes: BODY_LIMITS.tagListPage, bodyName: "tag list" });
      for (const tag of this.tagsOfPage(response, operation)) tags.push(tag);
      if (tags.length > MAX_TAGS) throw this.protocolError(operation, `${this.peer} listed over ${MAX_TAGS} tags`);
      const next = /<([^>]+)>\s*;\s*rel="?next"?/i.exec(response.headers.get("link") ?? "");
      url = next?.[1] ? this.client.sameOriginUrl(next[1], url, operation, this.repository, "the next page of the tag list", "refusing to follow it") : void 0;
    }
    return tags;
  }
  /** `{"name": ..., "tags": [...]}`; `tags` may be null or absent (no tags), but only ever a list of valid tags. */
  tagsOfPage(response, operation) {
    let parsed;
    try {
      parsed = JSON.parse(bodyText(response));
    } catch {
      throw this.protocolError(operation, `${this.peer} sent a tag list that is not JSON${response.body.byteLength === 0 ? " (an empty body)" : ""}`);
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw this.protocolError(operation, `${this.peer} sent a tag list that is not a JSON object`);
    const tags = parsed.tags;
    if (tags === void 0 || tags === null) return [];
    if (!Array.isArray(tags)) throw this.protocolError(operation, `${this.peer} sent a tag list whose "tags" is not a list`);
    for (const tag of tags) {
      if (typeof tag !== "string" || !isValidTag(tag)) {
        throw this.protocolError(operation, `${this.peer} sent a tag list holding ${typeof tag === "string" ? `"${remoteText(JSON.stringify(tag).slice(1, -1), 80)}", which is not a valid tag` : `a ${tag === null ? "null" : typeof tag}, not a tag`}`);
      }
    }
    return tags;
  }
  /** Delete a manifest by digest (registries refuse deleting by tag). */
  async deleteManifest(digest) {
    const operation = `delete manifest ${shortDigest(digest)} from ${this.name}`;
    this.checkDigest(digest, operation);
    await this.call("DELETE", this.url(`manifests/${digest}`), operation, this.pushScopes, [202]);
  }
  protocolError(operation, detail) {
    return this.client.protocolError(operation, this.repository, detail);
  }
  integrityError(operation, detail) {
    return new RegistryError({ kind: "integrity", registry: this.client.registry, repository: this.repository, operation, message: `${operation}: ${detail}` });
  }
};

export {
  MEDIA_TYPE,
  isIndexMediaType,
  toBlobSource,
  parseManifestJson,
  declaredMediaType,
  manifestReferences,
  RegistryError,
  retryPolicy,
  isRetryableStatus,
  isRetryableNetworkError,
  nextRetryDelay,
  DEFAULT_TIMEOUTS,
  timeoutsFromEnv,
  createAgents,
  TransportError,
  exchange,
  repositoryScope,
  RegistryClient,
  RegistryRepository
};
