/**
 * The kind cluster itself, for real: nodes Ready, CoreDNS answers, a Pod reaches a Service by its DNS
 * name, a PersistentVolumeClaim binds and is writable by a non-root pod, privileged DaemonSet pods run
 * (kube-proxy and one of ours). The node image is ours here (scripts/setup/kind.sh), kindest/node on
 * GitHub's runners; the same assertions hold for both.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNamespace, kindVersions, loadImages, sharedCluster, type TestCluster, type TestNamespace } from '../../helpers/cluster.js';
import { deployQdrant, runPod } from './helpers.js';

let cluster: TestCluster;
let ns: TestNamespace;
let failed = false;

beforeAll(async () => {
  cluster = await sharedCluster();
  await loadImages(cluster, [cluster.images.curl, cluster.images.qdrant]);
  ns = await createNamespace(cluster, 'cluster');
}, 600_000);

afterAll(async () => {
  await ns?.cleanup(failed);
});

const track = <T>(p: Promise<T>): Promise<T> => p.catch((error: unknown) => {
  failed = true;
  throw error;
});

describe('kind cluster', () => {
  it('has Ready nodes running the Kubernetes version of the node image', async () => {
    await track((async () => {
      const nodes = await cluster.kubectl.get('nodes');
      expect(nodes.length).toBeGreaterThan(0);
      for (const node of nodes) {
        const ready = (node.status?.conditions as Array<{ type: string; status: string }>).find((c) => c.type === 'Ready');
        expect(ready?.status, `node ${node.metadata.name} Ready`).toBe('True');
      }
      const { server } = await cluster.kubectl.version();
      const kubelet = (nodes[0]?.status?.nodeInfo as { kubeletVersion: string }).kubeletVersion;
      expect(kubelet).toBe(server);
      if (cluster.images.node.startsWith('dot-ai-release/')) expect(server).toBe(kindVersions().KUBERNETES_VERSION);
      else expect(server).toMatch(/^v1\.\d+\.\d+/);
    })());
  });

  it('runs kube-proxy, a privileged DaemonSet, on every node, and CoreDNS', async () => {
    await track((async () => {
      const [proxy] = await cluster.kubectl.get('daemonset/kube-proxy', { namespace: 'kube-system' });
      const containers = (proxy?.spec?.template as { spec: { containers: Array<{ securityContext?: { privileged?: boolean } }> } }).spec.containers;
      expect(containers[0]?.securityContext?.privileged).toBe(true);
      const status = proxy?.status as { desiredNumberScheduled: number; numberReady: number };
      expect(status.numberReady).toBe(status.desiredNumberScheduled);
      await cluster.kubectl.wait({ resource: 'deployment/coredns', namespace: 'kube-system', for: 'condition=Available', timeoutSeconds: 60 });
    })());
  });

  it('resolves names with CoreDNS and reaches a Service by its DNS name from a Pod', async () => {
    await track((async () => {
      const url = await deployQdrant(cluster, ns.name);
      const run = await runPod(cluster, ns.name, {
        name: 'dns-and-service',
        image: cluster.images.curl,
        script: [
          'set -e',
          // getent (glibc, our curl image) or busybox nslookup (curlimages/curl on GitHub's runners).
          'getent hosts kubernetes.default.svc.cluster.local 2>/dev/null || nslookup kubernetes.default.svc.cluster.local',
          `getent hosts qdrant.${ns.name}.svc.cluster.local 2>/dev/null || nslookup qdrant.${ns.name}.svc.cluster.local`,
          `curl -sS --fail --max-time 10 --retry 5 --retry-connrefused ${url}/readyz`,
        ].join('\n'),
      });
      expect(run.phase, run.logs).toBe('Succeeded');
      const [kubernetesService] = await cluster.kubectl.get('service/kubernetes', { namespace: 'default' });
      const ip = String(kubernetesService?.spec?.clusterIP).replace(/\./g, '\\.');
      expect(run.logs).toMatch(new RegExp(`(^|\\s)${ip}(\\s|$)`, 'm'));
      expect(run.logs).toContain('all shards are ready');
    })());
  }, 240_000);

  it('binds a PersistentVolumeClaim of the default StorageClass that a non-root pod can write', async () => {
    await track((async () => {
      const [defaultClass] = (await cluster.kubectl.get('storageclass')).filter(
        (sc) => sc.metadata.annotations?.['storageclass.kubernetes.io/is-default-class'] === 'true',
      );
      expect(defaultClass?.metadata.name).toBe('standard');
      await cluster.kubectl.apply(
        JSON.stringify({
          apiVersion: 'v1',
          kind: 'PersistentVolumeClaim',
          metadata: { name: 'data', namespace: ns.name },
          spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '10Mi' } } },
        }),
      );
      const run = await runPod(cluster, ns.name, {
        name: 'pvc-writer',
        image: cluster.images.curl,
        uid: 1000,
        script: 'set -e; echo persisted > /data/file; cat /data/file; id -u',
        volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'data' } }],
        mounts: [{ name: 'data', mountPath: '/data' }],
      });
      expect(run.phase, run.logs).toBe('Succeeded');
      expect(run.logs).toContain('persisted');
      const [pvc] = await cluster.kubectl.get('pvc/data', { namespace: ns.name });
      expect(pvc?.status?.phase).toBe('Bound');
    })());
  }, 240_000);

  it('runs a privileged DaemonSet pod of ours', async () => {
    await track((async () => {
      const labels = { app: 'privileged-probe' };
      await cluster.kubectl.apply(
        JSON.stringify({
          apiVersion: 'apps/v1',
          kind: 'DaemonSet',
          metadata: { name: 'privileged-probe', namespace: ns.name },
          spec: {
            selector: { matchLabels: labels },
            template: {
              metadata: { labels },
              spec: {
                automountServiceAccountToken: false,
                terminationGracePeriodSeconds: 1,
                containers: [
                  {
                    name: 'probe',
                    image: cluster.images.curl,
                    imagePullPolicy: 'IfNotPresent',
                    securityContext: { privileged: true, runAsUser: 0 },
                    command: ['/bin/sh', '-c', 'grep CapEff /proc/self/status; exec sleep 3600'],
                    resources: { requests: { cpu: '10m', memory: '8Mi' } },
                  },
                ],
              },
            },
          },
        }),
      );
      await cluster.kubectl.rolloutStatus('daemonset/privileged-probe', ns.name, 120);
      const [pod] = await cluster.kubectl.get('pods', { namespace: ns.name, selector: 'app=privileged-probe' });
      const logs = await cluster.kubectl.logs(pod!.metadata.name, { namespace: ns.name });
      // A privileged container holds (nearly) every capability; CAP_NET_ADMIN (bit 12) proves it is not a plain one.
      const capEff = BigInt(`0x${/CapEff:\s*([0-9a-f]+)/.exec(logs)?.[1] ?? '0'}`);
      expect(capEff & (1n << 12n)).not.toBe(0n);
    })());
  }, 240_000);
});
