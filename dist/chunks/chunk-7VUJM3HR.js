import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  RegistryClient
} from "./chunk-EDL5QZO6.js";
import {
  jsonAssertionProblems,
  parseHeaderLines,
  probeMcp,
  quoteInput,
  redactInput,
  redactText,
  redactValue
} from "./chunk-7CV4RHB7.js";
import {
  readStdin
} from "./chunk-UEAZNNQA.js";
import {
  goArchitecture
} from "./chunk-H2SKQNUD.js";
import {
  Compose,
  Kind,
  Kubectl,
  findComposeCli,
  kindContext,
  kubectlBinary
} from "./chunk-YXDV4WXH.js";
import {
  Helm
} from "./chunk-6ZUX5ST6.js";
import {
  Docker
} from "./chunk-ZXSDCEXT.js";
import {
  expectedVersions
} from "./chunk-YLDWLXP3.js";
import {
  CONFIG_FILE,
  assertInsideRepo,
  booleanOption,
  boundedNumber,
  configOverrides,
  describeFsError,
  isHelmTestHook,
  isInside,
  listOption,
  loadConfig,
  parseImageReference,
  podSpecOf,
  readRepoBytes,
  readRepoText,
  repositoryRoot,
  require_semver,
  resolveInRepo,
  resolveRepoFile,
  splitImageName,
  stringOption,
  withDefaults
} from "./chunk-EPMUPLEO.js";
import {
  ToolError,
  exec,
  require_dist
} from "./chunk-OOIETZWO.js";
import {
  maskSecrets
} from "./chunk-B2IBVPIQ.js";
import {
  markdownTable,
  visible
} from "./chunk-YWG6HEQV.js";
import {
  UserError
} from "./chunk-IXRSKL5H.js";
import {
  __toESM
} from "./chunk-HANBNIMK.js";

// src/smoke/inputs.ts
import { existsSync as existsSync4, statSync } from "node:fs";
import path5 from "node:path";

// src/smoke/candidate.ts
function parseImageMap(entries, what) {
  const map = {};
  for (const entry of entries) {
    const [from, to, ...rest] = entry.split("=").map((s) => s.trim());
    if (!from || !to || rest.length) throw new UserError(`${what}: ${quoteInput(entry)} must be REPOSITORY=IMAGE (e.g. qdrant/qdrant=my/qdrant:1.15)`);
    map[from] = to;
  }
  return map;
}
function mappedImage(image, map) {
  const { repository } = splitImageName(image);
  return map[image] ?? map[repository] ?? image;
}
function candidateFor(candidate, image) {
  const { repository } = splitImageName(image);
  return candidate.images.find((c) => c.repository === repository);
}
async function prepareImage(image, repositoryInFiles, what, docker, made) {
  let parsed;
  try {
    parsed = parseImageReference(image);
  } catch (err) {
    throw new UserError(`${what}: ${redactInput(err.message)} (expected NAME[:TAG] or NAME@sha256:DIGEST)`);
  }
  const { tag, digest } = parsed;
  const repository = parsed.registry ? `${parsed.registry}/${parsed.repository}` : parsed.repository;
  if (!await docker.imageId(image)) {
    await docker.pull(image, `linux/${goArchitecture()}`);
    made(image);
  }
  let localTag = tag ?? "latest";
  let ref = image;
  if (digest) {
    localTag = `smoke-${digest.replace(/^sha256:/, "").slice(0, 12)}`;
    ref = `${repository}:${localTag}`;
    await docker.tag(image, ref);
    made(ref);
  }
  const id = await docker.imageId(ref);
  if (!id) throw new UserError(`${what}: ${quoteInput(image)} is not in the local Docker engine after pulling it`);
  return { repository: repositoryInFiles, ref, localRepository: repository, localTag, id, ...digest ? { digest } : {} };
}
async function prepareCandidate(input, docker = new Docker(), made = () => void 0) {
  const images = [await prepareImage(input.image, input.repository, "input image", docker, made)];
  for (const other of input.others ?? []) images.push(await prepareImage(other.image, other.repository, `input image (${other.repository})`, docker, made));
  for (const image of images) {
    const valuesPath = input.valuesPaths?.[image.repository];
    if (valuesPath) image.valuesPath = valuesPath;
  }
  return {
    version: input.version,
    image: images[0],
    images,
    chart: input.chart,
    imageMap: input.imageMap,
    qdrantImage: mappedImage(input.qdrantImage, input.imageMap),
    probeImage: input.probeImage,
    ...input.toolhive ? { toolhive: input.toolhive } : {}
  };
}

// src/smoke/providers/cluster.ts
import { existsSync as existsSync2 } from "node:fs";
import { homedir } from "node:os";
import path2 from "node:path";

// src/smoke/providers/probe-pod.ts
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
var BUNDLE_NAME = "probe-pod.mjs";
var MOUNT = "/probe";
var PROBE_UID = 10001;
function probeBundlePath(env = process.env) {
  if (env.DOT_AI_RELEASE_PROBE_BUNDLE) return env.DOT_AI_RELEASE_PROBE_BUNDLE;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    for (const candidate of [path.join(dir, BUNDLE_NAME), path.join(dir, "dist", BUNDLE_NAME)]) {
      if (existsSync(candidate)) return candidate;
    }
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  throw new UserError(`the in-cluster probe needs ${BUNDLE_NAME} (dist/${BUNDLE_NAME}, made by \`npm run build\`); it is not beside this program`);
}
function credentialData(target) {
  const data = {};
  if (target.bearerToken) data.PROBE_BEARER_TOKEN = target.bearerToken;
  const headers = Object.entries(target.headers ?? {});
  if (headers.length) data.PROBE_HEADERS = headers.map(([name, value]) => `${name}: ${value}`).join("\n");
  return data;
}
function probePodManifest(options) {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name: options.name, namespace: options.namespace, labels: { "app.kubernetes.io/name": "dot-ai-release-probe", "dot-ai-release.smoke/probe": "true" } },
    spec: {
      restartPolicy: "Never",
      activeDeadlineSeconds: options.deadlineSeconds,
      automountServiceAccountToken: false,
      enableServiceLinks: false,
      terminationGracePeriodSeconds: 1,
      securityContext: { runAsNonRoot: true, runAsUser: PROBE_UID, runAsGroup: PROBE_UID, seccompProfile: { type: "RuntimeDefault" } },
      containers: [
        {
          name: "probe",
          image: options.image,
          imagePullPolicy: "IfNotPresent",
          command: ["node", `${MOUNT}/${BUNDLE_NAME}`],
          env: [
            { name: "PROBE_CONFIG", value: JSON.stringify(options.config) },
            ...(options.secret?.keys ?? []).map((key2) => ({ name: key2, valueFrom: { secretKeyRef: { name: options.secret?.name, key: key2 } } })),
            { name: "HOME", value: "/tmp" },
            { name: "NODE_OPTIONS", value: "--max-old-space-size=96" }
          ],
          securityContext: {
            runAsNonRoot: true,
            runAsUser: PROBE_UID,
            allowPrivilegeEscalation: false,
            readOnlyRootFilesystem: true,
            capabilities: { drop: ["ALL"] },
            seccompProfile: { type: "RuntimeDefault" }
          },
          resources: { requests: { cpu: "10m", memory: "64Mi" }, limits: { cpu: "500m", memory: "192Mi" } },
          volumeMounts: [
            { name: "bundle", mountPath: MOUNT, readOnly: true },
            { name: "tmp", mountPath: "/tmp" }
          ]
        }
      ],
      volumes: [
        { name: "bundle", configMap: { name: options.configMap } },
        { name: "tmp", emptyDir: { sizeLimit: "16Mi" } }
      ]
    }
  };
}
function stuck(pod) {
  const statuses2 = pod?.status?.containerStatuses ?? [];
  for (const s of statuses2) {
    const waiting = s.state?.waiting;
    if (waiting?.reason && /ImagePullBackOff|ErrImageNeverPull|InvalidImageName|CreateContainerConfigError|CreateContainerError/.test(waiting.reason)) {
      return `${waiting.reason}${waiting.message ? `: ${waiting.message}` : ""}`;
    }
  }
  return void 0;
}
function resultFromLogs(logs, url) {
  const lines = logs.split("\n").map((l) => l.trim()).filter(Boolean);
  for (const line of [...lines].reverse()) {
    if (!line.startsWith("{")) continue;
    try {
      const parsed = JSON.parse(line);
      if (typeof parsed.ok === "boolean") return { url, stages: [], ms: 0, transcript: [], ...parsed };
    } catch {
    }
  }
  const last = lines.at(-1);
  return { ok: false, url, stages: [], ms: 0, transcript: [], cause: `the probe pod printed no result${last ? ` (last line: ${last.slice(0, 300)})` : " (no output)"}` };
}
async function sleep(ms, signal) {
  await new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });
}
async function probeInPod(kubectl, options) {
  const { namespace } = options;
  const name = `smoke-probe-${randomBytes(3).toString("hex")}`;
  const bundle = readFileSync(options.bundle ?? probeBundlePath(), "utf8");
  const deadlineSeconds = Math.max(30, Math.ceil(options.timeoutMs / 1e3));
  const { bearerToken: _token, headers: _headers, ...target } = options.target;
  const credentials = credentialData(options.target);
  const config = {
    target,
    expectations: options.expectations,
    // The pod's own budget, a little inside its deadline, so it still prints its result.
    options: { healthTimeoutMs: Math.max(1e4, options.timeoutMs - 6e4) }
  };
  const started = performance.now();
  try {
    await kubectl.create(
      JSON.stringify({ apiVersion: "v1", kind: "ConfigMap", metadata: { name, namespace, labels: { "dot-ai-release.smoke/probe": "true" } }, data: { [BUNDLE_NAME]: bundle } })
    );
    if (Object.keys(credentials).length) {
      await kubectl.create(JSON.stringify({ apiVersion: "v1", kind: "Secret", metadata: { name, namespace, labels: { "dot-ai-release.smoke/probe": "true" } }, type: "Opaque", stringData: credentials }));
    }
    const secret = Object.keys(credentials).length ? { name, keys: Object.keys(credentials) } : void 0;
    await kubectl.create(JSON.stringify(probePodManifest({ name, namespace, configMap: name, image: options.image, config, deadlineSeconds, secret })));
    const until = Date.now() + (deadlineSeconds + 30) * 1e3;
    let pod;
    for (; ; ) {
      if (options.signal.aborted) throw options.signal.reason instanceof Error ? options.signal.reason : new UserError("probe pod cancelled");
      [pod] = await kubectl.get(`pod/${name}`, { namespace });
      const phase = String(pod?.status?.phase ?? "");
      if (phase === "Succeeded" || phase === "Failed") break;
      const why = stuck(pod);
      if (why) return { ok: false, url: options.target.url, stages: [], transcript: [], ms: performance.now() - started, cause: `probe pod ${name} cannot run: ${why}` };
      if (Date.now() > until) return { ok: false, url: options.target.url, stages: [], transcript: [], ms: performance.now() - started, cause: `probe pod ${name} did not finish within ${deadlineSeconds + 30} s (phase ${phase || "unknown"})` };
      await sleep(500, options.signal);
    }
    const logs = await kubectl.logs(name, { namespace, container: "probe" });
    const result = resultFromLogs(logs, options.target.url);
    if (!result.ok && !result.cause) {
      const reason = String(pod?.status?.reason ?? "");
      result.cause = reason === "DeadlineExceeded" ? `probe pod ${name} passed its deadline of ${deadlineSeconds} s` : "probe failed";
    }
    return result;
  } finally {
    await kubectl.run(["delete", "pod,configmap,secret", name, "--namespace", namespace, "--ignore-not-found", "--wait=false"]);
  }
}

// src/smoke/wait.ts
function checkpoint(env) {
  if (env.signal.aborted) throw env.signal.reason instanceof Error ? env.signal.reason : new UserError("cancelled");
}
async function waitFor(what, signal, check, intervalMs = 1e3) {
  let checks = 0;
  for (; ; ) {
    if (signal.aborted) throw new UserError(`${what}: not reached after ${checks} checks (${signal.reason?.message ?? "cancelled"})`);
    checks++;
    if (await check()) return;
    await new Promise((resolve) => {
      const onAbort = () => (clearTimeout(timer), resolve());
      const timer = setTimeout(() => (signal.removeEventListener("abort", onAbort), resolve()), intervalMs);
      signal.addEventListener("abort", onAbort, { once: true });
    });
  }
}

// src/smoke/providers/room.ts
function cpuMillicores(quantity) {
  if (typeof quantity === "number") return Math.round(quantity * 1e3);
  if (typeof quantity !== "string") return 0;
  const m = /^(\d+(?:\.\d+)?)(m?)$/.exec(quantity.trim());
  if (!m) return 0;
  return m[2] ? Math.ceil(Number(m[1])) : Math.round(Number(m[1]) * 1e3);
}
function containerCpu(c) {
  return cpuMillicores(c.resources?.requests?.cpu ?? c.resources?.limits?.cpu);
}
function podCpu(spec) {
  const containers = (spec?.containers ?? []).reduce((sum, c) => sum + containerCpu(c), 0);
  const init = Math.max(0, ...(spec?.initContainers ?? []).map(containerCpu));
  return Math.max(containers, init);
}
function podsAtOnce(o) {
  const spec = o.spec;
  switch (o.kind) {
    case "Deployment":
    case "StatefulSet":
    case "ReplicaSet":
    case "ReplicationController":
      return Number(spec?.replicas ?? 1);
    case "Job":
      return Number(spec?.parallelism ?? 1);
    case "CronJob":
      return 0;
    default:
      return 1;
  }
}
function cpuRequestsOf(objects, options = {}) {
  let total = 0;
  for (const o of objects) {
    if (o.kind === "MCPServer") {
      total += cpuMillicores(o.spec?.resources?.requests?.cpu);
      continue;
    }
    const pod = podSpecOf(o);
    if (!pod || isHelmTestHook(o) && !options.withTests) continue;
    total += podCpu(pod) * podsAtOnce(o);
  }
  return total;
}
var ClusterRoom = class {
  constructor(kubectl) {
    this.kubectl = kubectl;
  }
  kubectl;
  capacity;
  held = /* @__PURE__ */ new Map();
  waiting = [];
  /**
   * Allocatable CPU of the nodes less what the pods there when the first method asks request (the
   * control plane, CoreDNS, a ToolHive operator, another tenant's): what the methods may share.
   */
  measure() {
    this.capacity ??= (async () => {
      const nodes = await this.kubectl.get("nodes");
      const allocatable = nodes.reduce((sum, n) => sum + cpuMillicores(n.status?.allocatable?.cpu), 0);
      const pods = await this.kubectl.get("pods", { allNamespaces: true });
      const others = pods.filter((p) => !["Succeeded", "Failed"].includes(String(p.status?.phase))).reduce((sum, p) => sum + podCpu(p.spec), 0);
      return allocatable - others;
    })();
    this.capacity.catch(() => this.capacity = void 0);
    return this.capacity;
  }
  used() {
    return [...this.held.values()].reduce((a, b) => a + b, 0);
  }
  /**
   * Waits until `millicores` more fit, or nothing else is held; a method that could never fit goes at
   * once holding nothing (the scheduler names what it lacks); an owner holding room already is not made
   * to wait again (its parts deploy side by side). `say` is told once when it has to wait.
   */
  async reserve(owner, millicores, signal, say) {
    const capacity = await this.measure();
    checkpoint({ signal });
    if (millicores > capacity) {
      say(`its pods request ${millicores}m CPU, more than the cluster has for the methods (${capacity}m): not waiting for room`);
      return;
    }
    const fits = () => this.held.has(owner) || this.held.size === 0 || this.used() + millicores <= capacity;
    if (fits()) {
      this.held.set(owner, (this.held.get(owner) ?? 0) + millicores);
      return;
    }
    const holders = [...this.held.entries()].map(([o, m]) => `${o} ${m}m`).join(", ");
    const waitingFor = `waiting for room on the cluster: its pods request ${millicores}m CPU; ${this.used()}m of ${capacity}m held (${holders})`;
    say(waitingFor);
    const started = performance.now();
    await new Promise((resolve, reject) => {
      const onAbort = () => {
        const at = this.waiting.indexOf(entry);
        if (at >= 0) this.waiting.splice(at, 1);
        const reason = signal.reason instanceof Error ? signal.reason : new Error("cancelled");
        reject(new UserError(`${reason.message} (${waitingFor})`, { cause: reason }));
      };
      const entry = {
        owner,
        millicores,
        admit: () => {
          signal.removeEventListener("abort", onAbort);
          resolve();
        }
      };
      this.waiting.push(entry);
      signal.addEventListener("abort", onAbort, { once: true });
    });
    say(`room on the cluster after ${((performance.now() - started) / 1e3).toFixed(1)} s`);
  }
  /** The owner's room back (its namespaces removed); whoever waits and now fits goes, in the order they came. */
  release(owner) {
    if (!this.held.delete(owner)) return;
    void this.measure().then((capacity) => {
      for (const entry of [...this.waiting]) {
        if (this.held.size === 0 || this.used() + entry.millicores <= capacity) {
          this.waiting.splice(this.waiting.indexOf(entry), 1);
          this.held.set(entry.owner, (this.held.get(entry.owner) ?? 0) + entry.millicores);
          entry.admit();
        }
      }
    });
  }
};

// src/smoke/providers/handle.ts
var KubeCluster = class {
  constructor(name, kubeconfig, context, probeImage, images) {
    this.name = name;
    this.kubeconfig = kubeconfig;
    this.context = context;
    this.probeImage = probeImage;
    this.images = images;
    this.kubectl = new Kubectl({ kubeconfig, context });
    this.room = new ClusterRoom(this.kubectl);
  }
  name;
  kubeconfig;
  context;
  probeImage;
  images;
  kubectl;
  reserveRoom(owner, millicores, signal, say) {
    return this.room.reserve(owner, millicores, signal, say);
  }
  releaseRoom(owner) {
    this.room.release(owner);
  }
  async probeInCluster(namespace, target, expectations, timeoutMs, signal) {
    await this.ensureImages([this.probeImage]);
    return probeInPod(this.kubectl, { namespace, image: this.probeImage, target, expectations, timeoutMs, signal });
  }
  /** Images made present by other means (loaded while the cluster started): waited for, not loaded again. */
  adopt(refs, work) {
    for (const r of refs) this.ensured.set(r, work);
    work.catch(() => refs.forEach((r) => this.ensured.get(r) === work && this.ensured.delete(r)));
  }
  /** Each image once per run, however many methods ask for it at the same time. */
  ensureImages(refs) {
    const wanted = [...new Set(refs.filter(Boolean))].filter((r) => !this.ensured.has(r));
    if (wanted.length) {
      const work = this.images(wanted);
      for (const r of wanted) this.ensured.set(r, work);
      work.catch(() => wanted.forEach((r) => this.ensured.delete(r)));
    }
    return Promise.all([...new Set(refs.filter(Boolean))].map((r) => this.ensured.get(r))).then(() => void 0);
  }
  ensured = /* @__PURE__ */ new Map();
  room;
};
async function waitClusterReady(kubectl, timeoutMs, signal) {
  const deadline = Date.now() + timeoutMs;
  let last = "no node registered";
  for (; ; ) {
    if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new UserError("cancelled");
    const nodes = await kubectl.get("nodes").catch((e) => (last = e.message, []));
    const notReady = nodes.filter((n) => !(n.status?.conditions ?? []).some((c) => c.type === "Ready" && c.status === "True"));
    if (nodes.length > 0 && notReady.length === 0) {
      const deployments = await kubectl.get("deployments", { allNamespaces: true }).catch(() => []);
      const system = deployments.filter((d) => d.metadata.namespace === "kube-system" && d.metadata.name === "coredns" || d.metadata.namespace === "local-path-storage");
      const waiting = system.filter((d) => Number(d.status?.availableReplicas ?? 0) < Number(d.spec?.replicas ?? 1));
      if (waiting.length === 0) return;
      last = `waiting for ${waiting.map((d) => `deployment ${d.metadata.namespace}/${d.metadata.name}`).join(", ")}`;
    } else if (nodes.length > 0) {
      last = notReady.map((n) => {
        const ready3 = (n.status?.conditions ?? []).find((c) => c.type === "Ready");
        return `node ${n.metadata.name} not Ready${ready3?.message ? `: ${ready3.message}` : ""}`;
      }).join("; ");
    }
    if (Date.now() > deadline) throw new UserError(`cluster not ready after ${Math.round(timeoutMs / 1e3)} s: ${last}`);
    await new Promise((r) => setTimeout(r, 1e3));
  }
}

// src/smoke/providers/cluster.ts
function normalizeImage(ref) {
  const { repository, tag, digest } = splitImageName(ref);
  const first = repository.split("/")[0] ?? "";
  const hasHost = repository.includes("/") && (first.includes(".") || first.includes(":") || first === "localhost");
  const registry = hasHost ? first : "docker.io";
  let repo = hasHost ? repository.slice(first.length + 1) : repository;
  if (registry === "docker.io" && !repo.includes("/")) repo = `library/${repo}`;
  const reference = digest ?? tag ?? "latest";
  return { registry, repository: repo, reference, full: `${registry}/${repo}${digest ? `@${digest}` : `:${reference}`}` };
}
var CurrentClusterProvider = class {
  constructor(options) {
    this.options = options;
    this.description = `cluster (${options.context ? `context ${options.context}` : "the current context"})`;
  }
  options;
  description;
  async open(_cleanup, reporter, _preload = []) {
    const kubeconfig = this.options.kubeconfig ?? process.env.KUBECONFIG?.split(path2.delimiter).find(Boolean) ?? path2.join(homedir(), ".kube", "config");
    const what = this.options.kubeconfig ? "input kubeconfig" : process.env.KUBECONFIG ? "KUBECONFIG" : "the default kubeconfig";
    if (!existsSync2(kubeconfig)) throw new UserError(`${what}: ${kubeconfig} not found`);
    let context = this.options.context;
    if (!context) {
      const current = await exec(kubectlBinary(), ["config", "current-context", "--kubeconfig", kubeconfig], { timeoutMs: 3e4 });
      context = current.stdout.trim();
      if (current.code !== 0 || !context) throw new UserError(`${what}: ${kubeconfig} has no current context; give input context`);
    } else {
      const contexts = await exec(kubectlBinary(), ["config", "get-contexts", "-o", "name", "--kubeconfig", kubeconfig], { timeoutMs: 3e4 });
      if (!contexts.stdout.split("\n").map((l) => l.trim()).includes(context)) throw new UserError(`input context: ${context} is not a context of ${kubeconfig}`);
    }
    const kubectl = new Kubectl({ kubeconfig, context });
    const version = await kubectl.version().catch((e) => {
      throw new UserError(`cluster of context ${context} does not answer: ${e.message.split("\n")[0]}`);
    });
    reporter.info(`cluster: context ${context}, Kubernetes ${version.server}`);
    await waitClusterReady(kubectl, 6e4);
    const handle = new KubeCluster(context, kubeconfig, context, this.options.probeImage, (refs) => this.checkImages(kubectl, refs, reporter));
    return { handle, created: false };
  }
  /** Every image on every node, or resolvable in its registry (anonymously): else named, with why. */
  async checkImages(kubectl, refs, reporter) {
    const nodes = await kubectl.get("nodes");
    const lists = nodes.map((n) => n.status?.images ?? []);
    const held = lists.map((images) => new Set(images.flatMap((i) => i.names ?? [])));
    const truncated = lists.some((images) => images.length >= 50);
    const problems = [];
    for (const ref of refs) {
      const image = normalizeImage(ref);
      if (held.length > 0 && held.every((names) => names.has(image.full) || names.has(ref))) continue;
      const client = new RegistryClient({ registry: image.registry === "docker.io" ? "registry-1.docker.io" : image.registry, retry: { maxTotalMs: 1e4 } });
      try {
        await Promise.race([
          client.repository(image.repository).resolve(image.reference),
          new Promise((_, reject) => setTimeout(() => reject(new Error("no answer within 20 s")), 2e4).unref())
        ]);
        reporter.info(`image ${ref}: not on every node; the nodes pull it from ${image.registry}`);
      } catch (error) {
        const why = error.message.split("\n")[0] ?? "";
        if (/401|403|unauthori[sz]ed|denied|credentials/i.test(why)) {
          reporter.warning(`image ${ref}: not on every node and ${image.registry} wants credentials to check it (${why}); the nodes must be able to pull it`);
        } else if (truncated) {
          reporter.warning(`image ${ref}: not among the images the nodes list (they list only 50) and not pullable from ${image.registry} (${why}); the deployment will tell`);
        } else {
          problems.push(`image ${ref} is neither on every node of the cluster nor pullable from ${image.registry} (${why}); push it there first`);
        }
      }
    }
    if (problems.length) throw new UserError(problems);
  }
};

// src/smoke/providers/kind.ts
var import_yaml = __toESM(require_dist(), 1);
import { randomBytes as randomBytes2 } from "node:crypto";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path3 from "node:path";
var CONTROL_PLANE_CPU = { "kube-apiserver": "100m", "kube-controller-manager": "50m", "kube-scheduler": "20m", etcd: "50m" };
function leanControlPlane(dir) {
  const patches = path3.join(dir, "kubeadm-patches");
  mkdirSync(patches, { recursive: true });
  for (const [component, cpu] of Object.entries(CONTROL_PLANE_CPU)) {
    writeFileSync(path3.join(patches, `${component}+strategic.yaml`), (0, import_yaml.stringify)({ spec: { containers: [{ name: component, resources: { requests: { cpu } } }] } }));
  }
  return (0, import_yaml.stringify)({
    kind: "Cluster",
    apiVersion: "kind.x-k8s.io/v1alpha4",
    nodes: [
      {
        role: "control-plane",
        extraMounts: [{ hostPath: patches, containerPath: "/kind/dot-ai-release-patches", readOnly: true }],
        kubeadmConfigPatches: [(0, import_yaml.stringify)({ kind: "InitConfiguration", patches: { directory: "/kind/dot-ai-release-patches" } })]
      }
    ]
  });
}
var KindProvider = class {
  constructor(options, kind = new Kind(), docker = new Docker()) {
    this.options = options;
    this.kind = kind;
    this.docker = docker;
    this.description = options.reuse ? `kind (cluster ${options.reuse})` : `kind (node image ${options.nodeImage ?? "kind's default"})`;
  }
  options;
  kind;
  docker;
  description;
  async open(cleanup, reporter, preload = []) {
    if (!await this.kind.version()) throw new UserError(`input provider: kind is not installed (${this.kind.bin} not found); install kind, or use provider cluster`);
    const dir = mkdtempSync(path3.join(process.env.RUNNER_TEMP || tmpdir(), "dot-ai-release-kube-"));
    chmodSync(dir, 448);
    cleanup.add({ kind: "directory", path: dir });
    const kubeconfig = path3.join(dir, "kubeconfig");
    const { reuse } = this.options;
    if (reuse) {
      const clusters = await this.kind.clusters();
      if (!clusters.includes(reuse)) throw new UserError(`input kind-cluster: no kind cluster named ${reuse} (kind get clusters: ${clusters.join(", ") || "none"})`);
      writeFileSync(kubeconfig, await this.kind.kubeconfig(reuse), { mode: 384 });
      const handle2 = this.handle(reuse, kubeconfig, reporter);
      await waitClusterReady(handle2.kubectl, 6e4);
      return { handle: handle2, created: false };
    }
    const name = `dot-ai-release-smoke-${randomBytes2(3).toString("hex")}`;
    cleanup.add({ kind: "kind-cluster", name });
    reporter.info(`creating kind cluster ${name}${this.options.nodeImage ? ` (node image ${this.options.nodeImage})` : ""}`);
    const started = performance.now();
    const saving = this.saveForLoad(preload, dir, reporter);
    saving.catch(() => void 0);
    await this.kind.createCluster({ name, image: this.options.nodeImage, kubeconfig, config: leanControlPlane(dir) });
    chmodSync(kubeconfig, 384);
    await this.kind.refuseUntranslatedServiceTraffic(name).catch((error) => reporter.warning(`kind cluster ${name}: Service addresses not yet routed are not refused at the node: ${error.message}`));
    const handle = this.handle(name, kubeconfig, reporter);
    const saved = await saving;
    if (saved) {
      const loading = this.kind.loadImageArchive(name, saved.archive).then(() => {
        reporter.info(`images loaded while the cluster started: ${saved.refs.length} in ${((performance.now() - started) / 1e3).toFixed(1)} s from its start (saved ${saved.seconds.toFixed(1)} s, imported after)`);
        rmSync(saved.archive, { force: true });
      });
      handle.adopt(saved.refs, loading);
    }
    await waitClusterReady(handle.kubectl, this.options.readyTimeoutMs ?? 24e4);
    return { handle, created: true };
  }
  /** `docker save` of the preload images the engine holds, into the run's private directory. */
  async saveForLoad(refs, dir, reporter) {
    const present = [];
    for (const ref of [...new Set(refs)]) {
      if (await this.docker.imageId(ref)) present.push(ref);
      else reporter.info(`image ${ref} is not in the local Docker engine: the nodes pull it`);
    }
    if (present.length === 0) return void 0;
    const started = performance.now();
    const archive = path3.join(dir, "preload.tar");
    await this.docker.save(present, archive);
    return { archive, refs: present, seconds: (performance.now() - started) / 1e3 };
  }
  handle(name, kubeconfig, reporter) {
    return new KubeCluster(name, kubeconfig, kindContext(name), this.options.probeImage, async (refs) => {
      const present = [];
      for (const ref of refs) {
        if (await this.docker.imageId(ref)) present.push(ref);
        else reporter.info(`image ${ref} is not in the local Docker engine: the nodes pull it`);
      }
      if (present.length === 0) return;
      const started = performance.now();
      await this.kind.loadDockerImages(name, present);
      reporter.info(`kind load docker-image: ${present.length} image(s) in ${((performance.now() - started) / 1e3).toFixed(1)} s`);
    });
  }
};

// src/smoke/providers/index.ts
var PROVIDERS = ["kind", "cluster", "docker"];
function clusterProvider(inputs) {
  const { provider } = inputs;
  if (provider === "kind") {
    for (const [name, value] of [["kubeconfig", inputs.kubeconfig], ["context", inputs.context]]) {
      if (value) throw new UserError(`input ${name}: only for provider cluster (provider is kind)`);
    }
    if (inputs.kindCluster && inputs.kindNodeImage) throw new UserError("input kind-node-image: not with kind-cluster (a reused cluster keeps its node image)");
    return new KindProvider({ reuse: inputs.kindCluster, nodeImage: inputs.kindNodeImage, probeImage: inputs.candidate.probeImage });
  }
  if (provider === "cluster") {
    for (const [name, value] of [["kind-cluster", inputs.kindCluster], ["kind-node-image", inputs.kindNodeImage]]) {
      if (value) throw new UserError(`input ${name}: only for provider kind (provider is cluster)`);
    }
    return new CurrentClusterProvider({ kubeconfig: inputs.kubeconfig, context: inputs.context, probeImage: inputs.candidate.probeImage });
  }
  throw new UserError("input provider: docker runs the Docker methods only; Kubernetes methods need kind or cluster");
}

// src/smoke/methods/defaults.ts
import { existsSync as existsSync3 } from "node:fs";
import path4 from "node:path";
var DEFAULT_PORT = 3456;
var DEFAULT_TIMEOUT_MS = 6e5;
var TOKEN_ENV = "DOT_AI_AUTH_TOKEN";
var TOKEN_VALUE = "secrets.auth.token";
function defaultAuth(kind) {
  return kind === "helm" ? { token: "generate", set: TOKEN_VALUE } : { token: "generate", env: TOKEN_ENV };
}
var SMOKE_SERVER_ENV = { DOT_AI_TELEMETRY: "false" };
var AGENTIC_TOOLS = { name: "agentic-tools", image: "ghcr.io/vfarcic/dot-ai-agentic-tools", port: 8080, env: {}, optional: true };
function defaultProbe(version) {
  return {
    mcpPath: "auto",
    health: "/healthz",
    healthTimeoutMs: 12e4,
    expectations: { toolCall: { name: "version", expect: version, optional: true } }
  };
}
var DOCKER = "examples/deployments/docker";
var KUBE = "examples/deployments/kubernetes";
var HELM_VALUES = "examples/deployments/helm";
var REFERENCE_SERVER = "examples/mcp-server";
function devSource(root) {
  if (!existsSync3(path4.join(root, REFERENCE_SERVER, "Dockerfile"))) return {};
  return { DOT_AI_SRC: path4.relative(path4.join(root, DOCKER), path4.join(root, REFERENCE_SERVER)), DOT_AI_ENTRY: "dist/server.js" };
}
var DEFAULTS = [
  { name: "docker", kind: "docker", files: [`${DOCKER}/.env.example`], service: "dot-ai", externalQdrant: true, plugins: [AGENTIC_TOOLS] },
  { name: "compose", kind: "compose", files: [`${DOCKER}/docker-compose.yml`], service: "dot-ai" },
  { name: "compose-prod", kind: "compose", files: [`${DOCKER}/docker-compose.prod.yml`], service: "dot-ai" },
  { name: "compose-dev", kind: "compose", files: [`${DOCKER}/docker-compose.dev.yml`], service: "dot-ai", envFor: devSource },
  { name: "kubernetes", kind: "kustomize", files: [`${KUBE}/standalone`, `${KUBE}/with-qdrant`], service: "dot-ai", externalQdrant: true },
  // The helm methods deploy the release's chart (the one `check` and `chart` find, or input chart).
  { name: "helm", kind: "helm", files: [], service: "dot-ai" },
  { name: "helm-external-qdrant", kind: "helm", files: [], values: [`${HELM_VALUES}/values.external-qdrant.yaml`], service: "dot-ai", externalQdrant: true },
  { name: "helm-prod", kind: "helm", files: [], values: [`${HELM_VALUES}/values.prod.yaml`], service: "dot-ai" },
  { name: "toolhive", kind: "toolhive", files: ["examples/deployments/toolhive"], service: "mcp-dot-ai-proxy" }
];
var DEFAULT_METHOD_NAMES = DEFAULTS.map((d) => d.name);
function defaultMethods(root, version, hasChart = true) {
  return DEFAULTS.filter((d) => (d.kind !== "helm" || hasChart) && [...d.files, ...d.values ?? []].every((f) => existsSync3(path4.join(root, f)))).map((d) => ({
    name: d.name,
    kind: d.kind,
    files: d.files,
    values: d.values ?? [],
    set: d.set ?? {},
    service: d.service,
    port: DEFAULT_PORT,
    externalQdrant: d.externalQdrant ?? false,
    env: { ...d.env, ...d.envFor?.(root) },
    probe: defaultProbe(version),
    timeoutMs: DEFAULT_TIMEOUT_MS,
    auth: defaultAuth(d.kind),
    plugins: d.plugins ?? [],
    podSecurity: "restricted",
    helmTest: true
  }));
}

// src/smoke/types.ts
function platformOf(kind) {
  return kind === "docker" || kind === "compose" ? "docker" : "kubernetes";
}

// src/smoke/settings.ts
var DEFAULT_JSON_WITHIN_SECONDS = 60;
function applyProbe(base, settings, version) {
  if (!settings) return base;
  const probe = { ...base, expectations: { ...base.expectations } };
  if (settings.mcpPath !== void 0) probe.mcpPath = settings.mcpPath;
  if (settings.health !== void 0) probe.health = settings.health;
  if (settings.tools) probe.expectations.tools = settings.tools;
  if (settings.serverName) probe.expectations.serverName = settings.serverName;
  if (settings.followUps !== void 0) probe.expectations.followUps = settings.followUps;
  if (settings.headers) probe.headers = { ...probe.headers, ...settings.headers };
  const json = settings.json ? { json: settings.json, jsonWithinMs: (settings.jsonWithin ?? DEFAULT_JSON_WITHIN_SECONDS) * 1e3 } : settings.jsonWithin !== void 0 ? { jsonWithinMs: settings.jsonWithin * 1e3 } : {};
  if (settings.tool) {
    probe.expectations.toolCall = { name: settings.tool, arguments: settings.toolArgs, expect: settings.expect ?? version, ...json };
  } else if (probe.expectations.toolCall && (settings.expect !== void 0 || settings.toolArgs || settings.json || settings.jsonWithin !== void 0)) {
    probe.expectations.toolCall = {
      ...probe.expectations.toolCall,
      ...settings.expect !== void 0 ? { expect: settings.expect } : {},
      ...settings.toolArgs ? { arguments: settings.toolArgs } : {},
      ...json
    };
  }
  return probe;
}
function authOf(m) {
  if (m.auth === false) return void 0;
  const base = defaultAuth(m.kind);
  if (!m.auth) return base;
  const place = m.auth.env !== void 0 || m.auth.set !== void 0 ? { env: m.auth.env, set: m.auth.set } : { env: base.env, set: base.set };
  return { token: m.auth.token ?? "generate", ...place.env ? { env: place.env } : {}, ...place.set ? { set: place.set } : {}, ...m.auth.header ? { header: m.auth.header } : {} };
}
function fromFile(m, version, common) {
  const base = applyProbe(defaultProbe(version), common.probe, version);
  return {
    name: m.name,
    kind: m.kind,
    files: m.files ?? [],
    values: m.values ?? [],
    set: Object.fromEntries(Object.entries(m.set ?? {}).map(([k, v]) => [k, String(v)])),
    service: m.service,
    port: m.port ?? DEFAULT_PORT,
    externalQdrant: m.externalQdrant ?? m.kind === "docker",
    env: Object.fromEntries(Object.entries(m.env ?? {}).map(([k, v]) => [k, String(v)])),
    probe: applyProbe(base, m.probe, version),
    timeoutMs: (m.timeout ?? common.timeout ?? DEFAULT_TIMEOUT_MS / 1e3) * 1e3,
    auth: authOf(m),
    // A docker method runs dot-ai's plugin beside the server unless it names its own (or none: []).
    plugins: m.plugins === void 0 ? m.kind === "docker" ? [AGENTIC_TOOLS] : [] : m.plugins.map((p) => ({ name: p.name, image: p.image, port: p.port ?? 8080, env: Object.fromEntries(Object.entries(p.env ?? {}).map(([k, v]) => [k, String(v)])), optional: false })),
    podSecurity: m.podSecurity ?? "restricted",
    helmTest: m.helmTest ?? true
  };
}
function selectMethods(root, version, settings, selection) {
  const common = settings ?? {};
  const configured = common.methods?.map((m) => fromFile(m, version, common));
  const available = configured ?? defaultMethods(root, version, selection.chart ?? true).map((m) => ({ ...m, probe: applyProbe(m.probe, common.probe, version), timeoutMs: common.timeout ? common.timeout * 1e3 : m.timeoutMs }));
  const where = configured ? `${CONFIG_FILE}: smoke.methods` : "the default methods";
  let methods;
  if (selection.names) {
    methods = selection.names.map((name) => {
      const found = available.find((m) => m.name === name);
      if (found) return found;
      if (!configured && DEFAULT_METHOD_NAMES.includes(name)) throw new UserError(`input methods: ${name}: its files are not in this repository`);
      throw new UserError(`input methods: unknown method ${JSON.stringify(name)} (${where}: ${available.map((m) => m.name).join(", ") || "none"})`);
    });
  } else {
    methods = selection.provider === "docker" ? available.filter((m) => platformOf(m.kind) === "docker") : available;
  }
  if (methods.length === 0) throw new UserError(`input methods: no deployment method to run (${where} found none in this repository)`);
  if (selection.provider === "docker") {
    const k8s = methods.filter((m) => platformOf(m.kind) === "kubernetes");
    if (k8s.length) throw new UserError(`input methods: ${k8s.map((m) => m.name).join(", ")} need Kubernetes, but provider is docker`);
  }
  const selected = methods.map((m) => ({
    ...m,
    timeoutMs: selection.timeoutMs ?? m.timeoutMs,
    probe: applyProbe(m.probe, selection.probe, version)
  }));
  for (const m of selected) {
    const problems = jsonAssertionProblems(m.probe.expectations.toolCall?.json ?? {});
    if (problems.length) throw new UserError(`${configured ? `${CONFIG_FILE}: smoke` : "smoke"} method ${m.name}: probe.json: ${problems.join("; ")}`);
  }
  return selected;
}

// src/smoke/inputs.ts
async function readCredentials(raw, reporter) {
  let bearerToken = stringOption(raw, "bearer-token");
  if (booleanOption(raw, "bearer-token-stdin")) bearerToken = (await readStdin()).trim();
  if (bearerToken) reporter.secret(bearerToken);
  if (bearerToken !== void 0 && bearerToken !== "" && /[\s\u0000-\u001f]/.test(bearerToken)) throw new UserError("input bearer-token: contains whitespace or a control character");
  const headerText = stringOption(raw, "header");
  let headers;
  if (headerText !== void 0) {
    for (const line of headerText.split(/\r?\n/)) {
      const value = line.slice(line.indexOf(":") + 1).trim();
      if (line.includes(":") && value) reporter.secret(value);
    }
    try {
      headers = parseHeaderLines(headerText);
    } catch (err) {
      throw new UserError(`input ${err.message}`);
    }
  }
  return { ...bearerToken ? { bearerToken } : {}, ...headers ? { headers } : {} };
}
function candidateImages(entries, configured, version) {
  const byRepository = /* @__PURE__ */ new Map();
  let plain;
  for (const entry of entries) {
    const eq = entry.indexOf("=");
    const [repository, ref] = eq > 0 ? [entry.slice(0, eq).trim(), entry.slice(eq + 1).trim()] : [void 0, entry];
    try {
      parseImageReference(ref);
    } catch (err) {
      throw new UserError(`input image: ${redactInput(err.message)} (expected NAME[:TAG], NAME@sha256:DIGEST, or REPOSITORY=either)`);
    }
    if (repository === void 0) {
      if (plain !== void 0) throw new UserError(`input image: ${quoteInput(ref)} and ${quoteInput(plain)}: only one image without REPOSITORY= (the server's); name the others' repositories`);
      plain = ref;
      continue;
    }
    if (byRepository.has(repository)) throw new UserError(`input image: ${quoteInput(repository)} is given twice`);
    byRepository.set(repository, ref);
  }
  const server = configured[0];
  if (plain !== void 0) {
    const repository = server ?? splitImageName(plain).repository;
    if (byRepository.has(repository)) throw new UserError(`input image: ${quoteInput(repository)} is given twice (once without REPOSITORY=)`);
    byRepository.set(repository, plain);
  }
  if (byRepository.size === 0) {
    if (!server) throw new UserError("input image: required (no image configured to derive <image>:<version>)");
    for (const name of configured) byRepository.set(name, `${name}:${version}`);
  } else if (server && !byRepository.has(server)) {
    byRepository.set(server, `${server}:${version}`);
  }
  const order = [...byRepository.keys()].sort((a, b) => Number(b === server) - Number(a === server));
  const [first, ...rest] = order;
  return { repository: first, image: byRepository.get(first), others: rest.map((repository) => ({ repository, image: byRepository.get(repository) })) };
}
function toolhiveCharts(root, charts, version, versionGiven) {
  if (charts.startsWith("oci://")) return { charts, version };
  const dir = path5.resolve(root, charts);
  if (!existsSync4(dir) || !statSync(dir).isDirectory()) throw new UserError(`input toolhive-charts: ${charts} is neither oci://... nor a directory`);
  if (versionGiven) throw new UserError("input toolhive-version: only with toolhive-charts oci://... (a charts directory has its own versions)");
  return { charts: dir };
}
function parseInputs(raw, overrides = {}) {
  const given = raw;
  const options = withDefaults("smoke", raw);
  const root = repositoryRoot(options);
  const config = overrides.config ?? loadConfig(root, configOverrides({ ...options, chart: void 0 }));
  const version = overrides.version ?? stringOption(options, "version") ?? expectedVersions(config).app;
  const provider = stringOption(given, "provider") ?? config.smoke?.provider ?? stringOption(options, "provider");
  if (!PROVIDERS.includes(provider)) throw new UserError(`input provider: ${JSON.stringify(provider)} is not one of ${PROVIDERS.join(", ")}`);
  const toolArgsInput = stringOption(options, "tool-args");
  let toolArgs;
  if (toolArgsInput) {
    try {
      toolArgs = JSON.parse(toolArgsInput);
    } catch {
      throw new UserError("input tool-args: not JSON");
    }
    if (!toolArgs || typeof toolArgs !== "object" || Array.isArray(toolArgs)) throw new UserError('input tool-args: must be a JSON object, e.g. {"query":"x"}');
  }
  const chartInput = stringOption(options, "chart");
  let chart = overrides.chart;
  if (!chart && chartInput) {
    const absolute = path5.resolve(root, chartInput);
    if (!existsSync4(absolute)) throw new UserError(`input chart: ${quoteInput(chartInput)} not found`);
    const kind = statSync(absolute).isDirectory() ? "dir" : "package";
    const inside = path5.relative(root, absolute);
    const source = kind === "dir" ? inside && !inside.startsWith("..") && !path5.isAbsolute(inside) ? inside.split(path5.sep).join("/") : void 0 : config.chart?.dir;
    chart = { path: absolute, kind, ...source ? { source } : {} };
  } else if (chart && !chart.source && config.chart) {
    chart = { ...chart, source: config.chart.dir };
  } else if (!chart && config.chart) {
    chart = { path: path5.join(root, config.chart.dir), kind: "dir", source: config.chart.dir, byDefault: true };
  }
  const timeout = boundedNumber(given, "smoke", "timeout");
  const methods = selectMethods(root, version, config.smoke, {
    chart: chart !== void 0,
    names: listOption(options, "methods"),
    provider,
    timeoutMs: timeout === void 0 ? void 0 : timeout * 1e3,
    probe: {
      mcpPath: stringOption(given, "mcp-path"),
      tool: stringOption(options, "tool"),
      toolArgs,
      expect: stringOption(options, "expect"),
      tools: listOption(options, "expect-tools")
    }
  });
  const configuredImages = config.images.map((i) => i.name);
  const images = overrides.image ? { image: overrides.image, repository: configuredImages[0] ?? splitImageName(overrides.image).repository, others: [] } : candidateImages(listOption(options, "image") ?? [], configuredImages, version);
  const diagnosticsInput = stringOption(options, "diagnostics-dir");
  const toolhiveVersionGiven = stringOption(given, "toolhive-version") !== void 0;
  return {
    root,
    methods,
    provider,
    candidate: {
      ...images,
      valuesPaths: Object.fromEntries(config.images.flatMap((i) => i.valuesPath ? [[i.name, i.valuesPath]] : [])),
      version,
      chart,
      imageMap: parseImageMap(listOption(options, "image-map") ?? [], "input image-map"),
      qdrantImage: stringOption(given, "qdrant-image") ?? config.smoke?.qdrantImage ?? stringOption(options, "qdrant-image"),
      probeImage: stringOption(options, "probe-image"),
      toolhive: toolhiveCharts(root, stringOption(options, "toolhive-charts"), stringOption(options, "toolhive-version"), toolhiveVersionGiven)
    },
    parallel: boundedNumber(given, "smoke", "parallel") ?? config.smoke?.parallel ?? boundedNumber(options, "smoke", "parallel"),
    diagnosticsDir: diagnosticsInput ? path5.resolve(root, diagnosticsInput) : void 0,
    keep: booleanOption(options, "keep"),
    kindNodeImage: stringOption(options, "kind-node-image"),
    kindCluster: stringOption(options, "kind-cluster"),
    kubeconfig: stringOption(options, "kubeconfig"),
    context: stringOption(options, "context"),
    credentials: overrides.credentials ?? {}
  };
}

// src/smoke/report.ts
function warningLines(result) {
  const lines = result.results.flatMap((r) => (r.warnings ?? []).map((w) => `- \u26A0\uFE0F ${r.method}: ${w}`));
  return lines.length ? ["", "**Warnings**", "", ...lines] : [];
}
function smokeSummary(result) {
  const { candidate } = result;
  const rows = result.results.map((r) => {
    const mcp = r.probes.map((p) => `${p.endpoint}: ${p.result.ok ? `${p.result.server?.name ?? "?"} ${p.result.server?.version ?? ""}, ${p.result.tools?.length ?? 0} tools${p.result.toolCall ? `, ${p.result.toolCall.name} showed ${candidate.version}` : ""}` : "failed"}`).join("; ");
    return [r.method, r.status === "passed" ? "\u2705 passed" : "\u274C failed", `${r.seconds} s`, mcp || "-", r.cause ?? ""];
  });
  const failed = result.failed.length;
  return [
    `### Smoke: ${failed ? `${failed} of ${result.results.length} methods failed` : `all ${result.results.length} methods passed`}`,
    "",
    `Image \`${result.image}\`${candidate.image.id ? ` (id \`${candidate.image.id}\`)` : ""}${candidate.images.length > 1 ? ` with ${candidate.images.slice(1).map((i) => `\`${i.ref}\``).join(", ")}` : ""}, version ${candidate.version}${result.cluster ? `; cluster ${result.cluster.name} (${result.cluster.created ? "created" : "reused"} in ${result.cluster.seconds} s)` : ""}`,
    "",
    markdownTable(["Method", "Status", "Time", "MCP", "Cause"], rows),
    ...warningLines(result),
    ...failed ? ["", `Diagnostics: \`${result.diagnosticsDir}\``] : []
  ].join("\n");
}
function smokeFailure(result) {
  return result.failed.length ? new UserError(`smoke: ${result.failed.map((r) => `${r.method}: ${r.cause}`).join("; ")}`) : void 0;
}
function smokeCommandResult(result) {
  return {
    ok: result.ok,
    error: smokeFailure(result),
    outputs: { results: JSON.stringify(result.outputs), "diagnostics-path": result.diagnosticsDir },
    summary: smokeSummary(result),
    json: { results: result.outputs, "diagnostics-path": result.diagnosticsDir, image: result.candidate.image, cluster: result.cluster }
  };
}

// src/smoke/gate.ts
import { mkdtempSync as mkdtempSync3 } from "node:fs";
import { tmpdir as tmpdir3 } from "node:os";
import path15 from "node:path";

// src/smoke/run.ts
import { randomBytes as randomBytes4 } from "node:crypto";
import { chmodSync as chmodSync3, existsSync as existsSync10, mkdirSync as mkdirSync3, mkdtempSync as mkdtempSync2, readdirSync as readdirSync2, rmSync as rmSync2, writeFileSync as writeFileSync6 } from "node:fs";
import { tmpdir as tmpdir2 } from "node:os";
import path14 from "node:path";

// src/fs/confined.ts
import { lstatSync, realpathSync } from "node:fs";
import path6 from "node:path";
function confinedPath(base, relative, what) {
  const shown = visible(relative);
  if (relative === "" || relative.includes("\0")) throw new UserError(`${what}: ${JSON.stringify(shown)} is not a path name`);
  if (path6.isAbsolute(relative) || /^[a-zA-Z]:[\\/]/.test(relative)) throw new UserError(`${what}: "${shown}" is an absolute path; it must stay inside ${visible(base)}`);
  const segments = relative.split(/[\\/]+/).filter((s) => s !== "" && s !== ".");
  if (segments.includes("..")) throw new UserError(`${what}: "${shown}" leaves ${visible(base)} ("..")`);
  if (segments.length === 0) throw new UserError(`${what}: "${shown}" names ${visible(base)} itself, not a path inside it`);
  let realBase;
  try {
    realBase = realpathSync.native(base);
  } catch (err) {
    throw new UserError(`${what}: ${visible(base)}: ${describeFsError(err)}`);
  }
  let existing = realBase;
  let rest = segments;
  for (let i = 0; i < segments.length; i++) {
    const next = path6.join(existing, segments[i]);
    let exists = true;
    try {
      lstatSync(next);
    } catch {
      exists = false;
    }
    if (!exists) break;
    try {
      existing = realpathSync.native(next);
    } catch (err) {
      throw new UserError(`${what}: "${shown}": ${describeFsError(err)}`);
    }
    rest = segments.slice(i + 1);
    if (!isInside(realBase, existing)) {
      throw new UserError(`${what}: "${shown}" leads to ${visible(existing)} through a symlink, outside ${visible(base)}`);
    }
  }
  return path6.join(existing, ...rest);
}

// src/smoke/methods/compose.ts
import { existsSync as existsSync5, readFileSync as readFileSync2, writeFileSync as writeFileSync2 } from "node:fs";
import path8 from "node:path";

// src/smoke/methods/compose-plan.ts
var import_semver = __toESM(require_semver(), 1);
var import_yaml2 = __toESM(require_dist(), 1);
import path7 from "node:path";
var SMOKE_LABEL = "dot-ai-release.smoke";
function parseCompose(text) {
  const doc = (0, import_yaml2.parse)(text, { merge: true });
  if (!doc || typeof doc !== "object" || !doc.services || typeof doc.services !== "object") return { services: {} };
  return doc;
}
var HOST_PATHS = /* @__PURE__ */ new Set(["/", "/var/run/docker.sock", "/run/docker.sock"]);
function bindSource(entry) {
  if (typeof entry === "string") {
    const [source, target] = entry.split(":");
    return target !== void 0 && source?.startsWith("/") ? source : void 0;
  }
  if (entry && typeof entry === "object") {
    const { type, source } = entry;
    return type === "bind" && typeof source === "string" ? source : void 0;
  }
  return void 0;
}
function hostAccess(model) {
  const found = [];
  for (const [name, service] of Object.entries(model.services)) {
    if (service.privileged === true) found.push(`service ${name} runs privileged`);
    for (const key2 of ["network_mode", "pid", "ipc"]) if (service[key2] === "host") found.push(`service ${name} shares the host's ${key2 === "network_mode" ? "network" : key2} namespace (${key2}: host)`);
    for (const entry of Array.isArray(service.volumes) ? service.volumes : []) {
      const source = bindSource(entry);
      if (source !== void 0 && HOST_PATHS.has(source.replace(/(.)\/+$/, "$1"))) found.push(`service ${name} mounts the host's ${source}`);
    }
  }
  return found;
}
function seedsFor(texts, dir, exists, given = {}) {
  const seeds = { examples: [], homePaths: [] };
  const seen = /* @__PURE__ */ new Set();
  for (const text of texts) {
    for (const m of text.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*):?-([^}]*)\}/g)) {
      const [, variable, raw] = m;
      const fallback = raw.trim().replace(/^(['"])(.*)\1$/, "$2");
      if (!fallback || variable in given || seen.has(variable)) continue;
      if (/^(~|\$HOME|\$\{HOME\})(\/|$)/.test(fallback)) {
        seen.add(variable);
        seeds.homePaths.push({ variable, fallback });
        continue;
      }
      const file = path7.resolve(dir, fallback);
      if (!exists(file) && exists(`${file}.example`)) {
        seen.add(variable);
        seeds.examples.push({ variable, example: `${file}.example`, name: path7.basename(file) });
      }
    }
  }
  return seeds;
}
function homeStandIn(variable, fallback) {
  return /kube/i.test(`${variable} ${fallback}`) ? "apiVersion: v1\nkind: Config\nclusters: []\ncontexts: []\nusers: []\n" : "";
}
function supportsOverrideTag(cli) {
  if (cli.major !== 2) return false;
  const version = import_semver.default.coerce(cli.version);
  return version !== null && import_semver.default.gte(version, "2.24.4");
}
function containerPort(entry) {
  if (typeof entry === "number") return { target: String(entry), protocol: "tcp" };
  if (typeof entry === "object") return { target: String(entry.target), protocol: entry.protocol ?? "tcp" };
  const [spec, protocol = "tcp"] = entry.split("/");
  const target = spec.slice(spec.lastIndexOf(":") + 1);
  return { target, protocol };
}
function loopbackPorts(service, ensure) {
  const out = [];
  for (const entry of service.ports ?? []) {
    const { target, protocol } = containerPort(entry);
    const port = `127.0.0.1::${target}${protocol === "tcp" ? "" : `/${protocol}`}`;
    if (!out.includes(port)) out.push(port);
  }
  if (ensure !== void 0 && !out.some((p) => containerPort(p).target === String(ensure))) out.push(`127.0.0.1::${ensure}`);
  return out;
}
function baseImageArgs(dockerfile, imageMap, given = {}) {
  const args = {};
  const used = new Set([...dockerfile.matchAll(/^\s*FROM\s+(?:--\S+\s+)*\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/gim)].map((m) => m[1]));
  for (const m of dockerfile.matchAll(/^\s*ARG\s+([A-Za-z_][A-Za-z0-9_]*)=(?:"([^"]*)"|'([^']*)'|(\S+))/gim)) {
    const name = m[1];
    const value = m[2] ?? m[3] ?? m[4] ?? "";
    if (!used.has(name) || name in given) continue;
    const mapped = mappedImage(value, imageMap);
    if (mapped !== value) args[name] = mapped;
  }
  return args;
}
function buildArgsOf(build) {
  if (!build || typeof build === "string" || !build.args) return {};
  if (Array.isArray(build.args)) return Object.fromEntries(build.args.map((a) => [a.split("=")[0], a.slice(a.indexOf("=") + 1)]));
  return build.args;
}
function dockerfileOf(build) {
  if (!build) return void 0;
  const context = typeof build === "string" ? build : build.context;
  if (!context || /^[a-z]+:\/\//i.test(context) || context.startsWith("git@")) return void 0;
  const file = typeof build === "string" ? "Dockerfile" : build.dockerfile ?? "Dockerfile";
  return path7.resolve(context, file);
}
function builtImageTag(runName, service) {
  return `${runName}-${service.toLowerCase().replace(/[^a-z0-9._-]+/g, "-")}:smoke`;
}
function planOverride(input) {
  const { model, candidate, runName } = input;
  const plan = { services: {}, built: [], changes: [], build: false };
  for (const [name, service] of Object.entries(model.services)) {
    const entry = { labels: { [SMOKE_LABEL]: runName } };
    const image = service.image;
    const released = image ? candidateFor(candidate, image) : void 0;
    if (released) {
      entry.image = released.ref;
      plan.changes.push(`${name}: image ${released.ref}`);
    } else if (service.build) {
      entry.image = builtImageTag(runName, name);
      plan.built.push(entry.image);
      plan.build = true;
      const dockerfile = dockerfileOf(service.build);
      const text = dockerfile ? input.readDockerfile(dockerfile) : void 0;
      const args = text ? baseImageArgs(text, candidate.imageMap, buildArgsOf(service.build)) : {};
      if (Object.keys(args).length) entry.buildArgs = args;
      plan.changes.push(`${name}: built as ${entry.image}${entry.buildArgs ? ` (${Object.entries(entry.buildArgs).map(([k, v]) => `${k}=${v}`).join(", ")})` : ""}`);
    } else if (image && mappedImage(image, candidate.imageMap) !== image) {
      entry.image = mappedImage(image, candidate.imageMap);
      plan.changes.push(`${name}: image ${entry.image}`);
    }
    if (name === input.service && input.environment?.length) {
      entry.environment = input.environment;
      plan.changes.push(`${name}: environment ${input.environment.map((e) => e.includes("=") ? e : `${e} (from the run)`).join(", ")}`);
    }
    const ports = loopbackPorts(service, name === input.service ? input.port : void 0);
    if (ports.length) {
      entry.ports = ports;
      plan.changes.push(`${name}: ports ${ports.join(", ")}`);
    }
    plan.services[name] = entry;
  }
  return plan;
}
function overrideYaml(plan, options) {
  const services = {};
  for (const [name, s] of Object.entries(plan.services)) {
    const out = {};
    if (s.image) out.image = s.image;
    if (s.buildArgs) out.build = { args: s.buildArgs };
    if (s.environment) out.environment = s.environment;
    out.labels = s.labels;
    if (s.ports && options.replacePorts) out.ports = s.ports;
    services[name] = out;
  }
  const doc = new import_yaml2.Document({ services }, { version: "1.1" });
  for (const name of Object.keys(services)) {
    const ports = doc.getIn(["services", name, "ports"], true);
    if (ports) ports.tag = "!override";
  }
  return `# Written by dot-ai-release smoke beside the user's files (never edited): images, build args, labels, loopback ports at random host ports.
${String(doc)}`;
}
function withPortsReplaced(model, plan) {
  const services = {};
  for (const [name, service] of Object.entries(model.services)) {
    const ports = plan.services[name]?.ports;
    services[name] = ports ? { ...service, ports } : service;
  }
  return { ...model, services };
}
function composeYaml(model) {
  return new import_yaml2.Document(model, { version: "1.1" }).toString();
}

// src/smoke/diagnostics.ts
async function snapshot(kubectl, namespace) {
  const items = await kubectl.get("pods,deployments,statefulsets,daemonsets,replicasets,events", { namespace });
  const of = (kind) => items.filter((i) => i.kind === kind);
  return {
    pods: of("Pod"),
    workloads: items.filter((i) => ["Deployment", "StatefulSet", "DaemonSet"].includes(i.kind)),
    replicaSets: of("ReplicaSet"),
    events: of("Event").sort((a, b) => eventTime(a) - eventTime(b))
  };
}
function eventTime(e) {
  const t = e.lastTimestamp ?? e.eventTime ?? e.metadata.creationTimestamp;
  return t ? Date.parse(t) : 0;
}
function isWorkloadPod(pod) {
  if (pod.metadata.labels?.["dot-ai-release.smoke/probe"]) return false;
  if (pod.metadata.annotations?.["helm.sh/hook"]) return false;
  const owners = pod.metadata.ownerReferences ?? [];
  return !owners.some((o) => o.kind === "Job");
}
function statuses(pod) {
  return [...pod.status?.initContainerStatuses ?? [], ...pod.status?.containerStatuses ?? []];
}
function conditions(obj) {
  return obj.status?.conditions ?? [];
}
function eventsOf(s, kind, name) {
  return s.events.filter((e) => {
    const involved = e.involvedObject;
    return involved?.kind === kind && involved.name === name;
  });
}
function message(e) {
  return String(e?.message ?? "").replace(/\s+/g, " ").trim();
}
var NOISE = /^(at\s|Node\.js v\d|[{}^]$|\^+$|code: |requireStack|throw\s|node:internal\/)/;
var TELLING = /error|fail|cannot|can't|refused|denied|not found|not writable|unreachable|invalid|missing|fatal|panic|exception/i;
function tellingLogLine(log, max = 240) {
  const lines = log.split("\n").map((l) => l.trim()).filter(Boolean).slice(-30);
  const meaningful = lines.filter((l) => !NOISE.test(l));
  const line = [...meaningful].reverse().find((l) => TELLING.test(l)) ?? meaningful.at(-1) ?? "";
  return line.length > max ? `${line.slice(0, max)}...` : line;
}
function lastLogLine(text) {
  return tellingLogLine(text.split("\n").filter((l) => !/^unable to retrieve container logs for [a-z]+:\/\/[0-9a-f]+\s*$/.test(l.trim())).join("\n"), 300) || void 0;
}
function podSecurityViolation(text) {
  const match = /violates PodSecurity "([^"]+)":\s*(.*)$/.exec(text);
  return match ? `Pod Security "${match[1]}" rejected the pods: ${match[2]}` : void 0;
}
function ready(obj) {
  const desired = Number(obj.spec?.replicas ?? 1);
  const st = obj.status ?? {};
  const n = (k) => Number(st[k] ?? 0);
  if (obj.kind === "Deployment") {
    const generation = Number(obj.metadata.generation ?? 0);
    const ok = n("observedGeneration") >= generation && n("updatedReplicas") >= desired && n("availableReplicas") >= desired;
    return { ok, text: `deployment ${obj.metadata.name} ${n("availableReplicas")}/${desired} available` };
  }
  if (obj.kind === "StatefulSet") return { ok: n("readyReplicas") >= desired, text: `statefulset ${obj.metadata.name} ${n("readyReplicas")}/${desired} ready` };
  const wanted = n("desiredNumberScheduled");
  return { ok: n("numberReady") >= wanted, text: `daemonset ${obj.metadata.name} ${n("numberReady")}/${wanted} ready` };
}
async function assess(kubectl, namespace, s, options) {
  const now = options.now ?? Date.now();
  const findings = [];
  const waiting = [];
  const rejected = /* @__PURE__ */ new Set();
  for (const e of s.events) {
    const text = message(e);
    const violation = e.reason === "FailedCreate" ? podSecurityViolation(text) : void 0;
    const involved = e.involvedObject;
    const key2 = `${involved.kind}/${involved.name}`;
    if (violation && !rejected.has(key2)) {
      rejected.add(key2);
      findings.push({ fatal: true, cause: `${violation.replace("rejected the pods", `rejected the pods of ${involved.kind} ${involved.name}`)}` });
    }
  }
  for (const pod of s.pods.filter(isWorkloadPod)) {
    const name = pod.metadata.name;
    const phase = String(pod.status?.phase ?? "");
    const started = Date.parse(String(pod.status?.startTime ?? pod.metadata.creationTimestamp ?? "")) || now;
    const podEvents = eventsOf(s, "Pod", name);
    const probeFailures = podEvents.filter((e) => e.reason === "Unhealthy");
    for (const c of statuses(pod)) {
      const reason = c.state?.waiting?.reason ?? "";
      const why = c.state?.waiting?.message ? `: ${c.state.waiting.message.replace(/\s+/g, " ").trim()}` : "";
      if (/^(ImagePullBackOff|ErrImageNeverPull|InvalidImageName)$/.test(reason)) {
        findings.push({ fatal: true, cause: `${reason}: pod ${name} container ${c.name} cannot get image ${c.image ?? "?"}${why}` });
      } else if (reason === "ErrImagePull") {
        findings.push({ fatal: false, cause: `ErrImagePull: pod ${name} container ${c.name} image ${c.image ?? "?"}${why}` });
      } else if (reason === "CrashLoopBackOff" || c.lastState?.terminated && (c.restartCount ?? 0) > 0 && !c.ready && reason !== "PodInitializing") {
        const exit = c.lastState?.terminated ?? c.state?.terminated;
        const previous = await kubectl.logs(name, { namespace, container: c.name, previous: true, tail: 30 });
        const line = lastLogLine(previous) ?? lastLogLine(await kubectl.logs(name, { namespace, container: c.name, tail: 30 }));
        const killedByProbe = podEvents.filter((e) => e.reason === "Killing" && /probe/i.test(message(e))).at(-1);
        const probe = probeFailures.at(-1);
        const parts = [
          `${reason === "CrashLoopBackOff" ? "CrashLoopBackOff" : "restarting"}: pod ${name} container ${c.name} exited${exit?.exitCode !== void 0 ? ` with code ${exit.exitCode}` : ""}${exit?.reason && exit.reason !== "Error" ? ` (${exit.reason})` : ""} after ${c.restartCount ?? 0} restart(s)`,
          killedByProbe ? `killed by its ${/liveness/i.test(message(killedByProbe)) ? "liveness" : "startup"} probe (${message(probe) || message(killedByProbe)})` : void 0,
          line ? `last log line: ${line}` : "no log output"
        ];
        findings.push({ fatal: reason === "CrashLoopBackOff", cause: parts.filter(Boolean).join("; ") });
      } else if (/^(CreateContainerConfigError|CreateContainerError|RunContainerError)$/.test(reason)) {
        findings.push({ fatal: now - started > (options.configPatienceMs ?? 3e4), cause: `${reason}: pod ${name} container ${c.name}${why}` });
      }
    }
    if (phase === "Pending") {
      const scheduled = conditions(pod).find((c) => c.type === "PodScheduled");
      if (scheduled?.status === "False") {
        findings.push({ fatal: false, cause: `pod ${name} Pending: ${scheduled.message ?? scheduled.reason ?? "not scheduled"}` });
      }
      waiting.push(`pod ${name} Pending`);
    } else if (phase === "Running") {
      const isReady = conditions(pod).some((c) => c.type === "Ready" && c.status === "True");
      if (!isReady) {
        waiting.push(`pod ${name} not Ready`);
        const readiness = probeFailures.filter((e) => /^(Readiness|Startup) probe/.test(message(e))).at(-1);
        const crashing = statuses(pod).some((c) => c.state?.waiting?.reason === "CrashLoopBackOff");
        if (readiness && !crashing) {
          const seconds = Math.round((now - started) / 1e3);
          findings.push({ fatal: now - started > options.readinessPatienceMs, cause: `pod ${name} not Ready after ${seconds} s: ${message(readiness)}` });
        }
      }
    }
  }
  const workloads = s.workloads.map(ready);
  for (const w of workloads) if (!w.ok) waiting.push(w.text);
  const workloadPods = s.pods.filter((p) => isWorkloadPod(p) && p.status?.phase !== "Succeeded" && p.status?.phase !== "Failed");
  const allPodsReady = workloadPods.every((p) => conditions(p).some((c) => c.type === "Ready" && c.status === "True"));
  const something = s.workloads.length > 0 || workloadPods.length > 0;
  findings.sort((a, b) => Number(b.fatal) - Number(a.fatal));
  return {
    ready: something && workloads.every((w) => w.ok) && allPodsReady,
    waiting: something ? [...new Set(waiting)].join(", ") || "rolling out" : "no workload or pod yet",
    findings
  };
}
function causeOf(a) {
  return a.findings[0]?.cause;
}
function safeName(text) {
  return text.replace(/[^A-Za-z0-9._-]+/g, "_").replace(/^\.+/, "_");
}
async function writeNamespaceDiagnostics(kubectl, namespace, write, extraTypes = []) {
  const out = safeName(namespace);
  const text = async (args) => {
    const r = await kubectl.run(args);
    return `${r.stdout}${r.stderr ? `
${r.stderr}` : ""}`;
  };
  const types = ["deployments", "statefulsets", "daemonsets", "replicasets", "pods", "services", "endpointslices", "persistentvolumeclaims", "networkpolicies", "poddisruptionbudgets", "horizontalpodautoscalers", ...extraTypes];
  write(`${out}/objects.txt`, await text(["get", [...types, "configmaps", "secrets", "serviceaccounts"].join(","), "--namespace", namespace, "-o", "wide"]));
  write(`${out}/events.txt`, await kubectl.events(namespace));
  write(`${out}/describe.txt`, await text(["describe", types.join(","), "--namespace", namespace]));
  let snap;
  try {
    snap = await snapshot(kubectl, namespace);
  } catch (error) {
    write(`${out}/snapshot-error.txt`, `${error.message}
`);
  }
  for (const pod of snap?.pods ?? []) {
    const containers = [
      ...pod.spec?.initContainers ?? [],
      ...pod.spec?.containers ?? []
    ];
    for (const c of containers) {
      const base = `${out}/logs/${safeName(`${pod.metadata.name}_${c.name}`)}`;
      write(`${base}.log`, await kubectl.logs(pod.metadata.name, { namespace, container: c.name, tail: 500 }) || "(no output)\n");
      const previous = await kubectl.logs(pod.metadata.name, { namespace, container: c.name, previous: true, tail: 500 });
      if (previous) write(`${base}.previous.log`, previous);
    }
  }
  if (!snap) return void 0;
  const assessment = await assess(kubectl, namespace, snap, { readinessPatienceMs: 0, configPatienceMs: 0 });
  write(`${out}/assessment.json`, `${JSON.stringify(assessment, null, 2)}
`);
  const nothing = assessment.ready || !(snap.pods.length || snap.workloads.length);
  return causeOf(assessment) ?? (nothing ? void 0 : `not ready: ${assessment.waiting}`);
}
function diagnosed(cause) {
  return /CrashLoopBackOff|restarting: pod|ImagePullBackOff|ErrImageNeverPull|InvalidImageName|Pod Security "|not Ready after|CreateContainerConfigError|CreateContainerError|RunContainerError|phase Failed/.test(cause ?? "");
}

// src/smoke/methods/compose.ts
var STATE_FILE = "compose-run.json";
var inFlight = /* @__PURE__ */ new Map();
function cliPreference(spec) {
  const raw = spec.env.COMPOSE_CLI ?? process.env.COMPOSE_CLI;
  if (raw === void 0 || raw === "") return void 0;
  if (raw !== "v1" && raw !== "v2") throw new UserError(`smoke method ${spec.name}: COMPOSE_CLI ${JSON.stringify(raw)} is not v1 or v2`);
  return raw;
}
function serviceOf(spec, services) {
  if (spec.service) {
    if (!services.includes(spec.service)) throw new UserError(`smoke method ${spec.name}: service ${spec.service} is not in ${spec.files.join(", ")} (services: ${services.join(", ") || "none"})`);
    return spec.service;
  }
  if (services.length === 1) return services[0];
  throw new UserError(`smoke method ${spec.name}: service: name the service that serves MCP (one of ${services.join(", ") || "none"})`);
}
async function containersOf(compose, signal) {
  const docker = new Docker();
  const views = [];
  for (const id of await compose.containerIds({ signal })) {
    const inspect = await docker.inspect(id);
    if (!inspect) continue;
    const state = inspect.State;
    const labels = inspect.Config?.Labels ?? {};
    const last = state.Health?.Log?.at(-1);
    views.push({
      id,
      name: String(inspect.Name ?? id).replace(/^\//, ""),
      service: labels["com.docker.compose.service"] ?? "?",
      status: state.Restarting ? "restarting" : state.Status,
      exitCode: state.ExitCode,
      restartCount: Number(inspect.RestartCount ?? 0),
      ...state.Health ? { health: { status: state.Health.Status, ...last ? { last: { exitCode: last.ExitCode, output: last.Output } } : {} } } : {}
    });
  }
  return views;
}
function oneLine(text, max = 240) {
  const line = text.trim().split("\n").map((l) => l.trim()).filter(Boolean).at(-1) ?? "";
  return line.length > max ? `${line.slice(0, max)}...` : line;
}
async function lastLogLine2(id) {
  return tellingLogLine(await new Docker().logs(id, 30).catch(() => ""));
}
async function failureOf(c, mcpService) {
  const who = `service ${c.service} (container ${c.name})`;
  const withLog = async (what) => {
    const log = await lastLogLine2(c.id);
    return `${who} ${what}${log ? `: ${log}` : ""}`;
  };
  if (c.status === "restarting" || c.restartCount > 0) return withLog(`keeps restarting (last exit code ${c.exitCode})`);
  if (c.status === "exited" || c.status === "dead") {
    if (c.exitCode !== 0 || c.service === mcpService) return withLog(`exited with code ${c.exitCode}`);
    return void 0;
  }
  if (c.health?.status === "unhealthy") {
    const last = c.health.last;
    const log = await lastLogLine2(c.id);
    return `${who} is unhealthy${last ? `: health check exit ${last.exitCode}${oneLine(last.output) ? `: ${oneLine(last.output)}` : ""}` : ""}${log ? `; its log: ${log}` : ""}`;
  }
  return void 0;
}
function describeState(c) {
  const last = c.health?.last;
  return `service ${c.service} (container ${c.name}) ${c.status}${c.health ? `, health ${c.health.status}${last ? ` (last check exit ${last.exitCode}${oneLine(last.output) ? `: ${oneLine(last.output)}` : ""})` : ""}` : ""}`;
}
function ready2(c) {
  return c.status === "running" && (c.health ? c.health.status === "healthy" : true);
}
function sleep2(ms, signal) {
  return new Promise((resolve) => {
    const onAbort = () => (clearTimeout(timer), resolve());
    const timer = setTimeout(() => (signal.removeEventListener("abort", onAbort), resolve()), ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
function repoFile(root, file, what) {
  const relative = path8.relative(root, resolveInRepo(root, file, what));
  return resolveRepoFile(root, relative, `${what}: ${file}`).absolute;
}
function declaredServices(root, spec) {
  const names = /* @__PURE__ */ new Set();
  for (const file of spec.files) {
    const absolute = repoFile(root, file, `smoke method ${spec.name}`);
    let model;
    try {
      model = parseCompose(readRepoText(root, path8.relative(root, absolute), `smoke method ${spec.name}: ${file}`));
    } catch (err) {
      throw new UserError(`smoke method ${spec.name}: ${file}: not YAML (${err.message.split("\n")[0]})`);
    }
    for (const name of Object.keys(model.services)) names.add(name);
  }
  return [...names];
}
var composeMethod = {
  preflight({ root, spec }) {
    if (spec.files.length === 0) throw new UserError(`smoke method ${spec.name}: files must name the compose file(s) a user runs`);
    serviceOf(spec, declaredServices(root, spec));
    cliPreference(spec);
  },
  async deploy(env) {
    const { spec, candidate, runName, signal } = env;
    const files = spec.files.map((f) => repoFile(env.root, f, `smoke method ${spec.name}`));
    const projectDir = path8.dirname(files[0]);
    const service = serviceOf(spec, declaredServices(env.root, spec));
    const cli = await findComposeCli(cliPreference(spec));
    const label = `Compose v${cli.major} ${cli.version}`;
    env.reporter.info(`${label} (${cli.command.join(" ")}), project ${runName}`);
    const { privateDir } = env;
    const given = Object.fromEntries(Object.entries(spec.env).filter(([k]) => k !== "COMPOSE_CLI"));
    const seeds = seedsFor(files.map((f) => readRepoText(env.root, path8.relative(env.root, f))), projectDir, existsSync5, given);
    const vars = {};
    const notes = [];
    for (const { variable, example, name } of seeds.examples) {
      const bytes = readRepoBytes(env.root, path8.relative(env.root, example), `smoke method ${spec.name}: ${variable}`);
      const copy = confinedPath(privateDir, `${variable}-${name}`, `smoke method ${spec.name}: ${variable}`);
      writeFileSync2(copy, bytes, { mode: 384 });
      vars[variable] = copy;
      notes.push(`${variable}: a copy of ${path8.relative(env.root, example)}`);
    }
    for (const { variable, fallback } of seeds.homePaths) {
      const standIn = confinedPath(privateDir, variable, `smoke method ${spec.name}: ${variable}`);
      writeFileSync2(standIn, homeStandIn(variable, fallback), { mode: 384 });
      vars[variable] = standIn;
      notes.push(`${variable}: ${homeStandIn(variable, fallback) ? "an empty kubeconfig" : "an empty file"} instead of ${fallback} (the runner's own files are never mounted)`);
    }
    Object.assign(vars, given);
    const processEnv = { ...process.env, ...vars, ...env.token && spec.auth?.env ? { [spec.auth.env]: env.token } : {} };
    const environment = [...Object.entries(SMOKE_SERVER_ENV).map(([k, v]) => `${k}=${v}`), ...env.token && spec.auth?.env ? [spec.auth.env] : []];
    const user = new Compose(cli, files, runName, processEnv);
    const model = parseCompose((await user.run(`${label} config`, ["config"], { signal, timeoutMs: 12e4 })).stdout);
    if (!model.services[service]) throw new UserError(`${spec.files.join(", ")}: no service ${service} after interpolation`);
    for (const finding of hostAccess(model)) env.warn(`${spec.files.join(", ")}: ${visible(finding)}: started as the file says; whoever follows it hands that container the host`);
    const plan = planOverride({
      model,
      candidate,
      service,
      port: spec.port,
      runName,
      environment,
      readDockerfile: (file) => existsSync5(file) ? readFileSync2(file, "utf8") : void 0
    });
    notes.push(...plan.changes);
    const override = path8.join(env.workDir, "compose.smoke-override.yml");
    let deployFiles;
    let how;
    if (supportsOverrideTag(cli)) {
      writeFileSync2(override, overrideYaml(plan, { replacePorts: true }));
      deployFiles = [...files, override];
      how = `${label}: ${spec.files.join(" + ")} + override ${path8.basename(override)} (ports: !override)`;
    } else {
      writeFileSync2(override, overrideYaml(plan, { replacePorts: false }));
      const merged = new Compose(cli, [...files, override], runName, processEnv);
      const mergedModel = parseCompose((await merged.run(`${label} config`, ["config"], { signal, timeoutMs: 12e4 })).stdout);
      const derived = path8.join(privateDir, "compose.smoke.yml");
      writeFileSync2(derived, composeYaml(withPortsReplaced(mergedModel, plan)), { mode: 384 });
      deployFiles = [derived];
      how = `${label}: compose's merged model of ${spec.files.join(" + ")} + override ${path8.basename(override)}, ports replaced in it (v${cli.major} merges port lists)`;
    }
    how += `, project ${runName}; ${plan.changes.filter((c) => /image|built/.test(c)).join("; ")}`;
    if (signal.aborted) throw signal.reason instanceof Error ? signal.reason : new UserError("cancelled");
    const state = { cli, files: deployFiles, project: runName, env: vars, service };
    env.write(STATE_FILE, `${JSON.stringify(state, null, 2)}
`);
    for (const ref of plan.built) env.cleanup.add({ kind: "docker-image", ref });
    env.cleanup.add({ kind: "compose-project", command: cli.command, files: deployFiles, project: runName, cwd: projectDir, env: vars });
    const compose = new Compose(cli, deployFiles, runName, processEnv);
    const stopUp = new AbortController();
    const onAbort = () => stopUp.abort();
    signal.addEventListener("abort", onAbort, { once: true });
    const up = compose.try(["up", "--detach", ...plan.build ? ["--build"] : []], {
      signal: stopUp.signal,
      timeoutMs: spec.timeoutMs,
      onLine: (line) => env.reporter.debug(line)
    });
    inFlight.set(runName, up);
    let upResult;
    void up.then((r) => upResult = r, () => void 0);
    try {
      for (; ; ) {
        if (signal.aborted) throw signal.reason instanceof Error ? signal.reason : new UserError("cancelled");
        const containers = await containersOf(compose, signal);
        for (const c of containers) {
          const failure = await failureOf(c, service);
          if (failure) throw new UserError(failure);
        }
        const finished = upResult;
        if (finished) {
          if (finished.code !== 0) throw new UserError(`${cli.command.join(" ")} up failed (exit ${finished.code}): ${oneLine(finished.stderr || finished.stdout)}`);
          const own = containers.filter((c) => c.service === service);
          if (own.length === 0) throw new UserError(`service ${service}: no container after up`);
          if (own.every(ready2)) break;
        }
        await sleep2(1e3, signal);
      }
    } finally {
      signal.removeEventListener("abort", onAbort);
      if (!upResult) stopUp.abort();
      const finished = await up.catch(() => void 0);
      inFlight.delete(runName);
      if (finished) env.write("up.log", `${finished.stdout}${finished.stderr}`);
    }
    const address = await compose.publishedAddress(service, spec.port, { signal });
    const watch = async () => {
      for (const c of await containersOf(compose)) {
        const failure = await failureOf(c, service);
        if (failure) return failure;
      }
      return void 0;
    };
    return { endpoints: [{ label: "published port", url: `http://${address}/` }], how, notes, watch };
  },
  async diagnose(env) {
    const stateFile = path8.join(env.workDir, STATE_FILE);
    if (!existsSync5(stateFile)) return void 0;
    const state = JSON.parse(readFileSync2(stateFile, "utf8"));
    await inFlight.get(state.project)?.catch(() => void 0);
    const compose = new Compose(state.cli, state.files, state.project, { ...process.env, ...state.env });
    const options = { signal: env.signal, timeoutMs: 12e4 };
    const write = (name, text) => void env.write(name, text.endsWith("\n") ? text : `${text}
`);
    const ps = await compose.try(["ps", "--all"], options);
    write("compose-ps.txt", `${ps.stdout}${ps.stderr}`);
    const logs = await compose.try(["logs", "--no-color", "--timestamps", "--tail", "500"], options);
    write("compose-logs.txt", `${logs.stdout}${logs.stderr}`);
    const config = await compose.try(["config"], options);
    write("compose-config.yml", config.code === 0 ? config.stdout : `# compose config failed (exit ${config.code})
${config.stderr}`);
    const docker = new Docker();
    const causes = [];
    const containers = await containersOf(compose, env.signal);
    const pending = [];
    for (const c of containers) {
      const failure = await failureOf(c, state.service);
      const done = c.status === "exited" && c.exitCode === 0 && c.service !== state.service;
      if (!failure && (done || ready2(c) && c.service !== state.service)) continue;
      const inspect = await docker.inspect(c.id);
      if (inspect) write(`${c.name}.inspect.json`, JSON.stringify(inspect, null, 2));
      if (failure) causes.push(failure);
      else if (!ready2(c)) pending.push(c);
    }
    if (causes.length) return causes.join("; ");
    const own = containers.filter((c) => c.service === state.service);
    if (own.length === 0 && containers.length === 0) return void 0;
    const waiting = pending.map(describeState);
    if (own.length === 0) return `service ${state.service} not started${waiting.length ? `; waiting for ${waiting.join("; ")}` : ""}`;
    return waiting.length ? waiting.join("; ") : void 0;
  }
};

// src/smoke/methods/docker.ts
import { chmodSync as chmodSync2, writeFileSync as writeFileSync3 } from "node:fs";
import path9 from "node:path";
var SESSION_DIR = "/app/sessions";
var RUN_USER = "10001:10001";
var PLUGINS_FILE = "/etc/dot-ai/plugins.json";
function envFileWith(text, override) {
  const seen = /* @__PURE__ */ new Set();
  const lines = (text.replace(/\n+$/, "") === "" ? [] : text.replace(/\n+$/, "").split("\n")).map((line) => {
    const key2 = /^\s*#?\s*([A-Za-z_][A-Za-z0-9_]*)=/.exec(line)?.[1];
    if (!key2 || !(key2 in override) || seen.has(key2)) return line;
    seen.add(key2);
    return `${key2}=${override[key2]}`;
  });
  for (const [key2, value] of Object.entries(override)) if (!seen.has(key2)) lines.push(`${key2}=${value}`);
  return `${lines.join("\n").replace(/\n*$/, "")}
`;
}
function pluginImage(plugin, candidate) {
  const released = candidateFor(candidate, plugin.image);
  if (released) return released.ref;
  const mapped = mappedImage(plugin.image, candidate.imageMap);
  if (mapped !== plugin.image) return mapped;
  return plugin.optional ? void 0 : plugin.image;
}
function pluginsFile(plugins) {
  return `${JSON.stringify(plugins.map((p) => ({ name: p.name, url: `http://${p.name}:${p.port}` })))}
`;
}
function labelArgs(env) {
  return ["--label", `dot-ai-release.smoke=${env.runName}`];
}
async function containerFailure(docker, name) {
  const state = await docker.state(name).catch(() => void 0);
  if (!state) return `container ${name} is gone`;
  if (state.Status === "exited" || state.Status === "dead") {
    const last = tellingLogLine(await docker.logs(name, 30));
    return `container ${name} exited with code ${state.ExitCode}${last ? `: ${last}` : ""}`;
  }
  if (state.Health?.Status === "unhealthy") {
    const log = state.Health.Log?.at(-1);
    return `container ${name} is unhealthy${log ? `: health check exit ${log.ExitCode}: ${log.Output.trim().split("\n").at(-1)}` : ""}`;
  }
  return void 0;
}
function containersOf2(env) {
  return [env.runName, `${env.runName}-qdrant`, ...env.spec.plugins.map((p) => `${env.runName}-${p.name}`)];
}
var dockerMethod = {
  preflight({ root, spec }) {
    const [envFile, ...more] = spec.files;
    if (more.length) throw new UserError(`smoke method ${spec.name}: files names one env file (the one a user copies), not ${spec.files.length}`);
    if (envFile) resolveRepoFile(root, path9.relative(root, resolveInRepo(root, envFile, `smoke method ${spec.name}: files[0]`)), `smoke method ${spec.name}: ${envFile}`);
    if (spec.auth && !spec.auth.env) throw new UserError(`smoke method ${spec.name}: auth.env: name the variable the server reads its token from (e.g. DOT_AI_AUTH_TOKEN)`);
  },
  async deploy(env) {
    const docker = new Docker();
    const { spec, candidate, runName } = env;
    const port = spec.port;
    const notes = [];
    checkpoint(env);
    env.cleanup.add({ kind: "docker-network", name: runName });
    await docker.createNetwork(runName, { "dot-ai-release.smoke": runName });
    const qdrant = `${runName}-qdrant`;
    checkpoint(env);
    env.cleanup.add({ kind: "docker-container", name: qdrant });
    await docker.runContainer(`docker run ${candidate.qdrantImage}`, ["--name", qdrant, "--network", runName, "--network-alias", "qdrant", ...labelArgs(env), candidate.qdrantImage]);
    const plugins = [];
    for (const plugin of spec.plugins) {
      const image = pluginImage(plugin, candidate);
      if (!image) {
        notes.push(`plugin ${plugin.name} not deployed: no image of ${plugin.image} among the release's images or the image map`);
        continue;
      }
      const name = `${runName}-${plugin.name}`;
      const pluginEnv = { QDRANT_URL: "http://qdrant:6333", PORT: String(plugin.port), ...plugin.env };
      checkpoint(env);
      env.cleanup.add({ kind: "docker-container", name });
      await docker.runContainer(`docker run ${image}`, [
        "--name",
        name,
        "--network",
        runName,
        "--network-alias",
        plugin.name,
        "--read-only",
        "--tmpfs",
        "/tmp:rw,size=64m,mode=1777",
        "--cap-drop",
        "ALL",
        "--security-opt",
        "no-new-privileges",
        "--memory",
        "512m",
        ...Object.entries(pluginEnv).flatMap(([k, v]) => ["-e", `${k}=${v}`]),
        ...labelArgs(env),
        image
      ]);
      plugins.push(plugin);
      notes.push(`plugin ${plugin.name}: ${image} beside it (QDRANT_URL http://qdrant:6333), listed in ${PLUGINS_FILE}`);
    }
    const volume = `${runName}-sessions`;
    checkpoint(env);
    env.cleanup.add({ kind: "docker-volume", name: volume });
    await docker.createVolume(volume, { "dot-ai-release.smoke": runName });
    checkpoint(env);
    await docker.runToCompletion("chown of the sessions volume", ["--network", "none", "--user", "0:0", "--cap-drop", "ALL", "--cap-add", "CHOWN", "--entrypoint", "chown", "-v", `${volume}:/mnt/sessions`, candidate.image.ref, "10001:10001", "/mnt/sessions"]);
    const { privateDir } = env;
    const envFile = path9.join(privateDir, ".env");
    const [example] = spec.files;
    const text = example ? readRepoText(env.root, path9.relative(env.root, resolveInRepo(env.root, example, `smoke method ${spec.name}: files[0]`)), `smoke method ${spec.name}: ${example}`) : "";
    const override = { QDRANT_URL: "http://qdrant:6333", DOT_AI_SESSION_DIR: SESSION_DIR, ...SMOKE_SERVER_ENV, ...spec.env, ...env.token && spec.auth?.env ? { [spec.auth.env]: env.token } : {} };
    writeFileSync3(envFile, envFileWith(text, override), { mode: 384 });
    chmodSync2(envFile, 384);
    const kubeconfig = env.write("kubeconfig", "apiVersion: v1\nkind: Config\nclusters: []\ncontexts: []\nusers: []\n");
    const mounts = ["-v", `${kubeconfig}:/etc/dot-ai/kubeconfig:ro`];
    if (plugins.length) mounts.push("-v", `${env.write("plugins.json", pluginsFile(plugins))}:${PLUGINS_FILE}:ro`);
    checkpoint(env);
    env.cleanup.add({ kind: "docker-container", name: runName });
    await docker.runContainer(`docker run ${candidate.image.ref}`, [
      "--name",
      runName,
      "--network",
      runName,
      "--user",
      RUN_USER,
      "--read-only",
      "--tmpfs",
      "/tmp:rw,size=128m,mode=1777",
      "--tmpfs",
      "/app/tmp:rw,size=128m,uid=10001,gid=10001,mode=0700",
      "-v",
      `${volume}:${SESSION_DIR}:nocopy`,
      ...mounts,
      "--env-file",
      envFile,
      "-e",
      "HOME=/tmp",
      "-e",
      "KUBECONFIG=/etc/dot-ai/kubeconfig",
      "--cap-drop",
      "ALL",
      "--security-opt",
      "no-new-privileges",
      "--memory",
      "512m",
      "--cpus",
      "0.5",
      "-p",
      `127.0.0.1::${port}`,
      ...labelArgs(env),
      candidate.image.ref
    ]);
    const others = plugins.map((p) => `${runName}-${p.name}`);
    await waitFor(`container ${runName} healthy`, env.signal, async () => {
      for (const name of [runName, ...others]) {
        const failure = await containerFailure(docker, name);
        if (failure) throw new UserError(failure);
      }
      const state = await docker.state(runName);
      return state.Health ? state.Health.Status === "healthy" : state.Status === "running";
    });
    const address = await docker.publishedAddress(runName, port);
    const given = [example ? `${example} (copied to a 0600 .env` : "an env file of its own (0600", "QDRANT_URL pointed at a Qdrant container on the run's network", ...env.token ? [`a generated ${spec.auth?.env}`] : []].join(", ");
    return {
      endpoints: [{ label: "published port", url: `http://${address}/` }],
      watch: async () => {
        for (const name of [runName, ...others]) {
          const failure = await containerFailure(docker, name);
          if (failure) return failure;
        }
        return void 0;
      },
      how: `docker run of ${candidate.image.ref} with ${given})${plugins.length ? ` and ${plugins.map((p) => p.name).join(", ")} beside it` : ""}`,
      notes
    };
  },
  async diagnose(env) {
    const docker = new Docker();
    const parts = [];
    for (const name of containersOf2(env)) {
      const inspect = await docker.inspect(name);
      if (!inspect && name !== env.runName) continue;
      env.write(`${name}.inspect.json`, `${JSON.stringify(inspect ?? null, null, 2)}
`);
      env.write(`${name}.log`, inspect ? await docker.logs(name, 200) : "(no such container)\n");
      const failure = inspect ? await containerFailure(docker, name) : void 0;
      if (failure) parts.push(failure);
    }
    return parts.length ? parts.join("; ") : void 0;
  }
};

// src/smoke/methods/helm.ts
var import_yaml4 = __toESM(require_dist(), 1);
import { existsSync as existsSync6, statSync as statSync2, writeFileSync as writeFileSync4 } from "node:fs";
import path10 from "node:path";

// src/smoke/methods/kubernetes.ts
var import_yaml3 = __toESM(require_dist(), 1);
import { randomBytes as randomBytes3 } from "node:crypto";
function podSecurityLabels(level) {
  return {
    "pod-security.kubernetes.io/enforce": level,
    "pod-security.kubernetes.io/enforce-version": "latest",
    "pod-security.kubernetes.io/warn": "restricted",
    "pod-security.kubernetes.io/audit": "restricted"
  };
}
var RESTRICTED = podSecurityLabels("restricted");
function podSecurityWarnings(warnings) {
  return warnings.map((w) => w.replace(/^Warning:\s*/, "")).filter((w) => /would violate PodSecurity/.test(w));
}
function lowerLevelWarning(env, warnings) {
  const level = env.spec.podSecurity;
  if (level === "restricted") return void 0;
  const seen = [...new Set(podSecurityWarnings(warnings).map((w) => w.replace(/^.*?would violate PodSecurity "restricted:[^"]*":\s*/, "")))];
  return seen.length ? `runs with Pod Security "${level}" (podSecurity), not "restricted": restricted would refuse it: ${seen.join("; ")}` : `runs with Pod Security "${level}" (podSecurity), not "restricted" (the API server warned of nothing restricted would refuse: the method could run restricted)`;
}
var SMOKE_LABEL2 = "dot-ai-release.smoke";
var READINESS_PATIENCE_MS = 6e4;
var CLUSTER_SCOPED = /* @__PURE__ */ new Set([
  "Namespace",
  "ClusterRole",
  "ClusterRoleBinding",
  "CustomResourceDefinition",
  "PriorityClass",
  "StorageClass",
  "PersistentVolume",
  "ValidatingWebhookConfiguration",
  "MutatingWebhookConfiguration",
  "ValidatingAdmissionPolicy",
  "ValidatingAdmissionPolicyBinding",
  "IngressClass",
  "RuntimeClass",
  "APIService",
  "CSIDriver",
  "VolumeSnapshotClass",
  "GatewayClass"
]);
function isClusterScoped(kind) {
  return CLUSTER_SCOPED.has(kind);
}
function clusterOf(env) {
  const cluster = env.cluster;
  if (!cluster?.kubectl) throw new UserError(`smoke method ${env.spec.name}: needs a Kubernetes cluster (provider kind or cluster)`);
  return cluster;
}
function parseManifests(text) {
  const out = [];
  for (const doc of (0, import_yaml3.parseAllDocuments)(text)) {
    if (doc.errors.length) throw new UserError(`manifest: ${doc.errors[0]?.message ?? "not YAML"}`);
    const value = doc.toJSON();
    if (!value || typeof value !== "object") continue;
    if (value.kind?.endsWith("List") && Array.isArray(value.items)) out.push(...value.items);
    else out.push(value);
  }
  return out;
}
function imagesOf(objects) {
  const found = /* @__PURE__ */ new Set();
  const walk = (node, inContainers) => {
    if (Array.isArray(node)) for (const n of node) walk(n, inContainers);
    else if (node && typeof node === "object") {
      for (const [k, v] of Object.entries(node)) {
        if (k === "image" && inContainers && typeof v === "string") found.add(v);
        walk(v, inContainers || k === "containers" || k === "initContainers");
      }
    }
  };
  walk(objects, false);
  return [...found];
}
function dnsLabel(base, suffix = "") {
  const clean = base.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "");
  return `${clean.slice(0, 63 - suffix.length).replace(/-+$/, "")}${suffix}`;
}
async function createNamespace(env, kubectl, name, labels = podSecurityLabels(env.spec.podSecurity)) {
  const cluster = clusterOf(env);
  checkpoint(env);
  const manifest = { apiVersion: "v1", kind: "Namespace", metadata: { name, labels: { ...labels, [SMOKE_LABEL2]: env.runName } } };
  env.cleanup.add({ kind: "namespace", kubeconfig: cluster.kubeconfig, context: cluster.context, name });
  await kubectl.create(JSON.stringify(manifest));
  const deadline = Date.now() + 6e4;
  while ((await kubectl.run(["get", "serviceaccount", "default", "--namespace", name])).code !== 0) {
    if (Date.now() > deadline) throw new UserError(`namespace ${name}: no default ServiceAccount after 60 s`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return name;
}
function placeholder() {
  return `smoke-placeholder-${randomBytes3(6).toString("hex")}`;
}
function missingSecrets(objects, namespace, keys = {}, values = []) {
  const defined = new Set(objects.filter((o) => o.kind === "Secret").map((o) => o.metadata.name));
  const wanted = /* @__PURE__ */ new Map();
  for (const { secret, key: key2, value } of values) {
    if (defined.has(secret)) continue;
    const data = wanted.get(secret) ?? /* @__PURE__ */ new Map();
    data.set(key2, value);
    wanted.set(secret, data);
  }
  const want = (name, key2) => {
    if (!name || defined.has(name)) return;
    const secret = wanted.get(name) ?? /* @__PURE__ */ new Map();
    wanted.set(name, secret);
    if (key2 && !secret.has(key2)) secret.set(key2, keys[key2] ?? placeholder());
  };
  const wholes = /* @__PURE__ */ new Set();
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== "object") return;
    const o = node;
    const ref = (v) => v && typeof v === "object" ? v : {};
    if (o.secretRef) {
      const r = ref(o.secretRef);
      if (r.name && !r.optional) {
        want(r.name);
        wholes.add(r.name);
      }
    }
    if (o.secretKeyRef) {
      const r = ref(o.secretKeyRef);
      if (r.name && !r.optional) want(r.name, r.key);
    }
    if (o.secret && typeof o.secret === "object" && ref(o.secret).secretName && !ref(o.secret).optional) want(ref(o.secret).secretName);
    for (const v of Object.values(o)) walk(v);
  };
  walk(objects.filter((o) => o.kind !== "Secret"));
  for (const name of wholes) for (const key2 of Object.keys(keys)) want(name, key2);
  const shared = /* @__PURE__ */ new Map();
  return [...wanted].map(([name, data]) => ({
    apiVersion: "v1",
    kind: "Secret",
    metadata: { name, namespace, labels: { [SMOKE_LABEL2]: "placeholder" } },
    type: "Opaque",
    stringData: Object.fromEntries([...data].map(([k, v]) => {
      if (!shared.has(k)) shared.set(k, v);
      return [k, shared.get(k)];
    }))
  }));
}
function secretSourcesOf(objects, variable) {
  const sources = [];
  let literal = false;
  const add = (secret, key2) => {
    if (secret && key2 && !sources.some((s) => s.secret === secret && s.key === key2)) sources.push({ secret, key: key2 });
  };
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== "object") return;
    const o = node;
    if (Array.isArray(o.env)) {
      for (const e of o.env) {
        if (e?.name !== variable) continue;
        if (e.valueFrom?.secretKeyRef) add(e.valueFrom.secretKeyRef.name, e.valueFrom.secretKeyRef.key);
        else if (e.value !== void 0) literal = true;
      }
    }
    if (Array.isArray(o.envFrom)) for (const e of o.envFrom) add(e?.secretRef?.name, variable);
    if (Array.isArray(o.secrets)) {
      for (const e of o.secrets) if (e?.targetEnvName === variable) add(e.name, e.key);
    }
    for (const v of Object.values(o)) walk(v);
  };
  walk(objects.filter((o) => o.kind !== "Secret"));
  return { sources, literal };
}
function giveToken(objects, variable, token, where) {
  const { sources, literal } = secretSourcesOf(objects, variable);
  if (sources.length === 0) {
    throw new UserError(`${where}: no container reads ${variable} from a Secret${literal ? ` (it is set to a literal value)` : ""}: the deployment cannot be given the run's token (set the method's auth.env to the variable that holds it, or auth: false)`);
  }
  const inPlace = [];
  const patched = objects.map((o) => {
    if (o.kind !== "Secret") return o;
    const keys = sources.filter((s) => s.secret === o.metadata.name).map((s) => s.key);
    if (!keys.length) return o;
    inPlace.push(o.metadata.name);
    const data = { ...o.data ?? {} };
    const stringData = { ...o.stringData ?? {} };
    for (const key2 of keys) {
      delete data[key2];
      stringData[key2] = token;
    }
    return { ...o, data, stringData };
  });
  const defined = new Set(objects.filter((o) => o.kind === "Secret").map((o) => o.metadata.name));
  return { objects: patched, values: sources.filter((s) => !defined.has(s.secret)), inPlace };
}
function withServerEnv(objects, serverRef, variables) {
  const add = (env) => {
    const list = Array.isArray(env) ? [...env] : [];
    for (const [name, value] of Object.entries(variables)) if (!list.some((e) => e?.name === name)) list.push({ name, value });
    return list;
  };
  const walk = (node) => {
    if (Array.isArray(node)) return node.map(walk);
    if (!node || typeof node !== "object") return node;
    const o = { ...node };
    for (const [k, v] of Object.entries(o)) o[k] = walk(v);
    if (o.image === serverRef && typeof o.name === "string") o.env = add(o.env);
    return o;
  };
  return objects.map((o) => {
    const out = walk(o);
    if (o.kind === "MCPServer" && out.spec && typeof out.spec === "object" && out.spec.image === serverRef) out.spec = { ...out.spec, env: add(out.spec.env) };
    return out;
  });
}
function envExampleKeys(text) {
  const out = {};
  for (const line of text.split("\n")) {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (m?.[1]) out[m[1]] = m[2]?.trim() ? m[2].trim() : placeholder();
  }
  return out;
}
var QDRANT_NAME = "smoke-qdrant";
async function deployQdrantBeside(env, kubectl, namespace) {
  const labels = { "app.kubernetes.io/name": QDRANT_NAME, [SMOKE_LABEL2]: env.runName };
  const security = {
    pod: { runAsNonRoot: true, runAsUser: 1e3, runAsGroup: 1e3, fsGroup: 1e3, seccompProfile: { type: "RuntimeDefault" } },
    container: { runAsNonRoot: true, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ["ALL"] }, seccompProfile: { type: "RuntimeDefault" } }
  };
  const objects = [
    {
      apiVersion: "apps/v1",
      kind: "Deployment",
      metadata: { name: QDRANT_NAME, namespace, labels },
      spec: {
        replicas: 1,
        selector: { matchLabels: { "app.kubernetes.io/name": QDRANT_NAME } },
        template: {
          metadata: { labels },
          spec: {
            automountServiceAccountToken: false,
            securityContext: security.pod,
            containers: [
              {
                name: "qdrant",
                image: env.candidate.qdrantImage,
                imagePullPolicy: "IfNotPresent",
                securityContext: security.container,
                env: [{ name: "QDRANT__TELEMETRY_DISABLED", value: "true" }],
                ports: [{ name: "http", containerPort: 6333 }],
                readinessProbe: { httpGet: { path: "/readyz", port: "http" }, periodSeconds: 2 },
                resources: { requests: { cpu: "10m", memory: "64Mi" }, limits: { cpu: "500m", memory: "512Mi" } },
                volumeMounts: ["storage:/qdrant/storage", "snapshots:/qdrant/snapshots", "tmp:/tmp"].map((m) => ({ name: m.split(":")[0], mountPath: m.split(":")[1] }))
              }
            ],
            volumes: ["storage", "snapshots", "tmp"].map((name) => ({ name, emptyDir: {} }))
          }
        }
      }
    },
    {
      apiVersion: "v1",
      kind: "Service",
      metadata: { name: QDRANT_NAME, namespace, labels },
      spec: { selector: { "app.kubernetes.io/name": QDRANT_NAME }, ports: [{ name: "http", port: 6333, targetPort: "http" }] }
    }
  ];
  await clusterOf(env).ensureImages([env.candidate.qdrantImage]);
  checkpoint(env);
  await kubectl.apply(objects.map((o) => JSON.stringify(o)).join("\n---\n"));
  return `http://${QDRANT_NAME}.${namespace}.svc.cluster.local:6333`;
}
async function waitNamespaceReady(env, kubectl, namespace, what, extra) {
  let last;
  let checks = 0;
  for (; ; ) {
    if (env.signal.aborted) {
      const reason = env.signal.reason?.message ?? "cancelled";
      throw new UserError(`${what}: not ready after ${checks} checks (${reason}): ${last?.findings[0]?.cause ?? last?.waiting ?? "nothing observed"}`);
    }
    checks++;
    const ok = extra ? await extra() : true;
    last = await assess(kubectl, namespace, await snapshot(kubectl, namespace), { readinessPatienceMs: READINESS_PATIENCE_MS });
    const fatal = last.findings.find((f) => f.fatal);
    if (fatal) throw new UserError(`${what}: ${fatal.cause}`);
    if (ok && last.ready) return;
    await new Promise((resolve) => {
      const done = () => (clearTimeout(timer), env.signal.removeEventListener("abort", done), resolve());
      const timer = setTimeout(done, 2e3);
      env.signal.addEventListener("abort", done, { once: true });
    });
  }
}
function namespaceWatch(kubectl, namespace) {
  return async () => {
    const found = await assess(kubectl, namespace, await snapshot(kubectl, namespace), { readinessPatienceMs: READINESS_PATIENCE_MS });
    return found.findings.find((f) => f.fatal)?.cause;
  };
}
async function servicePort(kubectl, namespace, service, port) {
  const [svc] = await kubectl.get(`service/${service}`, { namespace }).catch((e) => {
    throw new UserError(`Service ${service} in ${namespace}: ${e.message.split("\n")[0]} (set the method's service to the Service that serves MCP)`);
  });
  const ports = svc?.spec?.ports ?? [];
  const match = ports.find((p) => p.port === port || p.targetPort === port) ?? (ports.length === 1 ? ports[0] : void 0);
  if (!match) throw new UserError(`Service ${service} in ${namespace}: no port ${port} among ${ports.map((p) => p.port).join(", ") || "none"} (set the method's port)`);
  return match.port;
}
async function serviceEndpoints(env, kubectl, namespace, service, label = "") {
  const port = await servicePort(kubectl, namespace, service, env.spec.port);
  checkpoint(env);
  const forward = await kubectl.portForward(`service/${service}`, port, namespace);
  env.cleanup.add({ kind: "process", pid: forward.pid, match: "port-forward" });
  const prefix = label ? `${label}: ` : "";
  return [
    { label: `${prefix}port-forward to Service ${service}`, url: `http://127.0.0.1:${forward.localPort}/` },
    { label: `${prefix}Service ${service} (in cluster)`, inCluster: { namespace, url: `http://${service}.${namespace}.svc.cluster.local:${port}/` } }
  ];
}
async function ensureImagesOf(env, objects) {
  const custom = objects.map((o) => o.spec?.image).filter((i) => typeof i === "string");
  await clusterOf(env).ensureImages([...imagesOf(objects), ...custom]);
}
var PROBE_POD_CPU = 10;
async function readyToApply(env, objects, options = {}) {
  await ensureImagesOf(env, objects);
  await clusterOf(env).reserveRoom(env.runName, cpuRequestsOf(objects, options) + PROBE_POD_CPU, env.signal, (line) => env.reporter.info(line));
}
function registerClusterScoped(env, objects) {
  const cluster = clusterOf(env);
  for (const o of objects) {
    if (!isClusterScoped(o.kind) || o.kind === "Namespace" || o.kind === "CustomResourceDefinition") continue;
    const group = o.apiVersion.includes("/") ? `.${o.apiVersion.split("/")[0]}` : "";
    env.cleanup.add({ kind: "cluster-object", kubeconfig: cluster.kubeconfig, context: cluster.context, resource: `${o.kind.toLowerCase()}${group}`, name: o.metadata.name });
  }
}
async function allOrFirstFailure(env, parts) {
  const stop = new AbortController();
  const sub = { ...env, signal: AbortSignal.any([env.signal, stop.signal]) };
  let first;
  const settled = await Promise.allSettled(
    parts.map(
      (part) => part(sub).catch((error) => {
        if (first === void 0) first = error;
        stop.abort(error);
        throw error;
      })
    )
  );
  if (first !== void 0) throw first;
  return settled.map((r) => r.value);
}
function secondsLeft(deadline, reserveSeconds = 10) {
  return Math.max(15, Math.floor((deadline - Date.now()) / 1e3) - reserveSeconds);
}

// src/smoke/methods/helm.ts
function isObject(v) {
  return Boolean(v) && typeof v === "object" && !Array.isArray(v);
}
function mergeValues(base, over) {
  const out = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = isObject(v) && isObject(out[k]) ? mergeValues(out[k], v) : v;
  return out;
}
function key(k) {
  return k.replace(/([.,=\\])/g, "\\$1");
}
function join(at, k) {
  return typeof k === "number" ? `${at}[${k}]` : at ? `${at}.${key(k)}` : key(k);
}
function imageValueOverrides(values, candidate, byValuesPath = false) {
  const sets = [];
  const released = /* @__PURE__ */ new Set();
  const walk = (node, at) => {
    if (Array.isArray(node)) return node.forEach((n, i) => walk(n, join(at, i)));
    if (!isObject(node)) return;
    if (typeof node.repository === "string") {
      const registry = typeof node.registry === "string" && node.registry ? `${node.registry}/` : "";
      const full = `${registry}${node.repository}`;
      const tagged = typeof node.tag === "string" && node.tag ? `${full}:${node.tag}` : full;
      let target;
      const own = candidateFor(candidate, full);
      if (own) {
        released.add(own.repository);
        target = { repository: own.localRepository, tag: own.localTag };
        sets.push(`${join(at, "pullPolicy")}=IfNotPresent`);
      } else {
        const mapped = mappedImage(tagged, candidate.imageMap);
        if (mapped !== tagged) target = splitImageName(mapped);
      }
      if (target) {
        if (registry) sets.push(`${join(at, "registry")}=`);
        sets.push(`${join(at, "repository")}=${target.repository}`);
        if (target.tag || "tag" in node) sets.push(`${join(at, "tag")}=${target.tag ?? ""}`);
        if ("digest" in node || target.digest) sets.push(`${join(at, "digest")}=${target.digest ?? ""}`);
      }
    }
    for (const [k, v] of Object.entries(node)) {
      if (typeof v === "string" && /^[a-z0-9][\w./-]*(:[\w.-]+)?(@sha256:[0-9a-f]{64})?$/.test(v) && v.includes("/") && k.toLowerCase().includes("image")) {
        const own = candidateFor(candidate, v);
        if (own) {
          released.add(own.repository);
          sets.push(`${join(at, k)}=${own.ref}`);
        } else {
          const mapped = mappedImage(v, candidate.imageMap);
          if (mapped !== v) sets.push(`${join(at, k)}=${mapped}`);
        }
      } else if (typeof v === "object") walk(v, join(at, k));
    }
  };
  walk(values, "");
  if (byValuesPath) {
    for (const image of candidate.images) {
      if (released.has(image.repository) || !image.valuesPath) continue;
      const keys = image.valuesPath.split(".");
      const tagKey = keys.pop();
      const block = keys.reduce((node, key2) => isObject(node) ? node[key2] : void 0, values);
      if (!tagKey || !keys.length || !isObject(block)) continue;
      const at = keys.join(".");
      released.add(image.repository);
      sets.push(`${at}.repository=${image.localRepository}`, `${at}.${tagKey}=${image.localTag}`, `${at}.pullPolicy=IfNotPresent`);
    }
  }
  return { setStrings: sets, found: released.has(candidate.image.repository), released: [...released] };
}
function qdrantUrlKey(values) {
  let found;
  const walk = (node, at, underQdrant) => {
    if (!isObject(node) || found) return;
    for (const [k, v] of Object.entries(node)) {
      const here = join(at, k);
      const q = underQdrant || /qdrant/i.test(k);
      if (q && /^(url|QDRANT_URL)$/.test(k) && (typeof v === "string" || v === null)) found ??= here;
      else walk(v, here, q);
    }
  };
  walk(values, "", false);
  return found;
}
function sameDir(a, b) {
  return path10.posix.normalize(a.replace(/\\/g, "/")).replace(/\/+$/, "") === path10.posix.normalize(b.replace(/\\/g, "/")).replace(/\/+$/, "");
}
function chartOf(env) {
  const { spec, candidate, root } = env;
  const [own, ...more] = spec.files;
  if (more.length) throw new UserError(`smoke method ${spec.name}: files names one chart directory, not ${spec.files.length}`);
  const chart = candidate.chart;
  if (own !== void 0) {
    const dir = resolveInRepo(root, own, `smoke method ${spec.name}: files[0]`);
    assertInsideRepo(root, dir, `smoke method ${spec.name}: files[0]`);
    if (!chart || chart.byDefault) return dir;
    if (chart.source !== void 0 && sameDir(chart.source, own) || chart.kind === "dir" && path10.resolve(chart.path) === path10.resolve(dir)) return chart.path;
    const candidateName = chart.source ?? chart.path;
    throw new UserError(`smoke method ${spec.name}: files names the chart ${own}, but the candidate chart is ${candidateName}${chart.kind === "package" ? " (a package)" : ""}: a method deploys what its files name; leave files out to deploy the candidate, or name the same chart`);
  }
  if (!chart) throw new UserError(`smoke method ${spec.name}: no chart to install (this repository has no chart; name the chart directory in files, or give input chart)`);
  return chart.path;
}
function releaseOf(env) {
  return env.spec.service ?? "dot-ai";
}
function valueAt(dotted, value) {
  const keys = dotted.split(/(?<!\\)\./).map((k) => k.replace(/\\\./g, "."));
  return keys.reduceRight((inner, key2) => ({ [key2]: inner }), value);
}
function privateValues(env, values) {
  let out = {};
  const notes = [];
  if (env.token && env.spec.auth?.set) {
    out = mergeValues(out, valueAt(env.spec.auth.set, env.token));
    notes.push(`a generated token in ${env.spec.auth.set} (a private values file)`);
  }
  if (Array.isArray(values.extraEnv)) {
    const current = values.extraEnv;
    const added = Object.entries(SMOKE_SERVER_ENV).filter(([name]) => !current.some((e) => e?.name === name)).map(([name, value]) => ({ name, value }));
    if (added.length) {
      out.extraEnv = [...current, ...added];
      notes.push(`extraEnv: ${added.map((e) => `${e.name}=${e.value}`).join(", ")}`);
    }
  }
  return { values: out, notes };
}
var helmMethod = {
  preflight(env) {
    const chart = chartOf(env);
    const shown = path10.relative(env.root, chart) || chart;
    if (!existsSync6(chart)) throw new UserError(`smoke method ${env.spec.name}: chart ${shown} not found`);
    if (statSync2(chart).isDirectory() && !existsSync6(path10.join(chart, "Chart.yaml"))) throw new UserError(`smoke method ${env.spec.name}: ${shown} holds no Chart.yaml`);
    for (const f of env.spec.values) resolveRepoFile(env.root, path10.relative(env.root, resolveInRepo(env.root, f, `smoke method ${env.spec.name}: values`)), `smoke method ${env.spec.name}: values file ${f}`);
    if (env.spec.auth && !env.spec.auth.set && !env.spec.auth.env) throw new UserError(`smoke method ${env.spec.name}: auth: name the chart value that holds the token (auth.set, e.g. secrets.auth.token) or the variable read from a Secret (auth.env)`);
  },
  async deploy(env) {
    const deadline = Date.now() + env.spec.timeoutMs;
    const cluster = clusterOf(env);
    const { kubectl } = cluster;
    const helm = new Helm();
    const target = { kubeconfig: cluster.kubeconfig, context: cluster.context };
    const chart = chartOf(env);
    const release = releaseOf(env);
    const namespace = await createNamespace(env, kubectl, env.runName);
    const valuesFiles = env.spec.values.map((f) => path10.join(env.root, f));
    let values = (0, import_yaml4.parse)(await helm.showValues(chart)) ?? {};
    for (const f of env.spec.values) values = mergeValues(values, (0, import_yaml4.parse)(readRepoText(env.root, path10.normalize(f))) ?? {});
    const images = imageValueOverrides(values, env.candidate, true);
    const setStrings = [...images.setStrings];
    if (!images.found) {
      env.reporter.warning(`the chart's values name no image ${env.candidate.image.repository}: setting image.repository, image.tag and image.pullPolicy`);
      setStrings.push(`image.repository=${env.candidate.image.localRepository}`, `image.tag=${env.candidate.image.localTag}`, "image.pullPolicy=IfNotPresent");
    }
    const sets = [];
    let qdrantUrl;
    if (env.spec.externalQdrant) {
      const urlKey = qdrantUrlKey(values);
      if (!urlKey) throw new UserError(`smoke method ${env.spec.name}: expects an external Qdrant, but no Qdrant URL value is in the chart's values (name it in the method's set, e.g. qdrant.external.url)`);
      qdrantUrl = await deployQdrantBeside(env, kubectl, namespace);
      if (!Object.keys(env.spec.set).includes(urlKey)) setStrings.push(`${urlKey}=${qdrantUrl}`);
    }
    sets.push(...Object.entries(env.spec.set).map(([k, v]) => `${k}=${v}`));
    const { privateDir } = env;
    const own = privateValues(env, values);
    const allValues = [...valuesFiles];
    if (Object.keys(own.values).length) {
      const file = path10.join(privateDir, "smoke-values.yaml");
      writeFileSync4(file, (0, import_yaml4.stringify)(own.values), { mode: 384 });
      allValues.push(file);
    }
    const rendered = await helm.template({ chartDir: chart, releaseName: release, namespace, valuesFiles: allValues, sets, setStrings, signal: env.signal });
    env.write("rendered.yaml", rendered);
    env.write("helm-args.txt", `${[...valuesFiles.map((f) => `-f ${f}`), ...allValues.length > valuesFiles.length ? ["-f (private values: the token, extraEnv)"] : [], ...setStrings.map((s) => `--set-string ${s}`), ...sets.map((s) => `--set ${s}`)].join("\n")}
`);
    const objects = parseManifests(rendered);
    let tokenValues = [];
    if (env.token && env.spec.auth?.env && !env.spec.auth.set) {
      const given = giveToken(objects, env.spec.auth.env, env.token, `smoke method ${env.spec.name}`);
      if (given.inPlace.length) throw new UserError(`smoke method ${env.spec.name}: the chart makes Secret ${given.inPlace.join(", ")} holding ${env.spec.auth.env} itself: give the token through its value (auth.set)`);
      tokenValues = given.values.map((v) => ({ ...v, value: env.token }));
    }
    const secrets = missingSecrets(objects, namespace, env.spec.env, tokenValues);
    checkpoint(env);
    if (secrets.length) await kubectl.apply(secrets.map((s) => JSON.stringify(s)).join("\n---\n"));
    registerClusterScoped(env, objects);
    await readyToApply(env, objects, { withTests: env.spec.helmTest });
    env.cleanup.add({ kind: "helm-release", kubeconfig: cluster.kubeconfig, context: cluster.context, name: release, namespace });
    env.reporter.info(`helm install ${release} ${path10.relative(env.root, chart) || chart} -n ${namespace}${env.spec.values.length ? ` -f ${env.spec.values.join(" -f ")}` : ""} --wait${env.spec.podSecurity !== "restricted" ? ` (Pod Security ${env.spec.podSecurity})` : ""}`);
    const stopWatching = new AbortController();
    const stopHelm = new AbortController();
    let fatal;
    const watcher = waitNamespaceReady({ ...env, signal: AbortSignal.any([env.signal, stopWatching.signal]) }, kubectl, namespace, `release ${release} in ${namespace}`).catch((error) => {
      if (stopWatching.signal.aborted || env.signal.aborted) return;
      fatal = error;
      stopHelm.abort();
    });
    const waitSeconds = secondsLeft(deadline, env.spec.helmTest ? 30 : 10);
    let installed;
    try {
      installed = await helm.install(target, { release, chart, namespace, valuesFiles: allValues, sets, setStrings, waitSeconds, signal: AbortSignal.any([env.signal, stopHelm.signal]) });
    } catch (error) {
      if (fatal) throw fatal;
      if (/context deadline exceeded|timed out waiting for the condition/.test(error.message)) {
        throw new UserError(`helm install ${release} --wait: not ready within its timeout of ${waitSeconds} s (the method's budget less time for helm test and the probes)`);
      }
      if (error instanceof ToolError) env.write("helm-install.txt", `${error.stdout}${error.stderr}`);
      throw error;
    } finally {
      stopWatching.abort();
      await watcher;
    }
    if (fatal) throw fatal;
    if (installed.warnings.length) env.write("helm-install-warnings.txt", `${installed.warnings.join("\n")}
`);
    const lower = lowerLevelWarning(env, installed.warnings);
    if (lower) env.warn(lower);
    await waitNamespaceReady(env, kubectl, namespace, `release ${release} in ${namespace}`);
    const notes = [...own.notes];
    if (env.spec.helmTest) {
      const test = await helm.test(target, release, namespace, secondsLeft(deadline, 20), env.signal);
      env.write("helm-test.txt", test.output);
      if (!test.ok) {
        const hooks = (await kubectl.get("pods", { namespace })).filter((p) => p.metadata.annotations?.["helm.sh/hook"]?.includes("test"));
        const lines = await Promise.all(hooks.map(async (p) => `${p.metadata.name}: ${(await kubectl.logs(p.metadata.name, { namespace, tail: 5 })).trim().split("\n").at(-1) ?? ""}`));
        throw new UserError(`helm test ${release} failed: ${test.output.trim().split("\n").filter(Boolean).at(-1) ?? ""}${lines.length ? ` (${lines.join("; ")})` : ""}`);
      }
      const suites = [...test.output.matchAll(/TEST SUITE:\s+(\S+)[\s\S]*?Phase:\s+(\w+)/g)].map((m) => `${m[1]} ${m[2]}`);
      notes.push(`helm test: ${suites.join(", ") || "passed (no test hooks)"}`);
    } else {
      notes.push("helm test: not run (helmTest: false)");
    }
    const servers = (await kubectl.get("pods", { namespace })).filter((p) => p.metadata.labels?.["app.kubernetes.io/instance"] === release && !p.metadata.annotations?.["helm.sh/hook"] && p.metadata.labels?.["app.kubernetes.io/name"] !== "qdrant" && !/qdrant/.test(p.metadata.name));
    if (servers.length > 1) {
      const counts = /* @__PURE__ */ new Map();
      for (const p of servers) {
        const owner = p.metadata.ownerReferences?.[0];
        const name = owner ? owner.kind === "ReplicaSet" ? owner.name.replace(/-[a-z0-9]{6,10}$/, "") : owner.name : p.metadata.name;
        counts.set(name, (counts.get(name) ?? 0) + 1);
      }
      notes.push(`pods of release ${release} behind their Services: ${[...counts].sort(([a], [b]) => a.localeCompare(b)).map(([name, n]) => `${n} of ${name}`).join(", ")}`);
    }
    if (qdrantUrl) notes.push(`external Qdrant beside it (${qdrantUrl})`);
    if (secrets.length) notes.push(`Secret(s) ${secrets.map((s) => s.metadata.name).join(", ")} created${tokenValues.length ? " (with the token where it is read)" : ""}, placeholder values elsewhere`);
    const others = images.released.filter((r) => r !== env.candidate.image.repository);
    return {
      endpoints: await serviceEndpoints(env, kubectl, namespace, release),
      watch: namespaceWatch(kubectl, namespace),
      how: `helm install of ${env.candidate.chart?.kind === "package" && chart === env.candidate.chart.path ? "the chart package" : "the chart"} ${path10.relative(env.root, chart) || chart}${env.spec.values.length ? ` with ${env.spec.values.join(", ")}` : ""} (--set-string of the image values -> ${env.candidate.image.ref}${others.length ? `, ${others.map((r) => candidateFor(env.candidate, r)?.ref).join(", ")}` : ""})`,
      notes
    };
  },
  async diagnose(env, failure) {
    const cluster = clusterOf(env);
    const release = releaseOf(env);
    env.write("helm-status.txt", await new Helm().status({ kubeconfig: cluster.kubeconfig, context: cluster.context }, release, env.runName));
    const cause = await writeNamespaceDiagnostics(cluster.kubectl, env.runName, env.write);
    return diagnosed(failure) ? void 0 : cause;
  }
};

// src/smoke/methods/kustomize.ts
import { existsSync as existsSync8, statSync as statSync3 } from "node:fs";
import path12 from "node:path";

// src/smoke/methods/kubernetes-overlay.ts
var import_yaml5 = __toESM(require_dist(), 1);
import { existsSync as existsSync7, mkdirSync as mkdirSync2, readdirSync, writeFileSync as writeFileSync5 } from "node:fs";
import path11 from "node:path";
var KUSTOMIZATION_FILES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
function isKustomization(dir) {
  return KUSTOMIZATION_FILES.some((f) => existsSync7(path11.join(dir, f)));
}
var BUILTIN = /* @__PURE__ */ new Set(["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "CronJob", "ReplicationController"]);
function imageEntry(from, to) {
  const target = splitImageName(to);
  return { name: splitImageName(from).repository, newName: target.repository, ...target.digest ? { digest: target.digest } : { newTag: target.tag ?? "latest" } };
}
function originalName(name) {
  return name.replace(/-[a-z0-9]{10}$/, "");
}
function targetOf(o, name = o.metadata.name) {
  const [group, version] = o.apiVersion.includes("/") ? o.apiVersion.split("/") : ["", o.apiVersion];
  return { ...group ? { group } : {}, version, kind: o.kind, name };
}
function envPointers(node, name, at = "") {
  if (Array.isArray(node)) return node.flatMap((n, i) => envPointers(n, name, `${at}/${i}`));
  if (!node || typeof node !== "object") return [];
  const out = [];
  for (const [k, v] of Object.entries(node)) {
    const here = `${at}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`;
    if (k === "env" && Array.isArray(v)) {
      v.forEach((e, i) => {
        if (e && e.name === name && typeof e.value === "string") out.push(`${here}/${i}/value`);
      });
    }
    out.push(...envPointers(v, name, here));
  }
  return out;
}
async function buildOverlay(kubectl, options) {
  const { source, candidate, namespace } = options;
  const original = options.original ?? parseManifests(await kubectl.kustomize(source));
  const images = imagesOf(original);
  const released = candidate.image.repository;
  if (!images.some((i) => splitImageName(i).repository === released) && !original.some((o) => typeof o.spec?.image === "string" && splitImageName(o.spec.image).repository === released)) {
    throw new UserError(`${source}: no container runs ${released} (images: ${images.join(", ") || "none"}); nothing would deploy the candidate`);
  }
  const imageEntries = [...candidate.images.map((c) => imageEntry(c.repository, c.ref)), ...Object.entries(candidate.imageMap).map(([from, to]) => imageEntry(from, to))];
  const customImageKinds = [...new Set(original.filter((o) => !BUILTIN.has(o.kind) && typeof o.spec?.image === "string").map((o) => o.kind))];
  const patches = [];
  for (const o of original) {
    if (!isClusterScoped(o.kind) || o.kind === "Namespace" || o.kind === "CustomResourceDefinition") continue;
    patches.push({ target: targetOf(o), options: { allowNameChange: true }, patch: (0, import_yaml5.stringify)([{ op: "replace", path: "/metadata/name", value: `${o.metadata.name}-${namespace}` }]) });
  }
  if (original.some((o) => o.kind === "Namespace")) {
    patches.push({
      target: { kind: "Namespace", name: ".*" },
      patch: (0, import_yaml5.stringify)({ apiVersion: "v1", kind: "Namespace", metadata: { name: "any", labels: { "pod-security.kubernetes.io/enforce": "restricted", "pod-security.kubernetes.io/enforce-version": "latest" } } })
    });
  }
  if (options.qdrantUrl) {
    let found = 0;
    for (const o of original) {
      if (o.kind === "ConfigMap" && typeof o.data?.QDRANT_URL === "string") {
        patches.push({ target: targetOf(o, originalName(o.metadata.name)), patch: (0, import_yaml5.stringify)([{ op: "replace", path: "/data/QDRANT_URL", value: options.qdrantUrl }]) });
        found++;
      }
      const pointers = envPointers(o, "QDRANT_URL");
      if (pointers.length) {
        patches.push({ target: targetOf(o), patch: (0, import_yaml5.stringify)(pointers.map((p) => ({ op: "replace", path: p, value: options.qdrantUrl }))) });
        found++;
      }
    }
    if (!found) throw new UserError(`${source}: the method expects an external Qdrant, but nothing here sets QDRANT_URL (a ConfigMap key or a container env)`);
  }
  mkdirSync2(options.dir, { recursive: true });
  const kustomization = {
    apiVersion: "kustomize.config.k8s.io/v1beta1",
    kind: "Kustomization",
    namespace,
    resources: [path11.relative(options.dir, source) || "."],
    images: imageEntries,
    ...patches.length ? { patches } : {}
  };
  if (customImageKinds.length) {
    writeFileSync5(path11.join(options.dir, "image-fields.yaml"), (0, import_yaml5.stringify)({ images: customImageKinds.map((kind) => ({ path: "spec/image", kind })) }));
    kustomization.configurations = ["image-fields.yaml"];
  }
  writeFileSync5(path11.join(options.dir, "kustomization.yaml"), `# Written by dot-ai-release smoke: deploys ${source} unchanged but for the run's namespace, images and names.
${(0, import_yaml5.stringify)(kustomization)}`);
  const rendered = await kubectl.kustomize(options.dir);
  options.keepRendered?.(rendered);
  const objects = parseManifests(rendered);
  const stale = (image) => candidate.images.some((c) => splitImageName(image).repository === c.repository && image !== c.ref);
  const left = imagesOf(objects).filter(stale);
  const customLeft = objects.filter((o) => typeof o.spec?.image === "string" && stale(o.spec.image));
  if (left.length || customLeft.length) throw new UserError(`${source}: the overlay did not point every released image at the candidate (${[...left, ...customLeft.map((o) => String(o.spec?.image))].join(", ")})`);
  if (options.qdrantUrl) {
    const values = objects.flatMap((o) => [
      ...o.kind === "ConfigMap" && typeof o.data?.QDRANT_URL === "string" ? [o.data.QDRANT_URL] : [],
      ...envPointers(o, "QDRANT_URL").map((p) => p.split("/").slice(1).reduce((n, k) => n[k.replace(/~1/g, "/").replace(/~0/g, "~")], o))
    ]);
    const wrong = values.filter((v) => v !== options.qdrantUrl);
    if (wrong.length) throw new UserError(`${source}: the overlay could not point QDRANT_URL at the Qdrant beside it (still ${wrong.join(", ")})`);
  }
  const secretKeys = {};
  for (const f of readdirSync(source).filter((f2) => f2.endsWith(".env.example"))) {
    const text = readRepoText(options.root, path11.relative(options.root, path11.join(source, f)));
    for (const [k, v] of Object.entries(envExampleKeys(text))) if (k.endsWith("_API_KEY")) secretKeys[k] = v;
  }
  return { dir: options.dir, original, rendered, objects, secretKeys };
}

// src/smoke/methods/kustomize.ts
function kustomizationNamespace(runName, dir) {
  return dnsLabel(`${runName}-${path12.basename(dir)}`);
}
async function deployOne(env, dir) {
  const { kubectl } = clusterOf(env);
  const source = path12.join(env.root, dir);
  const label = path12.basename(dir);
  const namespace = await createNamespace(env, kubectl, kustomizationNamespace(env.runName, dir));
  const original = parseManifests(await kubectl.kustomize(source));
  const bringsQdrant = imagesOf(original).some((i) => /(^|\/)qdrant$/.test(splitImageName(i).repository));
  const qdrantUrl = env.spec.externalQdrant && !bringsQdrant ? await deployQdrantBeside(env, kubectl, namespace) : void 0;
  const overlayDir = confinedPath(env.workDir, `overlay-${label}`, `smoke method ${env.spec.name}: ${dir}`);
  const overlay = await buildOverlay(kubectl, {
    root: env.root,
    source,
    original,
    dir: overlayDir,
    namespace,
    candidate: env.candidate,
    qdrantUrl,
    keepRendered: (rendered) => env.write(`overlay-${label}/rendered.yaml`, rendered)
  });
  let objects = withServerEnv(overlay.objects, env.candidate.image.ref, SMOKE_SERVER_ENV);
  let tokenValues = [];
  if (env.token && env.spec.auth?.env) {
    const given = giveToken(objects, env.spec.auth.env, env.token, `${dir}`);
    objects = given.objects;
    tokenValues = given.values.map((v) => ({ ...v, value: env.token }));
  }
  const secrets = missingSecrets(objects, namespace, { ...overlay.secretKeys, ...env.spec.env }, tokenValues);
  checkpoint(env);
  if (secrets.length) await kubectl.apply(secrets.map((s) => JSON.stringify(s)).join("\n---\n"));
  registerClusterScoped(env, objects);
  await readyToApply(env, objects);
  checkpoint(env);
  env.reporter.info(`${label}: kubectl apply of ${dir} through ${path12.relative(env.workDir, overlay.dir)} into namespace ${namespace}`);
  const applied = await kubectl.checked(`kubectl apply of ${dir}`, ["apply", "-f", "-"], objects.map((o) => JSON.stringify(o)).join("\n---\n"));
  const lower = lowerLevelWarning(env, applied.stderr.split("\n"));
  if (lower) env.warn(`${label}: ${lower}`);
  const service = env.spec.service ?? "dot-ai";
  await waitNamespaceReady(env, kubectl, namespace, label);
  const endpoints = await serviceEndpoints(env, kubectl, namespace, service, label);
  const note = [
    secrets.length ? `${label}: Secret(s) ${secrets.map((s) => s.metadata.name).join(", ")} created${tokenValues.length ? " (the token where it is read)" : ""}, placeholder values elsewhere` : void 0,
    qdrantUrl ? `${label}: external Qdrant beside it (${qdrantUrl})` : void 0
  ].filter(Boolean).join("; ");
  return { endpoints, note: note || void 0 };
}
var kustomizeMethod = {
  preflight({ root, spec }) {
    if (spec.files.length === 0) throw new UserError(`smoke method ${spec.name}: files must name at least one kustomization directory`);
    for (const dir of spec.files) {
      const absolute = resolveInRepo(root, dir, `smoke method ${spec.name}: files`);
      assertInsideRepo(root, absolute, `smoke method ${spec.name}: files`);
      if (!existsSync8(absolute) || !statSync3(absolute).isDirectory()) throw new UserError(`smoke method ${spec.name}: ${dir} is not a directory`);
      if (!isKustomization(absolute)) throw new UserError(`smoke method ${spec.name}: ${dir} holds no kustomization.yaml`);
    }
    if (spec.auth && !spec.auth.env) throw new UserError(`smoke method ${spec.name}: auth.env: name the variable the server reads its token from (its Secret gets the token)`);
  },
  async deploy(env) {
    const deployed = await allOrFirstFailure(env, env.spec.files.map((dir) => (sub) => deployOne(sub, dir)));
    const { kubectl } = clusterOf(env);
    const watches = env.spec.files.map((dir) => ({ label: path12.basename(dir), watch: namespaceWatch(kubectl, kustomizationNamespace(env.runName, dir)) }));
    return {
      endpoints: deployed.flatMap((d) => d.endpoints),
      watch: async () => {
        for (const { label, watch } of watches) {
          const failure = await watch();
          if (failure) return `${label}: ${failure}`;
        }
        return void 0;
      },
      how: `kubectl apply of ${env.spec.files.join(" and ")}, each through a throw-away overlay (namespace, kustomize images: ${env.candidate.image.repository} -> ${env.candidate.image.ref}${Object.keys(env.candidate.imageMap).length ? ", image map" : ""})`,
      notes: deployed.map((d) => d.note).filter((n) => Boolean(n))
    };
  },
  async diagnose(env, failure) {
    const { kubectl } = clusterOf(env);
    const causes = [];
    for (const dir of env.spec.files) {
      const label = path12.basename(dir);
      const namespace = kustomizationNamespace(env.runName, dir);
      const cause = await writeNamespaceDiagnostics(kubectl, namespace, env.write);
      const told = failure?.startsWith(`${label}: `) && diagnosed(failure);
      if (cause && !told) causes.push(`${label}: ${cause}`);
    }
    env.write("README.txt", `One folder per namespace (objects, events, describe, logs); overlay-*/ holds each overlay and its rendering (rendered.yaml, Secrets redacted).
`);
    return causes.length ? causes.join("; ") : void 0;
  }
};

// src/smoke/methods/toolhive.ts
var import_yaml6 = __toESM(require_dist(), 1);
import { existsSync as existsSync9, statSync as statSync4 } from "node:fs";
import path13 from "node:path";
var TOOLHIVE_DEFAULTS = { charts: "oci://ghcr.io/stacklok/toolhive", version: "0.47.0" };
var CRD = "customresourcedefinitions/mcpservers.toolhive.stacklok.dev";
var OPERATOR_RELEASE = "toolhive-operator";
function chartsOf(candidate) {
  const { charts, version } = candidate.toolhive ?? TOOLHIVE_DEFAULTS;
  if (charts.startsWith("oci://")) {
    return { crds: { chart: `${charts}/toolhive-operator-crds`, version }, operator: { chart: `${charts}/toolhive-operator`, version } };
  }
  return { crds: { chart: path13.join(charts, "operator-crds") }, operator: { chart: path13.join(charts, "operator") } };
}
var operators = /* @__PURE__ */ new WeakMap();
async function ensureOperator(env, kubectl, target, run, reporter) {
  const terminating = new Set((await kubectl.get("namespaces")).filter((n) => n.status?.phase === "Terminating").map((n) => n.metadata.name));
  const existing = (await kubectl.get("deployments", { allNamespaces: true })).find(
    (d) => /toolhive-operator/.test(d.metadata.name) && Number(d.status?.availableReplicas ?? 0) > 0 && !terminating.has(d.metadata.namespace) && !d.metadata.deletionTimestamp
  );
  let crd = await kubectl.run(["get", CRD, "-o", "json"]);
  if (crd.code === 0 && JSON.parse(crd.stdout).metadata.deletionTimestamp) {
    reporter.info("the MCPServer CRD is being deleted (by an earlier run): waiting for it to go");
    await kubectl.wait({ resource: CRD, for: "delete", timeoutSeconds: 120 });
    crd = await kubectl.run(["get", CRD]);
  }
  if (existing && crd.code === 0) {
    reporter.info(`ToolHive operator found in namespace ${existing.metadata.namespace}: reused`);
    return { how: `reused the operator in ${existing.metadata.namespace}`, ready: Promise.resolve() };
  }
  const charts = chartsOf(env.candidate);
  const helm = new Helm();
  const started = performance.now();
  const namespace = dnsLabel(`smoke-toolhive-operator-${env.runName.slice(-6)}`);
  if (crd.code !== 0) {
    const crds = await helm.template({ chartDir: charts.crds.chart, releaseName: "toolhive-operator-crds", version: charts.crds.version });
    const objects = parseManifests(crds).filter((o) => o.kind === "CustomResourceDefinition");
    if (!objects.length) throw new UserError(`ToolHive CRD chart ${charts.crds.chart} renders no CustomResourceDefinition`);
    for (const o of objects) run.add({ kind: "cluster-object", kubeconfig: target.kubeconfig, context: target.context, resource: "customresourcedefinitions.apiextensions.k8s.io", name: o.metadata.name });
    await kubectl.apply(objects.map((o) => JSON.stringify(o)).join("\n---\n"), { serverSide: true });
    await kubectl.wait({ resource: CRD, for: "condition=Established", timeoutSeconds: 60 });
  }
  run.add({ kind: "namespace", kubeconfig: target.kubeconfig, context: target.context, name: namespace });
  await kubectl.create(JSON.stringify({ apiVersion: "v1", kind: "Namespace", metadata: { name: namespace, labels: { "dot-ai-release.smoke": env.runName, "dot-ai-release.smoke/role": "toolhive-operator" } } }));
  const values = (0, import_yaml6.parse)(await helm.showValues(charts.operator.chart, charts.operator.version)) ?? {};
  const images = imageValueOverrides(values, env.candidate);
  const operatorImages = images.setStrings.map((s) => s.slice(s.indexOf("=") + 1)).filter((v) => v.includes("/") && v.includes(":"));
  const rendered = parseManifests(await helm.template({ chartDir: charts.operator.chart, version: charts.operator.version, releaseName: OPERATOR_RELEASE, namespace, setStrings: images.setStrings }));
  await clusterOf(env).ensureImages([...operatorImages, ...imagesOf(rendered)]);
  run.add({ kind: "helm-release", kubeconfig: target.kubeconfig, context: target.context, name: OPERATOR_RELEASE, namespace });
  const ready3 = helm.install(target, { release: OPERATOR_RELEASE, chart: charts.operator.chart, version: charts.operator.version, namespace, setStrings: images.setStrings, waitSeconds: 300 }).then(() => {
    reporter.info(`ToolHive operator ${charts.operator.version ?? ""} running (from ${charts.operator.chart}), ${((performance.now() - started) / 1e3).toFixed(1)} s after the run asked for it`);
  });
  ready3.catch(() => void 0);
  return { how: `installed the operator (${charts.operator.chart}${charts.operator.version ? ` ${charts.operator.version}` : ""}) in ${namespace}`, ready: ready3 };
}
function namespaceOf(env) {
  return env.runName;
}
var toolhiveMethod = {
  preflight({ root, spec, candidate }) {
    const [dir] = spec.files;
    if (!dir || spec.files.length !== 1) throw new UserError(`smoke method ${spec.name}: files must name one kustomization directory holding the MCPServer`);
    const absolute = resolveInRepo(root, dir, `smoke method ${spec.name}: files`);
    assertInsideRepo(root, absolute, `smoke method ${spec.name}: files`);
    if (!existsSync9(absolute) || !statSync4(absolute).isDirectory() || !isKustomization(absolute)) throw new UserError(`smoke method ${spec.name}: ${dir} is not a kustomization directory`);
    if (spec.auth && !spec.auth.env) throw new UserError(`smoke method ${spec.name}: auth.env: name the variable the server reads its token from (its Secret gets the token)`);
    const charts = candidate.toolhive?.charts;
    if (charts && !charts.startsWith("oci://")) {
      for (const sub of ["operator-crds", "operator"]) {
        if (!existsSync9(path13.join(charts, sub, "Chart.yaml"))) throw new UserError(`input toolhive-charts: ${charts} holds no ${sub}/Chart.yaml (give the charts directory of ToolHive, or oci://ghcr.io/stacklok/toolhive)`);
      }
    }
  },
  async deploy(env) {
    const cluster = clusterOf(env);
    const { kubectl } = cluster;
    const target = { kubeconfig: cluster.kubeconfig, context: cluster.context };
    const [dir] = env.spec.files;
    const source = path13.join(env.root, dir);
    const runCleanup = { add: (action) => env.cleanup.addForRun(action) };
    const key2 = cluster;
    let installing = operators.get(key2);
    if (!installing) {
      installing = ensureOperator(env, kubectl, target, runCleanup, env.reporter);
      operators.set(key2, installing);
      installing.catch(() => operators.delete(key2));
      installing.then((o) => o.ready.catch(() => operators.delete(key2)), () => void 0);
    }
    const namespace = await createNamespace(env, kubectl, namespaceOf(env));
    const qdrantUrl = env.spec.externalQdrant ? await deployQdrantBeside(env, kubectl, namespace) : void 0;
    const overlay = await buildOverlay(kubectl, {
      root: env.root,
      source,
      dir: path13.join(env.workDir, "overlay"),
      namespace,
      candidate: env.candidate,
      qdrantUrl,
      keepRendered: (rendered) => env.write("overlay/rendered.yaml", rendered)
    });
    let objects = withServerEnv(overlay.objects, env.candidate.image.ref, SMOKE_SERVER_ENV);
    let tokenValues = [];
    if (env.token && env.spec.auth?.env) {
      const given = giveToken(objects, env.spec.auth.env, env.token, dir);
      objects = given.objects;
      tokenValues = given.values.map((v) => ({ ...v, value: env.token }));
    }
    const servers = objects.filter((o) => o.kind === "MCPServer");
    if (servers.length !== 1) throw new UserError(`smoke method ${env.spec.name}: ${dir} must hold one MCPServer (found ${servers.length})`);
    const server = servers[0];
    const secrets = missingSecrets(objects, namespace, { ...overlay.secretKeys, ...env.spec.env }, tokenValues);
    checkpoint(env);
    if (secrets.length) await kubectl.apply(secrets.map((s) => JSON.stringify(s)).join("\n---\n"));
    registerClusterScoped(env, objects);
    await readyToApply(env, objects);
    env.cleanup.add({ kind: "cluster-object", kubeconfig: cluster.kubeconfig, context: cluster.context, resource: "mcpservers.toolhive.stacklok.dev", name: server.metadata.name, namespace, wait: true });
    env.reporter.info(`kubectl apply of ${dir} through ${path13.relative(env.workDir, overlay.dir)} into namespace ${namespace}`);
    const operator = await installing;
    checkpoint(env);
    const applied = await kubectl.checked(`kubectl apply of ${dir}`, ["apply", "-f", "-"], objects.map((o) => JSON.stringify(o)).join("\n---\n"));
    const lower = lowerLevelWarning(env, applied.stderr.split("\n"));
    if (lower) env.warn(lower);
    let status = {};
    const stop = new AbortController();
    const operatorUp = operator.ready.catch((error) => {
      stop.abort(error);
      throw error;
    });
    const waitEnv = { ...env, signal: AbortSignal.any([env.signal, stop.signal]) };
    await Promise.all([
      operatorUp,
      waitNamespaceReady(waitEnv, kubectl, namespace, `MCPServer ${server.metadata.name} in ${namespace}`, async () => {
        const [current] = await kubectl.get(`mcpserver/${server.metadata.name}`, { namespace });
        status = current?.status ?? {};
        if (status.phase === "Failed") throw new UserError(`MCPServer ${server.metadata.name}: phase Failed${status.message ? `: ${status.message}` : ""}`);
        return status.phase === "Ready";
      })
    ]);
    const how = operator.how;
    const service = env.spec.service ?? `mcp-${server.metadata.name}-proxy`;
    return {
      endpoints: await serviceEndpoints(env, kubectl, namespace, service),
      watch: namespaceWatch(kubectl, namespace),
      how: `ToolHive: ${how}; kubectl apply of ${dir} through a throw-away overlay (namespace; MCPServer spec.image -> ${env.candidate.image.ref})`,
      notes: [
        `MCPServer ${server.metadata.name} Ready${status.url ? ` at ${status.url}` : ""}`,
        ...secrets.length ? [`Secret(s) ${secrets.map((s) => s.metadata.name).join(", ")} created with placeholder values`] : [],
        ...qdrantUrl ? [`external Qdrant beside it (${qdrantUrl})`] : []
      ]
    };
  },
  async diagnose(env, failure) {
    const { kubectl } = clusterOf(env);
    const namespace = namespaceOf(env);
    const cause = await writeNamespaceDiagnostics(kubectl, namespace, env.write, ["mcpservers"]);
    const operatorPods = await kubectl.get("pods", { allNamespaces: true, selector: "app.kubernetes.io/name=toolhive-operator" }).catch(() => []);
    const logs = await Promise.all(operatorPods.map(async (p) => `--- ${p.metadata.namespace}/${p.metadata.name}
${await kubectl.logs(p.metadata.name, { namespace: p.metadata.namespace, tail: 200 })}`));
    env.write("toolhive-operator.log", logs.join("\n") || "(no operator pod found)\n");
    const [server] = await kubectl.get("mcpservers", { namespace }).catch(() => []);
    const status = server?.status ?? {};
    const phase = server ? `MCPServer ${server.metadata.name} phase ${status.phase ?? "unknown"}${status.message ? `: ${status.message}` : ""}` : void 0;
    if (diagnosed(failure)) return void 0;
    return [cause, status.phase !== "Ready" ? phase : void 0].filter(Boolean).join("; ") || void 0;
  }
};

// src/smoke/methods/index.ts
var METHODS = {
  docker: dockerMethod,
  compose: composeMethod,
  kustomize: kustomizeMethod,
  helm: helmMethod,
  toolhive: toolhiveMethod
};
function methodFor(kind) {
  return METHODS[kind];
}

// src/smoke/redact-file.ts
var import_yaml7 = __toESM(require_dist(), 1);
function redactYaml(text) {
  let docs;
  try {
    docs = (0, import_yaml7.parseAllDocuments)(text, { uniqueKeys: false });
  } catch {
    return void 0;
  }
  if (!Array.isArray(docs) || docs.some((d) => d.errors.length)) return void 0;
  const valid = docs.every((d) => d.contents === null || (0, import_yaml7.isMap)(d.contents) || (0, import_yaml7.isSeq)(d.contents) || (0, import_yaml7.isScalar)(d.contents));
  if (!valid) return void 0;
  return docs.map((d) => {
    const value = d.toJS({ maxAliasCount: 100 });
    return value === null || value === void 0 ? "" : (0, import_yaml7.stringify)(redactValue(value), { lineWidth: 0 });
  }).join("---\n");
}
function redactDiagnostic(name, text, secrets = []) {
  const known = [...secrets];
  let structured;
  if (/\.json$/i.test(name)) {
    try {
      structured = `${JSON.stringify(redactValue(JSON.parse(text)), null, 2)}
`;
    } catch {
      structured = void 0;
    }
  } else if (/\.ya?ml$/i.test(name)) {
    structured = redactYaml(text);
  }
  return redactText(structured ?? text, known);
}

// src/smoke/run.ts
function prefixed(reporter, name) {
  return {
    info: (m) => reporter.info(`[${name}] ${m}`),
    warning: (m, w) => reporter.warning(`[${name}] ${m}`, w),
    error: (m, w) => reporter.error(`[${name}] ${m}`, w),
    debug: (m) => reporter.debug(`[${name}] ${m}`),
    // Methods run side by side: their lines interleave, so no log groups (the prefix tells them apart).
    group: (_title, fn) => fn(),
    secret: (v) => reporter.secret(v)
  };
}
function runNameFor(method) {
  const base = method.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40);
  return `smoke-${base}-${randomBytes4(3).toString("hex")}`;
}
function preflight(job) {
  const seen = /* @__PURE__ */ new Set();
  for (const spec of job.methods) {
    if (seen.has(spec.name)) throw new UserError(`smoke method ${spec.name}: listed twice`);
    seen.add(spec.name);
    if (spec.auth?.token === "input" && !job.credentials?.bearerToken) {
      throw new UserError(`smoke method ${spec.name}: auth.token input: give the token (input bearer-token, or --bearer-token-stdin)`);
    }
    methodFor(spec.kind).preflight({ root: job.root, spec, candidate: job.candidate });
  }
}
function generateToken() {
  return randomBytes4(32).toString("base64url");
}
function methodFolders(diagnosticsDir, methods) {
  const folders = /* @__PURE__ */ new Map();
  for (const spec of methods) {
    const dir = confinedPath(diagnosticsDir, spec.name, `smoke method ${JSON.stringify(spec.name)}`);
    if (existsSync10(dir) && readdirSync2(dir).length > 0) {
      throw new UserError(`diagnostics-dir: ${dir} holds files already (an earlier run's?); nothing is deleted there: give an empty diagnostics-dir, or remove it`);
    }
    folders.set(spec.name, dir);
  }
  return folders;
}
function abortAfter(ms, parent) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new UserError(`time budget of ${Math.round(ms / 1e3)} s spent`)), ms);
  const onParent = () => controller.abort(parent?.reason);
  parent?.addEventListener("abort", onParent, { once: true });
  return {
    signal: controller.signal,
    dispose: () => {
      clearTimeout(timer);
      parent?.removeEventListener("abort", onParent);
    }
  };
}
function racing(work, signal) {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(
      (v) => (signal.removeEventListener("abort", onAbort), resolve(v)),
      (e) => (signal.removeEventListener("abort", onAbort), reject(e))
    );
  });
}
async function probeEndpoint(env, endpoint, credentials) {
  const { spec } = env;
  const headers = { ...spec.probe.headers, ...credentials.headers };
  const bearerToken = env.token ?? credentials.bearerToken;
  const base = {
    mcpPath: spec.probe.mcpPath,
    health: spec.probe.health || void 0,
    ...bearerToken ? { bearerToken } : {},
    ...spec.auth?.header ? { tokenHeader: spec.auth.header } : {},
    ...Object.keys(headers).length ? { headers } : {}
  };
  if (endpoint.inCluster) {
    if (!env.cluster) throw new Error(`${spec.name}: an in-cluster endpoint without a cluster`);
    const target2 = { url: endpoint.inCluster.url, ...base };
    return env.cluster.probeInCluster(endpoint.inCluster.namespace, target2, spec.probe.expectations, spec.probe.healthTimeoutMs + 6e4, env.signal);
  }
  const target = { url: endpoint.url, ...base };
  return probeMcp(target, spec.probe.expectations, { healthTimeoutMs: spec.probe.healthTimeoutMs, signal: env.signal });
}
async function probeWatched(env, endpoint, credentials, watch) {
  if (!watch) return { result: await probeEndpoint(env, endpoint, credentials) };
  const stop = new AbortController();
  let failure;
  const polling = (async () => {
    while (!stop.signal.aborted) {
      await new Promise((resolve) => {
        const timer = setTimeout(done, 2e3);
        function done() {
          clearTimeout(timer);
          stop.signal.removeEventListener("abort", done);
          resolve();
        }
        stop.signal.addEventListener("abort", done, { once: true });
      });
      if (stop.signal.aborted) return;
      failure = await watch().catch(() => void 0);
      if (failure) stop.abort();
    }
  })();
  try {
    const result = await probeEndpoint({ ...env, signal: AbortSignal.any([env.signal, stop.signal]) }, endpoint, credentials);
    return failure ? { result, failure } : { result };
  } finally {
    stop.abort();
    await polling;
  }
}
async function runMethod(job, spec, run, reporter, cluster, cleanup, cancel) {
  const started = performance.now();
  const seconds = () => Math.round((performance.now() - started) / 100) / 10;
  const { workDir, privateDir, secrets } = run;
  mkdirSync3(workDir, { recursive: true });
  mkdirSync3(privateDir, { mode: 448 });
  const budget = abortAfter(spec.timeoutMs, cancel);
  const own = cleanup.scope(spec.name);
  const warnings = [];
  const lines = prefixed(reporter, spec.name);
  const env = {
    root: job.root,
    spec,
    candidate: job.candidate,
    reporter: lines,
    workDir,
    privateDir,
    runName: runNameFor(spec.name),
    signal: budget.signal,
    cleanup: own,
    cluster,
    ...run.token ? { token: run.token } : {},
    secrets,
    write: (relative, content) => {
      const file = confinedPath(workDir, relative, `diagnostics of ${spec.name}`);
      mkdirSync3(path14.dirname(file), { recursive: true });
      writeFileSync6(file, redactDiagnostic(relative, content, secrets));
      return file;
    },
    warn: (message2) => {
      const line = maskSecrets(message2, secrets);
      if (!warnings.includes(line)) warnings.push(line);
      lines.warning(line);
    }
  };
  const method = methodFor(spec.kind);
  const probes = [];
  let deployed;
  let cause;
  let deploying = Promise.resolve();
  try {
    const what = spec.files.length ? spec.files.join(", ") : spec.kind === "helm" ? `the chart ${job.candidate.chart ? path14.relative(job.root, job.candidate.chart.path) || job.candidate.chart.path : "?"}` : "no files";
    env.reporter.info(`deploying (${spec.kind}: ${what}${run.token ? `; a token generated for it, given as ${spec.auth?.set ?? spec.auth?.env}` : ""})`);
    const work = method.deploy(env);
    deploying = work.catch(() => void 0);
    deployed = await racing(work, budget.signal);
    env.reporter.info(`deployed: ${deployed.how}`);
    for (const endpoint of deployed.endpoints) {
      const { result, failure } = await racing(probeWatched(env, endpoint, job.credentials ?? {}, deployed.watch), budget.signal);
      probes.push({ endpoint: endpoint.label, result });
      if (failure) {
        cause = `${endpoint.label}: while probed: ${failure}`;
        env.reporter.info(cause);
        break;
      }
      env.reporter.info(`${endpoint.label}: ${result.ok ? `MCP ok (${result.server?.name ?? "?"} ${result.server?.version ?? ""}, ${result.tools?.length ?? 0} tools, ${(result.ms / 1e3).toFixed(1)} s)` : result.cause}`);
      if (!result.ok) {
        cause = `${endpoint.label}: ${result.cause ?? "probe failed"}`;
        break;
      }
    }
  } catch (err) {
    cause = err instanceof Error ? err.message.split("\n")[0] : String(err);
  }
  budget.dispose();
  await Promise.race([deploying, new Promise((r) => setTimeout(r, 3e4).unref())]);
  if (cause) {
    const diagnosis = abortAfter(12e4, void 0);
    try {
      const found = await racing(method.diagnose({ ...env, signal: diagnosis.signal }, cause), diagnosis.signal);
      if (found && !cause.includes(found)) cause = `${cause} (${found})`;
    } catch (err) {
      env.reporter.warning(`diagnostics incomplete: ${maskSecrets(err.message, secrets)}`);
    } finally {
      diagnosis.dispose();
    }
    cause = maskSecrets(cause, secrets);
    env.reporter.error(cause);
  }
  env.write("probe.json", `${JSON.stringify(probes, null, 2)}
`);
  if (!job.keep) {
    for (const p of await own.runAll()) env.reporter.warning(`not removed: ${maskSecrets(p, secrets)}`);
  }
  cluster?.releaseRoom(env.runName);
  return {
    method: spec.name,
    kind: spec.kind,
    runName: env.runName,
    status: cause ? "failed" : "passed",
    seconds: seconds(),
    cause,
    how: deployed?.how,
    notes: deployed?.notes,
    probes,
    diagnostics: cause ? workDir : void 0,
    ...warnings.length ? { warnings } : {}
  };
}
function slots(limit) {
  let free = Math.max(1, limit);
  const waiting = [];
  return async (task) => {
    if (free > 0) free--;
    else await new Promise((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else free++;
    }
  };
}
async function runSmoke(job, reporter, cleanup, cancel) {
  preflight(job);
  mkdirSync3(job.diagnosticsDir, { recursive: true });
  const folders = methodFolders(job.diagnosticsDir, job.methods);
  const privateRoot = mkdtempSync2(path14.join(process.env.RUNNER_TEMP || tmpdir2(), "dot-ai-release-private-"));
  chmodSync3(privateRoot, 448);
  cleanup.add({ kind: "directory", path: privateRoot });
  try {
    return await runMethods(job, folders, privateRoot, reporter, cleanup, cancel);
  } finally {
    rmSync2(privateRoot, { recursive: true, force: true });
  }
}
async function runMethods(job, folders, privateRoot, reporter, cleanup, cancel) {
  const tokens = /* @__PURE__ */ new Map();
  for (const spec of job.methods) {
    if (!spec.auth) continue;
    const token = spec.auth.token === "input" ? job.credentials?.bearerToken : generateToken();
    reporter.secret(token);
    tokens.set(spec.name, token);
  }
  for (const value of job.methods.flatMap((m) => Object.values(m.probe.headers ?? {}))) reporter.secret(value);
  const secrets = [...tokens.values(), ...job.credentials?.bearerToken ? [job.credentials.bearerToken] : [], ...Object.values(job.credentials?.headers ?? {}), ...job.methods.flatMap((m) => Object.values(m.probe.headers ?? {}))];
  const needsCluster = job.methods.some((m) => platformOf(m.kind) === "kubernetes");
  let clusterInfo;
  let clusterReady = Promise.resolve(void 0);
  if (needsCluster) {
    const provider = job.cluster;
    if (!provider) throw new UserError("smoke: Kubernetes methods need a provider (kind or cluster)");
    const started = performance.now();
    const { candidate } = job;
    const wanted = [...candidate.images.map((i) => i.ref), candidate.probeImage, ...job.methods.some((m) => m.externalQdrant && platformOf(m.kind) === "kubernetes") ? [candidate.qdrantImage] : [], ...Object.values(candidate.imageMap)];
    clusterReady = provider.open(cleanup, reporter, wanted).then((opened) => {
      clusterInfo = { name: opened.handle.name, created: opened.created, seconds: Math.round((performance.now() - started) / 100) / 10 };
      reporter.info(`cluster ${opened.handle.name} ${opened.created ? "created" : "reused"} in ${clusterInfo.seconds} s`);
      opened.handle.ensureImages([...candidate.images.map((i) => i.ref), candidate.probeImage]).catch(() => void 0);
      return opened.handle;
    });
  }
  const turn = slots(job.parallel);
  const settled = await Promise.all(
    job.methods.map(async (spec) => {
      let cluster;
      if (platformOf(spec.kind) === "kubernetes") {
        cluster = await clusterReady.catch(() => void 0);
        if (!cluster) return void 0;
      }
      return turn(() => runMethod(job, spec, { workDir: folders.get(spec.name), privateDir: path14.join(privateRoot, spec.name), token: tokens.get(spec.name), secrets }, reporter, cluster, cleanup, cancel));
    })
  );
  await clusterReady;
  const results = settled.filter((r) => r !== void 0);
  return { results, leftovers: [], cluster: clusterInfo };
}

// src/smoke/gate.ts
function methodOutput(r) {
  return { ...r, probes: r.probes.map((p) => ({ endpoint: p.endpoint, ok: p.result.ok, cause: p.result.cause, server: p.result.server, tools: p.result.tools, "tool-call": p.result.toolCall, ms: p.result.ms })) };
}
async function runSmokeGate(inputs, reporter, session, signal) {
  const cleanup = session.child("smoke");
  try {
    const candidate = await prepareCandidate(inputs.candidate, void 0, (ref) => cleanup.add({ kind: "docker-image", ref }));
    preflight({ root: inputs.root, methods: inputs.methods, candidate, credentials: inputs.credentials });
    const diagnosticsDir = inputs.diagnosticsDir ?? mkdtempSync3(path15.join(process.env.RUNNER_TEMP || tmpdir3(), "dot-ai-release-smoke-"));
    const run = await runSmoke({
      root: inputs.root,
      methods: inputs.methods,
      candidate,
      cluster: inputs.methods.some((m) => platformOf(m.kind) === "kubernetes") ? clusterProvider(inputs) : void 0,
      parallel: inputs.parallel,
      diagnosticsDir,
      keep: inputs.keep,
      credentials: inputs.credentials
    }, reporter, cleanup, signal);
    const failed = run.results.filter((r) => r.status === "failed");
    return { ok: failed.length === 0, results: run.results, outputs: run.results.map(methodOutput), failed, image: inputs.candidate.image, candidate, cluster: run.cluster, diagnosticsDir };
  } finally {
    if (inputs.keep) cleanup.release();
    else for (const problem of await cleanup.runAll()) reporter.warning(`not removed: ${problem}`);
  }
}

export {
  readCredentials,
  parseInputs,
  PLUGINS_FILE,
  pluginsFile,
  smokeSummary,
  smokeFailure,
  smokeCommandResult,
  runSmokeGate
};
