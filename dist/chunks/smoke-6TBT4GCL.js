import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  probeMcp
} from "./chunk-CL6NG74M.js";
import "./chunk-3266I6LT.js";
import "./chunk-2Y5LXIYX.js";
import "./chunk-J2HZHSML.js";
import {
  CleanupRegistry
} from "./chunk-NV272LMZ.js";
import {
  Docker
} from "./chunk-BUU2Y7VH.js";
import {
  saveState
} from "./chunk-FI5AZUVS.js";
import {
  expectedVersions
} from "./chunk-FBVSFZCX.js";
import {
  CONFIG_FILE,
  booleanOption,
  configOverrides,
  listOption,
  loadConfig,
  repositoryRoot,
  stringOption
} from "./chunk-PKDIVL6M.js";
import "./chunk-KTVI2IWG.js";
import "./chunk-B2IBVPIQ.js";
import {
  markdownTable
} from "./chunk-NIEC3TIS.js";
import {
  UserError
} from "./chunk-IXRSKL5H.js";
import "./chunk-HANBNIMK.js";

// src/commands/smoke.ts
import { existsSync as existsSync3, mkdtempSync, statSync as statSync2 } from "node:fs";
import { tmpdir } from "node:os";
import path4 from "node:path";

// src/smoke/candidate.ts
var IMAGE_REFERENCE = /^(?:[a-z0-9.-]+(?::\d+)?\/)?[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@sha256:[0-9a-f]{64})?$/;
function parseImageMap(entries, what) {
  const map = {};
  for (const entry of entries) {
    const [from, to, ...rest] = entry.split("=").map((s) => s.trim());
    if (!from || !to || rest.length) throw new UserError(`${what}: ${JSON.stringify(entry)} must be REPOSITORY=IMAGE (e.g. qdrant/qdrant=my/qdrant:1.15)`);
    map[from] = to;
  }
  return map;
}
function splitImage(ref) {
  const at = ref.indexOf("@");
  const digest = at >= 0 ? ref.slice(at + 1) : void 0;
  const name = at >= 0 ? ref.slice(0, at) : ref;
  const colon = name.lastIndexOf(":");
  const tagged = colon > name.lastIndexOf("/");
  return { repository: tagged ? name.slice(0, colon) : name, tag: tagged ? name.slice(colon + 1) : void 0, digest };
}
function mappedImage(image, map) {
  const { repository } = splitImage(image);
  return map[image] ?? map[repository] ?? image;
}
async function prepareCandidate(input, docker = new Docker()) {
  if (!IMAGE_REFERENCE.test(input.image) || input.image.includes("..")) {
    throw new UserError(`input image: ${JSON.stringify(input.image)} is not an image reference (NAME[:TAG] or NAME@sha256:DIGEST, lowercase name)`);
  }
  const { repository, tag, digest } = splitImage(input.image);
  if (!await docker.imageId(input.image)) {
    const platform = `linux/${process.arch === "x64" ? "amd64" : process.arch}`;
    await docker.pull(input.image, platform);
  }
  let localRepository = repository;
  let localTag = tag ?? "latest";
  let ref = input.image;
  if (digest) {
    localRepository = repository;
    localTag = `smoke-${digest.replace(/^sha256:/, "").slice(0, 12)}`;
    ref = `${localRepository}:${localTag}`;
    await docker.tag(input.image, ref);
  }
  const id = await docker.imageId(ref);
  if (!id) throw new UserError(`input image: ${input.image} is not in the local Docker engine after pulling it`);
  return {
    version: input.version,
    image: { repository: input.repository, ref, localRepository, localTag, id, ...digest ? { digest } : {} },
    chart: input.chart,
    imageMap: input.imageMap,
    qdrantImage: mappedImage(input.qdrantImage, input.imageMap),
    probeImage: input.probeImage
  };
}

// src/smoke/providers/index.ts
var PROVIDERS = ["kind", "cluster", "docker"];
function clusterProvider(inputs) {
  throw new UserError(`input provider: ${inputs.provider}: Kubernetes methods are not available in this version`);
}

// src/smoke/run.ts
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync as writeFileSync2 } from "node:fs";
import path2 from "node:path";

// src/smoke/methods/docker.ts
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

// src/smoke/wait.ts
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

// src/smoke/methods/docker.ts
var SESSION_DIR = "/app/sessions";
var RUN_USER = "10001:10001";
function envFileWith(text, override) {
  const seen = /* @__PURE__ */ new Set();
  const lines = text.split("\n").map((line) => {
    const key = /^\s*([A-Za-z_][A-Za-z0-9_]*)=/.exec(line)?.[1];
    if (!key || !(key in override)) return line;
    seen.add(key);
    return `${key}=${override[key]}`;
  });
  for (const [key, value] of Object.entries(override)) if (!seen.has(key)) lines.push(`${key}=${value}`);
  return `${lines.join("\n").replace(/\n*$/, "")}
`;
}
function labels(env) {
  return { "dot-ai-release.smoke": env.runName };
}
async function containerFailure(docker, name) {
  const state = await docker.state(name).catch(() => void 0);
  if (!state) return `container ${name} is gone`;
  if (state.Status === "exited" || state.Status === "dead") {
    const last = (await docker.logs(name, 5)).split("\n").filter(Boolean).at(-1);
    return `container ${name} exited with code ${state.ExitCode}${last ? `: ${last}` : ""}`;
  }
  if (state.Health?.Status === "unhealthy") {
    const log = state.Health.Log?.at(-1);
    return `container ${name} is unhealthy${log ? `: health check exit ${log.ExitCode}: ${log.Output.trim().split("\n").at(-1)}` : ""}`;
  }
  return void 0;
}
var dockerMethod = {
  preflight({ root, spec }) {
    const [envFile] = spec.files;
    if (!envFile) throw new UserError(`smoke method ${spec.name}: files must name the env file a user copies (e.g. examples/deployments/docker/.env.example)`);
    const absolute = path.join(root, envFile);
    if (!existsSync(absolute) || !statSync(absolute).isFile()) throw new UserError(`smoke method ${spec.name}: ${envFile} not found`);
  },
  async deploy(env) {
    const docker = new Docker();
    const { spec, candidate, runName } = env;
    const port = spec.port;
    await docker.createNetwork(runName, labels(env));
    env.cleanup.add({ kind: "docker-network", name: runName });
    const qdrant = `${runName}-qdrant`;
    await docker.runContainer(`docker run ${candidate.qdrantImage}`, ["--name", qdrant, "--network", runName, "--network-alias", "qdrant", ...Object.entries(labels(env)).flatMap(([k, v]) => ["--label", `${k}=${v}`]), candidate.qdrantImage]);
    env.cleanup.add({ kind: "docker-container", name: qdrant });
    const volume = `${runName}-sessions`;
    await docker.createVolume(volume, labels(env));
    env.cleanup.add({ kind: "docker-volume", name: volume });
    await docker.runToCompletion("chown of the sessions volume", ["--user", "0:0", "--cap-drop", "ALL", "--cap-add", "CHOWN", "--entrypoint", "chown", "-v", `${volume}:/mnt/sessions`, candidate.image.ref, "10001:10001", "/mnt/sessions"]);
    const envFile = path.join(env.workDir, ".env");
    const example = readFileSync(path.join(env.root, spec.files[0]), "utf8");
    writeFileSync(envFile, envFileWith(example, { QDRANT_URL: "http://qdrant:6333", ...spec.env }), { mode: 384 });
    chmodSync(envFile, 384);
    env.cleanup.add({ kind: "directory", path: envFile });
    const kubeconfig = path.join(env.workDir, "kubeconfig");
    writeFileSync(kubeconfig, "apiVersion: v1\nkind: Config\nclusters: []\ncontexts: []\nusers: []\n", { mode: 420 });
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
      "-v",
      `${kubeconfig}:/etc/dot-ai/kubeconfig:ro`,
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
      ...Object.entries(labels(env)).flatMap(([k, v]) => ["--label", `${k}=${v}`]),
      candidate.image.ref
    ]);
    env.cleanup.add({ kind: "docker-container", name: runName });
    await waitFor(`container ${runName} healthy`, env.signal, async () => {
      const failure = await containerFailure(docker, runName);
      if (failure) throw new UserError(failure);
      const state = await docker.state(runName);
      return state.Health ? state.Health.Status === "healthy" : state.Status === "running";
    });
    const address = await docker.publishedAddress(runName, port);
    return {
      endpoints: [{ label: "published port", url: `http://${address}/` }],
      how: `docker run of ${candidate.image.ref} with ${spec.files[0]} (copied to a 0600 .env, QDRANT_URL pointed at a Qdrant container on the run's network)`
    };
  },
  async diagnose(env) {
    const docker = new Docker();
    const qdrant = `${env.runName}-qdrant`;
    const parts = [];
    for (const name of [env.runName, qdrant]) {
      const inspect = await docker.inspect(name);
      writeFileSync(path.join(env.workDir, `${name}.inspect.json`), `${JSON.stringify(inspect ?? null, null, 2)}
`);
      writeFileSync(path.join(env.workDir, `${name}.log`), inspect ? await docker.logs(name, 200) : "(no such container)\n");
      const failure = inspect ? await containerFailure(docker, name) : void 0;
      if (failure) parts.push(failure);
    }
    return parts.length ? parts.join("; ") : void 0;
  }
};

// src/smoke/methods/index.ts
var METHODS = {
  docker: dockerMethod
};
function methodFor(kind) {
  const method = METHODS[kind];
  if (!method) throw new UserError(`smoke: methods of kind ${kind} are not available in this version`);
  return method;
}

// src/smoke/types.ts
function platformOf(kind) {
  return kind === "docker" || kind === "compose" ? "docker" : "kubernetes";
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
  return `smoke-${base}-${randomBytes(3).toString("hex")}`;
}
function preflight(job) {
  const seen = /* @__PURE__ */ new Set();
  for (const spec of job.methods) {
    if (seen.has(spec.name)) throw new UserError(`smoke method ${spec.name}: listed twice`);
    seen.add(spec.name);
    methodFor(spec.kind).preflight({ root: job.root, spec, candidate: job.candidate });
  }
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
async function probeEndpoint(env, endpoint) {
  const { spec } = env;
  const base = { mcpPath: spec.probe.mcpPath, health: spec.probe.health || void 0 };
  if (endpoint.inCluster) {
    if (!env.cluster) throw new Error(`${spec.name}: an in-cluster endpoint without a cluster`);
    const target2 = { url: endpoint.inCluster.url, ...base };
    return env.cluster.probeInCluster(endpoint.inCluster.namespace, target2, spec.probe.expectations, spec.probe.healthTimeoutMs + 6e4, env.signal);
  }
  const target = { url: endpoint.url, ...base };
  return probeMcp(target, spec.probe.expectations, { healthTimeoutMs: spec.probe.healthTimeoutMs, signal: env.signal });
}
async function runMethod(job, spec, reporter, cluster, cleanup, cancel) {
  const started = performance.now();
  const seconds = () => Math.round((performance.now() - started) / 100) / 10;
  const workDir = path2.join(job.diagnosticsDir, spec.name);
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  const budget = abortAfter(spec.timeoutMs, cancel);
  const own = cleanup.scope(spec.name);
  const env = {
    root: job.root,
    spec,
    candidate: job.candidate,
    reporter: prefixed(reporter, spec.name),
    workDir,
    runName: runNameFor(spec.name),
    signal: budget.signal,
    cleanup: own,
    cluster
  };
  const method = methodFor(spec.kind);
  const probes = [];
  let deployed;
  let cause;
  try {
    env.reporter.info(`deploying (${spec.kind}: ${spec.files.join(", ")})`);
    deployed = await racing(method.deploy(env), budget.signal);
    env.reporter.info(`deployed: ${deployed.how}`);
    for (const endpoint of deployed.endpoints) {
      const result = await racing(probeEndpoint(env, endpoint), budget.signal);
      probes.push({ endpoint: endpoint.label, result });
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
  if (cause) {
    const diagnosis = abortAfter(12e4, void 0);
    try {
      const found = await racing(method.diagnose({ ...env, signal: diagnosis.signal }), diagnosis.signal);
      if (found && !cause.includes(found)) cause = `${cause} (${found})`;
    } catch (err) {
      env.reporter.warning(`diagnostics incomplete: ${err.message}`);
    } finally {
      diagnosis.dispose();
    }
    env.reporter.error(cause);
  }
  writeFileSync2(path2.join(workDir, "probe.json"), `${JSON.stringify(probes, null, 2)}
`);
  if (!job.keep) {
    for (const p of await own.runAll()) env.reporter.warning(`not removed: ${p}`);
  }
  return {
    method: spec.name,
    kind: spec.kind,
    status: cause ? "failed" : "passed",
    seconds: seconds(),
    cause,
    how: deployed?.how,
    notes: deployed?.notes,
    probes,
    diagnostics: cause ? workDir : void 0
  };
}
async function bounded(limit, tasks) {
  const results = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, tasks.length)) }, worker));
  return results;
}
async function runSmoke(job, reporter, cleanup, cancel) {
  preflight(job);
  mkdirSync(job.diagnosticsDir, { recursive: true });
  const needsCluster = job.methods.some((m) => platformOf(m.kind) === "kubernetes");
  let cluster;
  let clusterInfo;
  if (needsCluster) {
    if (!job.cluster) throw new UserError("smoke: Kubernetes methods need a provider (kind or cluster)");
    const started = performance.now();
    const opened = await job.cluster.open(cleanup, reporter);
    cluster = opened.handle;
    clusterInfo = { name: opened.handle.name, created: opened.created, seconds: Math.round((performance.now() - started) / 100) / 10 };
    reporter.info(`cluster ${opened.handle.name} ${opened.created ? "created" : "reused"} in ${clusterInfo.seconds} s`);
    await cluster.ensureImages([job.candidate.image.ref, job.candidate.qdrantImage, job.candidate.probeImage, ...Object.values(job.candidate.imageMap)]);
  }
  const results = await bounded(
    job.parallel,
    job.methods.map((spec) => () => runMethod(job, spec, reporter, cluster, cleanup, cancel))
  );
  return { results, leftovers: [], cluster: clusterInfo };
}

// src/smoke/methods/defaults.ts
import { existsSync as existsSync2 } from "node:fs";
import path3 from "node:path";
var DEFAULT_PORT = 3456;
var DEFAULT_TIMEOUT_MS = 6e5;
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
var DEFAULTS = [
  { name: "docker", kind: "docker", files: [`${DOCKER}/.env.example`], service: "dot-ai", externalQdrant: true },
  { name: "compose", kind: "compose", files: [`${DOCKER}/docker-compose.yml`], service: "dot-ai" },
  { name: "compose-prod", kind: "compose", files: [`${DOCKER}/docker-compose.prod.yml`], service: "dot-ai" },
  { name: "compose-dev", kind: "compose", files: [`${DOCKER}/docker-compose.dev.yml`], service: "dot-ai" },
  { name: "kubernetes", kind: "kustomize", files: [`${KUBE}/standalone`, `${KUBE}/with-qdrant`], service: "dot-ai", externalQdrant: true },
  { name: "helm", kind: "helm", files: ["charts/dot-ai"], service: "dot-ai" },
  { name: "helm-external-qdrant", kind: "helm", files: ["charts/dot-ai"], values: [`${HELM_VALUES}/values.external-qdrant.yaml`], service: "dot-ai", externalQdrant: true },
  { name: "helm-prod", kind: "helm", files: ["charts/dot-ai"], values: [`${HELM_VALUES}/values.prod.yaml`], service: "dot-ai" },
  { name: "toolhive", kind: "toolhive", files: ["examples/deployments/toolhive"], service: "mcp-dot-ai-proxy" }
];
var DEFAULT_METHOD_NAMES = DEFAULTS.map((d) => d.name);
function defaultMethods(root, version) {
  return DEFAULTS.filter((d) => [...d.files, ...d.values ?? []].every((f) => existsSync2(path3.join(root, f)))).map((d) => ({
    name: d.name,
    kind: d.kind,
    files: d.files,
    values: d.values ?? [],
    set: d.set ?? {},
    service: d.service,
    port: DEFAULT_PORT,
    externalQdrant: d.externalQdrant ?? false,
    env: d.env ?? {},
    probe: defaultProbe(version),
    timeoutMs: DEFAULT_TIMEOUT_MS
  }));
}

// src/smoke/settings.ts
function applyProbe(base, settings, version) {
  if (!settings) return base;
  const probe = { ...base, expectations: { ...base.expectations } };
  if (settings.mcpPath !== void 0) probe.mcpPath = settings.mcpPath;
  if (settings.health !== void 0) probe.health = settings.health;
  if (settings.tools) probe.expectations.tools = settings.tools;
  if (settings.serverName) probe.expectations.serverName = settings.serverName;
  if (settings.followUps !== void 0) probe.expectations.followUps = settings.followUps;
  if (settings.tool) {
    probe.expectations.toolCall = { name: settings.tool, arguments: settings.toolArgs, expect: settings.expect ?? version };
  } else if (probe.expectations.toolCall && (settings.expect !== void 0 || settings.toolArgs)) {
    probe.expectations.toolCall = { ...probe.expectations.toolCall, ...settings.expect !== void 0 ? { expect: settings.expect } : {}, ...settings.toolArgs ? { arguments: settings.toolArgs } : {} };
  }
  return probe;
}
function fromFile(m, version, common) {
  const base = applyProbe(defaultProbe(version), common.probe, version);
  return {
    name: m.name,
    kind: m.kind,
    files: m.files,
    values: m.values ?? [],
    set: Object.fromEntries(Object.entries(m.set ?? {}).map(([k, v]) => [k, String(v)])),
    service: m.service,
    port: m.port ?? DEFAULT_PORT,
    externalQdrant: m.externalQdrant ?? m.kind === "docker",
    env: Object.fromEntries(Object.entries(m.env ?? {}).map(([k, v]) => [k, String(v)])),
    probe: applyProbe(base, m.probe, version),
    timeoutMs: (m.timeout ?? common.timeout ?? DEFAULT_TIMEOUT_MS / 1e3) * 1e3
  };
}
function selectMethods(root, version, settings, selection) {
  const common = settings ?? {};
  const configured = common.methods?.map((m) => fromFile(m, version, common));
  const available = configured ?? defaultMethods(root, version).map((m) => ({ ...m, probe: applyProbe(m.probe, common.probe, version), timeoutMs: common.timeout ? common.timeout * 1e3 : m.timeoutMs }));
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
  return methods.map((m) => ({
    ...m,
    timeoutMs: selection.timeoutMs ?? m.timeoutMs,
    probe: applyProbe(m.probe, selection.probe, version)
  }));
}

// src/commands/smoke.ts
function positiveInt(options, name, fallback) {
  const raw = stringOption(options, name);
  if (raw === void 0) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new UserError(`input ${name}: ${JSON.stringify(raw)} is not a positive whole number`);
  return Number(raw);
}
async function parseInputs(options) {
  const root = repositoryRoot(options);
  const config = loadConfig(root, configOverrides(options));
  const version = stringOption(options, "version") ?? expectedVersions(config).app;
  const provider = stringOption(options, "provider") ?? config.smoke?.provider ?? "kind";
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
  const timeoutInput = stringOption(options, "timeout");
  const methods = selectMethods(root, version, config.smoke, {
    names: listOption(options, "methods"),
    provider,
    timeoutMs: timeoutInput === void 0 ? void 0 : positiveInt(options, "timeout", 600) * 1e3,
    probe: {
      mcpPath: stringOption(options, "mcp-path"),
      tool: stringOption(options, "tool"),
      toolArgs,
      expect: stringOption(options, "expect"),
      tools: listOption(options, "expect-tools")
    }
  });
  const imageRepository = config.images[0]?.name;
  const image = stringOption(options, "image") ?? (imageRepository ? `${imageRepository}:${version}` : void 0);
  if (!image) throw new UserError("input image: required (no image configured to derive <image>:<version>)");
  const chartInput = stringOption(options, "chart");
  let chart;
  if (chartInput) {
    const absolute = path4.resolve(root, chartInput);
    if (!existsSync3(absolute)) throw new UserError(`input chart: ${chartInput} not found`);
    chart = { path: absolute, kind: statSync2(absolute).isDirectory() ? "dir" : "package" };
  } else if (config.chart) {
    chart = { path: path4.join(root, config.chart.dir), kind: "dir" };
  }
  const diagnosticsInput = stringOption(options, "diagnostics-dir");
  return {
    root,
    methods,
    provider,
    candidate: {
      image,
      repository: imageRepository ?? image.replace(/[:@].*$/, ""),
      version,
      chart,
      imageMap: parseImageMap(listOption(options, "image-map") ?? [], "input image-map"),
      qdrantImage: stringOption(options, "qdrant-image") ?? config.smoke?.qdrantImage ?? "qdrant/qdrant:v1.15.5",
      probeImage: stringOption(options, "probe-image") ?? "node:24-slim"
    },
    parallel: positiveInt(options, "parallel", config.smoke?.parallel ?? 3),
    diagnosticsDir: diagnosticsInput ? path4.resolve(root, diagnosticsInput) : mkdtempSync(path4.join(process.env.RUNNER_TEMP || tmpdir(), "dot-ai-release-smoke-")),
    keep: booleanOption(options, "keep"),
    kindNodeImage: stringOption(options, "kind-node-image"),
    kindCluster: stringOption(options, "kind-cluster"),
    kubeconfig: stringOption(options, "kubeconfig"),
    context: stringOption(options, "context")
  };
}
function summarize(run2, inputs, imageId) {
  const rows = run2.results.map((r) => {
    const mcp = r.probes.map((p) => `${p.endpoint}: ${p.result.ok ? `${p.result.server?.name ?? "?"} ${p.result.server?.version ?? ""}, ${p.result.tools?.length ?? 0} tools${p.result.toolCall ? `, ${p.result.toolCall.name} showed ${inputs.candidate.version}` : ""}` : "failed"}`).join("; ");
    return [r.method, r.status === "passed" ? "\u2705 passed" : "\u274C failed", `${r.seconds} s`, mcp || "-", r.cause ?? ""];
  });
  const failed = run2.results.filter((r) => r.status === "failed").length;
  return [
    `### Smoke: ${failed ? `${failed} of ${run2.results.length} methods failed` : `all ${run2.results.length} methods passed`}`,
    "",
    `Image \`${inputs.candidate.image}\`${imageId ? ` (id \`${imageId}\`)` : ""}, version ${inputs.candidate.version}${run2.cluster ? `; cluster ${run2.cluster.name} (${run2.cluster.created ? "created" : "reused"} in ${run2.cluster.seconds} s)` : ""}`,
    "",
    markdownTable(["Method", "Status", "Time", "MCP", "Cause"], rows),
    ...failed ? ["", `Diagnostics: \`${inputs.diagnosticsDir}\``] : []
  ].join("\n");
}
async function execute(inputs, reporter, persist) {
  const cleanup = new CleanupRegistry(persist);
  const cancel = new AbortController();
  const onSignal = () => cancel.abort(new UserError("cancelled"));
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    const candidate = await prepareCandidate(inputs.candidate);
    const job = {
      root: inputs.root,
      methods: inputs.methods,
      candidate,
      cluster: inputs.methods.some((m) => platformOf(m.kind) === "kubernetes") ? clusterProvider(inputs) : void 0,
      parallel: inputs.parallel,
      diagnosticsDir: inputs.diagnosticsDir,
      keep: inputs.keep
    };
    const run2 = await runSmoke(job, reporter, cleanup, cancel.signal);
    const failed = run2.results.filter((r) => r.status === "failed");
    const results = run2.results.map((r) => ({ ...r, probes: r.probes.map((p) => ({ endpoint: p.endpoint, ok: p.result.ok, cause: p.result.cause, server: p.result.server, tools: p.result.tools, "tool-call": p.result.toolCall, ms: p.result.ms })) }));
    return {
      ok: failed.length === 0,
      error: failed.length ? new UserError(`smoke: ${failed.map((r) => `${r.method}: ${r.cause}`).join("; ")}`) : void 0,
      outputs: { results: JSON.stringify(results), "diagnostics-path": inputs.diagnosticsDir },
      summary: summarize(run2, inputs, candidate.image.id),
      json: { results, "diagnostics-path": inputs.diagnosticsDir, image: candidate.image, cluster: run2.cluster }
    };
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    if (!inputs.keep) for (const problem of await cleanup.runAll()) reporter.warning(`not removed: ${problem}`);
  }
}
async function run(options, reporter) {
  const persist = process.env.GITHUB_STATE ? (actions) => saveState("smoke-cleanup", JSON.stringify(actions)) : void 0;
  return execute(await parseInputs(options), reporter, persist);
}
export {
  execute,
  parseInputs,
  run
};
