import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkPolicies,
  formatFinding,
  kindOf,
  lineIndex,
  nameOf,
  readChartYaml,
  require_semver
} from "./chunk-EPMUPLEO.js";
import {
  ToolError,
  require_dist
} from "./chunk-OOIETZWO.js";
import {
  UserError
} from "./chunk-IXRSKL5H.js";
import {
  __toESM
} from "./chunk-HANBNIMK.js";

// src/verify/index.ts
var import_semver = __toESM(require_semver(), 1);
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
  const walk = (value, alias, path) => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, alias, `${path}/${i}`));
      return;
    }
    if (!value || typeof value !== "object") return;
    const fields = fieldsOf(alias);
    if (!fields) return;
    for (const [k, v] of Object.entries(value)) {
      if (!fields.has(k)) out.push(`${path || "/"}: unknown field "${k}"`);
      else {
        const child = fields.get(k);
        if (child) walk(v, child, `${path}/${k}`);
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
      const path = `${at}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
      if (property) this.walk(property, child, path, errors);
      else if (schema.additionalProperties === false) errors.push(`${where}: unknown field "${key}"`);
      else if (typeof schema.additionalProperties === "object") this.walk(schema.additionalProperties, child, path, errors);
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
function keyLines(text, path) {
  const doc = (0, import_yaml2.parseDocument)(text, { uniqueKeys: false, prettyErrors: false });
  const lineOf = lineIndex(text);
  const lines = [];
  const at = (node2) => node2?.range ? lineOf(node2.range[0]) : void 0;
  const keyOf = (map, key) => (0, import_yaml2.isMap)(map) ? map.items.find((p) => ((0, import_yaml2.isScalar)(p.key) ? p.key.value : p.key) === key) : void 0;
  let node = doc.contents;
  for (const segment of path) {
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
function templateLineOf(template, renderedText, path, aligned = alignLines(renderedText, template)) {
  if (!aligned) return { why: `the template and its output are too large to align (over ${MAX_ALIGNMENT_CELLS} cells)` };
  const candidates = keyLines(renderedText, path);
  for (const [k, line] of candidates.entries()) {
    const found = aligned[line - 1];
    if (found) return { line: found, exact: k === 0 && candidates.length > path.length };
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
  if (constraint && !import_semver.default.satisfies(version, constraint, { includePrerelease: true })) {
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

export {
  alignLines,
  templateLineOf,
  verifyChart
};
