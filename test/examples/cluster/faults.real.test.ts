/**
 * Faults of the kind set-up and of cluster creation, each a clear message, a non-zero exit or a
 * rejected promise, and nothing left behind (no half-built cache entry, no cluster, no container):
 *   - the Docker engine down (a dead DOCKER_HOST: the shared engine is never stopped);
 *   - Go missing on a machine that must build;
 *   - a build step failing (the module proxy switched off): the message names component and log;
 *   - a node image missing an image kubeadm needs: named before `kind create` runs;
 *   - a cluster that does not become ready in time: node conditions, kubelet and containerd
 *     journal tails, pods and events, then the cluster is deleted.
 * Plus: scripts/setup/kind.sh run twice at once on a warm machine (both succeed, nothing rebuilt).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exec } from '../../../src/tools/exec.js';
import { Kind } from '../../../src/tools/kind.js';
import { clusterImages, createCluster, deleteCluster, kindVersions, REPO_ROOT } from '../../helpers/cluster.js';

const DEAD_DOCKER = { ...process.env, DOCKER_HOST: 'unix:///nonexistent/dot-ai-release-docker.sock' };
const temps: string[] = [];
const images: string[] = [];
const faultCluster = `dot-ai-release-fault-${process.pid}`;

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dot-ai-release-fault-'));
  temps.push(dir);
  return dir;
}

/** Runs one of our scripts (argument array, no shell string) and collects its output. */
function bash(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', [join(REPO_ROOT, script), ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

afterAll(async () => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
  for (const image of images) await exec('docker', ['image', 'rm', '--force', image]);
  await deleteCluster(faultCluster);
}, 120_000);

describe('kind set-up faults', () => {
  it('says the Docker engine is down and exits non-zero', async () => {
    const result = await bash('scripts/setup/kind.sh', [], { ...DEAD_DOCKER, DOT_AI_RELEASE_KIND_BUILD: '1' });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/the Docker engine does not answer: start it with 'bash scripts\/setup\/docker.sh'/);
  });

  it('says Go is missing when a component must be built, and leaves nothing', async () => {
    const cache = tempDir();
    const result = await bash('scripts/kind/build-go.sh', ['kind'], { ...process.env, PATH: '/usr/bin:/bin', DOT_AI_RELEASE_GO_ROOT: '/nonexistent', DOT_AI_RELEASE_CACHE: cache });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(`kind ${kindVersions().KIND_VERSION} must be built here but Go is not installed`);
    expect(readdirSync(cache).filter((f) => f.startsWith('kind-'))).toEqual([]);
  });

  it('names the component and its log file when a build step fails, and leaves no half-built entry', async () => {
    const cache = tempDir();
    const version = kindVersions().KIND_VERSION!;
    const result = await bash('scripts/kind/build-go.sh', ['kind'], { ...process.env, GOPROXY: 'off', DOT_AI_RELEASE_CACHE: cache });
    const log = join(cache, 'logs', `kind-${version}.log`);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(`building kind failed (step: go mod download sigs.k8s.io/kind@${version}); full log: ${log}`);
    expect(readFileSync(log, 'utf8')).toContain('module lookup disabled by GOPROXY=off');
    expect(existsSync(join(cache, `kind-${version}`))).toBe(false);
    expect(existsSync(join(cache, `kind-${version}.partial`))).toBe(false);
  });
});

describe('cluster creation faults', () => {
  it('says the Docker engine is down before kind runs', async () => {
    await expect(createCluster({ name: faultCluster, nodeImage: clusterImages().node, env: DEAD_DOCKER })).rejects.toThrow(
      /the Docker engine does not answer .*run `bash scripts\/setup\/docker.sh`/,
    );
  });

  it('names the image a node image lacks before `kind create cluster` is tried', async () => {
    const node = clusterImages().node;
    const coredns = `registry.k8s.io/coredns/coredns:${kindVersions().COREDNS_VERSION}`;
    // A copy of the node image without CoreDNS in its containerd.
    const broken = `dot-ai-release/kind-node:missing-coredns-${process.pid}`;
    const container = (await exec('docker', ['run', '-d', '--label', 'dot-ai-release=test', '--security-opt', 'seccomp=unconfined', '--entrypoint', 'sleep', node, 'infinity'])).stdout.trim();
    try {
      const removed = await exec('docker', ['exec', container, 'bash', '-c',
        `containerd >/dev/null 2>&1 & for i in $(seq 1 40); do ctr version >/dev/null 2>&1 && break; sleep 0.25; done; ctr -n k8s.io images rm ${coredns} && pkill -x containerd; sleep 1`]);
      expect(removed.code, removed.stderr).toBe(0);
      expect((await exec('docker', ['commit', '--change', 'ENTRYPOINT ["/usr/local/bin/entrypoint", "/sbin/init"]', container, broken])).code).toBe(0);
      images.push(broken);
    } finally {
      await exec('docker', ['rm', '-f', '-v', container]);
    }
    const missing = await new Kind().missingNodeImages(broken);
    expect(missing.missing).toEqual([coredns]);
    await expect(createCluster({ name: faultCluster, nodeImage: broken })).rejects.toThrow(
      new RegExp(`node image ${broken} \\(Kubernetes v[\\d.]+\\) lacks image\\(s\\) kubeadm needs: ${coredns.replace(/[.]/g, '\\.')}`),
    );
    expect(await new Kind().exists(faultCluster)).toBe(false);
  }, 120_000);

  it('describes a cluster that does not become ready in time, then deletes it', async () => {
    let message = '';
    try {
      await createCluster({ name: faultCluster, nodeImage: clusterImages().node, readyTimeoutSeconds: 1 });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain(`cluster ${faultCluster} did not become ready within 1 s`);
    expect(message).toMatch(/--- node \S+ conditions\n\s+\w+=\w+/);
    expect(message).toMatch(/: kubelet journal \(tail\)\n.*kubelet/);
    expect(message).toMatch(/: containerd journal \(tail\)\n.*containerd/);
    expect(message).toContain('--- events');
    expect(await new Kind().exists(faultCluster)).toBe(false);
    const left = await exec('docker', ['ps', '-a', '--filter', `label=io.x-k8s.kind.cluster=${faultCluster}`, '--format', '{{.Names}}']);
    expect(left.stdout.trim()).toBe('');
  }, 300_000);
});

describe('scripts/setup/kind.sh on a warm machine', () => {
  it('runs twice at once: both succeed and nothing is rebuilt', async () => {
    const before = (await exec('docker', ['image', 'inspect', '--format', '{{.Id}}', clusterImages().node])).stdout.trim();
    const [a, b] = await Promise.all([bash('scripts/setup/kind.sh', [], process.env), bash('scripts/setup/kind.sh', [], process.env)]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    for (const out of [a.stdout + a.stderr, b.stdout + b.stderr]) expect(out).not.toMatch(/setup\/kind: build(ing|t) /);
    expect((await exec('docker', ['image', 'inspect', '--format', '{{.Id}}', clusterImages().node])).stdout.trim()).toBe(before);
  }, 600_000);
});
