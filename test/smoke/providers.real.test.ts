/**
 * The cluster providers for real. `kind` with kind-cluster is what every other smoke test uses (one
 * cluster for the whole test run); creating a cluster per run is measured by `npm run bench smoke`.
 * Here: the `cluster` provider on the same cluster through its kubeconfig and context (as a user's
 * own cluster): it touches only its own namespaces, leaves the kubeconfig as it was, and refuses an
 * image its nodes neither hold nor can pull, saying which and why, before deploying anything; and
 * inputs meant for the other provider, or a kind cluster that does not exist, refused by name.
 */
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseInputs } from '../../src/smoke/inputs.js';
import { clusterImages, loadImages, type TestCluster } from '../helpers/cluster.js';
import { docker } from '../helpers/docker.js';
import { DOT_AI_VERSION, ROOT } from '../helpers/repo.js';
import { GOOD, leftoverNamespaces, nodesList, PLUGIN, prepare, smoke } from './kubernetes-helpers.js';

let cluster: TestCluster;
const userNamespace = `user-owned-${randomBytes(3).toString('hex')}`;
const unloaded = `local/dot-ai-smoke:not-on-nodes-${process.pid}`;

beforeAll(async () => {
  cluster = await prepare();
  await cluster.kubectl.createNamespace(userNamespace, { team: 'someone-else' });
  await docker(['tag', GOOD, unloaded]);
}, 900_000);

afterAll(async () => {
  await cluster?.kubectl.deleteNamespace(userNamespace, false);
  await docker(['image', 'rm', unloaded]).catch(() => undefined);
}, 120_000);

/** The cluster as a user's own: provider cluster, its kubeconfig and context. */
function asUsersCluster(): Record<string, string> {
  return { provider: 'cluster', 'kind-cluster': '', kubeconfig: cluster.kubeconfig, context: cluster.context };
}

describe('smoke providers', () => {
  test('provider cluster: deploys into namespaces of its own on the given context; the kubeconfig and other namespaces are untouched', async () => {
    // A user's cluster holds the images already (here: loaded the way a user's nodes would have them).
    const images = clusterImages();
    // The candidate is the server and its plugin (kubernetes-helpers' candidate()); alone, this file must load both.
    const held = [GOOD, PLUGIN, images.qdrant, images.curl, 'local/node:bookworm'];
    await loadImages(cluster, held);
    await nodesList(cluster, held);
    const kubeconfigBefore = readFileSync(cluster.kubeconfig, 'utf8');
    const run = await smoke(cluster, { ...asUsersCluster(), methods: 'helm-external-qdrant', timeout: '300' });
    const method = run.method('helm-external-qdrant');
    expect(method.status, `${method.cause}\n${run.reporter.text()}`).toBe('passed');
    expect(method.probes.map((p) => [p.endpoint, p.ok, p.server?.version])).toEqual([
      ['port-forward to Service dot-ai', true, DOT_AI_VERSION],
      ['Service dot-ai (in cluster)', true, DOT_AI_VERSION],
    ]);
    expect(run.reporter.text()).toContain(`cluster: context ${cluster.context}, Kubernetes v`);
    expect(readFileSync(cluster.kubeconfig, 'utf8')).toBe(kubeconfigBefore);
    const [own] = await cluster.kubectl.get(`namespace/${userNamespace}`);
    expect(own?.metadata.labels?.team).toBe('someone-else');
    expect(await leftoverNamespaces(cluster, run)).toEqual([]);
  }, 600_000);

  test('provider cluster: an image the nodes neither hold nor can pull fails the method that needs it before it installs anything, naming it', async () => {
    const run = await smoke(cluster, { ...asUsersCluster(), methods: 'helm', image: unloaded, timeout: '120' });
    expect(run.ok).toBe(false);
    // Each method waits for the images its manifests name (not the run for all): the cause is the method's.
    const cause = new RegExp(`image ${unloaded.replace(/[.:/]/g, '\\$&')} is neither on every node of the cluster nor pullable from docker\\.io \\(.+\\); push it there first`);
    expect(run.methods.map((m) => [m.method, m.status])).toEqual([['helm', 'failed']]);
    expect(run.method('helm').cause).toMatch(cause);
    expect(run.reporter.text()).not.toMatch(/helm: deployed:|helm install/);
    expect(await leftoverNamespaces(cluster, run)).toEqual([]);
  }, 300_000);

  test('inputs of the other provider, and a kind cluster that does not exist, are refused by name', async () => {
    const base = { 'working-directory': ROOT, methods: 'helm', image: GOOD };
    const { clusterProvider } = await import('../../src/smoke/providers/index.js');
    const inputs = parseInputs({ ...base, provider: 'kind', kubeconfig: cluster.kubeconfig });
    expect(() => clusterProvider(inputs)).toThrow(/^input kubeconfig: only for provider cluster \(provider is kind\)$/);
    const clusterInputs = parseInputs({ ...base, provider: 'cluster', 'kind-cluster': cluster.name });
    expect(() => clusterProvider(clusterInputs)).toThrow(/^input kind-cluster: only for provider kind \(provider is cluster\)$/);
    const run = await smoke(cluster, { methods: 'helm', 'kind-cluster': 'no-such-cluster' });
    expect(run.ok).toBe(false);
    expect(run.error).toMatch(/^input kind-cluster: no kind cluster named no-such-cluster \(kind get clusters: .*\)$/);
  }, 120_000);
});

describe('room on a real cluster', () => {
  test("its capacity is the node's allocatable CPU less what runs there; a method that does not fit waits for one that holds room", async () => {
    const { ClusterRoom, cpuMillicores } = await import('../../src/smoke/providers/room.js');
    const room = new ClusterRoom(cluster.kubectl);
    const never = new AbortController().signal;
    const said: string[] = [];
    const capacity = await (async () => {
      const said: string[] = [];
      await room.reserve('measure', 1_000_000, never, (line) => said.push(line)); // more than any node: goes, holding nothing, and says the capacity
      return Number(/the methods \((\d+)m\)/.exec(said[0] ?? '')?.[1]);
    })();
    await room.reserve('first', capacity, never, () => undefined); // all of it
    let admitted = false;
    const second = room.reserve('second', 10, never, (line) => said.push(line)).then(() => (admitted = true));
    await new Promise((r) => setTimeout(r, 200));
    expect(admitted).toBe(false);
    expect(said[0]).toBe(`waiting for room on the cluster: its pods request 10m CPU; ${capacity}m of ${capacity}m held (first ${capacity}m)`);
    const allocatable = (await cluster.kubectl.get('nodes')).reduce((sum, n) => sum + cpuMillicores((n.status?.allocatable as { cpu?: string } | undefined)?.cpu), 0);
    expect(capacity).toBeGreaterThan(0);
    expect(capacity).toBeLessThan(allocatable); // the control plane and CoreDNS request some
    room.release('first');
    await second;
    expect(said[1]).toMatch(/^room on the cluster after \d+\.\d s$/);
  });
});
