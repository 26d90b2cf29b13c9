import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  AlreadyDone,
  Artifacts,
  LayoutError,
  OciLayoutTarget,
  Skip,
  buildImageManifest,
  createdTimestamp,
  describeBytes,
  openRepository
} from "./chunk-H553227S.js";
import {
  MEDIA_TYPE,
  RegistryError,
  manifestReferences
} from "./chunk-T4GIJOWM.js";
import {
  registryCredentials
} from "./chunk-TDBQD3FM.js";
import {
  Helm,
  helmBinary
} from "./chunk-BKTBVNWJ.js";
import {
  MAX_NAME_LENGTH,
  booleanOption,
  checkPolicies,
  configOverrides,
  decodeUtf8,
  describeWaiver,
  existsInRepo,
  formatFinding,
  hasUserinfo,
  isValidRegistryHost,
  kindOf,
  lineAt,
  lineIndex,
  listOption,
  loadConfig,
  nameOf,
  parseChartYaml,
  parseReleaseVersion,
  parseWaiver,
  parseYaml,
  readChartYaml,
  readRepoBytes,
  readRepoText,
  realRoot,
  redactReference,
  repoRelative,
  repositoryNameProblem,
  repositoryRoot,
  require_semver,
  resolveInRepo,
  resolveOutputDir,
  resolveRepoFile,
  stringOption,
  typeName,
  withDefaults
} from "./chunk-VA2QMB4W.js";
import {
  ToolError,
  require_dist
} from "./chunk-ZRIAHY4V.js";
import {
  UserError,
  isUserError
} from "./chunk-IXRSKL5H.js";
import {
  __toESM
} from "./chunk-HANBNIMK.js";

// src/chart/inputs.ts
import path2 from "node:path";

// src/chart/destination.ts
import { existsSync, realpathSync } from "node:fs";
import path from "node:path";
function shown(input) {
  return JSON.stringify(redactReference(input)).slice(1, -1);
}
function assertInside(root, target, what, input) {
  const realRoot2 = realpathSync(root);
  let existing = target;
  while (!existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
  const real = path.join(realpathSync(existing), path.relative(existing, target));
  const rel = path.relative(realRoot2, real);
  if (rel === ".." || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) {
    throw new UserError(`${what}: "${shown(input)}" leads to ${real}, outside the repository (symlinks followed); give a path inside it`);
  }
}
function parseLayout(input, chartName, what, source) {
  const dir = input.slice("oci-layout://".length);
  if (!dir) throw new UserError(`${what}: "${shown(input)}" has no path`);
  if (dir.includes("\0")) throw new UserError(`${what}: "${shown(input)}" holds a NUL byte`);
  const root = source.root ?? process.cwd();
  let layout;
  if (path.isAbsolute(dir)) {
    layout = path.join(dir, chartName);
    if (!source.explicit) assertInside(root, layout, what, input);
  } else {
    layout = path.join(resolveInRepo(root, dir, what), chartName);
    assertInside(root, layout, what, input);
  }
  return { destination: { kind: "layout", dir: layout, display: `oci-layout://${layout}` } };
}
function parseDestination(input, chartName, images, source = {}) {
  const what = source.what ?? "input registry";
  if (!/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/.test(chartName)) {
    throw new UserError(`Chart.yaml: name "${JSON.stringify(chartName).slice(1, -1)}" cannot name an OCI repository (lowercase letters and digits, joined by ".", "_", "__" or "-")`);
  }
  if (input.startsWith("oci-layout://")) return parseLayout(input, chartName, what, source);
  if (hasUserinfo(input)) {
    throw new UserError(`${what}: "${shown(input)}" carries credentials; a reference must not hold them (they would be printed and logged): pass username and password (or --password-stdin) instead`);
  }
  const bare = input.replace(/^oci:\/\//, "");
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(bare)) throw new UserError(`${what}: "${shown(input)}" must be oci://HOST/NAMESPACE or oci-layout://PATH`);
  if (/[\s\u0000-\u001f\u007f]/.test(bare)) throw new UserError(`${what}: "${shown(input)}" contains whitespace or control characters`);
  const slash = bare.indexOf("/");
  const registry = slash === -1 ? bare : bare.slice(0, slash);
  const namespace = slash === -1 ? "" : bare.slice(slash + 1).replace(/\/$/, "");
  if (!isValidRegistryHost(registry)) {
    throw new UserError(`${what}: "${shown(input)}" does not start with a registry host (a hostname or IP address, with an optional port)`);
  }
  if (namespace.includes("@")) throw new UserError(`${what}: "${shown(input)}" carries a digest; give the namespace only, e.g. oci://${registry}/charts`);
  if (namespace.includes(":")) {
    throw new UserError(`${what}: "${shown(input)}" carries a tag; give the namespace only (the chart version becomes the tag), e.g. oci://${registry}/${namespace.split(":")[0]}`);
  }
  if (/[?#]/.test(namespace)) throw new UserError(`${what}: "${shown(input)}" holds a query or fragment; give oci://HOST/NAMESPACE only`);
  const lower = namespace.toLowerCase();
  if (lower !== "") {
    const problem = repositoryNameProblem(lower);
    if (problem) throw new UserError(`${what}: namespace "${JSON.stringify(namespace).slice(1, -1)}" of "${shown(input)}" ${problem}`);
  }
  const segments = namespace.split("/").filter(Boolean);
  if (segments.at(-1)?.toLowerCase() === chartName.toLowerCase()) {
    throw new UserError(
      `${what}: "${shown(input)}" ends with the chart name "${chartName}"; give the namespace only (like helm push): oci://${[registry, ...segments.slice(0, -1)].join("/")}`
    );
  }
  const repository = [lower, chartName].filter(Boolean).join("/");
  const full = `${registry.toLowerCase()}/${repository}`;
  if (full.length > MAX_NAME_LENGTH) {
    throw new UserError(`${what}: the chart would be pushed to a name of ${full.length} characters (${full.slice(0, 40)}\u2026); registries accept at most ${MAX_NAME_LENGTH}`);
  }
  if (images.map((i) => i.toLowerCase()).includes(full)) {
    throw new UserError(
      `${what}: the chart would be pushed to ${full}, the repository of the released image; use a namespace of its own, e.g. oci://${registry}/${lower ? `${lower}/` : ""}charts`
    );
  }
  return {
    destination: { kind: "registry", registry: registry.toLowerCase(), namespace: lower, repository, display: `oci://${full}` },
    notice: lower !== namespace ? `${what}: namespace "${namespace}" lowercased to "${lower}" (registries require lowercase names)` : void 0
  };
}

// src/chart/inputs.ts
function chartPolicy(options, configured) {
  const modeInput = stringOption(options, "policy-mode");
  if (modeInput !== void 0 && modeInput !== "enforce" && modeInput !== "warn") {
    throw new UserError(`input policy-mode: ${JSON.stringify(modeInput)} is not one of enforce, warn`);
  }
  const fromInput = (listOption(options, "skip-policies") ?? []).map((entry, i) => parseWaiver(entry, `input skip-policies[${i}]`));
  return { mode: modeInput ?? configured.mode ?? "enforce", waivers: [...configured.waivers, ...fromInput] };
}
async function parseInputs(raw, reporter, overrides = {}) {
  const options = withDefaults("chart", raw);
  const root = repositoryRoot(options);
  const config = overrides.config ?? loadConfig(root, configOverrides(options));
  if (!config.chart) throw new UserError("input chart: no chart found (set chart.path in dot-ai-release.yaml or pass chart)");
  const chartDir = path2.join(root, config.chart.dir);
  const chartYaml = parseChartYaml(readRepoText(root, `${config.chart.dir}/Chart.yaml`), `${config.chart.dir}/Chart.yaml`);
  const versionInput = overrides.version ?? stringOption(options, "chart-version");
  const appVersionInput = overrides.appVersion ?? stringOption(options, "app-version");
  const version = parseReleaseVersion(versionInput ?? chartYaml.version, versionInput ? "input chart-version" : `${config.chart.dir}/Chart.yaml: version`);
  const appVersion = parseReleaseVersion(appVersionInput ?? chartYaml.appVersion ?? "", appVersionInput ? "input app-version" : `${config.chart.dir}/Chart.yaml: appVersion`);
  const imageTag = stringOption(options, "image-tag");
  if (imageTag && imageTag !== appVersion) {
    throw new UserError(`input image-tag: the image being released is tagged ${imageTag}, but the chart's appVersion is ${appVersion}; release them together (dot-ai-release version) or pass app-version`);
  }
  const valuesFiles = (listOption(options, "values") ?? []).map((f, i) => {
    const what2 = `input values[${i}]`;
    resolveInRepo(root, f, what2);
    if (!existsInRepo(root, path2.normalize(f), what2)) throw new UserError(`${what2}: ${f} not found`);
    return resolveRepoFile(root, path2.normalize(f), what2).real;
  });
  const policy = chartPolicy(options, config.chart.policy);
  const registryInput = overrides.registry ? overrides.registry.value : stringOption(options, "registry");
  const inputName = overrides.registry?.input ?? "registry";
  const registry = registryInput ?? config.chart.repository;
  if (!registry) throw new UserError(`input ${inputName}: required (no GITHUB_REPOSITORY or git remote to derive oci://ghcr.io/<owner>/charts)`);
  const what = registryInput !== void 0 ? `input ${inputName}` : "dot-ai-release.yaml: chart.repository";
  if (!overrides.config) for (const notice2 of config.notices) reporter.warning(notice2);
  const { destination, notice } = parseDestination(registry, chartYaml.name, config.images.map((i) => i.name), { what, root, explicit: registryInput !== void 0 });
  if (notice) reporter.warning(notice);
  const packageDirInput = stringOption(options, "package-dir");
  const packageDir = packageDirInput ? resolveOutputDir(root, packageDirInput, "input package-dir") : void 0;
  const dryRun = overrides.dryRun ?? booleanOption(options, "dry-run");
  const credentials = overrides.credentials === null || dryRun ? void 0 : overrides.credentials ?? await registryCredentials(options, reporter);
  return {
    root,
    chartDir,
    chart: { ...chartYaml, version, appVersion },
    valuesFiles,
    destination,
    credentials,
    plainHttp: booleanOption(options, "plain-http"),
    overwrite: booleanOption(options, "overwrite"),
    dryRun,
    policy,
    helm: new Helm(stringOption(options, "helm") ?? helmBinary()),
    packageDir
  };
}

// src/verify/index.ts
var import_semver2 = __toESM(require_semver(), 1);
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

// src/verify/deprecations.ts
var REMOVED_APIS = [
  { apiVersion: "extensions/v1beta1", kinds: ["DaemonSet", "Deployment", "ReplicaSet"], removedIn: "1.16", replacement: "apps/v1" },
  { apiVersion: "extensions/v1beta1", kinds: ["NetworkPolicy"], removedIn: "1.16", replacement: "networking.k8s.io/v1" },
  { apiVersion: "extensions/v1beta1", kinds: ["PodSecurityPolicy"], removedIn: "1.16", replacement: "Pod Security Admission" },
  { apiVersion: "extensions/v1beta1", kinds: ["Ingress"], removedIn: "1.22", replacement: "networking.k8s.io/v1" },
  { apiVersion: "apps/v1beta1", kinds: "*", removedIn: "1.16", replacement: "apps/v1" },
  { apiVersion: "apps/v1beta2", kinds: "*", removedIn: "1.16", replacement: "apps/v1" },
  { apiVersion: "networking.k8s.io/v1beta1", kinds: ["Ingress", "IngressClass"], removedIn: "1.22", replacement: "networking.k8s.io/v1" },
  { apiVersion: "admissionregistration.k8s.io/v1beta1", kinds: ["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"], removedIn: "1.22", replacement: "admissionregistration.k8s.io/v1" },
  { apiVersion: "apiextensions.k8s.io/v1beta1", kinds: ["CustomResourceDefinition"], removedIn: "1.22", replacement: "apiextensions.k8s.io/v1" },
  { apiVersion: "apiregistration.k8s.io/v1beta1", kinds: ["APIService"], removedIn: "1.22", replacement: "apiregistration.k8s.io/v1" },
  { apiVersion: "authentication.k8s.io/v1beta1", kinds: ["TokenReview"], removedIn: "1.22", replacement: "authentication.k8s.io/v1" },
  { apiVersion: "authorization.k8s.io/v1beta1", kinds: ["LocalSubjectAccessReview", "SelfSubjectAccessReview", "SubjectAccessReview", "SelfSubjectRulesReview"], removedIn: "1.22", replacement: "authorization.k8s.io/v1" },
  { apiVersion: "certificates.k8s.io/v1beta1", kinds: ["CertificateSigningRequest"], removedIn: "1.22", replacement: "certificates.k8s.io/v1" },
  { apiVersion: "coordination.k8s.io/v1beta1", kinds: ["Lease"], removedIn: "1.22", replacement: "coordination.k8s.io/v1" },
  { apiVersion: "rbac.authorization.k8s.io/v1beta1", kinds: "*", removedIn: "1.22", replacement: "rbac.authorization.k8s.io/v1" },
  { apiVersion: "rbac.authorization.k8s.io/v1alpha1", kinds: "*", removedIn: "1.22", replacement: "rbac.authorization.k8s.io/v1" },
  { apiVersion: "scheduling.k8s.io/v1beta1", kinds: ["PriorityClass"], removedIn: "1.22", replacement: "scheduling.k8s.io/v1" },
  { apiVersion: "storage.k8s.io/v1beta1", kinds: ["CSIDriver", "CSINode", "StorageClass", "VolumeAttachment"], removedIn: "1.22", replacement: "storage.k8s.io/v1" },
  { apiVersion: "batch/v1beta1", kinds: ["CronJob"], removedIn: "1.25", replacement: "batch/v1" },
  { apiVersion: "discovery.k8s.io/v1beta1", kinds: ["EndpointSlice"], removedIn: "1.25", replacement: "discovery.k8s.io/v1" },
  { apiVersion: "events.k8s.io/v1beta1", kinds: ["Event"], removedIn: "1.25", replacement: "events.k8s.io/v1" },
  { apiVersion: "autoscaling/v2beta1", kinds: ["HorizontalPodAutoscaler"], removedIn: "1.25", replacement: "autoscaling/v2" },
  { apiVersion: "policy/v1beta1", kinds: ["PodDisruptionBudget"], removedIn: "1.25", replacement: "policy/v1" },
  { apiVersion: "policy/v1beta1", kinds: ["PodSecurityPolicy"], removedIn: "1.25", replacement: "Pod Security Admission" },
  { apiVersion: "node.k8s.io/v1beta1", kinds: ["RuntimeClass"], removedIn: "1.25", replacement: "node.k8s.io/v1" },
  { apiVersion: "autoscaling/v2beta2", kinds: ["HorizontalPodAutoscaler"], removedIn: "1.26", replacement: "autoscaling/v2" },
  { apiVersion: "flowcontrol.apiserver.k8s.io/v1beta1", kinds: ["FlowSchema", "PriorityLevelConfiguration"], removedIn: "1.26", replacement: "flowcontrol.apiserver.k8s.io/v1" },
  { apiVersion: "storage.k8s.io/v1beta1", kinds: ["CSIStorageCapacity"], removedIn: "1.27", replacement: "storage.k8s.io/v1" },
  { apiVersion: "flowcontrol.apiserver.k8s.io/v1beta2", kinds: ["FlowSchema", "PriorityLevelConfiguration"], removedIn: "1.29", replacement: "flowcontrol.apiserver.k8s.io/v1" },
  { apiVersion: "flowcontrol.apiserver.k8s.io/v1beta3", kinds: ["FlowSchema", "PriorityLevelConfiguration"], removedIn: "1.32", replacement: "flowcontrol.apiserver.k8s.io/v1" }
];
function findRemovedApi(apiVersion, kind) {
  return REMOVED_APIS.find((r) => r.apiVersion === apiVersion && (r.kinds === "*" || r.kinds.includes(kind)));
}
function checkDeprecations(objects) {
  const findings = [];
  for (const { object, source } of objects) {
    if (typeof object.apiVersion !== "string") continue;
    const removed = findRemovedApi(object.apiVersion, kindOf(object));
    if (!removed) continue;
    findings.push({
      check: "deprecation",
      rule: "removed-api",
      kind: kindOf(object),
      name: nameOf(object),
      source,
      kubeVersion: removed.removedIn,
      message: `${object.apiVersion} ${kindOf(object)} is no longer served since Kubernetes ${removed.removedIn}; use ${removed.replacement}`
    });
  }
  return findings;
}

// src/verify/kube-api-schemas.ts
var OLDEST_KUBE_VERSION = "1.24";
var NEWEST_KUBE_VERSION = "1.34";
var cache = /* @__PURE__ */ new Map();
function gvkKey(apiVersion, kind) {
  return `${apiVersion} ${kind}`;
}
var COMMITTED = {
  "1.24": () => import("./k8s-1.24-LSCYBWOI.js"),
  "1.34": () => import("./k8s-1.34-7AZAQPP5.js")
};
function loadKubeApiSchema(kubeVersion) {
  const minor = kubeVersion.replace(/^v/, "").split(".").slice(0, 2).join(".");
  const hit = cache.get(minor);
  if (hit) return hit;
  const load = COMMITTED[minor];
  if (!load) {
    return Promise.reject(new Error(`no Kubernetes schema for ${kubeVersion}; supported: ${Object.keys(COMMITTED).join(", ")}`));
  }
  const result = load().then(({ default: json }) => {
    const committed = json;
    return { kubeVersion: minor, schema: committed.schema, kinds: new Map(Object.entries(committed.kinds)) };
  });
  cache.set(minor, result);
  return result;
}

// src/verify/render.ts
var import_yaml = __toESM(require_dist(), 1);
var SOURCE_RE = /^#\s*Source:\s*(\S+)/;
function rawDocuments(text, defaultSource) {
  const docs = [];
  let current = [];
  let start = 1;
  const flush = () => {
    const body = current.join("\n");
    const source = current.map((l) => SOURCE_RE.exec(l)?.[1]).find(Boolean) ?? defaultSource;
    if (body.trim()) docs.push({ text: body, line: start, source });
  };
  text.split("\n").forEach((line, i) => {
    if (/^---(\s|$)/.test(line)) {
      flush();
      current = [];
      start = i + 2;
    } else {
      current.push(line);
    }
  });
  flush();
  return docs;
}
function splitManifests(text, defaultSource = "<stdin>") {
  const out = [];
  let index = 0;
  for (const raw of rawDocuments(text, defaultSource)) {
    const doc = (0, import_yaml.parseDocument)(raw.text, { uniqueKeys: true, prettyErrors: false });
    const [error] = doc.errors;
    if (error) {
      const line = raw.text.slice(0, error.pos[0]).split("\n").length;
      throw new UserError(`${raw.source}: rendered line ${line}: invalid YAML (${error.message.split("\n")[0]})`);
    }
    let value;
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (err) {
      throw new UserError(`${raw.source}: ${err.message}`);
    }
    if (value === null || value === void 0) continue;
    if (typeof value !== "object" || Array.isArray(value)) {
      throw new UserError(`${raw.source}: rendered document ${index} is not a mapping`);
    }
    out.push({ source: raw.source, index, object: value, text: raw.text });
    index++;
  }
  return out;
}
async function renderChart(opts) {
  return splitManifests(await opts.helm.template(opts), opts.chartDir);
}

// src/verify/crd-schemas.ts
var str = { type: "string" };
var port = { type: "integer", minimum: 1, maximum: 65535 };
var nameRef = (extra = {}, required = ["name"]) => ({
  type: "object",
  additionalProperties: false,
  required,
  properties: { name: str, ...extra }
});
var openObject = { type: "object" };
var metadata = {
  type: "object",
  properties: {
    name: str,
    namespace: str,
    labels: { type: "object", additionalProperties: str },
    annotations: { type: "object", additionalProperties: str }
  }
};
var MCPSERVER_V1BETA1_SCHEMA = {
  $id: "toolhive-mcpserver-v1beta1",
  type: "object",
  additionalProperties: false,
  required: ["apiVersion", "kind", "metadata", "spec"],
  properties: {
    apiVersion: { const: "toolhive.stacklok.dev/v1beta1" },
    kind: { const: "MCPServer" },
    metadata,
    status: openObject,
    spec: {
      type: "object",
      additionalProperties: false,
      required: ["image"],
      properties: {
        image: { type: "string", minLength: 1 },
        transport: { enum: ["stdio", "streamable-http", "sse"] },
        proxyMode: { enum: ["sse", "streamable-http"] },
        proxyPort: port,
        mcpPort: port,
        args: { type: "array", items: str },
        env: {
          type: "array",
          items: { type: "object", additionalProperties: false, required: ["name", "value"], properties: { name: str, value: str } }
        },
        secrets: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["name", "key"],
            properties: { name: str, key: str, targetEnvName: str }
          }
        },
        volumes: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["name", "hostPath", "mountPath"],
            properties: { name: str, hostPath: str, mountPath: str, readOnly: { type: "boolean" } }
          }
        },
        resources: {
          type: "object",
          additionalProperties: false,
          properties: Object.fromEntries(
            ["limits", "requests"].map((k) => [k, { type: "object", additionalProperties: false, properties: { cpu: str, memory: str } }])
          )
        },
        permissionProfile: {
          type: "object",
          additionalProperties: false,
          required: ["name", "type"],
          properties: { type: { enum: ["builtin", "configmap"] }, name: str, key: str }
        },
        podTemplateSpec: openObject,
        replicas: { type: "integer", minimum: 0 },
        backendReplicas: { type: "integer", minimum: 0 },
        serviceAccount: str,
        sessionAffinity: { enum: ["ClientIP", "None"] },
        sessionStorage: openObject,
        endpointPrefix: str,
        trustProxyHeaders: { type: "boolean" },
        proxyReadTimeout: str,
        proxyWriteTimeout: str,
        audit: { type: "object", additionalProperties: false, properties: { enabled: { type: "boolean" } } },
        authServerRef: nameRef({ kind: { enum: ["MCPExternalAuthConfig"] } }, ["kind", "name"]),
        authzConfig: openObject,
        externalAuthConfigRef: nameRef(),
        groupRef: nameRef(),
        oidcConfigRef: nameRef({ audience: str, resourceUrl: str, scopes: { type: "array", items: str } }, ["audience", "name"]),
        telemetryConfigRef: nameRef({ serviceName: str }),
        toolConfigRef: nameRef(),
        webhookConfigRef: nameRef(),
        rateLimiting: openObject,
        resourceOverrides: openObject
      }
    }
  }
};

// src/verify/schemas/gateway-api-v1-fields.json
var gateway_api_v1_fields_default = { IIoK8sSigsGatewayApiApisV1AllowedListeners: { fields: { namespaces: "IIoK8sSigsGatewayApiApisV1ListenerNamespaces" }, extends: [] }, IIoK8sSigsGatewayApiApisV1AllowedRoutes: { fields: { kinds: "IIoK8sSigsGatewayApiApisV1RouteGroupKind", namespaces: "IIoK8sSigsGatewayApiApisV1RouteNamespaces" }, extends: [] }, IIoK8sSigsGatewayApiApisV1BackendObjectReference: { fields: { group: "IIoK8sSigsGatewayApiApisV1Group", kind: "IIoK8sSigsGatewayApiApisV1Kind", name: "IIoK8sSigsGatewayApiApisV1ObjectName", namespace: "IIoK8sSigsGatewayApiApisV1Namespace", port: "IIoK8sSigsGatewayApiApisV1PortNumber" }, extends: [] }, IIoK8sSigsGatewayApiApisV1BackendRef: { fields: { weight: null }, extends: ["IIoK8sSigsGatewayApiApisV1BackendObjectReference"] }, IIoK8sSigsGatewayApiApisV1BackendTLSPolicy: { fields: { apiVersion: null, kind: null, metadata: null, spec: "IIoK8sSigsGatewayApiApisV1BackendTLSPolicySpec", status: "IIoK8sSigsGatewayApiApisV1PolicyStatus" }, extends: ["TypeMeta"] }, IIoK8sSigsGatewayApiApisV1BackendTLSPolicyList: { fields: { apiVersion: null, items: "IIoK8sSigsGatewayApiApisV1BackendTLSPolicy", kind: null, metadata: null }, extends: ["TypeMeta"] }, IIoK8sSigsGatewayApiApisV1BackendTLSPolicySpec: { fields: { options: null, targetRefs: "IIoK8sSigsGatewayApiApisV1LocalPolicyTargetReferenceWithSectionName", validation: "IIoK8sSigsGatewayApiApisV1BackendTLSPolicyValidation" }, extends: [] }, IIoK8sSigsGatewayApiApisV1BackendTLSPolicyValidation: { fields: { caCertificateRefs: "IIoK8sSigsGatewayApiApisV1LocalObjectReference", hostname: "IIoK8sSigsGatewayApiApisV1PreciseHostname", subjectAltNames: "IIoK8sSigsGatewayApiApisV1SubjectAltName", wellKnownCACertificates: "IIoK8sSigsGatewayApiApisV1WellKnownCACertificatesType" }, extends: [] }, IIoK8sSigsGatewayApiApisV1CommonRouteSpec: { fields: { parentRefs: "IIoK8sSigsGatewayApiApisV1ParentReference", useDefaultGateways: "IIoK8sSigsGatewayApiApisV1GatewayDefaultScope" }, extends: [] }, IIoK8sSigsGatewayApiApisV1CookieConfig: { fields: { lifetimeType: "IIoK8sSigsGatewayApiApisV1CookieLifetimeType" }, extends: [] }, IIoK8sSigsGatewayApiApisV1ForwardBodyConfig: { fields: { maxSize: null }, extends: [] }, IIoK8sSigsGatewayApiApisV1Fraction: { fields: { denominator: null, numerator: null }, extends: [] }, IIoK8sSigsGatewayApiApisV1FrontendTLSConfig: { fields: { default: "IIoK8sSigsGatewayApiApisV1TLSConfig", perPort: "IIoK8sSigsGatewayApiApisV1TLSPortConfig" }, extends: [] }, IIoK8sSigsGatewayApiApisV1FrontendTLSValidation: { fields: { caCertificateRefs: "IIoK8sSigsGatewayApiApisV1ObjectReference", mode: "IIoK8sSigsGatewayApiApisV1FrontendValidationModeType" }, extends: [] }, IIoK8sSigsGatewayApiApisV1GRPCAuthConfig: { fields: { allowedHeaders: null }, extends: [] }, IIoK8sSigsGatewayApiApisV1GRPCBackendRef: { fields: { filters: "IIoK8sSigsGatewayApiApisV1GRPCRouteFilter" }, extends: ["IIoK8sSigsGatewayApiApisV1BackendRef"] }, IIoK8sSigsGatewayApiApisV1GRPCHeaderMatch: { fields: { name: "IIoK8sSigsGatewayApiApisV1GRPCHeaderName", type: "IIoK8sSigsGatewayApiApisV1GRPCHeaderMatchType", value: null }, extends: [] }, IIoK8sSigsGatewayApiApisV1GRPCMethodMatch: { fields: { method: null, service: null, type: "IIoK8sSigsGatewayApiApisV1GRPCMethodMatchType" }, extends: [] }, IIoK8sSigsGatewayApiApisV1GRPCRoute: { fields: { apiVersion: null, kind: null, metadata: null, spec: "IIoK8sSigsGatewayApiApisV1GRPCRouteSpec", status: "IIoK8sSigsGatewayApiApisV1GRPCRouteStatus" }, extends: ["TypeMeta"] }, IIoK8sSigsGatewayApiApisV1GRPCRouteFilter: { fields: { extensionRef: "IIoK8sSigsGatewayApiApisV1LocalObjectReference", requestHeaderModifier: "IIoK8sSigsGatewayApiApisV1HTTPHeaderFilter", requestMirror: "IIoK8sSigsGatewayApiApisV1HTTPRequestMirrorFilter", responseHeaderModifier: "IIoK8sSigsGatewayApiApisV1HTTPHeaderFilter", type: "IIoK8sSigsGatewayApiApisV1GRPCRouteFilterType" }, extends: [] }, IIoK8sSigsGatewayApiApisV1GRPCRouteList: { fields: { apiVersion: null, items: "IIoK8sSigsGatewayApiApisV1GRPCRoute", kind: null, metadata: null }, extends: ["TypeMeta"] }, IIoK8sSigsGatewayApiApisV1GRPCRouteMatch: { fields: { headers: "IIoK8sSigsGatewayApiApisV1GRPCHeaderMatch", method: "IIoK8sSigsGatewayApiApisV1GRPCMethodMatch" }, extends: [] }, IIoK8sSigsGatewayApiApisV1GRPCRouteRule: { fields: { backendRefs: "IIoK8sSigsGatewayApiApisV1GRPCBackendRef", filters: "IIoK8sSigsGatewayApiApisV1GRPCRouteFilter", matches: "IIoK8sSigsGatewayApiApisV1GRPCRouteMatch", name: "IIoK8sSigsGatewayApiApisV1SectionName", sessionPersistence: "IIoK8sSigsGatewayApiApisV1SessionPersistence" }, extends: [] }, IIoK8sSigsGatewayApiApisV1GRPCRouteSpec: { fields: { hostnames: "IIoK8sSigsGatewayApiApisV1Hostname", rules: "IIoK8sSigsGatewayApiApisV1GRPCRouteRule" }, extends: ["IIoK8sSigsGatewayApiApisV1CommonRouteSpec"] }, IIoK8sSigsGatewayApiApisV1GRPCRouteStatus: { fields: {}, extends: ["IIoK8sSigsGatewayApiApisV1RouteStatus"] }, IIoK8sSigsGatewayApiApisV1Gateway: { fields: { apiVersion: null, kind: null, metadata: null, spec: "IIoK8sSigsGatewayApiApisV1GatewaySpec", status: "IIoK8sSigsGatewayApiApisV1GatewayStatus" }, extends: ["TypeMeta"] }, IIoK8sSigsGatewayApiApisV1GatewayBackendTLS: { fields: { clientCertificateRef: "IIoK8sSigsGatewayApiApisV1SecretObjectReference" }, extends: [] }, IIoK8sSigsGatewayApiApisV1GatewayClass: { fields: { apiVersion: null, kind: null, metadata: null, spec: "IIoK8sSigsGatewayApiApisV1GatewayClassSpec", status: "IIoK8sSigsGatewayApiApisV1GatewayClassStatus" }, extends: ["TypeMeta"] }, IIoK8sSigsGatewayApiApisV1GatewayClassList: { fields: { apiVersion: null, items: "IIoK8sSigsGatewayApiApisV1GatewayClass", kind: null, metadata: null }, extends: ["TypeMeta"] }, IIoK8sSigsGatewayApiApisV1GatewayClassSpec: { fields: { controllerName: "IIoK8sSigsGatewayApiApisV1GatewayController", description: null, parametersRef: "IIoK8sSigsGatewayApiApisV1ParametersReference" }, extends: [] }, IIoK8sSigsGatewayApiApisV1GatewayClassStatus: { fields: { conditions: null, supportedFeatures: "IIoK8sSigsGatewayApiApisV1SupportedFeature" }, extends: [] }, IIoK8sSigsGatewayApiApisV1GatewayInfrastructure: { fields: { annotations: null, labels: null, parametersRef: "IIoK8sSigsGatewayApiApisV1LocalParametersReference" }, extends: [] }, IIoK8sSigsGatewayApiApisV1GatewayList: { fields: { apiVersion: null, items: "IIoK8sSigsGatewayApiApisV1Gateway", kind: null, metadata: null }, extends: ["TypeMeta"] }, IIoK8sSigsGatewayApiApisV1GatewaySpec: { fields: { addresses: "IIoK8sSigsGatewayApiApisV1GatewaySpecAddress", allowedListeners: "IIoK8sSigsGatewayApiApisV1AllowedListeners", defaultScope: "IIoK8sSigsGatewayApiApisV1GatewayDefaultScope", gatewayClassName: "IIoK8sSigsGatewayApiApisV1ObjectName", infrastructure: "IIoK8sSigsGatewayApiApisV1GatewayInfrastructure", listeners: "IIoK8sSigsGatewayApiApisV1Listener", tls: "IIoK8sSigsGatewayApiApisV1GatewayTLSConfig" }, extends: [] }, IIoK8sSigsGatewayApiApisV1GatewaySpecAddress: { fields: { type: "IIoK8sSigsGatewayApiApisV1AddressType", value: null }, extends: [] }, IIoK8sSigsGatewayApiApisV1GatewayStatus: { fields: { addresses: "IIoK8sSigsGatewayApiApisV1GatewayStatusAddress", attachedListenerSets: null, conditions: null, listeners: "IIoK8sSigsGatewayApiApisV1ListenerStatus" }, extends: [] }, IIoK8sSigsGatewayApiApisV1GatewayStatusAddress: { fields: { type: "IIoK8sSigsGatewayApiApisV1AddressType", value: null }, extends: [] }, IIoK8sSigsGatewayApiApisV1GatewayTLSConfig: { fields: { backend: "IIoK8sSigsGatewayApiApisV1GatewayBackendTLS", frontend: "IIoK8sSigsGatewayApiApisV1FrontendTLSConfig" }, extends: [] }, IIoK8sSigsGatewayApiApisV1HTTPAuthConfig: { fields: { allowedHeaders: null, allowedResponseHeaders: null, path: null }, extends: [] }, IIoK8sSigsGatewayApiApisV1HTTPBackendRef: { fields: { filters: "IIoK8sSigsGatewayApiApisV1HTTPRouteFilter" }, extends: ["IIoK8sSigsGatewayApiApisV1BackendRef"] }, IIoK8sSigsGatewayApiApisV1HTTPCORSFilter: { fields: { allowCredentials: null, allowHeaders: "IIoK8sSigsGatewayApiApisV1HTTPHeaderName", allowMethods: "IIoK8sSigsGatewayApiApisV1HTTPMethodWithWildcard", allowOrigins: "IIoK8sSigsGatewayApiApisV1CORSOrigin", exposeHeaders: "IIoK8sSigsGatewayApiApisV1HTTPHeaderName", maxAge: null }, extends: [] }, IIoK8sSigsGatewayApiApisV1HTTPExternalAuthFilter: { fields: { backendRef: "IIoK8sSigsGatewayApiApisV1BackendObjectReference", forwardBody: "IIoK8sSigsGatewayApiApisV1ForwardBodyConfig", grpc: "IIoK8sSigsGatewayApiApisV1GRPCAuthConfig", http: "IIoK8sSigsGatewayApiApisV1HTTPAuthConfig", protocol: "IIoK8sSigsGatewayApiApisV1HTTPRouteExternalAuthProtocol" }, extends: [] }, IIoK8sSigsGatewayApiApisV1HTTPHeader: { fields: { name: "IIoK8sSigsGatewayApiApisV1HTTPHeaderName", value: null }, extends: [] }, IIoK8sSigsGatewayApiApisV1HTTPHeaderFilter: { fields: { add: "IIoK8sSigsGatewayApiApisV1HTTPHeader", remove: null, set: "IIoK8sSigsGatewayApiApisV1HTTPHeader" }, extends: [] }, IIoK8sSigsGatewayApiApisV1HTTPHeaderMatch: { fields: { name: "IIoK8sSigsGatewayApiApisV1HTTPHeaderName", type: "IIoK8sSigsGatewayApiApisV1HeaderMatchType", value: null }, extends: [] }, IIoK8sSigsGatewayApiApisV1HTTPPathMatch: { fields: { type: "IIoK8sSigsGatewayApiApisV1PathMatchType", value: null }, extends: [] }, IIoK8sSigsGatewayApiApisV1HTTPPathModifier: { fields: { replaceFullPath: null, replacePrefixMatch: null, type: "IIoK8sSigsGatewayApiApisV1HTTPPathModifierType" }, extends: [] }, IIoK8sSigsGatewayApiApisV1HTTPQueryParamMatch: { fields: { name: "IIoK8sSigsGatewayApiApisV1HTTPHeaderName", type: "IIoK8sSigsGatewayApiApisV1QueryParamMatchType", value: null }, extends: [] }, IIoK8sSigsGatewayApiApisV1HTTPRequestMirrorFilter: { fields: { backendRef: "IIoK8sSigsGatewayApiApisV1BackendObjectReference", fraction: "IIoK8sSigsGatewayApiApisV1Fraction", percent: null }, extends: [] }, IIoK8sSigsGatewayApiApisV1HTTPRequestRedirectFilter: { fields: { hostname: "IIoK8sSigsGatewayApiApisV1PreciseHostname", path: "IIoK8sSigsGatewayApiApisV1HTTPPathModifier", port: "IIoK8sSigsGatewayApiApisV1PortNumber", scheme: null, statusCode: null }, extends: [] }, IIoK8sSigsGatewayApiApisV1HTTPRoute: { fields: { apiVersion: null, kind: null, metadata: null, spec: "IIoK8sSigsGatewayApiApisV1HTTPRouteSpec", status: "IIoK8sSigsGatewayApiApisV1HTTPRouteStatus" }, extends: ["TypeMeta"] }, IIoK8sSigsGatewayApiApisV1HTTPRouteFilter: { fields: { cors: "IIoK8sSigsGatewayApiApisV1HTTPCORSFilter", extensionRef: "IIoK8sSigsGatewayApiApisV1LocalObjectReference", externalAuth: "IIoK8sSigsGatewayApiApisV1HTTPExternalAuthFilter", requestHeaderModifier: "IIoK8sSigsGatewayApiApisV1HTTPHeaderFilter", requestMirror: "IIoK8sSigsGatewayApiApisV1HTTPRequestMirrorFilter", requestRedirect: "IIoK8sSigsGatewayApiApisV1HTTPRequestRedirectFilter", responseHeaderModifier: "IIoK8sSigsGatewayApiApisV1HTTPHeaderFilter", type: "IIoK8sSigsGatewayApiApisV1HTTPRouteFilterType", urlRewrite: "IIoK8sSigsGatewayApiApisV1HTTPURLRewriteFilter" }, extends: [] }, IIoK8sSigsGatewayApiApisV1HTTPRouteList: { fields: { apiVersion: null, items: "IIoK8sSigsGatewayApiApisV1HTTPRoute", kind: null, metadata: null }, extends: ["TypeMeta"] }, IIoK8sSigsGatewayApiApisV1HTTPRouteMatch: { fields: { headers: "IIoK8sSigsGatewayApiApisV1HTTPHeaderMatch", method: "IIoK8sSigsGatewayApiApisV1HTTPMethod", path: "IIoK8sSigsGatewayApiApisV1HTTPPathMatch", queryParams: "IIoK8sSigsGatewayApiApisV1HTTPQueryParamMatch" }, extends: [] }, IIoK8sSigsGatewayApiApisV1HTTPRouteRetry: { fields: { attempts: null, backoff: "IIoK8sSigsGatewayApiApisV1Duration", codes: "IIoK8sSigsGatewayApiApisV1HTTPRouteRetryStatusCode" }, extends: [] }, IIoK8sSigsGatewayApiApisV1HTTPRouteRule: { fields: { backendRefs: "IIoK8sSigsGatewayApiApisV1HTTPBackendRef", filters: "IIoK8sSigsGatewayApiApisV1HTTPRouteFilter", matches: "IIoK8sSigsGatewayApiApisV1HTTPRouteMatch", name: "IIoK8sSigsGatewayApiApisV1SectionName", retry: "IIoK8sSigsGatewayApiApisV1HTTPRouteRetry", sessionPersistence: "IIoK8sSigsGatewayApiApisV1SessionPersistence", timeouts: "IIoK8sSigsGatewayApiApisV1HTTPRouteTimeouts" }, extends: [] }, IIoK8sSigsGatewayApiApisV1HTTPRouteSpec: { fields: { hostnames: "IIoK8sSigsGatewayApiApisV1Hostname", rules: "IIoK8sSigsGatewayApiApisV1HTTPRouteRule" }, extends: ["IIoK8sSigsGatewayApiApisV1CommonRouteSpec"] }, IIoK8sSigsGatewayApiApisV1HTTPRouteStatus: { fields: {}, extends: ["IIoK8sSigsGatewayApiApisV1RouteStatus"] }, IIoK8sSigsGatewayApiApisV1HTTPRouteTimeouts: { fields: { backendRequest: "IIoK8sSigsGatewayApiApisV1Duration", request: "IIoK8sSigsGatewayApiApisV1Duration" }, extends: [] }, IIoK8sSigsGatewayApiApisV1HTTPURLRewriteFilter: { fields: { hostname: "IIoK8sSigsGatewayApiApisV1PreciseHostname", path: "IIoK8sSigsGatewayApiApisV1HTTPPathModifier" }, extends: [] }, IIoK8sSigsGatewayApiApisV1Listener: { fields: { allowedRoutes: "IIoK8sSigsGatewayApiApisV1AllowedRoutes", hostname: "IIoK8sSigsGatewayApiApisV1Hostname", name: "IIoK8sSigsGatewayApiApisV1SectionName", port: "IIoK8sSigsGatewayApiApisV1PortNumber", protocol: "IIoK8sSigsGatewayApiApisV1ProtocolType", tls: "IIoK8sSigsGatewayApiApisV1ListenerTLSConfig" }, extends: [] }, IIoK8sSigsGatewayApiApisV1ListenerEntry: { fields: { allowedRoutes: "IIoK8sSigsGatewayApiApisV1AllowedRoutes", hostname: "IIoK8sSigsGatewayApiApisV1Hostname", name: "IIoK8sSigsGatewayApiApisV1SectionName", port: "IIoK8sSigsGatewayApiApisV1PortNumber", protocol: "IIoK8sSigsGatewayApiApisV1ProtocolType", tls: "IIoK8sSigsGatewayApiApisV1ListenerTLSConfig" }, extends: [] }, IIoK8sSigsGatewayApiApisV1ListenerEntryStatus: { fields: { attachedRoutes: null, conditions: null, name: "IIoK8sSigsGatewayApiApisV1SectionName", supportedKinds: "IIoK8sSigsGatewayApiApisV1RouteGroupKind" }, extends: [] }, IIoK8sSigsGatewayApiApisV1ListenerNamespaces: { fields: { from: "IIoK8sSigsGatewayApiApisV1FromNamespaces", selector: null }, extends: [] }, IIoK8sSigsGatewayApiApisV1ListenerSet: { fields: { apiVersion: null, kind: null, metadata: null, spec: "IIoK8sSigsGatewayApiApisV1ListenerSetSpec", status: "IIoK8sSigsGatewayApiApisV1ListenerSetStatus" }, extends: ["TypeMeta"] }, IIoK8sSigsGatewayApiApisV1ListenerSetList: { fields: { apiVersion: null, items: "IIoK8sSigsGatewayApiApisV1ListenerSet", kind: null, metadata: null }, extends: ["TypeMeta"] }, IIoK8sSigsGatewayApiApisV1ListenerSetSpec: { fields: { listeners: "IIoK8sSigsGatewayApiApisV1ListenerEntry", parentRef: "IIoK8sSigsGatewayApiApisV1ParentGatewayReference" }, extends: [] }, IIoK8sSigsGatewayApiApisV1ListenerSetStatus: { fields: { conditions: null, listeners: "IIoK8sSigsGatewayApiApisV1ListenerEntryStatus" }, extends: [] }, IIoK8sSigsGatewayApiApisV1ListenerStatus: { fields: { attachedRoutes: null, conditions: null, name: "IIoK8sSigsGatewayApiApisV1SectionName", supportedKinds: "IIoK8sSigsGatewayApiApisV1RouteGroupKind" }, extends: [] }, IIoK8sSigsGatewayApiApisV1ListenerTLSConfig: { fields: { certificateRefs: "IIoK8sSigsGatewayApiApisV1SecretObjectReference", mode: "IIoK8sSigsGatewayApiApisV1TLSModeType", options: null }, extends: [] }, IIoK8sSigsGatewayApiApisV1LocalObjectReference: { fields: { group: "IIoK8sSigsGatewayApiApisV1Group", kind: "IIoK8sSigsGatewayApiApisV1Kind", name: "IIoK8sSigsGatewayApiApisV1ObjectName" }, extends: [] }, IIoK8sSigsGatewayApiApisV1LocalParametersReference: { fields: { group: "IIoK8sSigsGatewayApiApisV1Group", kind: "IIoK8sSigsGatewayApiApisV1Kind", name: null }, extends: [] }, IIoK8sSigsGatewayApiApisV1LocalPolicyTargetReference: { fields: { group: "IIoK8sSigsGatewayApiApisV1Group", kind: "IIoK8sSigsGatewayApiApisV1Kind", name: "IIoK8sSigsGatewayApiApisV1ObjectName" }, extends: [] }, IIoK8sSigsGatewayApiApisV1LocalPolicyTargetReferenceWithSectionName: { fields: { sectionName: "IIoK8sSigsGatewayApiApisV1SectionName" }, extends: ["IIoK8sSigsGatewayApiApisV1LocalPolicyTargetReference"] }, IIoK8sSigsGatewayApiApisV1ObjectReference: { fields: { group: "IIoK8sSigsGatewayApiApisV1Group", kind: "IIoK8sSigsGatewayApiApisV1Kind", name: "IIoK8sSigsGatewayApiApisV1ObjectName", namespace: "IIoK8sSigsGatewayApiApisV1Namespace" }, extends: [] }, IIoK8sSigsGatewayApiApisV1ParametersReference: { fields: { group: "IIoK8sSigsGatewayApiApisV1Group", kind: "IIoK8sSigsGatewayApiApisV1Kind", name: null, namespace: "IIoK8sSigsGatewayApiApisV1Namespace" }, extends: [] }, IIoK8sSigsGatewayApiApisV1ParentGatewayReference: { fields: { group: "IIoK8sSigsGatewayApiApisV1Group", kind: "IIoK8sSigsGatewayApiApisV1Kind", name: "IIoK8sSigsGatewayApiApisV1ObjectName", namespace: "IIoK8sSigsGatewayApiApisV1Namespace" }, extends: [] }, IIoK8sSigsGatewayApiApisV1ParentReference: { fields: { group: "IIoK8sSigsGatewayApiApisV1Group", kind: "IIoK8sSigsGatewayApiApisV1Kind", name: "IIoK8sSigsGatewayApiApisV1ObjectName", namespace: "IIoK8sSigsGatewayApiApisV1Namespace", port: "IIoK8sSigsGatewayApiApisV1PortNumber", sectionName: "IIoK8sSigsGatewayApiApisV1SectionName" }, extends: [] }, IIoK8sSigsGatewayApiApisV1PolicyAncestorStatus: { fields: { ancestorRef: "IIoK8sSigsGatewayApiApisV1ParentReference", conditions: null, controllerName: "IIoK8sSigsGatewayApiApisV1GatewayController" }, extends: [] }, IIoK8sSigsGatewayApiApisV1PolicyStatus: { fields: { ancestors: "IIoK8sSigsGatewayApiApisV1PolicyAncestorStatus" }, extends: [] }, IIoK8sSigsGatewayApiApisV1ReferenceGrant: { fields: { apiVersion: null, kind: null, metadata: null, spec: "IIoK8sSigsGatewayApiApisV1ReferenceGrantSpec" }, extends: ["TypeMeta"] }, IIoK8sSigsGatewayApiApisV1ReferenceGrantFrom: { fields: { group: "IIoK8sSigsGatewayApiApisV1Group", kind: "IIoK8sSigsGatewayApiApisV1Kind", namespace: "IIoK8sSigsGatewayApiApisV1Namespace" }, extends: [] }, IIoK8sSigsGatewayApiApisV1ReferenceGrantList: { fields: { apiVersion: null, items: "IIoK8sSigsGatewayApiApisV1ReferenceGrant", kind: null, metadata: null }, extends: ["TypeMeta"] }, IIoK8sSigsGatewayApiApisV1ReferenceGrantSpec: { fields: { from: "IIoK8sSigsGatewayApiApisV1ReferenceGrantFrom", to: "IIoK8sSigsGatewayApiApisV1ReferenceGrantTo" }, extends: [] }, IIoK8sSigsGatewayApiApisV1ReferenceGrantTo: { fields: { group: "IIoK8sSigsGatewayApiApisV1Group", kind: "IIoK8sSigsGatewayApiApisV1Kind", name: "IIoK8sSigsGatewayApiApisV1ObjectName" }, extends: [] }, IIoK8sSigsGatewayApiApisV1RouteGroupKind: { fields: { group: "IIoK8sSigsGatewayApiApisV1Group", kind: "IIoK8sSigsGatewayApiApisV1Kind" }, extends: [] }, IIoK8sSigsGatewayApiApisV1RouteNamespaces: { fields: { from: "IIoK8sSigsGatewayApiApisV1FromNamespaces", selector: null }, extends: [] }, IIoK8sSigsGatewayApiApisV1RouteParentStatus: { fields: { conditions: null, controllerName: "IIoK8sSigsGatewayApiApisV1GatewayController", parentRef: "IIoK8sSigsGatewayApiApisV1ParentReference" }, extends: [] }, IIoK8sSigsGatewayApiApisV1RouteStatus: { fields: { parents: "IIoK8sSigsGatewayApiApisV1RouteParentStatus" }, extends: [] }, IIoK8sSigsGatewayApiApisV1SecretObjectReference: { fields: { group: "IIoK8sSigsGatewayApiApisV1Group", kind: "IIoK8sSigsGatewayApiApisV1Kind", name: "IIoK8sSigsGatewayApiApisV1ObjectName", namespace: "IIoK8sSigsGatewayApiApisV1Namespace" }, extends: [] }, IIoK8sSigsGatewayApiApisV1SessionPersistence: { fields: { absoluteTimeout: "IIoK8sSigsGatewayApiApisV1Duration", cookieConfig: "IIoK8sSigsGatewayApiApisV1CookieConfig", idleTimeout: "IIoK8sSigsGatewayApiApisV1Duration", sessionName: null, type: "IIoK8sSigsGatewayApiApisV1SessionPersistenceType" }, extends: [] }, IIoK8sSigsGatewayApiApisV1SubjectAltName: { fields: { hostname: "IIoK8sSigsGatewayApiApisV1Hostname", type: "IIoK8sSigsGatewayApiApisV1SubjectAltNameType", uri: "IIoK8sSigsGatewayApiApisV1AbsoluteURI" }, extends: [] }, IIoK8sSigsGatewayApiApisV1SupportedFeature: { fields: { name: "IIoK8sSigsGatewayApiApisV1FeatureName" }, extends: [] }, IIoK8sSigsGatewayApiApisV1TLSConfig: { fields: { validation: "IIoK8sSigsGatewayApiApisV1FrontendTLSValidation" }, extends: [] }, IIoK8sSigsGatewayApiApisV1TLSPortConfig: { fields: { port: "IIoK8sSigsGatewayApiApisV1PortNumber", tls: "IIoK8sSigsGatewayApiApisV1TLSConfig" }, extends: [] }, IIoK8sSigsGatewayApiApisV1TLSRoute: { fields: { apiVersion: null, kind: null, metadata: null, spec: "IIoK8sSigsGatewayApiApisV1TLSRouteSpec", status: "IIoK8sSigsGatewayApiApisV1TLSRouteStatus" }, extends: ["TypeMeta"] }, IIoK8sSigsGatewayApiApisV1TLSRouteList: { fields: { apiVersion: null, items: "IIoK8sSigsGatewayApiApisV1TLSRoute", kind: null, metadata: null }, extends: ["TypeMeta"] }, IIoK8sSigsGatewayApiApisV1TLSRouteRule: { fields: { backendRefs: "IIoK8sSigsGatewayApiApisV1BackendRef", name: "IIoK8sSigsGatewayApiApisV1SectionName" }, extends: [] }, IIoK8sSigsGatewayApiApisV1TLSRouteSpec: { fields: { hostnames: "IIoK8sSigsGatewayApiApisV1Hostname", rules: "IIoK8sSigsGatewayApiApisV1TLSRouteRule" }, extends: ["IIoK8sSigsGatewayApiApisV1CommonRouteSpec"] }, IIoK8sSigsGatewayApiApisV1TLSRouteStatus: { fields: {}, extends: ["IIoK8sSigsGatewayApiApisV1RouteStatus"] } };

// src/verify/gateway-api.ts
var types;
function loadTypes() {
  types ??= new Map(
    Object.entries(gateway_api_v1_fields_default).map(([alias, info]) => [
      alias,
      { fields: new Map(Object.entries(info.fields).map(([k, v]) => [k, v ?? void 0])), extends: info.extends }
    ])
  );
  return types;
}
function fieldsOf(alias, seen = /* @__PURE__ */ new Set()) {
  const info = loadTypes().get(alias);
  if (!info || seen.has(alias)) return void 0;
  seen.add(alias);
  const all = new Map(info.fields);
  for (const parent of info.extends) for (const [k, v] of fieldsOf(parent, seen) ?? []) if (!all.has(k)) all.set(k, v);
  return all;
}
function unknownGatewayApiFields(obj, kind) {
  const root = `IIoK8sSigsGatewayApiApisV1${kind}`;
  if (!fieldsOf(root)) return void 0;
  const out = [];
  const walk = (value, alias, path6) => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, alias, `${path6}/${i}`));
      return;
    }
    if (!value || typeof value !== "object") return;
    const fields = fieldsOf(alias);
    if (!fields) return;
    for (const [k, v] of Object.entries(value)) {
      if (!fields.has(k)) out.push(`${path6 || "/"}: unknown field "${k}"`);
      else {
        const child = fields.get(k);
        if (child) walk(v, child, `${path6}/${k}`);
      }
    }
  };
  walk(obj, root, "");
  return out;
}

// src/verify/strict-schema.ts
function typeOf(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}
function typeMatches(expected, actual) {
  return expected === actual || expected === "number" && actual === "integer";
}
var StrictSchema = class {
  definitions;
  constructor(root) {
    this.definitions = root.definitions ?? {};
  }
  has(definition) {
    return definition in this.definitions;
  }
  /** Every problem of `value` against definition `name`, as `path: message` lines. */
  validate(name, value) {
    const errors = [];
    this.walk({ $ref: `#/definitions/${name}` }, value, "", errors);
    return errors;
  }
  walk(schema, value, at, errors) {
    const where = at || "/";
    if (schema.$ref) {
      const target = this.definitions[schema.$ref.replace("#/definitions/", "")];
      if (!target) throw new Error(`schema reference ${schema.$ref} is not defined`);
      this.walk(target, value, at, errors);
      return;
    }
    if (schema.const !== void 0 && value !== schema.const) {
      errors.push(`${where}: must be equal to constant`);
      return;
    }
    if (schema.enum && !schema.enum.includes(value)) {
      errors.push(`${where}: must be equal to one of the allowed values`);
      return;
    }
    if (schema.type) {
      const actual = typeOf(value);
      const types2 = Array.isArray(schema.type) ? schema.type : [schema.type];
      if (!types2.some((t) => typeMatches(t, actual))) {
        errors.push(`${where}: must be ${types2.join(",")}`);
        return;
      }
    }
    if (Array.isArray(value)) {
      if (schema.items) value.forEach((item, i) => this.walk(schema.items, item, `${at}/${i}`, errors));
      return;
    }
    if (value === null || typeof value !== "object") return;
    const object = value;
    for (const key of schema.required ?? []) {
      if (!(key in object)) errors.push(`${where}: missing required field "${key}"`);
    }
    for (const [key, child] of Object.entries(object)) {
      const property = schema.properties?.[key];
      const path6 = `${at}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
      if (property) this.walk(property, child, path6, errors);
      else if (schema.additionalProperties === false) errors.push(`${where}: unknown field "${key}"`);
      else if (typeof schema.additionalProperties === "object") this.walk(schema.additionalProperties, child, path6, errors);
    }
  }
};

// src/verify/schema.ts
var DEFAULT_KUBE_VERSIONS = [OLDEST_KUBE_VERSION, NEWEST_KUBE_VERSION];
function withoutNulls(value) {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value && typeof value === "object") {
    const out = {};
    for (const [k, v] of Object.entries(value)) if (v !== null) out[k] = withoutNulls(v);
    return out;
  }
  return value;
}
function formatAjvErrors(errors) {
  return (errors ?? []).map((e) => {
    const at = e.instancePath || "/";
    if (e.keyword === "additionalProperties") return `${at}: unknown field "${String(e.params.additionalProperty)}"`;
    if (e.keyword === "required") return `${at}: missing required field "${String(e.params.missingProperty)}"`;
    return `${at}: ${e.message ?? e.keyword}`;
  });
}
var validators = /* @__PURE__ */ new Map();
async function strictSchema(kubeVersion) {
  const api = await loadKubeApiSchema(kubeVersion);
  let schema = validators.get(api.kubeVersion);
  if (!schema) validators.set(api.kubeVersion, schema = new StrictSchema(api.schema));
  return schema;
}
async function validateDefinition(kubeVersion, definition, value) {
  const schema = await strictSchema(kubeVersion);
  if (!schema.has(definition)) throw new Error(`schema ${definition} is not defined for Kubernetes ${kubeVersion}`);
  return schema.validate(definition, value);
}
var crdAjv;
var crdValidators = /* @__PURE__ */ new Map();
var CRD_SCHEMAS = {
  [gvkKey("toolhive.stacklok.dev/v1beta1", "MCPServer")]: MCPSERVER_V1BETA1_SCHEMA
};
async function crdValidator(gvk) {
  const schema = CRD_SCHEMAS[gvk];
  if (!schema) return void 0;
  let fn = crdValidators.get(gvk);
  if (!fn) {
    crdAjv ??= import("./ajv-QNKKPE66.js").then(({ Ajv }) => new Ajv({ allErrors: true, strict: true }));
    fn = (await crdAjv).compile(schema);
    crdValidators.set(gvk, fn);
  }
  return fn;
}
var GATEWAY_API_GROUP = "gateway.networking.k8s.io/v1";
var gatewayModule;
async function validateGatewayApi(obj) {
  gatewayModule ??= import("./v1-SJT3IL35.js");
  const mod = await gatewayModule;
  const Model = mod[kindOf(obj)];
  if (typeof Model !== "function") return void 0;
  const unknown = unknownGatewayApiFields(obj, kindOf(obj)) ?? [];
  try {
    new Model(obj).validate();
    return unknown;
  } catch (e) {
    return [...unknown, e.message];
  }
}
async function validateSchemas(objects, opts = {}) {
  const versions = opts.kubeVersions ?? DEFAULT_KUBE_VERSIONS;
  const findings = [];
  for (const { object, source } of objects) {
    const base = { check: "schema", rule: "schema", kind: kindOf(object), name: nameOf(object), source };
    if (typeof object.apiVersion !== "string" || typeof object.kind !== "string") {
      findings.push({ ...base, message: "object has no apiVersion or kind" });
      continue;
    }
    const gvk = gvkKey(object.apiVersion, object.kind);
    const data = withoutNulls(object);
    const crd = await crdValidator(gvk);
    if (crd) {
      if (!crd(data)) for (const m of formatAjvErrors(crd.errors)) findings.push({ ...base, message: m });
      const podTemplate = data.spec?.podTemplateSpec;
      if (object.kind === "MCPServer" && podTemplate !== void 0) {
        for (const v of versions) {
          for (const m of await validateDefinition(v, "PodTemplateSpec", podTemplate)) {
            findings.push({ ...base, kubeVersion: v, message: `/spec/podTemplateSpec${m.startsWith("/:") ? m.slice(1) : m}` });
          }
        }
      }
      continue;
    }
    if (object.apiVersion === GATEWAY_API_GROUP) {
      const msgs = await validateGatewayApi(data);
      if (msgs) {
        for (const m of msgs) findings.push({ ...base, message: m });
        continue;
      }
    }
    for (const v of versions) {
      const definition = (await loadKubeApiSchema(v)).kinds.get(gvk);
      if (!definition) {
        findings.push({
          ...base,
          kubeVersion: v,
          rule: "unknown-kind",
          message: `${object.apiVersion} ${object.kind} is not served by Kubernetes ${v} and no schema is known for it`
        });
        continue;
      }
      for (const m of await validateDefinition(v, definition, data)) findings.push({ ...base, kubeVersion: v, message: m });
    }
  }
  return findings;
}

// src/verify/template-lines.ts
var import_yaml2 = __toESM(require_dist(), 1);
var MAX_ALIGNMENT_CELLS = 4e6;
var LITERAL_WEIGHT = 3;
var PATTERN_WEIGHT = 1;
function templateSegments(text) {
  const segments = [];
  let literalStart = 0;
  let i = text.indexOf("{{");
  while (i !== -1) {
    let j = i + 2;
    let end = -1;
    while (j < text.length) {
      const ch = text[j];
      if (ch === '"' || ch === "'" || ch === "`") {
        const close = ch === "`" ? text.indexOf("`", j + 1) : closingQuote(text, j);
        if (close === -1) break;
        j = close + 1;
        continue;
      }
      if (ch === "/" && text[j + 1] === "*") {
        const close = text.indexOf("*/", j + 2);
        if (close === -1) break;
        j = close + 2;
        continue;
      }
      if (ch === "}" && text[j + 1] === "}") {
        end = j + 2;
        break;
      }
      j++;
    }
    if (end === -1) break;
    if (i > literalStart) segments.push({ start: literalStart, end: i, action: false, trimLeft: false, trimRight: false });
    segments.push({ start: i, end, action: true, trimLeft: /^\{\{- /.test(text.slice(i, i + 4)), trimRight: / -\}\}$/.test(text.slice(end - 4, end)) });
    literalStart = end;
    i = text.indexOf("{{", end);
  }
  if (literalStart < text.length) segments.push({ start: literalStart, end: text.length, action: false, trimLeft: false, trimRight: false });
  return segments;
}
function closingQuote(text, open) {
  const quote = text[open];
  for (let k = open + 1; k < text.length; k++) {
    if (text[k] === "\\") k++;
    else if (text[k] === quote) return k;
    else if (text[k] === "\n") return -1;
  }
  return -1;
}
var escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function lineMatchers(template) {
  const segments = templateSegments(template);
  const lines = template.split("\n").map(() => ({ pieces: [], openStart: false, openEnd: false }));
  const lineOf = lineIndex(template);
  segments.forEach((seg, s) => {
    if (seg.action) {
      for (let l = lineOf(seg.start); l <= lineOf(Math.max(seg.start, seg.end - 1)); l++) lines[l - 1]?.pieces.push({ text: "", action: true });
      return;
    }
    let text = template.slice(seg.start, seg.end);
    let offset = seg.start;
    const before = segments[s - 1];
    const after = segments[s + 1];
    if (after?.action && after.trimLeft) {
      const kept = text.replace(/\s+$/, "");
      const line = lines[lineOf(offset + kept.length) - 1];
      if (line && text.slice(kept.length).includes("\n")) line.openEnd = true;
      text = kept;
    }
    if (before?.action && before.trimRight) {
      const kept = text.replace(/^\s+/, "");
      const eaten = text.length - kept.length;
      const line = lines[lineOf(offset + eaten) - 1];
      if (line && text.slice(0, eaten).includes("\n")) line.openStart = true;
      text = kept;
      offset += eaten;
    }
    const first = lineOf(offset);
    text.split("\n").forEach((part, k) => lines[first + k - 1]?.pieces.push({ text: part, action: false }));
  });
  return lines.map(({ pieces, openStart, openEnd }) => {
    const literal = pieces.filter((p) => !p.action).map((p) => p.text).join("");
    if (literal.replace(/[\s-]/g, "").length < 2) return void 0;
    if (!openStart && !openEnd && pieces.every((p) => !p.action)) return { kind: "literal", text: literal.trimEnd() };
    const body = pieces.map((p) => p.action ? ".*" : escapeRegExp(p.text)).join("").replace(/(\.\*)+/g, ".*");
    return { kind: "pattern", re: new RegExp(`^${openStart ? ".*" : ""}${body.replace(/\s+$/, "")}${openEnd ? ".*" : "\\s*"}$`) };
  });
}
function alignLines(rendered, template) {
  const out = rendered.split("\n").map((l) => l.trimEnd());
  const matchers = lineMatchers(template);
  const n = out.length;
  const m = matchers.length;
  if ((n + 1) * (m + 1) > MAX_ALIGNMENT_CELLS) return void 0;
  const weight = (i2, j2) => {
    const matcher = matchers[j2];
    const line = out[i2];
    if (!matcher || line.trim() === "") return 0;
    if (matcher.kind === "literal") return matcher.text === line ? LITERAL_WEIGHT : 0;
    return matcher.re.test(line) ? PATTERN_WEIGHT : 0;
  };
  const width = m + 1;
  const score = new Int32Array((n + 1) * width);
  for (let i2 = n - 1; i2 >= 0; i2--) {
    for (let j2 = m - 1; j2 >= 0; j2--) {
      const w = weight(i2, j2);
      const skip = Math.max(score[(i2 + 1) * width + j2], score[i2 * width + j2 + 1]);
      score[i2 * width + j2] = w ? Math.max(skip, w + score[(i2 + 1) * width + j2 + 1]) : skip;
    }
  }
  const mapped = new Int32Array(n);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const here = score[i * width + j];
    const w = weight(i, j);
    if (w && here === w + score[(i + 1) * width + j + 1]) {
      mapped[i] = j + 1;
      i++;
      j++;
    } else if (here === score[(i + 1) * width + j]) {
      i++;
    } else {
      j++;
    }
  }
  return mapped;
}
function keyLines(text, path6) {
  const doc = (0, import_yaml2.parseDocument)(text, { uniqueKeys: false, prettyErrors: false });
  const lineOf = lineIndex(text);
  const lines = [];
  const at = (node2) => node2?.range ? lineOf(node2.range[0]) : void 0;
  const keyOf = (map, key) => (0, import_yaml2.isMap)(map) ? map.items.find((p) => ((0, import_yaml2.isScalar)(p.key) ? p.key.value : p.key) === key) : void 0;
  let node = doc.contents;
  for (const segment of path6) {
    if (typeof segment === "string") {
      const pair = keyOf(node, segment);
      const line = at(pair?.key);
      if (!pair || line === void 0) break;
      lines.push(line);
      node = pair.value;
    } else {
      const item = (0, import_yaml2.isSeq)(node) ? node.items[segment] : void 0;
      const line = at(item);
      if (line === void 0) break;
      lines.push(line);
      node = item;
    }
  }
  const kind = at(keyOf(doc.contents, "kind")?.key);
  if (kind !== void 0) lines.unshift(kind);
  return lines.reverse();
}
function templateLineOf(template, renderedText, path6, aligned = alignLines(renderedText, template)) {
  if (!aligned) return { why: `the template and its output are too large to align (over ${MAX_ALIGNMENT_CELLS} cells)` };
  const candidates = keyLines(renderedText, path6);
  for (const [k, line] of candidates.entries()) {
    const found = aligned[line - 1];
    if (found) return { line: found, exact: k === 0 && candidates.length > path6.length };
  }
  return { why: "no line of the template writes this object (it comes whole from an include or a value)" };
}

// src/verify/index.ts
function dedupe(findings) {
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((f) => {
    const key = formatFinding(f);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
async function verifyManifests(objects, opts = {}) {
  const schema = await validateSchemas(objects, { kubeVersions: opts.kubeVersions });
  const policy = checkPolicies(objects, opts.policy);
  return { findings: [...schema, ...checkDeprecations(objects), ...policy.findings], waivedFindings: policy.waivedFindings, waived: policy.waived };
}
function rendersAlikeOnEveryKubeVersion(chartDir) {
  const walk = (dir) => readdirSync(dir, { withFileTypes: true }).every((entry) => {
    const file = join(dir, entry.name);
    if (entry.isDirectory()) return walk(file);
    if (entry.name.endsWith(".tgz")) return false;
    return !/\.(ya?ml|tpl|txt|json)$/.test(entry.name) || !readFileSync(file, "utf8").includes(".Capabilities");
  });
  return walk(chartDir);
}
function assertKubeVersionAllowed(chartDir, minor) {
  const constraint = readChartYaml(chartDir).kubeVersion;
  const version = `${minor}.0`;
  if (constraint && !import_semver2.default.satisfies(version, constraint, { includePrerelease: true })) {
    const message = `chart requires kubeVersion: ${constraint} which is incompatible with Kubernetes v${version}`;
    throw new ToolError(message, "helm", 1, "", `Error: ${message}
`);
  }
}
async function verifyChart(opts) {
  const versions = opts.kubeVersions ?? [OLDEST_KUBE_VERSION, NEWEST_KUBE_VERSION];
  const once = versions.length > 1 && rendersAlikeOnEveryKubeVersion(opts.chartDir);
  if (once) for (const v of versions.slice(1)) assertKubeVersionAllowed(opts.chartDir, v);
  const releaseName = opts.releaseName ?? readChartYaml(opts.chartDir).name;
  const renders = await Promise.all(
    (once ? versions.slice(0, 1) : versions).map((v) => renderChart({ ...opts, releaseName, kubeVersion: `v${v}.0` }))
  );
  const findings = [];
  const waivedFindings = [];
  const rendered = /* @__PURE__ */ new Map();
  let waived = [];
  for (const [i, v] of versions.entries()) {
    const objects = renders[once ? 0 : i];
    rendered.set(v, objects);
    const r = await verifyManifests(objects, { kubeVersions: [v], policy: opts.policy });
    findings.push(...r.findings);
    waivedFindings.push(...r.waivedFindings);
    waived = r.waived;
  }
  return { findings: dedupe(findings), waivedFindings: dedupe(waivedFindings), waived, rendered };
}

// src/chart/templates.ts
var import_yaml3 = __toESM(require_dist(), 1);
import { readdirSync as readdirSync2, statSync } from "node:fs";
import path3 from "node:path";

// src/chart/archive.ts
import { createHash } from "node:crypto";
import { gunzipSync, gzipSync } from "node:zlib";
var MAX_UNPACKED_BYTES = 100 * 1024 * 1024;
function field(header, offset, length) {
  const raw = header.subarray(offset, offset + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end === -1 ? length : end).toString("utf8");
}
function readTgz(bytes, what) {
  let tar;
  try {
    tar = gunzipSync(bytes, { maxOutputLength: MAX_UNPACKED_BYTES });
  } catch (err) {
    if (err.code === "ERR_BUFFER_TOO_LARGE") throw new UserError(`${what}: unpacks to more than ${MAX_UNPACKED_BYTES / (1024 * 1024)} MiB (Helm's limit for a chart)`);
    throw new UserError(`${what}: not a gzip archive (${err.message})`);
  }
  const entries = [];
  let longName;
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const size = parseInt(field(header, 124, 12).trim() || "0", 8);
    const type = String.fromCharCode(header[156] ?? 48);
    const prefix = field(header, 345, 155);
    const name = longName ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
    const content = tar.subarray(offset + 512, offset + 512 + size);
    longName = void 0;
    if (type === "L") longName = content.toString("utf8").replace(/\0+$/, "");
    else if (type === "x") longName = /\d+ path=([^\n]*)\n/.exec(content.toString("utf8"))?.[1];
    else if (type === "0" || type === "\0") entries.push({ name, content: Buffer.from(content) });
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return entries;
}
function contentDigest(entries) {
  const hash = createHash("sha256");
  for (const entry of [...entries].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) {
    hash.update(`${entry.name}\0${entry.content.length}\0`);
    hash.update(entry.content);
  }
  return `sha256:${hash.digest("hex")}`;
}
var FILE_MODE = 420;
function octal(value, width) {
  return `${value.toString(8).padStart(width - 1, "0")}\0`;
}
function tarHeader(name, size, mtime, type, prefix = "") {
  const header = Buffer.alloc(512);
  header.write(name, 0, 100, "utf8");
  header.write(octal(FILE_MODE, 8), 100, "ascii");
  header.write(octal(0, 8), 108, "ascii");
  header.write(octal(0, 8), 116, "ascii");
  header.write(octal(size, 12), 124, "ascii");
  header.write(octal(mtime, 12), 136, "ascii");
  header.write("        ", 148, "ascii");
  header.write(type, 156, "ascii");
  header.write("ustar\x0000", 257, "ascii");
  header.write(octal(0, 8), 329, "ascii");
  header.write(octal(0, 8), 337, "ascii");
  header.write(prefix, 345, 155, "utf8");
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148, "ascii");
  return header;
}
var padding = (size) => Buffer.alloc((512 - size % 512) % 512);
function ustarName(name) {
  if (Buffer.byteLength(name) <= 100) return { name, prefix: "" };
  for (let i = name.indexOf("/"); i !== -1; i = name.indexOf("/", i + 1)) {
    const prefix = name.slice(0, i);
    const rest = name.slice(i + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(rest) <= 100) return { name: rest, prefix };
  }
  return void 0;
}
function paxRecord(key, value) {
  const body = ` ${key}=${value}
`;
  let length = Buffer.byteLength(body) + 1;
  while (Buffer.byteLength(`${length}${body}`) !== length) length++;
  return `${length}${body}`;
}
function writeTgz(entries, mtime) {
  const parts = [];
  for (const entry of entries) {
    const short = ustarName(entry.name);
    if (!short) {
      const pax = Buffer.from(paxRecord("path", entry.name), "utf8");
      parts.push(tarHeader("PaxHeaders/entry", pax.length, mtime, "x"), pax, padding(pax.length));
    }
    parts.push(tarHeader(short?.name ?? entry.name.slice(-100), entry.content.length, mtime, "0", short?.prefix), entry.content, padding(entry.content.length));
  }
  parts.push(Buffer.alloc(1024));
  const gz = gzipSync(Buffer.concat(parts), { level: 9 });
  gz[9] = 255;
  return gz;
}
function chartOf(name) {
  const parts = name.split("/");
  let chart = `${parts[0]}/`;
  for (let i = 1; parts[i] === "charts" && i + 2 < parts.length; i += 2) chart += `charts/${parts[i + 1]}/`;
  return chart;
}
function reproducibleChartPackage(tgz, what, env = process.env) {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch && !/^\d+$/.test(epoch)) throw new UserError(`SOURCE_DATE_EPOCH: ${JSON.stringify(epoch)} is not a number of seconds since 1970`);
  const entries = readTgz(tgz, what).map((entry, i) => ({ entry, i, chart: chartOf(entry.name) }));
  entries.sort((a, b) => a.chart === b.chart ? a.i - b.i : a.chart < b.chart ? -1 : 1);
  return writeTgz(entries.map((e) => e.entry), epoch ? Number(epoch) : 0);
}

// src/chart/templates.ts
function repositoryTree(root, base) {
  const full = (relative) => path3.posix.join(base, relative);
  return {
    read: (relative) => existsInRepo(root, full(relative)) && !isDirectory(root, full(relative)) ? readRepoBytes(root, full(relative)) : void 0,
    isDir: (relative) => isDirectory(root, full(relative)),
    archives: (relative) => isDirectory(root, full(relative)) ? readdirSync2(path3.join(root, full(relative))).filter((f) => f.endsWith(".tgz")).sort() : [],
    place: (relative) => ({ file: full(relative) })
  };
}
function isDirectory(root, relative) {
  try {
    return statSync(path3.join(root, relative)).isDirectory();
  } catch {
    return false;
  }
}
function archiveTree(entries, prefix, outer) {
  const byName = new Map(entries.map((e) => [e.name, e.content]));
  const inside = (relative) => `${prefix}${relative}`;
  return {
    read: (relative) => byName.get(inside(relative)),
    isDir: (relative) => entries.some((e) => e.name.startsWith(`${inside(relative)}/`)),
    archives: (relative) => entries.map((e) => e.name).filter((n) => n.startsWith(`${inside(relative)}/`) && n.endsWith(".tgz") && !n.slice(inside(relative).length + 1).includes("/")).map((n) => path3.posix.basename(n)),
    place: (relative) => ({ file: outer.file, entry: [outer.entry, inside(relative)].filter(Boolean).join(" \xBB ") })
  };
}
var ChartTemplates = class {
  constructor(root, chartDir) {
    this.root = root;
    this.chartDir = chartDir;
  }
  root;
  chartDir;
  texts = /* @__PURE__ */ new Map();
  archives = /* @__PURE__ */ new Map();
  /** The template a `# Source:` comment names, or why it cannot be read. */
  template(source) {
    let found = this.texts.get(source);
    if (!found) {
      try {
        const rest = source.split("/").slice(1).join("/");
        found = this.resolve(repositoryTree(this.root, this.chartDir), rest) ?? { why: `${source} is neither a file of the chart nor inside one of its subchart archives` };
      } catch (err) {
        if (!isUserError(err)) throw err;
        found = { why: err.message };
      }
      this.texts.set(source, found);
    }
    return found;
  }
  resolve(tree, relative) {
    const bytes = tree.read(relative);
    if (bytes) {
      const text = decodeUtf8(bytes);
      return text === void 0 ? { why: `${relative} is not UTF-8 text` } : { text, place: tree.place(relative) };
    }
    const parts = relative.split("/");
    if (parts[0] !== "charts" || parts.length < 3) return void 0;
    const sub = parts[1];
    const rest = parts.slice(2).join("/");
    if (tree.isDir(`charts/${sub}`)) return this.resolve(subtree(tree, `charts/${sub}`), rest);
    const name = aliasedName(tree, sub);
    for (const archive of tree.archives("charts")) {
      const at = tree.place(`charts/${archive}`);
      const key = [at.file, at.entry].filter(Boolean).join(" \xBB ");
      let entries = this.archives.get(key);
      if (!entries) {
        entries = readTgz(tree.read(`charts/${archive}`) ?? Buffer.alloc(0), key);
        this.archives.set(key, entries);
      }
      if (entries.some((e) => e.name === `${name}/Chart.yaml`)) return this.resolve(archiveTree(entries, `${name}/`, at), rest);
    }
    return void 0;
  }
};
function subtree(tree, folder) {
  return {
    read: (relative) => tree.read(`${folder}/${relative}`),
    isDir: (relative) => tree.isDir(`${folder}/${relative}`),
    archives: (relative) => tree.archives(`${folder}/${relative}`),
    place: (relative) => tree.place(`${folder}/${relative}`)
  };
}
function aliasedName(tree, sub) {
  const chartYaml = tree.read("Chart.yaml");
  if (!chartYaml) return sub;
  try {
    const deps = (0, import_yaml3.parse)(chartYaml.toString("utf8"))?.dependencies;
    const dep = Array.isArray(deps) ? deps.find((d) => d?.alias === sub) : void 0;
    return typeof dep?.name === "string" ? dep.name : sub;
  } catch {
    return sub;
  }
}
function placeFindings(templates, findings, objects) {
  const alignments = /* @__PURE__ */ new Map();
  return findings.map((finding) => {
    if (!finding.source) return { file: templates.chartDir, unmapped: "the finding names no template" };
    const template = templates.template(finding.source);
    if ("why" in template) return { file: templates.chartDir, unmapped: template.why };
    const object = objects.find((o) => o.source === finding.source && kindOf(o.object) === finding.kind && nameOf(o.object) === finding.name);
    if (!object?.text) return { ...template.place, unmapped: "the rendered object was not kept" };
    if (!alignments.has(object)) alignments.set(object, alignLines(object.text, template.text));
    const mapped = templateLineOf(template.text, object.text, finding.path ?? [], alignments.get(object));
    if (mapped.line === void 0) return { ...template.place, unmapped: mapped.why };
    return { ...template.place, line: mapped.line, exact: mapped.exact };
  });
}

// src/chart/findings.ts
function reported(finding, place, values) {
  const waiver = finding.waiver;
  return {
    check: finding.check,
    rule: finding.rule,
    object: `${finding.kind}/${finding.name}`,
    ...finding.container ? { container: finding.container } : {},
    ...finding.subchart ? { subchart: finding.subchart } : {},
    values,
    ...finding.kubeVersion ? { kubeVersion: finding.kubeVersion } : {},
    file: place.file,
    ...place.entry ? { entry: place.entry } : {},
    ...place.line !== void 0 ? { line: place.line } : {},
    ...place.unmapped ? { unmapped: place.unmapped } : {},
    message: finding.message,
    waived: waiver !== void 0,
    ...waiver ? { waiver: { waiver: describeWaiver(waiver), reason: waiver.reason, ...waiver.origin ? { origin: waiver.origin } : {} } } : {}
  };
}
function reportFindings(templates, renders) {
  return renders.flatMap((render) => {
    const all = [...render.findings, ...render.waivedFindings];
    const places = placeFindings(templates, all, render.objects);
    return all.map((finding, i) => ({ finding, reported: reported(finding, places[i], render.values) }));
  });
}
function annotationOf(f) {
  return f.entry || f.line === void 0 ? { file: f.file } : { file: f.file, line: f.line };
}
function findingLine(finding, f) {
  const inArchive = f.entry ? ` (in ${f.entry}${f.line === void 0 ? "" : `:${f.line}`})` : "";
  return `${f.values}: ${formatFinding({ ...finding, source: void 0 })}${inArchive}`;
}
function countByRule(findings) {
  const counts = /* @__PURE__ */ new Map();
  for (const f of findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([rule, n]) => `${rule} ${n}`).join(", ");
}
function printFindings(reporter, all, waivers, mode) {
  let failing = 0;
  for (const { finding, reported: f } of all) {
    if (f.waived) continue;
    const line = findingLine(finding, f);
    if (f.check === "policy" && mode === "warn") {
      reporter.warning(line, annotationOf(f));
    } else {
      reporter.error(line, annotationOf(f));
      failing++;
    }
  }
  for (const waiver of waivers) {
    const covered = all.filter(({ finding }) => finding.waiver === waiver).length;
    const where = waiver.origin ? ` (${waiver.origin})` : "";
    if (covered) reporter.warning(`policy waiver ${describeWaiver(waiver)}${where}: ${covered} finding${covered === 1 ? "" : "s"} waived: ${waiver.reason}`);
    else reporter.warning(`policy waiver ${describeWaiver(waiver)}${where} covers no finding: remove it, or check its scope (objects are named as the chart renders them)`);
  }
  const policy = all.filter(({ reported: f }) => f.check === "policy");
  const open = policy.filter(({ reported: f }) => !f.waived).map(({ reported: f }) => f);
  const waived = policy.length - open.length;
  if (policy.length) {
    reporter.info(
      `policy (${mode}): ${open.length} finding${open.length === 1 ? "" : "s"}${open.length ? ` (${countByRule(open)})` : ""}${waived ? `, ${waived} waived` : ""}`
    );
  }
  const unmapped = all.filter(({ reported: f }) => f.unmapped && !f.waived);
  if (unmapped.length) {
    const why = /* @__PURE__ */ new Map();
    for (const { reported: f } of unmapped) why.set(f.unmapped, (why.get(f.unmapped) ?? 0) + 1);
    reporter.info(`${unmapped.length} finding${unmapped.length === 1 ? " has" : "s have"} no template line: ${[...why].map(([reason, n]) => `${reason} (${n})`).join("; ")}`);
  }
  return failing;
}

// src/chart/pipeline.ts
import { mkdtempSync, readFileSync as readFileSync2, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path5 from "node:path";

// src/chart/artifact.ts
function chartArtifact(tgz, what, env = process.env) {
  const entries = readTgz(tgz, what);
  const chartYaml = entries.find((e) => /^[^/]+\/Chart\.yaml$/.test(e.name));
  if (!chartYaml) throw new UserError(`${what}: no Chart.yaml at the top of the package`);
  const metadata2 = parseChartYaml(chartYaml.content.toString("utf8"), `${what}: ${chartYaml.name}`);
  const config = describeBytes(MEDIA_TYPE.helmConfig, new TextEncoder().encode(JSON.stringify(metadata2)));
  const layer = describeBytes(MEDIA_TYPE.helmChartContent, tgz);
  const annotations = {
    "org.opencontainers.image.title": metadata2.name,
    "org.opencontainers.image.version": metadata2.version
  };
  if (metadata2.description) annotations["org.opencontainers.image.description"] = metadata2.description;
  if (metadata2.home) annotations["org.opencontainers.image.url"] = metadata2.home;
  if (metadata2.sources?.[0]) annotations["org.opencontainers.image.source"] = metadata2.sources[0];
  const authors = (metadata2.maintainers ?? []).map((m) => m.email ? `${m.name} (${m.email})` : m.name).filter(Boolean);
  if (authors.length) annotations["org.opencontainers.image.authors"] = authors.join(", ");
  annotations["org.opencontainers.image.created"] = createdTimestamp(env);
  const manifest = buildImageManifest({ config, layers: [layer], annotations });
  return {
    metadata: metadata2,
    contentDigest: contentDigest(entries),
    blobs: [
      { descriptor: config, content: new TextEncoder().encode(JSON.stringify(metadata2)) },
      { descriptor: layer, content: tgz }
    ],
    layer,
    manifest: manifest.bytes,
    manifestDigest: describeBytes(manifest.mediaType, manifest.bytes).digest,
    mediaType: manifest.mediaType
  };
}

// src/chart/dependencies.ts
var import_yaml4 = __toESM(require_dist(), 1);
import { existsSync as existsSync2, readdirSync as readdirSync3 } from "node:fs";
import path4 from "node:path";
function lockedDependencies(root, chartDir) {
  const file = path4.posix.join(path4.relative(root, chartDir).split(path4.sep).join("/") || ".", "Chart.lock");
  if (!existsInRepo(root, file)) return [];
  const text = readRepoText(root, file);
  const lineOf = (node) => lineAt(text, node?.range?.[0] ?? 0);
  const [doc] = parseYaml(text, file);
  const contents = doc?.contents;
  if (!doc || !contents || (0, import_yaml4.isScalar)(contents) && contents.value === null) return [];
  if (!(0, import_yaml4.isMap)(contents)) throw new UserError(`${file}:${lineOf(contents)}: expected a map with dependencies, got ${typeName(doc.toJS())}`);
  const deps = contents.get("dependencies", true);
  if (deps === void 0 || (0, import_yaml4.isScalar)(deps) && deps.value === null) return [];
  if (!(0, import_yaml4.isSeq)(deps)) throw new UserError(`${file}:${lineOf(deps)}: dependencies: expected a list, got ${typeName(deps.toJSON())}`);
  return deps.items.map((item, i) => {
    const at = `${file}:${lineOf(item)}: dependencies[${i}]`;
    if (!(0, import_yaml4.isMap)(item)) throw new UserError(`${at}: expected a map (name, version, repository), got ${typeName(item?.toJSON?.() ?? item)}`);
    const name = item.get("name");
    const version = item.get("version");
    if (typeof name !== "string" || !name) throw new UserError(`${at}.name: expected a non-empty string, got ${typeName(name)}`);
    if (version !== void 0 && version !== null && typeof version !== "string" && typeof version !== "number") throw new UserError(`${at}.version: expected a string, got ${typeName(version)}`);
    return { name, version: version === void 0 || version === null ? void 0 : String(version) };
  });
}
function missingDependencies(root, chartDir, dependencies2) {
  const vendored = path4.join(chartDir, "charts");
  const archives = existsSync2(vendored) ? readdirSync3(vendored).filter((f) => f.endsWith(".tgz")) : [];
  const locked = lockedDependencies(root, chartDir);
  return dependencies2.filter((dep) => {
    if (existsSync2(path4.join(vendored, dep.name, "Chart.yaml"))) return false;
    const version = locked.find((l) => l.name === dep.name)?.version ?? dep.version;
    if (!version || !/^\d+\.\d+\.\d+/.test(version) || /[\s^~<>=*|xX]/.test(version)) {
      return !archives.some((a) => a.startsWith(`${dep.name}-`));
    }
    return !archives.includes(`${dep.name}-${version}.tgz`);
  });
}

// src/chart/publish.ts
var MAX_CHART_PACKAGE_BYTES = 20 * 1024 * 1024;
async function openChartTarget(destination, options) {
  if (destination.kind === "layout") return new OciLayoutTarget(destination.dir);
  return openRepository(destination.registry, destination.repository, { credentials: options.credentials, plainHttp: options.plainHttp, timeouts: options.timeouts, log: options.log });
}
async function publishedDigest(target, tag) {
  try {
    return (await target.resolve(tag)).digest;
  } catch (err) {
    if (err instanceof RegistryError && err.kind === "not-found") return void 0;
    if (err instanceof LayoutError && err.notFound) return void 0;
    throw err;
  }
}
async function publishedContent(target, tag) {
  const { bytes, descriptor } = await target.fetchManifest(tag);
  const layer = manifestReferences(bytes, descriptor.mediaType).blobs.find((l) => l.mediaType === MEDIA_TYPE.helmChartContent);
  if (!layer) return void 0;
  if (layer.size > MAX_CHART_PACKAGE_BYTES) {
    throw new UserError(`${target.name}:${tag}: its chart layer claims ${layer.size} bytes, more than the ${MAX_CHART_PACKAGE_BYTES / (1024 * 1024)} MiB a chart package may have; not reading it`);
  }
  return contentDigest(readTgz(await target.fetchBlob(layer.digest, layer.size), `${target.name}:${tag}`));
}
async function samePublishedContent(target, artifact, tag, current) {
  return current === artifact.manifestDigest || await publishedContent(target, tag) === artifact.contentDigest;
}
async function publishChart(target, artifact, tag, options, current) {
  if (current) {
    if (await samePublishedContent(target, artifact, tag, current)) {
      return { status: "already-published", digest: current, bytesUploaded: 0 };
    }
    if (!options.overwrite) {
      throw new UserError(
        `${target.name}:${tag} is already published with different content (${current}); a released version is immutable: bump the version, or set overwrite (--overwrite on the CLI) to replace it`
      );
    }
  }
  if (target instanceof OciLayoutTarget) await target.init();
  let bytesUploaded = 0;
  const uploaded = await Promise.all(artifact.blobs.map((blob) => target.pushBlob(blob.descriptor, blob.content)));
  artifact.blobs.forEach((blob, i) => bytesUploaded += uploaded[i] ? blob.descriptor.size : 0);
  const pushed = await target.pushManifest(artifact.manifest, artifact.mediaType, tag);
  bytesUploaded += artifact.manifest.byteLength;
  const unverified = (reason) => new UserError(`${target.name}:${tag} was pushed (${pushed.digest}) but is not verified: ${reason}; check it before anyone installs it`);
  let resolved;
  let pulled;
  try {
    resolved = await target.resolve(tag);
    pulled = await target.fetchBlob(artifact.layer.digest, artifact.layer.size);
  } catch (err) {
    if (err instanceof UserError) throw unverified(err.message);
    throw err;
  }
  if (resolved.digest !== pushed.digest || pushed.digest !== artifact.manifestDigest) {
    throw unverified(`the tag resolves to ${resolved.digest}, not to the pushed ${artifact.manifestDigest}`);
  }
  const original = artifact.blobs[1]?.content;
  if (Buffer.compare(Buffer.from(pulled), Buffer.from(original)) !== 0) {
    throw unverified("the chart read back differs from the packaged one");
  }
  return { status: current ? "overwritten" : "pushed", digest: pushed.digest, bytesUploaded };
}

// src/chart/pipeline.ts
function chartContext(job, reporter, cleanup) {
  let remaining = 2;
  let resolve = () => void 0;
  const promise = new Promise((r) => resolve = r);
  const oneEnded = () => {
    if (--remaining === 0) resolve();
  };
  return { job, reporter, artifacts: new Artifacts(), cleanup: cleanup.child("chart"), gates: new AbortController(), lookedUp: { promise, oneEnded } };
}
async function stopGatesIfPublished(ctx) {
  const { artifacts, job } = ctx;
  const current = artifacts.find("publishedBefore");
  const artifact = artifacts.find("artifact");
  const target = artifacts.find("target");
  if (!current || !artifact || !target || ctx.gates.signal.aborted || job.overwrite) return;
  if (await samePublishedContent(target, artifact, job.chart.version, current)) {
    artifacts.set("published", { status: "already-published", digest: current, bytesUploaded: 0 }, "registry");
    ctx.gates.abort();
  }
}
var ALREADY_PUBLISHED = "this version is already published with the same content (it passed its gates when it was published); nothing to publish";
async function gate(ctx, work) {
  if (ctx.gates.signal.aborted) return new AlreadyDone(ALREADY_PUBLISHED);
  try {
    await work(ctx.gates.signal);
  } catch (err) {
    if (ctx.gates.signal.aborted) return new AlreadyDone(ALREADY_PUBLISHED);
    throw err;
  }
  if (ctx.gates.signal.aborted) return new AlreadyDone(ALREADY_PUBLISHED);
}
function disposeChartContext(ctx) {
  return ctx.cleanup.runAll();
}
var dependencies = {
  name: "dependencies",
  async run({ job, reporter }) {
    const deps = job.chart.dependencies ?? [];
    if (deps.length === 0) return new Skip("the chart has no dependencies");
    const missing = missingDependencies(job.root, job.chartDir, deps);
    if (missing.length === 0) return new Skip(`all ${deps.length} dependencies are vendored under charts/ (no network needed)`);
    reporter.info(`building dependencies: ${missing.map((d) => `${d.name} ${d.version ?? ""} from ${d.repository ?? "charts/"}`.trim()).join(", ")}`);
    await job.helm.dependencyBuild(job.chartDir);
  }
};
var registryLookup = {
  name: "registry",
  async run(ctx) {
    try {
      const { job, reporter, artifacts } = ctx;
      if (job.dryRun) return new Skip("dry run: the registry is not contacted");
      const target = await openChartTarget(job.destination, { credentials: job.credentials, plainHttp: job.plainHttp });
      artifacts.set("target", target, "registry");
      const current = await publishedDigest(target, job.chart.version);
      if (current) artifacts.set("publishedBefore", current, "registry");
      reporter.info(`${job.destination.display}:${job.chart.version} ${current ? `is published (${current})` : "is not published yet"}`);
      await stopGatesIfPublished(ctx);
    } finally {
      ctx.lookedUp.oneEnded();
    }
  }
};
var lint = {
  name: "lint",
  async run(ctx) {
    const { job } = ctx;
    return gate(ctx, async (signal) => {
      await job.helm.lint(job.chartDir, [], signal);
      for (const file of job.valuesFiles) if (!signal.aborted) await job.helm.lint(job.chartDir, [file], signal);
    });
  }
};
var validate = {
  name: "validate",
  async run(ctx) {
    return gate(ctx, async (signal) => {
      const print = await validateChart(ctx, signal);
      await ctx.lookedUp.promise;
      if (!signal.aborted) print();
    });
  }
};
async function validateChart({ job, reporter, artifacts }, signal) {
  const renders = await Promise.all(
    [void 0, ...job.valuesFiles].map(async (valuesFile) => {
      const values = valuesFile ? repoRelative(realRoot(job.root), valuesFile) : "default values";
      try {
        const result = await verifyChart({ helm: job.helm, chartDir: job.chartDir, valuesFiles: valuesFile ? [valuesFile] : [], policy: { waivers: job.policy.waivers }, signal });
        return { values, findings: result.findings, waivedFindings: result.waivedFindings, objects: [...result.rendered.values()].flat() };
      } catch (err) {
        if (err instanceof ToolError) {
          const tail = err.stderr.trim().split("\n").slice(-3).join(" | ");
          throw new UserError(`helm template ${repoRelative(job.root, job.chartDir)}${valuesFile ? ` -f ${values}` : ""}: ${tail}`);
        }
        throw err;
      }
    })
  );
  const all = reportFindings(new ChartTemplates(job.root, repoRelative(job.root, job.chartDir)), renders);
  artifacts.set("findings", all.map((f) => f.reported), "validate");
  return () => {
    const failing = printFindings(reporter, all, job.policy.waivers, job.policy.mode);
    if (failing) {
      const hint = job.policy.mode === "enforce" && all.every(({ reported: f }) => f.check === "policy") ? " (fix them, waive them with a reason, or set the policy mode to warn: docs/policy.md)" : "";
      throw new UserError(`chart ${job.chart.name}: ${failing} validation finding${failing === 1 ? "" : "s"} (see above)${hint}; nothing was published`);
    }
  };
}
var packageChart = {
  name: "package",
  async run(ctx) {
    try {
      const { job, reporter, artifacts } = ctx;
      let dir = job.packageDir;
      if (!dir) {
        dir = mkdtempSync(path5.join(tmpdir(), "dot-ai-release-chart-"));
        ctx.cleanup.add({ kind: "directory", path: dir });
      }
      const packagePath = await job.helm.package(job.chartDir, job.chart.version, job.chart.appVersion, dir);
      const bytes = reproducibleChartPackage(readFileSync2(packagePath), path5.basename(packagePath));
      writeFileSync(packagePath, bytes);
      const artifact = chartArtifact(bytes, path5.basename(packagePath));
      artifacts.set("packagePath", packagePath, "package");
      artifacts.set("artifact", artifact, "package");
      reporter.info(`packaged ${path5.basename(packagePath)} (${artifact.layer.size} bytes, content ${artifact.contentDigest.slice(0, 19)}\u2026)`);
      await stopGatesIfPublished(ctx);
    } finally {
      ctx.lookedUp.oneEnded();
    }
  }
};
var publish = {
  name: "publish",
  async run({ job, reporter, artifacts }) {
    if (job.dryRun) return new Skip("dry run: nothing is pushed");
    const ref = `${job.destination.display}:${job.chart.version}`;
    const found = artifacts.find("published");
    if (found) return new AlreadyDone(`${ref} is already published with the same content (${found.digest})`);
    const published = await publishChart(artifacts.get("target", "publish"), artifacts.get("artifact", "publish"), job.chart.version, { overwrite: job.overwrite }, artifacts.find("publishedBefore"));
    artifacts.set("published", published, "publish");
    if (published.status === "already-published") return new AlreadyDone(`${ref} is already published with the same content (${published.digest})`);
    reporter.info(`${published.status} ${ref}@${published.digest} (${published.bytesUploaded} bytes uploaded); verified`);
  }
};
var CHART_GATES = [dependencies, [registryLookup, packageChart, lint, validate]];
var CHART_STAGES = [...CHART_GATES, publish];

export {
  parseInputs,
  countByRule,
  chartArtifact,
  openChartTarget,
  publishedDigest,
  samePublishedContent,
  chartContext,
  disposeChartContext,
  publish,
  CHART_GATES,
  CHART_STAGES
};
