/**
 * Small builders the cluster tests share: restricted-compliant pods that run one command to
 * completion, and the Qdrant image (the stand-in here, qdrant/qdrant on GitHub's runners) as a
 * Deployment + Service.
 */
import type { TestCluster } from '../../helpers/cluster.js';
import { RELEASE_VERSION } from '../../helpers/reference-server.js';

/** The reference server's image as the cluster tests build and `kind load` it (never pulled). */
export const SERVER_IMAGE = `local/dot-ai-reference-server:${RELEASE_VERSION}-kind`;
/** The reference agentic-tools plugin, standing in for ghcr.io/vfarcic/dot-ai-agentic-tools. */
export const PLUGIN_IMAGE = `local/dot-ai-reference-plugin:${RELEASE_VERSION}-kind`;

/** Pod and container security contexts that meet Pod Security "restricted". */
export function restricted(uid: number): { pod: Record<string, unknown>; container: Record<string, unknown> } {
  return {
    pod: { runAsNonRoot: true, runAsUser: uid, runAsGroup: uid, fsGroup: uid, seccompProfile: { type: 'RuntimeDefault' } },
    container: {
      runAsNonRoot: true,
      runAsUser: uid,
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'] },
      seccompProfile: { type: 'RuntimeDefault' },
    },
  };
}

export interface PodRun {
  phase: string;
  logs: string;
}

/**
 * Runs `sh -c SCRIPT` in a restricted pod of `image` until it ends; resolves to its phase and logs.
 * `volumes`/`mounts` add volumes (e.g. a PVC); the pod is deleted afterwards.
 */
export async function runPod(
  cluster: TestCluster,
  namespace: string,
  options: { name: string; image: string; script: string; uid?: number; timeoutSeconds?: number; volumes?: unknown[]; mounts?: unknown[] },
): Promise<PodRun> {
  const sc = restricted(options.uid ?? 10001);
  const pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: options.name, namespace },
    spec: {
      restartPolicy: 'Never',
      automountServiceAccountToken: false,
      securityContext: sc.pod,
      containers: [
        {
          name: 'run',
          image: options.image,
          imagePullPolicy: 'IfNotPresent',
          command: ['/bin/sh', '-c', options.script],
          securityContext: sc.container,
          resources: { requests: { cpu: '10m', memory: '16Mi' }, limits: { cpu: '200m', memory: '128Mi' } },
          volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }, ...(options.mounts ?? [])],
        },
      ],
      volumes: [{ name: 'tmp', emptyDir: {} }, ...(options.volumes ?? [])],
    },
  };
  await cluster.kubectl.apply(JSON.stringify(pod));
  const deadline = Date.now() + (options.timeoutSeconds ?? 120) * 1000;
  let phase = '';
  while (Date.now() < deadline) {
    const [current] = await cluster.kubectl.get(`pod/${options.name}`, { namespace });
    phase = String(current?.status?.phase ?? '');
    if (phase === 'Succeeded' || phase === 'Failed') break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const logs = await cluster.kubectl.logs(options.name, { namespace });
  if (phase !== 'Succeeded' && phase !== 'Failed') {
    const describe = await cluster.kubectl.describe(`pod/${options.name}`, namespace);
    throw new Error(`pod ${namespace}/${options.name} did not finish within ${options.timeoutSeconds ?? 120} s (phase ${phase || 'unknown'}):\n${describe}\n${logs}`);
  }
  await cluster.kubectl.delete('pod', [options.name], { namespace, wait: false });
  return { phase, logs };
}

/**
 * The Qdrant image as a one-replica Deployment + Service `qdrant` (REST 6333), restricted, storage
 * in an emptyDir; waits until it is available. Resolves to its in-cluster URL.
 */
export async function deployQdrant(cluster: TestCluster, namespace: string, options: { apiKey?: string } = {}): Promise<string> {
  const labels = { app: 'qdrant' };
  const sc = restricted(1000);
  const objects = [
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'qdrant', namespace, labels },
      spec: {
        replicas: 1,
        selector: { matchLabels: labels },
        template: {
          metadata: { labels },
          spec: {
            automountServiceAccountToken: false,
            securityContext: sc.pod,
            containers: [
              {
                name: 'qdrant',
                image: cluster.images.qdrant,
                imagePullPolicy: 'IfNotPresent',
                securityContext: sc.container,
                env: options.apiKey ? [{ name: 'QDRANT__SERVICE__API_KEY', value: options.apiKey }] : [],
                ports: [{ name: 'http', containerPort: 6333 }],
                readinessProbe: { httpGet: { path: '/readyz', port: 'http' }, periodSeconds: 2 },
                resources: { requests: { cpu: '10m', memory: '64Mi' }, limits: { cpu: '500m', memory: '512Mi' } },
                volumeMounts: [
                  { name: 'storage', mountPath: '/qdrant/storage' },
                  { name: 'snapshots', mountPath: '/qdrant/snapshots' },
                  { name: 'tmp', mountPath: '/tmp' },
                ],
              },
            ],
            volumes: [
              { name: 'storage', emptyDir: {} },
              { name: 'snapshots', emptyDir: {} },
              { name: 'tmp', emptyDir: {} },
            ],
          },
        },
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'qdrant', namespace, labels },
      spec: { selector: labels, ports: [{ name: 'http', port: 6333, targetPort: 'http' }] },
    },
  ];
  await cluster.kubectl.apply(objects.map((o) => JSON.stringify(o)).join('\n---\n'));
  await cluster.kubectl.wait({ resource: 'deployment/qdrant', namespace, for: 'condition=Available', timeoutSeconds: 120 });
  return `http://qdrant.${namespace}.svc.cluster.local:6333`;
}

/**
 * A shell script for the curl image: seeds a Qdrant collection with one point whose text is `text`.
 * A Service created a moment ago may not resolve or route yet (DNS, kube-proxy's rules): curl retries
 * its first request (readyz) for up to 30 s, and every failure says why (-S).
 */
export function seedQdrantScript(url: string, collection: string, text: string, apiKey?: string): string {
  const key = apiKey ? `-H 'api-key: ${apiKey}'` : '';
  const curl = `curl -sSf --max-time 10 ${key}`;
  return [
    'set -e',
    `${curl} --retry 30 --retry-delay 1 --retry-all-errors -o /dev/null '${url}/readyz'`,
    `${curl} -H 'content-type: application/json' -X PUT '${url}/collections/${collection}' -d '{"vectors":{"size":2,"distance":"Cosine"}}' || true`,
    `${curl} -H 'content-type: application/json' -X PUT '${url}/collections/${collection}/points' -d '{"points":[{"id":1,"vector":[1,0],"payload":{"text":"${text}"}}]}'`,
    'echo seeded',
  ].join('\n');
}
