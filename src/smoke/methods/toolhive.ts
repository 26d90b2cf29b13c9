/**
 * `toolhive`: the ToolHive operator, installed once per cluster when the cluster does not run one
 * (its CRDs and operator charts: ToolHive's OCI charts by default, a directory holding
 * operator-crds/ and operator/ with input toolhive-charts), then the user's MCPServer kustomization
 * applied through the same throw-away overlay as `kustomize` (namespace, the candidate image in the
 * MCPServer's spec.image); the MCPServer must reach phase Ready and its pods (proxy and server) be
 * Ready. Clients connect through the proxy's Service (mcp-<name>-proxy).
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { UserError } from '../../errors.js';
import { assertInsideRepo, resolveInRepo } from '../../fs/repo-path.js';
import type { Reporter } from '../../report/reporter.js';
import { Helm, type HelmTarget } from '../../tools/helm.js';
import type { KubeObject, Kubectl } from '../../tools/kubectl.js';
import type { CleanupAction, CleanupRegistry } from '../../tools/cleanup.js';
import { diagnosed, writeNamespaceDiagnostics } from '../diagnostics.js';
import type { Candidate, Deployed, MethodEnv, SmokeMethod } from '../types.js';
import { imageValueOverrides } from './helm.js';
import { SMOKE_SERVER_ENV } from './defaults.js';
import { clusterOf, createNamespace, deployQdrantBeside, dnsLabel, readyToApply, giveToken, imagesOf, lowerLevelWarning, missingSecrets, namespaceWatch, parseManifests, registerClusterScoped, serviceEndpoints, waitNamespaceReady, withServerEnv } from './kubernetes.js';
import { checkpoint } from '../wait.js';
import { buildOverlay, isKustomization } from './kubernetes-overlay.js';

export const TOOLHIVE_DEFAULTS = { charts: 'oci://ghcr.io/stacklok/toolhive', version: '0.47.0' };
const CRD = 'customresourcedefinitions/mcpservers.toolhive.stacklok.dev';
const OPERATOR_RELEASE = 'toolhive-operator';

interface Charts {
  crds: { chart: string; version?: string };
  operator: { chart: string; version?: string };
}

function chartsOf(candidate: Candidate): Charts {
  const { charts, version } = candidate.toolhive ?? TOOLHIVE_DEFAULTS;
  if (charts.startsWith('oci://')) {
    return { crds: { chart: `${charts}/toolhive-operator-crds`, version }, operator: { chart: `${charts}/toolhive-operator`, version } };
  }
  return { crds: { chart: path.join(charts, 'operator-crds') }, operator: { chart: path.join(charts, 'operator') } };
}

/** What a method waits for: the CRDs (before it applies its MCPServer), then the operator running. */
interface Operator {
  how: string;
  /** Settles when the operator is up (helm install --wait); the MCPServer may be applied before. */
  ready: Promise<void>;
}

/** One operator installation per run (its cluster handle), shared by every toolhive method of the run. */
const operators = new WeakMap<object, Promise<Operator>>();

/**
 * Makes sure an operator reconciles MCPServers: reuses one the cluster runs; otherwise installs the
 * CRDs (applied from the CRD chart's rendering, removed at the end unless they were there before)
 * and the operator (helm, in a namespace of the run's own), both registered in the run's cleanup.
 * Resolves once the CRDs are established; the operator's installation goes on (`ready`), so the
 * method applies its MCPServer meanwhile and the operator reconciles it as soon as it runs.
 */
async function ensureOperator(env: MethodEnv, kubectl: Kubectl, target: HelmTarget, run: Pick<CleanupRegistry, 'add'>, reporter: Reporter): Promise<Operator> {
  // What an earlier run is still removing does not count (and a CRD being deleted must be gone first).
  const terminating = new Set((await kubectl.get('namespaces')).filter((n) => n.status?.phase === 'Terminating').map((n) => n.metadata.name));
  const existing = (await kubectl.get('deployments', { allNamespaces: true })).find(
    (d) => /toolhive-operator/.test(d.metadata.name) && Number(d.status?.availableReplicas ?? 0) > 0 && !terminating.has(d.metadata.namespace as string) && !(d.metadata as { deletionTimestamp?: string }).deletionTimestamp,
  );
  let crd = await kubectl.run(['get', CRD, '-o', 'json']);
  if (crd.code === 0 && (JSON.parse(crd.stdout) as { metadata: { deletionTimestamp?: string } }).metadata.deletionTimestamp) {
    reporter.info('the MCPServer CRD is being deleted (by an earlier run): waiting for it to go');
    await kubectl.wait({ resource: CRD, for: 'delete', timeoutSeconds: 120 });
    crd = await kubectl.run(['get', CRD]);
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
    const crds = await helm.template({ chartDir: charts.crds.chart, releaseName: 'toolhive-operator-crds', version: charts.crds.version });
    const objects = parseManifests(crds).filter((o) => o.kind === 'CustomResourceDefinition');
    if (!objects.length) throw new UserError(`ToolHive CRD chart ${charts.crds.chart} renders no CustomResourceDefinition`);
    for (const o of objects) run.add({ kind: 'cluster-object', kubeconfig: target.kubeconfig, context: target.context, resource: 'customresourcedefinitions.apiextensions.k8s.io', name: o.metadata.name });
    await kubectl.apply(objects.map((o) => JSON.stringify(o)).join('\n---\n'), { serverSide: true });
    await kubectl.wait({ resource: CRD, for: 'condition=Established', timeoutSeconds: 60 });
  }
  run.add({ kind: 'namespace', kubeconfig: target.kubeconfig, context: target.context, name: namespace });
  await kubectl.create(JSON.stringify({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace, labels: { 'dot-ai-release.smoke': env.runName, 'dot-ai-release.smoke/role': 'toolhive-operator' } } }));
  const values = (parse(await helm.showValues(charts.operator.chart, charts.operator.version)) ?? {}) as Record<string, unknown>;
  const images = imageValueOverrides(values, env.candidate);
  // The operator's own image and the ones it puts into the pods it makes (the proxy runner).
  const operatorImages = images.setStrings.map((s) => s.slice(s.indexOf('=') + 1)).filter((v) => v.includes('/') && v.includes(':'));
  const rendered = parseManifests(await helm.template({ chartDir: charts.operator.chart, version: charts.operator.version, releaseName: OPERATOR_RELEASE, namespace, setStrings: images.setStrings }));
  await clusterOf(env).ensureImages([...operatorImages, ...imagesOf(rendered)]);
  run.add({ kind: 'helm-release', kubeconfig: target.kubeconfig, context: target.context, name: OPERATOR_RELEASE, namespace });
  const ready = helm.install(target, { release: OPERATOR_RELEASE, chart: charts.operator.chart, version: charts.operator.version, namespace, setStrings: images.setStrings, waitSeconds: 300 }).then(() => {
    reporter.info(`ToolHive operator ${charts.operator.version ?? ''} running (from ${charts.operator.chart}), ${((performance.now() - started) / 1000).toFixed(1)} s after the run asked for it`);
  });
  // Every method awaits it; a method that failed before does not, and its rejection must not go unheard.
  ready.catch(() => undefined);
  return { how: `installed the operator (${charts.operator.chart}${charts.operator.version ? ` ${charts.operator.version}` : ''}) in ${namespace}`, ready };
}

function namespaceOf(env: Pick<MethodEnv, 'runName'>): string {
  return env.runName;
}

interface McpServerStatus {
  phase?: string;
  message?: string;
  url?: string;
}

export const toolhiveMethod: SmokeMethod = {
  preflight({ root, spec, candidate }) {
    const [dir] = spec.files;
    if (!dir || spec.files.length !== 1) throw new UserError(`smoke method ${spec.name}: files must name one kustomization directory holding the MCPServer`);
    const absolute = resolveInRepo(root, dir, `smoke method ${spec.name}: files`);
    assertInsideRepo(root, absolute, `smoke method ${spec.name}: files`);
    if (!existsSync(absolute) || !statSync(absolute).isDirectory() || !isKustomization(absolute)) throw new UserError(`smoke method ${spec.name}: ${dir} is not a kustomization directory`);
    if (spec.auth && !spec.auth.env) throw new UserError(`smoke method ${spec.name}: auth.env: name the variable the server reads its token from (its Secret gets the token)`);
    const charts = candidate.toolhive?.charts;
    if (charts && !charts.startsWith('oci://')) {
      for (const sub of ['operator-crds', 'operator']) {
        if (!existsSync(path.join(charts, sub, 'Chart.yaml'))) throw new UserError(`input toolhive-charts: ${charts} holds no ${sub}/Chart.yaml (give the charts directory of ToolHive, or oci://ghcr.io/stacklok/toolhive)`);
      }
    }
  },

  async deploy(env: MethodEnv): Promise<Deployed> {
    const cluster = clusterOf(env);
    const { kubectl } = cluster;
    const target = { kubeconfig: cluster.kubeconfig, context: cluster.context };
    const [dir] = env.spec.files as [string];
    const source = path.join(env.root, dir);
    // The operator outlives the method: it is the run's, removed when the run ends.
    const runCleanup = { add: (action: CleanupAction) => env.cleanup.addForRun(action) };
    const key = cluster;
    let installing = operators.get(key);
    if (!installing) {
      installing = ensureOperator(env, kubectl, target, runCleanup, env.reporter);
      operators.set(key, installing);
      // A failed installation is retried by the next method, not remembered.
      installing.catch(() => operators.delete(key));
      installing.then((o) => o.ready.catch(() => operators.delete(key)), () => undefined);
    }
    // Prepared while the operator is being installed.

    const namespace = await createNamespace(env, kubectl, namespaceOf(env));
    const qdrantUrl = env.spec.externalQdrant ? await deployQdrantBeside(env, kubectl, namespace) : undefined;
    const overlay = await buildOverlay(kubectl, {
      root: env.root, source, dir: path.join(env.workDir, 'overlay'), namespace, candidate: env.candidate, qdrantUrl,
      keepRendered: (rendered) => env.write('overlay/rendered.yaml', rendered),
    });
    // The run's token where the MCPServer reads it (spec.secrets, a Secret it names), its telemetry off.
    let objects = withServerEnv(overlay.objects, env.candidate.image.ref, SMOKE_SERVER_ENV);
    let tokenValues: Array<{ secret: string; key: string; value: string }> = [];
    if (env.token && env.spec.auth?.env) {
      const given = giveToken(objects, env.spec.auth.env, env.token, dir);
      objects = given.objects;
      tokenValues = given.values.map((v) => ({ ...v, value: env.token as string }));
    }
    const servers = objects.filter((o) => o.kind === 'MCPServer');
    if (servers.length !== 1) throw new UserError(`smoke method ${env.spec.name}: ${dir} must hold one MCPServer (found ${servers.length})`);
    const server = servers[0] as KubeObject;
    const secrets = missingSecrets(objects, namespace, { ...overlay.secretKeys, ...env.spec.env }, tokenValues);
    checkpoint(env);
    if (secrets.length) await kubectl.apply(secrets.map((s) => JSON.stringify(s)).join('\n---\n'));
    registerClusterScoped(env, objects);
    await readyToApply(env, objects);
    // Deleted (and waited for) before its namespace, while the operator still runs to finalize it.
    env.cleanup.add({ kind: 'cluster-object', kubeconfig: cluster.kubeconfig, context: cluster.context, resource: 'mcpservers.toolhive.stacklok.dev', name: server.metadata.name, namespace, wait: true });
    env.reporter.info(`kubectl apply of ${dir} through ${path.relative(env.workDir, overlay.dir)} into namespace ${namespace}`);
    const operator = await installing;
    checkpoint(env);
    // The objects, not the rendering: the token is in them, and never written down.
    const applied = await kubectl.checked(`kubectl apply of ${dir}`, ['apply', '-f', '-'], objects.map((o) => JSON.stringify(o)).join('\n---\n'));
    const lower = lowerLevelWarning(env, applied.stderr.split('\n'));
    if (lower) env.warn(lower);

    // The MCPServer's wait and the operator's installation side by side: either failing ends both.
    let status: McpServerStatus = {};
    const stop = new AbortController();
    const operatorUp = operator.ready.catch((error: unknown) => {
      stop.abort(error);
      throw error;
    });
    const waitEnv = { ...env, signal: AbortSignal.any([env.signal, stop.signal]) };
    await Promise.all([
      operatorUp,
      waitNamespaceReady(waitEnv, kubectl, namespace, `MCPServer ${server.metadata.name} in ${namespace}`, async () => {
        const [current] = await kubectl.get(`mcpserver/${server.metadata.name}`, { namespace });
        status = (current?.status ?? {}) as McpServerStatus;
        if (status.phase === 'Failed') throw new UserError(`MCPServer ${server.metadata.name}: phase Failed${status.message ? `: ${status.message}` : ''}`);
        return status.phase === 'Ready';
      }),
    ]);
    const how = operator.how;
    const service = env.spec.service ?? `mcp-${server.metadata.name}-proxy`;
    return {
      endpoints: await serviceEndpoints(env, kubectl, namespace, service),
      watch: namespaceWatch(kubectl, namespace),
      how: `ToolHive: ${how}; kubectl apply of ${dir} through a throw-away overlay (namespace; MCPServer spec.image -> ${env.candidate.image.ref})`,
      notes: [
        `MCPServer ${server.metadata.name} Ready${status.url ? ` at ${status.url}` : ''}`,
        ...(secrets.length ? [`Secret(s) ${secrets.map((s) => s.metadata.name).join(', ')} created with placeholder values`] : []),
        ...(qdrantUrl ? [`external Qdrant beside it (${qdrantUrl})`] : []),
      ],
    };
  },

  async diagnose(env: MethodEnv, failure?: string): Promise<string | undefined> {
    const { kubectl } = clusterOf(env);
    const namespace = namespaceOf(env);
    const cause = await writeNamespaceDiagnostics(kubectl, namespace, env.write, ['mcpservers']);
    const operatorPods = await kubectl.get('pods', { allNamespaces: true, selector: 'app.kubernetes.io/name=toolhive-operator' }).catch(() => []);
    const logs = await Promise.all(operatorPods.map(async (p) => `--- ${p.metadata.namespace}/${p.metadata.name}\n${await kubectl.logs(p.metadata.name, { namespace: p.metadata.namespace as string, tail: 200 })}`));
    env.write('toolhive-operator.log', logs.join('\n') || '(no operator pod found)\n');
    const [server] = await kubectl.get('mcpservers', { namespace }).catch(() => []);
    const status = (server?.status ?? {}) as McpServerStatus;
    const phase = server ? `MCPServer ${server.metadata.name} phase ${status.phase ?? 'unknown'}${status.message ? `: ${status.message}` : ''}` : undefined;
    if (diagnosed(failure)) return undefined;
    return [cause, status.phase !== 'Ready' ? phase : undefined].filter(Boolean).join('; ') || undefined;
  },
};
