/**
 * A cluster the Kubernetes methods deploy into, as both providers hand it out: its kubeconfig and
 * context (always explicit), the in-cluster probe, and how images reach its nodes (kind: loaded;
 * another cluster: checked).
 */
import { UserError } from '../../errors.js';
import { Kubectl } from '../../tools/kubectl.js';
import type { ProbeExpectations, ProbeResult, ProbeTarget } from '../probes/index.js';
import type { ClusterHandle } from '../types.js';
import { probeInPod } from './probe-pod.js';
import { ClusterRoom } from './room.js';

export class KubeCluster implements ClusterHandle {
  readonly kubectl: Kubectl;

  constructor(
    readonly name: string,
    readonly kubeconfig: string,
    readonly context: string,
    private readonly probeImage: string,
    private readonly images: (refs: string[]) => Promise<void>,
  ) {
    this.kubectl = new Kubectl({ kubeconfig, context });
    this.room = new ClusterRoom(this.kubectl);
  }

  reserveRoom(owner: string, millicores: number, signal: AbortSignal, say: (line: string) => void): Promise<void> {
    return this.room.reserve(owner, millicores, signal, say);
  }

  releaseRoom(owner: string): void {
    this.room.release(owner);
  }

  async probeInCluster(namespace: string, target: ProbeTarget, expectations: ProbeExpectations, timeoutMs: number, signal: AbortSignal): Promise<ProbeResult> {
    await this.ensureImages([this.probeImage]);
    return probeInPod(this.kubectl, { namespace, image: this.probeImage, target, expectations, timeoutMs, signal });
  }

  /** Images made present by other means (loaded while the cluster started): waited for, not loaded again. */
  adopt(refs: string[], work: Promise<void>): void {
    for (const r of refs) this.ensured.set(r, work);
    work.catch(() => refs.forEach((r) => this.ensured.get(r) === work && this.ensured.delete(r)));
  }

  /** Each image once per run, however many methods ask for it at the same time. */
  ensureImages(refs: string[]): Promise<void> {
    const wanted = [...new Set(refs.filter(Boolean))].filter((r) => !this.ensured.has(r));
    if (wanted.length) {
      const work = this.images(wanted);
      for (const r of wanted) this.ensured.set(r, work);
      // A failure is reported to every method that waits for it, and tried again by the next one asking.
      work.catch(() => wanted.forEach((r) => this.ensured.delete(r)));
    }
    return Promise.all([...new Set(refs.filter(Boolean))].map((r) => this.ensured.get(r))).then(() => undefined);
  }

  private readonly ensured = new Map<string, Promise<void>>();
  private readonly room: ClusterRoom;
}

interface NodeCondition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
}

/**
 * Re-checks until the cluster can run pods: nodes registered and Ready, CoreDNS available, and the
 * default StorageClass's provisioner when it runs as a Deployment (kind's local-path). Fails with
 * what the nodes say when the time is up.
 */
export async function waitClusterReady(kubectl: Kubectl, timeoutMs: number, signal?: AbortSignal): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no node registered';
  for (;;) {
    if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new UserError('cancelled');
    const nodes = await kubectl.get('nodes').catch((e: Error) => ((last = e.message), []));
    const notReady = nodes.filter((n) => !((n.status?.conditions as NodeCondition[] | undefined) ?? []).some((c) => c.type === 'Ready' && c.status === 'True'));
    if (nodes.length > 0 && notReady.length === 0) {
      const deployments = await kubectl.get('deployments', { allNamespaces: true }).catch(() => []);
      const system = deployments.filter((d) => (d.metadata.namespace === 'kube-system' && d.metadata.name === 'coredns') || d.metadata.namespace === 'local-path-storage');
      const waiting = system.filter((d) => Number(d.status?.availableReplicas ?? 0) < Number((d.spec?.replicas as number | undefined) ?? 1));
      if (waiting.length === 0) return;
      last = `waiting for ${waiting.map((d) => `deployment ${d.metadata.namespace}/${d.metadata.name}`).join(', ')}`;
    } else if (nodes.length > 0) {
      last = notReady
        .map((n) => {
          const ready = ((n.status?.conditions as NodeCondition[] | undefined) ?? []).find((c) => c.type === 'Ready');
          return `node ${n.metadata.name} not Ready${ready?.message ? `: ${ready.message}` : ''}`;
        })
        .join('; ');
    }
    if (Date.now() > deadline) throw new UserError(`cluster not ready after ${Math.round(timeoutMs / 1000)} s: ${last}`);
    await new Promise((r) => setTimeout(r, 1_000));
  }
}
