/**
 * The `toolhive` smoke method for real, on the run's kind cluster: the ToolHive operator installed
 * for the run (its charts from the ToolHive Go module here, from ToolHive's OCI charts on GitHub's
 * runners; its images built here through the image map), examples/deployments/toolhive applied
 * through the overlay (the candidate in the MCPServer's spec.image), the MCPServer Ready, MCP through
 * the proxy's Service by port-forward and from inside the cluster; the operator, its CRDs and the
 * namespaces removed at the end of the run.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { holdClusterLock, type TestCluster } from '../helpers/cluster.js';
import { DOT_AI_VERSION } from '../helpers/repo.js';
import { leftoverClusterObjects, leftoverNamespaces, prepare, smoke } from './kubernetes-helpers.js';

let cluster: TestCluster;
let releaseOperatorLock: (() => void) | undefined;

beforeAll(async () => {
  cluster = await prepare();
  // test/examples/cluster/toolhive.real.test.ts runs an operator of its own in the same cluster: one at a
  // time (two would both reconcile this run's MCPServer, and its removal takes the CRDs this run found).
  releaseOperatorLock = await holdClusterLock(cluster, 'toolhive-operator');
}, 1_500_000);

afterAll(() => releaseOperatorLock?.());

/** ToolHive's CRDs in the cluster, by name (one being deleted counts: it is still there). */
async function toolhiveCrds(on: TestCluster): Promise<string[]> {
  return (await on.kubectl.get('customresourcedefinitions')).map((c) => c.metadata.name).filter((n) => n.endsWith('.toolhive.stacklok.dev')).sort();
}

describe('smoke: the toolhive method', () => {
  test('the operator is installed, the MCPServer runs the candidate and reaches Ready, its proxy serves MCP', async () => {
    const crdBefore = await toolhiveCrds(cluster);
    const run = await smoke(cluster, { methods: 'toolhive', timeout: '480' });
    const method = run.method('toolhive');
    expect(run.error, run.reporter.text()).toBeUndefined();
    expect(method.status).toBe('passed');
    expect(method.how).toMatch(/ToolHive: (installed|reused) the operator/);
    expect(method.how).toContain('MCPServer spec.image -> local/dot-ai-smoke:');
    expect(method.notes?.join('\n')).toMatch(/MCPServer dot-ai Ready/);
    expect(method.probes.map((p) => p.endpoint)).toEqual(['port-forward to Service mcp-dot-ai-proxy', 'Service mcp-dot-ai-proxy (in cluster)']);
    for (const probe of method.probes) {
      expect(probe, probe.endpoint).toMatchObject({ ok: true, server: { name: 'dot-ai-reference-server', version: DOT_AI_VERSION } });
      expect(probe['tool-call']?.text).toContain(DOT_AI_VERSION);
    }
    const rendered = readFileSync(path.join(run.diagnostics, 'toolhive/overlay/rendered.yaml'), 'utf8');
    expect(rendered).toMatch(/kind: MCPServer[\s\S]*image: local\/dot-ai-smoke:/);
    console.info(`toolhive method: ${method.seconds} s (run ${run.seconds} s)`);
    expect(await leftoverNamespaces(cluster, run)).toEqual([]);
    expect(await leftoverClusterObjects(cluster, run)).toEqual([]);
    // The operator the run installed goes with it (removed without waiting: polled here), and every CRD
    // it installed (the next file installs them with helm, which refuses one still being deleted); CRDs it found stay.
    const deadline = Date.now() + 120_000;
    let operators: string[];
    let crdAfter: string[];
    do {
      operators = (await cluster.kubectl.get('deployments', { allNamespaces: true })).filter((d) => /toolhive-operator/.test(d.metadata.name)).map((d) => String(d.metadata.namespace));
      crdAfter = await toolhiveCrds(cluster);
      if (operators.length === 0 && crdAfter.join() === crdBefore.join()) break;
      await new Promise((r) => setTimeout(r, 2_000));
    } while (Date.now() < deadline);
    expect(operators).toEqual([]);
    expect(crdAfter).toEqual(crdBefore);
  }, 900_000);
});
