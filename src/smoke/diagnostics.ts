/**
 * What a Kubernetes deployment is doing, read from one snapshot of its namespace (pods, workloads,
 * events): whether it is ready, what it waits for, and the one-line cause when it failed
 * (CrashLoopBackOff with the last log line, ImagePullBackOff with the image, a readiness probe's
 * answer, a Pod Security rejection with the field, Pending with the scheduler's reason). The same
 * reading drives the readiness waits (a fatal finding ends them early) and the diagnostics written
 * for a failed method (status, events, describe, logs, previous logs).
 */
import type { KubeObject, Kubectl } from '../tools/kubectl.js';

export interface Snapshot {
  pods: KubeObject[];
  workloads: KubeObject[];
  replicaSets: KubeObject[];
  events: KubeObject[];
}

interface ContainerState {
  waiting?: { reason?: string; message?: string };
  running?: { startedAt?: string };
  terminated?: { exitCode?: number; reason?: string; message?: string };
}

interface ContainerStatus {
  name: string;
  image?: string;
  ready?: boolean;
  restartCount?: number;
  state?: ContainerState;
  lastState?: ContainerState;
}

interface Condition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
}

export interface Finding {
  /** Fatal: it will not get better by waiting (a readiness wait ends at once). */
  fatal: boolean;
  cause: string;
}

export interface Assessment {
  ready: boolean;
  /** What is not ready yet, for a wait's last word. */
  waiting: string;
  findings: Finding[];
}

/** One read of the namespace: pods, workloads, ReplicaSets and events, in a single kubectl call. */
export async function snapshot(kubectl: Kubectl, namespace: string): Promise<Snapshot> {
  const items = await kubectl.get('pods,deployments,statefulsets,daemonsets,replicasets,events', { namespace });
  const of = (kind: string): KubeObject[] => items.filter((i) => i.kind === kind);
  return {
    pods: of('Pod'),
    workloads: items.filter((i) => ['Deployment', 'StatefulSet', 'DaemonSet'].includes(i.kind)),
    replicaSets: of('ReplicaSet'),
    events: of('Event').sort((a, b) => eventTime(a) - eventTime(b)),
  };
}

function eventTime(e: KubeObject): number {
  const t = (e.lastTimestamp ?? e.eventTime ?? (e.metadata as { creationTimestamp?: string }).creationTimestamp) as string | undefined;
  return t ? Date.parse(t) : 0;
}

/** Pods that are not the deployment's own: our probe pods, helm test hooks, Jobs' pods. */
function isWorkloadPod(pod: KubeObject): boolean {
  if (pod.metadata.labels?.['dot-ai-release.smoke/probe']) return false;
  if (pod.metadata.annotations?.['helm.sh/hook']) return false;
  const owners = (pod.metadata as { ownerReferences?: Array<{ kind: string }> }).ownerReferences ?? [];
  return !owners.some((o) => o.kind === 'Job');
}

function statuses(pod: KubeObject): ContainerStatus[] {
  return [...((pod.status?.initContainerStatuses as ContainerStatus[] | undefined) ?? []), ...((pod.status?.containerStatuses as ContainerStatus[] | undefined) ?? [])];
}

function conditions(obj: KubeObject): Condition[] {
  return (obj.status?.conditions as Condition[] | undefined) ?? [];
}

function eventsOf(s: Snapshot, kind: string, name: string): KubeObject[] {
  return s.events.filter((e) => {
    const involved = e.involvedObject as { kind?: string; name?: string } | undefined;
    return involved?.kind === kind && involved.name === name;
  });
}

function message(e: KubeObject | undefined): string {
  return String(e?.message ?? '').replace(/\s+/g, ' ').trim();
}

/** The last non-empty line of a container's output, shortened. */
export function lastLine(text: string): string | undefined {
  const line = text.split('\n').map((l) => l.trim()).filter(Boolean).at(-1);
  return line ? (line.length > 300 ? `${line.slice(0, 300)}...` : line) : undefined;
}

const NOISE = /^(at\s|Node\.js v\d|[{}^]$|\^+$|code: |requireStack|throw\s|node:internal\/)/;
const TELLING = /error|fail|cannot|can't|refused|denied|not found|not writable|unreachable|invalid|missing|fatal|panic|exception/i;

/** The line of a log's tail that says most about a failure: the last one that reads like an error, else the last that is not a stack frame. */
export function tellingLogLine(log: string, max = 240): string {
  const lines = log.split('\n').map((l) => l.trim()).filter(Boolean).slice(-30);
  const meaningful = lines.filter((l) => !NOISE.test(l));
  const line = [...meaningful].reverse().find((l) => TELLING.test(l)) ?? meaningful.at(-1) ?? '';
  return line.length > max ? `${line.slice(0, max)}...` : line;
}

/**
 * The line of a container's output that says most about its failure (tellingLogLine). The kubelet
 * answers a log request for a container whose log is gone (replaced by its restart) with its own
 * line, "unable to retrieve container logs for containerd://ID": that is not the container's output.
 */
export function lastLogLine(text: string): string | undefined {
  return tellingLogLine(text.split('\n').filter((l) => !/^unable to retrieve container logs for [a-z]+:\/\/[0-9a-f]+\s*$/.test(l.trim())).join('\n'), 300) || undefined;
}

/** `violates PodSecurity "restricted:latest": runAsNonRoot != true (...)` -> the part naming the fields. */
function podSecurityViolation(text: string): string | undefined {
  const match = /violates PodSecurity "([^"]+)":\s*(.*)$/.exec(text);
  return match ? `Pod Security "${match[1]}" rejected the pods: ${match[2]}` : undefined;
}

function ready(obj: KubeObject): { ok: boolean; text: string } {
  const desired = Number((obj.spec?.replicas as number | undefined) ?? 1);
  const st = obj.status ?? {};
  const n = (k: string): number => Number((st[k] as number | undefined) ?? 0);
  if (obj.kind === 'Deployment') {
    const generation = Number((obj.metadata as { generation?: number }).generation ?? 0);
    const ok = n('observedGeneration') >= generation && n('updatedReplicas') >= desired && n('availableReplicas') >= desired;
    return { ok, text: `deployment ${obj.metadata.name} ${n('availableReplicas')}/${desired} available` };
  }
  if (obj.kind === 'StatefulSet') return { ok: n('readyReplicas') >= desired, text: `statefulset ${obj.metadata.name} ${n('readyReplicas')}/${desired} ready` };
  const wanted = n('desiredNumberScheduled');
  return { ok: n('numberReady') >= wanted, text: `daemonset ${obj.metadata.name} ${n('numberReady')}/${wanted} ready` };
}

export interface AssessOptions {
  /** A pod Running this long whose readiness (or startup) probe keeps failing is a failure. */
  readinessPatienceMs: number;
  /** A pod that cannot get its config (a missing Secret) this long is a failure. */
  configPatienceMs?: number;
  now?: number;
}

/**
 * Reads a snapshot: ready or not, and every finding, fatal ones first. Needs kubectl only for the
 * last log line of a crashing container.
 */
export async function assess(kubectl: Kubectl, namespace: string, s: Snapshot, options: AssessOptions): Promise<Assessment> {
  const now = options.now ?? Date.now();
  const findings: Finding[] = [];
  const waiting: string[] = [];

  // Pod Security: the controller's pod creation is refused; the event names the fields.
  const rejected = new Set<string>();
  for (const e of s.events) {
    const text = message(e);
    const violation = e.reason === 'FailedCreate' ? podSecurityViolation(text) : undefined;
    const involved = e.involvedObject as { kind?: string; name?: string };
    const key = `${involved.kind}/${involved.name}`;
    if (violation && !rejected.has(key)) {
      rejected.add(key);
      findings.push({ fatal: true, cause: `${violation.replace('rejected the pods', `rejected the pods of ${involved.kind} ${involved.name}`)}` });
    }
  }

  for (const pod of s.pods.filter(isWorkloadPod)) {
    const name = pod.metadata.name;
    const phase = String(pod.status?.phase ?? '');
    const started = Date.parse(String(pod.status?.startTime ?? (pod.metadata as { creationTimestamp?: string }).creationTimestamp ?? '')) || now;
    const podEvents = eventsOf(s, 'Pod', name);
    const probeFailures = podEvents.filter((e) => e.reason === 'Unhealthy');
    for (const c of statuses(pod)) {
      const reason = c.state?.waiting?.reason ?? '';
      const why = c.state?.waiting?.message ? `: ${c.state.waiting.message.replace(/\s+/g, ' ').trim()}` : '';
      if (/^(ImagePullBackOff|ErrImageNeverPull|InvalidImageName)$/.test(reason)) {
        findings.push({ fatal: true, cause: `${reason}: pod ${name} container ${c.name} cannot get image ${c.image ?? '?'}${why}` });
      } else if (reason === 'ErrImagePull') {
        findings.push({ fatal: false, cause: `ErrImagePull: pod ${name} container ${c.name} image ${c.image ?? '?'}${why}` });
      } else if (reason === 'CrashLoopBackOff' || (c.lastState?.terminated && (c.restartCount ?? 0) > 0 && !c.ready && reason !== 'PodInitializing')) {
        const exit = c.lastState?.terminated ?? c.state?.terminated;
        const previous = await kubectl.logs(name, { namespace, container: c.name, previous: true, tail: 30 });
        const line = lastLogLine(previous) ?? lastLogLine(await kubectl.logs(name, { namespace, container: c.name, tail: 30 }));
        const killedByProbe = podEvents.filter((e) => e.reason === 'Killing' && /probe/i.test(message(e))).at(-1);
        const probe = probeFailures.at(-1);
        const parts = [
          `${reason === 'CrashLoopBackOff' ? 'CrashLoopBackOff' : 'restarting'}: pod ${name} container ${c.name} exited${exit?.exitCode !== undefined ? ` with code ${exit.exitCode}` : ''}${exit?.reason && exit.reason !== 'Error' ? ` (${exit.reason})` : ''} after ${c.restartCount ?? 0} restart(s)`,
          killedByProbe ? `killed by its ${/liveness/i.test(message(killedByProbe)) ? 'liveness' : 'startup'} probe (${message(probe) || message(killedByProbe)})` : undefined,
          line ? `last log line: ${line}` : 'no log output',
        ];
        findings.push({ fatal: reason === 'CrashLoopBackOff', cause: parts.filter(Boolean).join('; ') });
      } else if (/^(CreateContainerConfigError|CreateContainerError|RunContainerError)$/.test(reason)) {
        findings.push({ fatal: now - started > (options.configPatienceMs ?? 30_000), cause: `${reason}: pod ${name} container ${c.name}${why}` });
      }
    }
    if (phase === 'Pending') {
      const scheduled = conditions(pod).find((c) => c.type === 'PodScheduled');
      if (scheduled?.status === 'False') {
        findings.push({ fatal: false, cause: `pod ${name} Pending: ${scheduled.message ?? scheduled.reason ?? 'not scheduled'}` });
      }
      waiting.push(`pod ${name} Pending`);
    } else if (phase === 'Running') {
      const isReady = conditions(pod).some((c) => c.type === 'Ready' && c.status === 'True');
      if (!isReady) {
        waiting.push(`pod ${name} not Ready`);
        const readiness = probeFailures.filter((e) => /^(Readiness|Startup) probe/.test(message(e))).at(-1);
        const crashing = statuses(pod).some((c) => c.state?.waiting?.reason === 'CrashLoopBackOff');
        if (readiness && !crashing) {
          const seconds = Math.round((now - started) / 1000);
          findings.push({ fatal: now - started > options.readinessPatienceMs, cause: `pod ${name} not Ready after ${seconds} s: ${message(readiness)}` });
        }
      }
    }
  }

  const workloads = s.workloads.map(ready);
  for (const w of workloads) if (!w.ok) waiting.push(w.text);
  const workloadPods = s.pods.filter((p) => isWorkloadPod(p) && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed');
  const allPodsReady = workloadPods.every((p) => conditions(p).some((c) => c.type === 'Ready' && c.status === 'True'));
  const something = s.workloads.length > 0 || workloadPods.length > 0;
  findings.sort((a, b) => Number(b.fatal) - Number(a.fatal));
  return {
    ready: something && workloads.every((w) => w.ok) && allPodsReady,
    waiting: something ? [...new Set(waiting)].join(', ') || 'rolling out' : 'no workload or pod yet',
    findings,
  };
}

/** The one-line cause of an assessment: the first fatal finding, else the first other one. */
export function causeOf(a: Assessment): string | undefined {
  return a.findings[0]?.cause;
}

function safeName(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^\.+/, '_');
}

/** Writes a diagnostic file (a path under the method's folder; confined and redacted by the writer). */
export type DiagnosticWriter = (relative: string, content: string) => unknown;

/**
 * Writes what explains a namespace into `<namespace>/` of the method's folder: objects, events,
 * describe, every container's logs (previous too); `extraTypes` are described as well (e.g.
 * mcpservers). Resolves to the one-line cause it finds, if any.
 */
export async function writeNamespaceDiagnostics(kubectl: Kubectl, namespace: string, write: DiagnosticWriter, extraTypes: string[] = []): Promise<string | undefined> {
  const out = safeName(namespace);
  const text = async (args: string[]): Promise<string> => {
    const r = await kubectl.run(args);
    return `${r.stdout}${r.stderr ? `\n${r.stderr}` : ''}`;
  };
  const types = ['deployments', 'statefulsets', 'daemonsets', 'replicasets', 'pods', 'services', 'endpointslices', 'persistentvolumeclaims', 'networkpolicies', 'poddisruptionbudgets', 'horizontalpodautoscalers', ...extraTypes];
  write(`${out}/objects.txt`, await text(['get', [...types, 'configmaps', 'secrets', 'serviceaccounts'].join(','), '--namespace', namespace, '-o', 'wide']));
  write(`${out}/events.txt`, await kubectl.events(namespace));
  write(`${out}/describe.txt`, await text(['describe', types.join(','), '--namespace', namespace]));
  let snap: Snapshot | undefined;
  try {
    snap = await snapshot(kubectl, namespace);
  } catch (error) {
    write(`${out}/snapshot-error.txt`, `${(error as Error).message}\n`);
  }
  for (const pod of snap?.pods ?? []) {
    const containers = [
      ...((pod.spec?.initContainers as Array<{ name: string }> | undefined) ?? []),
      ...((pod.spec?.containers as Array<{ name: string }> | undefined) ?? []),
    ];
    for (const c of containers) {
      const base = `${out}/logs/${safeName(`${pod.metadata.name}_${c.name}`)}`;
      write(`${base}.log`, (await kubectl.logs(pod.metadata.name, { namespace, container: c.name, tail: 500 })) || '(no output)\n');
      const previous = await kubectl.logs(pod.metadata.name, { namespace, container: c.name, previous: true, tail: 500 });
      if (previous) write(`${base}.previous.log`, previous);
    }
  }
  if (!snap) return undefined;
  const assessment = await assess(kubectl, namespace, snap, { readinessPatienceMs: 0, configPatienceMs: 0 });
  write(`${out}/assessment.json`, `${JSON.stringify(assessment, null, 2)}\n`);
  const nothing = assessment.ready || !(snap.pods.length || snap.workloads.length);
  return causeOf(assessment) ?? (nothing ? undefined : `not ready: ${assessment.waiting}`);
}

/** Whether a failure already names a finding of the readiness wait (the diagnosis would only repeat it). */
export function diagnosed(cause: string | undefined): boolean {
  return /CrashLoopBackOff|restarting: pod|ImagePullBackOff|ErrImageNeverPull|InvalidImageName|Pod Security "|not Ready after|CreateContainerConfigError|CreateContainerError|RunContainerError|phase Failed/.test(cause ?? '');
}
