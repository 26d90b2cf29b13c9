/**
 * The `kubernetes` smoke method (kind kustomize) for real, on the run's kind cluster: both
 * kustomizations of examples/deployments/kubernetes deployed through the throw-away overlay, each
 * in its own namespace enforcing Pod Security "restricted", the standalone one with a Qdrant beside
 * it; each probed over MCP through a port-forward and through its Service from a pod inside the
 * cluster; nothing left afterwards, and the user's files untouched.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { snapshot as treeSnapshot } from '../helpers/repo.js';
import { DOT_AI_VERSION, ROOT } from '../helpers/repo.js';
import type { TestCluster } from '../helpers/cluster.js';
import { leftoverClusterObjects, leftoverNamespaces, prepare, smoke } from './kubernetes-helpers.js';

let cluster: TestCluster;
const examples = path.join(ROOT, 'examples/deployments/kubernetes');
let before: Map<string, string>;

beforeAll(async () => {
  cluster = await prepare();
  before = treeSnapshot(examples);
}, 900_000);

afterAll(async () => {
  expect(treeSnapshot(examples)).toEqual(before);
}, 60_000);

describe('smoke: the kubernetes method (plain manifests through kustomize)', () => {
  test('both kustomizations deploy the candidate, become Ready, and serve MCP through port-forward and Service', async () => {
    const run = await smoke(cluster, { methods: 'kubernetes', timeout: '420' });
    const method = run.method('kubernetes');
    expect(run.error, run.reporter.text()).toBeUndefined();
    expect(method.status).toBe('passed');
    expect(method.how).toContain('kustomize images: ghcr.io/vfarcic/dot-ai -> local/dot-ai-smoke');
    expect(method.probes.map((p) => p.endpoint)).toEqual([
      'standalone: port-forward to Service dot-ai',
      'standalone: Service dot-ai (in cluster)',
      'with-qdrant: port-forward to Service dot-ai',
      'with-qdrant: Service dot-ai (in cluster)',
    ]);
    for (const probe of method.probes) {
      expect(probe, probe.endpoint).toMatchObject({ ok: true, server: { name: 'dot-ai-reference-server', version: DOT_AI_VERSION } });
      expect(probe['tool-call']?.text).toContain(DOT_AI_VERSION);
    }
    expect(method.notes?.join('\n')).toMatch(/standalone: .*external Qdrant beside it \(http:\/\/smoke-qdrant\.smoke-kubernetes-[0-9a-f]{6}-standalone\.svc\.cluster\.local:6333\)/);
    // The overlay's rendering is kept: the candidate's image, the run's namespace, QDRANT_URL at the Qdrant beside it.
    const rendered = readFileSync(path.join(run.diagnostics, 'kubernetes/overlay-standalone/rendered.yaml'), 'utf8');
    expect(rendered).toContain('image: local/dot-ai-smoke:');
    expect(rendered).toMatch(/QDRANT_URL: http:\/\/smoke-qdrant\./);
    expect(rendered).toMatch(/name: dot-ai-view-smoke-kubernetes-[0-9a-f]{6}-standalone/);
    expect(run.summary).toMatch(/\| kubernetes \| ✅ passed \|/);
    console.info(`kubernetes method: ${method.seconds} s (run ${run.seconds} s)`);
    expect(await leftoverNamespaces(cluster, run)).toEqual([]);
    expect(await leftoverClusterObjects(cluster, run)).toEqual([]);
  }, 600_000);
});
