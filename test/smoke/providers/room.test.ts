/**
 * Room on the cluster (src/smoke/providers/room.ts): the CPU a rendering's pods request, and the
 * ledger that lets a Kubernetes method apply only when its pods fit beside the running methods'.
 * The cluster is a fake here (two reads: nodes and pods); the smoke tests run it on kind.
 */
import { describe, expect, test } from 'vitest';
import { ClusterRoom, cpuMillicores, cpuRequestsOf, podCpu } from '../../../src/smoke/providers/room.js';
import type { KubeObject } from '../../../src/tools/kubectl.js';

const container = (cpu?: string, limit?: string) => ({ resources: { ...(cpu ? { requests: { cpu } } : {}), ...(limit ? { limits: { cpu: limit } } : {}) } });
const workload = (kind: string, replicas: number | undefined, containers: object[], annotations?: Record<string, string>): KubeObject =>
  ({ apiVersion: 'apps/v1', kind, metadata: { name: kind.toLowerCase(), ...(annotations ? { annotations } : {}) }, spec: { ...(replicas === undefined ? {} : { replicas }), template: { spec: { containers } } } }) as unknown as KubeObject;

describe('the CPU a rendering requests', () => {
  test.each([
    ['250m', 250],
    ['0.5', 500],
    ['2', 2000],
    ['1.5m', 2],
    [1, 1000],
    ['', 0],
    [undefined, 0],
    ['lots', 0],
  ])('%j is %i millicores', (quantity, millicores) => {
    expect(cpuMillicores(quantity)).toBe(millicores);
  });

  test('a pod: its containers together (a limit alone counts as the request), or its largest init container', () => {
    expect(podCpu({ containers: [container('100m'), container(undefined, '200m'), container()] })).toBe(300);
    expect(podCpu({ containers: [container('100m')], initContainers: [container('500m'), container('50m')] })).toBe(500);
    expect(podCpu(undefined)).toBe(0);
  });

  test('workloads times their replicas, helm test pods only when the tests run, an MCPServer its own resources', () => {
    const objects = [
      workload('Deployment', 2, [container('100m')]),
      workload('StatefulSet', undefined, [container('200m')]),
      { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'test', annotations: { 'helm.sh/hook': 'test' } }, spec: { containers: [container('50m')] } } as unknown as KubeObject,
      { apiVersion: 'v1', kind: 'Service', metadata: { name: 's' }, spec: {} } as unknown as KubeObject,
      { apiVersion: 'toolhive.stacklok.dev/v1beta1', kind: 'MCPServer', metadata: { name: 'm' }, spec: { resources: { requests: { cpu: '100m' } } } } as unknown as KubeObject,
    ];
    expect(cpuRequestsOf(objects)).toBe(500);
    expect(cpuRequestsOf(objects, { withTests: true })).toBe(550);
  });
});

/** A cluster of one node with `allocatable` CPU, already running pods that request `busy`. */
function cluster(allocatable: string, busy: string) {
  let reads = 0;
  const kubectl = {
    get: async (resource: string) => {
      reads++;
      if (resource === 'nodes') return [{ metadata: { name: 'n' }, status: { allocatable: { cpu: allocatable } } }] as unknown as KubeObject[];
      return [
        { metadata: { name: 'apiserver', namespace: 'kube-system' }, spec: { containers: [container(busy)] }, status: { phase: 'Running' } },
        { metadata: { name: 'done', namespace: 'x' }, spec: { containers: [container('900m')] }, status: { phase: 'Succeeded' } },
      ] as unknown as KubeObject[];
    },
  };
  return { room: new ClusterRoom(kubectl), reads: () => reads };
}

const never = new AbortController().signal;
const settledSoon = async (p: Promise<unknown>) => Promise.race([p.then(() => 'admitted', (e: Error) => `refused: ${e.message}`), new Promise((r) => setTimeout(() => r('waiting'), 20))]);

describe('the room ledger', () => {
  test('methods that fit go at once; one that does not waits, saying so, until one before it is done; the cluster is read once', async () => {
    const { room, reads } = cluster('2', '500m'); // 1500m for the methods
    const said: string[] = [];
    await room.reserve('a', 800, never, (l) => said.push(l));
    await room.reserve('b', 600, never, (l) => said.push(l));
    const c = room.reserve('c', 400, never, (l) => said.push(`c: ${l}`));
    expect(await settledSoon(c)).toBe('waiting');
    expect(said).toEqual(['c: waiting for room on the cluster: its pods request 400m CPU; 1400m of 1500m held (a 800m, b 600m)']);
    room.release('b');
    expect(await settledSoon(c)).toBe('admitted');
    expect(said[1]).toMatch(/^c: room on the cluster after \d+\.\d s$/);
    expect(reads()).toBe(2);
  });

  test('a method bigger than the cluster goes at once holding nothing, saying so (the scheduler names what it lacks)', async () => {
    const { room } = cluster('1', '0');
    await room.reserve('a', 900, never, () => undefined);
    const said: string[] = [];
    await room.reserve('big', 64_000, never, (l) => said.push(l));
    expect(said).toEqual(['its pods request 64000m CPU, more than the cluster has for the methods (1000m): not waiting for room']);
    await room.reserve('small', 100, never, () => undefined); // beside a: big holds nothing
  });

  test('nothing else held: a method goes whatever it needs of what is left; an owner holding room is not stopped again', async () => {
    const { room } = cluster('1', '0');
    await room.reserve('first', 1000, never, () => undefined);
    await room.reserve('first', 300, never, () => undefined); // its second part
    const other = room.reserve('other', 10, never, () => undefined);
    expect(await settledSoon(other)).toBe('waiting');
    room.release('first');
    expect(await settledSoon(other)).toBe('admitted');
  });

  test('a waiting method whose budget ends stops waiting, and takes no room', async () => {
    const { room } = cluster('1', '0');
    await room.reserve('a', 900, never, () => undefined);
    const budget = new AbortController();
    const b = room.reserve('b', 500, budget.signal, () => undefined);
    expect(await settledSoon(b)).toBe('waiting');
    budget.abort(new Error('time budget of 60 s spent'));
    expect(await settledSoon(b)).toBe('refused: time budget of 60 s spent (waiting for room on the cluster: its pods request 500m CPU; 900m of 1000m held (a 900m))');
    await room.reserve('c', 100, never, () => undefined); // fits beside a: b holds nothing
    room.release('a');
    const d = room.reserve('d', 900, never, () => undefined);
    expect(await settledSoon(d)).toBe('admitted');
  });
});
