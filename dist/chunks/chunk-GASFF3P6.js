import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  probeMcp
} from "./chunk-CL6NG74M.js";
import {
  CleanupRegistry,
  Compose,
  findComposeCli
} from "./chunk-L3LQVCA6.js";
import {
  Docker
} from "./chunk-S3FUDS3N.js";
import {
  saveState
} from "./chunk-YKIZ4RFB.js";
import {
  expectedVersions
} from "./chunk-6KVLYOAG.js";
import {
  CONFIG_FILE,
  booleanOption,
  configOverrides,
  listOption,
  loadConfig,
  repositoryRoot,
  require_dist,
  require_semver,
  stringOption
} from "./chunk-ODY2SBER.js";
import {
  markdownTable
} from "./chunk-DQ5E7V2U.js";
import {
  UserError
} from "./chunk-IXRSKL5H.js";
import {
  __toESM
} from "./chunk-HANBNIMK.js";

// src/commands/smoke.ts
import { existsSync as existsSync4, mkdtempSync, statSync as statSync3 } from "node:fs";
import { tmpdir } from "node:os";
import path6 from "node:path";

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
import { mkdirSync as mkdirSync2, rmSync, writeFileSync as writeFileSync3 } from "node:fs";
import path4 from "node:path";

// src/smoke/methods/compose.ts
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, realpathSync, statSync, writeFileSync } from "node:fs";
import path2 from "node:path";

// src/smoke/methods/compose-plan.ts
var import_semver = __toESM(require_semver(), 1);
var import_yaml = __toESM(require_dist(), 1);
import path from "node:path";
var SMOKE_LABEL = "dot-ai-release.smoke";
function parseCompose(text) {
  const doc = (0, import_yaml.parse)(text, { merge: true });
  if (!doc || typeof doc !== "object" || !doc.services || typeof doc.services !== "object") return { services: {} };
  return doc;
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
      const file = path.resolve(dir, fallback);
      if (!exists(file) && exists(`${file}.example`)) {
        seen.add(variable);
        seeds.examples.push({ variable, example: `${file}.example`, name: path.basename(file) });
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
  return path.resolve(context, file);
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
    if (image && splitImage(image).repository === candidate.image.repository) {
      entry.image = candidate.image.ref;
      plan.changes.push(`${name}: image ${candidate.image.ref}`);
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
    out.labels = s.labels;
    if (s.ports && options.replacePorts) out.ports = s.ports;
    services[name] = out;
  }
  const doc = new import_yaml.Document({ services }, { version: "1.1" });
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
  return new import_yaml.Document(model, { version: "1.1" }).toString();
}
var NOISE = /^(at\s|Node\.js v\d|[{}^]$|\^+$|code: |requireStack|throw\s|node:internal\/)/;
var TELLING = /error|fail|cannot|can't|refused|denied|not found|not writable|unreachable|invalid|missing|fatal|panic|exception/i;
function tellingLogLine(log, max = 240) {
  const lines = log.split("\n").map((l) => l.trim()).filter(Boolean).slice(-30);
  const meaningful = lines.filter((l) => !NOISE.test(l));
  const line = [...meaningful].reverse().find((l) => TELLING.test(l)) ?? meaningful.at(-1) ?? "";
  return line.length > max ? `${line.slice(0, max)}...` : line;
}
var SECRET_KEY = /(KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|AUTH)/i;
function redactEnvList(list) {
  if (Array.isArray(list)) {
    return list.map((e) => {
      if (typeof e !== "string") return e;
      const eq = e.indexOf("=");
      return eq > 0 && SECRET_KEY.test(e.slice(0, eq)) && e.length > eq + 1 ? `${e.slice(0, eq)}=***` : e;
    });
  }
  if (list && typeof list === "object") {
    return Object.fromEntries(Object.entries(list).map(([k, v]) => [k, SECRET_KEY.test(k) && v !== "" && v !== null ? "***" : v]));
  }
  return list;
}
function redactComposeConfig(text) {
  const doc = (0, import_yaml.parse)(text, { merge: true, uniqueKeys: false });
  if (!isMapLike(doc)) return text;
  const services = doc.services ?? {};
  for (const service of Object.values(services)) if (service && "environment" in service) service.environment = redactEnvList(service.environment);
  return new import_yaml.Document(doc, { version: "1.1" }).toString();
}
function redactInspect(inspect) {
  const config = inspect.Config;
  return config?.Env ? { ...inspect, Config: { ...config, Env: redactEnvList(config.Env) } } : inspect;
}
function isMapLike(v) {
  return !!v && typeof v === "object" && !Array.isArray(v) && !(0, import_yaml.isMap)(v);
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
    const labels2 = inspect.Config?.Labels ?? {};
    const last = state.Health?.Log?.at(-1);
    views.push({
      id,
      name: String(inspect.Name ?? id).replace(/^\//, ""),
      service: labels2["com.docker.compose.service"] ?? "?",
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
async function lastLogLine(id) {
  return tellingLogLine(await new Docker().logs(id, 30).catch(() => ""));
}
async function failureOf(c, mcpService) {
  const who = `service ${c.service} (container ${c.name})`;
  const withLog = async (what) => {
    const log = await lastLogLine(c.id);
    return `${who} ${what}${log ? `: ${log}` : ""}`;
  };
  if (c.status === "restarting" || c.restartCount > 0) return withLog(`keeps restarting (last exit code ${c.exitCode})`);
  if (c.status === "exited" || c.status === "dead") {
    if (c.exitCode !== 0 || c.service === mcpService) return withLog(`exited with code ${c.exitCode}`);
    return void 0;
  }
  if (c.health?.status === "unhealthy") {
    const last = c.health.last;
    const log = await lastLogLine(c.id);
    return `${who} is unhealthy${last ? `: health check exit ${last.exitCode}${oneLine(last.output) ? `: ${oneLine(last.output)}` : ""}` : ""}${log ? `; its log: ${log}` : ""}`;
  }
  return void 0;
}
function describeState(c) {
  const last = c.health?.last;
  return `service ${c.service} (container ${c.name}) ${c.status}${c.health ? `, health ${c.health.status}${last ? ` (last check exit ${last.exitCode}${oneLine(last.output) ? `: ${oneLine(last.output)}` : ""})` : ""}` : ""}`;
}
function ready(c) {
  return c.status === "running" && (c.health ? c.health.status === "healthy" : true);
}
function sleep(ms, signal) {
  return new Promise((resolve) => {
    const onAbort = () => (clearTimeout(timer), resolve());
    const timer = setTimeout(() => (signal.removeEventListener("abort", onAbort), resolve()), ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
function insideRoot(root, file, what) {
  const absolute = path2.resolve(root, file);
  if (!existsSync(absolute)) throw new UserError(`${what}: ${file} not found`);
  const real = realpathSync(absolute);
  const realRoot = realpathSync(root);
  if (real !== realRoot && !real.startsWith(`${realRoot}${path2.sep}`)) throw new UserError(`${what}: ${file} is outside the repository`);
  if (!statSync(real).isFile()) throw new UserError(`${what}: ${file} is not a regular file`);
  return absolute;
}
function declaredServices(root, spec) {
  const names = /* @__PURE__ */ new Set();
  for (const file of spec.files) {
    const absolute = insideRoot(root, file, `smoke method ${spec.name}`);
    let model;
    try {
      model = parseCompose(readFileSync(absolute, "utf8"));
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
    const files = spec.files.map((f) => path2.resolve(env.root, f));
    const projectDir = path2.dirname(files[0]);
    const service = serviceOf(spec, declaredServices(env.root, spec));
    const cli = await findComposeCli(cliPreference(spec));
    const label = `Compose v${cli.major} ${cli.version}`;
    env.reporter.info(`${label} (${cli.command.join(" ")}), project ${runName}`);
    const privateDir = path2.join(env.workDir, "private");
    mkdirSync(privateDir, { recursive: true, mode: 448 });
    env.cleanup.add({ kind: "directory", path: privateDir });
    const given = Object.fromEntries(Object.entries(spec.env).filter(([k]) => k !== "COMPOSE_CLI"));
    const seeds = seedsFor(files.map((f) => readFileSync(f, "utf8")), projectDir, existsSync, given);
    const vars = {};
    const notes = [];
    for (const { variable, example, name } of seeds.examples) {
      const copy = path2.join(privateDir, `${variable}-${name}`);
      copyFileSync(example, copy);
      chmodSync(copy, 384);
      vars[variable] = copy;
      notes.push(`${variable}: a copy of ${path2.relative(env.root, example)}`);
    }
    for (const { variable, fallback } of seeds.homePaths) {
      const standIn = path2.join(privateDir, variable);
      writeFileSync(standIn, homeStandIn(variable, fallback), { mode: 384 });
      vars[variable] = standIn;
      notes.push(`${variable}: ${homeStandIn(variable, fallback) ? "an empty kubeconfig" : "an empty file"} instead of ${fallback} (the runner's own files are never mounted)`);
    }
    Object.assign(vars, given);
    const processEnv = { ...process.env, ...vars };
    const user = new Compose(cli, files, runName, processEnv);
    const model = parseCompose((await user.run(`${label} config`, ["config"], { signal, timeoutMs: 12e4 })).stdout);
    if (!model.services[service]) throw new UserError(`${spec.files.join(", ")}: no service ${service} after interpolation`);
    const plan = planOverride({
      model,
      candidate,
      service,
      port: spec.port,
      runName,
      readDockerfile: (file) => existsSync(file) ? readFileSync(file, "utf8") : void 0
    });
    notes.push(...plan.changes);
    const override = path2.join(env.workDir, "compose.smoke-override.yml");
    let deployFiles;
    let how;
    if (supportsOverrideTag(cli)) {
      writeFileSync(override, overrideYaml(plan, { replacePorts: true }));
      deployFiles = [...files, override];
      how = `${label}: ${spec.files.join(" + ")} + override ${path2.basename(override)} (ports: !override)`;
    } else {
      writeFileSync(override, overrideYaml(plan, { replacePorts: false }));
      const merged = new Compose(cli, [...files, override], runName, processEnv);
      const mergedModel = parseCompose((await merged.run(`${label} config`, ["config"], { signal, timeoutMs: 12e4 })).stdout);
      const derived = path2.join(privateDir, "compose.smoke.yml");
      writeFileSync(derived, composeYaml(withPortsReplaced(mergedModel, plan)), { mode: 384 });
      deployFiles = [derived];
      how = `${label}: compose's merged model of ${spec.files.join(" + ")} + override ${path2.basename(override)}, ports replaced in it (v${cli.major} merges port lists)`;
    }
    how += `, project ${runName}; ${plan.changes.filter((c) => /image|built/.test(c)).join("; ")}`;
    if (signal.aborted) throw signal.reason instanceof Error ? signal.reason : new UserError("cancelled");
    const state = { cli, files: deployFiles, project: runName, env: vars, service };
    writeFileSync(path2.join(env.workDir, STATE_FILE), `${JSON.stringify(state, null, 2)}
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
          if (own.every(ready)) break;
        }
        await sleep(1e3, signal);
      }
    } finally {
      signal.removeEventListener("abort", onAbort);
      if (!upResult) stopUp.abort();
      const finished = await up.catch(() => void 0);
      inFlight.delete(runName);
      if (finished) writeFileSync(path2.join(env.workDir, "up.log"), `${finished.stdout}${finished.stderr}`);
    }
    const address = await compose.publishedAddress(service, spec.port, { signal });
    return { endpoints: [{ label: "published port", url: `http://${address}/` }], how, notes };
  },
  async diagnose(env) {
    const stateFile = path2.join(env.workDir, STATE_FILE);
    if (!existsSync(stateFile)) return void 0;
    const state = JSON.parse(readFileSync(stateFile, "utf8"));
    await inFlight.get(state.project)?.catch(() => void 0);
    const compose = new Compose(state.cli, state.files, state.project, { ...process.env, ...state.env });
    const options = { signal: env.signal, timeoutMs: 12e4 };
    const write = (name, text) => writeFileSync(path2.join(env.workDir, name), text.endsWith("\n") ? text : `${text}
`);
    const ps = await compose.try(["ps", "--all"], options);
    write("compose-ps.txt", `${ps.stdout}${ps.stderr}`);
    const logs = await compose.try(["logs", "--no-color", "--timestamps", "--tail", "500"], options);
    write("compose-logs.txt", `${logs.stdout}${logs.stderr}`);
    const config = await compose.try(["config"], options);
    write("compose-config.yml", config.code === 0 ? redactComposeConfig(config.stdout) : `# compose config failed (exit ${config.code})
${config.stderr}`);
    const docker = new Docker();
    const causes = [];
    const containers = await containersOf(compose, env.signal);
    const pending = [];
    for (const c of containers) {
      const failure = await failureOf(c, state.service);
      const done = c.status === "exited" && c.exitCode === 0 && c.service !== state.service;
      if (!failure && (done || ready(c) && c.service !== state.service)) continue;
      const inspect = await docker.inspect(c.id);
      if (inspect) write(`${c.name}.inspect.json`, JSON.stringify(redactInspect(inspect), null, 2));
      if (failure) causes.push(failure);
      else if (!ready(c)) pending.push(c);
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
import { chmodSync as chmodSync2, existsSync as existsSync2, readFileSync as readFileSync2, statSync as statSync2, writeFileSync as writeFileSync2 } from "node:fs";
import path3 from "node:path";

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
    const absolute = path3.join(root, envFile);
    if (!existsSync2(absolute) || !statSync2(absolute).isFile()) throw new UserError(`smoke method ${spec.name}: ${envFile} not found`);
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
    const envFile = path3.join(env.workDir, ".env");
    const example = readFileSync2(path3.join(env.root, spec.files[0]), "utf8");
    writeFileSync2(envFile, envFileWith(example, { QDRANT_URL: "http://qdrant:6333", ...spec.env }), { mode: 384 });
    chmodSync2(envFile, 384);
    env.cleanup.add({ kind: "directory", path: envFile });
    const kubeconfig = path3.join(env.workDir, "kubeconfig");
    writeFileSync2(kubeconfig, "apiVersion: v1\nkind: Config\nclusters: []\ncontexts: []\nusers: []\n", { mode: 420 });
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
      writeFileSync2(path3.join(env.workDir, `${name}.inspect.json`), `${JSON.stringify(inspect ?? null, null, 2)}
`);
      writeFileSync2(path3.join(env.workDir, `${name}.log`), inspect ? await docker.logs(name, 200) : "(no such container)\n");
      const failure = inspect ? await containerFailure(docker, name) : void 0;
      if (failure) parts.push(failure);
    }
    return parts.length ? parts.join("; ") : void 0;
  }
};

// src/smoke/methods/index.ts
var METHODS = {
  docker: dockerMethod,
  compose: composeMethod
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
  const workDir = path4.join(job.diagnosticsDir, spec.name);
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync2(workDir, { recursive: true });
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
  writeFileSync3(path4.join(workDir, "probe.json"), `${JSON.stringify(probes, null, 2)}
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
  mkdirSync2(job.diagnosticsDir, { recursive: true });
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
import { existsSync as existsSync3 } from "node:fs";
import path5 from "node:path";
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
var REFERENCE_SERVER = "examples/mcp-server";
function devSource(root) {
  if (!existsSync3(path5.join(root, REFERENCE_SERVER, "Dockerfile"))) return {};
  return { DOT_AI_SRC: path5.relative(path5.join(root, DOCKER), path5.join(root, REFERENCE_SERVER)), DOT_AI_ENTRY: "dist/server.js" };
}
var DEFAULTS = [
  { name: "docker", kind: "docker", files: [`${DOCKER}/.env.example`], service: "dot-ai", externalQdrant: true },
  { name: "compose", kind: "compose", files: [`${DOCKER}/docker-compose.yml`], service: "dot-ai" },
  { name: "compose-prod", kind: "compose", files: [`${DOCKER}/docker-compose.prod.yml`], service: "dot-ai" },
  { name: "compose-dev", kind: "compose", files: [`${DOCKER}/docker-compose.dev.yml`], service: "dot-ai", envFor: devSource },
  { name: "kubernetes", kind: "kustomize", files: [`${KUBE}/standalone`, `${KUBE}/with-qdrant`], service: "dot-ai", externalQdrant: true },
  { name: "helm", kind: "helm", files: ["charts/dot-ai"], service: "dot-ai" },
  { name: "helm-external-qdrant", kind: "helm", files: ["charts/dot-ai"], values: [`${HELM_VALUES}/values.external-qdrant.yaml`], service: "dot-ai", externalQdrant: true },
  { name: "helm-prod", kind: "helm", files: ["charts/dot-ai"], values: [`${HELM_VALUES}/values.prod.yaml`], service: "dot-ai" },
  { name: "toolhive", kind: "toolhive", files: ["examples/deployments/toolhive"], service: "mcp-dot-ai-proxy" }
];
var DEFAULT_METHOD_NAMES = DEFAULTS.map((d) => d.name);
function defaultMethods(root, version) {
  return DEFAULTS.filter((d) => [...d.files, ...d.values ?? []].every((f) => existsSync3(path5.join(root, f)))).map((d) => ({
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
  const config = loadConfig(root, configOverrides({ ...options, chart: void 0 }));
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
    const absolute = path6.resolve(root, chartInput);
    if (!existsSync4(absolute)) throw new UserError(`input chart: ${chartInput} not found`);
    chart = { path: absolute, kind: statSync3(absolute).isDirectory() ? "dir" : "package" };
  } else if (config.chart) {
    chart = { path: path6.join(root, config.chart.dir), kind: "dir" };
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
    diagnosticsDir: diagnosticsInput ? path6.resolve(root, diagnosticsInput) : mkdtempSync(path6.join(process.env.RUNNER_TEMP || tmpdir(), "dot-ai-release-smoke-")),
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
  parseInputs,
  execute,
  run
};
