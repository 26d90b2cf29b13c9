/**
 * Named policy rules over Kubernetes objects: Pod Security "restricted", hardening and hygiene.
 * docs/policy.md says, rule by rule, why it matters and how to fix it (a test keeps the two alike).
 * A rule can be waived, for the whole chart, one object or one subchart, always with a reason;
 * waived findings are kept (marked) so they can be listed, and the reasons are printed.
 */
import { UserError } from '../errors.js';
import type { Finding, KubeObject, KeyPath, PolicyWaiver, RenderedObject } from './types.js';
import { kindOf, nameOf } from './types.js';

export type { PolicyWaiver } from './types.js';

type Obj = Record<string, unknown>;

export interface PodContext {
  object: KubeObject;
  source: string;
  podSpec: Obj;
  /** Where the pod spec is in the object (`spec.template.spec` of a Deployment). */
  podPath: KeyPath;
  /** Helm test hook pods and Jobs run to completion: no probes needed (see `probes`). */
  runsToCompletion: boolean;
}

export interface ContainerContext extends PodContext {
  container: Obj;
  containerName: string;
  /** Where the container is in the object (`spec.template.spec.containers[0]`). */
  containerPath: KeyPath;
  /** init and ephemeral containers are not long-running either. */
  isInit: boolean;
}

/** One problem a rule finds, and the key in the object it is about (which may be missing: then its nearest parent counts). */
export interface Issue {
  message: string;
  path: KeyPath;
}

interface Rule {
  description: string;
  /** Checks on the object itself (labels, RBAC). */
  object?: (o: KubeObject) => Issue[];
  pod?: (p: PodContext) => Issue[];
  container?: (c: ContainerContext) => Issue[];
}

const asObj = (v: unknown): Obj | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined);
const asArr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const sc = (o: Obj | undefined): Obj => asObj(o?.securityContext) ?? {};
const issue = (message: string, path: KeyPath): Issue => ({ message, path });

/** The securityContext key a container rule is about: the container's own when it sets it, else the pod's when that does, else the container's (where a fix goes). */
function securityKey(c: ContainerContext, key: string): KeyPath {
  if (sc(c.container)[key] === undefined && sc(c.podSpec)[key] !== undefined) return [...c.podPath, 'securityContext', key];
  return [...c.containerPath, 'securityContext', key];
}

const SECCOMP_OK = new Set(['RuntimeDefault', 'Localhost']);

export const POLICY_RULES: Readonly<Record<string, Rule>> = {
  'run-as-non-root': {
    description: 'Pod Security restricted: runAsNonRoot true (pod or every container), runAsUser not 0',
    container: (c) => {
      const pod = sc(c.podSpec);
      const own = sc(c.container);
      const issues: Issue[] = [];
      const nonRoot = own.runAsNonRoot ?? pod.runAsNonRoot;
      if (nonRoot !== true) issues.push(issue('runAsNonRoot is not true (set it in the pod or container securityContext)', securityKey(c, 'runAsNonRoot')));
      if ((own.runAsUser ?? pod.runAsUser) === 0) issues.push(issue('runAsUser is 0 (root)', securityKey(c, 'runAsUser')));
      return issues;
    },
  },
  'no-privilege-escalation': {
    description: 'Pod Security restricted: allowPrivilegeEscalation false',
    container: (c) =>
      sc(c.container).allowPrivilegeEscalation === false ? [] : [issue('allowPrivilegeEscalation is not false', [...c.containerPath, 'securityContext', 'allowPrivilegeEscalation'])],
  },
  capabilities: {
    description: 'Pod Security restricted: drop ALL capabilities, add none beyond NET_BIND_SERVICE',
    container: (c) => {
      const caps = asObj(sc(c.container).capabilities) ?? {};
      const at = [...c.containerPath, 'securityContext', 'capabilities'];
      const issues: Issue[] = [];
      if (!asArr(caps.drop).includes('ALL')) issues.push(issue('capabilities.drop does not include ALL', [...at, 'drop']));
      const extra = asArr(caps.add).filter((a) => a !== 'NET_BIND_SERVICE');
      if (extra.length) issues.push(issue(`capabilities.add has ${extra.join(', ')} (only NET_BIND_SERVICE is allowed)`, [...at, 'add']));
      return issues;
    },
  },
  'seccomp-profile': {
    description: 'Pod Security restricted: seccompProfile RuntimeDefault or Localhost (pod or every container)',
    container: (c) => {
      const own = asObj(sc(c.container).seccompProfile)?.type;
      const pod = asObj(sc(c.podSpec).seccompProfile)?.type;
      const effective = own ?? pod;
      if (typeof effective === 'string' && SECCOMP_OK.has(effective)) return [];
      const message = `seccompProfile type is ${effective === undefined ? 'not set' : String(effective)} (needs RuntimeDefault or Localhost)`;
      return [issue(message, [...securityKey(c, 'seccompProfile'), 'type'])];
    },
  },
  'host-namespaces': {
    description: 'Pod Security baseline: no hostNetwork, hostPID, hostIPC',
    pod: (p) => ['hostNetwork', 'hostPID', 'hostIPC'].filter((k) => p.podSpec[k] === true).map((k) => issue(`${k} is true`, [...p.podPath, k])),
  },
  'host-path': {
    description: 'Pod Security baseline: no hostPath volumes',
    pod: (p) =>
      asArr(p.podSpec.volumes).flatMap((v, i) =>
        asObj(v)?.hostPath !== undefined ? [issue(`volume ${String(asObj(v)?.name)} is a hostPath`, [...p.podPath, 'volumes', i, 'hostPath'])] : [],
      ),
  },
  privileged: {
    description: 'Pod Security baseline: no privileged containers',
    container: (c) => (sc(c.container).privileged === true ? [issue('privileged is true', [...c.containerPath, 'securityContext', 'privileged'])] : []),
  },
  'read-only-root-filesystem': {
    description: 'readOnlyRootFilesystem true (writable paths as volumes)',
    container: (c) =>
      sc(c.container).readOnlyRootFilesystem === true ? [] : [issue('readOnlyRootFilesystem is not true', [...c.containerPath, 'securityContext', 'readOnlyRootFilesystem'])],
  },
  resources: {
    description: 'cpu and memory requests and limits set',
    container: (c) => {
      const r = asObj(c.container.resources) ?? {};
      const issues: Issue[] = [];
      for (const part of ['requests', 'limits'] as const) {
        const set = asObj(r[part]) ?? {};
        const missing = ['cpu', 'memory'].filter((k) => set[k] === undefined || set[k] === '');
        if (missing.length) issues.push(issue(`resources.${part} lacks ${missing.join(' and ')}`, [...c.containerPath, 'resources', part]));
      }
      return issues;
    },
  },
  probes: {
    // Helm test pods and Jobs run once to completion: a liveness probe could kill a slow check and
    // a readiness probe gates no traffic, so they are exempt. Init containers cannot have probes.
    description: 'liveness and readiness probes on long-running containers',
    container: (c) => {
      if (c.runsToCompletion || c.isInit) return [];
      return ['livenessProbe', 'readinessProbe'].filter((p) => !asObj(c.container[p])).map((p) => issue(`${p} is not set`, [...c.containerPath, p]));
    },
  },
  labels: {
    description: 'app.kubernetes.io/name and app.kubernetes.io/instance (or part-of) labels on every object',
    object: (o) => {
      const labels = asObj(o.metadata?.labels) ?? {};
      const issues: Issue[] = [];
      if (!labels['app.kubernetes.io/name']) issues.push(issue('label app.kubernetes.io/name is missing', ['metadata', 'labels']));
      if (!labels['app.kubernetes.io/instance'] && !labels['app.kubernetes.io/part-of']) {
        issues.push(issue('label app.kubernetes.io/instance (or app.kubernetes.io/part-of) is missing', ['metadata', 'labels']));
      }
      return issues;
    },
  },
  'rbac-no-wildcards': {
    description: 'no "*" in verbs, resources, apiGroups or nonResourceURLs of Roles and ClusterRoles',
    object: (o) => {
      if (o.kind !== 'Role' && o.kind !== 'ClusterRole') return [];
      const issues: Issue[] = [];
      asArr(o.rules).forEach((rule, i) => {
        const r = asObj(rule) ?? {};
        for (const field of ['verbs', 'resources', 'apiGroups', 'nonResourceURLs']) {
          if (asArr(r[field]).some((v) => typeof v === 'string' && v.includes('*'))) issues.push(issue(`rules[${i}].${field} has a wildcard`, ['rules', i, field]));
        }
      });
      return issues;
    },
  },
  'image-tag': {
    description: 'images pinned by tag (not latest) or digest',
    container: (c) => imageProblems(c.container.image).map((m) => issue(m, [...c.containerPath, 'image'])),
    object: (o) => (o.kind === 'MCPServer' ? imageProblems(asObj(o.spec)?.image).map((m) => issue(m, ['spec', 'image'])) : []),
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

/** Where the pod spec is inside a workload (Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob); undefined for other kinds. */
export function podSpecPath(o: KubeObject): KeyPath | undefined {
  switch (o.kind) {
    case 'Pod':
      return ['spec'];
    case 'Deployment':
    case 'StatefulSet':
    case 'DaemonSet':
    case 'ReplicaSet':
    case 'ReplicationController':
    case 'Job':
      return ['spec', 'template', 'spec'];
    case 'CronJob':
      return ['spec', 'jobTemplate', 'spec', 'template', 'spec'];
    default:
      return undefined;
  }
}

/** The pod spec inside a workload (see podSpecPath). */
export function podSpecOf(o: KubeObject): Obj | undefined {
  const at = podSpecPath(o);
  let node: Obj | undefined = at && (o as Obj);
  for (const key of at ?? []) node = asObj(node?.[key]);
  return node;
}

/** A helm test hook (a pod `helm test` runs, not the release's own). */
export function isHelmTestHook(o: KubeObject): boolean {
  const hook = o.metadata?.annotations?.['helm.sh/hook'];
  return typeof hook === 'string' && hook.split(',').some((h) => h.trim().startsWith('test'));
}

/** Every rule, for waivers that name no single rule (only with a scope: a subchart or an object). */
export const ANY_RULE = '*';

/** A waiver that names no known rule, has a malformed scope, or gives no reason. */
export class PolicyWaiverError extends UserError {
  override name = 'PolicyWaiverError';
}

export interface PolicyOptions {
  waivers?: readonly PolicyWaiver[];
}

export interface PolicyResult {
  /** What fails the policy (no waiver covers it). */
  findings: Finding[];
  /** What a waiver covers, each with its `waiver`. */
  waivedFindings: Finding[];
  waived: PolicyWaiver[];
}

/** A waiver as written in the string form: `rule`, `rule@charts/NAME`, `rule@Kind/name`, `*@charts/NAME`. */
export function describeWaiver(w: PolicyWaiver): string {
  const scope = [w.subchart ? `charts/${w.subchart}` : '', w.object ? `${w.object.kind}/${w.object.name}` : ''].filter(Boolean).join(' ');
  return scope ? `${w.rule}@${scope}` : w.rule;
}

const KNOWN = (): string => `known: ${Object.keys(POLICY_RULES).join(', ')}, or ${ANY_RULE} with a scope (see docs/policy.md)`;
const SUBCHART_RE = /^(?:charts\/)?([A-Za-z0-9][A-Za-z0-9._-]*)$/;
const OBJECT_RE = /^([A-Za-z][A-Za-z0-9]*)\/([^/\s]+)$/;

function checkRule(rule: string, hasScope: boolean, what: string): void {
  if (rule === ANY_RULE) {
    if (!hasScope) throw new PolicyWaiverError(`${what}: ${ANY_RULE} needs a scope (a subchart or an object); to report every rule without failing, use the policy mode warn`);
    return;
  }
  if (!(rule in POLICY_RULES)) throw new PolicyWaiverError(`${what}: unknown policy rule ${JSON.stringify(rule)}; ${KNOWN()}`);
}

function parseObject(text: string, what: string): { kind: string; name: string } {
  const m = OBJECT_RE.exec(text);
  if (!m) throw new PolicyWaiverError(`${what}: ${JSON.stringify(text)} is not Kind/name (e.g. StatefulSet/dot-ai-qdrant, as the chart renders it)`);
  return { kind: m[1] as string, name: m[2] as string };
}

function parseSubchart(text: string, what: string): string {
  const m = SUBCHART_RE.exec(text);
  if (!m) throw new PolicyWaiverError(`${what}: ${JSON.stringify(text)} is not a subchart name (e.g. qdrant or charts/qdrant)`);
  return m[1] as string;
}

/**
 * Parses a waiver in the string form (inputs, and the config's string entries): `rule=reason`,
 * `rule@Kind/name=reason`, `rule@charts/NAME=reason`, `*@charts/NAME=reason`. `what` names where
 * it was written in errors, and is kept as its origin.
 */
export function parseWaiver(entry: string, what: string): PolicyWaiver {
  const eq = entry.indexOf('=');
  const head = (eq < 0 ? entry : entry.slice(0, eq)).trim();
  const reason = eq < 0 ? '' : entry.slice(eq + 1).trim();
  const [rule = '', scopeText, ...more] = head.split('@').map((s) => s.trim());
  if (!rule || !reason) {
    throw new PolicyWaiverError(`${what}: ${JSON.stringify(entry)} must be rule=reason, rule@Kind/name=reason, rule@charts/SUBCHART=reason or *@charts/SUBCHART=reason (a reason is required)`);
  }
  if (more.length) throw new PolicyWaiverError(`${what}: ${JSON.stringify(entry)} has more than one @scope`);
  checkRule(rule, scopeText !== undefined, what);
  if (scopeText === undefined) return { rule, reason, origin: what };
  if (scopeText.startsWith('charts/')) return { rule, reason, subchart: parseSubchart(scopeText, `${what}: scope`), origin: what };
  if (OBJECT_RE.test(scopeText)) return { rule, reason, object: parseObject(scopeText, what), origin: what };
  throw new PolicyWaiverError(`${what}: scope ${JSON.stringify(scopeText)} of ${JSON.stringify(entry)} must be Kind/name or charts/SUBCHART`);
}

/** A waiver in the map form of the config file: `{rule, object?, subchart?, reason}` (shape checked by the config reader). */
export function waiverFromMap(entry: { rule: string; object?: string; subchart?: string; reason: string }, what: string): PolicyWaiver {
  const rule = entry.rule.trim();
  const reason = entry.reason.trim();
  if (!reason) throw new PolicyWaiverError(`${what}.reason: is empty; say why the rule does not apply`);
  checkRule(rule, entry.object !== undefined || entry.subchart !== undefined, `${what}.rule`);
  const waiver: PolicyWaiver = { rule, reason, origin: what };
  if (entry.object !== undefined) waiver.object = parseObject(entry.object.trim(), `${what}.object`);
  if (entry.subchart !== undefined) waiver.subchart = parseSubchart(entry.subchart.trim(), `${what}.subchart`);
  return waiver;
}

/** The subcharts a template belongs to, outermost first: `dot-ai/charts/qdrant/templates/x.yaml` -> [qdrant]. */
export function subchartsOf(source: string): string[] {
  const parts = source.split('/');
  const chain: string[] = [];
  // <chart>/charts/<sub>/charts/<subsub>/templates/...: the main chart's own templates never start with charts/.
  for (let i = 1; parts[i] === 'charts' && i + 2 < parts.length; i += 2) chain.push(parts[i + 1] as string);
  return chain;
}

/** Whether a waiver covers a finding of `rule` on this object (from this template). */
export function covers(waiver: PolicyWaiver, rule: string, object: KubeObject, source: string): boolean {
  if (waiver.rule !== ANY_RULE && waiver.rule !== rule) return false;
  if (waiver.subchart !== undefined && !subchartsOf(source).includes(waiver.subchart)) return false;
  if (waiver.object && (kindOf(object) !== waiver.object.kind || nameOf(object) !== waiver.object.name)) return false;
  return true;
}

/** Runs every rule over every object; a finding a waiver covers is handed back apart, with its waiver. */
export function checkPolicies(objects: readonly RenderedObject[], opts: PolicyOptions = {}): PolicyResult {
  const waivers = opts.waivers ?? [];
  for (const w of waivers) {
    checkRule(w.rule, w.object !== undefined || w.subchart !== undefined, w.origin ?? 'policy waiver');
    if (!w.reason.trim()) throw new PolicyWaiverError(`${w.origin ?? 'policy waiver'}: policy rule ${JSON.stringify(w.rule)} is waived without a reason`);
  }
  const findings: Finding[] = [];
  const waivedFindings: Finding[] = [];
  const rules = Object.entries(POLICY_RULES);
  for (const { object, source } of objects) {
    const chain = subchartsOf(source);
    const base = { check: 'policy' as const, kind: kindOf(object), name: nameOf(object), source, ...(chain.length ? { subchart: chain.join('/') } : {}) };
    const add = (rule: string, found: Issue, container?: string): void => {
      const finding: Finding = { ...base, ...(container === undefined ? {} : { container }), rule, message: found.message, path: found.path };
      const waiver = waivers.find((w) => covers(w, rule, object, source));
      if (waiver) waivedFindings.push({ ...finding, waiver });
      else findings.push(finding);
    };
    for (const [rule, r] of rules) for (const found of r.object?.(object) ?? []) add(rule, found);
    const podPath = podSpecPath(object);
    const podSpec = podSpecOf(object);
    if (!podSpec || !podPath) continue;
    const pod: PodContext = { object, source, podSpec, podPath, runsToCompletion: isHelmTestHook(object) || object.kind === 'Job' || object.kind === 'CronJob' };
    for (const [rule, r] of rules) for (const found of r.pod?.(pod) ?? []) add(rule, found);
    const containers = (['containers', 'initContainers', 'ephemeralContainers'] as const).flatMap((field) =>
      asArr(podSpec[field]).map((c, i) => ({ c, isInit: field !== 'containers', containerPath: [...podPath, field, i] })),
    );
    for (const { c, isInit, containerPath } of containers) {
      const container = asObj(c) ?? {};
      const containerName = typeof container.name === 'string' ? container.name : '<unnamed>';
      const ctx: ContainerContext = { ...pod, container, containerName, containerPath, isInit };
      for (const [rule, r] of rules) for (const found of r.container?.(ctx) ?? []) add(rule, found, containerName);
    }
  }
  return { findings, waivedFindings, waived: [...waivers] };
}
