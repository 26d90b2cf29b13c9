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
import { chartOf, imageValueOverrides, mergeValues, qdrantUrlKey, valueAt } from '../../src/smoke/methods/helm.js';
import { envExampleKeys, giveToken, lowerLevelWarning, missingSecrets, parseManifests, podSecurityLabels, withServerEnv } from '../../src/smoke/methods/kubernetes.js';
import { normalizeImage } from '../../src/smoke/providers/cluster.js';
import { leanControlPlane } from '../../src/smoke/providers/kind.js';
import { resultFromLogs } from '../../src/smoke/providers/probe-pod.js';
import type { Candidate, MethodSpec } from '../../src/smoke/types.js';
import { helmError, helmInstallArgs, helmWarnings } from '../../src/tools/helm.js';
import type { KubeObject, Kubectl } from '../../src/tools/kubectl.js';
import { ROOT } from '../helpers/repo.js';

const server = { repository: 'ghcr.io/vfarcic/dot-ai', ref: 'local/dot-ai-smoke:1.6.1', localRepository: 'local/dot-ai-smoke', localTag: '1.6.1' };
const candidate: Candidate = {
  version: '1.6.1',
  image: server,
  images: [server],
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
    expect(imageValueOverrides(values, candidate)).toEqual({ released: [], setStrings: ['operator.image=local/operator:v1'], found: false });
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

describe('several released images (issue 18: the server and its plugin, by repository)', () => {
  const plugin = { repository: 'ghcr.io/vfarcic/dot-ai-agentic-tools', ref: 'local/plugin:2.2.2', localRepository: 'local/plugin', localTag: '2.2.2' };
  const both: Candidate = { ...candidate, images: [server, plugin] };

  test("dot-ai's chart: the server, the plugin block and the Qdrant subchart's image each pointed where they belong", () => {
    const values = {
      image: { repository: 'ghcr.io/vfarcic/dot-ai', tag: '2.2.1' },
      plugins: { 'agentic-tools': { enabled: true, image: { repository: 'ghcr.io/vfarcic/dot-ai-agentic-tools', tag: '2.2.1' }, port: 8080 } },
      qdrant: { enabled: true, image: { repository: 'qdrant/qdrant', tag: 'v1.18.0' } },
    };
    const { setStrings, found, released } = imageValueOverrides(values, both);
    expect(found).toBe(true);
    expect(released).toEqual(['ghcr.io/vfarcic/dot-ai', 'ghcr.io/vfarcic/dot-ai-agentic-tools']);
    expect(setStrings).toEqual([
      'image.pullPolicy=IfNotPresent', 'image.repository=local/dot-ai-smoke', 'image.tag=1.6.1',
      'plugins.agentic-tools.image.pullPolicy=IfNotPresent', 'plugins.agentic-tools.image.repository=local/plugin', 'plugins.agentic-tools.image.tag=2.2.2',
      'qdrant.image.repository=local/qdrant', 'qdrant.image.tag=test',
    ]);
  });

  test("images released under other names than the values' (a registry of one's own): each goes where its valuesPath points, in the release's chart only", () => {
    const values = {
      image: { repository: 'ghcr.io/vfarcic/dot-ai', tag: '2.2.2' },
      plugins: { 'agentic-tools': { enabled: true, image: { repository: 'ghcr.io/vfarcic/dot-ai-agentic-tools', tag: '2.2.2' }, port: 8080 } },
    };
    const mirrored: Candidate = {
      ...candidate,
      image: { ...server, repository: '127.0.0.1:5000/vfarcic/dot-ai', valuesPath: 'image.tag' },
      images: [
        { ...server, repository: '127.0.0.1:5000/vfarcic/dot-ai', valuesPath: 'image.tag' },
        { ...plugin, repository: '127.0.0.1:5000/vfarcic/dot-ai-agentic-tools', valuesPath: 'plugins.agentic-tools.image.tag' },
        // A valuesPath into no block of these values: nothing is invented there.
        { ...plugin, repository: '127.0.0.1:5000/vfarcic/other', valuesPath: 'other.image.tag' },
      ],
    };
    const { setStrings, found, released } = imageValueOverrides(values, mirrored, true);
    expect(found).toBe(true);
    expect(released).toEqual(['127.0.0.1:5000/vfarcic/dot-ai', '127.0.0.1:5000/vfarcic/dot-ai-agentic-tools']);
    expect(setStrings).toEqual([
      'image.repository=local/dot-ai-smoke', 'image.tag=1.6.1', 'image.pullPolicy=IfNotPresent',
      'plugins.agentic-tools.image.repository=local/plugin', 'plugins.agentic-tools.image.tag=2.2.2', 'plugins.agentic-tools.image.pullPolicy=IfNotPresent',
    ]);
    // Another chart (ToolHive's operator) is matched by repository only.
    expect(imageValueOverrides(values, mirrored)).toMatchObject({ found: false, released: [], setStrings: [] });
  });
});

describe('the token given to a Kubernetes deployment (issue 18 item 1)', () => {
  const deployment = (env: unknown[], envFrom: unknown[] = []): KubeObject => ({
    apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'dot-ai' },
    spec: { template: { spec: { containers: [{ name: 'mcp', image: 'local/dot-ai-smoke:1.6.1', env, envFrom }] } } },
  });

  test('a secretKeyRef: the Secret the guide has users create is made with the token in that key', () => {
    const objects = [deployment([{ name: 'DOT_AI_AUTH_TOKEN', valueFrom: { secretKeyRef: { name: 'dot-ai-secrets', key: 'auth-token' } } }])];
    const given = giveToken(objects, 'DOT_AI_AUTH_TOKEN', 'T0K', 'kustomize');
    expect(given.values).toEqual([{ secret: 'dot-ai-secrets', key: 'auth-token' }]);
    const [secret] = missingSecrets(objects, 'ns', {}, given.values.map((v) => ({ ...v, value: 'T0K' })));
    expect(secret?.stringData).toEqual({ 'auth-token': 'T0K' });
  });

  test('a Secret read whole (envFrom), or one the manifests define (a secretGenerator): the key is the variable, set in place', () => {
    const generated: KubeObject = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'dot-ai-env-5hh2f7tk8b' }, data: { DOT_AI_AUTH_TOKEN: 'b2xk', OTHER: 'eA==' } };
    const objects = [deployment([], [{ secretRef: { name: 'dot-ai-env-5hh2f7tk8b' } }]), generated];
    const given = giveToken(objects, 'DOT_AI_AUTH_TOKEN', 'T0K', 'kustomize');
    expect(given.inPlace).toEqual(['dot-ai-env-5hh2f7tk8b']);
    expect(given.values).toEqual([]);
    const patched = given.objects.find((o) => o.kind === 'Secret');
    expect(patched?.data).toEqual({ OTHER: 'eA==' });
    expect(patched?.stringData).toEqual({ DOT_AI_AUTH_TOKEN: 'T0K' });
    expect(generated.data).toEqual({ DOT_AI_AUTH_TOKEN: 'b2xk', OTHER: 'eA==' });
  });

  test("a ToolHive MCPServer's spec.secrets (targetEnvName)", () => {
    const server: KubeObject = { apiVersion: 'toolhive.stacklok.dev/v1alpha1', kind: 'MCPServer', metadata: { name: 'dot-ai' }, spec: { image: 'x', secrets: [{ name: 'dot-ai-token', key: 'token', targetEnvName: 'DOT_AI_AUTH_TOKEN' }] } };
    expect(giveToken([server], 'DOT_AI_AUTH_TOKEN', 'T', 'toolhive').values).toEqual([{ secret: 'dot-ai-token', key: 'token' }]);
  });

  test('nothing reads it from a Secret: refused, saying how to fix it', () => {
    expect(() => giveToken([deployment([{ name: 'DOT_AI_AUTH_TOKEN', value: 'fixed' }])], 'DOT_AI_AUTH_TOKEN', 'T', 'examples/k')).toThrow(
      'examples/k: no container reads DOT_AI_AUTH_TOKEN from a Secret (it is set to a literal value): the deployment cannot be given the run\'s token (set the method\'s auth.env to the variable that holds it, or auth: false)',
    );
  });

  test('telemetry off in the server container (and an MCPServer), not where the manifests set it already', () => {
    const objects = [deployment([{ name: 'PORT', value: '3456' }]), deployment([{ name: 'DOT_AI_TELEMETRY', value: 'true' }])];
    const [a, b] = withServerEnv(objects, 'local/dot-ai-smoke:1.6.1', { DOT_AI_TELEMETRY: 'false' });
    const envOf = (o: KubeObject | undefined) => ((o?.spec as { template: { spec: { containers: Array<{ env: unknown[] }> } } }).template.spec.containers[0] as { env: unknown[] }).env;
    expect(envOf(a)).toEqual([{ name: 'PORT', value: '3456' }, { name: 'DOT_AI_TELEMETRY', value: 'false' }]);
    expect(envOf(b)).toEqual([{ name: 'DOT_AI_TELEMETRY', value: 'true' }]);
  });

  test('helm: the token value as nested values (dots escaped stay in the key)', () => {
    expect(valueAt('secrets.auth.token', 'T')).toEqual({ secrets: { auth: { token: 'T' } } });
    expect(valueAt('a\\.b.c', 'T')).toEqual({ 'a.b': { c: 'T' } });
  });
});

describe('Pod Security per method (issue 18 item 5)', () => {
  test('the level enforced; restricted always warned and audited', () => {
    expect(podSecurityLabels('baseline')).toEqual({
      'pod-security.kubernetes.io/enforce': 'baseline',
      'pod-security.kubernetes.io/enforce-version': 'latest',
      'pod-security.kubernetes.io/warn': 'restricted',
      'pod-security.kubernetes.io/audit': 'restricted',
    });
  });

  test("a lower level is a warning naming what restricted would refuse, from the API server's warnings as helm prints them", () => {
    const stderr = [
      'W1206 03:10:11.123456   4242 warnings.go:70] would violate PodSecurity "restricted:latest": allowPrivilegeEscalation != false (container "mcp-server" must set securityContext.allowPrivilegeEscalation=false), runAsNonRoot != true (pod or container "mcp-server" must set securityContext.runAsNonRoot=true)',
      'time=2026-12-06T03:10:11Z level=WARN msg="would violate PodSecurity \\"restricted:latest\\": seccompProfile (pod or container \\"agentic-tools\\" must set securityContext.seccompProfile.type)"',
      'Error: something else',
    ].join('\n');
    const warnings = helmWarnings(stderr);
    expect(warnings).toHaveLength(2);
    expect(lowerLevelWarning({ spec: { podSecurity: 'baseline' } as MethodSpec }, warnings)).toBe(
      'runs with Pod Security "baseline" (podSecurity), not "restricted": restricted would refuse it: allowPrivilegeEscalation != false (container "mcp-server" must set securityContext.allowPrivilegeEscalation=false), runAsNonRoot != true (pod or container "mcp-server" must set securityContext.runAsNonRoot=true); seccompProfile (pod or container "agentic-tools" must set securityContext.seccompProfile.type)',
    );
    expect(lowerLevelWarning({ spec: { podSecurity: 'privileged' } as MethodSpec }, [])).toMatch(/^runs with Pod Security "privileged" .*could run restricted\)$/);
    expect(lowerLevelWarning({ spec: { podSecurity: 'restricted' } as MethodSpec }, warnings)).toBeUndefined();
  });
});

describe('the chart a helm method installs (issue 18 item 4)', () => {
  const env = (files: string[], chart?: Candidate['chart']) => ({ root: ROOT, spec: { name: 'helm', files } as unknown as MethodSpec, candidate: { ...candidate, ...(chart ? { chart } : {}) } });

  test('no files: the candidate chart, wherever the repository keeps it', () => {
    expect(chartOf(env([], { path: `${ROOT}/charts/dot-ai`, kind: 'dir', source: 'charts/dot-ai', byDefault: true }))).toBe(`${ROOT}/charts/dot-ai`);
    expect(chartOf(env([], { path: '/tmp/dot-ai-2.2.2.tgz', kind: 'package', source: 'charts' }))).toBe('/tmp/dot-ai-2.2.2.tgz');
  });

  test("its own files: deployed as named; the package of that same chart stands in for it; another chart's candidate is refused, naming both", () => {
    expect(chartOf(env(['charts/dot-ai'], { path: `${ROOT}/charts/dot-ai`, kind: 'dir', source: 'charts/dot-ai', byDefault: true }))).toBe(`${ROOT}/charts/dot-ai`);
    expect(chartOf(env(['charts/dot-ai/'], { path: '/tmp/p.tgz', kind: 'package', source: 'charts/dot-ai' }))).toBe('/tmp/p.tgz');
    expect(chartOf(env(['examples/other-chart'], { path: `${ROOT}/charts/dot-ai`, kind: 'dir', source: 'charts/dot-ai', byDefault: true }))).toBe(`${ROOT}/examples/other-chart`);
    expect(() => chartOf(env(['examples/other-chart'], { path: '/tmp/p.tgz', kind: 'package', source: 'charts/dot-ai' }))).toThrow(
      'smoke method helm: files names the chart examples/other-chart, but the candidate chart is charts/dot-ai (a package): a method deploys what its files name; leave files out to deploy the candidate, or name the same chart',
    );
    expect(() => chartOf(env(['../elsewhere']))).toThrow('smoke method helm: files[0]: "../elsewhere" leaves the repository ("..")');
  });
});

describe("a failed helm install's cause (issue 18 item 5)", () => {
  test("helm's Error: line, not the warnings printed before it", () => {
    const stderr = [
      'W1206 03:10:11.123456   4242 warnings.go:70] would violate PodSecurity "restricted:latest": runAsNonRoot != true',
      'W1206 03:10:11.223456   4242 warnings.go:70] spec.template.spec.containers[0].resources: unknown field',
      'Error: INSTALLATION FAILED: 1 error occurred:',
      '\t* Deployment.apps "dot-ai" is invalid: spec.template.spec.containers[0].image: Required value',
    ].join('\n');
    expect(helmError(stderr)).toBe('Error: INSTALLATION FAILED: 1 error occurred: * Deployment.apps "dot-ai" is invalid: spec.template.spec.containers[0].image: Required value');
    expect(helmError('W1206 warnings only')).toBeUndefined();
  });
});
