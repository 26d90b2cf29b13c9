/**
 * Kubernetes smoke methods that fail, each for its own reason, diagnosed for real on the run's kind
 * cluster: one smoke run with many helm methods side by side (a repository's own methods in
 * dot-ai-release.yaml, over charts/dot-ai), one of which passes while the others fail, each with
 * its one-line cause, diagnostics written, and nothing left running:
 *   - a container that exits at start (CrashLoopBackOff with its last log line);
 *   - the server on another port than the manifests probe (its readiness probe's answer);
 *   - a readiness probe that never passes (HTTP 404);
 *   - a Pod Security violation (a values file that runs as root: the fields named);
 *   - MCP initialize refused (the probe's answer);
 *   - a tool returning another version than the release;
 *   - a pod the scheduler cannot place (its reason) and a method past its time budget.
 * And an image that exits at start, through the kustomize method.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TestCluster } from '../helpers/cluster.js';
import { LOCAL_NODE_IMAGE } from '../helpers/docker.js';
import { DOT_AI_VERSION } from '../helpers/repo.js';
import { candidate, kitWith, leftoverClusterObjects, leftoverNamespaces, prepare, removeKit, smoke } from './kubernetes-helpers.js';

let cluster: TestCluster;
const kits: string[] = [];

/** Light releases: no bundled Qdrant (a URL nobody answers; the version tool needs none), small CPU requests. */
const LIGHT = `qdrant:
  enabled: false
  external:
    url: http://qdrant.invalid:6333
resources:
  requests:
    cpu: 20m
`;
const ROOT_USER = `podSecurityContext:
  runAsNonRoot: false
  runAsUser: 0
securityContext:
  runAsNonRoot: false
  runAsUser: 0
`;

function helmMethod(name: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { name, kind: 'helm', files: ['charts/dot-ai'], values: ['light.yaml', ...((extra.values as string[] | undefined) ?? [])], ...extra, ...(extra.values ? { values: ['light.yaml', ...(extra.values as string[])] } : {}) };
}

beforeAll(async () => {
  cluster = await prepare();
}, 900_000);

afterAll(() => {
  for (const kit of kits) removeKit(kit);
});

describe('smoke: Kubernetes failures, each diagnosed', () => {
  test('many helm methods side by side: one passes, each other fails with its own cause, diagnostics kept, nothing left', async () => {
    const kit = kitWith(
      [
        helmMethod('passes'),
        helmMethod('exits-at-start', { set: { 'extraEnv[0].name': 'PORT', 'extraEnv[0].value': 'nope' } }),
        helmMethod('wrong-port', { values: ['port.yaml'] }),
        helmMethod('never-ready', { set: { 'readinessProbe.httpGet.path': '/never' } }),
        helmMethod('runs-as-root', { values: ['root.yaml'] }),
        helmMethod('initialize-refused', { probe: { mcpPath: '/mcp' } }),
        helmMethod('wrong-version', { probe: { expect: '9.9.9' } }),
        helmMethod('unschedulable', { set: { 'resources.requests.cpu': '64', 'resources.limits.cpu': '64' }, timeout: 45 }),
        helmMethod('over-budget', { timeout: 12 }),
      ],
      { 'light.yaml': LIGHT, 'root.yaml': ROOT_USER, 'port.yaml': 'extraEnv:\n  - name: PORT\n    value: "4000"\n' },
    );
    kits.push(kit);
    const run = await smoke(cluster, { 'working-directory': kit, parallel: '9' });
    console.info(`${run.methods.length} methods side by side: ${run.seconds} s; ${run.methods.map((m) => `${m.method} ${m.status} ${m.seconds} s`).join(', ')}`);
    const cause = (name: string): string => run.method(name).cause ?? '';

    expect(run.ok).toBe(false);
    expect(run.method('passes').status, cause('passes')).toBe('passed');
    expect(run.method('passes').probes.every((p) => p.ok)).toBe(true);
    for (const m of run.methods.filter((m) => m.method !== 'passes')) expect(m.status, m.method).toBe('failed');

    expect(cause('exits-at-start')).toMatch(/^release dot-ai in smoke-exits-at-start-[0-9a-f]{6}: CrashLoopBackOff: pod dot-ai-\S+ container dot-ai exited with code 1 after \d+ restart\(s\); last log line: .*PORT must be an integer from 0 to 65535, got "nope"/);
    expect(cause('wrong-port')).toMatch(/pod dot-ai-\S+ not Ready after \d+ s: Readiness probe failed: Get "http:\/\/[\d.]+:3456\/healthz": dial tcp [\d.]+:3456: connect: connection refused/);
    // The server wants its token on every path but /healthz (as dot-ai does): the kubelet's probe of /never gets 401.
    expect(cause('never-ready')).toMatch(/pod dot-ai-\S+ not Ready after \d+ s: Readiness probe failed: HTTP probe failed with statuscode: 401/);
    expect(cause('runs-as-root')).toMatch(/Pod Security "restricted:latest" rejected the pods of ReplicaSet dot-ai-\S+: .*runAsNonRoot != true .*runAsUser=0/);
    expect(cause('initialize-refused')).toMatch(/^port-forward to Service dot-ai: initialize refused: HTTP 404/);
    // The version tool shows the plugin's version too (the reference plugin's 1.0.0) once the server has found
    // its plugin (in the background): the cause names every version it saw, so with or without it.
    expect(cause('wrong-version')).toMatch(new RegExp(`^port-forward to Service dot-ai: tool version returned ${DOT_AI_VERSION.replace(/\./g, '\\.')}(, 1\\.0\\.0)?, expected 9\\.9\\.9$`));
    // helm's own 15 s, or on a loaded machine the method's 45 s budget first: either way the pod that waits, and why.
    expect(cause('unschedulable')).toMatch(/^(helm install dot-ai --wait: not ready within its timeout of 15 s .*|time budget of 45 s spent )\(pod dot-ai-\S+ Pending: 0\/1 nodes are available: 1 Insufficient cpu/);
    expect(cause('over-budget')).toMatch(/time budget of 12 s spent/);
    expect(run.error).toMatch(/^smoke: exits-at-start: release dot-ai in smoke-exits-at-start-[0-9a-f]{6}: CrashLoopBackOff: /);
    expect(run.summary).toMatch(/\| passes \| ✅ passed \|/);
    expect(run.summary).toMatch(/\| runs-as-root \| ❌ failed \| .* Pod Security/);

    // Diagnostics of a failed method: helm status, rendered manifests, events, describe, logs (previous too).
    const crashed = path.join(run.diagnostics, 'exits-at-start');
    expect(readFileSync(path.join(crashed, 'helm-status.txt'), 'utf8')).toMatch(/STATUS: (failed|pending-install|deployed)/);
    expect(readFileSync(path.join(crashed, 'rendered.yaml'), 'utf8')).toContain('value: nope');
    const [nsDir] = readdirSync(crashed).filter((f) => f.startsWith('smoke-exits-at-start-'));
    expect(nsDir).toBeDefined();
    const logs = readdirSync(path.join(crashed, nsDir!, 'logs'));
    expect(logs.some((f) => f.endsWith('_dot-ai.previous.log'))).toBe(true);
    expect(readFileSync(path.join(crashed, nsDir!, 'events.txt'), 'utf8')).toMatch(/BackOff/);
    expect(readFileSync(path.join(crashed, nsDir!, 'describe.txt'), 'utf8')).toMatch(/Name:\s+dot-ai-/);
    expect(existsSync(path.join(run.diagnostics, 'passes', 'helm-status.txt'))).toBe(false);
    expect(readFileSync(path.join(run.diagnostics, 'initialize-refused', 'probe.json'), 'utf8')).toContain('"status": 404');

    expect(await leftoverNamespaces(cluster, run)).toEqual([]);
    expect(await leftoverClusterObjects(cluster, run)).toEqual([]);
  }, 900_000);

  test('an image that exits at start, deployed through the kustomizations: CrashLoopBackOff, and its exit', async () => {
    const run = await smoke(cluster, { methods: 'kubernetes', image: candidate(LOCAL_NODE_IMAGE), timeout: '240' });
    const method = run.method('kubernetes');
    expect(method.status).toBe('failed');
    // Both kustomizations fail the same way; the first to fail is the cause, the other is named too, once
    // (in CrashLoopBackOff too, or caught between two restarts; or, on a 2-core node busy with another
    // test file's deployments, not yet scheduled: its state is then said as it is).
    expect(method.cause).toMatch(/^(standalone|with-qdrant): CrashLoopBackOff: pod dot-ai-\S+ container dot-ai exited with code 0 \(Completed\) after \d+ restart\(s\); no log output \((standalone|with-qdrant): ((CrashLoopBackOff|restarting): pod dot-ai-\S+ container dot-ai exited with code 0 \(Completed\) after \d+ restart\(s\); no log output|pod dot-ai-\S+ Pending: 0\/1 nodes are available: 1 Insufficient cpu\..*)\)$/);
    expect(method.cause?.match(/standalone: /g)).toHaveLength(1);
    expect(method.cause?.match(/with-qdrant: /g)).toHaveLength(1);
    expect(await leftoverNamespaces(cluster, run)).toEqual([]);
  }, 600_000);
});
