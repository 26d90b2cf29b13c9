/**
 * What the Kubernetes smoke tests share: the run's one kind cluster (test/helpers/cluster.ts),
 * reused by every smoke run through input kind-cluster; the reference server's images; the inputs
 * that map public images to the ones built here (scripts/setup/versions.env: the Qdrant stand-in,
 * curl for `helm test`, ToolHive's operator and proxy runner and its charts from its Go module);
 * one smoke run through the command's own entry points; and what runs left behind.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { clusterImages, clusterSetting, goModuleDir, hostedRunner, kindVersions, sharedCluster, toolBinary, type TestCluster } from '../helpers/cluster.js';
import { LOCAL_NODE_IMAGE } from '../helpers/docker.js';
import { DOT_AI_VERSION, ROOT } from '../helpers/repo.js';
import { buildPluginImage, buildServerImage } from '../helpers/reference-server.js';
import { runSmoke, type SmokeRunResult } from './harness-helpers.js';

export const GOOD = `local/dot-ai-smoke:${DOT_AI_VERSION}`;
export const OTHER_VERSION = '0.0.1-smoke';
export const WRONG_VERSION = `local/dot-ai-smoke:${OTHER_VERSION}`;
/** The reference agentic-tools plugin: the release's second image (the chart's plugin block, the manifests' plugin). */
export const PLUGIN = `local/dot-ai-plugin-smoke:${DOT_AI_VERSION}`;
/** The candidate as the release hands it over: the server image (GOOD unless told) and the plugin, by repository. */
export function candidate(server: string = GOOD): string {
  return `${server},ghcr.io/vfarcic/dot-ai-agentic-tools=${PLUGIN}`;
}

/** The cluster, the pinned helm and kubectl for the code under test, the server images. */
export async function prepare(options: { wrongVersion?: boolean } = {}): Promise<TestCluster> {
  process.env.HELM_BIN = toolBinary('helm');
  process.env.KUBECTL_BIN = toolBinary('kubectl');
  const cluster = await sharedCluster();
  await buildServerImage(GOOD);
  await buildPluginImage(PLUGIN);
  if (options.wrongVersion) await buildServerImage(WRONG_VERSION, { version: OTHER_VERSION });
  return cluster;
}

/** Inputs every run here takes: the shared cluster, and the images and charts this machine has. */
export async function clusterInputs(cluster: TestCluster): Promise<Record<string, string>> {
  const images = clusterImages();
  const toolhiveVersion = kindVersions().TOOLHIVE_VERSION as string;
  const oci = clusterSetting('DOT_AI_RELEASE_TOOLHIVE_CHARTS');
  const map = hostedRunner()
    ? []
    : [
        `qdrant/qdrant=${images.qdrant}`,
        `docker.io/curlimages/curl=${images.curl}`,
        `ghcr.io/stacklok/toolhive/operator=${images.toolhiveOperator}`,
        `ghcr.io/stacklok/toolhive/proxyrunner=${images.toolhiveProxyRunner}`,
      ];
  return {
    provider: 'kind',
    'kind-cluster': cluster.name,
    'qdrant-image': images.qdrant,
    'probe-image': hostedRunner() ? 'node:24-slim' : LOCAL_NODE_IMAGE,
    ...(map.length ? { 'image-map': map.join(',') } : {}),
    ...(oci
      ? { 'toolhive-charts': oci, 'toolhive-version': toolhiveVersion.replace(/^v/, '') }
      : { 'toolhive-charts': path.join(await goModuleDir('github.com/stacklok/toolhive', toolhiveVersion), 'deploy/charts') }),
  };
}

/** One `smoke` run on the shared cluster, the release candidate by default. */
export async function smoke(cluster: TestCluster, options: Record<string, string | boolean>): Promise<SmokeRunResult> {
  return runSmoke({ 'working-directory': ROOT, image: candidate(), ...(await clusterInputs(cluster)), ...options });
}

/**
 * A copy of this repository's deployment kit (chart, examples) with a dot-ai-release.yaml declaring
 * `methods` (and extra files), for runs of methods the defaults do not have (faults).
 */
export function kitWith(methods: unknown[], files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dot-ai-release-smoke-kit-'));
  for (const sub of ['charts', 'examples/deployments']) cpSync(path.join(ROOT, sub), path.join(dir, sub), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  const config = {
    version: { source: 'charts/dot-ai/Chart.yaml', field: 'appVersion' },
    packageJson: false,
    chart: { path: 'charts/dot-ai' },
    images: [{ name: 'ghcr.io/vfarcic/dot-ai' }, { name: 'ghcr.io/vfarcic/dot-ai-agentic-tools' }],
    references: ['examples/deployments/**'],
    smoke: { methods },
  };
  writeFileSync(path.join(dir, 'dot-ai-release.yaml'), stringify(config));
  return dir;
}

export function removeKit(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** The run names of a run's methods: what its namespaces (label dot-ai-release.smoke) and cluster-scoped objects carry. */
function runNames(run: SmokeRunResult): string[] {
  return run.methods.flatMap((m) => (m.runName ? [m.runName] : []));
}

/**
 * Namespaces `run` made that still exist (Terminating ones too); waits up to `withinMs` for them to go.
 * Only this run's: other test files use the same cluster at the same time.
 */
export async function leftoverNamespaces(cluster: TestCluster, run: SmokeRunResult, withinMs = 180_000): Promise<string[]> {
  const mine = new Set(runNames(run));
  const deadline = Date.now() + withinMs;
  for (;;) {
    const left = (await cluster.kubectl.get('namespaces', { selector: 'dot-ai-release.smoke' }))
      .filter((n) => mine.has(n.metadata.labels?.['dot-ai-release.smoke'] ?? ''))
      .map((n) => `${n.metadata.name} (${String(n.status?.phase ?? '')})`);
    if (left.length === 0 || Date.now() > deadline) return left;
    await new Promise((r) => setTimeout(r, 2_000));
  }
}

/** Cluster-scoped objects `run` made (ClusterRoles and bindings, named after its namespaces). */
export async function leftoverClusterObjects(cluster: TestCluster, run: SmokeRunResult): Promise<string[]> {
  const names = runNames(run);
  const items = await cluster.kubectl.get('clusterroles,clusterrolebindings');
  return items.filter((i) => names.some((n) => i.metadata.name.includes(n))).map((i) => `${i.kind} ${i.metadata.name}`);
}

/** Waits until every node lists the images (kubelets refresh the list every few seconds after a `kind load`). */
export async function nodesList(cluster: TestCluster, images: string[], withinMs = 60_000): Promise<void> {
  const deadline = Date.now() + withinMs;
  const full = (i: string): string => (i.split('/')[0]?.includes('.') ? i : `docker.io/${i.includes('/') ? i : `library/${i}`}`);
  for (;;) {
    const nodes = await cluster.kubectl.get('nodes');
    const missing = images.filter((i) => !nodes.every((n) => ((n.status?.images as Array<{ names?: string[] }> | undefined) ?? []).some((x) => x.names?.includes(full(i)))));
    if (missing.length === 0) return;
    if (Date.now() > deadline) throw new Error(`the nodes do not list ${missing.join(', ')} after ${withinMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 2_000));
  }
}
