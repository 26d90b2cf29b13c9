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
} from "./chunk-64OHBT7G.js";
import {
  MEDIA_TYPE,
  RegistryError,
  manifestReferences
} from "./chunk-VC6Y4ZJB.js";
import {
  registryCredentials
} from "./chunk-MDLAYORC.js";
import {
  Helm,
  helmBinary
} from "./chunk-NOZQPTYW.js";
import {
  MAX_NAME_LENGTH,
  booleanOption,
  configOverrides,
  hasUserinfo,
  isValidRegistryHost,
  listOption,
  loadConfig,
  parseChartYaml,
  parseReleaseVersion,
  readChartYaml,
  readRepoText,
  redactReference,
  repositoryNameProblem,
  repositoryRoot,
  require_semver,
  resolveInRepo,
  stringOption,
  withDefaults
} from "./chunk-B62V6NZZ.js";
import {
  ToolError,
  require_dist
} from "./chunk-EG62P5ZG.js";
import {
  UserError
} from "./chunk-IXRSKL5H.js";
import {
  __toESM
} from "./chunk-HANBNIMK.js";

// src/chart/inputs.ts
import { existsSync as existsSync2, statSync } from "node:fs";
import path2 from "node:path";

// src/verify/types.ts
function formatFinding(f) {
  const where = [
    `${f.kind}/${f.name}`,
    f.container ? `container ${f.container}` : void 0,
    f.kubeVersion ? `k8s ${f.kubeVersion}` : void 0,
    f.source ? `(${f.source})` : void 0
  ].filter(Boolean);
  return `[${f.check}:${f.rule}] ${where.join(" ")}: ${f.message}`;
}
function kindOf(o) {
  return typeof o.kind === "string" ? o.kind : "<no kind>";
}
function nameOf(o) {
  const n = o.metadata?.name;
  return typeof n === "string" ? n : "<no name>";
}

// src/verify/policy.ts
var asObj = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : void 0;
var asArr = (v) => Array.isArray(v) ? v : [];
var sc = (o) => asObj(o?.securityContext) ?? {};
var SECCOMP_OK = /* @__PURE__ */ new Set(["RuntimeDefault", "Localhost"]);
var POLICY_RULES = {
  "run-as-non-root": {
    description: "Pod Security restricted: runAsNonRoot true (pod or every container), runAsUser not 0",
    container: (c) => {
      const pod = sc(c.podSpec);
      const own = sc(c.container);
      const msgs = [];
      const nonRoot = own.runAsNonRoot ?? pod.runAsNonRoot;
      if (nonRoot !== true) msgs.push("runAsNonRoot is not true (set it in the pod or container securityContext)");
      if ((own.runAsUser ?? pod.runAsUser) === 0) msgs.push("runAsUser is 0 (root)");
      return msgs;
    }
  },
  "no-privilege-escalation": {
    description: "Pod Security restricted: allowPrivilegeEscalation false",
    container: (c) => sc(c.container).allowPrivilegeEscalation === false ? [] : ["allowPrivilegeEscalation is not false"]
  },
  capabilities: {
    description: "Pod Security restricted: drop ALL capabilities, add none beyond NET_BIND_SERVICE",
    container: (c) => {
      const caps = asObj(sc(c.container).capabilities) ?? {};
      const msgs = [];
      if (!asArr(caps.drop).includes("ALL")) msgs.push("capabilities.drop does not include ALL");
      const extra = asArr(caps.add).filter((a) => a !== "NET_BIND_SERVICE");
      if (extra.length) msgs.push(`capabilities.add has ${extra.join(", ")} (only NET_BIND_SERVICE is allowed)`);
      return msgs;
    }
  },
  "seccomp-profile": {
    description: "Pod Security restricted: seccompProfile RuntimeDefault or Localhost (pod or every container)",
    container: (c) => {
      const own = asObj(sc(c.container).seccompProfile)?.type;
      const pod = asObj(sc(c.podSpec).seccompProfile)?.type;
      const effective = own ?? pod;
      if (typeof effective === "string" && SECCOMP_OK.has(effective)) return [];
      return [`seccompProfile type is ${effective === void 0 ? "not set" : String(effective)} (needs RuntimeDefault or Localhost)`];
    }
  },
  "host-namespaces": {
    description: "Pod Security baseline: no hostNetwork, hostPID, hostIPC",
    pod: (p) => ["hostNetwork", "hostPID", "hostIPC"].filter((k) => p.podSpec[k] === true).map((k) => `${k} is true`)
  },
  "host-path": {
    description: "Pod Security baseline: no hostPath volumes",
    pod: (p) => asArr(p.podSpec.volumes).map(asObj).filter((v) => v?.hostPath !== void 0).map((v) => `volume ${String(v?.name)} is a hostPath`)
  },
  privileged: {
    description: "Pod Security baseline: no privileged containers",
    container: (c) => sc(c.container).privileged === true ? ["privileged is true"] : []
  },
  "read-only-root-filesystem": {
    description: "readOnlyRootFilesystem true (writable paths as volumes)",
    container: (c) => sc(c.container).readOnlyRootFilesystem === true ? [] : ["readOnlyRootFilesystem is not true"]
  },
  resources: {
    description: "cpu and memory requests and limits set",
    container: (c) => {
      const r = asObj(c.container.resources) ?? {};
      const msgs = [];
      for (const part of ["requests", "limits"]) {
        const set = asObj(r[part]) ?? {};
        const missing = ["cpu", "memory"].filter((k) => set[k] === void 0 || set[k] === "");
        if (missing.length) msgs.push(`resources.${part} lacks ${missing.join(" and ")}`);
      }
      return msgs;
    }
  },
  probes: {
    // Helm test pods and Jobs run once to completion: a liveness probe could kill a slow check and
    // a readiness probe gates no traffic, so they are exempt. Init containers cannot have probes.
    description: "liveness and readiness probes on long-running containers",
    container: (c) => {
      if (c.runsToCompletion || c.isInit) return [];
      return ["livenessProbe", "readinessProbe"].filter((p) => !asObj(c.container[p])).map((p) => `${p} is not set`);
    }
  },
  labels: {
    description: "app.kubernetes.io/name and app.kubernetes.io/instance (or part-of) labels on every object",
    object: (o) => {
      const labels = asObj(o.metadata?.labels) ?? {};
      const msgs = [];
      if (!labels["app.kubernetes.io/name"]) msgs.push("label app.kubernetes.io/name is missing");
      if (!labels["app.kubernetes.io/instance"] && !labels["app.kubernetes.io/part-of"]) {
        msgs.push("label app.kubernetes.io/instance (or app.kubernetes.io/part-of) is missing");
      }
      return msgs;
    }
  },
  "rbac-no-wildcards": {
    description: 'no "*" in verbs, resources, apiGroups or nonResourceURLs of Roles and ClusterRoles',
    object: (o) => {
      if (o.kind !== "Role" && o.kind !== "ClusterRole") return [];
      const msgs = [];
      asArr(o.rules).forEach((rule, i) => {
        const r = asObj(rule) ?? {};
        for (const field2 of ["verbs", "resources", "apiGroups", "nonResourceURLs"]) {
          if (asArr(r[field2]).some((v) => typeof v === "string" && v.includes("*"))) msgs.push(`rules[${i}].${field2} has a wildcard`);
        }
      });
      return msgs;
    }
  },
  "image-tag": {
    description: "images pinned by tag (not latest) or digest",
    container: (c) => imageProblems(c.container.image),
    object: (o) => o.kind === "MCPServer" ? imageProblems(asObj(o.spec)?.image) : []
  }
};
function imageProblems(image) {
  if (typeof image !== "string" || image === "") return ["image is not set"];
  if (/@sha256:[0-9a-f]{64}$/.test(image)) return [];
  const lastSlash = image.lastIndexOf("/");
  const colon = image.lastIndexOf(":");
  if (colon <= lastSlash) return [`image ${image} has no tag (means latest)`];
  const tag = image.slice(colon + 1);
  if (tag === "latest") return [`image ${image} uses the mutable tag latest`];
  return [];
}
function podSpecOf(o) {
  const spec = asObj(o.spec);
  switch (o.kind) {
    case "Pod":
      return spec;
    case "Deployment":
    case "StatefulSet":
    case "DaemonSet":
    case "ReplicaSet":
    case "ReplicationController":
    case "Job":
      return asObj(asObj(spec?.template)?.spec);
    case "CronJob":
      return asObj(asObj(asObj(asObj(spec?.jobTemplate)?.spec)?.template)?.spec);
    default:
      return void 0;
  }
}
function isHelmTestHook(o) {
  const hook = o.metadata?.annotations?.["helm.sh/hook"];
  return typeof hook === "string" && hook.split(",").some((h) => h.trim().startsWith("test"));
}
var PolicyWaiverError = class extends UserError {
  name = "PolicyWaiverError";
};
function parseWaiver(entry, what) {
  const eq = entry.indexOf("=");
  const head = (eq < 0 ? entry : entry.slice(0, eq)).trim();
  const reason = eq < 0 ? "" : entry.slice(eq + 1).trim();
  const [rule = "", scopeText] = head.split("@").map((s) => s.trim());
  if (!rule || !reason) throw new PolicyWaiverError(`${what}: ${JSON.stringify(entry)} must be rule=reason, rule@Kind/name=reason or rule@charts/SUBCHART=reason (a reason is required)`);
  if (!(rule in POLICY_RULES)) throw new PolicyWaiverError(`${what}: unknown policy rule ${JSON.stringify(rule)}; known: ${Object.keys(POLICY_RULES).join(", ")}`);
  if (scopeText === void 0) return { rule, reason };
  const sub = /^charts\/([^/]+)$/.exec(scopeText);
  if (sub) return { rule, reason, scope: { subchart: sub[1] } };
  const obj = /^([A-Za-z][A-Za-z0-9]*)\/([^/\s]+)$/.exec(scopeText);
  if (obj) return { rule, reason, scope: { kind: obj[1], name: obj[2] } };
  throw new PolicyWaiverError(`${what}: scope ${JSON.stringify(scopeText)} of ${JSON.stringify(entry)} must be Kind/name or charts/SUBCHART`);
}
function covers(waiver, rule, object, source) {
  if (waiver.rule !== rule) return false;
  const scope = waiver.scope;
  if (!scope) return true;
  if ("subchart" in scope) return source.split("/").some((part, i, parts) => part === "charts" && parts[i + 1] === scope.subchart);
  return kindOf(object) === scope.kind && nameOf(object) === scope.name;
}
function checkPolicies(objects, opts = {}) {
  const waivers = opts.waivers ?? [];
  for (const w of waivers) {
    if (!(w.rule in POLICY_RULES)) throw new PolicyWaiverError(`unknown policy rule ${JSON.stringify(w.rule)}; known: ${Object.keys(POLICY_RULES).join(", ")}`);
    if (!w.reason.trim()) throw new PolicyWaiverError(`policy rule ${JSON.stringify(w.rule)} is waived without a reason`);
  }
  const findings = [];
  const rules = Object.entries(POLICY_RULES);
  for (const { object, source } of objects) {
    const active = rules.filter(([name]) => !waivers.some((w) => covers(w, name, object, source)));
    const base = { check: "policy", kind: kindOf(object), name: nameOf(object), source };
    for (const [rule, r] of active) for (const message of r.object?.(object) ?? []) findings.push({ ...base, rule, message });
    const podSpec = podSpecOf(object);
    if (!podSpec) continue;
    const pod = { object, source, podSpec, runsToCompletion: isHelmTestHook(object) || object.kind === "Job" || object.kind === "CronJob" };
    for (const [rule, r] of active) for (const message of r.pod?.(pod) ?? []) findings.push({ ...base, rule, message });
    const containers = [
      ...asArr(podSpec.containers).map((c) => ({ c, isInit: false })),
      ...asArr(podSpec.initContainers).map((c) => ({ c, isInit: true })),
      ...asArr(podSpec.ephemeralContainers).map((c) => ({ c, isInit: true }))
    ];
    for (const { c, isInit } of containers) {
      const container = asObj(c) ?? {};
      const containerName = typeof container.name === "string" ? container.name : "<unnamed>";
      const ctx = { ...pod, container, containerName, isInit };
      for (const [rule, r] of active) {
        for (const message of r.container?.(ctx) ?? []) findings.push({ ...base, container: containerName, rule, message });
      }
    }
  }
  return { findings, waived: [...waivers] };
}

// src/chart/destination.ts
import { existsSync, realpathSync } from "node:fs";
import path from "node:path";
function shown(input) {
  return JSON.stringify(redactReference(input)).slice(1, -1);
}
function assertInside(root, target, what, input) {
  const realRoot = realpathSync(root);
  let existing = target;
  while (!existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
  const real = path.join(realpathSync(existing), path.relative(existing, target));
  const rel = path.relative(realRoot, real);
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
    const absolute = resolveInRepo(root, f, `input values[${i}]`);
    if (!existsSync2(absolute) || !statSync(absolute).isFile()) throw new UserError(`input values[${i}]: ${f} not found (or not a file)`);
    return absolute;
  });
  const waivers = (listOption(options, "skip-policies") ?? []).map((entry) => parseWaiver(entry, "input skip-policies"));
  const registryInput = overrides.registry ? overrides.registry.value : stringOption(options, "registry");
  const inputName = overrides.registry?.input ?? "registry";
  const registry = registryInput ?? config.chart.repository;
  if (!registry) throw new UserError(`input ${inputName}: required (no GITHUB_REPOSITORY or git remote to derive oci://ghcr.io/<owner>/charts)`);
  const what = registryInput !== void 0 ? `input ${inputName}` : "dot-ai-release.yaml: chart.repository";
  if (!overrides.config) for (const notice2 of config.notices) reporter.warning(notice2);
  const { destination, notice } = parseDestination(registry, chartYaml.name, config.images.map((i) => i.name), { what, root, explicit: registryInput !== void 0 });
  if (notice) reporter.warning(notice);
  const packageDirInput = stringOption(options, "package-dir");
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
    waivers,
    helm: new Helm(stringOption(options, "helm") ?? helmBinary()),
    packageDir: packageDirInput ? path2.resolve(root, packageDirInput) : void 0
  };
}

// src/chart/pipeline.ts
import { mkdtempSync, readFileSync as readFileSync3 } from "node:fs";
import { tmpdir } from "node:os";
import path4 from "node:path";

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
    out.push({ source: raw.source, index, object: value });
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
  const walk = (value, alias, path5) => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, alias, `${path5}/${i}`));
      return;
    }
    if (!value || typeof value !== "object") return;
    const fields = fieldsOf(alias);
    if (!fields) return;
    for (const [k, v] of Object.entries(value)) {
      if (!fields.has(k)) out.push(`${path5 || "/"}: unknown field "${k}"`);
      else {
        const child = fields.get(k);
        if (child) walk(v, child, `${path5}/${k}`);
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
      const path5 = `${at}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
      if (property) this.walk(property, child, path5, errors);
      else if (schema.additionalProperties === false) errors.push(`${where}: unknown field "${key}"`);
      else if (typeof schema.additionalProperties === "object") this.walk(schema.additionalProperties, child, path5, errors);
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
  return { findings: [...schema, ...checkDeprecations(objects), ...policy.findings], waived: policy.waived };
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
  const rendered = /* @__PURE__ */ new Map();
  let waived = [];
  for (const [i, v] of versions.entries()) {
    const objects = renders[once ? 0 : i];
    rendered.set(v, objects);
    const r = await verifyManifests(objects, { kubeVersions: [v], policy: opts.policy });
    findings.push(...r.findings);
    waived = r.waived;
  }
  return { findings: dedupe(findings), waived, rendered };
}

// src/chart/archive.ts
import { createHash } from "node:crypto";
import { gunzipSync } from "node:zlib";
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
var import_yaml2 = __toESM(require_dist(), 1);
import { existsSync as existsSync3, readdirSync as readdirSync2, readFileSync as readFileSync2 } from "node:fs";
import path3 from "node:path";
function missingDependencies(chartDir, dependencies2) {
  const vendored = path3.join(chartDir, "charts");
  const archives = existsSync3(vendored) ? readdirSync2(vendored).filter((f) => f.endsWith(".tgz")) : [];
  const lockFile = path3.join(chartDir, "Chart.lock");
  const locked = existsSync3(lockFile) ? (0, import_yaml2.parse)(readFileSync2(lockFile, "utf8")).dependencies ?? [] : [];
  return dependencies2.filter((dep) => {
    if (existsSync3(path3.join(vendored, dep.name, "Chart.yaml"))) return false;
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
  return { job, reporter, artifacts: new Artifacts(), cleanup: cleanup.child("chart"), gates: new AbortController() };
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
function findingLocation(job, finding, valuesFile) {
  const source = finding.source?.split("/").slice(1).join("/");
  const file = source ? path4.join(job.chartDir, source) : valuesFile ?? path4.join(job.chartDir, "values.yaml");
  return { file: path4.relative(job.root, file) };
}
var dependencies = {
  name: "dependencies",
  async run({ job, reporter }) {
    const deps = job.chart.dependencies ?? [];
    if (deps.length === 0) return new Skip("the chart has no dependencies");
    const missing = missingDependencies(job.chartDir, deps);
    if (missing.length === 0) return new Skip(`all ${deps.length} dependencies are vendored under charts/ (no network needed)`);
    reporter.info(`building dependencies: ${missing.map((d) => `${d.name} ${d.version ?? ""} from ${d.repository ?? "charts/"}`.trim()).join(", ")}`);
    await job.helm.dependencyBuild(job.chartDir);
  }
};
var registryLookup = {
  name: "registry",
  async run(ctx) {
    const { job, reporter, artifacts } = ctx;
    if (job.dryRun) return new Skip("dry run: the registry is not contacted");
    const target = await openChartTarget(job.destination, { credentials: job.credentials, plainHttp: job.plainHttp });
    artifacts.set("target", target, "registry");
    const current = await publishedDigest(target, job.chart.version);
    if (current) artifacts.set("publishedBefore", current, "registry");
    reporter.info(`${job.destination.display}:${job.chart.version} ${current ? `is published (${current})` : "is not published yet"}`);
    await stopGatesIfPublished(ctx);
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
    return gate(ctx, (signal) => validateChart(ctx, signal));
  }
};
async function validateChart({ job, reporter }, signal) {
  {
    for (const w of job.waivers) {
      const scope = w.scope ? ` for ${"subchart" in w.scope ? `charts/${w.scope.subchart}` : `${w.scope.kind}/${w.scope.name}`}` : "";
      reporter.warning(`policy rule ${w.rule} is off${scope}: ${w.reason}`);
    }
    const runs = await Promise.all(
      [void 0, ...job.valuesFiles].map(async (valuesFile) => {
        try {
          const result = await verifyChart({ helm: job.helm, chartDir: job.chartDir, valuesFiles: valuesFile ? [valuesFile] : [], policy: { waivers: job.waivers }, signal });
          return result.findings.map((finding) => ({ finding, valuesFile }));
        } catch (err) {
          if (err instanceof ToolError) {
            const tail = err.stderr.trim().split("\n").slice(-3).join(" | ");
            throw new UserError(`helm template ${path4.relative(job.root, job.chartDir)}${valuesFile ? ` -f ${path4.relative(job.root, valuesFile)}` : ""}: ${tail}`);
          }
          throw err;
        }
      })
    );
    const problems = runs.flat();
    for (const { finding, valuesFile } of problems) {
      const label = valuesFile ? path4.relative(job.root, valuesFile) : "default values";
      reporter.error(`${label}: ${formatFinding(finding)}`, findingLocation(job, finding, valuesFile));
    }
    if (problems.length) throw new UserError(`chart ${job.chart.name}: ${problems.length} validation findings (see above); nothing was published`);
  }
}
var packageChart = {
  name: "package",
  async run(ctx) {
    const { job, reporter, artifacts } = ctx;
    let dir = job.packageDir;
    if (!dir) {
      dir = mkdtempSync(path4.join(tmpdir(), "dot-ai-release-chart-"));
      ctx.cleanup.add({ kind: "directory", path: dir });
    }
    const packagePath = await job.helm.package(job.chartDir, job.chart.version, job.chart.appVersion, dir);
    const artifact = chartArtifact(readFileSync3(packagePath), path4.basename(packagePath));
    artifacts.set("packagePath", packagePath, "package");
    artifacts.set("artifact", artifact, "package");
    reporter.info(`packaged ${path4.basename(packagePath)} (${artifact.layer.size} bytes, content ${artifact.contentDigest.slice(0, 19)}\u2026)`);
    await stopGatesIfPublished(ctx);
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
