/**
 * The helm smoke methods for real, on the run's kind cluster, all three in one run side by side:
 *   - `helm`: charts/dot-ai with its bundled Qdrant (the stand-in here, through the image map);
 *   - `helm-external-qdrant`: values.external-qdrant.yaml, a Qdrant beside the release and
 *     qdrant.external.url pointed at it, the Secrets the values name made with placeholders;
 *   - `helm-prod`: values.prod.yaml, 2 replicas behind ClientIP affinity: the in-cluster probe's
 *     follow-up calls in one session go through the Service and must all land on the session's pod.
 * Each: `helm install --wait`, `helm test`, MCP through a port-forward and through the Service;
 * and the chart as a package (.tgz, as the chart step hands it over).
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { exec } from '../../src/tools/exec.js';
import { toolBinary, type TestCluster } from '../helpers/cluster.js';
import { DOT_AI_VERSION } from '../helpers/repo.js';
import { kitWith, leftoverClusterObjects, leftoverNamespaces, prepare, smoke } from './kubernetes-helpers.js';

let cluster: TestCluster;
const temps: string[] = [];

beforeAll(async () => {
  cluster = await prepare();
}, 900_000);

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('smoke: the helm methods', () => {
  test('helm, helm-external-qdrant and helm-prod install, pass `helm test`, and serve MCP through port-forward and Service', async () => {
    const run = await smoke(cluster, { methods: 'helm,helm-external-qdrant,helm-prod', parallel: '3', timeout: '480' });
    expect(run.error, run.reporter.text()).toBeUndefined();
    for (const name of ['helm', 'helm-external-qdrant', 'helm-prod']) {
      const method = run.method(name);
      expect(method.status, `${name}: ${method.cause}`).toBe('passed');
      expect(method.probes.map((p) => p.endpoint)).toEqual(['port-forward to Service dot-ai', 'Service dot-ai (in cluster)']);
      for (const probe of method.probes) {
        expect(probe, `${name} ${probe.endpoint}`).toMatchObject({ ok: true, server: { name: 'dot-ai-reference-server', version: DOT_AI_VERSION } });
        expect(probe['tool-call']?.text).toContain(DOT_AI_VERSION);
      }
      expect(method.notes?.join('\n')).toContain('helm test: dot-ai-test-mcp-initialize Succeeded');
      console.info(`${name}: ${method.seconds} s`);
    }
    expect(run.method('helm-external-qdrant').notes?.join('\n')).toMatch(/external Qdrant beside it .*Secret\(s\) (dot-ai-secrets, qdrant-credentials|qdrant-credentials, dot-ai-secrets) created, placeholder values elsewhere/s);
    expect(run.method('helm-prod').notes?.join('\n')).toContain('pods of release dot-ai behind their Services: 2 of dot-ai, 1 of dot-ai-agentic-tools');
    // The in-cluster probe's follow-ups went through the Service, in one session, to its pod.
    const prod = JSON.parse(readFileSync(path.join(run.diagnostics, 'helm-prod/probe.json'), 'utf8')) as Array<{ endpoint: string; result: { followUps?: { requested: number; passed: number } } }>;
    const inCluster = prod.find((p) => p.endpoint.includes('in cluster'));
    expect(inCluster?.result.followUps).toEqual({ requested: 5, passed: 5 });
    const args = readFileSync(path.join(run.diagnostics, 'helm/helm-args.txt'), 'utf8');
    expect(args).toContain('--set-string image.repository=local/dot-ai-smoke');
    expect(args).toContain('--set-string qdrant.image.repository=dot-ai-release/qdrant-standin');
    console.info(`helm methods side by side: ${run.seconds} s`);
    expect(await leftoverNamespaces(cluster, run)).toEqual([]);
    expect(await leftoverClusterObjects(cluster, run)).toEqual([]);
  }, 900_000);

  test('the chart as a package (.tgz): installed as handed over by the chart step', async () => {
    // A repository whose chart input is a package (inputs name paths inside the repository).
    const kit = kitWith([{ name: 'helm-external-qdrant', kind: 'helm', files: ['charts/dot-ai'], values: ['examples/deployments/helm/values.external-qdrant.yaml'], externalQdrant: true }]);
    temps.push(kit);
    const packed = await exec(toolBinary('helm'), ['package', path.join(kit, 'charts/dot-ai'), '--destination', path.join(kit, 'out')]);
    expect(packed.code, packed.stderr).toBe(0);
    const run = await smoke(cluster, { 'working-directory': kit, methods: 'helm-external-qdrant', chart: `out/dot-ai-${DOT_AI_VERSION}.tgz`, timeout: '300' });
    const method = run.method('helm-external-qdrant');
    expect(method.status, method.cause).toBe('passed');
    expect(method.how).toContain('helm install of the chart package');
    expect(await leftoverNamespaces(cluster, run)).toEqual([]);
  }, 600_000);
});
