import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  CHART_GATES,
  chartArtifact,
  chartContext,
  openChartTarget,
  parseInputs,
  publish,
  publishedDigest,
  samePublishedContent
} from "./chunk-AK6TECAX.js";
import {
  OCI,
  buildImage,
  buildxBuild,
  checkIndex,
  computeTags,
  imageContext,
  parseBuildArgs,
  parseInputs as parseInputs2,
  startAndWait,
  startPlatforms
} from "./chunk-3467QN74.js";
import {
  AlreadyDone,
  Artifacts,
  LayoutError,
  OciLayoutTarget,
  Skip,
  copy,
  describeRecord,
  pipelineResult,
  runPipeline
} from "./chunk-4MIFV7TE.js";
import {
  PLUGINS_FILE,
  parseInputs as parseInputs3,
  pluginsFile,
  runSmokeGate,
  smokeFailure,
  smokeSummary
} from "./chunk-7VUJM3HR.js";
import "./chunk-HCJAPFST.js";
import {
  DEFAULT_TIMEOUTS,
  MEDIA_TYPE,
  RegistryClient,
  RegistryError,
  RegistryRepository,
  TransportError,
  createAgents,
  exchange,
  isIndexMediaType,
  isRetryableNetworkError,
  isRetryableStatus,
  manifestReferences,
  nextRetryDelay,
  parseManifestJson,
  repositoryScope,
  retryPolicy,
  timeoutsFromEnv
} from "./chunk-EDL5QZO6.js";
import "./chunk-7CV4RHB7.js";
import "./chunk-3266I6LT.js";
import "./chunk-2Y5LXIYX.js";
import "./chunk-J2HZHSML.js";
import {
  registryCredentials
} from "./chunk-UEAZNNQA.js";
import {
  goArchitecture,
  localHost
} from "./chunk-H2SKQNUD.js";
import "./chunk-YXDV4WXH.js";
import "./chunk-6ZUX5ST6.js";
import "./chunk-ZXSDCEXT.js";
import {
  require_tunnel,
  require_undici
} from "./chunk-PQADDHOS.js";
import {
  applyVersion,
  repositoryStateDir
} from "./chunk-ZZ5CANSK.js";
import {
  parseChartVersion,
  parseVersionRequest
} from "./chunk-FTVOWISM.js";
import {
  expectedVersions,
  parseJson
} from "./chunk-YLDWLXP3.js";
import {
  CONFIG_FILE,
  assertInsideRepo,
  booleanOption,
  boundedNumber,
  compare,
  configOverrides,
  defaultChangelog,
  existsInRepo,
  fillPlaceholders,
  gitTagProblem,
  listOption,
  loadConfig,
  mib,
  normalizeReference,
  parseReleaseVersion,
  quote,
  readRepoText,
  repoRelative,
  repositoryRoot,
  require_semver,
  resolveInRepo,
  shown,
  stringOption,
  withDefaults
} from "./chunk-EPMUPLEO.js";
import "./chunk-MBL3Z2YT.js";
import {
  DEFAULT_TIMEOUT_MS,
  Git,
  ToolError,
  ToolNotFoundError,
  exec,
  lastLines,
  scrub
} from "./chunk-OOIETZWO.js";
import {
  maskSecrets
} from "./chunk-B2IBVPIQ.js";
import {
  markdownTable,
  md,
  mdCode,
  mdCodeBlock,
  mdText
} from "./chunk-YWG6HEQV.js";
import {
  UserError
} from "./chunk-IXRSKL5H.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-HANBNIMK.js";

// node_modules/@actions/github/node_modules/@actions/http-client/lib/proxy.js
var require_proxy = __commonJS({
  "node_modules/@actions/github/node_modules/@actions/http-client/lib/proxy.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getProxyUrl = getProxyUrl;
    exports.checkBypass = checkBypass;
    function getProxyUrl(reqUrl) {
      const usingSsl = reqUrl.protocol === "https:";
      if (checkBypass(reqUrl)) {
        return void 0;
      }
      const proxyVar = (() => {
        if (usingSsl) {
          return process.env["https_proxy"] || process.env["HTTPS_PROXY"];
        } else {
          return process.env["http_proxy"] || process.env["HTTP_PROXY"];
        }
      })();
      if (proxyVar) {
        try {
          return new DecodedURL(proxyVar);
        } catch (_a) {
          if (!proxyVar.startsWith("http://") && !proxyVar.startsWith("https://"))
            return new DecodedURL(`http://${proxyVar}`);
        }
      } else {
        return void 0;
      }
    }
    function checkBypass(reqUrl) {
      if (!reqUrl.hostname) {
        return false;
      }
      const reqHost = reqUrl.hostname;
      if (isLoopbackAddress(reqHost)) {
        return true;
      }
      const noProxy = process.env["no_proxy"] || process.env["NO_PROXY"] || "";
      if (!noProxy) {
        return false;
      }
      let reqPort;
      if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
      } else if (reqUrl.protocol === "http:") {
        reqPort = 80;
      } else if (reqUrl.protocol === "https:") {
        reqPort = 443;
      }
      const upperReqHosts = [reqUrl.hostname.toUpperCase()];
      if (typeof reqPort === "number") {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
      }
      for (const upperNoProxyItem of noProxy.split(",").map((x) => x.trim().toUpperCase()).filter((x) => x)) {
        if (upperNoProxyItem === "*" || upperReqHosts.some((x) => x === upperNoProxyItem || x.endsWith(`.${upperNoProxyItem}`) || upperNoProxyItem.startsWith(".") && x.endsWith(`${upperNoProxyItem}`))) {
          return true;
        }
      }
      return false;
    }
    function isLoopbackAddress(host) {
      const hostLower = host.toLowerCase();
      return hostLower === "localhost" || hostLower.startsWith("127.") || hostLower.startsWith("[::1]") || hostLower.startsWith("[0:0:0:0:0:0:0:1]");
    }
    var DecodedURL = class extends URL {
      constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
      }
      get username() {
        return this._decodedUsername;
      }
      get password() {
        return this._decodedPassword;
      }
    };
  }
});

// node_modules/@actions/github/node_modules/@actions/http-client/lib/index.js
var require_lib = __commonJS({
  "node_modules/@actions/github/node_modules/@actions/http-client/lib/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    var __awaiter2 = exports && exports.__awaiter || function(thisArg, _arguments, P, generator) {
      function adopt(value) {
        return value instanceof P ? value : new P(function(resolve) {
          resolve(value);
        });
      }
      return new (P || (P = Promise))(function(resolve, reject) {
        function fulfilled(value) {
          try {
            step(generator.next(value));
          } catch (e) {
            reject(e);
          }
        }
        function rejected2(value) {
          try {
            step(generator["throw"](value));
          } catch (e) {
            reject(e);
          }
        }
        function step(result) {
          result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected2);
        }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
      });
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HttpClient = exports.HttpClientResponse = exports.HttpClientError = exports.MediaTypes = exports.Headers = exports.HttpCodes = void 0;
    exports.getProxyUrl = getProxyUrl;
    exports.isHttps = isHttps;
    var http = __importStar(__require("http"));
    var https = __importStar(__require("https"));
    var pm = __importStar(require_proxy());
    var tunnel = __importStar(require_tunnel());
    var undici_1 = require_undici();
    var HttpCodes;
    (function(HttpCodes2) {
      HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
      HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
      HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
      HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
      HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
      HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
      HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
      HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
      HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
      HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
      HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
      HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
      HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
      HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
      HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
      HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
      HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
      HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
      HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
      HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
      HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
      HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
      HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
      HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
      HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
      HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
      HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
    })(HttpCodes || (exports.HttpCodes = HttpCodes = {}));
    var Headers;
    (function(Headers2) {
      Headers2["Accept"] = "accept";
      Headers2["ContentType"] = "content-type";
    })(Headers || (exports.Headers = Headers = {}));
    var MediaTypes;
    (function(MediaTypes2) {
      MediaTypes2["ApplicationJson"] = "application/json";
    })(MediaTypes || (exports.MediaTypes = MediaTypes = {}));
    function getProxyUrl(serverUrl) {
      const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
      return proxyUrl ? proxyUrl.href : "";
    }
    var HttpRedirectCodes = [
      HttpCodes.MovedPermanently,
      HttpCodes.ResourceMoved,
      HttpCodes.SeeOther,
      HttpCodes.TemporaryRedirect,
      HttpCodes.PermanentRedirect
    ];
    var HttpResponseRetryCodes = [
      HttpCodes.BadGateway,
      HttpCodes.ServiceUnavailable,
      HttpCodes.GatewayTimeout
    ];
    var RetryableHttpVerbs = ["OPTIONS", "GET", "DELETE", "HEAD"];
    var ExponentialBackoffCeiling = 10;
    var ExponentialBackoffTimeSlice = 5;
    var HttpClientError = class _HttpClientError extends Error {
      constructor(message, statusCode) {
        super(message);
        this.name = "HttpClientError";
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, _HttpClientError.prototype);
      }
    };
    exports.HttpClientError = HttpClientError;
    var HttpClientResponse = class {
      constructor(message) {
        this.message = message;
      }
      readBody() {
        return __awaiter2(this, void 0, void 0, function* () {
          return new Promise((resolve) => __awaiter2(this, void 0, void 0, function* () {
            let output = Buffer.alloc(0);
            this.message.on("data", (chunk) => {
              output = Buffer.concat([output, chunk]);
            });
            this.message.on("end", () => {
              resolve(output.toString());
            });
          }));
        });
      }
      readBodyBuffer() {
        return __awaiter2(this, void 0, void 0, function* () {
          return new Promise((resolve) => __awaiter2(this, void 0, void 0, function* () {
            const chunks = [];
            this.message.on("data", (chunk) => {
              chunks.push(chunk);
            });
            this.message.on("end", () => {
              resolve(Buffer.concat(chunks));
            });
          }));
        });
      }
    };
    exports.HttpClientResponse = HttpClientResponse;
    function isHttps(requestUrl) {
      const parsedUrl = new URL(requestUrl);
      return parsedUrl.protocol === "https:";
    }
    var HttpClient2 = class {
      constructor(userAgent2, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent2);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
          if (requestOptions.ignoreSslError != null) {
            this._ignoreSslError = requestOptions.ignoreSslError;
          }
          this._socketTimeout = requestOptions.socketTimeout;
          if (requestOptions.allowRedirects != null) {
            this._allowRedirects = requestOptions.allowRedirects;
          }
          if (requestOptions.allowRedirectDowngrade != null) {
            this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
          }
          if (requestOptions.maxRedirects != null) {
            this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
          }
          if (requestOptions.keepAlive != null) {
            this._keepAlive = requestOptions.keepAlive;
          }
          if (requestOptions.allowRetries != null) {
            this._allowRetries = requestOptions.allowRetries;
          }
          if (requestOptions.maxRetries != null) {
            this._maxRetries = requestOptions.maxRetries;
          }
        }
      }
      options(requestUrl, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("OPTIONS", requestUrl, null, additionalHeaders || {});
        });
      }
      get(requestUrl, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("GET", requestUrl, null, additionalHeaders || {});
        });
      }
      del(requestUrl, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("DELETE", requestUrl, null, additionalHeaders || {});
        });
      }
      post(requestUrl, data, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("POST", requestUrl, data, additionalHeaders || {});
        });
      }
      patch(requestUrl, data, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("PATCH", requestUrl, data, additionalHeaders || {});
        });
      }
      put(requestUrl, data, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("PUT", requestUrl, data, additionalHeaders || {});
        });
      }
      head(requestUrl, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("HEAD", requestUrl, null, additionalHeaders || {});
        });
      }
      sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request(verb, requestUrl, stream, additionalHeaders);
        });
      }
      /**
       * Gets a typed object from an endpoint
       * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
       */
      getJson(requestUrl_1) {
        return __awaiter2(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
          additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
          const res = yield this.get(requestUrl, additionalHeaders);
          return this._processResponse(res, this.requestOptions);
        });
      }
      postJson(requestUrl_1, obj_1) {
        return __awaiter2(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
          const data = JSON.stringify(obj, null, 2);
          additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
          additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
          const res = yield this.post(requestUrl, data, additionalHeaders);
          return this._processResponse(res, this.requestOptions);
        });
      }
      putJson(requestUrl_1, obj_1) {
        return __awaiter2(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
          const data = JSON.stringify(obj, null, 2);
          additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
          additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
          const res = yield this.put(requestUrl, data, additionalHeaders);
          return this._processResponse(res, this.requestOptions);
        });
      }
      patchJson(requestUrl_1, obj_1) {
        return __awaiter2(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
          const data = JSON.stringify(obj, null, 2);
          additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
          additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
          const res = yield this.patch(requestUrl, data, additionalHeaders);
          return this._processResponse(res, this.requestOptions);
        });
      }
      /**
       * Makes a raw http request.
       * All other methods such as get, post, patch, and request ultimately call this.
       * Prefer get, del, post and patch
       */
      request(verb, requestUrl, data, headers) {
        return __awaiter2(this, void 0, void 0, function* () {
          if (this._disposed) {
            throw new Error("Client has already been disposed.");
          }
          const parsedUrl = new URL(requestUrl);
          let info = this._prepareRequest(verb, parsedUrl, headers);
          const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb) ? this._maxRetries + 1 : 1;
          let numTries = 0;
          let response;
          do {
            response = yield this.requestRaw(info, data);
            if (response && response.message && response.message.statusCode === HttpCodes.Unauthorized) {
              let authenticationHandler;
              for (const handler2 of this.handlers) {
                if (handler2.canHandleAuthentication(response)) {
                  authenticationHandler = handler2;
                  break;
                }
              }
              if (authenticationHandler) {
                return authenticationHandler.handleAuthentication(this, info, data);
              } else {
                return response;
              }
            }
            let redirectsRemaining = this._maxRedirects;
            while (response.message.statusCode && HttpRedirectCodes.includes(response.message.statusCode) && this._allowRedirects && redirectsRemaining > 0) {
              const redirectUrl = response.message.headers["location"];
              if (!redirectUrl) {
                break;
              }
              const parsedRedirectUrl = new URL(redirectUrl);
              if (parsedUrl.protocol === "https:" && parsedUrl.protocol !== parsedRedirectUrl.protocol && !this._allowRedirectDowngrade) {
                throw new Error("Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.");
              }
              yield response.readBody();
              if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                for (const header2 in headers) {
                  if (header2.toLowerCase() === "authorization") {
                    delete headers[header2];
                  }
                }
              }
              info = this._prepareRequest(verb, parsedRedirectUrl, headers);
              response = yield this.requestRaw(info, data);
              redirectsRemaining--;
            }
            if (!response.message.statusCode || !HttpResponseRetryCodes.includes(response.message.statusCode)) {
              return response;
            }
            numTries += 1;
            if (numTries < maxTries) {
              yield response.readBody();
              yield this._performExponentialBackoff(numTries);
            }
          } while (numTries < maxTries);
          return response;
        });
      }
      /**
       * Needs to be called if keepAlive is set to true in request options.
       */
      dispose() {
        if (this._agent) {
          this._agent.destroy();
        }
        this._disposed = true;
      }
      /**
       * Raw request.
       * @param info
       * @param data
       */
      requestRaw(info, data) {
        return __awaiter2(this, void 0, void 0, function* () {
          return new Promise((resolve, reject) => {
            function callbackForResult(err, res) {
              if (err) {
                reject(err);
              } else if (!res) {
                reject(new Error("Unknown error"));
              } else {
                resolve(res);
              }
            }
            this.requestRawWithCallback(info, data, callbackForResult);
          });
        });
      }
      /**
       * Raw request with callback.
       * @param info
       * @param data
       * @param onResult
       */
      requestRawWithCallback(info, data, onResult) {
        if (typeof data === "string") {
          if (!info.options.headers) {
            info.options.headers = {};
          }
          info.options.headers["Content-Length"] = Buffer.byteLength(data, "utf8");
        }
        let callbackCalled = false;
        function handleResult(err, res) {
          if (!callbackCalled) {
            callbackCalled = true;
            onResult(err, res);
          }
        }
        const req = info.httpModule.request(info.options, (msg) => {
          const res = new HttpClientResponse(msg);
          handleResult(void 0, res);
        });
        let socket;
        req.on("socket", (sock) => {
          socket = sock;
        });
        req.setTimeout(this._socketTimeout || 3 * 6e4, () => {
          if (socket) {
            socket.end();
          }
          handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on("error", function(err) {
          handleResult(err);
        });
        if (data && typeof data === "string") {
          req.write(data, "utf8");
        }
        if (data && typeof data !== "string") {
          data.on("close", function() {
            req.end();
          });
          data.pipe(req);
        } else {
          req.end();
        }
      }
      /**
       * Gets an http agent. This function is useful when you need an http agent that handles
       * routing through a proxy server - depending upon the url and proxy environment variables.
       * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
       */
      getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
      }
      getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = pm.getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
          return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
      }
      _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === "https:";
        info.httpModule = usingSsl ? https : http;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port ? parseInt(info.parsedUrl.port) : defaultPort;
        info.options.path = (info.parsedUrl.pathname || "") + (info.parsedUrl.search || "");
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
          info.options.headers["user-agent"] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        if (this.handlers) {
          for (const handler2 of this.handlers) {
            handler2.prepareRequest(info.options);
          }
        }
        return info;
      }
      _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
          return Object.assign({}, lowercaseKeys2(this.requestOptions.headers), lowercaseKeys2(headers || {}));
        }
        return lowercaseKeys2(headers || {});
      }
      /**
       * Gets an existing header value or returns a default.
       * Handles converting number header values to strings since HTTP headers must be strings.
       * Note: This returns string | string[] since some headers can have multiple values.
       * For headers that must always be a single string (like Content-Type), use the
       * specialized _getExistingOrDefaultContentTypeHeader method instead.
       */
      _getExistingOrDefaultHeader(additionalHeaders, header2, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
          const headerValue = lowercaseKeys2(this.requestOptions.headers)[header2];
          if (headerValue) {
            clientHeader = typeof headerValue === "number" ? headerValue.toString() : headerValue;
          }
        }
        const additionalValue = additionalHeaders[header2];
        if (additionalValue !== void 0) {
          return typeof additionalValue === "number" ? additionalValue.toString() : additionalValue;
        }
        if (clientHeader !== void 0) {
          return clientHeader;
        }
        return _default;
      }
      /**
       * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
       * Always returns a single string (not an array) since Content-Type should be a single value.
       * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
       * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
       * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
       */
      _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
          const headerValue = lowercaseKeys2(this.requestOptions.headers)[Headers.ContentType];
          if (headerValue) {
            if (typeof headerValue === "number") {
              clientHeader = String(headerValue);
            } else if (Array.isArray(headerValue)) {
              clientHeader = headerValue.join(", ");
            } else {
              clientHeader = headerValue;
            }
          }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        if (additionalValue !== void 0) {
          if (typeof additionalValue === "number") {
            return String(additionalValue);
          } else if (Array.isArray(additionalValue)) {
            return additionalValue.join(", ");
          } else {
            return additionalValue;
          }
        }
        if (clientHeader !== void 0) {
          return clientHeader;
        }
        return _default;
      }
      _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = pm.getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
          agent = this._proxyAgent;
        }
        if (!useProxy) {
          agent = this._agent;
        }
        if (agent) {
          return agent;
        }
        const usingSsl = parsedUrl.protocol === "https:";
        let maxSockets = 100;
        if (this.requestOptions) {
          maxSockets = this.requestOptions.maxSockets || http.globalAgent.maxSockets;
        }
        if (proxyUrl && proxyUrl.hostname) {
          const agentOptions = {
            maxSockets,
            keepAlive: this._keepAlive,
            proxy: Object.assign(Object.assign({}, (proxyUrl.username || proxyUrl.password) && {
              proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
            }), { host: proxyUrl.hostname, port: proxyUrl.port })
          };
          let tunnelAgent;
          const overHttps = proxyUrl.protocol === "https:";
          if (usingSsl) {
            tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
          } else {
            tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
          }
          agent = tunnelAgent(agentOptions);
          this._proxyAgent = agent;
        }
        if (!agent) {
          const options = { keepAlive: this._keepAlive, maxSockets };
          agent = usingSsl ? new https.Agent(options) : new http.Agent(options);
          this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
          agent.options = Object.assign(agent.options || {}, {
            rejectUnauthorized: false
          });
        }
        return agent;
      }
      _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
          proxyAgent = this._proxyAgentDispatcher;
        }
        if (proxyAgent) {
          return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === "https:";
        proxyAgent = new undici_1.ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, (proxyUrl.username || proxyUrl.password) && {
          token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString("base64")}`
        }));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
          proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
            rejectUnauthorized: false
          });
        }
        return proxyAgent;
      }
      _getUserAgentWithOrchestrationId(userAgent2) {
        const baseUserAgent = userAgent2 || "actions/http-client";
        const orchId = process.env["ACTIONS_ORCHESTRATION_ID"];
        if (orchId) {
          const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, "_");
          return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
      }
      _performExponentialBackoff(retryNumber) {
        return __awaiter2(this, void 0, void 0, function* () {
          retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
          const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
          return new Promise((resolve) => setTimeout(() => resolve(), ms));
        });
      }
      _processResponse(res, options) {
        return __awaiter2(this, void 0, void 0, function* () {
          return new Promise((resolve, reject) => __awaiter2(this, void 0, void 0, function* () {
            const statusCode = res.message.statusCode || 0;
            const response = {
              statusCode,
              result: null,
              headers: {}
            };
            if (statusCode === HttpCodes.NotFound) {
              resolve(response);
            }
            function dateTimeDeserializer(key2, value) {
              if (typeof value === "string") {
                const a = new Date(value);
                if (!isNaN(a.valueOf())) {
                  return a;
                }
              }
              return value;
            }
            let obj;
            let contents;
            try {
              contents = yield res.readBody();
              if (contents && contents.length > 0) {
                if (options && options.deserializeDates) {
                  obj = JSON.parse(contents, dateTimeDeserializer);
                } else {
                  obj = JSON.parse(contents);
                }
                response.result = obj;
              }
              response.headers = res.message.headers;
            } catch (err) {
            }
            if (statusCode > 299) {
              let msg;
              if (obj && obj.message) {
                msg = obj.message;
              } else if (contents && contents.length > 0) {
                msg = contents;
              } else {
                msg = `Failed request: (${statusCode})`;
              }
              const err = new HttpClientError(msg, statusCode);
              err.result = response.result;
              reject(err);
            } else {
              resolve(response);
            }
          }));
        });
      }
    };
    exports.HttpClient = HttpClient2;
    var lowercaseKeys2 = (obj) => Object.keys(obj).reduce((c, k) => (c[k.toLowerCase()] = obj[k], c), {});
  }
});

// src/release/inputs.ts
var import_semver4 = __toESM(require_semver(), 1);
import { existsSync as existsSync4, statSync as statSync3 } from "node:fs";
import path6 from "node:path";

// node_modules/@actions/github/lib/context.js
import { readFileSync, existsSync } from "fs";
import { EOL } from "os";
var Context = class {
  /**
   * Hydrate the context from the environment
   */
  constructor() {
    var _a, _b, _c;
    this.payload = {};
    if (process.env.GITHUB_EVENT_PATH) {
      if (existsSync(process.env.GITHUB_EVENT_PATH)) {
        this.payload = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, { encoding: "utf8" }));
      } else {
        const path15 = process.env.GITHUB_EVENT_PATH;
        process.stdout.write(`GITHUB_EVENT_PATH ${path15} does not exist${EOL}`);
      }
    }
    this.eventName = process.env.GITHUB_EVENT_NAME;
    this.sha = process.env.GITHUB_SHA;
    this.ref = process.env.GITHUB_REF;
    this.workflow = process.env.GITHUB_WORKFLOW;
    this.action = process.env.GITHUB_ACTION;
    this.actor = process.env.GITHUB_ACTOR;
    this.job = process.env.GITHUB_JOB;
    this.runAttempt = parseInt(process.env.GITHUB_RUN_ATTEMPT, 10);
    this.runNumber = parseInt(process.env.GITHUB_RUN_NUMBER, 10);
    this.runId = parseInt(process.env.GITHUB_RUN_ID, 10);
    this.apiUrl = (_a = process.env.GITHUB_API_URL) !== null && _a !== void 0 ? _a : `https://api.github.com`;
    this.serverUrl = (_b = process.env.GITHUB_SERVER_URL) !== null && _b !== void 0 ? _b : `https://github.com`;
    this.graphqlUrl = (_c = process.env.GITHUB_GRAPHQL_URL) !== null && _c !== void 0 ? _c : `https://api.github.com/graphql`;
  }
  get issue() {
    const payload = this.payload;
    return Object.assign(Object.assign({}, this.repo), { number: (payload.issue || payload.pull_request || payload).number });
  }
  get repo() {
    if (process.env.GITHUB_REPOSITORY) {
      const [owner, repo] = process.env.GITHUB_REPOSITORY.split("/");
      return { owner, repo };
    }
    if (this.payload.repository) {
      return {
        owner: this.payload.repository.owner.login,
        repo: this.payload.repository.name
      };
    }
    throw new Error("context.repo requires a GITHUB_REPOSITORY environment variable like 'owner/repo'");
  }
};

// node_modules/@actions/github/lib/internal/utils.js
var httpClient = __toESM(require_lib(), 1);
var import_undici = __toESM(require_undici(), 1);
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected2(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected2);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
function getAuthString(token, options) {
  if (!token && !options.auth) {
    throw new Error("Parameter token or opts.auth is required");
  } else if (token && options.auth) {
    throw new Error("Parameters token and opts.auth may not both be specified");
  }
  return typeof options.auth === "string" ? options.auth : `token ${token}`;
}
function getProxyAgent(destinationUrl) {
  const hc = new httpClient.HttpClient();
  return hc.getAgent(destinationUrl);
}
function getProxyAgentDispatcher(destinationUrl) {
  const hc = new httpClient.HttpClient();
  return hc.getAgentDispatcher(destinationUrl);
}
function getProxyFetch(destinationUrl) {
  const httpDispatcher = getProxyAgentDispatcher(destinationUrl);
  const proxyFetch = (url, opts) => __awaiter(this, void 0, void 0, function* () {
    return (0, import_undici.fetch)(url, Object.assign(Object.assign({}, opts), { dispatcher: httpDispatcher }));
  });
  return proxyFetch;
}
function getApiBaseUrl() {
  return process.env["GITHUB_API_URL"] || "https://api.github.com";
}
function getUserAgentWithOrchestrationId(baseUserAgent) {
  var _a;
  const orchId = (_a = process.env["ACTIONS_ORCHESTRATION_ID"]) === null || _a === void 0 ? void 0 : _a.trim();
  if (orchId) {
    const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, "_");
    const tag = `actions_orchestration_id/${sanitizedId}`;
    if (baseUserAgent === null || baseUserAgent === void 0 ? void 0 : baseUserAgent.includes(tag))
      return baseUserAgent;
    const ua = baseUserAgent ? `${baseUserAgent} ` : "";
    return `${ua}${tag}`;
  }
  return baseUserAgent;
}

// node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }
  if (typeof process === "object" && process.version !== void 0) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${process.arch})`;
  }
  return "<environment undetectable>";
}

// node_modules/before-after-hook/lib/register.js
function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }
  if (!options) {
    options = {};
  }
  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name2) => {
      return register.bind(null, state, name2, callback, options);
    }, method)();
  }
  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }
    return state.registry[name].reduce((method2, registered) => {
      return registered.hook.bind(null, method2, options);
    }, method)();
  });
}

// node_modules/before-after-hook/lib/add.js
function addHook(state, kind, name, hook2) {
  const orig = hook2;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }
  if (kind === "before") {
    hook2 = (method, options) => {
      return Promise.resolve().then(orig.bind(null, options)).then(method.bind(null, options));
    };
  }
  if (kind === "after") {
    hook2 = (method, options) => {
      let result;
      return Promise.resolve().then(method.bind(null, options)).then((result_) => {
        result = result_;
        return orig(result, options);
      }).then(() => {
        return result;
      });
    };
  }
  if (kind === "error") {
    hook2 = (method, options) => {
      return Promise.resolve().then(method.bind(null, options)).catch((error) => {
        return orig(error, options);
      });
    };
  }
  state.registry[name].push({
    hook: hook2,
    orig
  });
}

// node_modules/before-after-hook/lib/remove.js
function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }
  const index = state.registry[name].map((registered) => {
    return registered.orig;
  }).indexOf(method);
  if (index === -1) {
    return;
  }
  state.registry[name].splice(index, 1);
}

// node_modules/before-after-hook/index.js
var bind = Function.bind;
var bindable = bind.bind(bind);
function bindApi(hook2, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook2.api = { remove: removeHookRef };
  hook2.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook2[kind] = hook2.api[kind] = bindable(addHook, null).apply(null, args);
  });
}
function Singular() {
  const singularHookName = /* @__PURE__ */ Symbol("Singular");
  const singularHookState = {
    registry: {}
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}
function Collection() {
  const state = {
    registry: {}
  };
  const hook2 = register.bind(null, state);
  bindApi(hook2, state);
  return hook2;
}
var before_after_hook_default = { Singular, Collection };

// node_modules/@octokit/endpoint/dist-bundle/index.js
var VERSION = "0.0.0-development";
var userAgent = `octokit-endpoint.js/${VERSION} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key2) => {
    newObj[key2.toLowerCase()] = object[key2];
    return newObj;
  }, {});
}
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
function mergeDeep(defaults2, options) {
  const result = Object.assign({}, defaults2);
  Object.keys(options).forEach((key2) => {
    if (isPlainObject(options[key2])) {
      if (!(key2 in defaults2)) Object.assign(result, { [key2]: options[key2] });
      else result[key2] = mergeDeep(defaults2[key2], options[key2]);
    } else {
      Object.assign(result, { [key2]: options[key2] });
    }
  });
  return result;
}
function removeUndefinedProperties(obj) {
  for (const key2 in obj) {
    if (obj[key2] === void 0) {
      delete obj[key2];
    }
  }
  return obj;
}
function merge(defaults2, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults2 || {}, options);
  if (options.url === "/graphql") {
    if (defaults2 && defaults2.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults2.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key2 of Object.keys(object)) {
    if (keysToOmit.indexOf(key2) === -1) {
      result[key2] = object[key2];
    }
  }
  return result;
}
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key2) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key2) {
    return encodeUnreserved(key2) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context3, operator, key2, modifier) {
  var value = context3[key2], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key2 : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key2 : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key2) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key2));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key2) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context3) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context3, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}
function parse(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}
function endpointWithDefaults(defaults2, route, options) {
  return parse(merge(defaults2, route, options));
}
function withDefaults2(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults2.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse
  });
}
var endpoint = withDefaults2(null, DEFAULTS);

// node_modules/@octokit/request/node_modules/content-type/dist/index.js
var SP = 32;
var HTAB = 9;
var SEMI = 59;
var EQ = 61;
var DQUOTE = 34;
var BSLASH = 92;
var COMMA = 44;
var LOWER_CASE = 1;
var OWS = 2;
var SEMI_FLAG = 4;
var COMMA_FLAG = 8;
var TOKEN_FLAG = 16;
var NON_ASCII = 65280;
var CASE_FLAGS = LOWER_CASE | NON_ASCII;
var CHAR_MAP = new Uint8Array(256);
CHAR_MAP[HTAB] |= OWS;
CHAR_MAP[SP] |= OWS;
CHAR_MAP[SEMI] |= SEMI_FLAG;
CHAR_MAP[COMMA] |= COMMA_FLAG;
for (let code = 128; code <= 255; code++) {
  CHAR_MAP[code] |= LOWER_CASE;
}
for (const char of "!#$%&'*+-.^_`|~") {
  CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
}
for (let code = 48; code <= 57; code++) {
  CHAR_MAP[code] |= TOKEN_FLAG;
}
for (let code = 65; code <= 90; code++) {
  CHAR_MAP[code] |= LOWER_CASE | TOKEN_FLAG;
}
for (let code = 97; code <= 122; code++) {
  CHAR_MAP[code] |= TOKEN_FLAG;
}
var NullObject = /* @__PURE__ */ (() => {
  const C = function() {
  };
  C.prototype = /* @__PURE__ */ Object.create(null);
  return C;
})();
function parse2(header2, options) {
  const stopFlags = SEMI_FLAG | (options?.comma === true ? COMMA_FLAG : 0);
  const len = header2.length;
  let valueStart = options?.start ?? 0;
  while ((CHAR_MAP[header2.charCodeAt(valueStart)] & OWS) !== 0) {
    valueStart++;
  }
  let index = valueStart;
  let typeFlags = 0;
  let whitespace = -1;
  let stop = options?.parameters === false ? COMMA_FLAG : 0;
  while (index < len) {
    const code = header2.charCodeAt(index);
    const flags = CHAR_MAP[code];
    if ((flags & stopFlags) !== 0) {
      stop |= flags & COMMA_FLAG;
      break;
    }
    if ((flags & OWS) !== 0) {
      if (whitespace === -1)
        whitespace = index;
    } else {
      whitespace = -1;
    }
    typeFlags |= code & NON_ASCII | flags;
    index++;
  }
  const valueEnd = whitespace === -1 ? index : whitespace;
  const value = header2.slice(valueStart, valueEnd);
  const type = (typeFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
  if (index === len || stop !== 0) {
    return { type, index, parameters: new NullObject() };
  }
  return parseParameters(header2, type, index, len, stopFlags);
}
function parseParameters(header2, type, index, len, stopFlags) {
  const parameters = new NullObject();
  parameter: while (index < len) {
    index++;
    while ((CHAR_MAP[header2.charCodeAt(index)] & OWS) !== 0) {
      index++;
    }
    const keyStart = index;
    let keyFlags = 0;
    let keyWhitespace = -1;
    while (index < len) {
      const code = header2.charCodeAt(index);
      const flags = CHAR_MAP[code];
      if ((flags & stopFlags) !== 0) {
        if ((flags & COMMA_FLAG) !== 0)
          break parameter;
        continue parameter;
      }
      if (code === EQ) {
        const keyEnd = keyWhitespace === -1 ? index : keyWhitespace;
        const value = header2.slice(keyStart, keyEnd);
        const key2 = (keyFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
        index++;
        while ((CHAR_MAP[header2.charCodeAt(index)] & OWS) !== 0) {
          index++;
        }
        if (index < len && header2.charCodeAt(index) === DQUOTE) {
          const quotedStart = ++index;
          let escaped = false;
          while (index < len) {
            const code2 = header2.charCodeAt(index);
            if (code2 === DQUOTE) {
              if (parameters[key2] === void 0) {
                parameters[key2] = escaped ? unescapeQuotedPairs(header2, quotedStart, index) : header2.slice(quotedStart, index);
              }
              index++;
              let stop2 = 0;
              while (index < len) {
                const code3 = header2.charCodeAt(index);
                const flags2 = CHAR_MAP[code3];
                if ((flags2 & stopFlags) !== 0) {
                  stop2 = flags2 & COMMA_FLAG;
                  break;
                }
                index++;
              }
              if (stop2 !== 0)
                break parameter;
              continue parameter;
            }
            if (code2 === BSLASH && index + 1 < len) {
              escaped = true;
              index += 2;
              continue;
            }
            index++;
          }
          continue parameter;
        }
        const valueStart = index;
        let stop = 0;
        let valueWhitespace = -1;
        while (index < len) {
          const code2 = header2.charCodeAt(index);
          const flags2 = CHAR_MAP[code2];
          if ((flags2 & stopFlags) !== 0) {
            stop = flags2 & COMMA_FLAG;
            break;
          }
          if ((flags2 & OWS) !== 0) {
            if (valueWhitespace === -1)
              valueWhitespace = index;
          } else {
            valueWhitespace = -1;
          }
          index++;
        }
        if (parameters[key2] === void 0) {
          const valueEnd = valueWhitespace === -1 ? index : valueWhitespace;
          parameters[key2] = header2.slice(valueStart, valueEnd);
        }
        if (stop !== 0)
          break parameter;
        continue parameter;
      }
      if ((flags & OWS) !== 0) {
        if (keyWhitespace === -1)
          keyWhitespace = index;
      } else {
        keyWhitespace = -1;
      }
      keyFlags |= code & NON_ASCII | flags;
      index++;
    }
  }
  return { type, index, parameters };
}
function unescapeQuotedPairs(str, start, end) {
  let result = "";
  for (let index = start; index < end; index++) {
    if (str.charCodeAt(index) === BSLASH) {
      result += str.slice(start, index);
      start = ++index;
    }
  }
  return result + str.slice(start, end);
}

// node_modules/json-with-bigint/json-with-bigint.js
var intRegex = /^-?\d+$/;
var noiseValue = /^-?\d+n+$/;
var originalStringify = JSON.stringify;
var originalParse = JSON.parse;
var customFormat = /^-?\d+n$/;
var bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
var noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;
var isUnstringifiable = (val) => val === void 0 || typeof val === "function" || typeof val === "symbol";
var isRawJSON = (val) => val !== null && typeof val === "object" && val.constructor && val.constructor.name === "RawJSON";
var stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";
  if (typeof spaceParam === "number") {
    space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space = spaceParam.slice(0, 10);
  }
  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer) ? new Set(replacer.map(String)) : null;
  const prepareVal = (parent, key2, val) => {
    const isObject = val !== null && typeof val === "object";
    const hasToJSON = isObject && typeof val.toJSON === "function";
    if (hasToJSON) {
      val = val.toJSON(key2);
    }
    const isNoise = typeof val === "string" && noiseValue.test(val);
    if (isNoise) return val + "n";
    const isBigInt = typeof val === "bigint";
    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return JSON.rawJSON(val.toString());
      return val.toString() + "n";
    }
    if (isFunctionReplacer) {
      val = replacer.call(parent, key2, val);
    }
    const isPostReplacerObject = val !== null && typeof val === "object";
    if (isPostReplacerObject) {
      const isPrimitiveWrapper = val instanceof Number || val instanceof String || val instanceof Boolean;
      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }
    return val;
  };
  const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);
  if (isUnstringifiable(rootProcessed)) {
    return void 0;
  }
  const isRootPrimitive = rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);
  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }
  const chunks = [];
  let level = 0;
  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true
    }
  ];
  const visited = new WeakSet([rootProcessed]);
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
      level++;
    }
    let isDone = false;
    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");
        if (space) chunks.push("\n" + space.repeat(level));
        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);
        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject = childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);
          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }
            visited.add(childVal);
            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true
            });
            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];
        const isFilteredOutByArray = propertyList && !propertyList.has(k);
        if (isFilteredOutByArray) continue;
        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);
        if (isUnstringifiable(childVal)) continue;
        if (!node.first) chunks.push(",");
        if (space) {
          chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
        } else {
          chunks.push(originalStringify(k) + ":");
        }
        const isComplexObject = childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);
        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }
          visited.add(childVal);
          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true
          });
          node.first = false;
          break;
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }
      const isNodeFullyProcessed = node.index >= node.keys.length && stack[stack.length - 1] === node;
      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }
    if (isDone) {
      level--;
      if (!node.first && space) chunks.push("\n" + space.repeat(level));
      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }
  return chunks.join("");
};
var JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;
    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key2, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());
          const hasFunctionReplacer = typeof replacer === "function";
          if (hasFunctionReplacer) return replacer(key2, val);
          const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key2);
          if (isKeyInArrayReplacer) return val;
          return val;
        },
        space
      );
    }
    if (!value) return originalStringify(value, replacer, space);
    const convertedToCustomJSON = originalStringify(
      value,
      (key2, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);
        if (isNoise) return val.toString() + "n";
        if (typeof val === "bigint") return val.toString() + "n";
        const hasFunctionReplacer = typeof replacer === "function";
        if (hasFunctionReplacer) return replacer(key2, val);
        const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key2);
        if (isKeyInArrayReplacer) return val;
        return val;
      },
      space
    );
    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3"
    );
    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3");
    return denoisedJSON;
  } catch (error) {
    if (error instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space);
      if (convertedJSON === void 0) return void 0;
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return convertedJSON;
      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");
      return processedJSON.replace(noiseStringify, "$1$2$3");
    }
    throw error;
  }
};
var featureCache = /* @__PURE__ */ new Map();
var isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();
  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }
  try {
    const result = JSON.parse(
      "1",
      (_, __, context3) => !!context3?.source && context3.source === "1"
    );
    featureCache.set(parseFingerprint, result);
    return result;
  } catch {
    featureCache.set(parseFingerprint, false);
    return false;
  }
};
var convertMarkedBigIntsReviver = (key2, value, context3, userReviver) => {
  const isCustomFormatBigInt = typeof value === "string" && customFormat.test(value);
  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));
  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);
  const hasUserReviver = typeof userReviver === "function";
  if (!hasUserReviver) return value;
  return userReviver(key2, value, context3);
};
var JSONParseV2 = (text, reviver) => {
  return JSON.parse(text, (key2, value, context3) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds = value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context3 && intRegex.test(context3.source);
    const isBigInt = isBigNumber && isInt;
    if (isBigInt) return BigInt(context3.source);
    const hasCustomReviver = typeof reviver === "function";
    if (!hasCustomReviver) return value;
    return reviver(key2, value, context3);
  });
};
var MAX_INT = Number.MAX_SAFE_INTEGER.toString();
var MAX_DIGITS = MAX_INT.length;
var stringsOrLargeNumbers = /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
var noiseValueWithQuotes = /^"-?\d+n+"$/;
var applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (!node.visited) {
      node.visited = true;
      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";
      if (isComplexObject) {
        const keys = Object.keys(value);
        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key: key2 } = node;
      let value = parent[key2];
      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);
        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);
          if (isNoise) value = value.slice(0, -1);
        }
      }
      const hasUserReviver = typeof userReviver === "function";
      if (hasUserReviver) {
        value = userReviver.call(parent, key2, value);
      }
      const isDeleted = value === void 0;
      if (isDeleted) {
        delete parent[key2];
      } else {
        parent[key2] = value;
      }
      stack.pop();
    }
  }
  return rootHolder[""];
};
var serializeBigInts = (text) => {
  return text.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);
      if (isNoise) return match.substring(0, match.length - 1) + 'n"';
      const hasFractionalOrExponential = fractional || exponential;
      const isLessThanMaxSafeInt = digits && (digits.length < MAX_DIGITS || digits.length === MAX_DIGITS && digits <= MAX_INT);
      const isStandardValue = isString || hasFractionalOrExponential || isLessThanMaxSafeInt;
      if (isStandardValue) return match;
      return '"' + match + 'n"';
    }
  );
};
var JSONParse = (text, reviver) => {
  if (!text) return originalParse(text, reviver);
  try {
    if (isContextSourceSupported()) return JSONParseV2(text, reviver);
    const serializedData = serializeBigInts(text);
    return originalParse(
      serializedData,
      (key2, value, context3) => convertMarkedBigIntsReviver(key2, value, context3, reviver)
    );
  } catch (error) {
    if (error instanceof RangeError) {
      const serializedData = serializeBigInts(text);
      const parsed = originalParse(serializedData);
      return applyReviverIteratively(parsed, reviver);
    }
    throw error;
  }
};

// node_modules/@octokit/request-error/dist-src/index.js
var RequestError = class extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
};

// node_modules/@octokit/request/dist-bundle/index.js
var VERSION2 = "10.0.16";
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${VERSION2} ${getUserAgent()}`
  }
};
function isPlainObject2(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
var noop = () => "";
async function fetchWrapper(requestOptions) {
  const fetch3 = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch3) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = isPlainObject2(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch3(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error) {
    let message = "Unknown Error";
    if (error instanceof Error) {
      if (error.name === "AbortError") {
        error.status = 500;
        throw error;
      }
      message = error.message;
      if (error.name === "TypeError" && "cause" in error) {
        if (error.cause instanceof Error) {
          message = error.cause.message;
        } else if (typeof error.cause === "string") {
          message = error.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key2, value] of fetchResponse.headers) {
    responseHeaders[key2] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop);
  }
  const mimetype = parse2(contentType);
  if (isJSONResponse(mimetype)) {
    let text = "";
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err) {
      return text;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}
function withDefaults3(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: withDefaults3.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: withDefaults3.bind(null, endpoint2)
  });
}
var request = withDefaults3(endpoint, defaults_default);

// node_modules/@octokit/graphql/dist-bundle/index.js
var VERSION3 = "0.0.0-development";
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key2 in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key2)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key2}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key2) => {
    if (NON_VARIABLE_OPTIONS.includes(key2)) {
      result[key2] = parsedOptions[key2];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key2] = parsedOptions[key2];
    return result;
  }, {});
  const baseUrl2 = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl2)) {
    requestOptions.url = baseUrl2.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key2 of Object.keys(response.headers)) {
        headers[key2] = response.headers[key2];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}
function withDefaults4(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: withDefaults4.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}
var graphql2 = withDefaults4(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${VERSION3} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return withDefaults4(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}

// node_modules/@octokit/auth-token/dist-bundle/index.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}
async function hook(token, request2, route, parameters) {
  const endpoint2 = request2.endpoint.merge(
    route,
    parameters
  );
  endpoint2.headers.authorization = withAuthorizationPrefix(token);
  return request2(endpoint2);
}
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};

// node_modules/@octokit/core/dist-src/version.js
var VERSION4 = "7.0.8";

// node_modules/@octokit/core/dist-src/index.js
var noop2 = () => {
};
var consoleWarn = console.warn.bind(console);
var consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = noop2;
  }
  if (typeof logger.info !== "function") {
    logger.info = noop2;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
var userAgentTrail = `octokit-core.js/${VERSION4} ${getUserAgent()}`;
var Octokit = class {
  static VERSION = VERSION4;
  static defaults(defaults2) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults2 === "function") {
          super(defaults2(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults2,
            options,
            options.userAgent && defaults2.userAgent ? {
              userAgent: `${options.userAgent} ${defaults2.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook2 = new before_after_hook_default.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook2.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook2;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth2 = createTokenAuth(options.auth);
        hook2.wrap("request", auth2.hook);
        this.auth = auth2;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth2 = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook2.wrap("request", auth2.hook);
      this.auth = auth2;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
};

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/version.js
var VERSION5 = "17.0.0";

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/generated/endpoints.js
var Endpoints = {
  actions: {
    addCustomLabelsToSelfHostedRunnerForOrg: [
      "POST /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    addCustomLabelsToSelfHostedRunnerForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    addRepoAccessToSelfHostedRunnerGroupInOrg: [
      "PUT /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    approveWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve"
    ],
    cancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel"
    ],
    createEnvironmentVariable: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    createHostedRunnerForOrg: ["POST /orgs/{org}/actions/hosted-runners"],
    createOrUpdateEnvironmentSecret: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    createOrUpdateOrgSecret: ["PUT /orgs/{org}/actions/secrets/{secret_name}"],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    createOrgVariable: ["POST /orgs/{org}/actions/variables"],
    createRegistrationTokenForOrg: [
      "POST /orgs/{org}/actions/runners/registration-token"
    ],
    createRegistrationTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/registration-token"
    ],
    createRemoveTokenForOrg: ["POST /orgs/{org}/actions/runners/remove-token"],
    createRemoveTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/remove-token"
    ],
    createRepoVariable: ["POST /repos/{owner}/{repo}/actions/variables"],
    createWorkflowDispatch: [
      "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches"
    ],
    deleteActionsCacheById: [
      "DELETE /repos/{owner}/{repo}/actions/caches/{cache_id}"
    ],
    deleteActionsCacheByKey: [
      "DELETE /repos/{owner}/{repo}/actions/caches{?key,ref}"
    ],
    deleteArtifact: [
      "DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"
    ],
    deleteCustomImageFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    deleteCustomImageVersionFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    deleteEnvironmentSecret: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    deleteEnvironmentVariable: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    deleteHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/actions/secrets/{secret_name}"],
    deleteOrgVariable: ["DELETE /orgs/{org}/actions/variables/{name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    deleteRepoVariable: [
      "DELETE /repos/{owner}/{repo}/actions/variables/{name}"
    ],
    deleteSelfHostedRunnerFromOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}"
    ],
    deleteSelfHostedRunnerFromRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    deleteWorkflowRun: ["DELETE /repos/{owner}/{repo}/actions/runs/{run_id}"],
    deleteWorkflowRunLogs: [
      "DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    disableSelectedRepositoryGithubActionsOrganization: [
      "DELETE /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    disableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/disable"
    ],
    downloadArtifact: [
      "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}"
    ],
    downloadJobLogsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs"
    ],
    downloadWorkflowRunAttemptLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs"
    ],
    downloadWorkflowRunLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    enableSelectedRepositoryGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    enableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable"
    ],
    forceCancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel"
    ],
    generateRunnerJitconfigForOrg: [
      "POST /orgs/{org}/actions/runners/generate-jitconfig"
    ],
    generateRunnerJitconfigForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/generate-jitconfig"
    ],
    getActionsCacheList: ["GET /repos/{owner}/{repo}/actions/caches"],
    getActionsCacheUsage: ["GET /repos/{owner}/{repo}/actions/cache/usage"],
    getActionsCacheUsageByRepoForOrg: [
      "GET /orgs/{org}/actions/cache/usage-by-repository"
    ],
    getActionsCacheUsageForOrg: ["GET /orgs/{org}/actions/cache/usage"],
    getAllowedActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/selected-actions"
    ],
    getAllowedActionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    getArtifact: ["GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"],
    getCustomImageForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    getCustomImageVersionForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    getCustomOidcSubClaimForRepo: [
      "GET /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    getEnvironmentPublicKey: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key"
    ],
    getEnvironmentSecret: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    getEnvironmentVariable: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    getGithubActionsDefaultWorkflowPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions/workflow"
    ],
    getGithubActionsDefaultWorkflowPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    getGithubActionsPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions"
    ],
    getGithubActionsPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions"
    ],
    getHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    getHostedRunnersGithubOwnedImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/github-owned"
    ],
    getHostedRunnersLimitsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/limits"
    ],
    getHostedRunnersMachineSpecsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/machine-sizes"
    ],
    getHostedRunnersPartnerImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/partner"
    ],
    getHostedRunnersPlatformsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/platforms"
    ],
    getJobForWorkflowRun: ["GET /repos/{owner}/{repo}/actions/jobs/{job_id}"],
    getOrgPublicKey: ["GET /orgs/{org}/actions/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/actions/secrets/{secret_name}"],
    getOrgVariable: ["GET /orgs/{org}/actions/variables/{name}"],
    getPendingDeploymentsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    getRepoPermissions: [
      "GET /repos/{owner}/{repo}/actions/permissions",
      {},
      { renamed: ["actions", "getGithubActionsPermissionsRepository"] }
    ],
    getRepoPublicKey: ["GET /repos/{owner}/{repo}/actions/secrets/public-key"],
    getRepoSecret: ["GET /repos/{owner}/{repo}/actions/secrets/{secret_name}"],
    getRepoVariable: ["GET /repos/{owner}/{repo}/actions/variables/{name}"],
    getReviewsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals"
    ],
    getSelfHostedRunnerForOrg: ["GET /orgs/{org}/actions/runners/{runner_id}"],
    getSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    getWorkflow: ["GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}"],
    getWorkflowAccessToRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/access"
    ],
    getWorkflowRun: ["GET /repos/{owner}/{repo}/actions/runs/{run_id}"],
    getWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}"
    ],
    getWorkflowRunUsage: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing"
    ],
    getWorkflowUsage: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/timing"
    ],
    listArtifactsForRepo: ["GET /repos/{owner}/{repo}/actions/artifacts"],
    listCustomImageVersionsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions"
    ],
    listCustomImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom"
    ],
    listEnvironmentSecrets: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets"
    ],
    listEnvironmentVariables: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    listGithubHostedRunnersInGroupForOrg: [
      "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners"
    ],
    listHostedRunnersForOrg: ["GET /orgs/{org}/actions/hosted-runners"],
    listJobsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs"
    ],
    listJobsForWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs"
    ],
    listLabelsForSelfHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    listLabelsForSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    listOrgSecrets: ["GET /orgs/{org}/actions/secrets"],
    listOrgVariables: ["GET /orgs/{org}/actions/variables"],
    listRepoOrganizationSecrets: [
      "GET /repos/{owner}/{repo}/actions/organization-secrets"
    ],
    listRepoOrganizationVariables: [
      "GET /repos/{owner}/{repo}/actions/organization-variables"
    ],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/actions/secrets"],
    listRepoVariables: ["GET /repos/{owner}/{repo}/actions/variables"],
    listRepoWorkflows: ["GET /repos/{owner}/{repo}/actions/workflows"],
    listRunnerApplicationsForOrg: ["GET /orgs/{org}/actions/runners/downloads"],
    listRunnerApplicationsForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/downloads"
    ],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    listSelectedReposForOrgVariable: [
      "GET /orgs/{org}/actions/variables/{name}/repositories"
    ],
    listSelectedRepositoriesEnabledGithubActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/repositories"
    ],
    listSelfHostedRunnersForOrg: ["GET /orgs/{org}/actions/runners"],
    listSelfHostedRunnersForRepo: ["GET /repos/{owner}/{repo}/actions/runners"],
    listWorkflowRunArtifacts: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts"
    ],
    listWorkflowRuns: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs"
    ],
    listWorkflowRunsForRepo: ["GET /repos/{owner}/{repo}/actions/runs"],
    reRunJobForWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun"
    ],
    reRunWorkflow: ["POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun"],
    reRunWorkflowFailedJobs: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    removeCustomLabelFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeCustomLabelFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgVariable: [
      "DELETE /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    reviewCustomGatesForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule"
    ],
    reviewPendingDeploymentsForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    setAllowedActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/selected-actions"
    ],
    setAllowedActionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    setCustomLabelsForSelfHostedRunnerForOrg: [
      "PUT /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    setCustomLabelsForSelfHostedRunnerForRepo: [
      "PUT /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    setCustomOidcSubClaimForRepo: [
      "PUT /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    setGithubActionsDefaultWorkflowPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/workflow"
    ],
    setGithubActionsDefaultWorkflowPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    setGithubActionsPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions"
    ],
    setGithubActionsPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories"
    ],
    setSelectedRepositoriesEnabledGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories"
    ],
    setWorkflowAccessToRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/access"
    ],
    updateEnvironmentVariable: [
      "PATCH /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    updateHostedRunnerForOrg: [
      "PATCH /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    updateOrgVariable: ["PATCH /orgs/{org}/actions/variables/{name}"],
    updateRepoVariable: [
      "PATCH /repos/{owner}/{repo}/actions/variables/{name}"
    ]
  },
  activity: {
    checkRepoIsStarredByAuthenticatedUser: ["GET /user/starred/{owner}/{repo}"],
    deleteRepoSubscription: ["DELETE /repos/{owner}/{repo}/subscription"],
    deleteThreadSubscription: [
      "DELETE /notifications/threads/{thread_id}/subscription"
    ],
    getFeeds: ["GET /feeds"],
    getRepoSubscription: ["GET /repos/{owner}/{repo}/subscription"],
    getThread: ["GET /notifications/threads/{thread_id}"],
    getThreadSubscriptionForAuthenticatedUser: [
      "GET /notifications/threads/{thread_id}/subscription"
    ],
    listEventsForAuthenticatedUser: ["GET /users/{username}/events"],
    listNotificationsForAuthenticatedUser: ["GET /notifications"],
    listOrgEventsForAuthenticatedUser: [
      "GET /users/{username}/events/orgs/{org}"
    ],
    listPublicEvents: ["GET /events"],
    listPublicEventsForRepoNetwork: ["GET /networks/{owner}/{repo}/events"],
    listPublicEventsForUser: ["GET /users/{username}/events/public"],
    listPublicOrgEvents: ["GET /orgs/{org}/events"],
    listReceivedEventsForUser: ["GET /users/{username}/received_events"],
    listReceivedPublicEventsForUser: [
      "GET /users/{username}/received_events/public"
    ],
    listRepoEvents: ["GET /repos/{owner}/{repo}/events"],
    listRepoNotificationsForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/notifications"
    ],
    listReposStarredByAuthenticatedUser: ["GET /user/starred"],
    listReposStarredByUser: ["GET /users/{username}/starred"],
    listReposWatchedByUser: ["GET /users/{username}/subscriptions"],
    listStargazersForRepo: ["GET /repos/{owner}/{repo}/stargazers"],
    listWatchedReposForAuthenticatedUser: ["GET /user/subscriptions"],
    listWatchersForRepo: ["GET /repos/{owner}/{repo}/subscribers"],
    markNotificationsAsRead: ["PUT /notifications"],
    markRepoNotificationsAsRead: ["PUT /repos/{owner}/{repo}/notifications"],
    markThreadAsDone: ["DELETE /notifications/threads/{thread_id}"],
    markThreadAsRead: ["PATCH /notifications/threads/{thread_id}"],
    setRepoSubscription: ["PUT /repos/{owner}/{repo}/subscription"],
    setThreadSubscription: [
      "PUT /notifications/threads/{thread_id}/subscription"
    ],
    starRepoForAuthenticatedUser: ["PUT /user/starred/{owner}/{repo}"],
    unstarRepoForAuthenticatedUser: ["DELETE /user/starred/{owner}/{repo}"]
  },
  apps: {
    addRepoToInstallation: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "addRepoToInstallationForAuthenticatedUser"] }
    ],
    addRepoToInstallationForAuthenticatedUser: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    checkToken: ["POST /applications/{client_id}/token"],
    createFromManifest: ["POST /app-manifests/{code}/conversions"],
    createInstallationAccessToken: [
      "POST /app/installations/{installation_id}/access_tokens"
    ],
    deleteAuthorization: ["DELETE /applications/{client_id}/grant"],
    deleteInstallation: ["DELETE /app/installations/{installation_id}"],
    deleteToken: ["DELETE /applications/{client_id}/token"],
    getAuthenticated: ["GET /app"],
    getBySlug: ["GET /apps/{app_slug}"],
    getInstallation: ["GET /app/installations/{installation_id}"],
    getOrgInstallation: ["GET /orgs/{org}/installation"],
    getRepoInstallation: ["GET /repos/{owner}/{repo}/installation"],
    getSubscriptionPlanForAccount: [
      "GET /marketplace_listing/accounts/{account_id}"
    ],
    getSubscriptionPlanForAccountStubbed: [
      "GET /marketplace_listing/stubbed/accounts/{account_id}"
    ],
    getUserInstallation: ["GET /users/{username}/installation"],
    getWebhookConfigForApp: ["GET /app/hook/config"],
    getWebhookDelivery: ["GET /app/hook/deliveries/{delivery_id}"],
    listAccountsForPlan: ["GET /marketplace_listing/plans/{plan_id}/accounts"],
    listAccountsForPlanStubbed: [
      "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts"
    ],
    listInstallationReposForAuthenticatedUser: [
      "GET /user/installations/{installation_id}/repositories"
    ],
    listInstallationRequestsForAuthenticatedApp: [
      "GET /app/installation-requests"
    ],
    listInstallations: ["GET /app/installations"],
    listInstallationsForAuthenticatedUser: ["GET /user/installations"],
    listPlans: ["GET /marketplace_listing/plans"],
    listPlansStubbed: ["GET /marketplace_listing/stubbed/plans"],
    listReposAccessibleToInstallation: ["GET /installation/repositories"],
    listSubscriptionsForAuthenticatedUser: ["GET /user/marketplace_purchases"],
    listSubscriptionsForAuthenticatedUserStubbed: [
      "GET /user/marketplace_purchases/stubbed"
    ],
    listWebhookDeliveries: ["GET /app/hook/deliveries"],
    redeliverWebhookDelivery: [
      "POST /app/hook/deliveries/{delivery_id}/attempts"
    ],
    removeRepoFromInstallation: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "removeRepoFromInstallationForAuthenticatedUser"] }
    ],
    removeRepoFromInstallationForAuthenticatedUser: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    resetToken: ["PATCH /applications/{client_id}/token"],
    revokeInstallationAccessToken: ["DELETE /installation/token"],
    scopeToken: ["POST /applications/{client_id}/token/scoped"],
    suspendInstallation: ["PUT /app/installations/{installation_id}/suspended"],
    unsuspendInstallation: [
      "DELETE /app/installations/{installation_id}/suspended"
    ],
    updateWebhookConfigForApp: ["PATCH /app/hook/config"]
  },
  billing: {
    getGithubActionsBillingOrg: ["GET /orgs/{org}/settings/billing/actions"],
    getGithubActionsBillingUser: [
      "GET /users/{username}/settings/billing/actions"
    ],
    getGithubBillingPremiumRequestUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/premium_request/usage"
    ],
    getGithubBillingPremiumRequestUsageReportUser: [
      "GET /users/{username}/settings/billing/premium_request/usage"
    ],
    getGithubBillingUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/usage"
    ],
    getGithubBillingUsageReportUser: [
      "GET /users/{username}/settings/billing/usage"
    ],
    getGithubPackagesBillingOrg: ["GET /orgs/{org}/settings/billing/packages"],
    getGithubPackagesBillingUser: [
      "GET /users/{username}/settings/billing/packages"
    ],
    getSharedStorageBillingOrg: [
      "GET /orgs/{org}/settings/billing/shared-storage"
    ],
    getSharedStorageBillingUser: [
      "GET /users/{username}/settings/billing/shared-storage"
    ]
  },
  campaigns: {
    createCampaign: ["POST /orgs/{org}/campaigns"],
    deleteCampaign: ["DELETE /orgs/{org}/campaigns/{campaign_number}"],
    getCampaignSummary: ["GET /orgs/{org}/campaigns/{campaign_number}"],
    listOrgCampaigns: ["GET /orgs/{org}/campaigns"],
    updateCampaign: ["PATCH /orgs/{org}/campaigns/{campaign_number}"]
  },
  checks: {
    create: ["POST /repos/{owner}/{repo}/check-runs"],
    createSuite: ["POST /repos/{owner}/{repo}/check-suites"],
    get: ["GET /repos/{owner}/{repo}/check-runs/{check_run_id}"],
    getSuite: ["GET /repos/{owner}/{repo}/check-suites/{check_suite_id}"],
    listAnnotations: [
      "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations"
    ],
    listForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-runs"],
    listForSuite: [
      "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs"
    ],
    listSuitesForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-suites"],
    rerequestRun: [
      "POST /repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest"
    ],
    rerequestSuite: [
      "POST /repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest"
    ],
    setSuitesPreferences: [
      "PATCH /repos/{owner}/{repo}/check-suites/preferences"
    ],
    update: ["PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}"]
  },
  codeScanning: {
    commitAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix/commits"
    ],
    createAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    createVariantAnalysis: [
      "POST /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses"
    ],
    deleteAnalysis: [
      "DELETE /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}{?confirm_delete}"
    ],
    deleteCodeqlDatabase: [
      "DELETE /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}",
      {},
      { renamedParameters: { alert_id: "alert_number" } }
    ],
    getAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}"
    ],
    getAutofix: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    getCodeqlDatabase: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getDefaultSetup: ["GET /repos/{owner}/{repo}/code-scanning/default-setup"],
    getSarif: ["GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}"],
    getVariantAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}"
    ],
    getVariantAnalysisRepoTask: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}/repos/{repo_owner}/{repo_name}"
    ],
    listAlertInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/code-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/code-scanning/alerts"],
    listAlertsInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
      {},
      { renamed: ["codeScanning", "listAlertInstances"] }
    ],
    listCodeqlDatabases: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases"
    ],
    listRecentAnalyses: ["GET /repos/{owner}/{repo}/code-scanning/analyses"],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}"
    ],
    updateDefaultSetup: [
      "PATCH /repos/{owner}/{repo}/code-scanning/default-setup"
    ],
    uploadSarif: ["POST /repos/{owner}/{repo}/code-scanning/sarifs"]
  },
  codeSecurity: {
    attachConfiguration: [
      "POST /orgs/{org}/code-security/configurations/{configuration_id}/attach"
    ],
    attachEnterpriseConfiguration: [
      "POST /enterprises/{enterprise}/code-security/configurations/{configuration_id}/attach"
    ],
    createConfiguration: ["POST /orgs/{org}/code-security/configurations"],
    createConfigurationForEnterprise: [
      "POST /enterprises/{enterprise}/code-security/configurations"
    ],
    deleteConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    deleteConfigurationForEnterprise: [
      "DELETE /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    detachConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/detach"
    ],
    getConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    getConfigurationForRepository: [
      "GET /repos/{owner}/{repo}/code-security-configuration"
    ],
    getConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations"
    ],
    getConfigurationsForOrg: ["GET /orgs/{org}/code-security/configurations"],
    getDefaultConfigurations: [
      "GET /orgs/{org}/code-security/configurations/defaults"
    ],
    getDefaultConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/defaults"
    ],
    getRepositoriesForConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories"
    ],
    getRepositoriesForEnterpriseConfiguration: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories"
    ],
    getSingleConfigurationForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    setConfigurationAsDefault: [
      "PUT /orgs/{org}/code-security/configurations/{configuration_id}/defaults"
    ],
    setConfigurationAsDefaultForEnterprise: [
      "PUT /enterprises/{enterprise}/code-security/configurations/{configuration_id}/defaults"
    ],
    updateConfiguration: [
      "PATCH /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    updateEnterpriseConfiguration: [
      "PATCH /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ]
  },
  codesOfConduct: {
    getAllCodesOfConduct: ["GET /codes_of_conduct"],
    getConductCode: ["GET /codes_of_conduct/{key}"]
  },
  codespaces: {
    addRepositoryForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    checkPermissionsForDevcontainer: [
      "GET /repos/{owner}/{repo}/codespaces/permissions_check"
    ],
    codespaceMachinesForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/machines"
    ],
    createForAuthenticatedUser: ["POST /user/codespaces"],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}"
    ],
    createWithPrForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/codespaces"
    ],
    createWithRepoForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/codespaces"
    ],
    deleteForAuthenticatedUser: ["DELETE /user/codespaces/{codespace_name}"],
    deleteFromOrganization: [
      "DELETE /orgs/{org}/members/{username}/codespaces/{codespace_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/codespaces/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    deleteSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}"
    ],
    exportForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/exports"
    ],
    getCodespacesForUserInOrg: [
      "GET /orgs/{org}/members/{username}/codespaces"
    ],
    getExportDetailsForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/exports/{export_id}"
    ],
    getForAuthenticatedUser: ["GET /user/codespaces/{codespace_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/codespaces/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/codespaces/secrets/{secret_name}"],
    getPublicKeyForAuthenticatedUser: [
      "GET /user/codespaces/secrets/public-key"
    ],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    getSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}"
    ],
    listDevcontainersInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/devcontainers"
    ],
    listForAuthenticatedUser: ["GET /user/codespaces"],
    listInOrganization: [
      "GET /orgs/{org}/codespaces",
      {},
      { renamedParameters: { org_id: "org" } }
    ],
    listInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces"
    ],
    listOrgSecrets: ["GET /orgs/{org}/codespaces/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/codespaces/secrets"],
    listRepositoriesForSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}/repositories"
    ],
    listSecretsForAuthenticatedUser: ["GET /user/codespaces/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    preFlightWithRepoForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/new"
    ],
    publishForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/publish"
    ],
    removeRepositoryForSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repoMachinesForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/machines"
    ],
    setRepositoriesForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    startForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/start"],
    stopForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/stop"],
    stopInOrganization: [
      "POST /orgs/{org}/members/{username}/codespaces/{codespace_name}/stop"
    ],
    updateForAuthenticatedUser: ["PATCH /user/codespaces/{codespace_name}"]
  },
  copilot: {
    addCopilotSeatsForTeams: [
      "POST /orgs/{org}/copilot/billing/selected_teams"
    ],
    addCopilotSeatsForUsers: [
      "POST /orgs/{org}/copilot/billing/selected_users"
    ],
    cancelCopilotSeatAssignmentForTeams: [
      "DELETE /orgs/{org}/copilot/billing/selected_teams"
    ],
    cancelCopilotSeatAssignmentForUsers: [
      "DELETE /orgs/{org}/copilot/billing/selected_users"
    ],
    copilotMetricsForOrganization: ["GET /orgs/{org}/copilot/metrics"],
    copilotMetricsForTeam: ["GET /orgs/{org}/team/{team_slug}/copilot/metrics"],
    getCopilotOrganizationDetails: ["GET /orgs/{org}/copilot/billing"],
    getCopilotSeatDetailsForUser: [
      "GET /orgs/{org}/members/{username}/copilot"
    ],
    listCopilotSeats: ["GET /orgs/{org}/copilot/billing/seats"]
  },
  credentials: { revoke: ["POST /credentials/revoke"] },
  dependabot: {
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/dependabot/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    getAlert: ["GET /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"],
    getOrgPublicKey: ["GET /orgs/{org}/dependabot/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/dependabot/secrets/{secret_name}"],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    listAlertsForEnterprise: [
      "GET /enterprises/{enterprise}/dependabot/alerts"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/dependabot/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/dependabot/alerts"],
    listOrgSecrets: ["GET /orgs/{org}/dependabot/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/dependabot/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repositoryAccessForOrg: [
      "GET /organizations/{org}/dependabot/repository-access"
    ],
    setRepositoryAccessDefaultLevel: [
      "PUT /organizations/{org}/dependabot/repository-access/default-level"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"
    ],
    updateRepositoryAccessForOrg: [
      "PATCH /organizations/{org}/dependabot/repository-access"
    ]
  },
  dependencyGraph: {
    createRepositorySnapshot: [
      "POST /repos/{owner}/{repo}/dependency-graph/snapshots"
    ],
    diffRange: [
      "GET /repos/{owner}/{repo}/dependency-graph/compare/{basehead}"
    ],
    exportSbom: ["GET /repos/{owner}/{repo}/dependency-graph/sbom"]
  },
  emojis: { get: ["GET /emojis"] },
  enterpriseTeamMemberships: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/remove"
    ],
    get: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    list: ["GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships"],
    remove: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ]
  },
  enterpriseTeamOrganizations: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/remove"
    ],
    delete: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignment: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignments: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations"
    ]
  },
  enterpriseTeams: {
    create: ["POST /enterprises/{enterprise}/teams"],
    delete: ["DELETE /enterprises/{enterprise}/teams/{team_slug}"],
    get: ["GET /enterprises/{enterprise}/teams/{team_slug}"],
    list: ["GET /enterprises/{enterprise}/teams"],
    update: ["PATCH /enterprises/{enterprise}/teams/{team_slug}"]
  },
  gists: {
    checkIsStarred: ["GET /gists/{gist_id}/star"],
    create: ["POST /gists"],
    createComment: ["POST /gists/{gist_id}/comments"],
    delete: ["DELETE /gists/{gist_id}"],
    deleteComment: ["DELETE /gists/{gist_id}/comments/{comment_id}"],
    fork: ["POST /gists/{gist_id}/forks"],
    get: ["GET /gists/{gist_id}"],
    getComment: ["GET /gists/{gist_id}/comments/{comment_id}"],
    getRevision: ["GET /gists/{gist_id}/{sha}"],
    list: ["GET /gists"],
    listComments: ["GET /gists/{gist_id}/comments"],
    listCommits: ["GET /gists/{gist_id}/commits"],
    listForUser: ["GET /users/{username}/gists"],
    listForks: ["GET /gists/{gist_id}/forks"],
    listPublic: ["GET /gists/public"],
    listStarred: ["GET /gists/starred"],
    star: ["PUT /gists/{gist_id}/star"],
    unstar: ["DELETE /gists/{gist_id}/star"],
    update: ["PATCH /gists/{gist_id}"],
    updateComment: ["PATCH /gists/{gist_id}/comments/{comment_id}"]
  },
  git: {
    createBlob: ["POST /repos/{owner}/{repo}/git/blobs"],
    createCommit: ["POST /repos/{owner}/{repo}/git/commits"],
    createRef: ["POST /repos/{owner}/{repo}/git/refs"],
    createTag: ["POST /repos/{owner}/{repo}/git/tags"],
    createTree: ["POST /repos/{owner}/{repo}/git/trees"],
    deleteRef: ["DELETE /repos/{owner}/{repo}/git/refs/{ref}"],
    getBlob: ["GET /repos/{owner}/{repo}/git/blobs/{file_sha}"],
    getCommit: ["GET /repos/{owner}/{repo}/git/commits/{commit_sha}"],
    getRef: ["GET /repos/{owner}/{repo}/git/ref/{ref}"],
    getTag: ["GET /repos/{owner}/{repo}/git/tags/{tag_sha}"],
    getTree: ["GET /repos/{owner}/{repo}/git/trees/{tree_sha}"],
    listMatchingRefs: ["GET /repos/{owner}/{repo}/git/matching-refs/{ref}"],
    updateRef: ["PATCH /repos/{owner}/{repo}/git/refs/{ref}"]
  },
  gitignore: {
    getAllTemplates: ["GET /gitignore/templates"],
    getTemplate: ["GET /gitignore/templates/{name}"]
  },
  hostedCompute: {
    createNetworkConfigurationForOrg: [
      "POST /orgs/{org}/settings/network-configurations"
    ],
    deleteNetworkConfigurationFromOrg: [
      "DELETE /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkConfigurationForOrg: [
      "GET /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkSettingsForOrg: [
      "GET /orgs/{org}/settings/network-settings/{network_settings_id}"
    ],
    listNetworkConfigurationsForOrg: [
      "GET /orgs/{org}/settings/network-configurations"
    ],
    updateNetworkConfigurationForOrg: [
      "PATCH /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ]
  },
  interactions: {
    getRestrictionsForAuthenticatedUser: ["GET /user/interaction-limits"],
    getRestrictionsForOrg: ["GET /orgs/{org}/interaction-limits"],
    getRestrictionsForRepo: ["GET /repos/{owner}/{repo}/interaction-limits"],
    getRestrictionsForYourPublicRepos: [
      "GET /user/interaction-limits",
      {},
      { renamed: ["interactions", "getRestrictionsForAuthenticatedUser"] }
    ],
    removeRestrictionsForAuthenticatedUser: ["DELETE /user/interaction-limits"],
    removeRestrictionsForOrg: ["DELETE /orgs/{org}/interaction-limits"],
    removeRestrictionsForRepo: [
      "DELETE /repos/{owner}/{repo}/interaction-limits"
    ],
    removeRestrictionsForYourPublicRepos: [
      "DELETE /user/interaction-limits",
      {},
      { renamed: ["interactions", "removeRestrictionsForAuthenticatedUser"] }
    ],
    setRestrictionsForAuthenticatedUser: ["PUT /user/interaction-limits"],
    setRestrictionsForOrg: ["PUT /orgs/{org}/interaction-limits"],
    setRestrictionsForRepo: ["PUT /repos/{owner}/{repo}/interaction-limits"],
    setRestrictionsForYourPublicRepos: [
      "PUT /user/interaction-limits",
      {},
      { renamed: ["interactions", "setRestrictionsForAuthenticatedUser"] }
    ]
  },
  issues: {
    addAssignees: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    addBlockedByDependency: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    addLabels: ["POST /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    addSubIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    checkUserCanBeAssigned: ["GET /repos/{owner}/{repo}/assignees/{assignee}"],
    checkUserCanBeAssignedToIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/assignees/{assignee}"
    ],
    create: ["POST /repos/{owner}/{repo}/issues"],
    createComment: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments"
    ],
    createLabel: ["POST /repos/{owner}/{repo}/labels"],
    createMilestone: ["POST /repos/{owner}/{repo}/milestones"],
    deleteComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}"
    ],
    deleteLabel: ["DELETE /repos/{owner}/{repo}/labels/{name}"],
    deleteMilestone: [
      "DELETE /repos/{owner}/{repo}/milestones/{milestone_number}"
    ],
    get: ["GET /repos/{owner}/{repo}/issues/{issue_number}"],
    getComment: ["GET /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    getEvent: ["GET /repos/{owner}/{repo}/issues/events/{event_id}"],
    getLabel: ["GET /repos/{owner}/{repo}/labels/{name}"],
    getMilestone: ["GET /repos/{owner}/{repo}/milestones/{milestone_number}"],
    getParent: ["GET /repos/{owner}/{repo}/issues/{issue_number}/parent"],
    list: ["GET /issues"],
    listAssignees: ["GET /repos/{owner}/{repo}/assignees"],
    listComments: ["GET /repos/{owner}/{repo}/issues/{issue_number}/comments"],
    listCommentsForRepo: ["GET /repos/{owner}/{repo}/issues/comments"],
    listDependenciesBlockedBy: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    listDependenciesBlocking: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking"
    ],
    listEvents: ["GET /repos/{owner}/{repo}/issues/{issue_number}/events"],
    listEventsForRepo: ["GET /repos/{owner}/{repo}/issues/events"],
    listEventsForTimeline: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline"
    ],
    listForAuthenticatedUser: ["GET /user/issues"],
    listForOrg: ["GET /orgs/{org}/issues"],
    listForRepo: ["GET /repos/{owner}/{repo}/issues"],
    listLabelsForMilestone: [
      "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels"
    ],
    listLabelsForRepo: ["GET /repos/{owner}/{repo}/labels"],
    listLabelsOnIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    listMilestones: ["GET /repos/{owner}/{repo}/milestones"],
    listSubIssues: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    lock: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    removeAllLabels: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    removeAssignees: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    removeDependencyBlockedBy: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}"
    ],
    removeLabel: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}"
    ],
    removeSubIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/sub_issue"
    ],
    reprioritizeSubIssue: [
      "PATCH /repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority"
    ],
    setLabels: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    unlock: ["DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    update: ["PATCH /repos/{owner}/{repo}/issues/{issue_number}"],
    updateComment: ["PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    updateLabel: ["PATCH /repos/{owner}/{repo}/labels/{name}"],
    updateMilestone: [
      "PATCH /repos/{owner}/{repo}/milestones/{milestone_number}"
    ]
  },
  licenses: {
    get: ["GET /licenses/{license}"],
    getAllCommonlyUsed: ["GET /licenses"],
    getForRepo: ["GET /repos/{owner}/{repo}/license"]
  },
  markdown: {
    render: ["POST /markdown"],
    renderRaw: [
      "POST /markdown/raw",
      { headers: { "content-type": "text/plain; charset=utf-8" } }
    ]
  },
  meta: {
    get: ["GET /meta"],
    getAllVersions: ["GET /versions"],
    getOctocat: ["GET /octocat"],
    getZen: ["GET /zen"],
    root: ["GET /"]
  },
  migrations: {
    deleteArchiveForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/archive"
    ],
    deleteArchiveForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/archive"
    ],
    downloadArchiveForOrg: [
      "GET /orgs/{org}/migrations/{migration_id}/archive"
    ],
    getArchiveForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/archive"
    ],
    getStatusForAuthenticatedUser: ["GET /user/migrations/{migration_id}"],
    getStatusForOrg: ["GET /orgs/{org}/migrations/{migration_id}"],
    listForAuthenticatedUser: ["GET /user/migrations"],
    listForOrg: ["GET /orgs/{org}/migrations"],
    listReposForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/repositories"
    ],
    listReposForOrg: ["GET /orgs/{org}/migrations/{migration_id}/repositories"],
    listReposForUser: [
      "GET /user/migrations/{migration_id}/repositories",
      {},
      { renamed: ["migrations", "listReposForAuthenticatedUser"] }
    ],
    startForAuthenticatedUser: ["POST /user/migrations"],
    startForOrg: ["POST /orgs/{org}/migrations"],
    unlockRepoForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/repos/{repo_name}/lock"
    ],
    unlockRepoForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/repos/{repo_name}/lock"
    ]
  },
  oidc: {
    getOidcCustomSubTemplateForOrg: [
      "GET /orgs/{org}/actions/oidc/customization/sub"
    ],
    updateOidcCustomSubTemplateForOrg: [
      "PUT /orgs/{org}/actions/oidc/customization/sub"
    ]
  },
  orgs: {
    addSecurityManagerTeam: [
      "PUT /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.addSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#add-a-security-manager-team"
      }
    ],
    assignTeamToOrgRole: [
      "PUT /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    assignUserToOrgRole: [
      "PUT /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    blockUser: ["PUT /orgs/{org}/blocks/{username}"],
    cancelInvitation: ["DELETE /orgs/{org}/invitations/{invitation_id}"],
    checkBlockedUser: ["GET /orgs/{org}/blocks/{username}"],
    checkMembershipForUser: ["GET /orgs/{org}/members/{username}"],
    checkPublicMembershipForUser: ["GET /orgs/{org}/public_members/{username}"],
    convertMemberToOutsideCollaborator: [
      "PUT /orgs/{org}/outside_collaborators/{username}"
    ],
    createArtifactStorageRecord: [
      "POST /orgs/{org}/artifacts/metadata/storage-record"
    ],
    createInvitation: ["POST /orgs/{org}/invitations"],
    createIssueType: ["POST /orgs/{org}/issue-types"],
    createWebhook: ["POST /orgs/{org}/hooks"],
    customPropertiesForOrgsCreateOrUpdateOrganizationValues: [
      "PATCH /organizations/{org}/org-properties/values"
    ],
    customPropertiesForOrgsGetOrganizationValues: [
      "GET /organizations/{org}/org-properties/values"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinition: [
      "PUT /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinitions: [
      "PATCH /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationValues: [
      "PATCH /orgs/{org}/properties/values"
    ],
    customPropertiesForReposDeleteOrganizationDefinition: [
      "DELETE /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinition: [
      "GET /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinitions: [
      "GET /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposGetOrganizationValues: [
      "GET /orgs/{org}/properties/values"
    ],
    delete: ["DELETE /orgs/{org}"],
    deleteAttestationsBulk: ["POST /orgs/{org}/attestations/delete-request"],
    deleteAttestationsById: [
      "DELETE /orgs/{org}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /orgs/{org}/attestations/digest/{subject_digest}"
    ],
    deleteIssueType: ["DELETE /orgs/{org}/issue-types/{issue_type_id}"],
    deleteWebhook: ["DELETE /orgs/{org}/hooks/{hook_id}"],
    disableSelectedRepositoryImmutableReleasesOrganization: [
      "DELETE /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    enableSelectedRepositoryImmutableReleasesOrganization: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    get: ["GET /orgs/{org}"],
    getImmutableReleasesSettings: [
      "GET /orgs/{org}/settings/immutable-releases"
    ],
    getImmutableReleasesSettingsRepositories: [
      "GET /orgs/{org}/settings/immutable-releases/repositories"
    ],
    getMembershipForAuthenticatedUser: ["GET /user/memberships/orgs/{org}"],
    getMembershipForUser: ["GET /orgs/{org}/memberships/{username}"],
    getOrgRole: ["GET /orgs/{org}/organization-roles/{role_id}"],
    getOrgRulesetHistory: ["GET /orgs/{org}/rulesets/{ruleset_id}/history"],
    getOrgRulesetVersion: [
      "GET /orgs/{org}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getWebhook: ["GET /orgs/{org}/hooks/{hook_id}"],
    getWebhookConfigForOrg: ["GET /orgs/{org}/hooks/{hook_id}/config"],
    getWebhookDelivery: [
      "GET /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    list: ["GET /organizations"],
    listAppInstallations: ["GET /orgs/{org}/installations"],
    listArtifactStorageRecords: [
      "GET /orgs/{org}/artifacts/{subject_digest}/metadata/storage-records"
    ],
    listAttestationRepositories: ["GET /orgs/{org}/attestations/repositories"],
    listAttestations: ["GET /orgs/{org}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /orgs/{org}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedUsers: ["GET /orgs/{org}/blocks"],
    listFailedInvitations: ["GET /orgs/{org}/failed_invitations"],
    listForAuthenticatedUser: ["GET /user/orgs"],
    listForUser: ["GET /users/{username}/orgs"],
    listInvitationTeams: ["GET /orgs/{org}/invitations/{invitation_id}/teams"],
    listIssueTypes: ["GET /orgs/{org}/issue-types"],
    listMembers: ["GET /orgs/{org}/members"],
    listMembershipsForAuthenticatedUser: ["GET /user/memberships/orgs"],
    listOrgRoleTeams: ["GET /orgs/{org}/organization-roles/{role_id}/teams"],
    listOrgRoleUsers: ["GET /orgs/{org}/organization-roles/{role_id}/users"],
    listOrgRoles: ["GET /orgs/{org}/organization-roles"],
    listOrganizationFineGrainedPermissions: [
      "GET /orgs/{org}/organization-fine-grained-permissions"
    ],
    listOutsideCollaborators: ["GET /orgs/{org}/outside_collaborators"],
    listPatGrantRepositories: [
      "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories"
    ],
    listPatGrantRequestRepositories: [
      "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories"
    ],
    listPatGrantRequests: ["GET /orgs/{org}/personal-access-token-requests"],
    listPatGrants: ["GET /orgs/{org}/personal-access-tokens"],
    listPendingInvitations: ["GET /orgs/{org}/invitations"],
    listPublicMembers: ["GET /orgs/{org}/public_members"],
    listSecurityManagerTeams: [
      "GET /orgs/{org}/security-managers",
      {},
      {
        deprecated: "octokit.rest.orgs.listSecurityManagerTeams() is deprecated, see https://docs.github.com/rest/orgs/security-managers#list-security-manager-teams"
      }
    ],
    listWebhookDeliveries: ["GET /orgs/{org}/hooks/{hook_id}/deliveries"],
    listWebhooks: ["GET /orgs/{org}/hooks"],
    pingWebhook: ["POST /orgs/{org}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeMember: ["DELETE /orgs/{org}/members/{username}"],
    removeMembershipForUser: ["DELETE /orgs/{org}/memberships/{username}"],
    removeOutsideCollaborator: [
      "DELETE /orgs/{org}/outside_collaborators/{username}"
    ],
    removePublicMembershipForAuthenticatedUser: [
      "DELETE /orgs/{org}/public_members/{username}"
    ],
    removeSecurityManagerTeam: [
      "DELETE /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.removeSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#remove-a-security-manager-team"
      }
    ],
    reviewPatGrantRequest: [
      "POST /orgs/{org}/personal-access-token-requests/{pat_request_id}"
    ],
    reviewPatGrantRequestsInBulk: [
      "POST /orgs/{org}/personal-access-token-requests"
    ],
    revokeAllOrgRolesTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}"
    ],
    revokeAllOrgRolesUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}"
    ],
    revokeOrgRoleTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    revokeOrgRoleUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    setImmutableReleasesSettings: [
      "PUT /orgs/{org}/settings/immutable-releases"
    ],
    setImmutableReleasesSettingsRepositories: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories"
    ],
    setMembershipForUser: ["PUT /orgs/{org}/memberships/{username}"],
    setPublicMembershipForAuthenticatedUser: [
      "PUT /orgs/{org}/public_members/{username}"
    ],
    unblockUser: ["DELETE /orgs/{org}/blocks/{username}"],
    update: ["PATCH /orgs/{org}"],
    updateIssueType: ["PUT /orgs/{org}/issue-types/{issue_type_id}"],
    updateMembershipForAuthenticatedUser: [
      "PATCH /user/memberships/orgs/{org}"
    ],
    updatePatAccess: ["POST /orgs/{org}/personal-access-tokens/{pat_id}"],
    updatePatAccesses: ["POST /orgs/{org}/personal-access-tokens"],
    updateWebhook: ["PATCH /orgs/{org}/hooks/{hook_id}"],
    updateWebhookConfigForOrg: ["PATCH /orgs/{org}/hooks/{hook_id}/config"]
  },
  packages: {
    deletePackageForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}"
    ],
    deletePackageForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    deletePackageForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}"
    ],
    deletePackageVersionForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getAllPackageVersionsForAPackageOwnedByAnOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
      {},
      { renamed: ["packages", "getAllPackageVersionsForPackageOwnedByOrg"] }
    ],
    getAllPackageVersionsForAPackageOwnedByTheAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions",
      {},
      {
        renamed: [
          "packages",
          "getAllPackageVersionsForPackageOwnedByAuthenticatedUser"
        ]
      }
    ],
    getAllPackageVersionsForPackageOwnedByAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions"
    ],
    getPackageForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}"
    ],
    getPackageForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    getPackageForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}"
    ],
    getPackageVersionForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    listDockerMigrationConflictingPackagesForAuthenticatedUser: [
      "GET /user/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForOrganization: [
      "GET /orgs/{org}/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForUser: [
      "GET /users/{username}/docker/conflicts"
    ],
    listPackagesForAuthenticatedUser: ["GET /user/packages"],
    listPackagesForOrganization: ["GET /orgs/{org}/packages"],
    listPackagesForUser: ["GET /users/{username}/packages"],
    restorePackageForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageVersionForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ]
  },
  privateRegistries: {
    createOrgPrivateRegistry: ["POST /orgs/{org}/private-registries"],
    deleteOrgPrivateRegistry: [
      "DELETE /orgs/{org}/private-registries/{secret_name}"
    ],
    getOrgPrivateRegistry: ["GET /orgs/{org}/private-registries/{secret_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/private-registries/public-key"],
    listOrgPrivateRegistries: ["GET /orgs/{org}/private-registries"],
    updateOrgPrivateRegistry: [
      "PATCH /orgs/{org}/private-registries/{secret_name}"
    ]
  },
  projects: {
    addItemForOrg: ["POST /orgs/{org}/projectsV2/{project_number}/items"],
    addItemForUser: [
      "POST /users/{username}/projectsV2/{project_number}/items"
    ],
    deleteItemForOrg: [
      "DELETE /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    deleteItemForUser: [
      "DELETE /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    getFieldForOrg: [
      "GET /orgs/{org}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getFieldForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getForOrg: ["GET /orgs/{org}/projectsV2/{project_number}"],
    getForUser: ["GET /users/{username}/projectsV2/{project_number}"],
    getOrgItem: ["GET /orgs/{org}/projectsV2/{project_number}/items/{item_id}"],
    getUserItem: [
      "GET /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    listFieldsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/fields"],
    listFieldsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields"
    ],
    listForOrg: ["GET /orgs/{org}/projectsV2"],
    listForUser: ["GET /users/{username}/projectsV2"],
    listItemsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/items"],
    listItemsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/items"
    ],
    updateItemForOrg: [
      "PATCH /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    updateItemForUser: [
      "PATCH /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ]
  },
  pulls: {
    checkIfMerged: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    create: ["POST /repos/{owner}/{repo}/pulls"],
    createReplyForReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies"
    ],
    createReview: ["POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    createReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    deletePendingReview: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    deleteReviewComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ],
    dismissReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals"
    ],
    get: ["GET /repos/{owner}/{repo}/pulls/{pull_number}"],
    getReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    getReviewComment: ["GET /repos/{owner}/{repo}/pulls/comments/{comment_id}"],
    list: ["GET /repos/{owner}/{repo}/pulls"],
    listCommentsForReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/commits"],
    listFiles: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/files"],
    listRequestedReviewers: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    listReviewComments: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    listReviewCommentsForRepo: ["GET /repos/{owner}/{repo}/pulls/comments"],
    listReviews: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    merge: ["PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    removeRequestedReviewers: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    requestReviewers: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    submitReview: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/events"
    ],
    update: ["PATCH /repos/{owner}/{repo}/pulls/{pull_number}"],
    updateBranch: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/update-branch"
    ],
    updateReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    updateReviewComment: [
      "PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ]
  },
  rateLimit: { get: ["GET /rate_limit"] },
  reactions: {
    createForCommitComment: [
      "POST /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    createForIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/reactions"
    ],
    createForIssueComment: [
      "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    createForPullRequestReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    createForRelease: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    createForTeamDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    createForTeamDiscussionInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ],
    deleteForCommitComment: [
      "DELETE /repos/{owner}/{repo}/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/reactions/{reaction_id}"
    ],
    deleteForIssueComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForPullRequestComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForRelease: [
      "DELETE /repos/{owner}/{repo}/releases/{release_id}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussion: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussionComment: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions/{reaction_id}"
    ],
    listForCommitComment: [
      "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    listForIssue: ["GET /repos/{owner}/{repo}/issues/{issue_number}/reactions"],
    listForIssueComment: [
      "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    listForPullRequestReviewComment: [
      "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    listForRelease: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    listForTeamDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    listForTeamDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ]
  },
  repos: {
    acceptInvitation: [
      "PATCH /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "acceptInvitationForAuthenticatedUser"] }
    ],
    acceptInvitationForAuthenticatedUser: [
      "PATCH /user/repository_invitations/{invitation_id}"
    ],
    addAppAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    addCollaborator: ["PUT /repos/{owner}/{repo}/collaborators/{username}"],
    addStatusCheckContexts: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    addTeamAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    addUserAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    cancelPagesDeployment: [
      "POST /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}/cancel"
    ],
    checkAutomatedSecurityFixes: [
      "GET /repos/{owner}/{repo}/automated-security-fixes"
    ],
    checkCollaborator: ["GET /repos/{owner}/{repo}/collaborators/{username}"],
    checkImmutableReleases: ["GET /repos/{owner}/{repo}/immutable-releases"],
    checkPrivateVulnerabilityReporting: [
      "GET /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    checkVulnerabilityAlerts: [
      "GET /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    codeownersErrors: ["GET /repos/{owner}/{repo}/codeowners/errors"],
    compareCommits: ["GET /repos/{owner}/{repo}/compare/{base}...{head}"],
    compareCommitsWithBasehead: [
      "GET /repos/{owner}/{repo}/compare/{basehead}"
    ],
    createAttestation: ["POST /repos/{owner}/{repo}/attestations"],
    createAutolink: ["POST /repos/{owner}/{repo}/autolinks"],
    createCommitComment: [
      "POST /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    createCommitSignatureProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    createCommitStatus: ["POST /repos/{owner}/{repo}/statuses/{sha}"],
    createDeployKey: ["POST /repos/{owner}/{repo}/keys"],
    createDeployment: ["POST /repos/{owner}/{repo}/deployments"],
    createDeploymentBranchPolicy: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    createDeploymentProtectionRule: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    createDeploymentStatus: [
      "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    createDispatchEvent: ["POST /repos/{owner}/{repo}/dispatches"],
    createForAuthenticatedUser: ["POST /user/repos"],
    createFork: ["POST /repos/{owner}/{repo}/forks"],
    createInOrg: ["POST /orgs/{org}/repos"],
    createOrUpdateEnvironment: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    createOrUpdateFileContents: ["PUT /repos/{owner}/{repo}/contents/{path}"],
    createOrgRuleset: ["POST /orgs/{org}/rulesets"],
    createPagesDeployment: ["POST /repos/{owner}/{repo}/pages/deployments"],
    createPagesSite: ["POST /repos/{owner}/{repo}/pages"],
    createRelease: ["POST /repos/{owner}/{repo}/releases"],
    createRepoRuleset: ["POST /repos/{owner}/{repo}/rulesets"],
    createUsingTemplate: [
      "POST /repos/{template_owner}/{template_repo}/generate"
    ],
    createWebhook: ["POST /repos/{owner}/{repo}/hooks"],
    customPropertiesForReposCreateOrUpdateRepositoryValues: [
      "PATCH /repos/{owner}/{repo}/properties/values"
    ],
    customPropertiesForReposGetRepositoryValues: [
      "GET /repos/{owner}/{repo}/properties/values"
    ],
    declineInvitation: [
      "DELETE /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "declineInvitationForAuthenticatedUser"] }
    ],
    declineInvitationForAuthenticatedUser: [
      "DELETE /user/repository_invitations/{invitation_id}"
    ],
    delete: ["DELETE /repos/{owner}/{repo}"],
    deleteAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    deleteAdminBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    deleteAnEnvironment: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    deleteAutolink: ["DELETE /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    deleteBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    deleteCommitComment: ["DELETE /repos/{owner}/{repo}/comments/{comment_id}"],
    deleteCommitSignatureProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    deleteDeployKey: ["DELETE /repos/{owner}/{repo}/keys/{key_id}"],
    deleteDeployment: [
      "DELETE /repos/{owner}/{repo}/deployments/{deployment_id}"
    ],
    deleteDeploymentBranchPolicy: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    deleteFile: ["DELETE /repos/{owner}/{repo}/contents/{path}"],
    deleteInvitation: [
      "DELETE /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    deleteOrgRuleset: ["DELETE /orgs/{org}/rulesets/{ruleset_id}"],
    deletePagesSite: ["DELETE /repos/{owner}/{repo}/pages"],
    deletePullRequestReviewProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    deleteRelease: ["DELETE /repos/{owner}/{repo}/releases/{release_id}"],
    deleteReleaseAsset: [
      "DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    deleteRepoRuleset: ["DELETE /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    deleteWebhook: ["DELETE /repos/{owner}/{repo}/hooks/{hook_id}"],
    disableAutomatedSecurityFixes: [
      "DELETE /repos/{owner}/{repo}/automated-security-fixes"
    ],
    disableDeploymentProtectionRule: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    disableImmutableReleases: [
      "DELETE /repos/{owner}/{repo}/immutable-releases"
    ],
    disablePrivateVulnerabilityReporting: [
      "DELETE /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    disableVulnerabilityAlerts: [
      "DELETE /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    downloadArchive: [
      "GET /repos/{owner}/{repo}/zipball/{ref}",
      {},
      { renamed: ["repos", "downloadZipballArchive"] }
    ],
    downloadTarballArchive: ["GET /repos/{owner}/{repo}/tarball/{ref}"],
    downloadZipballArchive: ["GET /repos/{owner}/{repo}/zipball/{ref}"],
    enableAutomatedSecurityFixes: [
      "PUT /repos/{owner}/{repo}/automated-security-fixes"
    ],
    enableImmutableReleases: ["PUT /repos/{owner}/{repo}/immutable-releases"],
    enablePrivateVulnerabilityReporting: [
      "PUT /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    enableVulnerabilityAlerts: [
      "PUT /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    generateReleaseNotes: [
      "POST /repos/{owner}/{repo}/releases/generate-notes"
    ],
    get: ["GET /repos/{owner}/{repo}"],
    getAccessRestrictions: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    getAdminBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    getAllDeploymentProtectionRules: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    getAllEnvironments: ["GET /repos/{owner}/{repo}/environments"],
    getAllStatusCheckContexts: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts"
    ],
    getAllTopics: ["GET /repos/{owner}/{repo}/topics"],
    getAppsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps"
    ],
    getAutolink: ["GET /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    getBranch: ["GET /repos/{owner}/{repo}/branches/{branch}"],
    getBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    getBranchRules: ["GET /repos/{owner}/{repo}/rules/branches/{branch}"],
    getClones: ["GET /repos/{owner}/{repo}/traffic/clones"],
    getCodeFrequencyStats: ["GET /repos/{owner}/{repo}/stats/code_frequency"],
    getCollaboratorPermissionLevel: [
      "GET /repos/{owner}/{repo}/collaborators/{username}/permission"
    ],
    getCombinedStatusForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/status"],
    getCommit: ["GET /repos/{owner}/{repo}/commits/{ref}"],
    getCommitActivityStats: ["GET /repos/{owner}/{repo}/stats/commit_activity"],
    getCommitComment: ["GET /repos/{owner}/{repo}/comments/{comment_id}"],
    getCommitSignatureProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    getCommunityProfileMetrics: ["GET /repos/{owner}/{repo}/community/profile"],
    getContent: ["GET /repos/{owner}/{repo}/contents/{path}"],
    getContributorsStats: ["GET /repos/{owner}/{repo}/stats/contributors"],
    getCustomDeploymentProtectionRule: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    getDeployKey: ["GET /repos/{owner}/{repo}/keys/{key_id}"],
    getDeployment: ["GET /repos/{owner}/{repo}/deployments/{deployment_id}"],
    getDeploymentBranchPolicy: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    getDeploymentStatus: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}"
    ],
    getEnvironment: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    getLatestPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/latest"],
    getLatestRelease: ["GET /repos/{owner}/{repo}/releases/latest"],
    getOrgRuleSuite: ["GET /orgs/{org}/rulesets/rule-suites/{rule_suite_id}"],
    getOrgRuleSuites: ["GET /orgs/{org}/rulesets/rule-suites"],
    getOrgRuleset: ["GET /orgs/{org}/rulesets/{ruleset_id}"],
    getOrgRulesets: ["GET /orgs/{org}/rulesets"],
    getPages: ["GET /repos/{owner}/{repo}/pages"],
    getPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/{build_id}"],
    getPagesDeployment: [
      "GET /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}"
    ],
    getPagesHealthCheck: ["GET /repos/{owner}/{repo}/pages/health"],
    getParticipationStats: ["GET /repos/{owner}/{repo}/stats/participation"],
    getPullRequestReviewProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    getPunchCardStats: ["GET /repos/{owner}/{repo}/stats/punch_card"],
    getReadme: ["GET /repos/{owner}/{repo}/readme"],
    getReadmeInDirectory: ["GET /repos/{owner}/{repo}/readme/{dir}"],
    getRelease: ["GET /repos/{owner}/{repo}/releases/{release_id}"],
    getReleaseAsset: ["GET /repos/{owner}/{repo}/releases/assets/{asset_id}"],
    getReleaseByTag: ["GET /repos/{owner}/{repo}/releases/tags/{tag}"],
    getRepoRuleSuite: [
      "GET /repos/{owner}/{repo}/rulesets/rule-suites/{rule_suite_id}"
    ],
    getRepoRuleSuites: ["GET /repos/{owner}/{repo}/rulesets/rule-suites"],
    getRepoRuleset: ["GET /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    getRepoRulesetHistory: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history"
    ],
    getRepoRulesetVersion: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getRepoRulesets: ["GET /repos/{owner}/{repo}/rulesets"],
    getStatusChecksProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    getTeamsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams"
    ],
    getTopPaths: ["GET /repos/{owner}/{repo}/traffic/popular/paths"],
    getTopReferrers: ["GET /repos/{owner}/{repo}/traffic/popular/referrers"],
    getUsersWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users"
    ],
    getViews: ["GET /repos/{owner}/{repo}/traffic/views"],
    getWebhook: ["GET /repos/{owner}/{repo}/hooks/{hook_id}"],
    getWebhookConfigForRepo: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    getWebhookDelivery: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    listActivities: ["GET /repos/{owner}/{repo}/activity"],
    listAttestations: [
      "GET /repos/{owner}/{repo}/attestations/{subject_digest}"
    ],
    listAutolinks: ["GET /repos/{owner}/{repo}/autolinks"],
    listBranches: ["GET /repos/{owner}/{repo}/branches"],
    listBranchesForHeadCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/branches-where-head"
    ],
    listCollaborators: ["GET /repos/{owner}/{repo}/collaborators"],
    listCommentsForCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    listCommitCommentsForRepo: ["GET /repos/{owner}/{repo}/comments"],
    listCommitStatusesForRef: [
      "GET /repos/{owner}/{repo}/commits/{ref}/statuses"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/commits"],
    listContributors: ["GET /repos/{owner}/{repo}/contributors"],
    listCustomDeploymentRuleIntegrations: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps"
    ],
    listDeployKeys: ["GET /repos/{owner}/{repo}/keys"],
    listDeploymentBranchPolicies: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    listDeploymentStatuses: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    listDeployments: ["GET /repos/{owner}/{repo}/deployments"],
    listForAuthenticatedUser: ["GET /user/repos"],
    listForOrg: ["GET /orgs/{org}/repos"],
    listForUser: ["GET /users/{username}/repos"],
    listForks: ["GET /repos/{owner}/{repo}/forks"],
    listInvitations: ["GET /repos/{owner}/{repo}/invitations"],
    listInvitationsForAuthenticatedUser: ["GET /user/repository_invitations"],
    listLanguages: ["GET /repos/{owner}/{repo}/languages"],
    listPagesBuilds: ["GET /repos/{owner}/{repo}/pages/builds"],
    listPublic: ["GET /repositories"],
    listPullRequestsAssociatedWithCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls"
    ],
    listReleaseAssets: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/assets"
    ],
    listReleases: ["GET /repos/{owner}/{repo}/releases"],
    listTags: ["GET /repos/{owner}/{repo}/tags"],
    listTeams: ["GET /repos/{owner}/{repo}/teams"],
    listWebhookDeliveries: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries"
    ],
    listWebhooks: ["GET /repos/{owner}/{repo}/hooks"],
    merge: ["POST /repos/{owner}/{repo}/merges"],
    mergeUpstream: ["POST /repos/{owner}/{repo}/merge-upstream"],
    pingWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeAppAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    removeCollaborator: [
      "DELETE /repos/{owner}/{repo}/collaborators/{username}"
    ],
    removeStatusCheckContexts: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    removeStatusCheckProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    removeTeamAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    removeUserAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    renameBranch: ["POST /repos/{owner}/{repo}/branches/{branch}/rename"],
    replaceAllTopics: ["PUT /repos/{owner}/{repo}/topics"],
    requestPagesBuild: ["POST /repos/{owner}/{repo}/pages/builds"],
    setAdminBranchProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    setAppAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    setStatusCheckContexts: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    setTeamAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    setUserAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    testPushWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/tests"],
    transfer: ["POST /repos/{owner}/{repo}/transfer"],
    update: ["PATCH /repos/{owner}/{repo}"],
    updateBranchProtection: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    updateCommitComment: ["PATCH /repos/{owner}/{repo}/comments/{comment_id}"],
    updateDeploymentBranchPolicy: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    updateInformationAboutPagesSite: ["PUT /repos/{owner}/{repo}/pages"],
    updateInvitation: [
      "PATCH /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    updateOrgRuleset: ["PUT /orgs/{org}/rulesets/{ruleset_id}"],
    updatePullRequestReviewProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    updateRelease: ["PATCH /repos/{owner}/{repo}/releases/{release_id}"],
    updateReleaseAsset: [
      "PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    updateRepoRuleset: ["PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    updateStatusCheckPotection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks",
      {},
      { renamed: ["repos", "updateStatusCheckProtection"] }
    ],
    updateStatusCheckProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    updateWebhook: ["PATCH /repos/{owner}/{repo}/hooks/{hook_id}"],
    updateWebhookConfigForRepo: [
      "PATCH /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    uploadReleaseAsset: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}",
      { baseUrl: "https://uploads.github.com" }
    ]
  },
  search: {
    code: ["GET /search/code"],
    commits: ["GET /search/commits"],
    issuesAndPullRequests: ["GET /search/issues"],
    labels: ["GET /search/labels"],
    repos: ["GET /search/repositories"],
    topics: ["GET /search/topics"],
    users: ["GET /search/users"]
  },
  secretScanning: {
    createPushProtectionBypass: [
      "POST /repos/{owner}/{repo}/secret-scanning/push-protection-bypasses"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    getScanHistory: ["GET /repos/{owner}/{repo}/secret-scanning/scan-history"],
    listAlertsForOrg: ["GET /orgs/{org}/secret-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/secret-scanning/alerts"],
    listLocationsForAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations"
    ],
    listOrgPatternConfigs: [
      "GET /orgs/{org}/secret-scanning/pattern-configurations"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    updateOrgPatternConfigs: [
      "PATCH /orgs/{org}/secret-scanning/pattern-configurations"
    ]
  },
  securityAdvisories: {
    createFork: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/forks"
    ],
    createPrivateVulnerabilityReport: [
      "POST /repos/{owner}/{repo}/security-advisories/reports"
    ],
    createRepositoryAdvisory: [
      "POST /repos/{owner}/{repo}/security-advisories"
    ],
    createRepositoryAdvisoryCveRequest: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/cve"
    ],
    getGlobalAdvisory: ["GET /advisories/{ghsa_id}"],
    getRepositoryAdvisory: [
      "GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ],
    listGlobalAdvisories: ["GET /advisories"],
    listOrgRepositoryAdvisories: ["GET /orgs/{org}/security-advisories"],
    listRepositoryAdvisories: ["GET /repos/{owner}/{repo}/security-advisories"],
    updateRepositoryAdvisory: [
      "PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ]
  },
  teams: {
    addOrUpdateMembershipForUserInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    addOrUpdateRepoPermissionsInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    checkPermissionsForRepoInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    create: ["POST /orgs/{org}/teams"],
    createDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    createDiscussionInOrg: ["POST /orgs/{org}/teams/{team_slug}/discussions"],
    deleteDiscussionCommentInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    deleteDiscussionInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    deleteInOrg: ["DELETE /orgs/{org}/teams/{team_slug}"],
    getByName: ["GET /orgs/{org}/teams/{team_slug}"],
    getDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    getDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    getMembershipForUserInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    list: ["GET /orgs/{org}/teams"],
    listChildInOrg: ["GET /orgs/{org}/teams/{team_slug}/teams"],
    listDiscussionCommentsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    listDiscussionsInOrg: ["GET /orgs/{org}/teams/{team_slug}/discussions"],
    listForAuthenticatedUser: ["GET /user/teams"],
    listMembersInOrg: ["GET /orgs/{org}/teams/{team_slug}/members"],
    listPendingInvitationsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/invitations"
    ],
    listReposInOrg: ["GET /orgs/{org}/teams/{team_slug}/repos"],
    removeMembershipForUserInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    removeRepoInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    updateDiscussionCommentInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    updateDiscussionInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    updateInOrg: ["PATCH /orgs/{org}/teams/{team_slug}"]
  },
  users: {
    addEmailForAuthenticated: [
      "POST /user/emails",
      {},
      { renamed: ["users", "addEmailForAuthenticatedUser"] }
    ],
    addEmailForAuthenticatedUser: ["POST /user/emails"],
    addSocialAccountForAuthenticatedUser: ["POST /user/social_accounts"],
    block: ["PUT /user/blocks/{username}"],
    checkBlocked: ["GET /user/blocks/{username}"],
    checkFollowingForUser: ["GET /users/{username}/following/{target_user}"],
    checkPersonIsFollowedByAuthenticated: ["GET /user/following/{username}"],
    createGpgKeyForAuthenticated: [
      "POST /user/gpg_keys",
      {},
      { renamed: ["users", "createGpgKeyForAuthenticatedUser"] }
    ],
    createGpgKeyForAuthenticatedUser: ["POST /user/gpg_keys"],
    createPublicSshKeyForAuthenticated: [
      "POST /user/keys",
      {},
      { renamed: ["users", "createPublicSshKeyForAuthenticatedUser"] }
    ],
    createPublicSshKeyForAuthenticatedUser: ["POST /user/keys"],
    createSshSigningKeyForAuthenticatedUser: ["POST /user/ssh_signing_keys"],
    deleteAttestationsBulk: [
      "POST /users/{username}/attestations/delete-request"
    ],
    deleteAttestationsById: [
      "DELETE /users/{username}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /users/{username}/attestations/digest/{subject_digest}"
    ],
    deleteEmailForAuthenticated: [
      "DELETE /user/emails",
      {},
      { renamed: ["users", "deleteEmailForAuthenticatedUser"] }
    ],
    deleteEmailForAuthenticatedUser: ["DELETE /user/emails"],
    deleteGpgKeyForAuthenticated: [
      "DELETE /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "deleteGpgKeyForAuthenticatedUser"] }
    ],
    deleteGpgKeyForAuthenticatedUser: ["DELETE /user/gpg_keys/{gpg_key_id}"],
    deletePublicSshKeyForAuthenticated: [
      "DELETE /user/keys/{key_id}",
      {},
      { renamed: ["users", "deletePublicSshKeyForAuthenticatedUser"] }
    ],
    deletePublicSshKeyForAuthenticatedUser: ["DELETE /user/keys/{key_id}"],
    deleteSocialAccountForAuthenticatedUser: ["DELETE /user/social_accounts"],
    deleteSshSigningKeyForAuthenticatedUser: [
      "DELETE /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    follow: ["PUT /user/following/{username}"],
    getAuthenticated: ["GET /user"],
    getById: ["GET /user/{account_id}"],
    getByUsername: ["GET /users/{username}"],
    getContextForUser: ["GET /users/{username}/hovercard"],
    getGpgKeyForAuthenticated: [
      "GET /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "getGpgKeyForAuthenticatedUser"] }
    ],
    getGpgKeyForAuthenticatedUser: ["GET /user/gpg_keys/{gpg_key_id}"],
    getPublicSshKeyForAuthenticated: [
      "GET /user/keys/{key_id}",
      {},
      { renamed: ["users", "getPublicSshKeyForAuthenticatedUser"] }
    ],
    getPublicSshKeyForAuthenticatedUser: ["GET /user/keys/{key_id}"],
    getSshSigningKeyForAuthenticatedUser: [
      "GET /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    list: ["GET /users"],
    listAttestations: ["GET /users/{username}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /users/{username}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedByAuthenticated: [
      "GET /user/blocks",
      {},
      { renamed: ["users", "listBlockedByAuthenticatedUser"] }
    ],
    listBlockedByAuthenticatedUser: ["GET /user/blocks"],
    listEmailsForAuthenticated: [
      "GET /user/emails",
      {},
      { renamed: ["users", "listEmailsForAuthenticatedUser"] }
    ],
    listEmailsForAuthenticatedUser: ["GET /user/emails"],
    listFollowedByAuthenticated: [
      "GET /user/following",
      {},
      { renamed: ["users", "listFollowedByAuthenticatedUser"] }
    ],
    listFollowedByAuthenticatedUser: ["GET /user/following"],
    listFollowersForAuthenticatedUser: ["GET /user/followers"],
    listFollowersForUser: ["GET /users/{username}/followers"],
    listFollowingForUser: ["GET /users/{username}/following"],
    listGpgKeysForAuthenticated: [
      "GET /user/gpg_keys",
      {},
      { renamed: ["users", "listGpgKeysForAuthenticatedUser"] }
    ],
    listGpgKeysForAuthenticatedUser: ["GET /user/gpg_keys"],
    listGpgKeysForUser: ["GET /users/{username}/gpg_keys"],
    listPublicEmailsForAuthenticated: [
      "GET /user/public_emails",
      {},
      { renamed: ["users", "listPublicEmailsForAuthenticatedUser"] }
    ],
    listPublicEmailsForAuthenticatedUser: ["GET /user/public_emails"],
    listPublicKeysForUser: ["GET /users/{username}/keys"],
    listPublicSshKeysForAuthenticated: [
      "GET /user/keys",
      {},
      { renamed: ["users", "listPublicSshKeysForAuthenticatedUser"] }
    ],
    listPublicSshKeysForAuthenticatedUser: ["GET /user/keys"],
    listSocialAccountsForAuthenticatedUser: ["GET /user/social_accounts"],
    listSocialAccountsForUser: ["GET /users/{username}/social_accounts"],
    listSshSigningKeysForAuthenticatedUser: ["GET /user/ssh_signing_keys"],
    listSshSigningKeysForUser: ["GET /users/{username}/ssh_signing_keys"],
    setPrimaryEmailVisibilityForAuthenticated: [
      "PATCH /user/email/visibility",
      {},
      { renamed: ["users", "setPrimaryEmailVisibilityForAuthenticatedUser"] }
    ],
    setPrimaryEmailVisibilityForAuthenticatedUser: [
      "PATCH /user/email/visibility"
    ],
    unblock: ["DELETE /user/blocks/{username}"],
    unfollow: ["DELETE /user/following/{username}"],
    updateAuthenticated: ["PATCH /user"]
  }
};
var endpoints_default = Endpoints;

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/endpoints-to-methods.js
var endpointMethodsMap = /* @__PURE__ */ new Map();
for (const [scope, endpoints] of Object.entries(endpoints_default)) {
  for (const [methodName, endpoint2] of Object.entries(endpoints)) {
    const [route, defaults2, decorations] = endpoint2;
    const [method, url] = route.split(/ /);
    const endpointDefaults = Object.assign(
      {
        method,
        url
      },
      defaults2
    );
    if (!endpointMethodsMap.has(scope)) {
      endpointMethodsMap.set(scope, /* @__PURE__ */ new Map());
    }
    endpointMethodsMap.get(scope).set(methodName, {
      scope,
      methodName,
      endpointDefaults,
      decorations
    });
  }
}
var handler = {
  has({ scope }, methodName) {
    return endpointMethodsMap.get(scope).has(methodName);
  },
  getOwnPropertyDescriptor(target, methodName) {
    return {
      value: this.get(target, methodName),
      // ensures method is in the cache
      configurable: true,
      writable: true,
      enumerable: true
    };
  },
  defineProperty(target, methodName, descriptor) {
    Object.defineProperty(target.cache, methodName, descriptor);
    return true;
  },
  deleteProperty(target, methodName) {
    delete target.cache[methodName];
    return true;
  },
  ownKeys({ scope }) {
    return [...endpointMethodsMap.get(scope).keys()];
  },
  set(target, methodName, value) {
    return target.cache[methodName] = value;
  },
  get({ octokit, scope, cache }, methodName) {
    if (cache[methodName]) {
      return cache[methodName];
    }
    const method = endpointMethodsMap.get(scope).get(methodName);
    if (!method) {
      return void 0;
    }
    const { endpointDefaults, decorations } = method;
    if (decorations) {
      cache[methodName] = decorate(
        octokit,
        scope,
        methodName,
        endpointDefaults,
        decorations
      );
    } else {
      cache[methodName] = octokit.request.defaults(endpointDefaults);
    }
    return cache[methodName];
  }
};
function endpointsToMethods(octokit) {
  const newMethods = {};
  for (const scope of endpointMethodsMap.keys()) {
    newMethods[scope] = new Proxy({ octokit, scope, cache: {} }, handler);
  }
  return newMethods;
}
function decorate(octokit, scope, methodName, defaults2, decorations) {
  const requestWithDefaults = octokit.request.defaults(defaults2);
  function withDecorations(...args) {
    let options = requestWithDefaults.endpoint.merge(...args);
    if (decorations.mapToData) {
      options = Object.assign({}, options, {
        data: options[decorations.mapToData],
        [decorations.mapToData]: void 0
      });
      return requestWithDefaults(options);
    }
    if (decorations.renamed) {
      const [newScope, newMethodName] = decorations.renamed;
      octokit.log.warn(
        `octokit.${scope}.${methodName}() has been renamed to octokit.${newScope}.${newMethodName}()`
      );
    }
    if (decorations.deprecated) {
      octokit.log.warn(decorations.deprecated);
    }
    if (decorations.renamedParameters) {
      const options2 = requestWithDefaults.endpoint.merge(...args);
      for (const [name, alias] of Object.entries(
        decorations.renamedParameters
      )) {
        if (name in options2) {
          octokit.log.warn(
            `"${name}" parameter is deprecated for "octokit.${scope}.${methodName}()". Use "${alias}" instead`
          );
          if (!(alias in options2)) {
            options2[alias] = options2[name];
          }
          delete options2[name];
        }
      }
      return requestWithDefaults(options2);
    }
    return requestWithDefaults(...args);
  }
  return Object.assign(withDecorations, requestWithDefaults);
}

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js
function restEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    rest: api
  };
}
restEndpointMethods.VERSION = VERSION5;
function legacyRestEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    ...api,
    rest: api
  };
}
legacyRestEndpointMethods.VERSION = VERSION5;

// node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var VERSION6 = "0.0.0-development";
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error) {
          if (error.status !== 409) throw error;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result.value, done) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}
var composePaginateRest = Object.assign(paginate, {
  iterator
});
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
paginateRest.VERSION = VERSION6;

// node_modules/@actions/github/lib/utils.js
var context = new Context();
var baseUrl = getApiBaseUrl();
var defaults = {
  baseUrl,
  request: {
    agent: getProxyAgent(baseUrl),
    fetch: getProxyFetch(baseUrl)
  }
};
var GitHub = Octokit.plugin(restEndpointMethods, paginateRest).defaults(defaults);
function getOctokitOptions(token, options) {
  const opts = Object.assign({}, options || {});
  const auth2 = getAuthString(token, opts);
  if (auth2) {
    opts.auth = auth2;
  }
  const userAgent2 = getUserAgentWithOrchestrationId(opts.userAgent);
  if (userAgent2) {
    opts.userAgent = userAgent2;
  }
  return opts;
}

// node_modules/@actions/github/lib/github.js
var context2 = new Context();
function getOctokit(token, options, ...additionalPlugins) {
  const GitHubWithPlugins = GitHub.plugin(...additionalPlugins);
  return new GitHubWithPlugins(getOctokitOptions(token, options));
}

// src/github/client.ts
var GitHubError = class extends UserError {
  constructor(message, kind, status, details = []) {
    super(message);
    this.kind = kind;
    this.status = status;
    this.details = details;
  }
  kind;
  status;
  details;
  name = "GitHubError";
  hasCode(code, field) {
    return this.details.some((d) => d.code === code && (field === void 0 || d.field === field));
  }
};
var MIB = 1024 * 1024;
var NULL_BODY_STATUSES = /* @__PURE__ */ new Set([101, 204, 205, 304]);
var REDIRECT_STATUSES = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
var MAX_REDIRECTS = 5;
function seconds(ms) {
  return `${ms >= 1e3 && ms % 1e3 === 0 ? ms / 1e3 : Number((ms / 1e3).toFixed(3))} s`;
}
async function readCapped(body, max, url) {
  const reader = body.getReader();
  const chunks = [];
  let size = 0;
  for (; ; ) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => void 0);
      throw new GitHubError(`${new URL(url).pathname}: the response is larger than ${max} bytes; refusing to read it`, "protocol", void 0);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
function withoutUserinfo(value) {
  return value.replace(/\/\/[^/?#\s]*@/, "//***@");
}
function parseApiUrl(value, input) {
  const shown2 = JSON.stringify(withoutUserinfo(value));
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new UserError(`${input}: ${shown2} is not a URL (the API root, e.g. https://api.github.com or https://HOST/api/v3)`);
  }
  if (url.username || url.password) {
    throw new UserError(`${input}: ${shown2} carries user information before its host ${url.host} (USER:PASSWORD@); give the API root without it (the token goes in github-token)`);
  }
  const loopback = url.hostname === "127.0.0.1" || url.hostname === "localhost" || url.hostname === "[::1]";
  if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback)) {
    throw new UserError(`${input}: ${shown2} is not an https URL (plain http only to 127.0.0.1, localhost or [::1])`);
  }
  if (url.search || url.hash || value.includes("#") || value.includes("?")) throw new UserError(`${input}: ${shown2} has a query or fragment; give the API root only`);
  return url.toString().replace(/\/+$/, "");
}
function allowedOrigins(baseUrl2) {
  const api = new URL(baseUrl2);
  const origins = /* @__PURE__ */ new Set([api.origin]);
  if (api.hostname === "api.github.com") origins.add("https://uploads.github.com");
  return origins;
}
function bodySize(body) {
  if (body === void 0 || body === null) return 0;
  if (typeof body === "string") return Buffer.byteLength(body);
  if (body instanceof Uint8Array) return body.byteLength;
  if (body instanceof ArrayBuffer) return body.byteLength;
  return 0;
}
function describeFailure(operation, status, data, headers = {}) {
  const body = typeof data === "object" && data !== null ? data : {};
  const apiMessage = typeof body.message === "string" ? body.message : "";
  const details = Array.isArray(body.errors) ? body.errors.filter((e) => typeof e === "object" && e !== null) : [];
  const said = [apiMessage, ...details.map((d) => [d.resource, d.field, d.code, d.message].filter(Boolean).join(" "))].filter(Boolean).join("; ");
  const suffix = said ? ` (${said})` : "";
  if (status === 401) return new GitHubError(`${operation}: GitHub refused the token (HTTP 401${suffix}); pass a valid token (github-token, default the job's GITHUB_TOKEN)`, "unauthorized", status, details);
  if (status === 403) {
    const accepted = headers["x-accepted-github-permissions"];
    const wanted = accepted ? ` (the API accepts: ${accepted})` : "";
    const rateLimited = headers["x-ratelimit-remaining"] === "0";
    if (rateLimited) return new GitHubError(`${operation}: GitHub's rate limit is spent (HTTP 403${suffix}); wait until ${headers["x-ratelimit-reset"] ?? "the reset"} and re-run`, "forbidden", status, details);
    return new GitHubError(`${operation}: the token may not do this (HTTP 403${suffix})${wanted}; the job needs \`permissions: contents: write\``, "forbidden", status, details);
  }
  if (status === 404) return new GitHubError(`${operation}: not found (HTTP 404${suffix}); check the repository name, and that the token can see it`, "not-found", status, details);
  if (status === 422) return new GitHubError(`${operation}: GitHub refused the request (HTTP 422${suffix})`, "invalid", status, details);
  if (status !== void 0 && status >= 500) return new GitHubError(`${operation}: GitHub failed (HTTP ${status}${suffix}), also on retries`, "server-error", status, details);
  return new GitHubError(`${operation}: GitHub answered HTTP ${status ?? "?"}${suffix}`, "protocol", status, details);
}
function isTransient(error) {
  if (error?.cause instanceof GitHubError) return false;
  const status = error?.status;
  return typeof status === "number" && (status >= 500 || status === 429);
}
var GitHubClient = class {
  owner;
  repo;
  baseUrl;
  octokit;
  counts = { GET: 0, POST: 0, PATCH: 0, DELETE: 0, other: 0, bytesSent: 0 };
  maxAttempts;
  sleep;
  /** The deadline of the step whose requests are being made (`within`). */
  budget;
  constructor(options) {
    this.owner = options.owner;
    this.repo = options.repo;
    this.baseUrl = (options.baseUrl ?? process.env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, "");
    this.maxAttempts = options.maxAttempts ?? 4;
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const origins = allowedOrigins(this.baseUrl);
    const timeoutMs = options.timeoutMs ?? 6e4;
    const uploadTimeoutMs = options.uploadTimeoutMs ?? 10 * 6e4;
    const maxBytes = options.maxResponseBytes ?? 16 * MIB;
    const log = options.log ?? (() => void 0);
    const guardedFetch = async (input, init = {}) => {
      let url = new URL(typeof input === "string" ? input : input instanceof URL ? input.toString() : input.url);
      let method = (init.method ?? "GET").toUpperCase();
      let body = init.body;
      const first = `${method} ${url.pathname}`;
      for (let hop = 0; ; hop++) {
        if (!origins.has(url.origin)) {
          throw new GitHubError(`refusing to send the GitHub token to ${url.origin}: only ${[...origins].join(", ")} issued it`, "protocol", void 0);
        }
        const budget = this.budget;
        if (budget?.signal.aborted) throw budget.error();
        if (method in this.counts && method !== "other" && method !== "bytesSent") this.counts[method]++;
        else this.counts.other++;
        this.counts.bytesSent += bodySize(body);
        const upload = url.origin !== new URL(this.baseUrl).origin || /\/assets\b/.test(url.pathname) && method === "POST";
        const limit = upload ? uploadTimeoutMs : timeoutMs;
        const deadline = AbortSignal.timeout(limit);
        const signal = AbortSignal.any([deadline, ...init.signal ? [init.signal] : [], ...budget ? [budget.signal] : []]);
        const stopped = (error) => {
          if (budget?.signal.aborted) return budget.error();
          if (deadline.aborted) return new GitHubError(`no answer from ${url.origin} within ${seconds(limit)} (${method} ${url.pathname} timed out; a deadline is not retried)`, "timeout", void 0);
          return error;
        };
        let response;
        try {
          response = await fetch(url, { ...init, method, body, signal, redirect: "manual" });
        } catch (error) {
          throw stopped(error);
        }
        log(`github: ${method} ${url.pathname} -> ${response.status}`);
        if (REDIRECT_STATUSES.has(response.status)) {
          await response.body?.cancel().catch(() => void 0);
          const location = response.headers.get("location");
          const next = location ? new URL(location, url) : void 0;
          if (!next) throw new GitHubError(`${first}: GitHub answered HTTP ${response.status} without a Location`, "protocol", response.status);
          if (!origins.has(next.origin)) {
            throw new GitHubError(`${first}: GitHub redirected it to another host (${next.origin}${next.pathname}); not followed, and the token stays with ${[...origins].join(", ")}: check github-api-url (GITHUB_API_URL), and the repository name`, "redirect", response.status);
          }
          if (hop + 1 > MAX_REDIRECTS) throw new GitHubError(`${first}: more than ${MAX_REDIRECTS} redirects; not followed further`, "redirect", response.status);
          if (response.status === 303 || (response.status === 301 || response.status === 302) && method === "POST") {
            method = "GET";
            body = void 0;
          }
          url = next;
          continue;
        }
        if (!response.body || NULL_BODY_STATUSES.has(response.status)) return response;
        let bytes;
        try {
          bytes = await readCapped(response.body, maxBytes, url.toString());
        } catch (error) {
          throw error instanceof GitHubError ? error : stopped(error);
        }
        return new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
      }
    };
    this.octokit = getOctokit(options.token, { baseUrl: this.baseUrl, request: { fetch: guardedFetch } });
    this.octokit.hook.wrap("request", async (request2, requestOptions) => {
      const budget = this.budget;
      for (let attempt = 1; ; attempt++) {
        try {
          return await request2(requestOptions);
        } catch (error) {
          if (attempt >= this.maxAttempts || !isTransient(error)) throw error;
          log(`github: ${requestOptions.method} ${requestOptions.url} failed (${error.message}); retry ${attempt}`);
          await this.sleep(Math.min(500 * 2 ** (attempt - 1), 8e3));
          if (budget?.signal.aborted) throw budget.error();
        }
      }
    });
  }
  /** Every request beside what it is for: failures become a GitHubError naming the operation. */
  async call(operation, run2) {
    try {
      return (await run2(this.octokit)).data;
    } catch (error) {
      if (error instanceof GitHubError) throw error;
      const cause = error.cause;
      if (cause instanceof GitHubError) throw new GitHubError(`${operation}: ${cause.message}`, cause.kind, cause.status, cause.details);
      const e = error;
      if (e.status === void 0 || e.status === 500 && !e.response) {
        const why = cause?.message ?? e.message ?? String(error);
        throw new GitHubError(`${operation}: no answer from ${this.baseUrl} (${why})`, "network", void 0);
      }
      throw describeFailure(operation, e.status, e.response?.data, e.response?.headers);
    }
  }
  /**
   * Runs `fn` (a step's GitHub requests) within `ms` in all: once it passes, the request in flight
   * is stopped, no retry starts, and `fn` fails with one line saying so.
   */
  async within(what, ms, fn) {
    const previous = this.budget;
    const signal = AbortSignal.timeout(ms);
    const error = () => new GitHubError(`${what}: the GitHub API did not finish within ${seconds(ms)} (the step's deadline); stopped, nothing more is sent`, "timeout", void 0);
    this.budget = { signal, error };
    let onAbort;
    const expired = new Promise((_resolve, reject) => {
      onAbort = () => reject(error());
      signal.addEventListener("abort", onAbort, { once: true });
    });
    try {
      return await Promise.race([fn(), expired]);
    } finally {
      if (onAbort) signal.removeEventListener("abort", onAbort);
      expired.catch(() => void 0);
      this.budget = previous;
    }
  }
  /** `owner/repo`, for messages. */
  get fullName() {
    return `${this.owner}/${this.repo}`;
  }
};

// src/image/candidate.ts
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// src/image/docker-archive.ts
import { open } from "node:fs/promises";
var BLOCK = 512;
var CHUNK = 4 * 1024 * 1024;
function header(name, size) {
  const h = Buffer.alloc(BLOCK);
  const field = (value, offset, length) => void h.write(value, offset, length, "utf8");
  const octal = (value, offset, length) => field(`${value.toString(8).padStart(length - 1, "0")}\0`, offset, length);
  field(name, 0, 100);
  octal(420, 100, 8);
  octal(0, 108, 8);
  octal(0, 116, 8);
  octal(size, 124, 12);
  octal(0, 136, 12);
  h.fill(" ", 148, 156);
  field("0", 156, 1);
  field("ustar\0", 257, 6);
  field("00", 263, 2);
  let sum = 0;
  for (const byte of h) sum += byte;
  octal(sum, 148, 7);
  h[155] = 32;
  return h;
}
function padding(size) {
  return Buffer.alloc((BLOCK - size % BLOCK) % BLOCK);
}
async function writeDockerArchive(target, manifestDigest, repoTag, file) {
  const { bytes } = await target.fetchManifest(manifestDigest);
  const manifest = parseManifestJson(bytes);
  if (!manifest.config || !Array.isArray(manifest.layers)) throw new UserError(`${target.name}@${manifestDigest} is not a single-platform image`);
  const hex = (d) => d.digest.replace(/^sha256:/, "");
  const entries = [
    { name: `${hex(manifest.config)}.json`, descriptor: manifest.config },
    ...manifest.layers.map((layer) => ({ name: `${hex(layer)}.tar`, descriptor: layer }))
  ];
  const index = Buffer.from(JSON.stringify([{ Config: entries[0].name, RepoTags: [repoTag], Layers: entries.slice(1).map((e) => e.name) }]));
  const out = await open(file, "w", 384);
  try {
    for (const { name, descriptor } of entries) {
      const source = await target.openBlob(descriptor);
      await out.write(header(name, source.size));
      for (let offset = 0; offset < source.size; offset += CHUNK) await out.write(await source.read(offset, Math.min(CHUNK, source.size - offset)));
      await out.write(padding(source.size));
    }
    await out.write(header("manifest.json", index.byteLength));
    await out.write(index);
    await out.write(padding(index.byteLength));
    await out.write(Buffer.alloc(BLOCK * 2));
  } finally {
    await out.close();
  }
}

// src/image/candidate.ts
function refuseDockerBuilder(builder) {
  if (builder === "docker") {
    throw new UserError("input builder: the docker builder cannot push an image without a tag, and a release publishes nothing before every gate passed; use buildx (docker/setup-buildx-action) or buildah");
  }
}
async function buildCandidate(ctx, target) {
  refuseDockerBuilder(ctx.builder);
  const { job } = ctx;
  ctx.artifacts.set("tags", { tags: [job.version], latest: false, notes: [] }, "candidate");
  if (ctx.builder === "buildx") {
    if (!(target instanceof RegistryRepository)) throw new UserError("input image: an OCI image layout destination needs buildah (buildx pushes to a registry)");
    const digest = await buildxBuild(ctx.docker.bin, {
      platforms: job.platforms.map((p) => p.id),
      context: job.context,
      dockerfile: job.dockerfile,
      buildArgs: job.buildArgs,
      labels: job.labels,
      annotations: job.labels,
      tags: [job.image],
      output: "push-by-digest",
      cache: job.cache,
      cacheScope: job.image,
      provenance: job.provenance,
      sbom: job.sbom
    }, ctx.docker.env);
    if (!digest) throw new UserError("docker buildx build: no digest for the pushed candidate");
    return { digest };
  }
  await buildImage(ctx);
  const dir = mkdtempSync(path.join(tmpdir(), "dot-ai-release-candidate-"));
  try {
    const listDigest = await ctx.buildah.manifestPushToLayout(ctx.artifacts.get("built", "candidate"), dir, "candidate", path.join(dir, ".digest"));
    const layout = new OciLayoutTarget(dir);
    const digest = await annotatedIndex(layout, listDigest, job.labels);
    const copied = await copy(layout, target, digest, {});
    if (copied.descriptor.digest !== digest) throw new UserError(`${target.name}: the candidate was stored as ${copied.descriptor.digest}, not ${digest}`);
    return { digest, blobsUploaded: copied.blobsCopied };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
async function annotatedIndex(layout, listDigest, labels) {
  const { bytes } = await layout.fetchManifest(listDigest);
  const list2 = parseManifestJson(bytes);
  const index = { schemaVersion: 2, mediaType: MEDIA_TYPE.ociIndex, manifests: list2.manifests ?? [], annotations: labels };
  const stored = await layout.pushManifest(new TextEncoder().encode(JSON.stringify(index)), MEDIA_TYPE.ociIndex);
  return stored.digest;
}
async function verifyCandidate(ctx, target, digest) {
  const { job } = ctx;
  const index = await checkIndex(target, digest, job.platforms);
  ctx.reporter.info(`${job.image}@${digest} lists ${index.images.map((i) => i.platform.id).join(", ")}${index.attestations ? ` (+${index.attestations} attestation manifests, set aside)` : ""}`);
  const started = await startPlatforms(ctx, index);
  return { index, started };
}
async function loadFromLayout(ctx, layout, platformDigest, architecture) {
  const ref = `${ctx.job.image}:candidate-${platformDigest.slice("sha256:".length, "sha256:".length + 12)}`;
  const dir = mkdtempSync(path.join(tmpdir(), "dot-ai-release-load-"));
  try {
    const archive = path.join(dir, `${architecture}.tar`);
    await writeDockerArchive(layout, platformDigest, ref, archive);
    await ctx.docker.load(archive);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  ctx.cleanup.add({ kind: "docker-image", ref });
  return ref;
}
async function verifyCandidateInLayout(ctx, layout, digest) {
  const { job } = ctx;
  const index = await checkIndex(layout, digest, job.platforms);
  const started = [];
  let localRef;
  for (const { platform, digest: platformDigest } of index.images) {
    const ref = await loadFromLayout(ctx, layout, platformDigest, platform.architecture);
    const result = await startAndWait(ctx.docker, ref, platform.id, job.verifyTimeoutMs, (line) => ctx.reporter.warning(line));
    started.push(result);
    ctx.reporter.info(`${platform.id}: ${ref} (loaded from ${layout.name}) is ${result.status} after ${(result.ms / 1e3).toFixed(1)} s`);
    if (platform.architecture === goArchitecture()) localRef = ref;
  }
  return { index, started, ...localRef ? { localRef } : {} };
}
async function imageOrigin(target, reference) {
  let fetched;
  try {
    fetched = await target.fetchManifest(reference);
  } catch (error) {
    if (error instanceof RegistryError && error.kind === "not-found") return void 0;
    if (error instanceof Error && "notFound" in error && error.notFound) return void 0;
    throw error;
  }
  const { descriptor, bytes } = fetched;
  const json = parseManifestJson(bytes);
  let labels = json.annotations ?? {};
  if (!labels[`${OCI}.revision`]) {
    let config = json.config;
    if (isIndexMediaType(descriptor.mediaType) || Array.isArray(json.manifests)) {
      const first = json.manifests?.find((m) => m.platform?.os !== "unknown");
      if (first) config = parseManifestJson((await target.fetchManifest(first.digest)).bytes).config;
    }
    if (config) {
      const parsed = JSON.parse(Buffer.from(await target.fetchBlob(config.digest)).toString("utf8"));
      labels = parsed.config?.Labels ?? {};
    }
  }
  return { digest: descriptor.digest, revision: labels[`${OCI}.revision`], version: labels[`${OCI}.version`] };
}

// src/release/trigger.ts
import { readFileSync as readFileSync2, statSync } from "node:fs";
function pushedTag(options, env) {
  const input = stringOption(options, "from-tag");
  const bump = stringOption(options, "bump");
  const set = stringOption(options, "set");
  if (input) {
    if (bump || set) throw new UserError(`input from-tag: releases the version of a pushed tag; give it or ${bump ? "bump" : "set"}, not both`);
    return { tag: input.replace(/^refs\/tags\//, ""), source: "input from-tag" };
  }
  const ref = env.GITHUB_REF ?? "";
  if (bump || !ref.startsWith("refs/tags/")) return void 0;
  const tag = ref.slice("refs/tags/".length);
  if (set && `${stringOption(options, "tag-prefix") ?? ""}${set.replace(/^v/, "")}` !== tag) return void 0;
  return { tag, source: `GITHUB_REF ${ref}` };
}
function tagVersion(tag, prefix, source) {
  const version2 = tag.slice(prefix.length);
  if (!tag.startsWith(prefix) || !/^\d/.test(version2)) {
    throw new UserError(`${source}: ${quote(tag)} is not a release tag (${prefix ? `${quote(prefix)} and ` : ""}a version, e.g. ${prefix}1.2.3; tag-prefix says what comes before the version)`);
  }
  return parseReleaseVersion(version2, source);
}
async function tagCommit(git2, tag, source, releaseSubject) {
  const commit = await git2.localTagCommit(tag);
  const head = git2.headCommit();
  if (!commit) throw new UserError(`${source}: the tag ${tag} is not in this checkout; check it out first (git fetch --tags; git checkout ${tag}; actions/checkout does on a tag push)`);
  if (commit === head) return { commit, atReleaseCommit: false };
  if (head) {
    const info = await git2.commitInfo("HEAD");
    if (info.subject === releaseSubject && info.parents.length === 1 && info.parents[0] === commit) return { commit, atReleaseCommit: true };
  }
  throw new UserError(`${source}: HEAD is at ${head?.slice(0, 12) ?? "nothing"}, not at the tag ${tag} (${commit.slice(0, 12)}) nor at its release commit; check the tag out (git checkout ${tag})`);
}
function refuseDowngrade(version2, current, source, allowDowngrade) {
  if (!allowDowngrade && compare(version2, current) < 0) {
    throw new UserError(`${source}: ${version2} is lower than the version the tree at the tag holds (${current}); pass allow-downgrade to release it anyway`);
  }
}
function releaseBranch(options, env) {
  const input = stringOption(options, "release-branch");
  if (input) {
    if (!/^[A-Za-z0-9._/-]{1,200}$/.test(input) || input.includes("..") || input.startsWith("/") || input.endsWith("/") || input.endsWith(".lock")) {
      throw new UserError(`input release-branch: ${quote(input)} is not a branch name`);
    }
    return input.replace(/^refs\/heads\//, "");
  }
  const event = env.GITHUB_EVENT_PATH;
  if (event) {
    try {
      if (statSync(event).size <= 16 * 1024 * 1024) {
        const branch = JSON.parse(readFileSync2(event, "utf8")).repository?.default_branch;
        if (typeof branch === "string" && /^[A-Za-z0-9._/-]{1,200}$/.test(branch)) return branch;
      }
    } catch {
    }
  }
  return "main";
}
async function checkTagTrigger(ctx, world, writing, checkPush) {
  const { inputs, git: git2 } = ctx;
  const { trigger } = inputs;
  if (trigger.kind !== "tag") return;
  const { remote } = inputs.git;
  if (!world.remoteTag) throw new UserError(`${trigger.source}: the tag ${trigger.tag} is not on ${remote}; push it first (git push ${remote} ${trigger.tag}): a tag release never creates or moves its tag`);
  if (world.remoteTag.commit !== trigger.commit) {
    throw new UserError(`${trigger.source}: the tag ${trigger.tag} on ${remote} points at ${world.remoteTag.commit.slice(0, 12)}, not at the checkout's ${trigger.commit.slice(0, 12)}; check out the tag as ${remote} has it (it is never moved by the release)`);
  }
  if (trigger.holdsVersion || !writing) return;
  if (world.remoteHead === void 0 || world.remoteHead === trigger.commit) return checkPush();
  if (await git2.hasObject(world.remoteHead) && await git2.isAncestor(world.remoteHead, trigger.commit)) return checkPush();
}
async function judgeTagBranch(ctx, world, releaseCommit, done) {
  const { inputs, git: git2 } = ctx;
  const { trigger } = inputs;
  if (trigger.kind !== "tag") return void 0;
  if (trigger.holdsVersion) {
    done.git = true;
    return void 0;
  }
  const { remote, branch } = inputs.git;
  const remoteHead = world.remoteHead;
  if (remoteHead === void 0 || remoteHead === trigger.commit) return void 0;
  if (remoteHead === releaseCommit) {
    done.git = true;
    return void 0;
  }
  if (!await git2.hasObject(remoteHead)) await git2.fetch(remote, [`refs/heads/${branch}`]).catch(() => void 0);
  if (await git2.hasObject(remoteHead)) {
    if (await git2.isAncestor(releaseCommit, remoteHead).catch(() => false)) {
      done.git = true;
      return void 0;
    }
    if (await git2.isAncestor(remoteHead, trigger.commit).catch(() => false)) return void 0;
  }
  return `${remote}/${branch} is at ${remoteHead.slice(0, 12)}, which is neither behind the tag ${trigger.tag} (${trigger.commit.slice(0, 12)}) nor holds this release's commit ${releaseCommit.slice(0, 12)}: the release commit (the version edits on top of the tag) cannot reach ${branch} without a merge; tag the tip of ${branch} instead, or push the release commit to a branch of its own (release-branch: release/${inputs.version})`;
}
function tagSummary(ctx, releaseCommit) {
  const { inputs } = ctx;
  const { trigger } = inputs;
  if (trigger.kind !== "tag") return void 0;
  if (trigger.holdsVersion) return `released the pushed tag ${trigger.tag} as it is: its tree holds ${inputs.version} everywhere, so its commit ${releaseCommit.slice(0, 12)} is the release commit (nothing committed)`;
  if (inputs.headIsReleaseCommit) return `the pushed tag ${trigger.tag} is on ${trigger.commit.slice(0, 12)}; HEAD is this release's commit ${releaseCommit.slice(0, 12)} on top of it, made by an earlier run, which goes to ${inputs.git.branch}; the tag stays where it was pushed`;
  return `the pushed tag ${trigger.tag} is on ${trigger.commit.slice(0, 12)}, whose files said ${inputs.previousVersion}: the release commit ${releaseCommit.slice(0, 12)} (the version edits and hooks on top of it) goes to ${inputs.git.branch}; the tag stays where it was pushed${inputs.images.length ? `, and the image${inputs.images.length > 1 ? "s name" : " names"} the release commit` : ""}`;
}
function refusal(output) {
  return output.split("\n").filter((l) => l.startsWith("!")).map((l) => l.split("	").slice(1).join(" ")).join("; ") || output.trim().split("\n").at(-1) || "";
}
async function pushTagRelease(ctx, commit, movingMajor) {
  const { inputs, git: git2, reporter } = ctx;
  const { trigger } = inputs;
  if (trigger.kind !== "tag") throw new Error("pushTagRelease: not a tag release");
  const { remote, branch } = inputs.git;
  const before = await git2.lsRemote(remote, [`refs/heads/${branch}`, `refs/tags/${inputs.tagPrefix}*`]);
  const major = movingMajor([...before.tags.keys()]);
  const remoteTag = before.tags.get(trigger.tag);
  if (remoteTag?.commit !== trigger.commit) {
    throw new UserError(`the tag ${trigger.tag} on ${remote} ${remoteTag ? `moved to ${remoteTag.commit.slice(0, 12)}` : "was deleted"} during the release (it was at ${trigger.commit.slice(0, 12)}); nothing was pushed`);
  }
  const remoteHead = before.heads.get(branch);
  const branchHasCommit = trigger.holdsVersion || remoteHead === commit || remoteHead !== void 0 && await git2.hasObject(remoteHead) && await git2.isAncestor(commit, remoteHead);
  const majorInPlace = !major || before.tags.get(major)?.commit === commit;
  if (branchHasCommit && majorInPlace) {
    return new AlreadyDone(trigger.holdsVersion ? `the pushed tag ${trigger.tag} is the release commit ${commit.slice(0, 12)}${major ? `, and so is ${major}` : ""}: nothing to push` : `${branch} on ${remote} holds the release commit ${commit.slice(0, 12)}${major ? `, and so does ${major}` : ""}; the tag ${trigger.tag} stays at ${trigger.commit.slice(0, 12)}`);
  }
  const refspecs = [...branchHasCommit ? [] : [`${commit}:refs/heads/${branch}`], ...majorInPlace ? [] : [`+${commit}:refs/tags/${major}`]];
  const pushed = await git2.push(remote, refspecs, { atomic: true });
  if (pushed.code !== 0) {
    const why = refusal(`${pushed.stdout}
${pushed.stderr}`);
    if (/non-fast-forward|fetch first|stale info/.test(why)) {
      throw new UserError(`git push ${remote}: ${branch} moved on since the release started (${why}); nothing was pushed (--atomic): run the release again (it finishes what is missing), or push the release commit to a branch of its own (release-branch)`);
    }
    throw new UserError(`git push ${remote} failed, nothing was pushed (--atomic): ${why}`);
  }
  const after = await git2.lsRemote(remote, [`refs/heads/${branch}`, `refs/tags/${trigger.tag}`, ...major ? [`refs/tags/${major}`] : []]);
  if (!branchHasCommit && after.heads.get(branch) !== commit) throw new UserError(`git push ${remote} reported success, but ${branch} there is at ${after.heads.get(branch)?.slice(0, 12) ?? "nothing"}, not at the release commit`);
  if (after.tags.get(trigger.tag)?.commit !== trigger.commit) throw new UserError(`git push ${remote} reported success, but the tag ${trigger.tag} there is not at ${trigger.commit.slice(0, 12)} any more`);
  if (major && after.tags.get(major)?.commit !== commit) throw new UserError(`git push ${remote} reported success, but ${major} there is not at the release commit`);
  if (!trigger.holdsVersion && git2.headCommit() === trigger.commit) {
    await git2.run("git update-ref HEAD", ["update-ref", "--no-deref", "-m", "dot-ai-release: release commit", "HEAD", commit, trigger.commit]);
    await git2.run("git reset", ["reset", "--quiet"]);
  }
  reporter.info(`pushed ${refspecs.map((r) => r.replace(/^\+/, "").split(":")[1]).join(", ")} to ${remote}: ${branchHasCommit ? "" : `${branch} is at the release commit ${commit.slice(0, 12)}; `}the tag ${trigger.tag} stays at ${trigger.commit.slice(0, 12)}`);
  return void 0;
}

// src/release/leftovers.ts
import { readFileSync as readFileSync3, rmSync as rmSync2, writeFileSync } from "node:fs";
import path2 from "node:path";
var NOTE = "release-in-progress.json";
function notePath(root) {
  return path2.join(repositoryStateDir(root), NOTE);
}
function noteRelease(root, note) {
  const file = notePath(root);
  writeFileSync(file, `${JSON.stringify(note)}
`, { mode: 384 });
  return file;
}
function readNote(root) {
  try {
    const parsed = JSON.parse(readFileSync3(notePath(root), "utf8"));
    if (typeof parsed.head !== "string" || typeof parsed.tag !== "string" || !Array.isArray(parsed.files)) return void 0;
    return { head: parsed.head, tag: parsed.tag, files: parsed.files.filter((f) => typeof f === "string"), ...typeof parsed.releaseCommit === "string" ? { releaseCommit: parsed.releaseCommit } : {} };
  } catch {
    return void 0;
  }
}
function forgetNote(root) {
  rmSync2(notePath(root), { force: true });
}
function statusPaths(lines) {
  return lines.map((l) => l.slice(3));
}
function restoreAtEnd(cleanup, root, head, files, note) {
  cleanup.add({ kind: "work-tree", root, head, files, ...note ? { record: note } : {} });
}
async function holdsCommit(git2, commit, files) {
  for (const file of files) {
    const inCommit = await git2.try(["rev-parse", "--verify", "--quiet", `${commit}:${file}`]);
    const inTree = await git2.try(["hash-object", "--", file]);
    if (inCommit.code !== 0 || inTree.code !== 0) {
      if (inCommit.code !== inTree.code) return false;
      continue;
    }
    if (inCommit.stdout.trim() !== inTree.stdout.trim()) return false;
  }
  return true;
}
async function putBackLeftovers(git2, root, head, changes, reporter) {
  const note = readNote(root);
  if (!note || note.head !== head) return { restored: false };
  const changed = statusPaths(changes);
  const ours = note.releaseCommit !== void 0 && changed.every((f) => note.files.includes(f)) && await holdsCommit(git2, note.releaseCommit, changed);
  if (!ours) {
    const tracked2 = [];
    const untracked = [];
    for (const line of changes) (line.startsWith("??") ? untracked : tracked2).push(line.slice(3));
    const how = [tracked2.length && `git checkout HEAD -- ${tracked2.join(" ")}`, untracked.length && `rm -- ${untracked.join(" ")}`].filter(Boolean).join("; ");
    return { restored: false, why: `a release of ${note.tag} stopped here before it finished; if these are its edits, put them back (${how}) and run again` };
  }
  const tracked = [];
  for (const file of changed) {
    if ((await git2.try(["cat-file", "-e", `${head}:${file}`])).code === 0) tracked.push(file);
    else rmSync2(path2.join(root, file), { force: true });
  }
  if (tracked.length) await git2.run("git checkout", ["checkout", head, "--", ...tracked]);
  forgetNote(root);
  reporter.info(`put back the version edits a stopped release of ${note.tag} left in ${changed.length} files (they held its release commit ${note.releaseCommit?.slice(0, 12)}); the release starts over from them`);
  return { restored: true };
}

// src/release/npm-inputs.ts
import { existsSync as existsSync3, statSync as statSync2 } from "node:fs";
import path5 from "node:path";

// src/npm/job.ts
import path4 from "node:path";

// src/tools/npm.ts
function npmBinary(env = process.env) {
  return env.NPM_BIN || "npm";
}
var NpmError = class extends ToolError {
  constructor(message, bin, result, npmCode, summary) {
    super(message, bin, result.code, result.stdout, result.stderr, result.timedOut);
    this.npmCode = npmCode;
    this.summary = summary;
  }
  npmCode;
  summary;
  name = "NpmError";
};
function npmErrorLines(stderr) {
  return stderr.split("\n").map((l) => /^npm (?:error|ERR!)\s?(.*)$/.exec(l.trimEnd())?.[1]?.trim()).filter((l) => !!l && !/^A complete log of this run can be found in/.test(l) && !/^Log files were not written/.test(l));
}
function npmErrorCode(result) {
  for (const line of npmErrorLines(result.stderr)) {
    const code = /^code (\S+)$/.exec(line)?.[1];
    if (code) return code;
  }
  return /"code"\s*:\s*"([A-Z0-9_]+)"/.exec(result.stdout)?.[1];
}
function credentialKey(key2) {
  if (key2 === "NODE_AUTH_TOKEN" || key2.toUpperCase() === "INPUT_NPM-TOKEN") return true;
  const lower = key2.toLowerCase();
  if (!lower.startsWith("npm_config_")) return false;
  const setting = lower.slice("npm_config_".length);
  return setting.startsWith("//") || setting.startsWith("_") || setting.includes("token") || setting.includes("_auth");
}
function registryKey(key2) {
  const lower = key2.toLowerCase();
  if (!lower.startsWith("npm_config_")) return false;
  const setting = lower.slice("npm_config_".length);
  return setting === "userconfig" || setting === "registry" || setting.endsWith(":registry");
}
var QUIET = {
  npm_config_update_notifier: "false",
  npm_config_fund: "false",
  npm_config_audit: "false",
  npm_config_logs_max: "0",
  npm_config_progress: "false"
};
function registryEnv(session, base = process.env) {
  const env = {};
  for (const [key2, value] of Object.entries(base)) if (!credentialKey(key2) && !registryKey(key2)) env[key2] = value;
  return { ...env, ...QUIET, npm_config_userconfig: session.userconfig, ...session.token ? { NODE_AUTH_TOKEN: session.token } : {} };
}
function packEnv(base = process.env) {
  const env = {};
  for (const [key2, value] of Object.entries(base)) if (!credentialKey(key2)) env[key2] = value;
  return { ...env, ...QUIET };
}
function registryArgs(session) {
  return ["--registry", session.registry, ...session.scope ? [`--${session.scope}:registry=${session.registry}`] : []];
}
var Npm = class {
  constructor(bin = npmBinary()) {
    this.bin = bin;
  }
  bin;
  /** `npm --version`, or undefined when npm cannot be run. */
  async version() {
    try {
      const result = await exec(this.bin, ["--version"], { timeoutMs: 3e4, env: packEnv() });
      return result.code === 0 ? result.stdout.trim() : void 0;
    } catch {
      return void 0;
    }
  }
  /**
   * `npm pack --json` of `packageDir` into `destination` (the package's prepack/prepare/postpack
   * scripts run, as with npm's own publish). Resolves to npm's report (undefined when its JSON could
   * not be told apart from what the scripts printed); the caller finds the tarball in `destination`.
   */
  async pack(packageDir, destination, options = {}) {
    const args = ["pack", "--json", "--pack-destination", destination];
    const result = await this.checked(`npm pack (in ${packageDir})`, args, { cwd: packageDir, env: packEnv(), timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, signal: options.signal });
    return parsePackReport(result.stdout);
  }
  /** `npm whoami`: the user the registry knows the token as. */
  async whoami(session) {
    const result = await this.registry(session, "npm whoami", ["whoami"], 6e4);
    return result.stdout.trim().split("\n").at(-1)?.trim() ?? "";
  }
  /** `npm access list collaborators NAME --json`: user -> read-only | read-write. */
  async collaborators(session, name) {
    const result = await this.registry(session, `npm access list collaborators ${name}`, ["access", "list", "collaborators", name, "--json"], 6e4);
    const parsed = JSON.parse(result.stdout.trim() || "{}");
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new NpmError(`npm access list collaborators ${name}: not a JSON map`, this.bin, { code: 0, stdout: "", stderr: "" }, void 0, "");
    return Object.fromEntries(Object.entries(parsed).map(([user, access]) => [user, String(access)]));
  }
  /** `npm publish TARBALL --tag TAG` (the tarball made by pack: npm runs no script of the package here). */
  async publish(session, tarball, options) {
    const args = ["publish", tarball, "--tag", options.tag, ...options.access ? ["--access", options.access] : [], ...options.provenance ? ["--provenance"] : []];
    await this.registry(session, `npm publish ${tarball.split("/").at(-1)}`, args, 10 * 6e4);
  }
  /** `npm dist-tag add NAME@VERSION TAG`. */
  async distTagAdd(session, name, version2, tag) {
    await this.registry(session, `npm dist-tag add ${name}@${version2} ${tag}`, ["dist-tag", "add", `${name}@${version2}`, tag], 12e4);
  }
  registry(session, what, args, timeoutMs) {
    return this.checked(what, [...args, ...registryArgs(session), "--prefix", session.dir], { cwd: session.dir, env: registryEnv(session), timeoutMs, secrets: session.token ? [session.token] : [] });
  }
  /** Runs npm; a non-zero exit (or a deadline passed) is an NpmError naming npm's code and its error lines. */
  async checked(what, args, options) {
    const result = await exec(this.bin, args, options);
    if (result.code === 0 && !result.timedOut && !result.aborted) return result;
    const code = npmErrorCode(result);
    const lines = npmErrorLines(result.stderr).filter((l) => !/^code \S+$/.test(l));
    const summary = scrub((lines.join(" | ") || lastLines(result)).slice(0, 600), options.secrets);
    const why = result.timedOut ? `did not finish within ${Math.round((options.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1e3)} s` : result.aborted ? "was stopped" : `failed (${code ?? `exit ${result.code}`})`;
    throw new NpmError(`${what} ${why}: ${summary}`, this.bin, { ...result, stdout: scrub(result.stdout, options.secrets), stderr: scrub(result.stderr, options.secrets) }, code, summary);
  }
};
function parsePackReport(stdout) {
  const lines = stdout.split("\n");
  for (let i = lines.length - 1; i >= 0; i--) {
    if (!lines[i].startsWith("[")) continue;
    try {
      const parsed = JSON.parse(lines.slice(i).join("\n"));
      const first = Array.isArray(parsed) ? parsed[0] : void 0;
      if (first && typeof first.filename === "string" && typeof first.integrity === "string") return first;
    } catch {
    }
  }
  return void 0;
}

// src/npm/temp.ts
import { existsSync as existsSync2, mkdtempSync as mkdtempSync2, realpathSync } from "node:fs";
import { tmpdir as tmpdir2 } from "node:os";
import path3 from "node:path";
function isInsideTree(candidate, root) {
  const real = (p) => {
    let existing = path3.resolve(p);
    const rest = [];
    while (!existsSync2(existing) && path3.dirname(existing) !== existing) {
      rest.unshift(path3.basename(existing));
      existing = path3.dirname(existing);
    }
    return path3.join(realpathSync.native(existing), ...rest);
  };
  const rel = path3.relative(real(root), real(candidate));
  return rel === "" || !rel.startsWith(`..${path3.sep}`) && rel !== ".." && !path3.isAbsolute(rel);
}
function temporaryDir(root, prefix, env = process.env) {
  const base = env.RUNNER_TEMP || tmpdir2();
  if (isInsideTree(base, root)) throw new UserError(`the temporary directory ${base} is inside the repository; set TMPDIR (or RUNNER_TEMP) to a directory outside it: npm's tarball and credentials must not land in the work tree`);
  return mkdtempSync2(path3.join(base, prefix));
}

// src/npm/job.ts
var DEFAULT_REGISTRY = "https://registry.npmjs.org/";
var PACKAGE_NAME = /^(?:@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/;
function packageNameProblem(name) {
  if (typeof name !== "string" || name === "") return "is missing (npm needs a name to publish)";
  if (name.length > 214) return `${quote(name)} is longer than 214 characters`;
  if (!PACKAGE_NAME.test(name)) return `${quote(name)} is not a valid npm package name (lowercase letters, digits, - . _ ~, an optional @scope/)`;
  return void 0;
}
function scopeOf(name) {
  return name.startsWith("@") ? name.slice(0, name.indexOf("/")) : void 0;
}
function isLoopback(hostname) {
  return hostname === "localhost" || /^127\.\d+\.\d+\.\d+$/.test(hostname) || hostname === "[::1]";
}
function normalizeRegistry(value, what) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new UserError(`${what}: ${quote(value)} is not a URL (expected e.g. ${DEFAULT_REGISTRY})`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new UserError(`${what}: ${quote(url.protocol)} is not http(s) (expected e.g. ${DEFAULT_REGISTRY})`);
  if (url.username || url.password) throw new UserError(`${what}: the URL holds credentials; give the token in NODE_AUTH_TOKEN instead (it never goes in a URL)`);
  if (url.search || url.hash) throw new UserError(`${what}: ${quote(`${url.origin}${url.pathname}`)} must have no query or fragment`);
  if (url.protocol === "http:" && !isLoopback(url.hostname)) throw new UserError(`${what}: http://${url.host} would carry the token unencrypted; use https://`);
  return `${url.protocol}//${url.host}${url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`}`;
}
function resolveRegistry(sources, names) {
  if (sources.input !== void 0) return { registry: normalizeRegistry(sources.input, names.input), source: "input" };
  if (sources.publishConfig !== void 0) return { registry: normalizeRegistry(sources.publishConfig, names.publishConfig), source: "publishConfig" };
  if (sources.config !== void 0) return { registry: normalizeRegistry(sources.config, names.config), source: "config" };
  return { registry: DEFAULT_REGISTRY, source: "default" };
}
function repositoryUrl(value) {
  const raw = typeof value === "string" ? value : typeof value === "object" && value !== null ? value.url : void 0;
  return typeof raw === "string" && raw !== "" ? raw : void 0;
}
function readPackageJson(root, packageDir) {
  const file = repoRelative(root, path4.join(packageDir, "package.json")) || "package.json";
  const text = readRepoText(root, file);
  parseJson(text, file);
  return { file, json: JSON.parse(text.replace(/^\uFEFF/, "")) };
}
function parseNpmJob(root, settings, values, env = process.env) {
  const names = { packageDir: values.names?.packageDir ?? "input npm-package", registry: values.names?.registry ?? "input npm-registry", version: values.names?.version ?? "input version" };
  const configured = values.packageDir ?? settings?.package ?? ".";
  const what = values.packageDir !== void 0 ? names.packageDir : "dot-ai-release.yaml: npm.package";
  const packageDir = path4.resolve(resolveInRepo(root, configured, what));
  assertInsideRepo(root, packageDir, what);
  const { file, json } = readPackageJson(root, packageDir);
  const nameProblem = packageNameProblem(json.name);
  if (nameProblem) throw new UserError(`${file}: name ${nameProblem}`);
  const name = json.name;
  if (json.private === true) throw new UserError(`${file}: "private": true: npm refuses to publish it; remove it, or turn npm publishing off (npm: false in dot-ai-release.yaml)`);
  let version2;
  if (values.version !== void 0) version2 = parseReleaseVersion(values.version, names.version);
  else if (typeof json.version === "string") version2 = parseReleaseVersion(json.version, `${file}: version`);
  else throw new UserError(`${file}: version is missing`);
  const publishConfig = json.publishConfig;
  if (publishConfig !== void 0 && (typeof publishConfig !== "object" || publishConfig === null || Array.isArray(publishConfig))) throw new UserError(`${file}: publishConfig: expected a map`);
  const publishRegistry = publishConfig?.registry;
  if (publishRegistry !== void 0 && typeof publishRegistry !== "string") throw new UserError(`${file}: publishConfig.registry: expected a URL string`);
  const { registry, source } = resolveRegistry(
    { input: values.registry, publishConfig: publishRegistry, config: settings?.registry },
    { input: names.registry, publishConfig: `${file}: publishConfig.registry`, config: "dot-ai-release.yaml: npm.registry" }
  );
  const token = values.token ?? env.NODE_AUTH_TOKEN;
  const tokenName = values.token !== void 0 && values.names?.token ? values.names.token : "NODE_AUTH_TOKEN";
  if (token !== void 0 && token !== "" && /\s/.test(token)) throw new UserError(`${tokenName}: the npm token holds whitespace (a pasted line break?); give the token alone`);
  const provenance = values.provenance ?? settings?.provenance ?? (env.GITHUB_ACTIONS === "true" && registry === DEFAULT_REGISTRY);
  const tarballDir = values.tarballDir === void 0 ? void 0 : path4.resolve(values.tarballDir);
  if (tarballDir && isInsideTree(tarballDir, root)) throw new UserError(`npm tarball directory ${tarballDir} is inside the repository: the tarball must not land in the work tree; give a directory outside it`);
  return {
    root,
    packageDir,
    name,
    version: version2,
    registry,
    registrySource: source,
    ...values.access ?? settings?.access ? { access: values.access ?? settings?.access } : {},
    provenance,
    ...token ? { token } : {},
    tokenName,
    ...values.names?.token ? { tokenInput: values.names.token } : {},
    dryRun: values.dryRun ?? false,
    ...tarballDir ? { tarballDir } : {},
    ...repositoryUrl(json.repository) ? { repositoryUrl: repositoryUrl(json.repository) } : {},
    ...typeof publishConfig?.access === "string" ? { publishConfigAccess: publishConfig.access } : {},
    env,
    npm: values.npm ?? new Npm()
  };
}

// src/release/npm-inputs.ts
function provenanceInput(options) {
  const value = options["npm-provenance"];
  return value === void 0 || value === "" ? void 0 : booleanOption(options, "npm-provenance");
}
function notPublishable(config) {
  const first = config.packageJsons[0];
  if (!first) return "no package.json is versioned (packageJson: false)";
  const { json } = readPackageJson(config.root, path5.join(config.root, path5.dirname(first.file)));
  if (json.private === true) return `${first.file} is "private": true`;
  return void 0;
}
function parseJob(options, config, release, reporter) {
  const input = stringOption(options, "npm");
  if (input !== void 0 && !/^(true|false|none|off)$/i.test(input)) throw new UserError(`input npm: ${quote(input)} is not true or false (empty: when package.json is publishable)`);
  if (input !== void 0 && !/^true$/i.test(input)) return { off: `input npm: ${input}` };
  if (input === void 0 && config.npm === false) return { off: `npm: false in ${CONFIG_FILE}` };
  const settings = config.npm || void 0;
  if (input === void 0 && !settings) {
    const why = notPublishable(config);
    if (why) return { off: why };
  }
  const token = stringOption(options, "npm-token");
  if (token) reporter.secret(token);
  const first = config.packageJsons[0];
  const job = parseNpmJob(config.root, settings, {
    // The package is the versioned package.json's unless npm.package says otherwise.
    ...settings?.package === void 0 && first ? { packageDir: path5.dirname(first.file) } : {},
    registry: stringOption(options, "npm-registry"),
    provenance: provenanceInput(options),
    token,
    version: release.version,
    dryRun: release.dryRun,
    names: { packageDir: `${CONFIG_FILE}: packageJson`, registry: "input npm-registry", version: "input set", token: "input npm-token" }
  });
  if (job.token) reporter.secret(job.token);
  const file = repoRelative(config.root, path5.join(job.packageDir, "package.json")) || "package.json";
  if (!config.packageJsons.some((p) => p.file === file)) {
    throw new UserError(`${CONFIG_FILE}: npm.package: ${file} is not a package.json the release versions (packageJson: ${config.packageJsons.map((p) => p.file).join(", ") || "false"}); its tarball would not carry ${release.version}`);
  }
  return { job };
}
function parseReleaseNpm(options, config, release, reporter) {
  const parsed = parseJob(options, config, release, reporter);
  const candidate = stringOption(options, "candidate-npm");
  if (release.phase !== "publish") {
    if (candidate) throw new UserError("input candidate-npm: only with phase publish");
    return parsed;
  }
  if (!parsed.job) {
    if (candidate) throw new UserError(`input candidate-npm: this release publishes no npm package (${parsed.off ?? "npm off"})`);
    return parsed;
  }
  if (!candidate) throw new UserError("input candidate-npm: required with phase publish (the candidate job's npm-tarball output)");
  const file = path5.resolve(config.root, candidate);
  if (!file.endsWith(".tgz") || !existsSync3(file) || !statSync2(file).isFile()) throw new UserError(`input candidate-npm: ${candidate} is not an npm tarball (.tgz)`);
  return { ...parsed, handedTarball: file };
}

// src/release/types.ts
var PHASES = ["all", "candidate", "publish"];
var GITHUB_MODES = ["create", "print", "skip"];

// src/release/inputs.ts
function releaseCommitSubject(tag) {
  return `release ${tag}`;
}
var BOT_IDENTITY = { name: "github-actions[bot]", email: "41898282+github-actions[bot]@users.noreply.github.com" };
var TAG_PREFIX = /^[A-Za-z0-9._-]{0,20}$/;
var quiet = { info: () => void 0, warning: () => void 0, error: () => void 0, debug: () => void 0, group: (_name, fn) => fn(), secret: () => void 0 };
function oneOf(options, name, choices) {
  const value = stringOption(options, name) ?? "";
  if (!choices.includes(value)) throw new UserError(`input ${name}: ${quote(value)} is not one of ${choices.join(", ")}`);
  return value;
}
function isOff(value) {
  return value !== void 0 && /^(false|none|off)$/i.test(value);
}
function exactly(config, version2, chart2) {
  return { config: { ...config, notices: [] }, request: { set: version2 }, ...config.chart?.versioning === "independent" ? { chartVersion: chart2 } : {}, allowDowngrade: true, dryRun: false };
}
async function tagReleaseVersion(options, config, tagPrefix, git2, pushed) {
  const version2 = tagVersion(pushed.tag, tagPrefix, pushed.source);
  const { commit, atReleaseCommit } = await tagCommit(git2, pushed.tag, pushed.source, releaseCommitSubject(pushed.tag));
  const current = expectedVersions(config);
  refuseDowngrade(version2, current.app, pushed.source, booleanOption(options, "allow-downgrade"));
  const request2 = { set: version2 };
  const planned = await applyVersion({ config, request: request2, chartVersion: parseChartVersion(options, config, request2), allowDowngrade: true, dryRun: true }, quiet);
  const holdsVersion = !atReleaseCommit && planned.changedFiles.length === 0;
  return {
    version: version2,
    previous: current.app,
    chart: planned.versions.chart,
    versionJob: exactly(config, version2, planned.versions.chart),
    headIsReleaseCommit: atReleaseCommit,
    trigger: { kind: "tag", tag: pushed.tag, source: pushed.source, commit, holdsVersion },
    discovered: planned.discoveredImages
  };
}
async function releaseVersion(options, config, tagPrefix, git2, reporter) {
  const current = expectedVersions(config);
  const head = git2.headCommit();
  const subject = head ? (await git2.commitInfo("HEAD")).subject : void 0;
  const setInput = stringOption(options, "set");
  if (subject === releaseCommitSubject(`${tagPrefix}${current.app}`)) {
    const bumpInput = stringOption(options, "bump");
    if (bumpInput) {
      reporter.warning(`input bump: HEAD is the release commit of ${tagPrefix}${current.app} (${head?.slice(0, 12)}), so this run finishes that release and releases nothing new; to release the next version, commit on top of it, or pass input set with that version`);
    }
    if (!setInput || setInput.replace(/^v/, "") === current.app) {
      const scan = await applyVersion({ ...exactly(config, current.app, current.chart), dryRun: true }, quiet);
      return { version: current.app, previous: current.app, chart: current.chart, versionJob: exactly(config, current.app, current.chart), headIsReleaseCommit: true, trigger: { kind: "dispatch" }, discovered: scan.discoveredImages };
    }
  }
  const request2 = parseVersionRequest(options);
  const asked = { config, request: request2, chartVersion: parseChartVersion(options, config, request2), allowDowngrade: booleanOption(options, "allow-downgrade"), dryRun: true };
  const planned = await applyVersion(asked, quiet);
  return { version: planned.versions.app, previous: current.app, chart: planned.versions.chart, versionJob: exactly(config, planned.versions.app, planned.versions.chart), headIsReleaseCommit: false, trigger: { kind: "dispatch" }, discovered: planned.discoveredImages };
}
var SMOKE_INPUTS = {
  methods: "smoke-methods",
  provider: "smoke-provider",
  parallel: "smoke-parallel",
  timeout: "smoke-timeout",
  "image-map": "smoke-image-map",
  "qdrant-image": "smoke-qdrant-image",
  "probe-image": "smoke-probe-image"
};
function forwarded(names, chartOnly, parse3) {
  try {
    return parse3();
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    const renamed = err.problems.map((problem) => {
      const match = /^input ([a-z-]+)(?=:)/.exec(problem);
      const name = match?.[1] && names[match[1]];
      const named = name ? `input ${name}${problem.slice(match[0].length)}` : problem;
      return chartOnly && name === "smoke-methods" ? `${named}; a chart released without its image may pass input smoke-methods none` : named;
    });
    throw new UserError(renamed, { cause: err });
  }
}
function given(raw, name) {
  return stringOption(raw, name) !== void 0;
}
function checkBuildPath(root, relative, kind, what) {
  const absolute = path6.join(root, relative);
  const ok = existsSync4(absolute) && (kind === "directory" ? statSync3(absolute).isDirectory() : statSync3(absolute).isFile());
  if (!ok) throw new UserError(`${what}: ${relative} ${kind === "directory" ? "is not a directory" : "not found"}`);
}
function imageOptions(options, raw, config, image2) {
  const build = image2?.build ?? {};
  if (build.context && !given(raw, "context")) checkBuildPath(config.root, build.context, "directory", `${image2?.origin}.context`);
  if (build.dockerfile && !given(raw, "dockerfile")) checkBuildPath(config.root, build.dockerfile, "file", `${image2?.origin}.dockerfile`);
  const args = new Map(build.buildArgs ?? []);
  for (const [name, value] of parseBuildArgs(stringOption(raw, "build-args"))) args.set(name, value);
  return {
    ...options,
    context: given(raw, "context") ? options.context : build.context ?? options.context,
    dockerfile: given(raw, "dockerfile") ? options.dockerfile : build.dockerfile,
    platforms: given(raw, "platforms") ? options.platforms : build.platforms?.join(",") ?? options.platforms,
    "build-args": args.size ? [...args].map(([name, value]) => `${name}=${value}`).join("\n") : void 0
  };
}
function layoutFolder(name) {
  return name.slice(name.lastIndexOf("/") + 1);
}
async function parseImages(options, raw, config, version2, credentials, reporter, host) {
  const input = stringOption(options, "image");
  if (isOff(input)) return [];
  const layout = input?.startsWith("oci-layout://") ? input.slice("oci-layout://".length) : void 0;
  if (layout === "") throw new UserError(`input image: ${quote(input ?? "")} has no path`);
  let selected;
  if (input && layout === void 0) {
    selected = [config.images.find((img) => img.name === input) ?? { name: input, origin: "input image", explicit: true }];
  } else if (layout !== void 0) {
    const fallback = `localhost/${path6.basename(config.root).toLowerCase().replace(/[^a-z0-9._-]/g, "-")}`;
    selected = given(raw, "images") ? config.images : [config.images[0] ?? { name: fallback, origin: "input image", explicit: true }];
  } else {
    if (config.images.length === 0 && config.noDefaultImage) {
      throw new UserError(`input image: ${config.noDefaultImage}: name the images under images: in ${config.configFile ?? "dot-ai-release.yaml"} (or pass input image), or input image false for a release without one`);
    }
    selected = config.images;
  }
  if (selected.length > 1) {
    for (const name of ["context", "dockerfile"]) {
      if (given(raw, name)) throw new UserError(`input ${name}: this release builds ${selected.length} images (${selected.map((i) => i.name).join(", ")}): set each one's ${name} under images: in ${config.configFile ?? "dot-ai-release.yaml"}, or release one with image`);
    }
  }
  const images = [];
  for (const image2 of selected) {
    const perImage = imageOptions(options, raw, config, image2);
    const server = image2 === config.images[0] || !config.images.includes(image2);
    if (layout !== void 0) {
      const job2 = await parseInputs2(perImage, reporter, { config, image: image2.name, version: version2, output: "push", verify: true, credentials: null, host });
      refuseDockerBuilder(job2.requestedBuilder);
      if (job2.requestedBuilder === "buildx") throw new UserError("input builder: an OCI image layout destination needs buildah (buildx pushes to a registry)");
      const dir = path6.resolve(config.root, selected.length > 1 ? path6.join(layout, layoutFolder(image2.name)) : layout);
      images.push({ job: job2, destination: { kind: "layout", dir }, origin: image2.origin, server, ...image2.build?.preBuild ? { preBuild: image2.build.preBuild } : {} });
      continue;
    }
    const job = await parseInputs2(perImage, reporter, { config, image: image2.name, version: version2, output: "push", verify: true, host, ...credentials ? { credentials } : {} });
    refuseDockerBuilder(job.requestedBuilder);
    images.push({ job, destination: { kind: "registry" }, origin: image2.origin, server, ...image2.build?.preBuild ? { preBuild: image2.build.preBuild } : {} });
  }
  const names = images.map((i) => i.job.image);
  const twice = names.find((name, i) => names.indexOf(name) !== i);
  if (twice) throw new UserError(`input images: ${twice} is released twice`);
  return images;
}
function parseGitHub(options, config, dryRun, reporter) {
  const mode = oneOf(options, "github-release", GITHUB_MODES);
  const [envOwner, envRepo] = (process.env.GITHUB_REPOSITORY ?? "").split("/");
  const repository = stringOption(options, "repository");
  let owner = envOwner ?? "";
  let repo = envRepo ?? "";
  if (repository) {
    const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository);
    if (!match?.[1] || !match[2]) throw new UserError(`input repository: ${quote(repository)} is not OWNER/REPO`);
    [owner, repo] = [match[1], match[2]];
  } else if (!owner || !repo) {
    owner = config.repository?.owner ?? "";
    repo = config.repository?.repo ?? "";
  }
  const token = stringOption(options, "github-token") ?? process.env.GITHUB_TOKEN;
  if (token) reporter.secret(token);
  if (mode === "create") {
    if (!owner || !repo) throw new UserError("input repository: the GitHub repository to release in is unknown (no GITHUB_REPOSITORY, no github.com remote); pass OWNER/REPO, or github-release: print");
    if (!token && !dryRun) throw new UserError("input github-token: required to create the GitHub release (on Actions the job's GITHUB_TOKEN is the default); or github-release: print / skip");
  }
  const notes = parseNotesSources(options, config);
  const apiInput = stringOption(options, "github-api-url");
  const apiUrl = parseApiUrl(apiInput ?? process.env.GITHUB_API_URL ?? "https://api.github.com", apiInput ? "input github-api-url" : "GITHUB_API_URL");
  return { mode, owner, repo, token, apiUrl, notes };
}
function buildCommandHook(command) {
  return { origin: "input build-command", argv: command.split(/\s+/).filter(Boolean), timeoutMs: 20 * 6e4, env: {} };
}
function parseNotesSources(options, config) {
  const input = stringOption(options, "release-notes");
  const configurationFile = stringOption(options, "release-notes-config");
  const changelogFile = config.notes?.file ?? defaultChangelog(config.root);
  const source = (part) => part === "generated" ? { kind: "generated", ...configurationFile ? { configurationFile } : {} } : { kind: "changelog", file: changelogFile };
  if (input === void 0) return (config.notes?.from ?? ["generated"]).map(source);
  if (input === "none") return [];
  const parts = input.split(/[,\n]/).map((p) => p.trim()).filter(Boolean);
  if (parts.every((p) => p === "generated" || p === "changelog")) {
    if (new Set(parts).size !== parts.length) throw new UserError(`input release-notes: ${quote(input)} names a source twice`);
    return parts.map((p) => source(p));
  }
  if (parts.length > 1) throw new UserError(`input release-notes: ${quote(input)}: a list may hold generated and changelog only (or give one Markdown file)`);
  const file = resolveInRepo(config.root, input, "input release-notes");
  if (!existsSync4(file) || !statSync3(file).isFile()) throw new UserError(`input release-notes: ${input} is not a file (or generated, changelog, none)`);
  return [{ kind: "file", path: input, text: readRepoText(config.root, input, "input release-notes") }];
}
function parseDispatchRequests(options, config, github, dryRun, reporter) {
  const shared = stringOption(options, "dispatch-token");
  if (shared) reporter.secret(shared);
  const sending = github.mode === "create" && !dryRun;
  const targets = config.dispatch.map((target) => {
    const own = target.owner.toLowerCase() === github.owner.toLowerCase() && target.repo.toLowerCase() === github.repo.toLowerCase();
    const token = target.tokenEnv ? process.env[target.tokenEnv] || void 0 : shared ?? (own ? github.token : void 0);
    if (token) reporter.secret(token);
    if (!token && sending) {
      if (target.tokenEnv) throw new UserError(`${target.origin}.tokenEnv: ${target.tokenEnv} is not set; it holds the token that sends ${target.event} to ${target.owner}/${target.repo}`);
      throw new UserError(`input dispatch-token: required to send ${target.event} to ${target.owner}/${target.repo} (${target.origin}): the job's GITHUB_TOKEN reaches only the repository the job runs in; pass a token that can (e.g. \${{ secrets.DISPATCH_TOKEN }}), or name a variable in tokenEnv`);
    }
    return { ...target, ...token ? { token } : {} };
  });
  return { targets, redispatch: booleanOption(options, "redispatch") };
}
function parseCandidateImages(value, images) {
  if (images.length === 0) throw new UserError("input candidate-image: this release has no image");
  const digests = /* @__PURE__ */ new Map();
  for (const entry of value.split(/[,\n]/).map((e) => e.trim()).filter(Boolean)) {
    let reference;
    try {
      reference = normalizeReference(entry).reference;
    } catch (err) {
      throw new UserError(`input candidate-image: ${err.message}`);
    }
    if (!reference.digest || reference.tag) throw new UserError(`input candidate-image: ${quote(entry)} must be NAME@sha256:DIGEST (the candidate job's image-ref output)`);
    const name = `${reference.registry}/${reference.repository}`;
    if (!images.some((i) => i.job.image === name)) throw new UserError(`input candidate-image: ${name} is not an image released here (${images.map((i) => i.job.image).join(", ")})`);
    if (digests.has(name)) throw new UserError(`input candidate-image: ${name} is given twice`);
    digests.set(name, reference.digest);
  }
  const missing = images.filter((i) => !digests.has(i.job.image)).map((i) => i.job.image);
  if (missing.length) throw new UserError(`input candidate-image: no candidate of ${missing.join(", ")} (give NAME@DIGEST of every image, the candidate job's images output)`);
  return digests;
}
function candidatePackage(root, input) {
  const file = path6.resolve(root, input);
  if (!file.endsWith(".tgz") || !existsSync4(file) || !statSync3(file).isFile()) throw new UserError(`input candidate-chart: ${input} is not a chart package (.tgz)`);
  return file;
}
async function notesOnlyInputs(options, config, base, reporter) {
  const { root, phase, dryRun, tagPrefix, git: git2, pushed } = base;
  if (stringOption(options, "bump")) throw new UserError("input notes-only: changes the notes of a release that exists: give its version (set, or the pushed tag), not bump");
  if (phase !== "all") throw new UserError(`input notes-only: only with phase all, not ${phase}`);
  const setInput = stringOption(options, "set");
  let version2;
  if (pushed) version2 = tagVersion(pushed.tag, tagPrefix, pushed.source);
  else if (setInput) version2 = parseReleaseVersion(setInput, "input set");
  else throw new UserError("input notes-only: give the version whose notes to update (set 1.2.3, or the pushed tag)");
  const github = parseGitHub(options, config, dryRun, reporter);
  if (github.mode === "skip") throw new UserError("input notes-only: updates the notes of the GitHub release, and github-release is skip: nothing would be done (create, or print)");
  return {
    root,
    version: version2,
    previousVersion: version2,
    tagPrefix,
    tag: `${tagPrefix}${version2}`,
    prerelease: import_semver4.default.prerelease(version2) !== null,
    versionJob: exactly(config, version2, version2),
    headIsReleaseCommit: false,
    trigger: { kind: "dispatch" },
    phase,
    dryRun,
    notesOnly: true,
    images: [],
    handed: { images: /* @__PURE__ */ new Map() },
    git: { remote: stringOption(options, "git-remote") ?? "origin", branch: await git2.currentBranch() ?? "HEAD", movingMajorTag: false, identity: BOT_IDENTITY },
    github,
    hooks: { afterVersion: [] },
    dispatch: { targets: [], redispatch: false }
  };
}
async function parseReleaseInputs(raw, reporter, host = localHost()) {
  const chartOff = isOff(stringOption(raw, "chart"));
  const options = withDefaults("release", chartOff ? { ...raw, chart: void 0 } : raw);
  const root = repositoryRoot(options);
  const config = loadConfig(root, configOverrides(options));
  for (const notice of config.notices) reporter.warning(notice);
  const phase = oneOf(options, "phase", PHASES);
  const dryRun = booleanOption(options, "dry-run");
  const tagPrefix = stringOption(options, "tag-prefix") ?? "";
  if (!TAG_PREFIX.test(tagPrefix)) throw new UserError(`input tag-prefix: ${quote(tagPrefix)} may hold letters, digits, . _ - only`);
  const git2 = new Git(root);
  const head = git2.headCommit();
  if (!head) throw new UserError(`input working-directory: ${root} is not a git checkout with a commit (the release commits and tags there)`);
  const pushed = pushedTag(options, process.env);
  if (booleanOption(options, "notes-only")) return notesOnlyInputs(options, config, { root, phase, dryRun, tagPrefix, git: git2, pushed }, reporter);
  const branch = pushed ? releaseBranch(options, process.env) : await git2.currentBranch();
  if (!branch) throw new UserError("the checkout is on a detached HEAD: check out the branch to release (actions/checkout does for a workflow_dispatch run), or release a pushed tag (from-tag)");
  const changes = await git2.changes(true);
  if (changes.length) await putBackLeftovers(git2, root, head, changes, reporter);
  const planned = pushed ? await tagReleaseVersion(options, config, tagPrefix, git2, pushed) : await releaseVersion(options, config, tagPrefix, git2, reporter);
  const { version: version2, previous, chart: chartVersion, versionJob, headIsReleaseCommit, trigger, discovered } = planned;
  const tag = `${tagPrefix}${version2}`;
  const tagProblem = gitTagProblem(tag);
  if (tagProblem) throw new UserError(`input ${stringOption(options, "tag-prefix") ? "tag-prefix" : stringOption(options, "set") ? "set" : "bump"}: the git tag ${shown(tag)} ${tagProblem}`);
  const credentials = await registryCredentials(options, reporter);
  const images = await parseImages(options, raw, config, version2, credentials, reporter, host);
  const unreleased = discovered.filter((d) => images.length > 0 && !images.some((i) => i.job.image === d.name));
  if (unreleased.length) {
    throw new UserError(`${unreleased.map((d) => `${d.where} pins ${d.name} at the release version`).join("; ")}, but this release does not build it: list every image under images: in ${config.configFile ?? "dot-ai-release.yaml"} (with its context and Dockerfile)`);
  }
  const chart2 = chartOff || !config.chart ? void 0 : await parseInputs(options, reporter, {
    config,
    version: chartVersion,
    appVersion: version2,
    registry: { value: stringOption(options, "chart-registry"), input: "chart-registry" },
    dryRun,
    credentials: credentials ?? null
  });
  let smoke2;
  const methods = listOption(options, "smoke-methods") ?? [];
  const smokeParallel = boundedNumber(options, "release", "smoke-parallel");
  const smokeTimeout = boundedNumber(options, "release", "smoke-timeout");
  if (methods.some((m) => isOff(m))) {
    if (images.length) throw new UserError("input smoke-methods: a release with an image is smoke-tested; leave smoke-methods empty for every method this repository documents");
    if (chart2) reporter.warning("input smoke-methods: none: the chart is published without a deployment test (this release has no image to deploy it with)");
  } else if (images.length || chart2) {
    const server = images.find((i) => i.server)?.job.image ?? (images.length ? config.images[0]?.name : void 0);
    smoke2 = forwarded(SMOKE_INPUTS, images.length === 0, () => parseInputs3({
      "working-directory": root,
      config: options.config,
      methods: methods.length ? methods.join(",") : void 0,
      provider: options["smoke-provider"],
      parallel: smokeParallel?.toString(),
      timeout: smokeTimeout?.toString(),
      "image-map": options["smoke-image-map"],
      "qdrant-image": options["smoke-qdrant-image"],
      "probe-image": options["smoke-probe-image"],
      "kind-node-image": options["kind-node-image"],
      "diagnostics-dir": options["diagnostics-dir"]
    }, { config, version: version2, ...server ? { image: `${server}:${version2}` } : {} }));
  }
  const handed = { images: /* @__PURE__ */ new Map() };
  const candidateImage = stringOption(options, "candidate-image");
  const candidateChart = stringOption(options, "candidate-chart");
  if (phase === "publish") {
    if (images.length && !candidateImage) throw new UserError("input candidate-image: required with phase publish (the candidate job's image-ref output)");
    if (chart2 && !candidateChart) throw new UserError("input candidate-chart: required with phase publish (the chart package the candidate job handed over)");
    if (candidateImage) handed.images = parseCandidateImages(candidateImage, images);
    if (candidateChart) handed.chartPackage = candidatePackage(root, candidateChart);
  } else if (candidateImage || candidateChart) {
    throw new UserError(`input ${candidateImage ? "candidate-image" : "candidate-chart"}: only with phase publish`);
  }
  const npm2 = parseReleaseNpm(options, config, { version: version2, dryRun, phase }, reporter);
  if (npm2.handedTarball) handed.npmTarball = npm2.handedTarball;
  const github = parseGitHub(options, config, dryRun, reporter);
  const buildCommand = stringOption(options, "build-command");
  const hooks = { afterVersion: [...config.hooks.afterVersion, ...buildCommand ? [buildCommandHook(buildCommand)] : []] };
  const configured = { name: git2.configValue("user.name"), email: git2.configValue("user.email") };
  return {
    root,
    version: version2,
    previousVersion: previous,
    chartVersion: chart2 ? chartVersion : void 0,
    tagPrefix,
    tag,
    prerelease: import_semver4.default.prerelease(version2) !== null,
    versionJob,
    headIsReleaseCommit,
    trigger,
    phase,
    dryRun,
    notesOnly: false,
    images,
    chart: chart2,
    smoke: smoke2,
    handed,
    ...npm2.job ? { npm: npm2.job } : { npmOff: npm2.off },
    git: {
      remote: stringOption(options, "git-remote") ?? "origin",
      branch,
      movingMajorTag: booleanOption(options, "moving-major-tag"),
      identity: configured.name && configured.email ? { name: configured.name, email: configured.email } : BOT_IDENTITY
    },
    github,
    hooks,
    dispatch: parseDispatchRequests(options, config, github, dryRun, reporter)
  };
}

// src/release/notes.ts
function published(ctx) {
  const { inputs, artifacts } = ctx;
  const images = (inputs.images.length ? artifacts.find("images") ?? [] : []).flatMap(
    (progress) => progress.digest ? [{ name: progress.name, version: inputs.version, digest: progress.digest, tags: progress.tags ?? [], server: progress.image.server }] : []
  );
  const server = images.find((i) => i.server);
  const out = { images, ...images[0] ? { image: images[0] } : {}, ...server ? { server } : {} };
  const chartDigest = artifacts.find("chartDigest");
  if (inputs.chart && chartDigest) {
    const c = inputs.chart;
    out.chart = { ref: c.destination.display, version: c.chart.version, digest: chartDigest, name: c.chart.name, plainHttp: c.plainHttp, layout: c.destination.kind === "layout" };
  }
  const npm2 = artifacts.find("npmContext");
  const tarball = npm2?.artifacts.find("tarball");
  if (inputs.npm && npm2 && tarball) {
    const result = npm2.artifacts.find("published");
    const tag = result?.tag ?? npm2.artifacts.find("plan")?.tag;
    out.npm = { name: tarball.name, version: tarball.version, integrity: result?.integrity ?? tarball.integrity, registry: inputs.npm.registry, ...tag ? { tag } : {}, published: result !== void 0 };
  }
  return out;
}
function npmInstall(npm2) {
  return `npm install ${npm2.name}@${npm2.version}${npm2.registry === DEFAULT_REGISTRY ? "" : ` --registry ${npm2.registry}`}`;
}
function dockerRun(ctx, method, image2, what) {
  const plugins = (ctx.inputs.smoke?.methods.find((s) => s.name === method)?.plugins ?? []).filter((p) => !p.optional || what.images.some((i) => i.name === p.image));
  const server = (extra) => `docker run --detach${extra} --publish 127.0.0.1:3456:3456 --env-file .env ${image2}`;
  if (!plugins.length) return server("");
  const ref = (repository) => {
    const released = what.images.find((i) => i.name === repository);
    return released ? `${released.name}@${released.digest}` : repository;
  };
  const file = pluginsFile(plugins).trim();
  return [
    "docker network create dot-ai",
    ...plugins.map((p) => `docker run --detach --network dot-ai --name ${p.name} --env QDRANT_URL --env PORT=${p.port} ${ref(p.image)}`),
    `echo '${file}' > plugins.json`,
    server(` --network dot-ai --volume "$PWD/plugins.json:${PLUGINS_FILE}:ro"`)
  ].join("\n");
}
function installCommands(ctx, what) {
  const commands = [];
  const server = what.server;
  const image2 = server && `${server.name}@${server.digest}`;
  const methods = (ctx.artifacts.find("smoke")?.results ?? []).map((m) => ({ method: m.method, kind: m.kind }));
  const helm = what.chart && !what.chart.layout ? `helm install ${what.chart.name} ${what.chart.ref} --version ${what.chart.version}${what.chart.plainHttp ? " --plain-http" : ""}` : void 0;
  for (const m of methods) {
    if (m.kind === "docker" && image2) commands.push({ method: m.method, command: dockerRun(ctx, m.method, image2, what) });
    else if (m.kind === "compose" && server) commands.push({ method: m.method, command: `docker compose up --detach   # the compose file pins ${server.name}:${server.version}` });
    else if (m.kind === "kustomize" && server) commands.push({ method: m.method, command: `kubectl apply --kustomize .   # images: ${server.name}:${server.version}` });
    else if (m.kind === "helm" && helm) commands.push({ method: m.method, command: helm });
    else if (m.kind === "toolhive" && server) commands.push({ method: m.method, command: `kubectl apply --filename mcpserver.yaml   # image: ${server.name}:${server.version}` });
  }
  for (const other of what.images) {
    if (other.server && methods.some((m) => m.kind === "docker")) continue;
    commands.push({ method: what.images.length > 1 ? `image ${other.name}` : "image", command: `docker pull ${other.name}@${other.digest}` });
  }
  if (helm && !methods.some((m) => m.kind === "helm")) commands.push({ method: "helm chart", command: helm });
  if (what.npm?.published) commands.push({ method: "npm", command: npmInstall(what.npm) });
  return commands;
}
var BODY_MARKER = "<!-- dot-ai-release: the notes end here -->";
function releaseBody(notes, ctx) {
  const what = published(ctx);
  const lines = [];
  if (notes.trim()) lines.push(notes.trim(), "");
  lines.push(BODY_MARKER, "");
  const npm2 = what.npm?.published ? what.npm : void 0;
  if (what.images.length || what.chart || npm2) {
    lines.push("## Published", "");
    for (const image2 of what.images) lines.push(`- Image: ${mdCode(`${image2.name}:${image2.version}`)}, digest ${mdCode(image2.digest)}${image2.tags.length ? ` (tags ${image2.tags.map(mdCode).join(", ")})` : ""}`);
    if (what.chart) lines.push(`- Helm chart: ${mdCode(`${what.chart.ref}:${what.chart.version}`)}, digest ${mdCode(what.chart.digest)}; the package is attached`);
    if (npm2) lines.push(`- npm package: ${mdCode(`${npm2.name}@${npm2.version}`)}, integrity ${mdCode(npm2.integrity)}${npm2.tag ? `, dist-tag ${mdCode(npm2.tag)}` : ""}`);
    lines.push("");
  }
  const commands = installCommands(ctx, what);
  if (commands.length) {
    lines.push("## Install", "");
    for (const c of commands) lines.push(`${mdText(c.method)}:`, "", mdCodeBlock(c.command, "sh"), "");
  }
  return lines.join("\n").trim() + "\n";
}
function withNotes(body, notes) {
  const head = notes.trim() ? `${notes.trim()}

` : "";
  const at = body.indexOf(BODY_MARKER);
  if (at >= 0) return `${head}${body.slice(at).trimEnd()}
`;
  const ours = [...body.matchAll(/^## (?:Published|Install)[ \t]*$/gm)].at(-1);
  return `${head}${BODY_MARKER}
${ours?.index !== void 0 ? `
${body.slice(ours.index).trimEnd()}
` : ""}`;
}

// src/release/report.ts
function seconds2(ms) {
  return `${(ms / 1e3).toFixed(1)} s`;
}
function githubCounts(ctx) {
  const counts = ctx.artifacts.find("github")?.counts;
  return counts && { get: counts.GET, post: counts.POST, patch: counts.PATCH, delete: counts.DELETE, other: counts.other, "bytes-sent": counts.bytesSent };
}
function releaseCommandResult(run2) {
  const ctx = run2.context;
  const { inputs, artifacts } = ctx;
  const what = published(ctx);
  const failed = run2.records.find((r) => r.status === "failed");
  const release = artifacts.find("release");
  const publishDone = run2.records.some((r) => r.name === "publish" && (r.status === "done" || r.status === "already-done"));
  const imageRef = what.image ? `${what.image.name}@${what.image.digest}` : "";
  const done = artifacts.find("done");
  const imagesPublished = publishDone || what.images.length > 0 && what.images.every((i) => done?.images.has(i.name));
  const chartRef = what.chart && (publishDone || artifacts.find("done")?.chart) ? `${what.chart.ref}:${what.chart.version}` : "";
  const npm2 = what.npm?.published ? what.npm : void 0;
  const outputs = {
    version: inputs.version,
    tag: inputs.tag,
    "image-ref": imageRef,
    "image-digest": what.image?.digest ?? "",
    images: what.images.length ? JSON.stringify(what.images.map((i) => ({ name: i.name, digest: i.digest, ref: `${i.name}@${i.digest}`, tags: i.tags, server: i.server }))) : "",
    "chart-ref": chartRef,
    "chart-digest": chartRef ? what.chart?.digest ?? "" : "",
    "chart-package": inputs.phase === "candidate" ? artifacts.find("chartPackage") ?? "" : "",
    "npm-package": npm2 ? `${npm2.name}@${npm2.version}` : "",
    "npm-integrity": npm2?.integrity ?? "",
    "npm-dist-tag": npm2?.tag ?? "",
    "npm-tarball": inputs.phase === "candidate" ? artifacts.find("npmContext")?.artifacts.find("tarball")?.path ?? "" : "",
    "release-url": release?.htmlUrl ?? "",
    "release-commit": artifacts.find("releaseCommit") ?? ""
  };
  const title = `### Release ${mdText(inputs.tag)}${inputs.dryRun ? " (dry run)" : ""}${inputs.phase !== "all" ? ` (phase ${inputs.phase})` : ""}: ${failed ? `failed at ${failed.name}` : "complete"}`;
  const lines = [
    title,
    "",
    markdownTable(["Step", "Status", "Time"], run2.records.map((r) => [r.name, describeRecord(r).replace(/ \(\d+ ms\)$/, ""), md.raw(r.status === "not-run" ? "" : seconds2(r.ms))]))
  ];
  if (what.images.length || what.chart || what.npm || release) {
    const rows = [];
    for (const image2 of what.images) rows.push([imagesPublished ? "image" : "image (candidate, untagged)", md.code(`${image2.name}:${image2.version}`), md.code(image2.digest)]);
    if (what.chart && chartRef) rows.push(["chart", md.code(chartRef), md.code(what.chart.digest)]);
    if (what.npm) rows.push([what.npm.published ? `npm package (dist-tag ${what.npm.tag ?? ""})` : `npm package (packed, not published${what.npm.tag ? `; dist-tag ${what.npm.tag} when published` : ""})`, md.code(`${what.npm.name}@${what.npm.version}`), md.code(what.npm.integrity)]);
    if (release) rows.push(["GitHub release", md.code(release.htmlUrl), ""]);
    lines.push("", markdownTable(["Published", "Reference", "Digest"], rows));
  }
  const installable = imagesPublished || publishDone && !what.images.length;
  const commands = installCommands(ctx, what).filter((c) => installable || c.method === "npm");
  if (commands.length) {
    lines.push("", "Install:", "", markdownTable(["Method", "Command"], commands.map((c) => [c.method, md.code(c.command)])));
  }
  const smoke2 = artifacts.find("smoke");
  if (smoke2) lines.push("", smokeSummary(smoke2).replace(/^### /m, "#### "));
  if (ctx.notes.length) lines.push("", ...ctx.notes.map((n) => `- ${mdText(n)}`));
  return pipelineResult(run2, outputs, lines.join("\n"), {
    phase: inputs.phase,
    "dry-run": inputs.dryRun,
    "previous-version": inputs.previousVersion,
    steps: run2.records,
    tags: what.image?.tags ?? [],
    started: ctx.started,
    github: githubCounts(ctx),
    npm: what.npm
  });
}

// src/release/steps/chart.ts
import { mkdtempSync as mkdtempSync3, readFileSync as readFileSync4 } from "node:fs";
import { tmpdir as tmpdir3 } from "node:os";
import path7 from "node:path";
var chart = {
  name: "chart",
  async run(ctx) {
    const { inputs, artifacts, reporter } = ctx;
    const job = inputs.chart;
    if (!job) return new Skip("no chart is released (input chart: false, or no chart in the repository)");
    const packageDir = mkdtempSync3(path7.join(process.env.RUNNER_TEMP || tmpdir3(), "dot-ai-release-package-"));
    const chartCtx = chartContext({ ...job, packageDir }, reporter, ctx.cleanup);
    if (inputs.phase !== "candidate") chartCtx.cleanup.add({ kind: "directory", path: packageDir });
    artifacts.set("chartContext", chartCtx, "chart");
    const run2 = await runPipeline(CHART_GATES, chartCtx, reporter);
    if (run2.failure) throw run2.failure.error;
    let artifact = chartCtx.artifacts.get("artifact", "chart");
    let packagePath = chartCtx.artifacts.get("packagePath", "chart");
    const handed = inputs.handed.chartPackage;
    if (inputs.phase === "publish") {
      if (!handed) throw new UserError("input candidate-chart: required with phase publish");
      const candidate = chartArtifact(readFileSync4(handed), path7.basename(handed));
      if (candidate.contentDigest !== artifact.contentDigest) {
        throw new UserError(`input candidate-chart: ${path7.basename(handed)} holds other content than this release's chart (${candidate.contentDigest.slice(0, 19)}\u2026 vs ${artifact.contentDigest.slice(0, 19)}\u2026)`);
      }
      chartCtx.artifacts.set("artifact", candidate, "candidate job");
      chartCtx.artifacts.set("packagePath", handed, "candidate job");
      artifact = candidate;
      packagePath = handed;
    }
    artifacts.set("chartPackage", packagePath, "chart");
    artifacts.set("chartArtifact", artifact, "chart");
    const published2 = chartCtx.artifacts.find("publishedBefore");
    if (published2) {
      const target = chartCtx.artifacts.get("target", "chart");
      if (!await samePublishedContent(target, artifact, job.chart.version, published2)) {
        throw new UserError(`${job.destination.display}:${job.chart.version} is already published (${published2}) with other content than this release's chart: a published version is immutable; release another version`);
      }
      artifacts.get("done", "chart").chart = true;
      artifacts.set("chartDigest", published2, "chart");
      return new AlreadyDone(`${job.destination.display}:${job.chart.version} is published with this content (${published2}); packaged for the GitHub release only`);
    }
  }
};

// src/github/dispatch.ts
var MAX_PAYLOAD_KEYS = 10;
function explained(error, what, client) {
  if (!(error instanceof GitHubError) || /rate limit/.test(error.message)) return error;
  const target = client.fullName;
  if (error.kind === "not-found") {
    return new GitHubError(`${what}: GitHub answered 404: ${target} does not exist, or the token cannot see it; give a token that can (the dispatch-token input, or the target's tokenEnv): the job's GITHUB_TOKEN reaches only the repository the job runs in`, "not-found", 404, error.details);
  }
  const said = /\(HTTP \d+ \((.*)\)\)/.exec(error.message)?.[1];
  const answered = `GitHub answered ${error.status}${said ? ` (${said})` : ""}`;
  if (error.kind === "unauthorized") return new GitHubError(`${what}: ${answered}: the token is not valid; give a valid token for ${target} (the dispatch-token input, or the target's tokenEnv)`, error.kind, error.status, error.details);
  if (error.kind === "forbidden") {
    return new GitHubError(`${what}: ${answered}: the token may not send events to ${target}; it needs Contents: read and write on ${target} (a fine-grained token) or the repo scope (a classic token)`, error.kind, error.status, error.details);
  }
  return error;
}
async function checkDispatchTarget(client, event) {
  const { owner, repo } = client;
  const what = `check that ${event} can be sent to ${client.fullName}`;
  try {
    await client.call(what, (o) => o.request("GET /repos/{owner}/{repo}", { owner, repo }));
  } catch (error) {
    throw explained(error, what, client);
  }
}
async function sendDispatch(client, event, payload) {
  const { owner, repo } = client;
  const keys = Object.keys(payload);
  if (keys.length > MAX_PAYLOAD_KEYS) throw new GitHubError(`send ${event} to ${client.fullName}: client_payload has ${keys.length} top-level keys; GitHub keeps at most ${MAX_PAYLOAD_KEYS}`, "invalid", void 0);
  const what = `send ${event} to ${client.fullName}`;
  try {
    await client.call(what, (o) => o.request("POST /repos/{owner}/{repo}/dispatches", { owner, repo, event_type: event, client_payload: payload }));
  } catch (error) {
    throw explained(error, what, client);
  }
}

// src/github/releases.ts
function toAsset(a) {
  return { id: a.id, name: a.name, size: a.size, state: a.state, ...a.digest ? { digest: a.digest } : {}, contentType: a.content_type, downloadUrl: a.browser_download_url };
}
function toRelease(r) {
  return {
    id: r.id,
    tagName: r.tag_name,
    name: r.name ?? "",
    draft: r.draft,
    prerelease: r.prerelease,
    htmlUrl: r.html_url,
    uploadUrl: r.upload_url,
    targetCommitish: r.target_commitish,
    body: r.body ?? "",
    assets: (r.assets ?? []).map(toAsset)
  };
}
async function findRelease(client, tag) {
  const { owner, repo } = client;
  try {
    const data = await client.call(`read the release ${tag} of ${client.fullName}`, (o) => o.request("GET /repos/{owner}/{repo}/releases/tags/{tag}", { owner, repo, tag }));
    return toRelease(data);
  } catch (error) {
    if (!(error instanceof GitHubError && error.kind === "not-found")) throw error;
  }
  const page = await client.call(`list the releases of ${client.fullName}`, (o) => o.request("GET /repos/{owner}/{repo}/releases", { owner, repo, per_page: 100 }));
  const draft = page.find((r) => r.tag_name === tag && r.draft);
  return draft && toRelease(draft);
}
async function generateNotes(client, request2) {
  const { owner, repo } = client;
  return client.call(`generate release notes for ${request2.tag}`, (o) => o.request("POST /repos/{owner}/{repo}/releases/generate-notes", {
    owner,
    repo,
    tag_name: request2.tag,
    target_commitish: request2.target,
    ...request2.previousTag ? { previous_tag_name: request2.previousTag } : {},
    ...request2.configurationFile ? { configuration_file_path: request2.configurationFile } : {}
  }));
}
async function createDraft(client, release) {
  const { owner, repo } = client;
  try {
    const data = await client.call(`create the release ${release.tag}`, (o) => o.request("POST /repos/{owner}/{repo}/releases", {
      owner,
      repo,
      tag_name: release.tag,
      target_commitish: release.target,
      name: release.name,
      body: release.body,
      draft: true,
      prerelease: release.prerelease
    }));
    return toRelease(data);
  } catch (error) {
    if (error instanceof GitHubError && error.hasCode("already_exists", "tag_name")) return void 0;
    throw error;
  }
}
async function uploadAsset(client, release, asset) {
  try {
    const data = await client.call(`attach ${asset.name} to the release ${release.tagName}`, (o) => o.request({
      method: "POST",
      url: release.uploadUrl,
      name: asset.name,
      data: asset.bytes,
      headers: { "content-type": asset.contentType, "content-length": String(asset.bytes.byteLength) }
    }));
    return toAsset(data);
  } catch (error) {
    if (error instanceof GitHubError && error.hasCode("already_exists")) return void 0;
    throw error;
  }
}
async function deleteAsset(client, asset) {
  const { owner, repo } = client;
  await client.call(`delete the unfinished asset ${asset.name}`, (o) => o.request("DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}", { owner, repo, asset_id: asset.id }));
}
async function publishDraft(client, release, latest) {
  const { owner, repo } = client;
  const data = await client.call(`publish the release ${release.tagName}`, (o) => o.request("PATCH /repos/{owner}/{repo}/releases/{release_id}", {
    owner,
    repo,
    release_id: release.id,
    draft: false,
    prerelease: release.prerelease,
    make_latest: latest && !release.prerelease ? "true" : "false"
  }));
  return toRelease(data);
}
var PERMISSION_PROBE_TAG = "dot-ai-release permission check..";
async function checkReleaseWrite(client) {
  const { owner, repo } = client;
  try {
    const data = await client.call(`check that the token may create releases in ${client.fullName}`, (o) => o.request("POST /repos/{owner}/{repo}/releases", { owner, repo, tag_name: PERMISSION_PROBE_TAG, draft: false, name: "dot-ai-release permission check (never created)" }));
    const made = data;
    await client.call(`delete the permission-check release ${made.id}`, (o) => o.request("DELETE /repos/{owner}/{repo}/releases/{release_id}", { owner, repo, release_id: made.id }));
  } catch (error) {
    if (error instanceof GitHubError && error.kind === "invalid") return;
    if (error instanceof GitHubError && error.kind === "forbidden") {
      throw new GitHubError(`the token may not create releases in ${client.fullName} (HTTP 403); add \`permissions: contents: write\` to the job (it also lets the job push the release commit and tag)`, "forbidden", 403, error.details);
    }
    throw error;
  }
}
async function updateReleaseBody(client, release, body) {
  const { owner, repo } = client;
  const data = await client.call(`update the notes of the release ${release.tagName}`, (o) => o.request("PATCH /repos/{owner}/{repo}/releases/{release_id}", { owner, repo, release_id: release.id, body }));
  return toRelease(data);
}

// src/release/steps/dispatch.ts
var DISPATCH_DEADLINE_MS = 2 * 6e4;
var RECORD = /^<!-- dot-ai-release dispatched: (\S+) (\S+) -->$/gm;
function key(target) {
  return `${target.owner}/${target.repo} ${target.event}`.toLowerCase();
}
function dispatchedEvents(body) {
  return new Set([...body.matchAll(RECORD)].map((m) => `${m[1]} ${m[2]}`.toLowerCase()));
}
function withDispatchRecord(body, target) {
  if (dispatchedEvents(body).has(key(target))) return body;
  return `${body.trimEnd()}
<!-- dot-ai-release dispatched: ${target.owner}/${target.repo} ${target.event} -->
`;
}
function dispatchPayload(ctx) {
  const { inputs, artifacts } = ctx;
  const what = published(ctx);
  const npm2 = artifacts.find("npmPackage");
  return {
    version: inputs.version,
    tag: inputs.tag,
    prerelease: inputs.prerelease,
    repository: inputs.github.owner && inputs.github.repo ? `${inputs.github.owner}/${inputs.github.repo}` : null,
    release_url: artifacts.find("release")?.htmlUrl ?? null,
    release_commit: artifacts.find("releaseCommit") ?? null,
    images: what.image ? [{ name: what.image.name, tag: what.image.version, digest: what.image.digest, ref: `${what.image.name}@${what.image.digest}` }] : [],
    chart: what.chart ? { ref: `${what.chart.ref}:${what.chart.version}`, version: what.chart.version, digest: what.chart.digest } : null,
    npm: npm2 ? { name: npm2.name, version: npm2.version, ...npm2.registry ? { registry: npm2.registry } : {} } : null
  };
}
function checkDispatchTargets(ctx, world) {
  const { inputs } = ctx;
  const { dispatch: dispatch2, github } = inputs;
  if (!dispatch2.targets.length || github.mode !== "create" || inputs.phase === "candidate") return [];
  const sent = dispatch2.redispatch ? /* @__PURE__ */ new Set() : dispatchedEvents(world.release?.body ?? "");
  return dispatch2.targets.filter((t) => !!t.token && !sent.has(key(t))).map((t) => {
    const client = new GitHubClient({ owner: t.owner, repo: t.repo, token: t.token, baseUrl: github.apiUrl });
    return client.within(`preflight: ${t.origin}`, DISPATCH_DEADLINE_MS, () => checkDispatchTarget(client, t.event));
  });
}
var dispatch = {
  name: "dispatch",
  async run(ctx) {
    const { inputs, artifacts, reporter } = ctx;
    const { github } = inputs;
    const { targets, redispatch } = inputs.dispatch;
    if (!targets.length) return new Skip("no events to send (dispatch: in dot-ai-release.yaml names none)");
    if (inputs.phase === "candidate") return new Skip("phase candidate: the publish job sends the events");
    if (github.mode === "skip") return new Skip("input github-release: skip: events are sent, and recorded, with the GitHub release");
    const payload = dispatchPayload(ctx);
    const gh = artifacts.find("github");
    if (inputs.dryRun || github.mode === "print" || !gh) {
      for (const t of targets) {
        reporter.info(`dispatch (printed, not sent): POST ${github.apiUrl}/repos/${t.owner}/${t.repo}/dispatches  ${JSON.stringify({ event_type: t.event, client_payload: payload })}`);
      }
      ctx.notes.push(`events: ${targets.map((t) => `${t.event} to ${t.owner}/${t.repo}`).join(", ")} printed, not sent`);
      return new Skip(inputs.dryRun ? "dry run: the events above were printed, not sent" : "input github-release is print: the events above were printed, not sent");
    }
    let release = artifacts.get("release", "dispatch");
    const sent = dispatchedEvents(release.body);
    const todo = targets.filter((t) => redispatch || !sent.has(key(t)));
    if (!todo.length) {
      return new AlreadyDone(`sent before, as the GitHub release ${inputs.tag} records: ${targets.map((t) => `${t.event} to ${t.owner}/${t.repo}`).join(", ")} (redispatch sends them again)`);
    }
    for (const target of todo) {
      const { token } = target;
      if (!token) throw new Error(`no token for ${target.origin} (inputs should have refused it)`);
      const client = new GitHubClient({ owner: target.owner, repo: target.repo, token, baseUrl: github.apiUrl });
      await client.within(`dispatch: ${target.origin}`, DISPATCH_DEADLINE_MS, () => sendDispatch(client, target.event, payload));
      release = await gh.within(`dispatch: record ${target.event}`, DISPATCH_DEADLINE_MS, async () => {
        const current = await findRelease(gh, inputs.tag) ?? release;
        return updateReleaseBody(gh, current, withDispatchRecord(current.body, target));
      });
      reporter.info(`sent ${target.event} to ${target.owner}/${target.repo}${redispatch && sent.has(key(target)) ? " (again: redispatch)" : ""}; recorded in the GitHub release ${inputs.tag}`);
    }
    artifacts.set("release", release, "dispatch");
    ctx.notes.push(`events sent: ${todo.map((t) => `${t.event} to ${t.owner}/${t.repo}`).join(", ")}`);
    return void 0;
  }
};

// src/release/world.ts
var import_semver6 = __toESM(require_semver(), 1);

// src/npm/registry.ts
var MAX_PACKUMENT_BYTES = 64 * 1024 * 1024;
function packumentUrl(registry, name) {
  return `${registry}${name.replace("/", "%2f")}`;
}
function asRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
}
function parsePackument(text, what) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new UserError(`${what}: the registry's answer is not JSON`);
  }
  const root = asRecord(doc);
  const versions = /* @__PURE__ */ new Map();
  for (const [version2, manifest] of Object.entries(asRecord(root.versions))) {
    const dist = asRecord(asRecord(manifest).dist);
    versions.set(version2, {
      ...typeof dist.integrity === "string" ? { integrity: dist.integrity } : {},
      ...typeof dist.shasum === "string" ? { shasum: dist.shasum } : {}
    });
  }
  const distTags = {};
  for (const [tag, version2] of Object.entries(asRecord(root["dist-tags"]))) if (typeof version2 === "string") distTags[tag] = version2;
  const maintainers = (Array.isArray(root.maintainers) ? root.maintainers : []).map((m) => typeof m === "string" ? m.replace(/\s*<.*$/, "") : asRecord(m).name).filter((n) => typeof n === "string" && n !== "");
  return { exists: true, versions, distTags, maintainers };
}
function statusProblem(status, body) {
  const reason = /"(?:error|reason|message)"\s*:\s*"([^"]{1,200})"/.exec(body)?.[1];
  return `${status}${reason ? ` ${reason}` : ""}`;
}
async function readPackageState(registry, name, token, options = {}) {
  const url = packumentUrl(registry, name);
  const what = `npm registry ${registry}: ${name}`;
  const timeouts = { ...DEFAULT_TIMEOUTS, ...timeoutsFromEnv().timeouts, ...options.timeouts };
  const policy = retryPolicy(options.retry);
  const agents = createAgents();
  const secrets = token ? [token] : [];
  const headers = { accept: "application/json", "cache-control": "no-cache", ...token ? { authorization: `Bearer ${token}` } : {} };
  const started = policy.now();
  try {
    for (let attempt = 1; ; attempt++) {
      let response;
      let failure;
      try {
        response = await exchange({ method: "GET", url, headers, maxBodyBytes: options.maxBytes ?? MAX_PACKUMENT_BYTES, bodyName: "packument" }, { timeouts, agents });
      } catch (error) {
        failure = error;
      }
      const retryable = response ? isRetryableStatus(response.status) : isRetryableNetworkError(failure);
      const delay = retryable ? nextRetryDelay(policy, attempt, started, void 0) : void 0;
      if (delay !== void 0) {
        await policy.sleep(delay);
        continue;
      }
      if (!response) {
        const cap = options.maxBytes ?? MAX_PACKUMENT_BYTES;
        if (failure instanceof TransportError && failure.code === "BODY_TOO_LARGE") throw new UserError(`${what}: its packument is larger than ${cap >= 1024 * 1024 ? mib(cap) : `${cap} bytes`}; not reading it`);
        const reason = failure instanceof Error ? failure.message : String(failure);
        throw new UserError(`${what}: cannot read the package (${maskSecrets(reason, secrets)}${attempt > 1 ? `, after ${attempt} attempts` : ""})`);
      }
      const body = Buffer.from(response.body).toString("utf8");
      if (response.status === 404) return { exists: false, versions: /* @__PURE__ */ new Map(), distTags: {}, maintainers: [] };
      if (response.status === 401 || response.status === 403) {
        throw new UserError(`${what}: the registry refused to show the package (${maskSecrets(statusProblem(response.status, body), secrets)}); ${token ? `the token in ${options.tokenName ?? "NODE_AUTH_TOKEN"} is not accepted there` : "it needs a token: set NODE_AUTH_TOKEN"}`);
      }
      if (response.status >= 300 && response.status < 400) {
        throw new UserError(`${what}: the registry answered ${response.status} (to ${response.headers.get("location") ?? "nowhere"}); not following it with the token: set the registry's own URL`);
      }
      if (response.status !== 200) throw new UserError(`${what}: the registry answered ${maskSecrets(statusProblem(response.status, body), secrets)}`);
      return parsePackument(body, what);
    }
  } finally {
    agents.http.destroy();
    agents.https.destroy();
  }
}

// src/release/world.ts
var PREFLIGHT_GITHUB_DEADLINE_MS = 3 * 6e4;
function openImageTarget({ job, destination }) {
  return destination.kind === "layout" ? new OciLayoutTarget(destination.dir) : new RegistryClient({ registry: job.registry, credentials: job.credentials, plainHttp: job.plainHttp || void 0 }).repository(job.repository);
}
function stableVersionTags(tags, prefix) {
  return tags.filter((t) => t.startsWith(prefix)).map((t) => t.slice(prefix.length)).filter((v) => import_semver6.default.valid(v) === v && import_semver6.default.prerelease(v) === null);
}
async function readWorld(ctx, head, images, github) {
  const { inputs } = ctx;
  const remote = ctx.git.lsRemote(inputs.git.remote, [`refs/heads/${inputs.git.branch}`, `refs/tags/${inputs.tagPrefix}*`]);
  const origins = Promise.all(images.map(async (image2) => [image2.name, await imageOrigin(image2.target, inputs.version)]));
  const { chart: chart2 } = inputs;
  const chartDigest = chart2 && !inputs.dryRun ? openChartTarget(chart2.destination, { credentials: chart2.credentials, plainHttp: chart2.plainHttp }).then((t) => publishedDigest(t, chart2.chart.version)) : Promise.resolve(void 0);
  const release = github ? github.within("preflight: read the GitHub release", PREFLIGHT_GITHUB_DEADLINE_MS, () => findRelease(github, inputs.tag)) : Promise.resolve(void 0);
  const { npm: npm2 } = inputs;
  const npmState = npm2 ? readPackageState(npm2.registry, npm2.name, npm2.token, { tokenName: npm2.tokenName }) : Promise.resolve(void 0);
  const [refs, imagesFound, chartFound, releaseFound, npmFound] = await Promise.all([remote, origins, chartDigest, release, npmState]);
  const remoteTag = refs.tags.get(inputs.tag);
  return {
    head,
    remoteHead: refs.heads.get(inputs.git.branch),
    ...remoteTag ? { remoteTag } : {},
    remoteVersionTags: stableVersionTags([...refs.tags.keys()], inputs.tagPrefix),
    images: new Map(imagesFound.flatMap(([name, origin]) => origin ? [[name, origin]] : [])),
    ...chartFound ? { chartDigest: chartFound } : {},
    ...releaseFound ? { release: releaseFound } : {},
    ...npmFound ? { npm: npmFound } : {}
  };
}
function movingMajorTag(version2, prefix, released) {
  const v = import_semver6.default.parse(version2);
  if (!v || v.prerelease.length || v.major === 0) return void 0;
  const higher = released.some((r) => import_semver6.default.major(r) === v.major && import_semver6.default.gt(r, version2));
  return higher ? void 0 : `${prefix}${v.major}`;
}

// src/release/steps/git.ts
function rejected(output) {
  return output.split("\n").filter((l) => l.startsWith("!")).map((l) => l.split("	").slice(1).join(" ")).join("; ") || output.trim().split("\n").at(-1) || "";
}
var git = {
  name: "git",
  async run(ctx) {
    const { inputs, artifacts, reporter } = ctx;
    if (inputs.dryRun) return new Skip("dry run: nothing is committed or pushed");
    if (inputs.phase === "candidate") return new Skip("phase candidate: the publish job tags the release");
    const g = ctx.git;
    const { remote, branch } = inputs.git;
    const commit = artifacts.get("releaseCommit", "git");
    if (inputs.trigger.kind === "tag") return pushTagRelease(ctx, commit, (tags) => inputs.git.movingMajorTag ? movingMajorTag(inputs.version, inputs.tagPrefix, stableVersionTags(tags, inputs.tagPrefix)) : void 0);
    const head = artifacts.get("world", "git").head;
    const prefix = inputs.tagPrefix;
    const before = await g.lsRemote(remote, [`refs/heads/${branch}`, `refs/tags/${prefix}*`]);
    const major = inputs.git.movingMajorTag ? movingMajorTag(inputs.version, prefix, stableVersionTags([...before.tags.keys()], prefix)) : void 0;
    const remoteTag = before.tags.get(inputs.tag);
    if (remoteTag && remoteTag.commit !== commit) {
      throw new UserError(`the git tag ${inputs.tag} on ${remote} points at ${remoteTag.commit.slice(0, 12)}, not at this release's commit ${commit.slice(0, 12)}; nothing was pushed`);
    }
    const remoteHead = before.heads.get(branch);
    const branchHasCommit = remoteHead === commit || remoteHead !== void 0 && await g.hasObject(remoteHead) && await g.isAncestor(commit, remoteHead);
    const majorInPlace = !major || before.tags.get(major)?.commit === commit;
    if (remoteTag && branchHasCommit && majorInPlace) {
      return new AlreadyDone(`${inputs.tag} is on ${remote} at the release commit ${commit.slice(0, 12)}${major ? `, and so is ${major}` : ""}`);
    }
    const local = g.headCommit();
    if (local !== commit) {
      if (local !== head) throw new UserError(`HEAD moved during the release (${head.slice(0, 12)} -> ${local?.slice(0, 12)}); nothing was pushed`);
      await g.advanceBranch(branch, head, commit);
      reporter.info(`${branch} is at the release commit ${commit.slice(0, 12)} (${releaseCommitSubject(inputs.tag)})`);
    }
    const localTag = await g.localTagCommit(inputs.tag);
    if (localTag && localTag !== commit) throw new UserError(`a local tag ${inputs.tag} points at ${localTag.slice(0, 12)}, not at the release commit; delete it (git tag -d ${inputs.tag}) and run again`);
    if (!localTag) {
      await g.createAnnotatedTag(inputs.tag, commit, `Release ${inputs.tag}
`, { ...inputs.git.identity, date: await g.commitDate(commit) });
    }
    const refspecs = [
      ...branchHasCommit ? [] : [`${commit}:refs/heads/${branch}`],
      ...remoteTag ? [] : [`refs/tags/${inputs.tag}:refs/tags/${inputs.tag}`],
      ...majorInPlace ? [] : [`+${commit}:refs/tags/${major}`]
    ];
    const pushed = await g.push(remote, refspecs, { atomic: true });
    if (pushed.code !== 0) {
      const why = rejected(`${pushed.stdout}
${pushed.stderr}`);
      if (/non-fast-forward|fetch first|stale info/.test(why)) {
        throw new UserError(`git push ${remote}: ${branch} moved on since the release started (${why}); nothing was pushed (--atomic). The image and chart of ${inputs.version} are published from ${commit.slice(0, 12)}: push its tag and merge it (git push ${remote} ${inputs.tag}; git merge ${inputs.tag}), or run the release again once ${branch} is merged`);
      }
      throw new UserError(`git push ${remote} failed, nothing was pushed (--atomic): ${why}`);
    }
    const after = await g.lsRemote(remote, [`refs/heads/${branch}`, `refs/tags/${inputs.tag}`, ...major ? [`refs/tags/${major}`] : []]);
    const arrived = after.tags.get(inputs.tag);
    if (!arrived || !arrived.annotated || arrived.commit !== commit) {
      throw new UserError(`git push ${remote} reported success, but ${remote} ${arrived ? `has ${inputs.tag} ${arrived.annotated ? "" : "as a lightweight tag "}at ${arrived.commit.slice(0, 12)}` : `has no tag ${inputs.tag}`}`);
    }
    if (!branchHasCommit && after.heads.get(branch) !== commit) throw new UserError(`git push ${remote} reported success, but ${branch} there is at ${after.heads.get(branch)?.slice(0, 12) ?? "nothing"}, not at the release commit`);
    if (major && after.tags.get(major)?.commit !== commit) throw new UserError(`git push ${remote} reported success, but ${major} there is not at the release commit`);
    reporter.info(`pushed ${refspecs.map((r) => r.replace(/^\+/, "").split(":")[1]).join(", ")} to ${remote}; ${inputs.tag} is there, annotated, at ${commit.slice(0, 12)}`);
  }
};

// src/release/steps/github-release.ts
var import_semver7 = __toESM(require_semver(), 1);

// src/release/changelog.ts
var SEMVER = String.raw`\d+\.\d+\.\d+(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?`;
var VERSION_HEADING = new RegExp(String.raw`^\[?(?:[A-Za-z@][\w@/.-]*\s+)?v?(${SEMVER})(?=$|[\]\s(])`);
var UNRELEASED = /^\[?unreleased\]?(?=$|[\s(\]])/i;
var FENCE = /^ {0,3}(`{3,}|~{3,})/;
var LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:\s*\S+/;
function headingVersion(text) {
  if (UNRELEASED.test(text)) return "unreleased";
  return VERSION_HEADING.exec(text)?.[1];
}
function changelogSection(text, version2) {
  const lines = text.split(/\r?\n/);
  let fence;
  let start;
  let end = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const opening = FENCE.exec(line)?.[1];
    if (fence) {
      if (opening && opening[0] === fence[0] && opening.length >= fence.length && line.trim() === opening) fence = void 0;
      continue;
    }
    if (opening) {
      fence = opening;
      continue;
    }
    const level1 = /^ {0,3}#\s/.test(line);
    const level2 = /^ {0,3}##\s+(.*?)\s*#*\s*$/.exec(line);
    const named = level2 ? headingVersion(level2[1] ?? "") : void 0;
    if (start === void 0) {
      if (named === version2) start = i;
    } else if (level1 || named) {
      end = i;
      break;
    }
  }
  if (start === void 0) return { body: "" };
  let body = lines.slice(start + 1, end);
  if (end === lines.length) {
    let cut = body.length;
    while (cut > 0 && (LINK_DEFINITION.test(body[cut - 1] ?? "") || (body[cut - 1] ?? "").trim() === "")) cut--;
    body = body.slice(0, cut);
  }
  return { line: start + 1, heading: (lines[start] ?? "").trim(), body: body.join("\n").replace(/^\s*\n/, "").trimEnd() };
}
function readChangelogNotes(root, file, version2) {
  if (!existsInRepo(root, file)) return { text: "", warning: `release notes: ${file} does not exist, so the notes have no changelog section for ${version2}` };
  const section = changelogSection(readRepoText(root, file), version2);
  if (section.line === void 0) {
    return { text: "", warning: `release notes: ${file} has no section for ${version2} (a heading such as "## [${version2}] - DATE" or "## ${version2} (DATE)"), so the notes have no changelog part` };
  }
  if (!section.body.trim()) return { text: "", warning: `release notes: ${file}:${section.line}: the section of ${version2} is empty` };
  return { text: section.body };
}
async function composeNotes(root, version2, sources, generate, warn) {
  const parts = [];
  for (const source of sources) {
    if (source.kind === "generated") parts.push(await generate(source));
    else if (source.kind === "file") parts.push(source.text);
    else {
      const notes = readChangelogNotes(root, source.file, version2);
      if (notes.warning) warn(notes.warning);
      parts.push(notes.text);
    }
  }
  return parts.map((p) => p.trim()).filter(Boolean).join("\n\n");
}

// src/release/steps/github-release.ts
async function expectedAssets(ctx) {
  const { inputs } = ctx;
  if (!inputs.chart) return [];
  const artifact = ctx.artifacts.get("chartArtifact", "github-release");
  const target = ctx.artifacts.get("chartContext", "github-release").artifacts.get("target", "github-release");
  const { bytes: manifest, descriptor } = await target.fetchManifest(inputs.chart.chart.version);
  const layer = manifestReferences(manifest, descriptor.mediaType).blobs.find((l) => l.mediaType === artifact.layer.mediaType) ?? artifact.layer;
  const bytes = await target.fetchBlob(layer.digest);
  return [{ name: `${inputs.chart.chart.name}-${inputs.chart.chart.version}.tgz`, bytes, digest: layer.digest, contentType: "application/gzip" }];
}
function isLatest(ctx) {
  const { inputs, artifacts } = ctx;
  if (inputs.prerelease) return false;
  const [first] = inputs.images.length ? artifacts.get("images", "github-release") : [];
  if (first) return first.latest ?? false;
  return !artifacts.get("world", "github-release").remoteVersionTags.some((v) => import_semver7.default.gt(v, inputs.version));
}
function assetDifferences(release, expected) {
  const problems = [];
  for (const a of release.assets) {
    const mine = expected.find((e) => e.name === a.name);
    if (!mine) problems.push(`${a.name} is not this release's`);
    else if (a.state === "uploaded" && (a.digest ? a.digest !== mine.digest : a.size !== mine.bytes.byteLength)) problems.push(`${a.name} holds other bytes (${a.digest ?? `${a.size} bytes`}, not ${mine.digest})`);
  }
  return problems;
}
var GITHUB_RELEASE_DEADLINE_MS = 10 * 6e4;
var githubRelease = {
  name: "github-release",
  async run(ctx) {
    const { inputs, artifacts, reporter } = ctx;
    const { github } = inputs;
    if (github.mode === "skip") return new Skip("input github-release: skip");
    if (inputs.dryRun) {
      const notes = await composeNotes(inputs.root, inputs.version, github.notes, async () => "", (w) => reporter.warning(w));
      const changelog = github.notes.find((n) => n.kind === "changelog");
      if (changelog && notes) reporter.info(`release notes: the section of ${inputs.version} in ${changelog.file} (${notes.split("\n").length} lines) would be the notes`);
      return new Skip("dry run: no GitHub release");
    }
    if (inputs.phase === "candidate") return new Skip("phase candidate: the publish job makes the GitHub release");
    const commit = artifacts.get("releaseCommit", "github-release");
    const expected = await expectedAssets(ctx);
    const latest = isLatest(ctx);
    const gh = artifacts.find("github");
    if (github.mode === "print" || !gh) {
      const api = `${github.apiUrl}/repos/${github.owner || "OWNER"}/${github.repo || "REPO"}`;
      const generated = github.notes.flatMap((n) => n.kind === "generated" ? [n] : []);
      const notes = await composeNotes(inputs.root, inputs.version, github.notes, async () => `(GitHub's generated notes for ${inputs.tag})`, (w) => reporter.warning(w));
      const body = releaseBody(notes, ctx);
      const printed = [
        ...generated.map((n) => `POST ${api}/releases/generate-notes  {"tag_name":"${inputs.tag}","target_commitish":"${commit}"${n.configurationFile ? `,"configuration_file_path":"${n.configurationFile}"` : ""}}`),
        `POST ${api}/releases  {"tag_name":"${inputs.tag}","target_commitish":"${commit}","name":"${inputs.tag}","draft":true,"prerelease":${inputs.prerelease}}`,
        ...expected.map((a) => `POST <upload_url>?name=${a.name}  (${a.bytes.byteLength} bytes, ${a.digest})`),
        `PATCH ${api}/releases/<id>  {"draft":false,"make_latest":"${latest ? "true" : "false"}"}`
      ];
      for (const line of printed) reporter.info(`github-release (printed, not sent): ${line}`);
      reporter.info("github-release body (printed, not sent):");
      for (const line of body.trimEnd().split("\n")) reporter.info(`  ${line}`);
      ctx.notes.push("GitHub release: printed, not sent (github-release: print)");
      return new Skip("input github-release is print: the requests above were printed, not sent");
    }
    return gh.within("github-release", GITHUB_RELEASE_DEADLINE_MS, async () => {
      let release = await findRelease(gh, inputs.tag);
      if (release && !release.draft) {
        const problems = assetDifferences(release, expected);
        const { assets } = release;
        const missing = expected.filter((e) => !assets.some((a) => a.name === e.name && a.state === "uploaded"));
        if (problems.length || missing.length) {
          throw new UserError(`the GitHub release ${inputs.tag} exists with other assets (${[...problems, ...missing.map((m) => `${m.name} is missing`)].join("; ")}); nothing was changed: delete that release (the git tag stays) and run again, or fix its assets by hand`);
        }
        artifacts.set("release", release, "github-release");
        return new AlreadyDone(`the GitHub release ${inputs.tag} is published with its ${expected.length ? "asset" : "body"} (${release.htmlUrl})`);
      }
      if (release) {
        const foreign = assetDifferences(release, expected);
        if (foreign.length) throw new UserError(`the draft GitHub release ${inputs.tag} holds other assets (${foreign.join("; ")}); nothing was changed: delete the draft and run again`);
        reporter.info(`finishing the draft GitHub release ${inputs.tag} a previous run left`);
      } else {
        const notes = await composeNotes(inputs.root, inputs.version, github.notes, async (n) => (await generateNotes(gh, { tag: inputs.tag, target: commit, configurationFile: n.configurationFile })).body, (w) => reporter.warning(w));
        release = await createDraft(gh, { tag: inputs.tag, target: commit, name: inputs.tag, body: releaseBody(notes, ctx), prerelease: inputs.prerelease });
        release ??= await findRelease(gh, inputs.tag);
        if (!release) throw new UserError(`GitHub said the release ${inputs.tag} exists, but it cannot be found`);
        if (!release.draft) throw new UserError(`the GitHub release ${inputs.tag} was published meanwhile by someone else; nothing was changed: compare it with this release`);
      }
      for (const asset of expected) {
        const present = release.assets.find((a) => a.name === asset.name);
        if (present?.state === "uploaded") continue;
        if (present) await deleteAsset(gh, present);
        const uploaded = await uploadAsset(gh, release, asset);
        if (!uploaded) {
          const again = await findRelease(gh, inputs.tag);
          const landed = again?.assets.find((a) => a.name === asset.name);
          if (!landed || (landed.digest ? landed.digest !== asset.digest : landed.size !== asset.bytes.byteLength)) throw new UserError(`attaching ${asset.name} to ${inputs.tag}: GitHub says it exists, with other bytes`);
        }
      }
      const publishedRelease = await publishDraft(gh, release, latest);
      const check = await findRelease(gh, inputs.tag);
      if (!check || check.draft || assetDifferences(check, expected).length || expected.some((e) => !check.assets.some((a) => a.name === e.name && a.state === "uploaded"))) {
        throw new UserError(`the GitHub release ${inputs.tag} does not read back as published with its assets`);
      }
      artifacts.set("release", check, "github-release");
      reporter.info(`GitHub release ${inputs.tag}: ${publishedRelease.htmlUrl}${inputs.prerelease ? " (prerelease)" : latest ? " (latest)" : ""}`);
      return void 0;
    });
  }
};

// src/image/prebuild.ts
import { createHash } from "node:crypto";
import { existsSync as existsSync5, mkdirSync, readdirSync, readFileSync as readFileSync5, rmSync as rmSync3, writeFileSync as writeFileSync2 } from "node:fs";
import path8 from "node:path";
function slug(image2) {
  return image2.replace(/[^a-z0-9.-]/gi, "_");
}
function hash(value) {
  return createHash("sha256").update(JSON.stringify(value)).digest("hex");
}
function readJson(file) {
  try {
    const parsed = JSON.parse(readFileSync5(file, "utf8"));
    return parsed && typeof parsed === "object" ? parsed : void 0;
  } catch {
    return void 0;
  }
}
function preBuildEnv(env = process.env) {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith("INPUT_")));
}
function buildsDir(root) {
  return path8.join(repositoryStateDir(root), "builds");
}
function pruneBuilds(root, releaseCommit) {
  const dir = buildsDir(root);
  if (!existsSync5(dir)) return 0;
  let removed = 0;
  for (const entry of readdirSync(dir)) {
    if (entry.startsWith(`${releaseCommit.slice(0, 12)}-`)) continue;
    rmSync3(path8.join(dir, entry), { recursive: true, force: true });
    removed++;
  }
  return removed;
}
function removeBuilds(root, releaseCommit) {
  const dir = buildsDir(root);
  if (!existsSync5(dir)) return;
  for (const entry of readdirSync(dir)) if (entry.startsWith(`${releaseCommit.slice(0, 12)}-`)) rmSync3(path8.join(dir, entry), { recursive: true, force: true });
}
var ImageBuildCache = class {
  constructor(root, releaseCommit, job, preBuild) {
    this.root = root;
    this.releaseCommit = releaseCommit;
    this.job = job;
    this.preBuild = preBuild;
    this.dir = path8.join(buildsDir(root), `${releaseCommit.slice(0, 12)}-${slug(job.image)}`);
  }
  root;
  releaseCommit;
  job;
  preBuild;
  dir;
  /** The checkout the pre-build runs in, and the image is built from. */
  get tree() {
    return path8.join(this.dir, "tree");
  }
  /** What the pre-built checkout depends on: the commit and the commands. */
  preBuildKey() {
    return hash({ commit: this.releaseCommit, dir: this.preBuild?.dir, commands: this.preBuild?.commands });
  }
  /** What the candidate depends on: the pre-build, and every build setting. */
  candidateKey(destination) {
    const { job } = this;
    return hash({
      preBuild: this.preBuild ? this.preBuildKey() : void 0,
      commit: this.releaseCommit,
      image: job.image,
      context: path8.relative(job.root, job.context),
      dockerfile: path8.relative(job.root, job.dockerfile),
      platforms: job.platforms.map((p) => p.id),
      buildArgs: job.buildArgs,
      // `created` is the clock's (unless SOURCE_DATE_EPOCH): the same release built again is the same candidate.
      labels: Object.fromEntries(Object.entries(job.labels).filter(([name]) => name !== "org.opencontainers.image.created")),
      destination
    });
  }
  /** The candidate an earlier run of this release built, pushed and started, when nothing it depends on changed. */
  candidate(key2) {
    const saved = readJson(path8.join(this.dir, "candidate.json"));
    return saved?.key === key2 && typeof saved.digest === "string" ? saved.digest : void 0;
  }
  saveCandidate(key2, digest) {
    mkdirSync(this.dir, { recursive: true, mode: 448 });
    writeFileSync2(path8.join(this.dir, "candidate.json"), `${JSON.stringify({ key: key2, digest })}
`);
  }
  /** The job built from the pre-built checkout: its context and Dockerfile at the same places in it. */
  rebased(job) {
    const inTree = (file) => path8.join(this.tree, path8.relative(job.root, file));
    return { ...job, context: inTree(job.context), dockerfile: inTree(job.dockerfile) };
  }
  /**
   * Runs the pre-build in a checkout of the release commit, once per release: a checkout an earlier
   * run finished with the same commands is used as it is. Returns whether the commands ran.
   */
  async run(git2, reporter, signal) {
    const preBuild = this.preBuild;
    if (!preBuild) return false;
    const key2 = this.preBuildKey();
    const marker = path8.join(this.dir, "prebuild.json");
    if (readJson(marker)?.key === key2 && existsSync5(this.tree)) {
      reporter.info(`pre-build of ${this.job.image}: already ran for the release commit ${this.releaseCommit.slice(0, 12)} (kept in ${path8.relative(this.root, this.tree) || this.tree}); not run again`);
      return false;
    }
    rmSync3(this.dir, { recursive: true, force: true });
    mkdirSync(this.tree, { recursive: true, mode: 448 });
    await git2.exportTree(this.releaseCommit, this.tree);
    const cwd = path8.join(this.tree, preBuild.dir);
    const deadline = performance.now() + preBuild.timeoutSeconds * 1e3;
    await reporter.group(`pre-build of ${this.job.image}`, async () => {
      for (const [i, [bin, ...args]] of preBuild.commands.entries()) {
        const what = `${preBuild.origin}.run[${i}]`;
        const command = [bin, ...args].join(" ");
        if (!bin) throw new UserError(`${what}: is empty`);
        const left = Math.round(deadline - performance.now());
        if (left <= 0) throw new UserError(`${preBuild.origin}: did not finish within ${preBuild.timeoutSeconds} s (preBuild.timeout); stopped before \`${command}\``);
        reporter.info(`$ ${command}   (in ${preBuild.dir})`);
        const started = performance.now();
        let result;
        try {
          result = await exec(bin, args, { cwd, env: preBuildEnv(), timeoutMs: left, onLine: (line) => reporter.info(line), ...signal ? { signal } : {} });
        } catch (err) {
          if (err instanceof ToolNotFoundError) throw new UserError(`${what}: ${err.message}`);
          throw err;
        }
        if (result.timedOut) throw new UserError(`${preBuild.origin}: did not finish within ${preBuild.timeoutSeconds} s (preBuild.timeout): \`${command}\` was stopped`);
        if (result.aborted) throw new UserError(`${what}: \`${command}\` was stopped (interrupted)`);
        if (result.code !== 0) throw new UserError(`${what}: \`${command}\` failed (exit ${result.code}): ${lastLines(result, 3)}`);
        reporter.info(`$ ${command}: done in ${((performance.now() - started) / 1e3).toFixed(1)} s`);
      }
    });
    writeFileSync2(marker, `${JSON.stringify({ key: key2 })}
`);
    return true;
  }
};

// src/release/images.ts
var ImageProgress = class {
  constructor(image2, target) {
    this.image = image2;
    this.target = target;
  }
  image;
  target;
  /** The image steps' context (builder chosen, engine checked, logged in), opened once. */
  context;
  /** The candidate's digest (the published one once published), and which step found it. */
  candidate;
  index;
  /** This machine's platform of the candidate in the Docker engine, for the smoke methods. */
  localRef;
  /** The tags the publish step pointed at the candidate, and whether `latest` is one of them. */
  tags;
  latest;
  get name() {
    return this.image.job.image;
  }
  setDigest(digest, step) {
    this.candidate = { digest, by: step };
  }
  /** The candidate digest, or undefined (summaries written after a failure). */
  get digest() {
    return this.candidate?.digest;
  }
  /** The candidate digest; a programming error naming the image when no earlier step found it. */
  digestFor(neededBy) {
    if (!this.candidate) throw new Error(`${neededBy} needs the candidate digest of ${this.name}, which no earlier step produced`);
    return this.candidate.digest;
  }
};
function imagesOf(ctx, neededBy) {
  return ctx.inputs.images.length ? ctx.artifacts.get("images", neededBy) : [];
}
function position(index, count) {
  return count > 1 ? ` (${index + 1} of ${count})` : "";
}

// src/release/steps/image.ts
async function openImageContext(ctx, image2, neededBy, job = image2.image.job) {
  if (image2.context) return image2.context;
  const releaseCommit = ctx.artifacts.get("releaseCommit", neededBy);
  const made = await imageContext({ ...job, labels: { ...job.labels, [`${OCI}.revision`]: releaseCommit } }, ctx.reporter, ctx.cleanup, true);
  image2.context = made;
  return made;
}
async function loadForSmoke(ctx, image2) {
  if (image2.localRef) return image2.localRef;
  const { job, destination } = image2.image;
  const digest = image2.digestFor("smoke");
  const context3 = await openImageContext(ctx, image2, "smoke");
  const host = goArchitecture();
  if (destination.kind === "layout") {
    const index = await checkIndex(image2.target, digest, job.platforms);
    const own = index.images.find((i) => i.platform.architecture === host);
    if (!own) throw new UserError(`${job.image}@${digest} has no ${host} image for the smoke methods to deploy`);
    image2.localRef = await loadFromLayout(context3, image2.target, own.digest, own.platform.architecture);
    return image2.localRef;
  }
  const ref = `${job.image}@${digest}`;
  await context3.docker.pull(ref, `linux/${host}`);
  context3.cleanup.add({ kind: "docker-image", ref });
  image2.localRef = ref;
  return ref;
}
function destinationKey(image2) {
  const { destination } = image2.image;
  return destination.kind === "layout" ? `layout:${destination.dir}` : `registry:${image2.name}`;
}
async function buildOne(ctx, image2, releaseCommit, where) {
  const { reporter } = ctx;
  const { job, preBuild } = image2.image;
  const cache = new ImageBuildCache(ctx.inputs.root, releaseCommit, job, preBuild);
  const key2 = cache.candidateKey(destinationKey(image2));
  const kept = cache.candidate(key2);
  if (kept) {
    const origin = await imageOrigin(image2.target, kept);
    if (origin?.revision === releaseCommit) {
      image2.setDigest(kept, "image");
      reporter.info(`${job.image}${where}: the candidate ${kept} an earlier run of this release built, pushed and started is in ${image2.target.name}; not built again`);
      return "reused";
    }
  }
  await cache.run(ctx.git, reporter, ctx.signal);
  const context3 = await openImageContext(ctx, image2, "image", preBuild ? cache.rebased(job) : job);
  const { target } = image2;
  if (target instanceof OciLayoutTarget) {
    await target.init();
    reporter.info(`into the OCI image layout ${target.path} (${job.image} is only the image's name there: nothing goes to a registry)`);
  }
  const built = await buildCandidate(context3, target);
  image2.setDigest(built.digest, "image");
  reporter.info(`candidate ${job.image}@${built.digest} pushed by digest, untagged${built.blobsUploaded !== void 0 ? ` (${built.blobsUploaded} blobs uploaded)` : ""}`);
  if (image2.image.destination.kind === "layout") {
    const { index, started, localRef } = await verifyCandidateInLayout(context3, target, built.digest);
    image2.index = index;
    ctx.started.push(...started);
    if (localRef) image2.localRef = localRef;
  } else {
    const { index, started } = await verifyCandidate(context3, target, built.digest);
    image2.index = index;
    ctx.started.push(...started);
  }
  cache.saveCandidate(key2, built.digest);
  reporter.info(`image${where} ${job.image}: the candidate ${built.digest} is built, pushed by digest and started on ${job.platforms.map((p) => p.id).join(", ")}`);
  return "built";
}
var image = {
  name: "image",
  async run(ctx) {
    const { inputs, artifacts, reporter } = ctx;
    const images = imagesOf(ctx, "image");
    if (!images.length) return new Skip("no image is released (input image: false, or no image configured)");
    const world = artifacts.get("world", "image");
    const releaseCommit = artifacts.get("releaseCommit", "image");
    const done = artifacts.get("done", "image");
    const notBuilt = [];
    let built = 0;
    if (inputs.phase !== "publish") {
      const pruned = pruneBuilds(inputs.root, releaseCommit);
      if (pruned) reporter.debug(`removed ${pruned} builds kept for other release commits`);
    }
    for (const [i, progress] of images.entries()) {
      const { job } = progress.image;
      const where = position(i, images.length);
      const published2 = world.images.get(job.image);
      if (done.images.has(job.image) && published2) {
        progress.setDigest(published2.digest, "image");
        notBuilt.push(`${job.image}:${inputs.version} is published (${published2.digest}) from this release's commit ${releaseCommit.slice(0, 12)}`);
        reporter.info(`${job.image}${where}: published from this release's commit already; nothing is built`);
        continue;
      }
      if (inputs.phase === "publish") {
        const digest = inputs.handed.images.get(job.image);
        if (!digest) throw new UserError(`input candidate-image: no candidate of ${job.image} (required with phase publish)`);
        const origin = await imageOrigin(progress.target, digest);
        if (!origin) throw new UserError(`input candidate-image: ${job.image}@${digest} is not in the registry`);
        if (origin.revision !== releaseCommit) throw new UserError(`input candidate-image: ${job.image}@${digest} was built from ${origin.revision ? `commit ${origin.revision.slice(0, 12)}` : "an unknown commit"}, not from this release's commit ${releaseCommit.slice(0, 12)}`);
        progress.setDigest(digest, "image");
        notBuilt.push(`the candidate job built ${job.image}@${digest} from this release's commit`);
        continue;
      }
      if (await buildOne(ctx, progress, releaseCommit, where) === "built") built++;
      else notBuilt.push(`${job.image}: an earlier run of this release built it`);
    }
    if (!built && images.length === 1) return new AlreadyDone(`${notBuilt[0]}; nothing is built`);
    if (!built) return new AlreadyDone(`${notBuilt.join("; ")}; nothing is built`);
  }
};

// src/release/steps/notes-only.ts
var NOTES_DEADLINE_MS = 5 * 6e4;
var notesOnlyPreflight = {
  name: "preflight",
  async run(ctx) {
    const { inputs, artifacts, reporter } = ctx;
    const { github } = inputs;
    if (github.mode !== "create" || !github.token) return new Skip(`github-release ${github.mode === "create" ? "without a token (dry run)" : github.mode}: the release is not read; the notes are printed`);
    const client = new GitHubClient({ owner: github.owner, repo: github.repo, token: github.token, baseUrl: github.apiUrl });
    artifacts.set("github", client, "preflight");
    const release = await client.within("preflight: read the GitHub release", PREFLIGHT_GITHUB_DEADLINE_MS, () => findRelease(client, inputs.tag));
    if (!release) {
      throw new UserError(`input notes-only: there is no GitHub release ${inputs.tag} in ${client.fullName} to update; release ${inputs.version} first (notes-only changes the notes of a release that exists, and publishes nothing)`);
    }
    artifacts.set("release", release, "preflight");
    reporter.info(`the GitHub release ${inputs.tag}${release.draft ? " (a draft)" : ""} is there: ${release.htmlUrl}`);
  }
};
var notesOnly = {
  name: "release-notes",
  async run(ctx) {
    const { inputs, artifacts, reporter } = ctx;
    const { github } = inputs;
    const gh = artifacts.find("github");
    const release = artifacts.find("release");
    const update = async () => {
      const generate = async ({ configurationFile }) => gh && release ? (await generateNotes(gh, { tag: inputs.tag, target: release.targetCommitish, configurationFile })).body : `(GitHub's generated notes for ${inputs.tag})`;
      const notes = await composeNotes(inputs.root, inputs.version, github.notes, generate, (w) => reporter.warning(w));
      if (!notes) throw new UserError(`input notes-only: no notes for ${inputs.tag} (${github.notes.length ? "see the warning above" : "release-notes is none"}); the release is left as it is`);
      const body = release ? withNotes(release.body, notes) : notes;
      if (release && body === release.body) return new AlreadyDone(`the notes of ${inputs.tag} are these already (${release.htmlUrl})`);
      if (!gh || !release || inputs.dryRun) {
        const api = `${github.apiUrl}/repos/${github.owner || "OWNER"}/${github.repo || "REPO"}`;
        reporter.info(`release-notes (printed, not sent): PATCH ${api}/releases/${release?.id ?? "<id>"}  {"body": <below>}`);
        for (const line of body.trimEnd().split("\n")) reporter.info(`  ${line}`);
        ctx.notes.push(`notes of ${inputs.tag}: printed, not sent`);
        return new Skip(inputs.dryRun ? "dry run: the notes above were not sent" : `github-release ${github.mode}: the notes above were not sent`);
      }
      const updated = await updateReleaseBody(gh, release, body);
      artifacts.set("release", updated, "release-notes");
      reporter.info(`the notes of ${inputs.tag} are updated: ${updated.htmlUrl}`);
      ctx.notes.push(`notes only: the notes of ${inputs.tag} were replaced; nothing else was published`);
      return void 0;
    };
    return gh ? gh.within("release-notes", NOTES_DEADLINE_MS, update) : update();
  }
};

// src/release/steps/npm.ts
import path13 from "node:path";

// src/npm/dist-tags.ts
var import_semver8 = __toESM(require_semver(), 1);
function usableChannel(id) {
  return typeof id === "string" && /^[a-zA-Z][0-9a-zA-Z-]*$/.test(id) && id !== "latest" && !id.startsWith("latest-") && import_semver8.default.validRange(id) === null;
}
function channelOf(version2) {
  if (version2.prerelease.length === 0) return "latest";
  const id = version2.prerelease[0];
  return usableChannel(id) ? id.toLowerCase() : "next";
}
function chooseDistTag(version2, distTags, published2) {
  const v = import_semver8.default.parse(version2);
  if (!v || v.build.length > 0 || v.version !== version2) throw new UserError(`npm version ${JSON.stringify(version2)}: not a SemVer version without build metadata`);
  const channel = channelOf(v);
  const notes = [];
  if (v.prerelease.length > 0) notes.push(`${v.version} is a prerelease: tag ${channel}${channel === "next" ? ` (its first identifier ${JSON.stringify(v.prerelease[0])} is no tag name)` : ""}, never latest`);
  const current = distTags[channel];
  const currentVersion = current ? import_semver8.default.parse(current) : null;
  if (!currentVersion || import_semver8.default.gte(v, currentVersion)) return { tag: channel, latest: channel === "latest", notes };
  notes.push(`not moving ${channel}: it names ${currentVersion.version}, which is higher`);
  const family = [...published2].map((p) => import_semver8.default.parse(p)).filter((p) => p !== null && p.build.length === 0 && channelOf(p) === channel && p.compare(v) > 0);
  const lines = [
    [`${channel}-${v.major}`, (p) => p.major === v.major],
    [`${channel}-${v.major}.${v.minor}`, (p) => p.major === v.major && p.minor === v.minor]
  ];
  for (const [tag, inLine] of lines) {
    const higher = family.filter(inLine).sort(import_semver8.default.rcompare)[0];
    if (!higher) return { tag, latest: false, notes };
    notes.push(`not ${tag}: ${higher.version} is on the registry and is higher`);
  }
  const own = `${channel}-${v.major}.${v.minor}.${v.patch}`;
  const ownNames = distTags[own] ? import_semver8.default.parse(distTags[own]) : null;
  if (ownNames && import_semver8.default.gt(ownNames, v)) {
    throw new UserError(`npm dist-tag for ${v.version}: every tag it could get names a higher version (${own} names ${ownNames.version}); publishing it would move one back: release another version`);
  }
  return { tag: own, latest: false, notes };
}

// src/npm/publish.ts
function compareIntegrity(published2, tarball) {
  const sha512 = (published2.integrity ?? "").split(/\s+/).filter((h) => h.startsWith("sha512-"));
  if (sha512.length) return sha512.includes(tarball.integrity) ? "same" : "other";
  if (published2.shasum) return published2.shasum.toLowerCase() === tarball.shasum ? "same" : "other";
  return "unknown";
}
function conflict(job, published2, tarball, verdict) {
  const theirs = published2.integrity ?? (published2.shasum ? `sha1 ${published2.shasum}` : "no integrity");
  const why = verdict === "other" ? `with other content (${theirs}, this release's tarball is ${tarball.integrity})` : "without an integrity to compare this tarball with";
  return new UserError(`${job.name}@${job.version} is already published at ${job.registry} ${why}; a published npm version is immutable: nothing was changed, release another version`);
}
function judgePublished(job, state, tarball) {
  const published2 = state.versions.get(job.version);
  if (!published2) return "absent";
  const verdict = compareIntegrity(published2, tarball);
  if (verdict !== "same") throw conflict(job, published2, tarball, verdict);
  return "same";
}
function isVersionTaken(error) {
  return error.npmCode === "EPUBLISHCONFLICT" || error.npmCode === "E409" || /cannot publish over|previously published/i.test(error.summary);
}
function refusal2(job, error, user) {
  const who = user ? `npm user ${user}` : "the token's user";
  if (error.npmCode === "E401" || error.npmCode === "ENEEDAUTH") {
    return new UserError(`npm publish ${job.name}@${job.version} to ${job.registry}: the registry does not accept the token (${error.npmCode}); set ${job.tokenName} to a token it issued, with write access to ${job.name}`);
  }
  if (error.npmCode === "E403" || error.npmCode === "E404") {
    return new UserError(`npm publish ${job.name}@${job.version} to ${job.registry}: refused (${error.npmCode}: ${error.summary.slice(0, 300)}); ${who} may not publish ${job.name}: a maintainer can grant it (npm owner add <user> ${job.name}, or read-write access for the token), or use a maintainer's token; nothing was published`);
  }
  return error;
}
var defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function readBack(job, tarball, tag, options) {
  const deadline = Date.now() + (options.readBackMs ?? 12e4);
  const sleep = options.sleep ?? defaultSleep;
  const unverified = (reason) => new UserError(`${job.name}@${job.version} was published to ${job.registry} but is not verified: ${reason}; check it (npm view ${job.name}@${job.version} dist.integrity) before anyone installs it`);
  for (let wait = 500; ; wait = Math.min(wait * 2, 5e3)) {
    let state;
    try {
      state = await readPackageState(job.registry, job.name, job.token, { ...options, tokenName: job.tokenName });
    } catch (error) {
      if (error instanceof UserError) throw unverified(error.message);
      throw error;
    }
    const published2 = state.versions.get(job.version);
    if (published2 && state.distTags[tag] === job.version) {
      const verdict = compareIntegrity(published2, tarball);
      if (verdict !== "same") throw unverified(`the registry reports ${published2.integrity ?? published2.shasum ?? "no integrity"}, not ${tarball.integrity}`);
      return;
    }
    if (Date.now() + wait > deadline) {
      throw unverified(published2 ? `its dist-tag ${tag} names ${state.distTags[tag] ?? "nothing"}` : `the registry does not show the version after ${Math.round((options.readBackMs ?? 12e4) / 1e3)} s`);
    }
    await sleep(wait);
  }
}
async function ensureTag(job, session, tarball, state, plan, options) {
  if (state.distTags[plan.tag] === job.version) return 0;
  await job.npm.distTagAdd(session, job.name, job.version, plan.tag);
  await readBack(job, tarball, plan.tag, options);
  return 1;
}
async function alreadyPublished(job, session, tarball, state, options) {
  const plan = chooseDistTag(job.version, state.distTags, state.versions.keys());
  const notes = [...plan.notes];
  if (!plan.latest && state.distTags.latest === job.version) {
    notes.push(`latest names ${job.version}, which the rules give ${plan.tag}: left as it is (npm dist-tag add ${job.name}@<version> latest moves it)`);
  }
  const writes = await ensureTag(job, session, tarball, state, plan, options);
  return { status: "already-published", name: job.name, version: job.version, registry: job.registry, integrity: tarball.integrity, tag: plan.tag, latest: plan.latest, writes, notes };
}
async function publishTarball(job, session, tarball, before, options = {}) {
  if (judgePublished(job, before, tarball) === "same") return alreadyPublished(job, session, tarball, before, options);
  const plan = chooseDistTag(job.version, before.distTags, before.versions.keys());
  try {
    await job.npm.publish(session, tarball.path, { tag: plan.tag, ...job.access ? { access: job.access } : {}, provenance: job.provenance });
  } catch (error) {
    if (!(error instanceof NpmError)) throw error;
    if (!isVersionTaken(error)) throw refusal2(job, error, options.user);
    const now = await readPackageState(job.registry, job.name, job.token, { ...options, tokenName: job.tokenName });
    if (judgePublished(job, now, tarball) === "absent") {
      throw new UserError(`npm publish ${job.name}@${job.version} to ${job.registry}: the registry refuses this version number (${error.summary.slice(0, 200)}); a version once published, even if removed since, cannot be published again: release another version`);
    }
    return alreadyPublished(job, session, tarball, now, options);
  }
  await readBack(job, tarball, plan.tag, options);
  return { status: "published", name: job.name, version: job.version, registry: job.registry, integrity: tarball.integrity, tag: plan.tag, latest: plan.latest, writes: 1, notes: plan.notes };
}

// src/npm/pipeline.ts
import path11 from "node:path";

// src/npm/preflight.ts
function githubRepositoryOf(url, host = "github.com") {
  const bare = (text) => /^([\w.-]+\/[\w.-]+?)(?:\.git)?$/.exec(text)?.[1]?.toLowerCase();
  if (url.startsWith("github:")) return host === "github.com" ? bare(url.slice("github:".length)) : void 0;
  if (!url.includes(":")) return host === "github.com" ? bare(url) : void 0;
  const escaped = host.replace(/\./g, "\\.");
  const match = new RegExp(`^(?:git\\+)?(?:https?|git|ssh)://(?:[^@/]+@)?${escaped}(?::\\d+)?/([\\w.-]+/[\\w.-]+?)(?:\\.git)?/?$`, "i").exec(url) ?? new RegExp(`^(?:git\\+ssh://)?git@${escaped}[:/]([\\w.-]+/[\\w.-]+?)(?:\\.git)?$`, "i").exec(url);
  return match?.[1]?.toLowerCase();
}
function provenanceProblems(job, state) {
  if (!job.provenance) return [];
  const env = job.env;
  const off = "or turn provenance off (npm.provenance: false in dot-ai-release.yaml)";
  if (env.GITHUB_ACTIONS !== "true") return [`npm --provenance is made only on GitHub Actions (GITHUB_ACTIONS is not true here): publish from a workflow, ${off}`];
  const problems = [];
  if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    problems.push(`npm --provenance needs GitHub's OIDC token, which this job may not request (ACTIONS_ID_TOKEN_REQUEST_URL is not set): give the job \`permissions: id-token: write\`, ${off}`);
  }
  const repository = env.GITHUB_REPOSITORY?.toLowerCase();
  if (repository) {
    const host = (() => {
      try {
        return new URL(env.GITHUB_SERVER_URL || "https://github.com").host;
      } catch {
        return "github.com";
      }
    })();
    const named = job.repositoryUrl ? githubRepositoryOf(job.repositoryUrl, host) : void 0;
    if (named !== repository) {
      const fix = `set "repository": {"type": "git", "url": "git+https://${host}/${env.GITHUB_REPOSITORY}.git"}`;
      problems.push(`package.json: repository ${job.repositoryUrl ? `is ${JSON.stringify(job.repositoryUrl)}` : "is missing"}, but the provenance names ${host}/${env.GITHUB_REPOSITORY}: the registry refuses a provenance of another repository; ${fix}`);
    }
  }
  const access = job.access ?? job.publishConfigAccess;
  if (scopeOf(job.name) && state && !state.exists && access !== "public") {
    problems.push(`${job.name} is a new scoped package: with provenance it must be published public; set npm.access: public in dot-ai-release.yaml (or publishConfig.access in package.json)`);
  }
  return problems;
}
function publishRight(user, collaborators, maintainers) {
  if (collaborators) {
    const access = collaborators[user];
    if (access === "read-write") return { ok: true, how: `${user} has read-write access` };
    const listed = Object.entries(collaborators).map(([u, a]) => `${u} (${a})`).join(", ");
    return { ok: false, why: `${user} ${access ? `has ${access} access` : "is not a collaborator"} (collaborators: ${listed || "none"})` };
  }
  if (maintainers.length) {
    if (maintainers.includes(user)) return { ok: true, how: `${user} is a maintainer` };
    return { ok: false, why: `${user} is not one of its maintainers (${maintainers.join(", ")})` };
  }
  return { ok: "unknown", why: "the registry lists neither collaborators nor maintainers" };
}
var TOKEN_REFUSED = /* @__PURE__ */ new Set(["E401", "ENEEDAUTH", "E403"]);
var NOT_IMPLEMENTED = /* @__PURE__ */ new Set(["E404", "E405", "E400", "E501"]);
async function checkNpmPermission(job, session, state) {
  if (!job.token) {
    throw new UserError(`npm: no token to publish ${job.name} to ${job.registry}: set NODE_AUTH_TOKEN${job.tokenInput ? ` (or ${job.tokenInput})` : ""} (on GitHub: \`env: NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}\`, a token with write access to ${job.name})`);
  }
  let user;
  try {
    user = await job.npm.whoami(session);
  } catch (error) {
    if (error instanceof NpmError && error.npmCode && TOKEN_REFUSED.has(error.npmCode)) {
      throw new UserError(`npm whoami at ${job.registry}: the registry does not accept the token in ${job.tokenName} (${error.npmCode}); set it to a token that registry issued, with write access to ${job.name} (on npmjs: a granular access token with "Read and write" on the package or its scope)`);
    }
    throw error;
  }
  if (!user) throw new UserError(`npm whoami at ${job.registry}: the registry names no user for the token in ${job.tokenName}; set it to a token that registry issued`);
  if (!state.exists) return { user, notes: [`${job.name} is new at ${job.registry}: ${user} publishes it first`] };
  let collaborators;
  try {
    collaborators = await job.npm.collaborators(session, job.name);
  } catch (error) {
    if (!(error instanceof NpmError) || !error.npmCode || !NOT_IMPLEMENTED.has(error.npmCode)) throw error;
  }
  const right = publishRight(user, collaborators, state.maintainers);
  if (right.ok === false) {
    throw new UserError(`npm user ${user} may not publish ${job.name} at ${job.registry}: ${right.why}; a maintainer can add it (npm owner add ${user} ${job.name}), or set ${job.tokenName} to a maintainer's token`);
  }
  return { user, notes: [right.ok === true ? `${right.how} to ${job.name}` : `${job.registry}: ${right.why} of ${job.name}: whether ${user} may publish it is known only when it does`] };
}

// src/npm/session.ts
import { rmSync as rmSync4, writeFileSync as writeFileSync3 } from "node:fs";
import path9 from "node:path";
function registryKey2(registry) {
  const url = new URL(registry);
  return `//${url.host}${url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`}`;
}
function npmrcText(registry, withToken) {
  return withToken ? `${registryKey2(registry)}:_authToken=\${NODE_AUTH_TOKEN}
` : "";
}
function openSession(job, reporter) {
  if (job.token) reporter.secret(job.token);
  const dir = temporaryDir(job.root, "dot-ai-release-npm-", job.env);
  const userconfig = path9.join(dir, ".npmrc");
  try {
    writeFileSync3(userconfig, npmrcText(job.registry, !!job.token), { mode: 384, flag: "wx" });
  } catch (error) {
    rmSync4(dir, { recursive: true, force: true });
    throw error;
  }
  const scope = scopeOf(job.name);
  return { registry: job.registry, dir, userconfig, ...scope ? { scope } : {}, ...job.token ? { token: job.token } : {} };
}

// src/npm/tarball.ts
import { createHash as createHash2 } from "node:crypto";
import { copyFileSync, createReadStream, readdirSync as readdirSync2, readFileSync as readFileSync6, renameSync, rmSync as rmSync5 } from "node:fs";
import path10 from "node:path";
import { createGunzip } from "node:zlib";
function tarballDigests(bytes) {
  return { integrity: `sha512-${createHash2("sha512").update(bytes).digest("base64")}`, shasum: createHash2("sha1").update(bytes).digest("hex") };
}
var MAX_MANIFEST_BYTES = 1024 * 1024;
var MAX_UNPACKED_BYTES = 2 * 1024 * 1024 * 1024;
function tarField(header2, offset, length) {
  const raw = header2.subarray(offset, offset + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end === -1 ? length : end).toString("utf8");
}
var TarWalker = class {
  constructor(wanted, what) {
    this.wanted = wanted;
    this.what = what;
  }
  wanted;
  what;
  pending = Buffer.alloc(0);
  /** Bytes of the current entry's data (padded to 512) still to pass. */
  remaining = 0;
  keep;
  longName;
  found;
  push(chunk) {
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    while (this.found === void 0) {
      if (this.remaining > 0) {
        if (this.pending.length === 0) return;
        const take = Math.min(this.remaining, this.pending.length);
        this.keep?.parts.push(this.pending.subarray(0, take));
        this.remaining -= take;
        this.pending = this.pending.subarray(take);
        if (this.remaining === 0) this.entryDone();
        continue;
      }
      if (this.pending.length < 512) return;
      const header2 = this.pending.subarray(0, 512);
      this.pending = this.pending.subarray(512);
      if (header2.every((b) => b === 0)) continue;
      const size = parseInt(tarField(header2, 124, 12).trim() || "0", 8);
      const type = String.fromCharCode(header2[156] ?? 48);
      const prefix = tarField(header2, 345, 155);
      const name = this.longName ?? (prefix ? `${prefix}/${tarField(header2, 0, 100)}` : tarField(header2, 0, 100));
      this.remaining = Math.ceil(size / 512) * 512;
      this.keep = void 0;
      if (type === "L" || type === "x") {
        if (size > MAX_MANIFEST_BYTES) throw new UserError(`${this.what}: a tar header record of ${size} bytes; not an npm package tarball`);
        this.keep = { kind: type, size, parts: [] };
      } else {
        this.longName = void 0;
        if ((type === "0" || type === "\0") && this.wanted(name)) {
          if (size > MAX_MANIFEST_BYTES) throw new UserError(`${this.what}: its package.json is larger than 1 MiB`);
          this.keep = { kind: "wanted", size, parts: [] };
        }
      }
      if (this.remaining === 0) this.entryDone();
    }
  }
  entryDone() {
    const keep = this.keep;
    this.keep = void 0;
    if (!keep) return;
    const data = Buffer.concat(keep.parts).subarray(0, keep.size);
    if (keep.kind === "wanted") this.found = data;
    else if (keep.kind === "L") this.longName = data.toString("utf8").replace(/\0+$/, "");
    else this.longName = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(data.toString("utf8"))?.[1] ?? this.longName;
  }
};
async function tarballManifest(file) {
  const what = path10.basename(file);
  const walker = new TarWalker((name) => /^[^/]+\/package\.json$/.test(name), what);
  const stream = createReadStream(file).pipe(createGunzip());
  let unpacked = 0;
  try {
    for await (const chunk of stream) {
      unpacked += chunk.length;
      if (unpacked > MAX_UNPACKED_BYTES) throw new UserError(`${what}: unpacks to more than ${MAX_UNPACKED_BYTES / 1024 ** 3} GiB; not an npm package this step publishes`);
      walker.push(chunk);
      if (walker.found) break;
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`${what}: not a gzip'd tar archive (${error.message})`);
  } finally {
    stream.destroy();
  }
  if (!walker.found) throw new UserError(`${what}: holds no package.json; not an npm package tarball`);
  try {
    return JSON.parse(walker.found.toString("utf8"));
  } catch {
    throw new UserError(`${what}: its package.json is not JSON`);
  }
}
async function readTarball(file) {
  const bytes = readFileSync6(file);
  const manifest = await tarballManifest(file);
  if (typeof manifest.name !== "string" || typeof manifest.version !== "string") throw new UserError(`${path10.basename(file)}: its package.json has no name or version`);
  return { path: file, name: manifest.name, version: manifest.version, ...tarballDigests(bytes), size: bytes.length };
}
function checkTarball(tarball, job, what) {
  if (tarball.name !== job.name || tarball.version !== job.version) {
    throw new UserError(`${what}: ${path10.basename(tarball.path)} holds ${tarball.name}@${tarball.version}, not ${job.name}@${job.version}`);
  }
}
async function packPackage(job, signal) {
  const { file, json } = readPackageJson(job.root, job.packageDir);
  if (json.version !== job.version) {
    throw new UserError(`${file}: version is ${JSON.stringify(json.version)}, not the release's ${job.version}: the version step writes it before the package is packed`);
  }
  const dir = temporaryDir(job.root, "dot-ai-release-npm-pack-", job.env);
  const temporary = [dir];
  try {
    const report = await job.npm.pack(job.packageDir, dir, { signal });
    const written = readdirSync2(dir).filter((f) => f.endsWith(".tgz"));
    if (written.length !== 1) throw new UserError(`npm pack (in ${file.replace(/package\.json$/, "") || "."}) wrote ${written.length} tarballs, expected one`);
    let tgz = path10.join(dir, written[0]);
    if (job.tarballDir) {
      const kept = path10.join(job.tarballDir, written[0]);
      try {
        renameSync(tgz, kept);
      } catch {
        copyFileSync(tgz, kept);
      }
      tgz = kept;
    }
    const tarball = await readTarball(tgz);
    checkTarball(tarball, job, "npm pack");
    if (report && report.integrity !== tarball.integrity) throw new UserError(`npm pack reported integrity ${report.integrity}, but ${path10.basename(tgz)} has ${tarball.integrity}`);
    return { tarball, temporary: job.tarballDir ? (rmSync5(dir, { recursive: true, force: true }), []) : temporary };
  } catch (error) {
    for (const d of temporary) rmSync5(d, { recursive: true, force: true });
    throw error;
  }
}

// src/npm/pipeline.ts
function npmContext(job, reporter, publishOptions) {
  if (job.token) reporter.secret(job.token);
  return { job, reporter, artifacts: new Artifacts(), temporary: [], ...publishOptions ? { publishOptions } : {} };
}
function npmSession(ctx) {
  ctx.session ??= openSession(ctx.job, ctx.reporter);
  return ctx.session;
}
async function useTarball(ctx, file, what = "input npm-tarball") {
  if (!file.endsWith(".tgz")) throw new UserError(`${what}: ${path11.basename(file)} is not an npm tarball (.tgz)`);
  const tarball = await readTarball(path11.resolve(file));
  checkTarball(tarball, ctx.job, what);
  ctx.artifacts.set("tarball", tarball, "candidate job");
  return tarball;
}
function lookup(ctx) {
  return readPackageState(ctx.job.registry, ctx.job.name, ctx.job.token, { ...ctx.publishOptions, tokenName: ctx.job.tokenName });
}
var npmPublish = {
  name: "npm-publish",
  async run(ctx) {
    const { job, reporter, artifacts } = ctx;
    const tarball = artifacts.get("tarball", "npm-publish");
    const state = await lookup(ctx);
    if (job.dryRun) {
      if (judgePublished(job, state, tarball) === "same") return new Skip(`dry run: ${job.name}@${job.version} is already published with this tarball; nothing is changed`);
      const plan = chooseDistTag(job.version, state.distTags, state.versions.keys());
      artifacts.set("plan", plan, "npm-publish");
      for (const note of plan.notes) reporter.info(note);
      return new Skip(`dry run: ${job.name}@${job.version} would be published to ${job.registry} under dist-tag ${plan.tag}`);
    }
    const published2 = await publishTarball(job, npmSession(ctx), tarball, state, { ...ctx.publishOptions, ...artifacts.find("user") ? { user: artifacts.find("user") } : {} });
    artifacts.set("published", published2, "npm-publish");
    artifacts.set("plan", { tag: published2.tag, latest: published2.latest, notes: published2.notes }, "npm-publish");
    for (const note of published2.notes) reporter.info(note);
    const where = `${job.name}@${job.version} at ${job.registry}`;
    if (published2.status === "already-published") {
      return new AlreadyDone(`${where} is published with this tarball (${published2.integrity.slice(0, 22)}\u2026)${published2.writes ? `; dist-tag ${published2.tag} set` : `, dist-tag ${published2.tag}`}`);
    }
    reporter.info(`published ${where} under dist-tag ${published2.tag}${job.provenance ? " with provenance" : ""}; read back: ${published2.integrity.slice(0, 22)}\u2026`);
  }
};

// src/release/tree.ts
import { rmSync as rmSync6 } from "node:fs";
import path12 from "node:path";
function statusPaths2(lines) {
  return lines.map((l) => l.slice(3));
}
async function treeChanges(git2) {
  return statusPaths2(await git2.changes(true));
}
async function putBack(git2, root, changed) {
  const tracked = [];
  const added = [];
  for (const file of changed) {
    if ((await git2.try(["cat-file", "-e", `HEAD:${file}`])).code === 0) tracked.push(file);
    else added.push(file);
  }
  if (added.length) await git2.run("git rm --cached", ["rm", "--cached", "--quiet", "--ignore-unmatch", "--", ...added]);
  for (const file of added) rmSync6(path12.join(root, file), { force: true });
  if (tracked.length) await git2.run("git checkout", ["checkout", "HEAD", "--", ...tracked]);
}

// src/release/steps/npm.ts
var OWNER = "npm";
function releaseNpmContext(ctx, neededBy) {
  const made = ctx.artifacts.find("npmContext");
  if (made) return made;
  const job = ctx.inputs.npm;
  if (!job) throw new Error(`${neededBy} needs the npm job, and this release has none`);
  const created = npmContext(job, ctx.reporter);
  ctx.artifacts.set("npmContext", created, neededBy);
  return created;
}
function openSession2(ctx, npm2) {
  const opened = npm2.session !== void 0;
  const session = npmSession(npm2);
  if (!opened) ctx.cleanup.add({ kind: "directory", path: session.dir }, OWNER);
  return session;
}
function npmPermissionCheck(ctx, world, writing) {
  const { inputs, reporter } = ctx;
  const job = inputs.npm;
  const state = world.npm;
  if (!job || !state || state.versions.has(job.version) || !(writing || inputs.dryRun)) return void 0;
  return (async () => {
    const problems = provenanceProblems(job, state);
    if (problems.length) throw new UserError(problems.join("; "));
    if (job.dryRun && !job.token) {
      reporter.info(`npm: dry run without a token (NODE_AUTH_TOKEN or input npm-token): whether it may publish ${job.name} is not checked`);
      return;
    }
    const npm2 = releaseNpmContext(ctx, "preflight");
    const permission = await checkNpmPermission(job, openSession2(ctx, npm2), state);
    npm2.artifacts.set("user", permission.user, "preflight");
    for (const note of permission.notes) reporter.info(note);
    reporter.info(`npm: the token is ${permission.user}'s at ${job.registry} (checked, nothing written)${job.provenance ? "; provenance: on" : ""}`);
  })();
}
async function pack(ctx, npm2) {
  const { job } = npm2;
  const dir = temporaryDir(job.root, "dot-ai-release-npm-tarball-", job.env);
  if (ctx.inputs.phase !== "candidate") ctx.cleanup.add({ kind: "directory", path: dir }, OWNER);
  const { tarball } = await packPackage({ ...job, tarballDir: dir }, ctx.signal);
  npm2.artifacts.set("tarball", tarball, "npm-pack");
  ctx.reporter.info(`packed ${path13.basename(tarball.path)} (${tarball.size} bytes, ${tarball.integrity}) outside the work tree`);
  return tarball;
}
async function packAndJudge(ctx, npm2) {
  const { inputs } = ctx;
  const { job } = npm2;
  let tarball;
  if (inputs.phase === "publish") {
    const handed = inputs.handed.npmTarball;
    if (!handed) throw new UserError("input candidate-npm: required with phase publish");
    tarball = await useTarball(npm2, handed, "input candidate-npm");
    ctx.reporter.info(`the candidate job's ${path13.basename(tarball.path)} (${tarball.integrity.slice(0, 22)}\u2026) is ${job.name}@${job.version}`);
  } else {
    tarball = await pack(ctx, npm2);
  }
  const state = ctx.artifacts.get("world", "npm-pack").npm;
  return state ? judgePublished(job, state, tarball) : "absent";
}
var npmPack = {
  name: "npm-pack",
  async run(ctx) {
    const { inputs, artifacts } = ctx;
    const job = inputs.npm;
    if (!job) return new Skip(`no npm package is released (${inputs.npmOff ?? "npm off"})`);
    let verdict;
    try {
      verdict = await packAndJudge(ctx, releaseNpmContext(ctx, "npm-pack"));
    } catch (error) {
      await putBack(ctx.git, inputs.root, artifacts.get("changedFiles", "npm-pack"));
      throw error;
    }
    if (verdict === "same") return new AlreadyDone(`${job.name}@${job.version} is published at ${job.registry} with this very tarball`);
  }
};
var npm = {
  name: "npm",
  async run(ctx) {
    const { inputs } = ctx;
    const job = inputs.npm;
    if (!job) return new Skip(`no npm package is released (${inputs.npmOff ?? "npm off"})`);
    if (inputs.phase === "candidate") return new Skip("phase candidate: the publish job publishes the tarball handed over (npm-tarball) once the smoke jobs passed");
    const context3 = releaseNpmContext(ctx, "npm");
    if (!job.dryRun) openSession2(ctx, context3);
    const outcome = await npmPublish.run(context3);
    if (context3.artifacts.find("published")) ctx.artifacts.set("npmPackage", { name: job.name, version: job.version, registry: job.registry }, "npm");
    return outcome;
  }
};

// src/release/permissions.ts
async function checkRegistryWrite(repository, what) {
  const { client } = repository;
  const operation = `check that the token may push to ${repository.name}`;
  const scopes = [repositoryScope(repository.repository, "pull,push")];
  try {
    const opened = await client.send({ method: "POST", url: `${client.baseUrl}/v2/${repository.repository}/blobs/uploads/`, scopes, operation, repository: repository.repository, maxBodyBytes: 0 });
    client.expect(opened, [202], { operation, repository: repository.repository });
    const location = opened.headers.get("location");
    if (location) {
      const url = client.sameOriginUrl(location, opened.url, operation, repository.repository, "an upload location", "not cancelling it there");
      await client.send({ method: "DELETE", url, scopes, operation: `${operation} (cancel the session)`, repository: repository.repository, maxBodyBytes: 0 });
    }
  } catch (error) {
    if (error instanceof RegistryError && (error.kind === "denied" || error.kind === "unauthorized")) {
      const ghcr = client.registry === "ghcr.io" ? '; on GitHub the job needs `permissions: packages: write` (and, for a package that exists, the repository needs the Write role in its "Manage Actions access")' : "";
      throw new UserError(`${what}: ${error.message}${ghcr}`);
    }
    throw error;
  }
}
async function checkGitPush(git2, remote, branch) {
  const result = await git2.push(remote, [`HEAD:refs/heads/${branch}`], { dryRun: true, timeoutMs: 6e4 });
  if (result.code === 0) return;
  const output = `${result.stdout}
${result.stderr}`;
  if (/\[rejected\]|non-fast-forward|fetch first/.test(output)) {
    throw new UserError(`git push --dry-run ${remote} ${branch}: the remote branch has commits this checkout lacks; release from the newest commit (git pull, or run the workflow again on the latest ${branch})`);
  }
  if (/403|denied|not allowed|Permission to/i.test(output)) {
    throw new UserError(`git push --dry-run ${remote} ${branch}: the remote refused the push (${lastLine(output)}); on GitHub the job needs \`permissions: contents: write\` (and actions/checkout's default persist-credentials)`);
  }
  throw new UserError(`git push --dry-run ${remote} ${branch} failed: ${lastLine(output)}`);
}
function lastLine(text) {
  return text.trim().split("\n").map((l) => l.trim()).filter(Boolean).at(-1) ?? "";
}

// src/release/steps/preflight.ts
var preflight = {
  name: "preflight",
  async run(ctx) {
    const { inputs, git: git2, reporter, artifacts } = ctx;
    if (!await git2.version()) throw new UserError(`git (${git2.bin}) is not installed`);
    if (inputs.chart && !await inputs.chart.helm.version()) throw new UserError(`helm (${inputs.chart.helm.bin}) is not installed: it gates and packages the chart (HELM_BIN or input helm)`);
    const head = git2.headCommit();
    if (!head) throw new UserError(`${inputs.root} has no commit to release`);
    const changes = await git2.changes(true);
    if (changes.length) {
      const leftovers = await putBackLeftovers(git2, inputs.root, head, changes, reporter);
      if (!leftovers.restored) {
        const shown2 = changes.slice(0, 5).map((c) => c.trim()).join(", ");
        throw new UserError(`the working tree has changes (${shown2}${changes.length > 5 ? `, and ${changes.length - 5} more` : ""}): ${leftovers.why ?? "commit or stash them first; the release commits exactly the version changes and builds what is committed"}`);
      }
    }
    const { github } = inputs;
    const client = github.mode === "create" && github.token ? new GitHubClient({ owner: github.owner, repo: github.repo, token: github.token, baseUrl: github.apiUrl }) : void 0;
    if (client) artifacts.set("github", client, "preflight");
    const images = inputs.images.map((image2) => new ImageProgress(image2, openImageTarget(image2)));
    if (images.length) artifacts.set("images", images, "preflight");
    const world = await readWorld(ctx, head, images, client);
    artifacts.set("world", world, "preflight");
    const base = inputs.headIsReleaseCommit ? (await git2.commitInfo("HEAD")).parents[0] : head;
    if (world.remoteHead && world.remoteHead !== base && world.remoteHead !== head && !world.remoteTag && inputs.trigger.kind !== "tag" && !inputs.dryRun && inputs.phase !== "candidate") {
      throw new UserError(`${inputs.git.remote}/${inputs.git.branch} is at ${world.remoteHead.slice(0, 12)}, not at ${inputs.headIsReleaseCommit ? `${base?.slice(0, 12)}, the parent of the release commit HEAD ${head.slice(0, 12)}` : `HEAD ${head.slice(0, 12)}`}: the release commit could not be pushed; release from the newest commit (git pull, or run the workflow again on the latest ${inputs.git.branch})`);
    }
    const found = [
      world.remoteTag && `git tag ${inputs.tag} (${world.remoteTag.commit.slice(0, 12)})`,
      ...[...world.images].map(([name, origin]) => `image ${name}:${inputs.version} (${origin.digest})`),
      world.chartDigest && `chart ${inputs.chart?.chart.name} ${inputs.chart?.chart.version} (${world.chartDigest})`,
      inputs.npm && world.npm?.versions.has(inputs.npm.version) && `npm ${inputs.npm.name}@${inputs.npm.version}`,
      world.release && `GitHub release ${inputs.tag}${world.release.draft ? " (draft)" : ""}`
    ].filter(Boolean);
    const what = [images.length === 1 ? "image" : images.length ? `${images.length} images` : "", inputs.chart ? "chart" : ""].filter(Boolean).join(", ");
    reporter.info(found.length ? `${inputs.tag}: found ${found.join(", ")}; each is checked against this release before anything is written` : `${inputs.tag} is new: no tag${what ? `, ${what}` : ""} or GitHub release of it yet`);
    const writing = !inputs.dryRun && inputs.phase !== "candidate";
    const checks = [];
    if (inputs.phase !== "publish") {
      const checked = /* @__PURE__ */ new Set();
      for (const image2 of images) {
        if (!(image2.target instanceof RegistryRepository) || world.images.has(image2.name) || checked.has(image2.name)) continue;
        checked.add(image2.name);
        checks.push(checkRegistryWrite(image2.target, images.length > 1 ? `image ${image2.name}` : "image"));
      }
    }
    const { chart: chart2 } = inputs;
    if (chart2 && !world.chartDigest && writing) {
      checks.push(openChartTarget(chart2.destination, { credentials: chart2.credentials, plainHttp: chart2.plainHttp }).then((t) => t instanceof RegistryRepository ? checkRegistryWrite(t, "chart") : void 0));
    }
    if (writing && !world.remoteTag) checks.push(checkGitPush(git2, inputs.git.remote, inputs.git.branch));
    if (inputs.trigger.kind === "tag") checks.push(checkTagTrigger(ctx, world, writing, () => checkGitPush(git2, inputs.git.remote, inputs.git.branch)));
    if (client && (inputs.dryRun || writing) && !(world.release && !world.release.draft)) checks.push(client.within("preflight: check the GitHub release permission", PREFLIGHT_GITHUB_DEADLINE_MS, () => checkReleaseWrite(client)));
    checks.push(...checkDispatchTargets(ctx, world));
    const npm2 = npmPermissionCheck(ctx, world, writing);
    if (npm2) checks.push(npm2);
    const refused = (await Promise.allSettled(checks)).flatMap((r) => r.status === "rejected" ? [r.reason] : []);
    if (refused.length === 1) throw refused[0];
    if (refused.length > 1) throw new UserError(refused.map((e) => e instanceof Error ? e.message : String(e)).join("; "));
    if (checks.length) reporter.info(`permissions: ${checks.length} checked (nothing written)`);
  }
};

// src/release/steps/publish.ts
async function tagsOf(target) {
  try {
    return await target.listTags();
  } catch (error) {
    if (error instanceof RegistryError && error.kind === "not-found") return [];
    if (error instanceof LayoutError && error.notFound) return [];
    throw error;
  }
}
async function digestOf(target, tag) {
  try {
    return (await target.resolve(tag)).digest;
  } catch (error) {
    if (error instanceof RegistryError && error.kind === "not-found" || error instanceof LayoutError && error.notFound) return void 0;
    throw error;
  }
}
async function planTags(ctx, image2) {
  const { inputs } = ctx;
  const digest = image2.digestFor("publish");
  const existing = await tagsOf(image2.target);
  const versionDigest = existing.includes(inputs.version) ? await digestOf(image2.target, inputs.version) : void 0;
  if (versionDigest && versionDigest !== digest) {
    throw new UserError(`${image2.name}:${inputs.version} was published meanwhile (${versionDigest}), not by this release (${digest}); no tag of any image was moved: release another version`);
  }
  const computed = computeTags({ version: inputs.version, existingTags: existing });
  return { image: image2, digest, existing, tags: computed.tags, latest: computed.latest, notes: computed.notes };
}
async function moveTags(ctx, plan) {
  const { reporter } = ctx;
  const { image: image2, digest, existing } = plan;
  for (const note of plan.notes) reporter.info(`${image2.name}: ${note}`);
  let moved = 0;
  for (const tag of plan.tags) {
    if (existing.includes(tag) && await digestOf(image2.target, tag) === digest) continue;
    await image2.target.tag(digest, tag);
    moved++;
  }
  for (const tag of plan.tags) {
    const resolved = await digestOf(image2.target, tag);
    if (resolved !== digest) throw new UserError(`${image2.name}:${tag} resolves to ${resolved ?? "nothing"} after tagging, not ${digest}`);
  }
  image2.tags = plan.tags;
  image2.latest = plan.latest;
  reporter.info(moved ? `tagged ${image2.name}@${digest} as ${plan.tags.join(", ")} (${moved} moved, nothing uploaded)` : `${image2.name}: ${plan.tags.join(", ")} already name ${digest}`);
  return moved;
}
async function checkChart(ctx) {
  const chartCtx = ctx.artifacts.get("chartContext", "publish");
  const target = chartCtx.artifacts.get("target", "publish");
  const { version: version2 } = chartCtx.job.chart;
  const current = await publishedDigest(target, version2);
  if (current && !chartCtx.job.overwrite && !await samePublishedContent(target, chartCtx.artifacts.get("artifact", "publish"), version2, current)) {
    throw new UserError(`${chartCtx.job.destination.display}:${version2} was published meanwhile with other content (${current}); nothing was published: release another version`);
  }
  return current;
}
async function publishChart(ctx, current) {
  const chartCtx = ctx.artifacts.get("chartContext", "publish");
  if (current) chartCtx.artifacts.set("publishedBefore", current, "publish");
  const outcome = await publish.run(chartCtx);
  const published2 = chartCtx.artifacts.get("published", "publish");
  ctx.artifacts.set("chartPublish", published2, "publish");
  ctx.artifacts.set("chartDigest", published2.digest, "publish");
  if (outcome instanceof AlreadyDone) ctx.reporter.info(outcome.reason);
  return published2.status !== "already-published";
}
var publish2 = {
  name: "publish",
  async run(ctx) {
    const { inputs } = ctx;
    if (inputs.dryRun) return new Skip("dry run: nothing is published");
    if (inputs.phase === "candidate") return new Skip("phase candidate: the publish job publishes once the smoke jobs passed");
    const images = imagesOf(ctx, "publish");
    if (!images.length && !inputs.chart) return new Skip("nothing to publish: no image and no chart");
    const plans = [];
    for (const image2 of images) plans.push(await planTags(ctx, image2));
    const chartBefore = inputs.chart ? await checkChart(ctx) : void 0;
    let moved = 0;
    for (const plan of plans) moved += await moveTags(ctx, plan);
    const pushed = inputs.chart ? await publishChart(ctx, chartBefore) : false;
    if (!moved && !pushed) {
      const what = [images.length === 1 ? "the image tags" : images.length ? `the tags of ${images.length} images` : "", inputs.chart ? "the chart" : ""].filter(Boolean);
      return new AlreadyDone(`${what.join(" and ")} of ${inputs.version} ${what.length === 1 && inputs.chart ? "is" : "are"} published already`);
    }
  }
};

// src/release/steps/smoke.ts
var smoke = {
  name: "smoke",
  async run(ctx) {
    const { inputs, artifacts, reporter } = ctx;
    const settings = inputs.smoke;
    if (!settings) {
      return new Skip(inputs.images.length || inputs.chart ? "input smoke-methods: none" : "nothing to deploy: this release has no image and no chart");
    }
    if (inputs.phase === "candidate") return new Skip("phase candidate: the workflow's smoke jobs deploy this candidate next");
    if (inputs.phase === "publish") return new Skip("phase publish: the workflow's smoke jobs passed on this candidate (this job needs them)");
    const done = artifacts.get("done", "smoke");
    const images = imagesOf(ctx, "smoke");
    if (images.every((i) => done.images.has(i.name)) && (done.chart || !inputs.chart)) {
      return new AlreadyDone(`${inputs.tag} is published already: it passed the smoke gate before it was published`);
    }
    const candidates = /* @__PURE__ */ new Map();
    for (const image3 of images) candidates.set(image3.name, await loadForSmoke(ctx, image3));
    const server = images.find((i) => i.image.server);
    const image2 = server ? candidates.get(server.name) ?? settings.candidate.image : settings.candidate.image;
    const rest = images.filter((i) => i !== server);
    const others = images.length ? rest.map((o) => ({ repository: o.name, image: candidates.get(o.name) ?? o.name })) : settings.candidate.others ?? [];
    const repository = server ? server.name : settings.candidate.repository;
    const chart2 = inputs.chart ? { path: artifacts.get("chartPackage", "smoke"), kind: "package", source: settings.candidate.chart?.source } : settings.candidate.chart;
    const result = await runSmokeGate({ ...settings, candidate: { ...settings.candidate, image: image2, repository, others, ...chart2 ? { chart: chart2 } : {} } }, reporter, ctx.cleanup, ctx.signal);
    artifacts.set("smoke", result, "smoke");
    if (!result.ok) throw smokeFailure(result) ?? new UserError(`smoke: ${result.failed.length} of ${result.results.length} methods failed; nothing was published`);
    const deployed = [...candidates.values(), ...inputs.chart ? [`${inputs.chart.chart.name}-${inputs.chart.chart.version}.tgz`] : []];
    reporter.info(`smoke: all ${result.results.length} methods passed on ${deployed.join(" and ") || image2}`);
  }
};

// src/release/hooks.ts
import { createHash as createHash3 } from "node:crypto";
import { lstatSync, readFileSync as readFileSync7, readlinkSync } from "node:fs";
import path14 from "node:path";
var SHOWN_LINES = 2e3;
var WITHHELD = /^(INPUT_.*|ACTIONS_RUNTIME_TOKEN|ACTIONS_ID_TOKEN_REQUEST_TOKEN|ACTIONS_ID_TOKEN_REQUEST_URL|GITHUB_TOKEN|GH_TOKEN)$/i;
function hookValues(version2, previousVersion, tag, epochSeconds) {
  return { version: version2, previousVersion, tag, date: new Date(Number(epochSeconds) * 1e3).toISOString().slice(0, 10) };
}
function hookEnvironment(hook2, run2) {
  const env = {};
  for (const [name, value] of Object.entries(run2.env ?? process.env)) if (!WITHHELD.test(name)) env[name] = value;
  for (const [name, value] of Object.entries(hook2.env)) env[name] = fillPlaceholders(value, run2.values);
  return {
    ...env,
    RELEASE_VERSION: run2.values.version,
    DOT_AI_RELEASE_VERSION: run2.values.version,
    DOT_AI_RELEASE_PREVIOUS_VERSION: run2.values.previousVersion,
    DOT_AI_RELEASE_TAG: run2.values.tag,
    SOURCE_DATE_EPOCH: run2.epochSeconds
  };
}
function declares(files, file) {
  return !files || files.some((f) => f.endsWith("/") ? file.startsWith(f) : file === f);
}
function fingerprint(file) {
  try {
    const stat = lstatSync(file);
    if (stat.isSymbolicLink()) return `link ${readlinkSync(file)}`;
    if (!stat.isFile()) return `not a file (${stat.mode.toString(8)})`;
    return `${stat.mode & 73 ? "executable" : "file"} ${createHash3("sha256").update(readFileSync7(file)).digest("hex")}`;
  } catch {
    return "absent";
  }
}
async function treeState(git2, root) {
  return new Map((await treeChanges(git2)).map((p) => [p, fingerprint(path14.join(root, p))]));
}
function changedBetween(before, after) {
  const paths = /* @__PURE__ */ new Set([...before.keys(), ...after.keys()]);
  return [...paths].filter((p) => before.get(p) !== after.get(p)).sort();
}
function list(items, max = 5) {
  return `${items.slice(0, max).join(", ")}${items.length > max ? `, and ${items.length - max} more` : ""}`;
}
async function runHooks(hooks, run2) {
  const { root, git: git2, reporter } = run2;
  const results = [];
  const fail = async (message) => {
    await putBack(git2, root, await treeChanges(git2));
    throw new UserError(`${message}; the tree is put back, nothing was committed`);
  };
  for (const hook2 of hooks) {
    const argv = hook2.argv.map((a) => fillPlaceholders(a, run2.values));
    const [bin = "", ...args] = argv;
    const label = `${hook2.origin} (${argv.join(" ")})`;
    const before = await treeState(git2, root);
    let shown2 = 0;
    let hidden = 0;
    const onLine = (line) => {
      if (shown2 < SHOWN_LINES) {
        shown2++;
        reporter.info(line);
      } else hidden++;
    };
    let result;
    try {
      result = await reporter.group(`hook ${label}`, async () => {
        const done = await exec(bin, args, { cwd: root, env: hookEnvironment(hook2, run2), timeoutMs: hook2.timeoutMs, signal: run2.signal, maxOutputBytes: 1024 * 1024, onLine });
        if (hidden) reporter.info(`(${hidden} more lines not shown)`);
        return done;
      });
    } catch (error) {
      if (error instanceof ToolNotFoundError) return fail(`${label}: ${error.message}`);
      await putBack(git2, root, await treeChanges(git2));
      throw error;
    }
    if (result.aborted) return fail(`${label} was stopped (interrupted)`);
    if (result.timedOut) return fail(`${label} did not finish within ${hook2.timeoutMs / 1e3} s; stopped`);
    if (result.code !== 0) {
      const last = (result.stderr.trim() || result.stdout.trim()).split("\n").slice(-3).map((l) => l.trim()).filter(Boolean).join(" | ");
      return fail(`${label} failed (exit ${result.code})${last ? `: ${last}` : ""}`);
    }
    const changed = changedBetween(before, await treeState(git2, root));
    const undeclared = changed.filter((file) => !declares(hook2.files, file));
    if (undeclared.length) {
      await fail(`${label} changed ${list(undeclared)}, which it does not declare (files: ${(hook2.files ?? []).join(", ")}): declare ${undeclared.length > 1 ? "them" : "it"} in ${hook2.origin.replace(/\]$/, "].files")}, or keep the hook from changing ${undeclared.length > 1 ? "them" : "it"}`);
    }
    reporter.info(`${label}: ${changed.length ? `changed ${list(changed, 10)}` : "changed nothing"}`);
    results.push({ hook: hook2.origin, changed });
  }
  return results;
}

// src/release/steps/version.ts
async function identity(ctx) {
  return { ...ctx.inputs.git.identity, date: await ctx.git.commitDate("HEAD") };
}
async function localTagProblem(ctx, releaseCommit) {
  const { inputs, git: git2 } = ctx;
  const local = await git2.localTagCommit(inputs.tag);
  if (!local) return void 0;
  if (local !== releaseCommit) {
    return `a local tag ${inputs.tag} points at ${local.slice(0, 12)}, not at this release's commit ${releaseCommit.slice(0, 12)}: delete it (git tag -d ${inputs.tag}) and run again, or release another version`;
  }
  const type = (await git2.try(["cat-file", "-t", `refs/tags/${inputs.tag}`])).stdout.trim();
  if (type !== "tag") return `the local tag ${inputs.tag} on the release commit is a lightweight tag, which would be pushed as it is: delete it (git tag -d ${inputs.tag}) and run again`;
  return void 0;
}
var version = {
  name: "version",
  async run(ctx) {
    const { inputs, git: git2, artifacts, reporter } = ctx;
    const world = artifacts.get("world", "version");
    let changed = [];
    let releaseCommit = world.head;
    const tagHoldsVersion = inputs.trigger.kind === "tag" && inputs.trigger.holdsVersion;
    if (!inputs.headIsReleaseCommit && !tagHoldsVersion) {
      const note = noteRelease(inputs.root, { head: world.head, tag: inputs.tag, files: [] });
      const written = await applyVersion(inputs.versionJob, reporter);
      restoreAtEnd(ctx.cleanup, inputs.root, world.head, written.changedFiles, note);
      if (written.versions.app !== inputs.version) throw new Error(`the version step wrote ${written.versions.app}, not ${inputs.version}`);
      const hooks = inputs.hooks.afterVersion;
      if (hooks.length) {
        const epochSeconds = /^@(\d+)/.exec(await git2.commitDate("HEAD"))?.[1] ?? "0";
        const values = hookValues(inputs.version, inputs.previousVersion, inputs.tag, epochSeconds);
        try {
          await runHooks(hooks, { root: inputs.root, git: git2, reporter, signal: ctx.signal, values, epochSeconds });
        } finally {
          const more = (await treeChanges(git2)).filter((f) => !written.changedFiles.includes(f));
          if (more.length) restoreAtEnd(ctx.cleanup, inputs.root, world.head, more);
        }
      }
      changed = await treeChanges(git2);
      if (changed.length) {
        releaseCommit = await git2.makeCommit(changed, `${releaseCommitSubject(inputs.tag)}
`, await identity(ctx));
      }
      noteRelease(inputs.root, { head: world.head, tag: inputs.tag, releaseCommit, files: changed });
    }
    artifacts.set("changedFiles", changed, "version");
    const problems = [];
    const done = { images: /* @__PURE__ */ new Set(), chart: false, git: false, release: false };
    const made = (commit) => commit === releaseCommit;
    if (inputs.trigger.kind === "tag") {
      const problem = await judgeTagBranch(ctx, world, releaseCommit, done);
      if (problem) problems.push(problem);
    } else if (world.remoteTag) {
      if (made(world.remoteTag.commit)) done.git = true;
      else problems.push(`the git tag ${inputs.tag} on ${inputs.git.remote} points at ${world.remoteTag.commit.slice(0, 12)}, not at this release's commit ${releaseCommit.slice(0, 12)} (the version changes on ${world.head.slice(0, 12)}): release another version, or delete that tag if it was never published (git push ${inputs.git.remote} :refs/tags/${inputs.tag})`);
    }
    for (const image2 of inputs.images) {
      const origin = world.images.get(image2.job.image);
      if (!origin) continue;
      if (made(origin.revision)) done.images.add(image2.job.image);
      else problems.push(`${image2.job.image}:${inputs.version} is already published (${origin.digest}) from ${origin.revision ? `commit ${origin.revision.slice(0, 12)}` : "an unknown commit"}, not from this release's commit ${releaseCommit.slice(0, 12)}: a published version is immutable; release another version`);
    }
    if (!inputs.dryRun && inputs.phase !== "candidate" && inputs.trigger.kind !== "tag") {
      const tagProblem = await localTagProblem(ctx, releaseCommit);
      if (tagProblem) problems.push(tagProblem);
    }
    if (world.release && inputs.github.mode === "create") {
      const expected = inputs.chart ? [`${inputs.chart.chart.name}-${inputs.chart.chart.version}.tgz`] : [];
      const foreign = world.release.assets.map((a) => a.name).filter((name) => !expected.includes(name));
      const { release } = world;
      const missing = release.draft ? [] : expected.filter((name) => !release.assets.some((a) => a.name === name));
      if (foreign.length || missing.length) {
        problems.push(`the GitHub release ${inputs.tag}${world.release.draft ? " (a draft)" : ""} exists with other assets (${[...foreign.map((n) => `${n} is not this release's`), ...missing.map((n) => `${n} is missing`)].join(", ")}): delete that release (the git tag stays) or release another version`);
      } else if (!world.release.draft) {
        done.release = true;
      }
    }
    if (problems.length) {
      await putBack(ctx.git, inputs.root, changed);
      forgetNote(inputs.root);
      throw new UserError(`${inputs.tag} conflicts with what exists already; nothing was changed: ${problems.join("; ")}`);
    }
    artifacts.set("releaseCommit", releaseCommit, "version");
    artifacts.set("done", done, "version");
    const tagRelease = tagSummary(ctx, releaseCommit);
    if (tagRelease) ctx.notes.push(tagRelease);
    if (tagHoldsVersion) return new AlreadyDone(`the pushed tag ${inputs.tag} holds ${inputs.version} everywhere: its commit ${releaseCommit.slice(0, 12)} is the release commit (no version edit, no hook)`);
    const what = `${inputs.previousVersion} -> ${inputs.version}, release commit ${releaseCommit.slice(0, 12)}`;
    if (inputs.headIsReleaseCommit) {
      const hooks = inputs.hooks.afterVersion.length ? "; the hooks are not run again (their changes are in it)" : "";
      return new AlreadyDone(`HEAD is the release commit of ${inputs.tag} (${releaseCommit.slice(0, 12)})${hooks}`);
    }
    reporter.info(`${what}${changed.length ? ` (${changed.length} files)` : " (no file changed: HEAD is released as it is)"}`);
  }
};

// src/release/pipeline.ts
var RELEASE_STEPS = [preflight, version, npmPack, image, chart, smoke, npm, publish2, git, githubRelease, dispatch];
var NOTES_ONLY_STEPS = [notesOnlyPreflight, notesOnly];
function releaseSteps(inputs) {
  return inputs.notesOnly ? NOTES_ONLY_STEPS : RELEASE_STEPS;
}
function releaseContext(inputs, reporter, cleanup, signal) {
  return { inputs, reporter, artifacts: new Artifacts(), git: new Git(inputs.root), started: [], notes: [], cleanup: cleanup.child("release"), signal };
}
function disposeReleaseContext(ctx) {
  return ctx.cleanup.runAll();
}

// src/release/run.ts
function stoppedAdvice(ctx, step) {
  const { inputs } = ctx;
  const commit = ctx.artifacts.find("releaseCommit");
  const moved = commit !== void 0 && ctx.git.headCommit() === commit && commit !== ctx.artifacts.find("world")?.head;
  const how = inputs.trigger.kind === "tag" ? `input from-tag ${inputs.trigger.tag}` : `input set ${inputs.version}`;
  const again = `run the same release again (${how}) to finish it: what is done is left alone`;
  if (moved && inputs.trigger.kind === "tag") return `the release stopped at ${step}: the release commit ${commit.slice(0, 12)} is pushed to ${inputs.git.branch} and HEAD is at it; ${again}`;
  if (moved) return `the release stopped at ${step}: ${inputs.git.branch} is at the release commit ${commit.slice(0, 12)} here, not pushed; ${again}; or drop it: git reset --keep HEAD~1 && git tag -d ${inputs.tag}`;
  return `the release stopped at ${step}: the work tree is put back as it was; ${again}`;
}
async function runRelease(inputs, reporter, cleanup, signal) {
  const change = inputs.headIsReleaseCommit ? `${inputs.version}, from its release commit` : `${inputs.previousVersion} -> ${inputs.version}`;
  const what = inputs.notesOnly ? "the notes only" : `${change}${inputs.prerelease ? ", a prerelease" : ""}`;
  reporter.info(`release ${inputs.tag} (${what})${inputs.dryRun ? ", dry run" : ""}${inputs.phase !== "all" ? `, phase ${inputs.phase}` : ""}`);
  const context3 = releaseContext(inputs, reporter, cleanup, signal);
  try {
    const run2 = await runPipeline(releaseSteps(inputs), context3, reporter);
    const releaseCommit = context3.artifacts.find("releaseCommit");
    if (!run2.failure && releaseCommit && inputs.phase !== "candidate") {
      removeBuilds(inputs.root, releaseCommit);
      forgetNote(inputs.root);
    }
    if (run2.failure && !inputs.dryRun && !["preflight", "version"].includes(run2.failure.step)) reporter.info(stoppedAdvice(context3, run2.failure.step));
    return { context: context3, records: run2.records, failure: run2.failure };
  } finally {
    for (const problem of await disposeReleaseContext(context3)) reporter.warning(`not removed: ${problem}`);
  }
}

// src/commands/release.ts
async function run(options, reporter, { cleanup, signal, host }) {
  return releaseCommandResult(await runRelease(await parseReleaseInputs(options, reporter, host), reporter, cleanup, signal));
}
export {
  run
};
