import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError } from '../errors.js';
import { exec, execChecked } from './exec.js';

/** The kind binary: KIND_BIN, else `kind` on the PATH. */
export function kindBinary(env: NodeJS.ProcessEnv = process.env): string {
  return env.KIND_BIN || 'kind';
}

/** The kubeconfig context kind writes for a cluster. */
export function kindContext(cluster: string): string {
  return `kind-${cluster}`;
}

export interface CreateClusterOptions {
  name: string;
  /** Node image (`--image`); a local tag is used as is, nothing is pulled when it is present. */
  image?: string;
  /** kind's cluster config (kind.x-k8s.io/v1alpha4) as YAML; written to a temp file for `--config`. */
  config?: string;
  /** Where kind writes the cluster's kubeconfig (never the user's ~/.kube/config). */
  kubeconfig: string;
  /** `--wait`: how long kind waits for the control plane to be Ready. */
  waitSeconds?: number;
  /** `--retain`: keep the node container when creation fails (for diagnostics; delete it after). */
  retain?: boolean;
}

/**
 * Run inside a node image (entrypoint bash, not privileged): start its containerd, then print each
 * image kubeadm needs for the image's Kubernetes version (plus containerd's sandbox image) that is not
 * in containerd's k8s.io namespace, one per line, after a "missing:" marker. A fixed script: nothing
 * from outside is interpolated into it.
 */
const NODE_IMAGE_CHECK = `set -eu
version=$(cat /kind/version)
required=$(kubeadm config images list --kubernetes-version "$version" 2>/dev/null)
sandbox=$(sed -n 's/^ *sandbox_image *= *"\\(.*\\)"/\\1/p' /etc/containerd/config.toml)
containerd >/tmp/containerd.log 2>&1 &
for i in $(seq 1 40); do ctr version >/dev/null 2>&1 && break; sleep 0.25; done
have=$(ctr --namespace=k8s.io images list -q)
echo "kubernetes: $version"
echo "missing:"
for image in $required $sandbox; do
  echo "$have" | grep -qxF "$image" || echo "$image"
done`;

/** One wrapper per kind CLI call we make. */
export class Kind {
  constructor(
    readonly bin: string = kindBinary(),
    readonly env: NodeJS.ProcessEnv = process.env,
    /** The docker CLI, for looking inside node images (kind itself drives Docker the same way). */
    readonly dockerBin: string = env.DOCKER_BIN || 'docker',
  ) {}

  private checked(what: string, args: string[]) {
    return execChecked(what, this.bin, args, { env: this.env });
  }

  /** `kind version` (e.g. "v0.30.0"), or undefined when kind is not installed. */
  async version(): Promise<string | undefined> {
    try {
      const result = await exec(this.bin, ['version'], { env: this.env });
      return result.code === 0 ? /v\d+\.\d+\.\d+\S*/.exec(result.stdout)?.[0] : undefined;
    } catch {
      return undefined;
    }
  }

  /** Names of the clusters kind knows on this Docker engine. */
  async clusters(): Promise<string[]> {
    const { stdout, stderr } = await this.checked('kind get clusters', ['get', 'clusters']);
    // kind prints "No kind clusters found." on stderr when there are none.
    void stderr;
    return stdout.split('\n').map((l) => l.trim()).filter(Boolean);
  }

  async exists(name: string): Promise<boolean> {
    return (await this.clusters()).includes(name);
  }

  /** Node container names of a cluster (e.g. NAME-control-plane). */
  async nodes(name: string): Promise<string[]> {
    const { stdout } = await this.checked(`kind get nodes --name ${name}`, ['get', 'nodes', '--name', name]);
    return stdout.split('\n').map((l) => l.trim()).filter(Boolean);
  }

  /** `kind create cluster`; a failure is a UserError carrying kind's last lines. */
  async createCluster(options: CreateClusterOptions): Promise<void> {
    const args = ['create', 'cluster', '--name', options.name, '--kubeconfig', options.kubeconfig];
    if (options.image) args.push('--image', options.image);
    if (options.waitSeconds) args.push('--wait', `${options.waitSeconds}s`);
    if (options.retain) args.push('--retain');
    let configDir: string | undefined;
    try {
      if (options.config !== undefined) {
        configDir = mkdtempSync(path.join(tmpdir(), 'dot-ai-release-kind-'));
        const configFile = path.join(configDir, 'cluster.yaml');
        writeFileSync(configFile, options.config);
        args.push('--config', configFile);
      }
      await this.checked(`kind create cluster --name ${options.name}`, args);
    } finally {
      if (configDir) rmSync(configDir, { recursive: true, force: true });
    }
  }

  /**
   * In every node: a pod's connection to the Service range that kube-proxy has not translated (yet) is
   * refused at the node, instead of leaving through the host's network, where something may answer
   * it (on the test machines an egress proxy answers any address with HTTP 404, and ToolHive's proxy,
   * connecting before its Service was programmed, kept that connection for minutes). Translated
   * traffic no longer carries a Service address when it is forwarded, so it is untouched. Returns the
   * range.
   */
  async refuseUntranslatedServiceTraffic(name: string): Promise<string[]> {
    const nodes = await this.nodes(name);
    const controlPlane = nodes.find((n) => n.endsWith('-control-plane')) ?? nodes[0];
    if (!controlPlane) throw new UserError(`kind cluster ${name} has no nodes`);
    const manifest = await execChecked(`docker exec ${controlPlane} cat kube-apiserver.yaml`, this.dockerBin, ['exec', controlPlane, 'cat', '/etc/kubernetes/manifests/kube-apiserver.yaml'], { env: this.env });
    const range = /--service-cluster-ip-range=(\S+)/.exec(manifest.stdout)?.[1] ?? '';
    const ipv4 = range.split(',').filter((cidr) => /^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/.test(cidr));
    if (!ipv4.length) throw new UserError(`kind cluster ${name}: no IPv4 Service range in ${controlPlane}'s kube-apiserver manifest`);
    for (const node of nodes) {
      for (const cidr of ipv4) {
        await execChecked(`docker exec ${node} iptables -I FORWARD -d ${cidr} -j REJECT`, this.dockerBin, ['exec', node, 'iptables', '-I', 'FORWARD', '1', '-d', cidr, '-j', 'REJECT'], { env: this.env });
      }
    }
    return ipv4;
  }

  /** `kind delete cluster`; deleting a cluster that does not exist succeeds (kind's own behaviour). */
  async deleteCluster(name: string, kubeconfig?: string): Promise<void> {
    await this.checked(`kind delete cluster --name ${name}`, ['delete', 'cluster', '--name', name, ...(kubeconfig ? ['--kubeconfig', kubeconfig] : [])]);
  }

  /** `kind get kubeconfig` (`internal`: the address other containers on the kind network use). */
  async kubeconfig(name: string, internal = false): Promise<string> {
    const { stdout } = await this.checked(`kind get kubeconfig --name ${name}`, ['get', 'kubeconfig', '--name', name, ...(internal ? ['--internal'] : [])]);
    return stdout;
  }

  /** `kind load docker-image`: copies local Docker images into every node's containerd. */
  async loadDockerImages(name: string, images: string[]): Promise<void> {
    if (images.length === 0) return;
    await this.checked(`kind load docker-image ${images.join(' ')} --name ${name}`, ['load', 'docker-image', '--name', name, ...images]);
  }

  /** `kind load image-archive`: imports a `docker save` tarball into every node's containerd. */
  async loadImageArchive(name: string, archive: string): Promise<void> {
    await this.checked(`kind load image-archive --name ${name}`, ['load', 'image-archive', '--name', name, archive]);
  }

  /**
   * The images kubeadm needs that a node image does not hold (checked in its containerd, before any
   * `kind create cluster`: a missing one would only show up as a pull failure inside the cluster).
   */
  async missingNodeImages(nodeImage: string): Promise<{ kubernetesVersion: string; missing: string[] }> {
    const result = await exec(this.dockerBin, ['run', '--rm', '--security-opt', 'seccomp=unconfined', '--entrypoint', '/bin/bash', nodeImage, '-c', NODE_IMAGE_CHECK], { env: this.env });
    if (result.code !== 0) {
      throw new UserError(`cannot inspect node image ${nodeImage} (exit ${result.code}): ${(result.stderr || result.stdout).trim().split('\n').slice(-3).join(' | ')}`);
    }
    const version = /^kubernetes: (\S+)$/m.exec(result.stdout)?.[1] ?? '';
    const missing = result.stdout.split('missing:\n')[1]?.split('\n').map((l) => l.trim()).filter(Boolean) ?? [];
    return { kubernetesVersion: version, missing };
  }

  /**
   * Tails of a node's kubelet and containerd journals (from `kind export logs`), for diagnostics of a
   * cluster that does not become Ready.
   */
  async nodeJournals(name: string, lines = 40): Promise<Record<string, { kubelet: string; containerd: string }>> {
    const dir = mkdtempSync(path.join(tmpdir(), 'dot-ai-release-kind-logs-'));
    try {
      await this.exportLogs(name, dir);
      const out: Record<string, { kubelet: string; containerd: string }> = {};
      for (const node of await this.nodes(name)) {
        const tail = (file: string): string => {
          const p = path.join(dir, node, file);
          return existsSync(p) ? readFileSync(p, 'utf8').trimEnd().split('\n').slice(-lines).join('\n') : `(no ${file})`;
        };
        out[node] = { kubelet: tail('kubelet.log'), containerd: tail('containerd.log') };
      }
      return out;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  /** `kind export logs DIR`: node journals, container logs and pod logs, for diagnostics. */
  async exportLogs(name: string, dir: string): Promise<string> {
    const result = await exec(this.bin, ['export', 'logs', dir, '--name', name], { env: this.env });
    if (result.code !== 0) throw new UserError(`kind export logs --name ${name} failed: ${(result.stderr || result.stdout).trim().split('\n').slice(-3).join(' | ')}`);
    return dir;
  }
}
