/**
 * Room on the cluster for the Kubernetes methods: each one, about to apply what it rendered, waits
 * until the CPU its pods request fits beside what the running methods hold. Without it, methods
 * started together on a small cluster (a 2-core kind node) each got some pods scheduled and then
 * waited for the rest (the in-cluster probe, `helm test`) in Pending "Insufficient cpu" until
 * their budgets ran out. The cluster's capacity is read once: the nodes' allocatable CPU less what
 * the pods already there request.
 */
import { UserError } from '../../errors.js';
import type { KubeObject, Kubectl } from '../../tools/kubectl.js';
import { isHelmTestHook, podSpecOf } from '../../verify/index.js';
import { checkpoint } from '../wait.js';

/** A CPU quantity in millicores ("250m", "0.5", "2"); 0 for none or one that cannot be read. */
export function cpuMillicores(quantity: unknown): number {
  if (typeof quantity === 'number') return Math.round(quantity * 1000);
  if (typeof quantity !== 'string') return 0;
  const m = /^(\d+(?:\.\d+)?)(m?)$/.exec(quantity.trim());
  if (!m) return 0;
  return m[2] ? Math.ceil(Number(m[1])) : Math.round(Number(m[1]) * 1000);
}

interface Container {
  resources?: { requests?: Record<string, unknown>; limits?: Record<string, unknown> };
}
interface PodSpec {
  containers?: Container[];
  initContainers?: Container[];
}

/** One container's CPU request (its limit when only that is set: Kubernetes requests as much). */
function containerCpu(c: Container): number {
  return cpuMillicores(c.resources?.requests?.cpu ?? c.resources?.limits?.cpu);
}

/** A pod's CPU request as the scheduler counts it: its containers together, or its largest init container. */
export function podCpu(spec: PodSpec | undefined): number {
  const containers = (spec?.containers ?? []).reduce((sum, c) => sum + containerCpu(c), 0);
  const init = Math.max(0, ...(spec?.initContainers ?? []).map(containerCpu));
  return Math.max(containers, init);
}

/** How many of a workload's pods run at once (a CronJob's: none yet; a DaemonSet's: one per node, one node here counted). */
function podsAtOnce(o: KubeObject): number {
  const spec = o.spec as { replicas?: number; parallelism?: number } | undefined;
  switch (o.kind) {
    case 'Deployment':
    case 'StatefulSet':
    case 'ReplicaSet':
    case 'ReplicationController':
      return Number(spec?.replicas ?? 1);
    case 'Job':
      return Number(spec?.parallelism ?? 1);
    case 'CronJob':
      return 0;
    default:
      return 1;
  }
}

/**
 * The CPU the pods of a rendering request (millicores): each workload's pod (found as the policy
 * finds it) times the pods it runs at once, helm's test pods only when `withTests`, and an
 * MCPServer's own resources (ToolHive's server pod).
 */
export function cpuRequestsOf(objects: KubeObject[], options: { withTests?: boolean } = {}): number {
  let total = 0;
  for (const o of objects) {
    if (o.kind === 'MCPServer') {
      total += cpuMillicores((o.spec?.resources as Container['resources'])?.requests?.cpu);
      continue;
    }
    const pod = podSpecOf(o) as PodSpec | undefined;
    if (!pod || (isHelmTestHook(o) && !options.withTests)) continue;
    total += podCpu(pod) * podsAtOnce(o);
  }
  return total;
}

interface Waiting {
  owner: string;
  millicores: number;
  admit: () => void;
}

/** What the run's methods hold of the cluster's CPU, and who waits for room. */
export class ClusterRoom {
  private capacity?: Promise<number>;
  private readonly held = new Map<string, number>();
  private readonly waiting: Waiting[] = [];

  constructor(private readonly kubectl: Pick<Kubectl, 'get'>) {}

  /**
   * Allocatable CPU of the nodes less what the pods there when the first method asks request (the
   * control plane, CoreDNS, a ToolHive operator, another tenant's): what the methods may share.
   */
  private measure(): Promise<number> {
    this.capacity ??= (async () => {
      const nodes = await this.kubectl.get('nodes');
      const allocatable = nodes.reduce((sum, n) => sum + cpuMillicores((n.status?.allocatable as Record<string, unknown> | undefined)?.cpu), 0);
      const pods = await this.kubectl.get('pods', { allNamespaces: true });
      const others = pods
        .filter((p) => !['Succeeded', 'Failed'].includes(String(p.status?.phase)))
        .reduce((sum, p) => sum + podCpu(p.spec as PodSpec), 0);
      return allocatable - others;
    })();
    this.capacity.catch(() => (this.capacity = undefined));
    return this.capacity;
  }

  private used(): number {
    return [...this.held.values()].reduce((a, b) => a + b, 0);
  }

  /**
   * Waits until `millicores` more fit, or nothing else is held; a method that could never fit goes at
   * once holding nothing (the scheduler names what it lacks); an owner holding room already is not made
   * to wait again (its parts deploy side by side). `say` is told once when it has to wait.
   */
  async reserve(owner: string, millicores: number, signal: AbortSignal, say: (line: string) => void): Promise<void> {
    const capacity = await this.measure();
    checkpoint({ signal });
    if (millicores > capacity) {
      // It can never fit: waiting would only keep the others waiting too. It goes now, holding nothing,
      // and the scheduler names what its pods lack.
      say(`its pods request ${millicores}m CPU, more than the cluster has for the methods (${capacity}m): not waiting for room`);
      return;
    }
    const fits = () => this.held.has(owner) || this.held.size === 0 || this.used() + millicores <= capacity;
    if (fits()) {
      this.held.set(owner, (this.held.get(owner) ?? 0) + millicores);
      return;
    }
    const holders = [...this.held.entries()].map(([o, m]) => `${o} ${m}m`).join(', ');
    const waitingFor = `waiting for room on the cluster: its pods request ${millicores}m CPU; ${this.used()}m of ${capacity}m held (${holders})`;
    say(waitingFor);
    const started = performance.now();
    // Admitted by release(), which counts it held before the next in line is looked at.
    await new Promise<void>((resolve, reject) => {
      const onAbort = () => {
        const at = this.waiting.indexOf(entry);
        if (at >= 0) this.waiting.splice(at, 1);
        // The cause says what it was doing: "time budget of 45 s spent (waiting for room on the cluster: …)".
        const reason = signal.reason instanceof Error ? signal.reason : new Error('cancelled');
        reject(new UserError(`${reason.message} (${waitingFor})`, { cause: reason }));
      };
      const entry: Waiting = {
        owner,
        millicores,
        admit: () => {
          signal.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      this.waiting.push(entry);
      signal.addEventListener('abort', onAbort, { once: true });
    });
    say(`room on the cluster after ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }

  /** The owner's room back (its namespaces removed); whoever waits and now fits goes, in the order they came. */
  release(owner: string): void {
    if (!this.held.delete(owner)) return;
    void this.measure().then((capacity) => {
      for (const entry of [...this.waiting]) {
        if (this.held.size === 0 || this.used() + entry.millicores <= capacity) {
          this.waiting.splice(this.waiting.indexOf(entry), 1);
          // Held at once, so the next in line counts it.
          this.held.set(entry.owner, (this.held.get(entry.owner) ?? 0) + entry.millicores);
          entry.admit();
        }
      }
    });
  }
}
