import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  Helm
} from "./chunk-6ZUX5ST6.js";
import {
  Buildah,
  Docker,
  buildahBinary,
  dockerBinary
} from "./chunk-ZXSDCEXT.js";
import {
  Git,
  exec,
  execChecked,
  toolEnv
} from "./chunk-OOIETZWO.js";
import {
  UserError
} from "./chunk-IXRSKL5H.js";

// src/tools/cleanup.ts
import { readFileSync as readFileSync2 } from "node:fs";

// src/tools/compose.ts
import path from "node:path";
async function tryVersion(bin, args) {
  try {
    const result = await exec(bin, args, { timeoutMs: 2e4 });
    return result.code === 0 ? result.stdout.trim() || void 0 : void 0;
  } catch {
    return void 0;
  }
}
async function findComposeCli(prefer = process.env.COMPOSE_CLI) {
  if (prefer !== "v1") {
    const v2 = await tryVersion(dockerBinary(), ["compose", "version", "--short"]);
    if (v2) return { command: [dockerBinary(), "compose"], version: v2, major: 2 };
    if (prefer === "v2") throw new UserError("Compose v2 (`docker compose`) does not work here (on GitHub runners it is preinstalled; elsewhere install the docker-compose-plugin)");
  }
  const v1 = await tryVersion("docker-compose", ["version", "--short"]);
  if (v1) return { command: ["docker-compose"], version: v1, major: 1 };
  throw new UserError(`no Docker Compose: neither \`docker compose\` nor \`docker-compose\` works${prefer === "v1" ? " (v1 was asked for)" : ""}`);
}
var Compose = class {
  constructor(cli, files, project, env = process.env) {
    this.cli = cli;
    this.files = files;
    this.project = project;
    this.env = env;
  }
  cli;
  files;
  project;
  env;
  argv(args) {
    const [bin, ...pre] = this.cli.command;
    const files = this.files.flatMap((f) => ["-f", f]);
    return { bin, args: [...pre, ...this.project ? ["--project-name", this.project] : [], ...files, ...args] };
  }
  options(extra = {}) {
    return { cwd: this.files[0] ? path.dirname(this.files[0]) : void 0, env: this.env, ...extra };
  }
  /** `config -q`: undefined when the files are valid, else compose's own message. */
  async configErrors() {
    const { bin, args } = this.argv(["config", "-q"]);
    const result = await exec(bin, args, this.options({ timeoutMs: 6e4 }));
    return result.code === 0 ? void 0 : result.stderr.trim() || result.stdout.trim() || `exit ${result.code}`;
  }
  /** Runs any compose subcommand; a non-zero exit is a ToolError. */
  run(what, args, extra = {}) {
    const { bin, args: argv } = this.argv(args);
    return execChecked(what, bin, argv, this.options(extra));
  }
  /** Runs any compose subcommand and returns its result whatever the exit code. */
  try(args, extra = {}) {
    const { bin, args: argv } = this.argv(args);
    return exec(bin, argv, this.options(extra));
  }
  /**
   * The project's containers (ids, stopped ones too), asked of the engine by compose's project
   * label: one quick `docker ps` instead of `compose ps` (v1 is a Python start-up each time), and
   * orphans are included.
   */
  async containerIds(extra = {}) {
    if (!this.project) throw new Error("Compose.containerIds: no project name");
    const result = await execChecked(`docker ps (compose project ${this.project})`, dockerBinary(this.env), ["ps", "--all", "--quiet", "--no-trunc", "--filter", `label=com.docker.compose.project=${this.project}`], { env: this.env, timeoutMs: 3e4, ...extra });
    return result.stdout.split("\n").map((l) => l.trim()).filter(Boolean);
  }
  /** `port SERVICE PORT`: the host address a service's container port is published on, e.g. 127.0.0.1:49153. */
  async publishedAddress(service, port, extra = {}) {
    const { stdout } = await this.run(`compose port ${service} ${port}`, ["port", service, String(port)], { timeoutMs: 6e4, ...extra });
    const address = stdout.split("\n").map((l) => l.trim()).find((l) => /^[\d.]+:\d+$|^\[[0-9a-f:]+\]:\d+$/i.test(l));
    if (!address || /:0$/.test(address)) throw new UserError(`compose port ${service} ${port}: not published (${stdout.trim() || "no answer"})`);
    return address;
  }
};

// src/tools/kind.ts
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path2 from "node:path";
function kindBinary(env = process.env) {
  return env.KIND_BIN || "kind";
}
function kindContext(cluster) {
  return `kind-${cluster}`;
}
var NODE_IMAGE_CHECK = `set -eu
version=$(cat /kind/version)
required=$(kubeadm config images list --kubernetes-version "$version" 2>/dev/null)
sandbox=$(sed -n 's/^ *sandbox_image *= *"\\(.*\\)"/\\1/p' /etc/containerd/config.toml)
containerd >/tmp/containerd.log 2>&1 &
for i in $(seq 1 40); do ctr version >/dev/null 2>&1 && break; sleep 0.25; done
have=$(ctr --namespace=k8s.io images list -q)
echo "kubernetes: $version"
echo "missing:"
for image in $required $sandbox; do
  echo "$have" | grep -qxF "$image" || echo "$image"
done`;
var Kind = class {
  constructor(bin = kindBinary(), env = process.env, dockerBin = env.DOCKER_BIN || "docker") {
    this.bin = bin;
    this.env = env;
    this.dockerBin = dockerBin;
  }
  bin;
  env;
  dockerBin;
  checked(what, args) {
    return execChecked(what, this.bin, args, { env: this.env });
  }
  /** `kind version` (e.g. "v0.30.0"), or undefined when kind is not installed. */
  async version() {
    try {
      const result = await exec(this.bin, ["version"], { env: this.env });
      return result.code === 0 ? /v\d+\.\d+\.\d+\S*/.exec(result.stdout)?.[0] : void 0;
    } catch {
      return void 0;
    }
  }
  /** Names of the clusters kind knows on this Docker engine. */
  async clusters() {
    const { stdout, stderr } = await this.checked("kind get clusters", ["get", "clusters"]);
    void stderr;
    return stdout.split("\n").map((l) => l.trim()).filter(Boolean);
  }
  async exists(name) {
    return (await this.clusters()).includes(name);
  }
  /** Node container names of a cluster (e.g. NAME-control-plane). */
  async nodes(name) {
    const { stdout } = await this.checked(`kind get nodes --name ${name}`, ["get", "nodes", "--name", name]);
    return stdout.split("\n").map((l) => l.trim()).filter(Boolean);
  }
  /** `kind create cluster`; a failure is a UserError carrying kind's last lines. */
  async createCluster(options) {
    const args = ["create", "cluster", "--name", options.name, "--kubeconfig", options.kubeconfig];
    if (options.image) args.push("--image", options.image);
    if (options.waitSeconds) args.push("--wait", `${options.waitSeconds}s`);
    if (options.retain) args.push("--retain");
    let configDir;
    try {
      if (options.config !== void 0) {
        configDir = mkdtempSync(path2.join(tmpdir(), "dot-ai-release-kind-"));
        const configFile = path2.join(configDir, "cluster.yaml");
        writeFileSync(configFile, options.config);
        args.push("--config", configFile);
      }
      await this.checked(`kind create cluster --name ${options.name}`, args);
    } finally {
      if (configDir) rmSync(configDir, { recursive: true, force: true });
    }
  }
  /**
   * In every node: a pod's connection to the Service range that kube-proxy has not translated (yet) is
   * refused at the node, instead of leaving through the host's network, where something may answer
   * it (on the test machines an egress proxy answers any address with HTTP 404, and ToolHive's proxy,
   * connecting before its Service was programmed, kept that connection for minutes). Translated
   * traffic no longer carries a Service address when it is forwarded, so it is untouched. Returns the
   * range.
   */
  async refuseUntranslatedServiceTraffic(name) {
    const nodes = await this.nodes(name);
    const controlPlane = nodes.find((n) => n.endsWith("-control-plane")) ?? nodes[0];
    if (!controlPlane) throw new UserError(`kind cluster ${name} has no nodes`);
    const manifest = await execChecked(`docker exec ${controlPlane} cat kube-apiserver.yaml`, this.dockerBin, ["exec", controlPlane, "cat", "/etc/kubernetes/manifests/kube-apiserver.yaml"], { env: this.env });
    const range = /--service-cluster-ip-range=(\S+)/.exec(manifest.stdout)?.[1] ?? "";
    const ipv4 = range.split(",").filter((cidr) => /^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/.test(cidr));
    if (!ipv4.length) throw new UserError(`kind cluster ${name}: no IPv4 Service range in ${controlPlane}'s kube-apiserver manifest`);
    for (const node of nodes) {
      for (const cidr of ipv4) {
        await execChecked(`docker exec ${node} iptables -I FORWARD -d ${cidr} -j REJECT`, this.dockerBin, ["exec", node, "iptables", "-I", "FORWARD", "1", "-d", cidr, "-j", "REJECT"], { env: this.env });
      }
    }
    return ipv4;
  }
  /** `kind delete cluster`; deleting a cluster that does not exist succeeds (kind's own behaviour). */
  async deleteCluster(name, kubeconfig) {
    await this.checked(`kind delete cluster --name ${name}`, ["delete", "cluster", "--name", name, ...kubeconfig ? ["--kubeconfig", kubeconfig] : []]);
  }
  /** `kind get kubeconfig` (`internal`: the address other containers on the kind network use). */
  async kubeconfig(name, internal = false) {
    const { stdout } = await this.checked(`kind get kubeconfig --name ${name}`, ["get", "kubeconfig", "--name", name, ...internal ? ["--internal"] : []]);
    return stdout;
  }
  /** `kind load docker-image`: copies local Docker images into every node's containerd. */
  async loadDockerImages(name, images) {
    if (images.length === 0) return;
    await this.checked(`kind load docker-image ${images.join(" ")} --name ${name}`, ["load", "docker-image", "--name", name, ...images]);
  }
  /** `kind load image-archive`: imports a `docker save` tarball into every node's containerd. */
  async loadImageArchive(name, archive) {
    await this.checked(`kind load image-archive --name ${name}`, ["load", "image-archive", "--name", name, archive]);
  }
  /**
   * The images kubeadm needs that a node image does not hold (checked in its containerd, before any
   * `kind create cluster`: a missing one would only show up as a pull failure inside the cluster).
   */
  async missingNodeImages(nodeImage) {
    const result = await exec(this.dockerBin, ["run", "--rm", "--security-opt", "seccomp=unconfined", "--entrypoint", "/bin/bash", nodeImage, "-c", NODE_IMAGE_CHECK], { env: this.env });
    if (result.code !== 0) {
      throw new UserError(`cannot inspect node image ${nodeImage} (exit ${result.code}): ${(result.stderr || result.stdout).trim().split("\n").slice(-3).join(" | ")}`);
    }
    const version = /^kubernetes: (\S+)$/m.exec(result.stdout)?.[1] ?? "";
    const missing = result.stdout.split("missing:\n")[1]?.split("\n").map((l) => l.trim()).filter(Boolean) ?? [];
    return { kubernetesVersion: version, missing };
  }
  /**
   * Tails of a node's kubelet and containerd journals (from `kind export logs`), for diagnostics of a
   * cluster that does not become Ready.
   */
  async nodeJournals(name, lines = 40) {
    const dir = mkdtempSync(path2.join(tmpdir(), "dot-ai-release-kind-logs-"));
    try {
      await this.exportLogs(name, dir);
      const out = {};
      for (const node of await this.nodes(name)) {
        const tail = (file) => {
          const p = path2.join(dir, node, file);
          return existsSync(p) ? readFileSync(p, "utf8").trimEnd().split("\n").slice(-lines).join("\n") : `(no ${file})`;
        };
        out[node] = { kubelet: tail("kubelet.log"), containerd: tail("containerd.log") };
      }
      return out;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  /** `kind export logs DIR`: node journals, container logs and pod logs, for diagnostics. */
  async exportLogs(name, dir) {
    const result = await exec(this.bin, ["export", "logs", dir, "--name", name], { env: this.env });
    if (result.code !== 0) throw new UserError(`kind export logs --name ${name} failed: ${(result.stderr || result.stdout).trim().split("\n").slice(-3).join(" | ")}`);
    return dir;
  }
};

// src/tools/kubectl.ts
import { spawn } from "node:child_process";
function kubectlBinary(env = process.env) {
  return env.KUBECTL_BIN || "kubectl";
}
var Kubectl = class {
  constructor(target, bin = kubectlBinary(), env = process.env) {
    this.target = target;
    this.bin = bin;
    this.env = env;
  }
  target;
  bin;
  env;
  args(args) {
    return ["--kubeconfig", this.target.kubeconfig, "--context", this.target.context, ...args];
  }
  /** Any kubectl command; never throws for a non-zero exit. */
  run(args, stdin) {
    return exec(this.bin, this.args(args), { env: this.env, stdin });
  }
  /** Any kubectl command; a non-zero exit is a UserError naming `what`. */
  checked(what, args, stdin) {
    return execChecked(what, this.bin, this.args(args), { env: this.env, stdin });
  }
  /** Client and server versions (`gitVersion`), e.g. { client: 'v1.35.2', server: 'v1.34.4' }. */
  async version() {
    const { stdout } = await this.checked("kubectl version", ["version", "-o", "json"]);
    const v = JSON.parse(stdout);
    return { client: v.clientVersion?.gitVersion ?? "", server: v.serverVersion?.gitVersion ?? "" };
  }
  /** `kubectl get -o json`; a list's items, or the one object in a one-element array. */
  async get(resource, options = {}) {
    const args = ["get", resource, "-o", "json", ...namespaceArgs(options.namespace, options.allNamespaces)];
    if (options.selector) args.push("--selector", options.selector);
    const { stdout } = await this.checked(`kubectl get ${resource}`, args);
    const parsed = JSON.parse(stdout);
    return parsed.items ?? [parsed];
  }
  /** `kubectl apply -f -` of a manifest (one or more YAML documents). */
  async apply(manifest, options = {}) {
    const args = ["apply", "-f", "-", ...namespaceArgs(options.namespace)];
    if (options.serverDryRun) args.push("--dry-run=server");
    if (options.serverSide) args.push("--server-side", "--force-conflicts");
    const { stdout } = await this.checked(`kubectl apply${options.serverDryRun ? " --dry-run=server" : ""}`, args, manifest);
    return stdout;
  }
  /**
   * `kubectl create -f -`: no last-applied annotation (a later `apply` of the same object then only
   * adds, never removes what was created), and no 256 KiB annotation limit for large ConfigMaps.
   */
  async create(manifest, options = {}) {
    const { stdout } = await this.checked("kubectl create", ["create", "-f", "-", ...namespaceArgs(options.namespace)], manifest);
    return stdout;
  }
  /** `kubectl kustomize DIR`: the rendered manifests, without a cluster. */
  async kustomize(dir) {
    const { stdout } = await this.checked(`kubectl kustomize ${dir}`, ["kustomize", dir]);
    return stdout;
  }
  /** `kubectl apply -k DIR`. */
  async applyKustomization(dir, options = {}) {
    const args = ["apply", "-k", dir, ...options.serverDryRun ? ["--dry-run=server"] : []];
    const { stdout } = await this.checked(`kubectl apply -k ${dir}`, args);
    return stdout;
  }
  /** `kubectl delete -f -`; objects already gone are not an error. */
  async deleteManifest(manifest, options = {}) {
    const args = ["delete", "-f", "-", "--ignore-not-found", `--wait=${options.wait ?? true}`, ...namespaceArgs(options.namespace)];
    await this.checked("kubectl delete", args, manifest);
  }
  /** `kubectl delete TYPE NAME...`; objects already gone are not an error. */
  async delete(resource, names, options = {}) {
    await this.checked(`kubectl delete ${resource} ${names.join(" ")}`, [
      "delete",
      resource,
      ...names,
      "--ignore-not-found",
      `--wait=${options.wait ?? true}`,
      ...options.wait ?? true ? ["--timeout=180s"] : [],
      ...namespaceArgs(options.namespace)
    ]);
  }
  /** Creates a namespace with labels (e.g. Pod Security levels); idempotent. */
  async createNamespace(name, labels = {}) {
    const manifest = JSON.stringify({ apiVersion: "v1", kind: "Namespace", metadata: { name, labels } });
    await this.apply(manifest);
  }
  async deleteNamespace(name, wait = false) {
    await this.delete("namespace", [name], { wait });
  }
  /** `kubectl label --overwrite`. */
  async label(resource, labels, namespace) {
    await this.checked(`kubectl label ${resource}`, [
      "label",
      "--overwrite",
      resource,
      ...Object.entries(labels).map(([k, v]) => `${k}=${v}`),
      ...namespaceArgs(namespace)
    ]);
  }
  /** `kubectl wait`; on timeout a UserError naming the resource and condition. */
  async wait(options) {
    const args = ["wait", options.resource, `--for=${options.for}`, `--timeout=${options.timeoutSeconds}s`, ...namespaceArgs(options.namespace)];
    if (options.selector) args.push("--selector", options.selector);
    if (options.all) args.push("--all");
    await this.checked(`kubectl wait ${options.resource} --for=${options.for}${options.namespace ? ` -n ${options.namespace}` : ""}`, args);
  }
  /** `kubectl rollout status` of a Deployment, StatefulSet or DaemonSet. */
  async rolloutStatus(resource, namespace, timeoutSeconds) {
    await this.checked(`kubectl rollout status ${resource} -n ${namespace}`, ["rollout", "status", resource, "--namespace", namespace, `--timeout=${timeoutSeconds}s`]);
  }
  /** `kubectl exec POD -- COMMAND...`; resolves to the result (never throws for the command's exit). */
  execIn(pod, namespace, command, container) {
    return this.run(["exec", pod, "--namespace", namespace, ...container ? ["--container", container] : [], "--", ...command]);
  }
  /** Container logs (`previous`: the last crashed instance); empty when there are none. */
  async logs(pod, options) {
    const args = ["logs", pod, "--namespace", options.namespace];
    if (options.container) args.push("--container", options.container);
    if (options.allContainers) args.push("--all-containers", "--prefix");
    if (options.previous) args.push("--previous");
    if (options.tail !== void 0) args.push("--tail", String(options.tail));
    const result = await this.run(args);
    return result.code === 0 ? result.stdout : "";
  }
  async describe(resource, namespace) {
    const result = await this.run(["describe", resource, ...namespaceArgs(namespace)]);
    return result.stdout || result.stderr;
  }
  /** Events, oldest first (`namespace` undefined: all namespaces). */
  async events(namespace) {
    const result = await this.run(["get", "events", "--sort-by", ".lastTimestamp", ...namespaceArgs(namespace, namespace === void 0)]);
    return result.stdout || result.stderr;
  }
  /**
   * What a failed deployment needs to be understood, in one text: events, `describe` of its pods, and
   * every container's logs, current and previous. Printed before a namespace is deleted.
   */
  async diagnostics(namespace, options = {}) {
    const sections = [];
    sections.push(`--- events in ${namespace}
${await this.events(namespace)}`);
    sections.push(`--- objects in ${namespace}
${(await this.run(["get", "all,pvc,networkpolicy", "--namespace", namespace, "-o", "wide"])).stdout}`);
    let pods = [];
    try {
      pods = await this.get("pods", { namespace });
    } catch (error) {
      sections.push(`(cannot list pods: ${error.message})`);
    }
    for (const pod of pods) {
      const name = pod.metadata.name;
      sections.push(`--- describe pod/${name}
${await this.describe(`pod/${name}`, namespace)}`);
      const containers = [
        ...pod.spec?.initContainers ?? [],
        ...pod.spec?.containers ?? []
      ];
      for (const c of containers) {
        const current = await this.logs(name, { namespace, container: c.name, tail: options.tail ?? 100 });
        const previous = await this.logs(name, { namespace, container: c.name, previous: true, tail: options.tail ?? 100 });
        sections.push(`--- logs ${name}/${c.name}
${current || "(none)"}`);
        if (previous) sections.push(`--- previous logs ${name}/${c.name}
${previous}`);
      }
    }
    return sections.join("\n");
  }
  /**
   * `kubectl port-forward TARGET :REMOTE` on 127.0.0.1 with a port the OS picks; resolves once kubectl
   * reports the port. A long-running process, so it is spawned directly (argument array, no shell).
   */
  portForward(target, remotePort, namespace, timeoutMs = 3e4) {
    const args = this.args(["port-forward", target, `:${remotePort}`, "--namespace", namespace, "--address", "127.0.0.1"]);
    return new Promise((resolve, reject) => {
      const child = spawn(this.bin, args, { env: toolEnv(this.env), stdio: ["ignore", "pipe", "pipe"] });
      let output = "";
      let settled = false;
      const stop = () => new Promise((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once("exit", () => done());
        child.kill("SIGTERM");
      });
      const fail = (message) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        child.kill("SIGKILL");
        reject(new UserError(`kubectl port-forward ${target} -n ${namespace}: ${message}${output ? `: ${output.trim().split("\n").slice(-3).join(" | ")}` : ""}`));
      };
      const timer = setTimeout(() => fail(`no port within ${timeoutMs / 1e3} s`), timeoutMs);
      const onData = (d) => {
        output += d.toString();
        const match = /Forwarding from 127\.0\.0\.1:(\d+)/.exec(output);
        if (match?.[1] && !settled) {
          settled = true;
          clearTimeout(timer);
          resolve({ localPort: Number(match[1]), pid: child.pid ?? 0, stop });
        }
      };
      child.stdout.on("data", onData);
      child.stderr.on("data", onData);
      child.on("error", (error) => fail(`cannot run ${this.bin}: ${error.message}`));
      child.on("exit", (code) => fail(`exited with ${String(code)}`));
    });
  }
};
function namespaceArgs(namespace, allNamespaces = false) {
  if (allNamespaces) return ["--all-namespaces"];
  return namespace ? ["--namespace", namespace] : [];
}

// src/tools/cleanup.ts
function describeAction(a) {
  switch (a.kind) {
    case "docker-container":
      return `container ${a.name}`;
    case "docker-network":
      return `network ${a.name}`;
    case "docker-volume":
      return `volume ${a.name}`;
    case "docker-image":
      return `image ${a.ref}`;
    case "buildah-manifest":
      return `buildah manifest list ${a.name}`;
    case "buildah-image":
      return `buildah image ${a.id}`;
    case "compose-project":
      return `compose project ${a.project}`;
    case "namespace":
      return `namespace ${a.name}`;
    case "cluster-object":
      return `${a.resource} ${a.name}`;
    case "helm-release":
      return `helm release ${a.name} in ${a.namespace}`;
    case "kind-cluster":
      return `kind cluster ${a.name}`;
    case "process":
      return `process ${a.pid} (${a.match})`;
    case "directory":
      return `directory ${a.path}`;
    case "work-tree":
      return `the version edits in ${a.files.join(", ")} (git checkout ${a.head.slice(0, 12)} -- ${a.files.join(" ")})`;
  }
}
async function restoreWorkTree(a) {
  const { rmSync: rmSync2 } = await import("node:fs");
  const path3 = await import("node:path");
  const git = new Git(a.root);
  if (git.headCommit() === a.head && a.files.length) {
    const tracked = [];
    for (const file of a.files) {
      if ((await git.try(["cat-file", "-e", `${a.head}:${file}`])).code === 0) tracked.push(file);
      else rmSync2(path3.join(a.root, file), { force: true });
    }
    if (tracked.length) await git.run("git checkout", ["checkout", a.head, "--", ...tracked]);
  }
  if (a.record) rmSync2(a.record, { force: true });
}
function stopProcess(pid, match) {
  let cmdline;
  try {
    cmdline = readFileSync2(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ");
  } catch {
    return;
  }
  if (!cmdline.includes(match)) return;
  try {
    process.kill(pid, "SIGTERM");
  } catch {
  }
}
async function perform(a) {
  try {
    switch (a.kind) {
      case "docker-container":
        await new Docker().removeContainer(a.name);
        return;
      case "docker-network":
        await new Docker().removeNetwork(a.name);
        return;
      case "docker-volume":
        await new Docker().removeVolume(a.name);
        return;
      case "docker-image":
        await new Docker().removeImage(a.ref);
        return;
      case "buildah-manifest":
        await new Buildah(buildahBinary()).removeManifest(a.name);
        return;
      case "buildah-image":
        await new Buildah(buildahBinary()).removeImage(a.id);
        return;
      case "compose-project": {
        const [bin, ...pre] = a.command;
        const compose = new Compose({ command: [bin, ...pre], version: "", major: pre[0] === "compose" ? 2 : 1 }, a.files, a.project, { ...process.env, ...a.env });
        const down = await compose.try(["down", "--volumes", "--remove-orphans", "--timeout", "5"], { timeoutMs: 18e4 });
        if (down.code === 0) return;
        const why = down.timedOut ? "timed out after 180 s" : down.stderr.trim().split("\n").at(-1) || `exit ${down.code}`;
        return `${describeAction(a)}: compose down failed: ${why}`;
      }
      case "namespace":
        await new Kubectl({ kubeconfig: a.kubeconfig, context: a.context }).deleteNamespace(a.name, a.wait ?? false);
        return;
      case "cluster-object":
        await new Kubectl({ kubeconfig: a.kubeconfig, context: a.context }).delete(a.resource, [a.name], { namespace: a.namespace, wait: a.wait ?? false });
        return;
      case "helm-release":
        await new Helm().uninstall({ kubeconfig: a.kubeconfig, context: a.context }, a.name, a.namespace, a.wait ?? false);
        return;
      case "kind-cluster":
        await new Kind().deleteCluster(a.name);
        return;
      case "process":
        stopProcess(a.pid, a.match);
        return;
      case "directory": {
        const { rmSync: rmSync2 } = await import("node:fs");
        rmSync2(a.path, { recursive: true, force: true });
        return;
      }
      case "work-tree":
        await restoreWorkTree(a);
        return;
    }
  } catch (err) {
    return `${describeAction(a)}: ${err.message}`;
  }
}
var CleanupRegistry = class _CleanupRegistry {
  store;
  prefix;
  constructor(persist = () => void 0, store, prefix = "") {
    this.store = store ?? { entries: [], persist };
    this.prefix = prefix;
  }
  /** A view of this registry for one part of the run: its owners are its own, its runAll removes only them. */
  child(name) {
    return new _CleanupRegistry(void 0, this.store, `${this.prefix}${name}/`);
  }
  changed() {
    this.store.persist(this.store.entries.map((e) => e.action));
  }
  mine(owner) {
    return this.store.entries.filter((e) => owner === void 0 ? e.owner.startsWith(this.prefix) : e.owner === this.prefix + owner);
  }
  add(action, owner = "run") {
    this.store.entries.unshift({ owner: this.prefix + owner, action });
    this.changed();
  }
  /** What `owner` (or every owner of this view) still has to remove. */
  pending(owner) {
    return this.mine(owner).map((e) => e.action);
  }
  /** Removes what `owner` (or every owner of this view) made, newest first; returns what could not be removed (one line each). */
  async runAll(owner) {
    const problems = [];
    for (const entry of this.mine(owner)) {
      const problem = await perform(entry.action);
      if (problem) problems.push(problem);
      this.store.entries.splice(this.store.entries.indexOf(entry), 1);
      this.changed();
    }
    return problems;
  }
  /** Forgets what `owner` (or every owner of this view) registered without removing it: kept running on purpose (smoke --keep). */
  release(owner) {
    const kept = this.mine(owner);
    for (const entry of kept) this.store.entries.splice(this.store.entries.indexOf(entry), 1);
    if (kept.length) this.changed();
    return kept.map((e) => e.action);
  }
  /** A view for one owner: what a method registers is removed with `runAll()` of that view. */
  scope(owner) {
    return { add: (action) => this.add(action, owner), addForRun: (action) => this.add(action, "run"), runAll: () => this.runAll(owner), pending: () => this.pending(owner) };
  }
};

export {
  kubectlBinary,
  Kubectl,
  kindContext,
  Kind,
  findComposeCli,
  Compose,
  describeAction,
  perform,
  CleanupRegistry
};
