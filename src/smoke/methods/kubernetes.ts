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
import { checkpoint } from '../wait.js';
import type { KubeCluster } from '../providers/handle.js';
import { cpuRequestsOf } from '../providers/room.js';
import type { ClusterHandle, Endpoint, MethodEnv, PodSecurityLevel } from '../types.js';

/**
 * The labels of a method's namespace: Pod Security `level` enforced, and "restricted" always
 * warned and audited, so a method run at a lower level is told what restricted would refuse.
 */
export function podSecurityLabels(level: PodSecurityLevel): Record<string, string> {
  return {
    'pod-security.kubernetes.io/enforce': level,
    'pod-security.kubernetes.io/enforce-version': 'latest',
    'pod-security.kubernetes.io/warn': 'restricted',
    'pod-security.kubernetes.io/audit': 'restricted',
  };
}

export const RESTRICTED: Record<string, string> = podSecurityLabels('restricted');

/** The API server's Pod Security warnings among others (`would violate PodSecurity "restricted:latest": ...`). */
export function podSecurityWarnings(warnings: string[]): string[] {
  return warnings.map((w) => w.replace(/^Warning:\s*/, '')).filter((w) => /would violate PodSecurity/.test(w));
}

/**
 * The summary's word on a method run below "restricted": the level, and what restricted would
 * refuse (from the API server's warnings), or that it saw nothing to refuse.
 */
export function lowerLevelWarning(env: Pick<MethodEnv, 'spec'>, warnings: string[]): string | undefined {
  const level = env.spec.podSecurity;
  if (level === 'restricted') return undefined;
  const seen = [...new Set(podSecurityWarnings(warnings).map((w) => w.replace(/^.*?would violate PodSecurity "restricted:[^"]*":\s*/, '')))];
  return seen.length
    ? `runs with Pod Security "${level}" (podSecurity), not "restricted": restricted would refuse it: ${seen.join('; ')}`
    : `runs with Pod Security "${level}" (podSecurity), not "restricted" (the API server warned of nothing restricted would refuse: the method could run restricted)`;
}

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
 * adds to it), enforcing the method's Pod Security level, registers its removal, and waits for its
 * default ServiceAccount (pods are refused until it exists).
 */
export async function createNamespace(env: MethodEnv, kubectl: Kubectl, name: string, labels: Record<string, string> = podSecurityLabels(env.spec.podSecurity)): Promise<string> {
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
export function missingSecrets(objects: KubeObject[], namespace: string, keys: Record<string, string> = {}, values: Array<SecretSource & { value: string }> = []): KubeObject[] {
  const defined = new Set(objects.filter((o) => o.kind === 'Secret').map((o) => o.metadata.name));
  const wanted = new Map<string, Map<string, string>>();
  // Values the run decides (the token) come first: a placeholder never takes their place.
  for (const { secret, key, value } of values) {
    if (defined.has(secret)) continue;
    const data = wanted.get(secret) ?? new Map<string, string>();
    data.set(key, value);
    wanted.set(secret, data);
  }
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

/** Where a variable's value comes from a Secret: a Secret key, or a whole Secret read into the environment. */
export interface SecretSource {
  secret: string;
  key: string;
}

/**
 * The Secret keys a variable is read from in `objects`: container env `secretKeyRef`s, `envFrom`
 * `secretRef`s (the key is the variable's name), and a ToolHive MCPServer's `spec.secrets`
 * (`targetEnvName`). A literal `value` for it is returned as `literal`.
 */
export function secretSourcesOf(objects: KubeObject[], variable: string): { sources: SecretSource[]; literal: boolean } {
  const sources: SecretSource[] = [];
  let literal = false;
  const add = (secret: string | undefined, key: string | undefined): void => {
    if (secret && key && !sources.some((s) => s.secret === secret && s.key === key)) sources.push({ secret, key });
  };
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (Array.isArray(o.env)) {
      for (const e of o.env as Array<{ name?: string; value?: unknown; valueFrom?: { secretKeyRef?: { name?: string; key?: string } } }>) {
        if (e?.name !== variable) continue;
        if (e.valueFrom?.secretKeyRef) add(e.valueFrom.secretKeyRef.name, e.valueFrom.secretKeyRef.key);
        else if (e.value !== undefined) literal = true;
      }
    }
    if (Array.isArray(o.envFrom)) for (const e of o.envFrom as Array<{ secretRef?: { name?: string } }>) add(e?.secretRef?.name, variable);
    if (Array.isArray(o.secrets)) for (const e of o.secrets as Array<{ name?: string; key?: string; targetEnvName?: string }>) if (e?.targetEnvName === variable) add(e.name, e.key);
    for (const v of Object.values(o)) walk(v);
  };
  walk(objects.filter((o) => o.kind !== 'Secret'));
  return { sources, literal };
}

/**
 * Gives the deployment its token: every Secret key the variable is read from gets it. Secrets the
 * objects define are changed in place (the caller applies these objects, never a rendering with the
 * token written down); the others are returned as values for missingSecrets. Refused when nothing
 * reads the variable from a Secret.
 */
export function giveToken(objects: KubeObject[], variable: string, token: string, where: string): { objects: KubeObject[]; values: SecretSource[]; inPlace: string[] } {
  const { sources, literal } = secretSourcesOf(objects, variable);
  if (sources.length === 0) {
    throw new UserError(`${where}: no container reads ${variable} from a Secret${literal ? ` (it is set to a literal value)` : ''}: the deployment cannot be given the run's token (set the method's auth.env to the variable that holds it, or auth: false)`);
  }
  const inPlace: string[] = [];
  const patched = objects.map((o) => {
    if (o.kind !== 'Secret') return o;
    const keys = sources.filter((s) => s.secret === o.metadata.name).map((s) => s.key);
    if (!keys.length) return o;
    inPlace.push(o.metadata.name);
    const data = { ...((o.data as Record<string, string> | undefined) ?? {}) };
    const stringData = { ...((o.stringData as Record<string, string> | undefined) ?? {}) };
    for (const key of keys) {
      delete data[key];
      stringData[key] = token;
    }
    return { ...o, data, stringData } as KubeObject;
  });
  const defined = new Set(objects.filter((o) => o.kind === 'Secret').map((o) => o.metadata.name));
  return { objects: patched, values: sources.filter((s) => !defined.has(s.secret)), inPlace };
}

/**
 * Environment added to the server's containers (those running the candidate server image, and an
 * MCPServer's spec.env) where they do not set the variable themselves, e.g. DOT_AI_TELEMETRY=false.
 */
export function withServerEnv(objects: KubeObject[], serverRef: string, variables: Record<string, string>): KubeObject[] {
  const add = (env: unknown): Array<Record<string, unknown>> => {
    const list = Array.isArray(env) ? [...(env as Array<Record<string, unknown>>)] : [];
    for (const [name, value] of Object.entries(variables)) if (!list.some((e) => e?.name === name)) list.push({ name, value });
    return list;
  };
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (!node || typeof node !== 'object') return node;
    const o = { ...(node as Record<string, unknown>) };
    for (const [k, v] of Object.entries(o)) o[k] = walk(v);
    if (o.image === serverRef && typeof o.name === 'string') o.env = add(o.env);
    return o;
  };
  return objects.map((o) => {
    const out = walk(o) as KubeObject;
    if (o.kind === 'MCPServer' && out.spec && typeof out.spec === 'object' && out.spec.image === serverRef) out.spec = { ...out.spec, env: add(out.spec.env) };
    return out;
  });
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

/** A namespace's failure that will not heal (CrashLoopBackOff, ImagePullBackOff...), for a deployment's watch while it is probed. */
export function namespaceWatch(kubectl: Kubectl, namespace: string): () => Promise<string | undefined> {
  return async () => {
    const found = await assess(kubectl, namespace, await snapshot(kubectl, namespace), { readinessPatienceMs: READINESS_PATIENCE_MS });
    return found.findings.find((f) => f.fatal)?.cause;
  };
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

/** The in-cluster probe's pod (providers/probe-pod.ts), beside every method's own. */
const PROBE_POD_CPU = 10;

/**
 * Right before a method applies what it rendered: its images present, and room on the cluster for
 * the CPU its pods request (with helm's test pods when `helm test` runs, and the probe's pod).
 */
export async function readyToApply(env: MethodEnv, objects: KubeObject[], options: { withTests?: boolean } = {}): Promise<void> {
  await ensureImagesOf(env, objects);
  await clusterOf(env).reserveRoom(env.runName, cpuRequestsOf(objects, options) + PROBE_POD_CPU, env.signal, (line) => env.reporter.info(line));
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
