/**
 * The REAL kind cluster the cluster tests (and later the smoke tests) deploy into.
 *
 * One cluster per test run, shared by every test file: the first file that asks creates it
 * (`sharedCluster()`, under a lock, so parallel workers wait for one creation) and later files reuse
 * it. Each test works in its own random namespace. The cluster is deleted at the end of the run:
 *   - by test/helpers/cluster-global-setup.ts when vitest.config.ts lists it as a globalSetup, and
 *   - in any case by a small reaper process (test/helpers/cluster-reaper.mjs) that deletes it as
 *     soon as the test run's process is gone, also when the run fails or is killed.
 * A cluster of an earlier run whose process is gone is deleted before a new one is created.
 *
 * What runs where comes from one place, scripts/setup/versions.env: DEFAULT_* names the images built
 * here, HOSTED_* the public ones used on GitHub's runners; the environment variable of the same name
 * overrides either: DOT_AI_RELEASE_KIND_NODE_IMAGE, DOT_AI_RELEASE_QDRANT_IMAGE,
 * DOT_AI_RELEASE_CURL_IMAGE, DOT_AI_RELEASE_TOOLHIVE_OPERATOR_IMAGE,
 * DOT_AI_RELEASE_TOOLHIVE_PROXYRUNNER_IMAGE, DOT_AI_RELEASE_TOOLHIVE_CHARTS.
 * DOT_AI_RELEASE_TEST_CLUSTER=NAME reuses an existing cluster of that name and never deletes it.
 * Missing prerequisites fail loudly, naming the set-up script; nothing is skipped.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exec } from '../../src/tools/exec.js';
import { Kind, kindContext } from '../../src/tools/kind.js';
import { Kubectl, type KubeObject } from '../../src/tools/kubectl.js';
import { requireDockerEngine } from './docker.js';

/** The repository root: the first directory up from this module holding scripts/setup/versions.env (also when bundled, for the benchmarks). */
export const REPO_ROOT = ((): string => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'scripts/setup/versions.env'))) {
    const up = dirname(dir);
    if (up === dir) return resolve(dirname(fileURLToPath(import.meta.url)), '../..');
    dir = up;
  }
  return dir;
})();
export const KIND_SETUP_HINT = 'run `bash scripts/setup/kind.sh` (builds kind, the node image and the curl test image here; cold about 10 min, then cached)';
const STATE_ROOT = '/tmp/dot-ai-release-kind';
const CLUSTER_PREFIX = 'dot-ai-release-test-';

/** scripts/setup/versions.env as a map (KEY=VALUE lines, ${KEY} of earlier keys expanded). */
export function kindVersions(): Record<string, string> {
  const out: Record<string, string> = {};
  const text = readFileSync(join(REPO_ROOT, 'scripts/setup/versions.env'), 'utf8');
  for (const line of text.split('\n')) {
    const m = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (!m?.[1]) continue;
    out[m[1]] = (m[2] ?? '').replace(/\$\{([A-Z0-9_]+)\}/g, (_, key: string) => out[key] ?? '');
  }
  return out;
}

/**
 * The directory of a Go module in the module cache (downloaded from the Go module proxy when missing):
 * the ToolHive charts and the Gateway API CRDs are read from their modules, as scripts/setup/kind.sh
 * reads kind's node files. Uses the set-up's module cache when it exists.
 */
export async function goModuleDir(module: string, version: string): Promise<string> {
  const cache = process.env.DOT_AI_RELEASE_CACHE || '/var/cache/dot-ai-release';
  const env = { ...process.env, PATH: `${process.env.PATH ?? ''}:/usr/local/go/bin`, GOFLAGS: '-modcacherw', ...(existsSync(join(cache, 'go/mod')) ? { GOMODCACHE: join(cache, 'go/mod') } : {}) };
  const result = await exec('go', ['mod', 'download', '-json', `${module}@${version}`], { env });
  if (result.code !== 0) throw new Error(`go mod download ${module}@${version} failed: ${(result.stderr || result.stdout).trim()}`);
  return (JSON.parse(result.stdout) as { Dir: string }).Dir;
}

export interface ClusterImages {
  node: string;
  qdrant: string;
  curl: string;
  toolhiveOperator: string;
  toolhiveProxyRunner: string;
}

/** On GitHub's hosted runners nothing is built (scripts/setup/kind.sh decides the same way). */
export function hostedRunner(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.GITHUB_ACTIONS === 'true' && env.DOT_AI_RELEASE_KIND_BUILD !== '1';
}

/**
 * A setting of the cluster tests: the environment variable NAME, else scripts/setup/versions.env's
 * HOSTED_NAME on GitHub's runners or DEFAULT_NAME here (undefined when none is set).
 */
export function clusterSetting(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const v = kindVersions();
  return env[name] || (hostedRunner(env) ? v[`HOSTED_${name}`] : v[`DEFAULT_${name}`]) || undefined;
}

/** The images the cluster tests use (see clusterSetting). */
export function clusterImages(env: NodeJS.ProcessEnv = process.env): ClusterImages {
  const pick = (name: string): string => {
    const value = clusterSetting(name, env);
    if (!value) throw new Error(`no ${name} in the environment nor in scripts/setup/versions.env`);
    return value;
  };
  return {
    node: pick('DOT_AI_RELEASE_KIND_NODE_IMAGE'),
    qdrant: pick('DOT_AI_RELEASE_QDRANT_IMAGE'),
    curl: pick('DOT_AI_RELEASE_CURL_IMAGE'),
    toolhiveOperator: pick('DOT_AI_RELEASE_TOOLHIVE_OPERATOR_IMAGE'),
    toolhiveProxyRunner: pick('DOT_AI_RELEASE_TOOLHIVE_PROXYRUNNER_IMAGE'),
  };
}

/** The pinned kubectl and helm (scripts/setup/helm.sh), or KUBECTL_BIN / HELM_BIN. */
export function toolBinary(name: 'kubectl' | 'helm'): string {
  const override = process.env[name === 'kubectl' ? 'KUBECTL_BIN' : 'HELM_BIN'];
  const path = override || join(REPO_ROOT, '.tools/bin', name === 'helm' ? 'helm3' : 'kubectl');
  if (!existsSync(path)) throw new Error(`test prerequisite missing: ${name} at ${path}; run \`bash scripts/setup/helm.sh\``);
  return path;
}

export interface TestCluster {
  name: string;
  kubeconfig: string;
  context: string;
  kind: Kind;
  kubectl: Kubectl;
  images: ClusterImages;
  /** True when this run created it (and deletes it); false for DOT_AI_RELEASE_TEST_CLUSTER. */
  owned: boolean;
}

export interface CreateOptions {
  name: string;
  nodeImage: string;
  /** How long nodes, CoreDNS and the storage provisioner get to become ready after `kind create`. */
  readyTimeoutSeconds?: number;
  /** Environment of every tool (DOCKER_HOST, KIND_BIN...). */
  env?: NodeJS.ProcessEnv;
}

function stateDir(name: string): string {
  return join(STATE_ROOT, name);
}

/** Throws, naming the set-up script, unless the Docker engine answers (the one check: test/helpers/docker.ts). */
async function requireEngine(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  await requireDockerEngine({ env, why: 'kind runs its nodes as Docker containers' });
}

/**
 * Checks what `kind create cluster` needs, then creates the cluster and waits until it can run pods:
 * nodes Ready, CoreDNS and the default StorageClass's provisioner available. Failures name the
 * problem before kind runs (engine down, kind or the node image missing, images kubeadm needs absent
 * from the node image); a cluster that does not become ready is described (node conditions, kubelet
 * and containerd journal tails, pods, events) and deleted before the error is thrown.
 */
export async function createCluster(options: CreateOptions): Promise<TestCluster> {
  const env = options.env ?? process.env;
  await requireEngine(env);
  const kind = new Kind(env.KIND_BIN || 'kind', env);
  const kindVersion = await kind.version();
  if (!kindVersion) throw new Error(`test prerequisite missing: kind is not installed (${env.KIND_BIN || 'kind'}); ${KIND_SETUP_HINT}`);
  const present = await exec(env.DOCKER_BIN || 'docker', ['image', 'inspect', '--format', '{{.Id}}', options.nodeImage], { env });
  if (present.code !== 0 && options.nodeImage.startsWith('dot-ai-release/')) {
    throw new Error(`test prerequisite missing: node image ${options.nodeImage} is not present; ${KIND_SETUP_HINT}`);
  }
  const { kubernetesVersion, missing } = await kind.missingNodeImages(options.nodeImage);
  if (missing.length > 0) {
    throw new Error(
      `node image ${options.nodeImage} (Kubernetes ${kubernetesVersion}) lacks image(s) kubeadm needs: ${missing.join(', ')}; ` +
        `the cluster would fail pulling them (nothing can be pulled here); rebuild the node image: ${KIND_SETUP_HINT}`,
    );
  }

  const dir = stateDir(options.name);
  mkdirSync(dir, { recursive: true });
  const kubeconfig = join(dir, 'kubeconfig');
  await kind.createCluster({ name: options.name, image: options.nodeImage, kubeconfig, waitSeconds: 0 });
  const kubectl = new Kubectl({ kubeconfig, context: kindContext(options.name) }, toolBinary('kubectl'), env);
  const cluster: TestCluster = { name: options.name, kubeconfig, context: kindContext(options.name), kind, kubectl, images: clusterImages(env), owned: true };
  try {
    // As the smoke's kind provider does (src/tools/kind.ts says why: an egress proxy here answers any address).
    await kind.refuseUntranslatedServiceTraffic(options.name);
    await waitUntilReady(cluster, options.readyTimeoutSeconds ?? 180);
  } catch (error) {
    let diagnostics: string;
    try {
      diagnostics = await clusterDiagnostics(cluster);
    } catch (diagError) {
      diagnostics = `(diagnostics failed: ${(diagError as Error).message})`;
    }
    await deleteCluster(options.name, env);
    throw new Error(`cluster ${options.name} did not become ready within ${options.readyTimeoutSeconds ?? 180} s: ${(error as Error).message}\n${diagnostics}`, {
      cause: error,
    });
  }
  return cluster;
}

/** Waits until nodes are Ready and CoreDNS and the default StorageClass's provisioner are available. */
export async function waitUntilReady(cluster: TestCluster, timeoutSeconds: number): Promise<void> {
  const deadline = Date.now() + timeoutSeconds * 1000;
  const left = (): number => Math.max(1, Math.ceil((deadline - Date.now()) / 1000));
  // Nodes register a moment after kubeadm finishes: `kubectl wait --all` on no nodes succeeds at once.
  while ((await cluster.kubectl.get('nodes')).length === 0) {
    if (Date.now() > deadline) throw new Error('no node registered');
    await new Promise((r) => setTimeout(r, 500));
  }
  await cluster.kubectl.wait({ resource: 'nodes', all: true, for: 'condition=Ready', timeoutSeconds: left() });
  for (const [namespace, deployment] of [['kube-system', 'coredns'], ['local-path-storage', 'local-path-provisioner']] as const) {
    await cluster.kubectl.wait({ resource: `deployment/${deployment}`, namespace, for: 'condition=Available', timeoutSeconds: left() });
  }
}

/** Node conditions, kubelet and containerd journal tails, every pod, and the events of all namespaces. */
export async function clusterDiagnostics(cluster: TestCluster): Promise<string> {
  const out: string[] = [];
  try {
    for (const node of await cluster.kubectl.get('nodes')) {
      const conditions = ((node.status?.conditions as Array<{ type: string; status: string; reason?: string; message?: string }>) ?? [])
        .map((c) => `  ${c.type}=${c.status} ${c.reason ?? ''}: ${c.message ?? ''}`)
        .join('\n');
      out.push(`--- node ${node.metadata.name} conditions\n${conditions}`);
    }
  } catch (error) {
    out.push(`--- nodes: ${(error as Error).message}`);
  }
  try {
    for (const [node, logs] of Object.entries(await cluster.kind.nodeJournals(cluster.name))) {
      out.push(`--- ${node}: kubelet journal (tail)\n${logs.kubelet}`);
      out.push(`--- ${node}: containerd journal (tail)\n${logs.containerd}`);
    }
  } catch (error) {
    out.push(`--- journals: ${(error as Error).message}`);
  }
  out.push(`--- pods\n${(await cluster.kubectl.run(['get', 'pods', '--all-namespaces', '-o', 'wide'])).stdout}`);
  out.push(`--- events\n${await cluster.kubectl.events()}`);
  return out.join('\n');
}

export async function deleteCluster(name: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  await new Kind(env.KIND_BIN || 'kind', env).deleteCluster(name);
  rmSync(stateDir(name), { recursive: true, force: true });
}

/** The process that owns this test run: vitest's main process (globalSetup sets it; else our parent in the forks pool). */
export function runOwnerPid(): number {
  const fromSetup = Number(process.env.DOT_AI_RELEASE_TEST_RUN_PID);
  if (fromSetup > 0) return fromSetup;
  return process.send ? process.ppid : process.pid;
}

export function runClusterName(pid: number = runOwnerPid()): string {
  return `${CLUSTER_PREFIX}${pid}`;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Deletes clusters of earlier runs whose process is gone (a run killed before its clean-up). */
async function sweepStaleClusters(kind: Kind): Promise<string[]> {
  const swept: string[] = [];
  for (const name of await kind.clusters()) {
    const pid = Number(name.startsWith(CLUSTER_PREFIX) ? name.slice(CLUSTER_PREFIX.length) : NaN);
    if (pid > 0 && !alive(pid)) {
      await deleteCluster(name);
      swept.push(name);
    }
  }
  return swept;
}

/** A directory lock (mkdir is atomic); a lock older than `staleMs` was left by a killed run. */
async function withLock<T>(lock: string, work: () => Promise<T>, staleMs = 10 * 60_000): Promise<T> {
  mkdirSync(dirname(lock), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      try {
        if (Date.now() - statSync(lock).mtimeMs > staleMs) rmSync(lock, { recursive: true, force: true });
      } catch {
        // removed meanwhile
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Takes a lock on something of the cluster only one file may use at a time (the ToolHive operator:
 * two operators would both reconcile every MCPServer, and one file removing its operator or CRDs
 * breaks the other's). Held across hooks, so it is a directory with its holder's pid, freed when that
 * process is gone (a killed worker), not by age; returns the release.
 */
export async function holdClusterLock(cluster: Pick<TestCluster, 'name'>, what: string, withinMs = 20 * 60_000): Promise<() => void> {
  const lock = join(stateDir(cluster.name), 'locks', what);
  mkdirSync(dirname(lock), { recursive: true });
  const deadline = Date.now() + withinMs;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      return () => rmSync(lock, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = lockHolder(lock);
      // No pid yet: the holder is between mkdir and write (or died there: then the lock's age tells).
      const stale = holder === undefined ? lockAgeMs(lock) > 60_000 : !alive(holder);
      if (stale) rmSync(lock, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`cluster lock ${what} held by pid ${holder ?? '(unknown)'} for over ${withinMs / 60_000} min`, { cause: error });
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

function lockHolder(lock: string): number | undefined {
  try {
    const pid = Number(readFileSync(join(lock, 'pid'), 'utf8').trim());
    return pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function lockAgeMs(lock: string): number {
  try {
    return Date.now() - statSync(lock).mtimeMs;
  } catch {
    return 0; // released meanwhile
  }
}

/** Starts the reaper that deletes the cluster once the run's process is gone (detached: it outlives it). */
function startReaper(ownerPid: number, name: string): void {
  const child = spawn(process.execPath, [join(REPO_ROOT, 'test/helpers/cluster-reaper.mjs'), String(ownerPid), name, stateDir(name)], {
    detached: true,
    stdio: 'ignore',
    env: process.env,
  });
  child.unref();
}

let shared: Promise<TestCluster> | undefined;

/** The run's cluster: created by the first caller of the run (any worker), reused by the others. */
export function sharedCluster(): Promise<TestCluster> {
  shared ??= (async () => {
    const images = clusterImages();
    const reuse = process.env.DOT_AI_RELEASE_TEST_CLUSTER;
    if (reuse) {
      const kubeconfig = join(stateDir(reuse), 'kubeconfig');
      const kind = new Kind();
      if (!(await kind.exists(reuse))) throw new Error(`DOT_AI_RELEASE_TEST_CLUSTER=${reuse}: no kind cluster of that name`);
      mkdirSync(stateDir(reuse), { recursive: true });
      writeFileSync(kubeconfig, await kind.kubeconfig(reuse));
      return { name: reuse, kubeconfig, context: kindContext(reuse), kind, kubectl: new Kubectl({ kubeconfig, context: kindContext(reuse) }, toolBinary('kubectl')), images, owned: false };
    }
    const owner = runOwnerPid();
    const name = runClusterName(owner);
    return withLock(join(STATE_ROOT, `${name}.lock`), async () => {
      await requireEngine();
      const kind = new Kind();
      const kubeconfig = join(stateDir(name), 'kubeconfig');
      if ((await kind.version()) && (await kind.exists(name)) && existsSync(kubeconfig)) {
        return { name, kubeconfig, context: kindContext(name), kind, kubectl: new Kubectl({ kubeconfig, context: kindContext(name) }, toolBinary('kubectl')), images, owned: true };
      }
      if (await kind.version()) await sweepStaleClusters(kind);
      startReaper(owner, name);
      const started = performance.now();
      const cluster = await createCluster({ name, nodeImage: images.node });
      console.info(`kind cluster ${name} (${images.node}) ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      return cluster;
    });
  })();
  return shared;
}

const loaded = new Map<string, Promise<void>>();

/** Which set-up script makes a local-only image (scripts/setup/qdrant-standin.sh, toolhive.sh, else kind.sh). */
function setupHintFor(image: string): string {
  if (image.startsWith('dot-ai-release/qdrant-standin')) return 'run `bash scripts/setup/qdrant-standin.sh` (builds the Qdrant stand-in image)';
  if (image.startsWith('dot-ai-release/toolhive-')) return 'run `bash scripts/setup/toolhive.sh` (builds ToolHive from its Go module and its images)';
  return KIND_SETUP_HINT;
}

/** Images only this machine has (built by scripts/setup/kind.sh or the tests); others the nodes can pull. */
function localOnly(image: string): boolean {
  return image.startsWith('dot-ai-release/') || image.startsWith('local/');
}

/**
 * `kind load docker-image` once per image and worker. A local-only image that is missing names how to
 * make it; a public image not in the engine is left for the node to pull (GitHub's runners).
 */
export async function loadImages(cluster: TestCluster, images: string[]): Promise<void> {
  await Promise.all(
    images.map((image) => {
      const key = `${cluster.name}/${image}`;
      let done = loaded.get(key);
      if (!done) {
        done = (async () => {
          const present = await exec(process.env.DOCKER_BIN || 'docker', ['image', 'inspect', '--format', '{{.Id}}', image]);
          if (present.code !== 0) {
            if (localOnly(image)) throw new Error(`test prerequisite missing: image ${image} is not in the Docker engine; ${setupHintFor(image)}`);
            return;
          }
          await cluster.kind.loadDockerImages(cluster.name, [image]);
        })();
        loaded.set(key, done);
      }
      return done;
    }),
  );
}

export interface TestNamespace {
  name: string;
  /** Prints diagnostics when `failed`, then deletes the namespace (without waiting). */
  cleanup(failed: boolean): Promise<void>;
}

/** A random namespace (`PREFIX-xxxxxx`) with labels, ready for pods (its default ServiceAccount exists). */
export async function createNamespace(cluster: TestCluster, prefix: string, labels: Record<string, string> = {}): Promise<TestNamespace> {
  const name = `${prefix}-${randomBytes(3).toString('hex')}`;
  await cluster.kubectl.createNamespace(name, { 'dot-ai-release/test': 'true', ...labels });
  const deadline = Date.now() + 30_000;
  while ((await cluster.kubectl.run(['get', 'serviceaccount', 'default', '--namespace', name])).code !== 0) {
    if (Date.now() > deadline) throw new Error(`namespace ${name}: no default ServiceAccount after 30 s`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    name,
    cleanup: async (failed: boolean) => {
      if (failed) console.error(`diagnostics of namespace ${name}:\n${await cluster.kubectl.diagnostics(name)}`);
      await cluster.kubectl.deleteNamespace(name, false);
    },
  };
}

/** Objects of a kind in a namespace (thin alias for readability in tests). */
export function getObjects(cluster: TestCluster, resource: string, namespace?: string): Promise<KubeObject[]> {
  return cluster.kubectl.get(resource, { namespace });
}
