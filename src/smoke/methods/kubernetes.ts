/**
 * What the Kubernetes methods (kustomize, helm, toolhive) share: a namespace of their own per
 * deployment, enforcing Pod Security "restricted"; the Secrets a guide tells users to create by
 * hand, made with placeholder values; a Qdrant beside a deployment that expects an external one;
 * readiness waits that re-check and stop early on what will not heal; and the endpoints to probe
 * (a port-forward from this process and the Service from inside the cluster).
 */
import { randomBytes } from 'node:crypto';
import { parseAllDocuments } from 'yaml';
import { UserError } from '../../errors.js';
import type { KubeObject, Kubectl } from '../../tools/kubectl.js';
import { assess, snapshot, type Assessment } from '../diagnostics.js';
import type { KubeCluster } from '../providers/handle.js';
import type { ClusterHandle, Endpoint, MethodEnv } from '../types.js';

export const RESTRICTED: Record<string, string> = {
  'pod-security.kubernetes.io/enforce': 'restricted',
  'pod-security.kubernetes.io/enforce-version': 'latest',
  'pod-security.kubernetes.io/warn': 'restricted',
  'pod-security.kubernetes.io/audit': 'restricted',
};

/** The label every object a smoke run creates itself carries (value: the method's run name). */
export const SMOKE_LABEL = 'dot-ai-release.smoke';

/** How long a Running pod may fail its readiness probe before the wait gives up. */
export const READINESS_PATIENCE_MS = 60_000;

/** Kinds that live outside namespaces (what a `namespace:` transformer does not scope). */
const CLUSTER_SCOPED = new Set([
  'Namespace', 'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition', 'PriorityClass', 'StorageClass', 'PersistentVolume',
  'ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration', 'ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding',
  'IngressClass', 'RuntimeClass', 'APIService', 'CSIDriver', 'VolumeSnapshotClass', 'GatewayClass',
]);

export function isClusterScoped(kind: string): boolean {
  return CLUSTER_SCOPED.has(kind);
}

/** The cluster of a Kubernetes method (the run opens it before any method starts). */
export function clusterOf(env: MethodEnv): ClusterHandle & { kubectl: Kubectl } {
  const cluster = env.cluster as (ClusterHandle & Partial<Pick<KubeCluster, 'kubectl'>>) | undefined;
  if (!cluster?.kubectl) throw new UserError(`smoke method ${env.spec.name}: needs a Kubernetes cluster (provider kind or cluster)`);
  return cluster as ClusterHandle & { kubectl: Kubectl };
}

/** Every object of a multi-document YAML stream (empty documents and `List`s flattened). */
export function parseManifests(text: string): KubeObject[] {
  const out: KubeObject[] = [];
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length) throw new UserError(`manifest: ${doc.errors[0]?.message ?? 'not YAML'}`);
    const value = doc.toJSON() as (KubeObject & { items?: KubeObject[] }) | null;
    if (!value || typeof value !== 'object') continue;
    if (value.kind?.endsWith('List') && Array.isArray(value.items)) out.push(...value.items);
    else out.push(value);
  }
  return out;
}

/** Every container image a manifest names (workloads, pods, and any `image:` under `containers`). */
export function imagesOf(objects: KubeObject[]): string[] {
  const found = new Set<string>();
  const walk = (node: unknown, inContainers: boolean): void => {
    if (Array.isArray(node)) for (const n of node) walk(n, inContainers);
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === 'image' && inContainers && typeof v === 'string') found.add(v);
        walk(v, inContainers || k === 'containers' || k === 'initContainers');
      }
    }
  };
  walk(objects, false);
  return [...found];
}

/** A DNS-1123 label made of `base` and a suffix, at most 63 characters. */
export function dnsLabel(base: string, suffix = ''): string {
  const clean = base.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  return `${clean.slice(0, 63 - suffix.length).replace(/-+$/, '')}${suffix}`;
}

/**
 * Creates the namespace (`kubectl create`: a later `apply` of the user's own Namespace object only
 * adds to it), enforcing Pod Security "restricted", registers its removal, and waits for its
 * default ServiceAccount (pods are refused until it exists).
 */
export async function createNamespace(env: MethodEnv, kubectl: Kubectl, name: string, labels: Record<string, string> = RESTRICTED): Promise<string> {
  const cluster = clusterOf(env);
  checkpoint(env);
  const manifest = { apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels: { ...labels, [SMOKE_LABEL]: env.runName } } };
  env.cleanup.add({ kind: 'namespace', kubeconfig: cluster.kubeconfig, context: cluster.context, name });
  await kubectl.create(JSON.stringify(manifest));
  const deadline = Date.now() + 60_000;
  while ((await kubectl.run(['get', 'serviceaccount', 'default', '--namespace', name])).code !== 0) {
    if (Date.now() > deadline) throw new UserError(`namespace ${name}: no default ServiceAccount after 60 s`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return name;
}

/** A placeholder for a Secret value the guide leaves to the user (never a real credential). */
export function placeholder(): string {
  return `smoke-placeholder-${randomBytes(6).toString('hex')}`;
}

/**
 * The Secrets the objects read (envFrom secretRef, env secretKeyRef, secret volumes) but do not
 * define, as Secret manifests with a placeholder per key: what the guides tell users to create by
 * hand (`kubectl create secret generic ...`). `keys` adds keys to every Secret read whole (from an
 * env example file, and the method's env). Optional references are left alone.
 */
export function missingSecrets(objects: KubeObject[], namespace: string, keys: Record<string, string> = {}): KubeObject[] {
  const defined = new Set(objects.filter((o) => o.kind === 'Secret').map((o) => o.metadata.name));
  const wanted = new Map<string, Map<string, string>>();
  const want = (name: string, key?: string): void => {
    if (!name || defined.has(name)) return;
    const secret = wanted.get(name) ?? new Map<string, string>();
    wanted.set(name, secret);
    if (key && !secret.has(key)) secret.set(key, keys[key] ?? placeholder());
  };
  const wholes = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    const ref = (v: unknown): { name?: string; key?: string; optional?: boolean; secretName?: string } => (v && typeof v === 'object' ? (v as never) : {});
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
    if (o.secret && typeof o.secret === 'object' && ref(o.secret).secretName && !ref(o.secret).optional) want(ref(o.secret).secretName as string);
    for (const v of Object.values(o)) walk(v);
  };
  walk(objects.filter((o) => o.kind !== 'Secret'));
  for (const name of wholes) for (const key of Object.keys(keys)) want(name, key);
  // One value per key across Secrets: a key read from two Secrets (QDRANT_API_KEY by Qdrant and by the server) must agree.
  const shared = new Map<string, string>();
  return [...wanted].map(([name, data]) => ({
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name, namespace, labels: { [SMOKE_LABEL]: 'placeholder' } },
    type: 'Opaque',
    stringData: Object.fromEntries([...data].map(([k, v]) => {
      if (!shared.has(k)) shared.set(k, v);
      return [k, shared.get(k) as string];
    })),
  }));
}

/** KEY=VALUE lines of an env example file: its keys (values kept only when they are set). */
export function envExampleKeys(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (m?.[1]) out[m[1]] = m[2]?.trim() ? m[2].trim() : placeholder();
  }
  return out;
}

/** The name a Qdrant placed beside a deployment gets (its Service answers on 6333). */
export const QDRANT_NAME = 'smoke-qdrant';

/**
 * A Qdrant in `namespace` (Deployment + Service `smoke-qdrant`, restricted, storage in emptyDirs),
 * for a deployment that expects an external one. Resolves to its in-cluster URL; readiness is
 * part of the namespace's wait.
 */
export async function deployQdrantBeside(env: MethodEnv, kubectl: Kubectl, namespace: string): Promise<string> {
  const labels = { 'app.kubernetes.io/name': QDRANT_NAME, [SMOKE_LABEL]: env.runName };
  const security = {
    pod: { runAsNonRoot: true, runAsUser: 1000, runAsGroup: 1000, fsGroup: 1000, seccompProfile: { type: 'RuntimeDefault' } },
    container: { runAsNonRoot: true, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] }, seccompProfile: { type: 'RuntimeDefault' } },
  };
  const objects = [
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: QDRANT_NAME, namespace, labels },
      spec: {
        replicas: 1,
        selector: { matchLabels: { 'app.kubernetes.io/name': QDRANT_NAME } },
        template: {
          metadata: { labels },
          spec: {
            automountServiceAccountToken: false,
            securityContext: security.pod,
            containers: [
              {
                name: 'qdrant',
                image: env.candidate.qdrantImage,
                imagePullPolicy: 'IfNotPresent',
                securityContext: security.container,
                env: [{ name: 'QDRANT__TELEMETRY_DISABLED', value: 'true' }],
                ports: [{ name: 'http', containerPort: 6333 }],
                readinessProbe: { httpGet: { path: '/readyz', port: 'http' }, periodSeconds: 2 },
                resources: { requests: { cpu: '10m', memory: '64Mi' }, limits: { cpu: '500m', memory: '512Mi' } },
                volumeMounts: ['storage:/qdrant/storage', 'snapshots:/qdrant/snapshots', 'tmp:/tmp'].map((m) => ({ name: m.split(':')[0], mountPath: m.split(':')[1] })),
              },
            ],
            volumes: ['storage', 'snapshots', 'tmp'].map((name) => ({ name, emptyDir: {} })),
          },
        },
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: QDRANT_NAME, namespace, labels },
      spec: { selector: { 'app.kubernetes.io/name': QDRANT_NAME }, ports: [{ name: 'http', port: 6333, targetPort: 'http' }] },
    },
  ];
  await clusterOf(env).ensureImages([env.candidate.qdrantImage]);
  checkpoint(env);
  await kubectl.apply(objects.map((o) => JSON.stringify(o)).join('\n---\n'));
  return `http://${QDRANT_NAME}.${namespace}.svc.cluster.local:6333`;
}

/**
 * Re-checks the namespace until every workload and pod is ready; stops at once on what will not
 * heal (CrashLoopBackOff, ImagePullBackOff, a Pod Security rejection, a readiness probe failing
 * past READINESS_PATIENCE_MS), naming it. `extra` is checked first on each round (e.g. an
 * MCPServer's phase) and may end the wait with an error.
 */
export async function waitNamespaceReady(env: MethodEnv, kubectl: Kubectl, namespace: string, what: string, extra?: () => Promise<boolean>): Promise<void> {
  let last: Assessment | undefined;
  let checks = 0;
  for (;;) {
    if (env.signal.aborted) {
      const reason = (env.signal.reason as Error | undefined)?.message ?? 'cancelled';
      throw new UserError(`${what}: not ready after ${checks} checks (${reason}): ${last?.findings[0]?.cause ?? last?.waiting ?? 'nothing observed'}`);
    }
    checks++;
    const ok = extra ? await extra() : true;
    last = await assess(kubectl, namespace, await snapshot(kubectl, namespace), { readinessPatienceMs: READINESS_PATIENCE_MS });
    const fatal = last.findings.find((f) => f.fatal);
    if (fatal) throw new UserError(`${what}: ${fatal.cause}`);
    if (ok && last.ready) return;
    await new Promise<void>((resolve) => {
      const done = (): void => (clearTimeout(timer), env.signal.removeEventListener('abort', done), resolve());
      const timer = setTimeout(done, 2_000);
      env.signal.addEventListener('abort', done, { once: true });
    });
  }
}

/** The Service port to probe: the one whose port or targetPort is `port`, else the only one. */
export async function servicePort(kubectl: Kubectl, namespace: string, service: string, port: number): Promise<number> {
  const [svc] = await kubectl.get(`service/${service}`, { namespace }).catch((e: Error) => {
    throw new UserError(`Service ${service} in ${namespace}: ${e.message.split('\n')[0]} (set the method's service to the Service that serves MCP)`);
  });
  const ports = ((svc?.spec?.ports as Array<{ port: number; targetPort?: number | string; name?: string }> | undefined) ?? []);
  const match = ports.find((p) => p.port === port || p.targetPort === port) ?? (ports.length === 1 ? ports[0] : undefined);
  if (!match) throw new UserError(`Service ${service} in ${namespace}: no port ${port} among ${ports.map((p) => p.port).join(', ') || 'none'} (set the method's port)`);
  return match.port;
}

/**
 * Both ways in: a port-forward from this process to the Service (its process is registered for
 * removal with the method) and the Service from inside the cluster (a probe pod, which goes through
 * kube-proxy and the Service's session affinity).
 */
export async function serviceEndpoints(env: MethodEnv, kubectl: Kubectl, namespace: string, service: string, label = ''): Promise<Endpoint[]> {
  const port = await servicePort(kubectl, namespace, service, env.spec.port);
  checkpoint(env);
  const forward = await kubectl.portForward(`service/${service}`, port, namespace);
  env.cleanup.add({ kind: 'process', pid: forward.pid, match: 'port-forward' });
  const prefix = label ? `${label}: ` : '';
  return [
    { label: `${prefix}port-forward to Service ${service}`, url: `http://127.0.0.1:${forward.localPort}/` },
    { label: `${prefix}Service ${service} (in cluster)`, inCluster: { namespace, url: `http://${service}.${namespace}.svc.cluster.local:${port}/` } },
  ];
}

/** Makes the images a rendering names present on the nodes (kind) or checks they can be pulled (another cluster). */
export async function ensureImagesOf(env: MethodEnv, objects: KubeObject[]): Promise<void> {
  const custom = objects.map((o) => o.spec?.image).filter((i): i is string => typeof i === 'string');
  await clusterOf(env).ensureImages([...imagesOf(objects), ...custom]);
}

/** Registers removal of the cluster-scoped objects a rendering holds (Namespaces aside: they are the run's own). */
export function registerClusterScoped(env: MethodEnv, objects: KubeObject[]): void {
  const cluster = clusterOf(env);
  for (const o of objects) {
    if (!isClusterScoped(o.kind) || o.kind === 'Namespace' || o.kind === 'CustomResourceDefinition') continue;
    const group = o.apiVersion.includes('/') ? `.${o.apiVersion.split('/')[0]}` : '';
    env.cleanup.add({ kind: 'cluster-object', kubeconfig: cluster.kubeconfig, context: cluster.context, resource: `${o.kind.toLowerCase()}${group}`, name: o.metadata.name });
  }
}

/** Throws when the method's budget is spent: called before each step that changes the cluster. */
export function checkpoint(env: Pick<MethodEnv, 'signal'>): void {
  if (env.signal.aborted) throw env.signal.reason instanceof Error ? env.signal.reason : new UserError('cancelled');
}

/**
 * Deploys several parts side by side (e.g. each kustomization); the first failure stops the others
 * (they see an aborted signal), all are awaited, and that first failure is thrown.
 */
export async function allOrFirstFailure<T>(env: MethodEnv, parts: Array<(env: MethodEnv) => Promise<T>>): Promise<T[]> {
  const stop = new AbortController();
  const sub: MethodEnv = { ...env, signal: AbortSignal.any([env.signal, stop.signal]) };
  let first: unknown;
  const settled = await Promise.allSettled(
    parts.map((part) =>
      part(sub).catch((error: unknown) => {
        if (first === undefined) first = error;
        stop.abort(error);
        throw error;
      }),
    ),
  );
  if (first !== undefined) throw first;
  return settled.map((r) => (r as PromiseFulfilledResult<T>).value);
}

/** A deadline inside the method's budget for a tool's own timeout (helm --timeout, kubectl wait). */
export function secondsLeft(deadline: number, reserveSeconds = 10): number {
  return Math.max(15, Math.floor((deadline - Date.now()) / 1000) - reserveSeconds);
}
