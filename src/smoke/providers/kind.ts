/**
 * `kind`: a cluster made for the run (input kind-node-image: kind's own default on GitHub's runners,
 * a locally built node image elsewhere), or an existing one reused (input kind-cluster, never
 * deleted). Its kubeconfig lives in a private temp directory, never in the user's ~/.kube/config.
 * Images the local engine holds are copied into the nodes with `kind load docker-image`; the
 * others are left for the nodes to pull.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { UserError } from '../../errors.js';
import type { Reporter } from '../../report/reporter.js';
import { Docker } from '../../tools/docker.js';
import { Kind, kindContext } from '../../tools/kind.js';
import type { CleanupRegistry } from '../../tools/cleanup.js';
import { KubeCluster, waitClusterReady } from './handle.js';
import type { ClusterProvider } from './types.js';

export interface KindProviderOptions {
  /** Reuse this cluster (not deleted at the end). */
  reuse?: string;
  /** Node image for a new cluster (default: kind's own). */
  nodeImage?: string;
  probeImage: string;
  /** How long a new cluster may take to run pods after `kind create cluster`. */
  readyTimeoutMs?: number;
}

/** CPU requests of the control plane's static pods in a cluster made for the run (kubeadm's: 250m, 200m, 100m, 100m). */
const CONTROL_PLANE_CPU: Record<string, string> = { 'kube-apiserver': '100m', 'kube-controller-manager': '50m', 'kube-scheduler': '20m', etcd: '50m' };

/**
 * kind's config for a cluster made for the run: one node, the control plane's CPU *requests*
 * lowered through kubeadm patches (mounted into the node from `dir`). Requests are bookkeeping:
 * kubeadm's 850m of 2 cores would leave the methods' own requests (the production values alone ask
 * 650m) waiting in Pending on a 2-core runner although the CPU is idle. Nothing is limited.
 */
export function leanControlPlane(dir: string): string {
  const patches = path.join(dir, 'kubeadm-patches');
  mkdirSync(patches, { recursive: true });
  for (const [component, cpu] of Object.entries(CONTROL_PLANE_CPU)) {
    writeFileSync(path.join(patches, `${component}+strategic.yaml`), stringify({ spec: { containers: [{ name: component, resources: { requests: { cpu } } }] } }));
  }
  return stringify({
    kind: 'Cluster',
    apiVersion: 'kind.x-k8s.io/v1alpha4',
    nodes: [
      {
        role: 'control-plane',
        extraMounts: [{ hostPath: patches, containerPath: '/kind/dot-ai-release-patches', readOnly: true }],
        kubeadmConfigPatches: [stringify({ kind: 'InitConfiguration', patches: { directory: '/kind/dot-ai-release-patches' } })],
      },
    ],
  });
}

export class KindProvider implements ClusterProvider {
  readonly description: string;

  constructor(
    private readonly options: KindProviderOptions,
    private readonly kind = new Kind(),
    private readonly docker = new Docker(),
  ) {
    this.description = options.reuse ? `kind (cluster ${options.reuse})` : `kind (node image ${options.nodeImage ?? "kind's default"})`;
  }

  async open(cleanup: CleanupRegistry, reporter: Reporter, preload: string[] = []): Promise<{ handle: KubeCluster; created: boolean }> {
    if (!(await this.kind.version())) throw new UserError(`input provider: kind is not installed (${this.kind.bin} not found); install kind, or use provider cluster`);
    // A private directory (0700) for the kubeconfig, removed last.
    const dir = mkdtempSync(path.join(process.env.RUNNER_TEMP || tmpdir(), 'dot-ai-release-kube-'));
    chmodSync(dir, 0o700);
    cleanup.add({ kind: 'directory', path: dir });
    const kubeconfig = path.join(dir, 'kubeconfig');
    const { reuse } = this.options;
    if (reuse) {
      const clusters = await this.kind.clusters();
      if (!clusters.includes(reuse)) throw new UserError(`input kind-cluster: no kind cluster named ${reuse} (kind get clusters: ${clusters.join(', ') || 'none'})`);
      writeFileSync(kubeconfig, await this.kind.kubeconfig(reuse), { mode: 0o600 });
      const handle = this.handle(reuse, kubeconfig, reporter);
      await waitClusterReady(handle.kubectl, 60_000);
      return { handle, created: false };
    }
    const name = `dot-ai-release-smoke-${randomBytes(3).toString('hex')}`;
    // Registered before it exists: a creation that fails half-way is removed too.
    cleanup.add({ kind: 'kind-cluster', name });
    reporter.info(`creating kind cluster ${name}${this.options.nodeImage ? ` (node image ${this.options.nodeImage})` : ''}`);
    // The images the methods need are saved from the engine while the cluster starts (docker save
    // is what `kind load` spends most of its time on), and imported into the node once it runs.
    const started = performance.now();
    const saving = this.saveForLoad(preload, dir, reporter);
    saving.catch(() => undefined);
    await this.kind.createCluster({ name, image: this.options.nodeImage, kubeconfig, config: leanControlPlane(dir) });
    chmodSync(kubeconfig, 0o600);
    // A guard, not a need: a node without it still runs the methods (a too-early client may hang, then retry).
    await this.kind.refuseUntranslatedServiceTraffic(name).catch((error: unknown) => reporter.warning(`kind cluster ${name}: Service addresses not yet routed are not refused at the node: ${(error as Error).message}`));
    const handle = this.handle(name, kubeconfig, reporter);
    const saved = await saving;
    if (saved) {
      const loading = this.kind.loadImageArchive(name, saved.archive).then(() => {
        reporter.info(`images loaded while the cluster started: ${saved.refs.length} in ${((performance.now() - started) / 1000).toFixed(1)} s from its start (saved ${saved.seconds.toFixed(1)} s, imported after)`);
        rmSync(saved.archive, { force: true });
      });
      handle.adopt(saved.refs, loading);
    }
    await waitClusterReady(handle.kubectl, this.options.readyTimeoutMs ?? 240_000);
    return { handle, created: true };
  }

  /** `docker save` of the preload images the engine holds, into the run's private directory. */
  private async saveForLoad(refs: string[], dir: string, reporter: Reporter): Promise<{ archive: string; refs: string[]; seconds: number } | undefined> {
    const present: string[] = [];
    for (const ref of [...new Set(refs)]) {
      if (await this.docker.imageId(ref)) present.push(ref);
      else reporter.info(`image ${ref} is not in the local Docker engine: the nodes pull it`);
    }
    if (present.length === 0) return undefined;
    const started = performance.now();
    const archive = path.join(dir, 'preload.tar');
    await this.docker.save(present, archive);
    return { archive, refs: present, seconds: (performance.now() - started) / 1000 };
  }

  private handle(name: string, kubeconfig: string, reporter: Reporter): KubeCluster {
    return new KubeCluster(name, kubeconfig, kindContext(name), this.options.probeImage, async (refs) => {
      const present: string[] = [];
      for (const ref of refs) {
        if (await this.docker.imageId(ref)) present.push(ref);
        else reporter.info(`image ${ref} is not in the local Docker engine: the nodes pull it`);
      }
      if (present.length === 0) return;
      const started = performance.now();
      // kind skips the nodes that already hold an image (by ID), so a reused cluster costs little.
      await this.kind.loadDockerImages(name, present);
      reporter.info(`kind load docker-image: ${present.length} image(s) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    });
  }
}
