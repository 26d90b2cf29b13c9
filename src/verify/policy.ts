/**
 * Named policy rules over Kubernetes objects: Pod Security "restricted", hardening and hygiene.
 * Each rule can be turned off by name with a reason; the reasons come back for printing so a
 * waiver is never silent.
 */
import { UserError } from '../errors.js';
import type { Finding, KubeObject, RenderedObject } from './types.js';
import { kindOf, nameOf } from './types.js';

type Obj = Record<string, unknown>;

export interface PodContext {
  object: KubeObject;
  source: string;
  podSpec: Obj;
  /** Helm test hook pods and Jobs run to completion: no probes needed (see `probes`). */
  runsToCompletion: boolean;
}

export interface ContainerContext extends PodContext {
  container: Obj;
  containerName: string;
  /** init and ephemeral containers are not long-running either. */
  isInit: boolean;
}

interface Rule {
  description: string;
  /** Checks on the object itself (labels, RBAC). */
  object?: (o: KubeObject) => string[];
  pod?: (p: PodContext) => string[];
  container?: (c: ContainerContext) => string[];
}

const asObj = (v: unknown): Obj | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined);
const asArr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const sc = (o: Obj | undefined): Obj => asObj(o?.securityContext) ?? {};

const SECCOMP_OK = new Set(['RuntimeDefault', 'Localhost']);

export const POLICY_RULES: Readonly<Record<string, Rule>> = {
  'run-as-non-root': {
    description: 'Pod Security restricted: runAsNonRoot true (pod or every container), runAsUser not 0',
    container: (c) => {
      const pod = sc(c.podSpec);
      const own = sc(c.container);
      const msgs: string[] = [];
      const nonRoot = own.runAsNonRoot ?? pod.runAsNonRoot;
      if (nonRoot !== true) msgs.push('runAsNonRoot is not true (set it in the pod or container securityContext)');
      if ((own.runAsUser ?? pod.runAsUser) === 0) msgs.push('runAsUser is 0 (root)');
      return msgs;
    },
  },
  'no-privilege-escalation': {
    description: 'Pod Security restricted: allowPrivilegeEscalation false',
    container: (c) => (sc(c.container).allowPrivilegeEscalation === false ? [] : ['allowPrivilegeEscalation is not false']),
  },
  capabilities: {
    description: 'Pod Security restricted: drop ALL capabilities, add none beyond NET_BIND_SERVICE',
    container: (c) => {
      const caps = asObj(sc(c.container).capabilities) ?? {};
      const msgs: string[] = [];
      if (!asArr(caps.drop).includes('ALL')) msgs.push('capabilities.drop does not include ALL');
      const extra = asArr(caps.add).filter((a) => a !== 'NET_BIND_SERVICE');
      if (extra.length) msgs.push(`capabilities.add has ${extra.join(', ')} (only NET_BIND_SERVICE is allowed)`);
      return msgs;
    },
  },
  'seccomp-profile': {
    description: 'Pod Security restricted: seccompProfile RuntimeDefault or Localhost (pod or every container)',
    container: (c) => {
      const own = asObj(sc(c.container).seccompProfile)?.type;
      const pod = asObj(sc(c.podSpec).seccompProfile)?.type;
      const effective = own ?? pod;
      if (typeof effective === 'string' && SECCOMP_OK.has(effective)) return [];
      return [`seccompProfile type is ${effective === undefined ? 'not set' : String(effective)} (needs RuntimeDefault or Localhost)`];
    },
  },
  'host-namespaces': {
    description: 'Pod Security baseline: no hostNetwork, hostPID, hostIPC',
    pod: (p) => ['hostNetwork', 'hostPID', 'hostIPC'].filter((k) => p.podSpec[k] === true).map((k) => `${k} is true`),
  },
  'host-path': {
    description: 'Pod Security baseline: no hostPath volumes',
    pod: (p) =>
      asArr(p.podSpec.volumes)
        .map(asObj)
        .filter((v) => v?.hostPath !== undefined)
        .map((v) => `volume ${String(v?.name)} is a hostPath`),
  },
  privileged: {
    description: 'Pod Security baseline: no privileged containers',
    container: (c) => (sc(c.container).privileged === true ? ['privileged is true'] : []),
  },
  'read-only-root-filesystem': {
    description: 'readOnlyRootFilesystem true (writable paths as volumes)',
    container: (c) => (sc(c.container).readOnlyRootFilesystem === true ? [] : ['readOnlyRootFilesystem is not true']),
  },
  resources: {
    description: 'cpu and memory requests and limits set',
    container: (c) => {
      const r = asObj(c.container.resources) ?? {};
      const msgs: string[] = [];
      for (const part of ['requests', 'limits'] as const) {
        const set = asObj(r[part]) ?? {};
        const missing = ['cpu', 'memory'].filter((k) => set[k] === undefined || set[k] === '');
        if (missing.length) msgs.push(`resources.${part} lacks ${missing.join(' and ')}`);
      }
      return msgs;
    },
  },
  probes: {
    // Helm test pods and Jobs run once to completion: a liveness probe could kill a slow check and
    // a readiness probe gates no traffic, so they are exempt. Init containers cannot have probes.
    description: 'liveness and readiness probes on long-running containers',
    container: (c) => {
      if (c.runsToCompletion || c.isInit) return [];
      return ['livenessProbe', 'readinessProbe'].filter((p) => !asObj(c.container[p])).map((p) => `${p} is not set`);
    },
  },
  labels: {
    description: 'app.kubernetes.io/name and app.kubernetes.io/instance (or part-of) labels on every object',
    object: (o) => {
      const labels = asObj(o.metadata?.labels) ?? {};
      const msgs: string[] = [];
      if (!labels['app.kubernetes.io/name']) msgs.push('label app.kubernetes.io/name is missing');
      if (!labels['app.kubernetes.io/instance'] && !labels['app.kubernetes.io/part-of']) {
        msgs.push('label app.kubernetes.io/instance (or app.kubernetes.io/part-of) is missing');
      }
      return msgs;
    },
  },
  'rbac-no-wildcards': {
    description: 'no "*" in verbs, resources, apiGroups or nonResourceURLs of Roles and ClusterRoles',
    object: (o) => {
      if (o.kind !== 'Role' && o.kind !== 'ClusterRole') return [];
      const msgs: string[] = [];
      asArr(o.rules).forEach((rule, i) => {
        const r = asObj(rule) ?? {};
        for (const field of ['verbs', 'resources', 'apiGroups', 'nonResourceURLs']) {
          if (asArr(r[field]).some((v) => typeof v === 'string' && v.includes('*'))) msgs.push(`rules[${i}].${field} has a wildcard`);
        }
      });
      return msgs;
    },
  },
  'image-tag': {
    description: 'images pinned by tag (not latest) or digest',
    container: (c) => imageProblems(c.container.image),
    object: (o) => (o.kind === 'MCPServer' ? imageProblems(asObj(o.spec)?.image) : []),
  },
};

export type PolicyRuleName = keyof typeof POLICY_RULES;

/** Problems of an image reference: missing, untagged (implicitly latest) or tagged latest. */
export function imageProblems(image: unknown): string[] {
  if (typeof image !== 'string' || image === '') return ['image is not set'];
  if (/@sha256:[0-9a-f]{64}$/.test(image)) return [];
  const lastSlash = image.lastIndexOf('/');
  const colon = image.lastIndexOf(':');
  if (colon <= lastSlash) return [`image ${image} has no tag (means latest)`];
  const tag = image.slice(colon + 1);
  if (tag === 'latest') return [`image ${image} uses the mutable tag latest`];
  return [];
}

/** The pod spec inside a workload (Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob). */
export function podSpecOf(o: KubeObject): Obj | undefined {
  const spec = asObj(o.spec);
  switch (o.kind) {
    case 'Pod':
      return spec;
    case 'Deployment':
    case 'StatefulSet':
    case 'DaemonSet':
    case 'ReplicaSet':
    case 'ReplicationController':
    case 'Job':
      return asObj(asObj(spec?.template)?.spec);
    case 'CronJob':
      return asObj(asObj(asObj(asObj(spec?.jobTemplate)?.spec)?.template)?.spec);
    default:
      return undefined;
  }
}

function isHelmTestHook(o: KubeObject): boolean {
  const hook = o.metadata?.annotations?.['helm.sh/hook'];
  return typeof hook === 'string' && hook.split(',').some((h) => h.trim().startsWith('test'));
}

/**
 * A rule turned off, with the reason (printed, so a waiver is never silent), for the whole chart or
 * only where `scope` says: one object (`Kind/name`) or one subchart (`charts/NAME`, its templates).
 */
export interface PolicyWaiver {
  rule: string;
  reason: string;
  scope?: { kind: string; name: string } | { subchart: string };
}

/** A waiver that names no known rule, or gives no reason. */
export class PolicyWaiverError extends UserError {
  override name = 'PolicyWaiverError';
}

export interface PolicyOptions {
  waivers?: readonly PolicyWaiver[];
}

export interface PolicyResult {
  findings: Finding[];
  waived: PolicyWaiver[];
}

/**
 * Parses waivers as written in inputs: `rule=reason`, `rule@Kind/name=reason`, `rule@charts/NAME=reason`.
 * `what` names the input in errors.
 */
export function parseWaiver(entry: string, what: string): PolicyWaiver {
  const eq = entry.indexOf('=');
  const head = (eq < 0 ? entry : entry.slice(0, eq)).trim();
  const reason = eq < 0 ? '' : entry.slice(eq + 1).trim();
  const [rule = '', scopeText] = head.split('@').map((s) => s.trim());
  if (!rule || !reason) throw new PolicyWaiverError(`${what}: ${JSON.stringify(entry)} must be rule=reason, rule@Kind/name=reason or rule@charts/SUBCHART=reason (a reason is required)`);
  if (!(rule in POLICY_RULES)) throw new PolicyWaiverError(`${what}: unknown policy rule ${JSON.stringify(rule)}; known: ${Object.keys(POLICY_RULES).join(', ')}`);
  if (scopeText === undefined) return { rule, reason };
  const sub = /^charts\/([^/]+)$/.exec(scopeText);
  if (sub) return { rule, reason, scope: { subchart: sub[1] as string } };
  const obj = /^([A-Za-z][A-Za-z0-9]*)\/([^/\s]+)$/.exec(scopeText);
  if (obj) return { rule, reason, scope: { kind: obj[1] as string, name: obj[2] as string } };
  throw new PolicyWaiverError(`${what}: scope ${JSON.stringify(scopeText)} of ${JSON.stringify(entry)} must be Kind/name or charts/SUBCHART`);
}

/** Whether a waiver covers a finding of its rule on this object (from this template). */
function covers(waiver: PolicyWaiver, rule: string, object: KubeObject, source: string): boolean {
  if (waiver.rule !== rule) return false;
  const scope = waiver.scope;
  if (!scope) return true;
  if ('subchart' in scope) return source.split('/').some((part, i, parts) => part === 'charts' && parts[i + 1] === scope.subchart);
  return kindOf(object) === scope.kind && nameOf(object) === scope.name;
}

/** Runs every rule over every object; findings a waiver covers are left out (the waiver is returned in `waived`). */
export function checkPolicies(objects: readonly RenderedObject[], opts: PolicyOptions = {}): PolicyResult {
  const waivers = opts.waivers ?? [];
  for (const w of waivers) {
    if (!(w.rule in POLICY_RULES)) throw new PolicyWaiverError(`unknown policy rule ${JSON.stringify(w.rule)}; known: ${Object.keys(POLICY_RULES).join(', ')}`);
    if (!w.reason.trim()) throw new PolicyWaiverError(`policy rule ${JSON.stringify(w.rule)} is waived without a reason`);
  }
  const findings: Finding[] = [];
  const rules = Object.entries(POLICY_RULES);
  for (const { object, source } of objects) {
    const active = rules.filter(([name]) => !waivers.some((w) => covers(w, name, object, source)));
    const base = { check: 'policy' as const, kind: kindOf(object), name: nameOf(object), source };
    for (const [rule, r] of active) for (const message of r.object?.(object) ?? []) findings.push({ ...base, rule, message });
    const podSpec = podSpecOf(object);
    if (!podSpec) continue;
    const pod: PodContext = { object, source, podSpec, runsToCompletion: isHelmTestHook(object) || object.kind === 'Job' || object.kind === 'CronJob' };
    for (const [rule, r] of active) for (const message of r.pod?.(pod) ?? []) findings.push({ ...base, rule, message });
    const containers = [
      ...asArr(podSpec.containers).map((c) => ({ c, isInit: false })),
      ...asArr(podSpec.initContainers).map((c) => ({ c, isInit: true })),
      ...asArr(podSpec.ephemeralContainers).map((c) => ({ c, isInit: true })),
    ];
    for (const { c, isInit } of containers) {
      const container = asObj(c) ?? {};
      const containerName = typeof container.name === 'string' ? container.name : '<unnamed>';
      const ctx: ContainerContext = { ...pod, container, containerName, isInit };
      for (const [rule, r] of active) {
        for (const message of r.container?.(ctx) ?? []) findings.push({ ...base, container: containerName, rule, message });
      }
    }
  }
  return { findings, waived: [...waivers] };
}
