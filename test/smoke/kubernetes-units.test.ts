/**
 * The pure parts of the Kubernetes smoke methods, in the fast unit loop (the real deployments are in
 * the *.real.test.ts files beside this one): image values and Qdrant URL found in a chart's values,
 * the Secrets a rendering reads but does not define, causes read from a namespace snapshot, the
 * probe pod's output, image names as nodes spell them, kind's config for a cluster made for a run.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { assess, type Snapshot } from '../../src/smoke/diagnostics.js';
import { imageValueOverrides, mergeValues, qdrantUrlKey } from '../../src/smoke/methods/helm.js';
import { envExampleKeys, missingSecrets, parseManifests } from '../../src/smoke/methods/kubernetes.js';
import { normalizeImage } from '../../src/smoke/providers/cluster.js';
import { leanControlPlane } from '../../src/smoke/providers/kind.js';
import { resultFromLogs } from '../../src/smoke/providers/probe-pod.js';
import type { Candidate } from '../../src/smoke/types.js';
import { helmInstallArgs } from '../../src/tools/helm.js';
import type { KubeObject, Kubectl } from '../../src/tools/kubectl.js';
import { ROOT } from '../helpers/repo.js';

const candidate: Candidate = {
  version: '1.6.1',
  image: { repository: 'ghcr.io/vfarcic/dot-ai', ref: 'local/dot-ai-smoke:1.6.1', localRepository: 'local/dot-ai-smoke', localTag: '1.6.1' },
  imageMap: { 'qdrant/qdrant': 'local/qdrant:test', 'docker.io/curlimages/curl': 'local/curl:8', 'ghcr.io/stacklok/toolhive/operator': 'local/operator:v1' },
  qdrantImage: 'local/qdrant:test',
  probeImage: 'local/node:bookworm',
};

describe('helm values', () => {
  const chartValues = parse(readFileSync(path.join(ROOT, 'charts/dot-ai/values.yaml'), 'utf8')) as Record<string, unknown>;

  test('every image of the chart pointed at the candidate or its image-map substitute, with --set-string', () => {
    const { setStrings, found } = imageValueOverrides(chartValues, candidate);
    expect(found).toBe(true);
    expect(setStrings).toEqual(
      expect.arrayContaining([
        'image.pullPolicy=IfNotPresent',
        'image.repository=local/dot-ai-smoke',
        'image.tag=1.6.1',
        'image.digest=',
        'qdrant.image.repository=local/qdrant',
        'qdrant.image.tag=test',
        'tests.image.repository=local/curl',
        'tests.image.tag=8',
      ]),
    );
  });

  test('image strings (an operator chart) are mapped too; unmapped ones are left alone', () => {
    const values = { operator: { image: 'ghcr.io/stacklok/toolhive/operator:v0.47.0', toolhiveRunnerImage: 'ghcr.io/stacklok/toolhive/proxyrunner:v0.47.0' } };
    expect(imageValueOverrides(values, candidate)).toEqual({ setStrings: ['operator.image=local/operator:v1'], found: false });
  });

  test("the external Qdrant's URL value is found where the values file sets it", () => {
    const external = parse(readFileSync(path.join(ROOT, 'examples/deployments/helm/values.external-qdrant.yaml'), 'utf8')) as Record<string, unknown>;
    expect(qdrantUrlKey(mergeValues(chartValues, external))).toBe('qdrant.external.url');
    expect(qdrantUrlKey({ image: { repository: 'x' } })).toBeUndefined();
  });

  test('helm install arguments: values files, --set-string, --set, --wait with a timeout', () => {
    expect(helmInstallArgs({ release: 'dot-ai', chart: '/c', namespace: 'ns', valuesFiles: ['a.yaml'], setStrings: ['image.tag=1.0'], sets: ['qdrant.enabled=false'], waitSeconds: 90.4 })).toEqual([
      'install', 'dot-ai', '/c', '--namespace', 'ns', '-f', 'a.yaml', '--set-string', 'image.tag=1.0', '--set', 'qdrant.enabled=false', '--wait', '--timeout', '90s',
    ]);
  });
});

describe('Secrets a guide has users create by hand', () => {
  test('read whole or by key, not defined, not optional: made with one placeholder per key', () => {
    const objects = parseManifests(`
apiVersion: apps/v1
kind: Deployment
metadata: {name: app}
spec:
  template:
    spec:
      containers:
        - name: app
          envFrom: [{secretRef: {name: app-secrets}}, {secretRef: {name: maybe, optional: true}}]
          env:
            - {name: KEY, valueFrom: {secretKeyRef: {name: app-secrets, key: QDRANT_API_KEY}}}
---
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  template:
    spec:
      containers:
        - name: db
          env: [{name: K, valueFrom: {secretKeyRef: {name: app-secrets, key: QDRANT_API_KEY}}}]
      volumes: [{name: v, secret: {secretName: own}}]
---
apiVersion: v1
kind: Secret
metadata: {name: own}
`);
    const secrets = missingSecrets(objects, 'ns', { ANTHROPIC_API_KEY: 'placeholder-a' });
    expect(secrets.map((s) => s.metadata.name)).toEqual(['app-secrets']);
    const data = secrets[0]?.stringData as Record<string, string>;
    expect(Object.keys(data).sort()).toEqual(['ANTHROPIC_API_KEY', 'QDRANT_API_KEY']);
    expect(data.QDRANT_API_KEY).toMatch(/^smoke-placeholder-[0-9a-f]{12}$/);
    expect(secrets[0]?.metadata.namespace).toBe('ns');
  });

  test('env example files: their keys, a placeholder where the value is empty', () => {
    const keys = envExampleKeys('# comment\nA_API_KEY=\nB=set\n');
    expect(keys.B).toBe('set');
    expect(keys.A_API_KEY).toMatch(/^smoke-placeholder-/);
  });
});

/** Just enough of kubectl for `assess`: the logs of a crashed container. */
const logs = { logs: async (_pod: string, o: { previous?: boolean }) => (o.previous ? 'starting\nfatal: PORT must be a number\n' : '') } as unknown as Kubectl;
const now = Date.parse('2026-01-01T00:02:00Z');
const pod = (name: string, status: Record<string, unknown>): KubeObject => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name }, spec: { containers: [{ name: 'app' }] }, status: { startTime: '2026-01-01T00:00:00Z', ...status } });
const event = (kind: string, name: string, reason: string, message: string): KubeObject => ({ apiVersion: 'v1', kind: 'Event', metadata: { name: `${name}.1` }, involvedObject: { kind, name }, reason, message, lastTimestamp: '2026-01-01T00:01:00Z' });
const snap = (s: Partial<Snapshot>): Snapshot => ({ pods: [], workloads: [], replicaSets: [], events: [], ...s });

describe('causes read from a namespace', () => {
  test('a Pod Security rejection names the controller and the fields', async () => {
    const a = await assess(logs, 'ns', snap({ events: [event('ReplicaSet', 'app-1', 'FailedCreate', 'Error creating: pods "app-1-x" is forbidden: violates PodSecurity "restricted:latest": runAsNonRoot != true (pod must not set securityContext.runAsNonRoot=false)')] }), { readinessPatienceMs: 60_000, now });
    expect(a.findings[0]).toEqual({ fatal: true, cause: 'Pod Security "restricted:latest" rejected the pods of ReplicaSet app-1: runAsNonRoot != true (pod must not set securityContext.runAsNonRoot=false)' });
  });

  test('CrashLoopBackOff with the exit code and the last log line', async () => {
    const crashing = pod('app-x', { phase: 'Running', containerStatuses: [{ name: 'app', restartCount: 3, state: { waiting: { reason: 'CrashLoopBackOff' } }, lastState: { terminated: { exitCode: 1, reason: 'Error' } } }] });
    const a = await assess(logs, 'ns', snap({ pods: [crashing] }), { readinessPatienceMs: 60_000, now });
    expect(a.findings[0]).toEqual({ fatal: true, cause: 'CrashLoopBackOff: pod app-x container app exited with code 1 after 3 restart(s); last log line: fatal: PORT must be a number' });
    expect(a.ready).toBe(false);
  });

  test("the kubelet's line for a log that is gone is not taken for the container's output", async () => {
    const gone = { logs: async () => 'unable to retrieve container logs for containerd://6416b8a376cdc957cf75040a074cdf51e905852935f9b42749fb708977d77dff\n' } as unknown as Kubectl;
    const restarting = pod('app-x', { phase: 'Running', containerStatuses: [{ name: 'app', restartCount: 1, ready: false, state: { running: {} }, lastState: { terminated: { exitCode: 0, reason: 'Completed' } } }] });
    const a = await assess(gone, 'ns', snap({ pods: [restarting] }), { readinessPatienceMs: 60_000, now });
    expect(a.findings[0]).toEqual({ fatal: false, cause: 'restarting: pod app-x container app exited with code 0 (Completed) after 1 restart(s); no log output' });
  });

  test('ImagePullBackOff names the image', async () => {
    const pulling = pod('app-x', { phase: 'Pending', containerStatuses: [{ name: 'app', image: 'ghcr.io/x/y:1', state: { waiting: { reason: 'ImagePullBackOff', message: 'Back-off pulling image "ghcr.io/x/y:1"' } } }] });
    const a = await assess(logs, 'ns', snap({ pods: [pulling] }), { readinessPatienceMs: 60_000, now });
    expect(a.findings[0]).toEqual({ fatal: true, cause: 'ImagePullBackOff: pod app-x container app cannot get image ghcr.io/x/y:1: Back-off pulling image "ghcr.io/x/y:1"' });
  });

  test("a readiness probe failing past the patience, with the probe's answer; within it, not yet fatal", async () => {
    const unready = pod('app-x', { phase: 'Running', conditions: [{ type: 'Ready', status: 'False' }], containerStatuses: [{ name: 'app', ready: false, state: { running: {} } }] });
    const s = snap({ pods: [unready], events: [event('Pod', 'app-x', 'Unhealthy', 'Readiness probe failed: HTTP probe failed with statuscode: 404')] });
    expect((await assess(logs, 'ns', s, { readinessPatienceMs: 60_000, now })).findings[0]).toEqual({ fatal: true, cause: 'pod app-x not Ready after 120 s: Readiness probe failed: HTTP probe failed with statuscode: 404' });
    expect((await assess(logs, 'ns', s, { readinessPatienceMs: 600_000, now })).findings[0]?.fatal).toBe(false);
  });

  test("Pending with the scheduler's reason (not fatal: resources may free up); ready when workloads and pods are", async () => {
    const pending = pod('app-x', { phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: '0/1 nodes are available: 1 Insufficient cpu.' }] });
    const a = await assess(logs, 'ns', snap({ pods: [pending] }), { readinessPatienceMs: 60_000, now });
    expect(a.findings).toEqual([{ fatal: false, cause: 'pod app-x Pending: 0/1 nodes are available: 1 Insufficient cpu.' }]);
    const deployment: KubeObject = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'app', generation: 1 } as never, spec: { replicas: 1 }, status: { observedGeneration: 1, updatedReplicas: 1, availableReplicas: 1 } };
    const running = pod('app-x', { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] });
    expect((await assess(logs, 'ns', snap({ workloads: [deployment], pods: [running] }), { readinessPatienceMs: 60_000, now })).ready).toBe(true);
    expect((await assess(logs, 'ns', snap({}), { readinessPatienceMs: 60_000, now })).ready).toBe(false);
  });
});

describe('providers', () => {
  test("the probe pod's result is its last JSON line; anything else is named", () => {
    expect(resultFromLogs('noise\n{"ok":true,"url":"u","stages":[],"ms":5,"transcript":[]}\n', 'u')).toMatchObject({ ok: true, ms: 5 });
    expect(resultFromLogs('node: bad option\n', 'http://svc/')).toMatchObject({ ok: false, cause: 'the probe pod printed no result (last line: node: bad option)' });
  });

  test('image names as the nodes spell them', () => {
    expect(normalizeImage('node:24-slim').full).toBe('docker.io/library/node:24-slim');
    expect(normalizeImage('qdrant/qdrant:v1.15.5')).toMatchObject({ registry: 'docker.io', repository: 'qdrant/qdrant', reference: 'v1.15.5' });
    expect(normalizeImage('ghcr.io/vfarcic/dot-ai@sha256:' + 'a'.repeat(64)).full).toBe(`ghcr.io/vfarcic/dot-ai@sha256:${'a'.repeat(64)}`);
    expect(normalizeImage('127.0.0.1:5000/x/y').full).toBe('127.0.0.1:5000/x/y:latest');
  });

  test("a cluster made for the run: the control plane's CPU requests lowered through kubeadm patches mounted into the node", () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kind-config-'));
    try {
      const config = parse(leanControlPlane(dir)) as { nodes: Array<{ extraMounts: Array<{ hostPath: string }>; kubeadmConfigPatches: string[] }> };
      expect(config.nodes[0]?.extraMounts[0]?.hostPath).toBe(path.join(dir, 'kubeadm-patches'));
      expect(parse(config.nodes[0]?.kubeadmConfigPatches[0] as string)).toEqual({ kind: 'InitConfiguration', patches: { directory: '/kind/dot-ai-release-patches' } });
      expect(readdirSync(path.join(dir, 'kubeadm-patches')).sort()).toEqual(['etcd+strategic.yaml', 'kube-apiserver+strategic.yaml', 'kube-controller-manager+strategic.yaml', 'kube-scheduler+strategic.yaml']);
      expect(parse(readFileSync(path.join(dir, 'kubeadm-patches/kube-apiserver+strategic.yaml'), 'utf8'))).toEqual({ spec: { containers: [{ name: 'kube-apiserver', resources: { requests: { cpu: '100m' } } }] } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
