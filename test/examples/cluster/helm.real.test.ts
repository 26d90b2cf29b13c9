/**
 * charts/dot-ai on the real cluster, with the reference server's image (built here, `kind load`ed,
 * pullPolicy Never: nothing is pulled), every release in a namespace that enforces Pod Security
 * "restricted" (so the real API server admits the chart, not only our policy code):
 *   - bundled Qdrant (the stand-in here): `helm install --wait`, `helm test`, MCP through the Service;
 *   - external Qdrant: examples/deployments/helm/values.external-qdrant.yaml pointed at a Qdrant in
 *     another namespace, with its API key from a Secret;
 *   - production values (values.prod.yaml): 2 replicas, PodDisruptionBudget, NetworkPolicy, ClientIP
 *     session affinity, then the HPA. What the cluster enforces: session affinity (kube-proxy) and the
 *     PDB (eviction API). What it only accepts: the NetworkPolicy (no policy engine in the static CNI
 *     of our node image; kindnet on GitHub's runners enforces it) and the HPA (no metrics-server).
 * CPU requests are lowered for the tests: the 2-core node cannot schedule the examples' requests for
 * every release at once; nothing else is changed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { exec } from '../../../src/tools/exec.js';
import { buildPluginImage, buildServerImage, connectClient, REFERENCE_TOKEN, resultText } from '../../helpers/reference-server.js';
import { createNamespace, loadImages, REPO_ROOT, sharedCluster, toolBinary, type TestCluster, type TestNamespace } from '../../helpers/cluster.js';
import { deployQdrant, PLUGIN_IMAGE, runPod, seedQdrantScript, SERVER_IMAGE } from './helpers.js';

const CHART = join(REPO_ROOT, 'charts/dot-ai');
const EXAMPLES = join(REPO_ROOT, 'examples/deployments/helm');
const RESTRICTED = { 'pod-security.kubernetes.io/enforce': 'restricted', 'pod-security.kubernetes.io/warn': 'restricted' };

let cluster: TestCluster;
const namespaces: TestNamespace[] = [];
let failed = false;

function split(image: string): { repository: string; tag: string } {
  const at = image.lastIndexOf(':');
  return { repository: image.slice(0, at), tag: image.slice(at + 1) };
}

/** `helm ARGS` against the test cluster; rejects with helm's output. */
async function helm(args: string[]): Promise<string> {
  const result = await exec(toolBinary('helm'), [...args, '--kubeconfig', cluster.kubeconfig, '--kube-context', cluster.context]);
  if (result.code !== 0) throw new Error(`helm ${args.join(' ')} failed (exit ${result.code}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** --set flags that point every image at what the cluster has, and keep CPU requests small. */
function imageSets(): string[] {
  const server = split(SERVER_IMAGE);
  const plugin = split(PLUGIN_IMAGE);
  const qdrant = split(cluster.images.qdrant);
  const curl = split(cluster.images.curl);
  return [
    `image.repository=${server.repository}`, `image.tag=${server.tag}`, 'image.pullPolicy=Never',
    `plugins.agentic-tools.image.repository=${plugin.repository}`, `plugins.agentic-tools.image.tag=${plugin.tag}`, 'plugins.agentic-tools.image.pullPolicy=Never',
    // The token the chart's guide says to generate: the one the test's MCP client (and `helm test`) sends.
    `secrets.auth.token=${REFERENCE_TOKEN}`, 'plugins.agentic-tools.resources.requests.cpu=20m',
    `qdrant.image.repository=${qdrant.repository}`, `qdrant.image.tag=${qdrant.tag}`, 'qdrant.image.pullPolicy=IfNotPresent',
    `tests.image.repository=${curl.repository}`, `tests.image.tag=${curl.tag}`, 'tests.image.pullPolicy=IfNotPresent',
    'resources.requests.cpu=20m', 'qdrant.resources.requests.cpu=20m',
  ].flatMap((s) => ['--set', s]);
}

/**
 * `helm test`: the chart's test pod POSTs an MCP initialize to the Service and exits 0 only when the
 * answer carries serverInfo. (No --logs: the hook's delete policy removes a pod that succeeded.)
 */
async function helmTest(namespace: string): Promise<void> {
  const out = await helm(['test', 'dot-ai', '--namespace', namespace, '--timeout', '3m']);
  expect(out).toMatch(/TEST SUITE:\s+dot-ai-test-mcp-initialize[\s\S]*Phase:\s+Succeeded/);
}

async function newNamespace(prefix: string): Promise<string> {
  const ns = await createNamespace(cluster, prefix, RESTRICTED);
  namespaces.push(ns);
  return ns.name;
}

async function createSecret(namespace: string, name: string, data: Record<string, string>): Promise<void> {
  await cluster.kubectl.apply(JSON.stringify({ apiVersion: 'v1', kind: 'Secret', metadata: { name, namespace }, type: 'Opaque', stringData: data }));
}

/** MCP through `kubectl port-forward` to the release's Service: initialize, tools/list, search_knowledge. */
async function mcpSearch(namespace: string, service: string, query: string): Promise<{ tools: string[]; text: string; isError: boolean }> {
  const forward = await cluster.kubectl.portForward(`service/${service}`, 3456, namespace);
  try {
    const { client } = await connectClient(`http://127.0.0.1:${forward.localPort}/`);
    try {
      const tools = (await client.listTools()).tools.map((t) => t.name);
      const result = await client.callTool({ name: 'search_knowledge', arguments: { query, limit: 3 } });
      return { tools, text: resultText(result), isError: Boolean(result.isError) };
    } finally {
      await client.close();
    }
  } finally {
    await forward.stop();
  }
}

const track = <T>(p: Promise<T>): Promise<T> =>
  p.catch((error: unknown) => {
    failed = true;
    throw error;
  });

beforeAll(async () => {
  cluster = await sharedCluster();
  await buildServerImage(SERVER_IMAGE);
  await buildPluginImage(PLUGIN_IMAGE);
  await loadImages(cluster, [SERVER_IMAGE, PLUGIN_IMAGE, cluster.images.qdrant, cluster.images.curl]);
}, 900_000);

afterAll(async () => {
  for (const ns of namespaces) await ns.cleanup(failed);
}, 120_000);

describe('charts/dot-ai on kind', () => {
  it('refuses a non-compliant pod in the restricted namespaces the chart is installed into', async () => {
    await track((async () => {
      const namespace = await newNamespace('psa');
      const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'root', namespace }, spec: { containers: [{ name: 'c', image: cluster.images.curl, securityContext: { privileged: true } }] } };
      const result = await cluster.kubectl.run(['apply', '-f', '-'], JSON.stringify(pod));
      expect(result.code).not.toBe(0);
      expect(result.stderr).toMatch(/violates PodSecurity "restricted/);
    })());
  });

  it('installs with the bundled Qdrant, waits Ready, passes `helm test`, and serves MCP backed by Qdrant', async () => {
    await track((async () => {
      const namespace = await newNamespace('helm-bundled');
      const started = performance.now();
      await helm(['install', 'dot-ai', CHART, '--namespace', namespace, ...imageSets(), '--wait', '--timeout', '5m']);
      console.info(`helm install --wait (bundled Qdrant): ${((performance.now() - started) / 1000).toFixed(1)} s`);
      await helmTest(namespace);

      const [pvc] = await cluster.kubectl.get('pvc', { namespace });
      expect(pvc?.status?.phase).toBe('Bound');
      const qdrantUrl = `http://dot-ai-qdrant.${namespace}.svc:6333`;
      const seed = await runPod(cluster, namespace, { name: 'seed', image: cluster.images.curl, script: seedQdrantScript(qdrantUrl, 'knowledge', 'Deploy dot-ai with Helm on kind') });
      expect(seed.phase, seed.logs).toBe('Succeeded');
      const mcp = await mcpSearch(namespace, 'dot-ai', 'helm kind');
      expect(mcp.tools).toContain('search_knowledge');
      expect(mcp.isError, mcp.text).toBe(false);
      expect(mcp.text).toContain('Deploy dot-ai with Helm on kind');
    })());
  }, 600_000);

  it('installs with an external Qdrant (values.external-qdrant.yaml) whose API key comes from a Secret', async () => {
    await track((async () => {
      const qdrantNs = await newNamespace('qdrant-ext');
      const apiKey = 'external-qdrant-test-key';
      const url = await deployQdrant(cluster, qdrantNs, { apiKey });
      const seed = await runPod(cluster, qdrantNs, { name: 'seed', image: cluster.images.curl, script: seedQdrantScript(url, 'knowledge', 'External Qdrant answers', apiKey) });
      expect(seed.phase, seed.logs).toBe('Succeeded');

      const namespace = await newNamespace('helm-external');
      await createSecret(namespace, 'dot-ai-secrets', { ANTHROPIC_API_KEY: 'not-a-real-key' });
      await createSecret(namespace, 'qdrant-credentials', { 'api-key': apiKey });
      await helm([
        'install', 'dot-ai', CHART, '--namespace', namespace, '-f', join(EXAMPLES, 'values.external-qdrant.yaml'),
        ...imageSets(), '--set', `qdrant.external.url=${url}`, '--wait', '--timeout', '5m',
      ]);
      await helmTest(namespace);
      expect(await cluster.kubectl.get('statefulsets', { namespace })).toEqual([]);
      const mcp = await mcpSearch(namespace, 'dot-ai', 'external');
      expect(mcp.isError, mcp.text).toBe(false);
      expect(mcp.text).toContain('External Qdrant answers');
    })());
  }, 600_000);

  it('runs the production values: 2 replicas behind ClientIP affinity (enforced), a PDB (enforced), a NetworkPolicy and an HPA (accepted)', async () => {
    await track((async () => {
      const namespace = await newNamespace('helm-prod');
      await createSecret(namespace, 'dot-ai-secrets', { ANTHROPIC_API_KEY: 'not-a-real-key', QDRANT_API_KEY: 'prod-qdrant-key' });
      await helm(['install', 'dot-ai', CHART, '--namespace', namespace, '-f', join(EXAMPLES, 'values.prod.yaml'), ...imageSets(), '--wait', '--timeout', '5m']);
      const pods = await cluster.kubectl.get('pods', { namespace, selector: 'app.kubernetes.io/component=server' });
      expect(pods.filter((p) => p.status?.phase === 'Running')).toHaveLength(2);
      await helmTest(namespace);

      // Session affinity: MCP sessions live in one pod's memory. One session, then 12 requests on it
      // through the Service: without ClientIP affinity about half would land on the other replica
      // and be refused (unknown session).
      const service = `http://dot-ai.${namespace}.svc:3456/`;
      const script = [
        'set -e',
        // The chart's token (imageSets), as a client sends it.
        `auth='authorization: Bearer ${REFERENCE_TOKEN}'`,
        `init='{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"affinity","version":"1"}}}'`,
        `sid=$(curl -sS -D - -o /dev/null -X POST ${service} -H "$auth" -H 'content-type: application/json' -H 'accept: application/json, text/event-stream' --data "$init" | tr -d '\\r' | sed -n 's/^[Mm]cp-[Ss]ession-[Ii]d: //p')`,
        'test -n "$sid"',
        `curl -sS -o /dev/null -X POST ${service} -H "$auth" -H 'content-type: application/json' -H 'accept: application/json, text/event-stream' -H "mcp-session-id: $sid" -H 'mcp-protocol-version: 2025-06-18' --data '{"jsonrpc":"2.0","method":"notifications/initialized"}'`,
        'ok=0; i=0',
        'while [ $i -lt 12 ]; do i=$((i+1))',
        `  code=$(curl -sS -o /dev/null -w '%{http_code}' -X POST ${service} -H "$auth" -H 'content-type: application/json' -H 'accept: application/json, text/event-stream' -H "mcp-session-id: $sid" -H 'mcp-protocol-version: 2025-06-18' --data "{\\"jsonrpc\\":\\"2.0\\",\\"id\\":$((i+1)),\\"method\\":\\"tools/list\\"}")`,
        '  [ "$code" = 200 ] && ok=$((ok+1))',
        'done',
        'echo "session requests answered: $ok/12"',
      ].join('\n');
      const affinity = await runPod(cluster, namespace, { name: 'affinity', image: cluster.images.curl, script });
      expect(affinity.phase, affinity.logs).toBe('Succeeded');
      expect(affinity.logs).toContain('session requests answered: 12/12');
      const [svc] = await cluster.kubectl.get('service/dot-ai', { namespace });
      expect(svc?.spec?.sessionAffinity).toBe('ClientIP');

      // PDB (minAvailable 1): the eviction API lets one pod go, then refuses the second.
      const [pdb] = await cluster.kubectl.get('pdb', { namespace });
      expect(pdb?.status?.disruptionsAllowed).toBe(1);
      const evict = (pod: string) =>
        cluster.kubectl.run(['create', '--raw', `/api/v1/namespaces/${namespace}/pods/${pod}/eviction`, '-f', '-'],
          JSON.stringify({ apiVersion: 'policy/v1', kind: 'Eviction', metadata: { name: pod, namespace } }));
      const first = await evict(pods[0]!.metadata.name);
      expect(first.code, first.stderr).toBe(0);
      const second = await evict(pods[1]!.metadata.name);
      expect(second.code).not.toBe(0);
      expect(second.stderr).toMatch(/disruption budget/i);

      // NetworkPolicy: admitted by the API server. Enforcement depends on the CNI (see the file comment).
      const [policy] = await cluster.kubectl.get('networkpolicy/dot-ai', { namespace });
      expect(policy?.spec?.policyTypes).toEqual(['Ingress', 'Egress']);

      // HPA: admitted and reconciled by the controller; without metrics-server it cannot scale on CPU.
      await helm(['upgrade', 'dot-ai', CHART, '--namespace', namespace, '-f', join(EXAMPLES, 'values.prod.yaml'), ...imageSets(), '--set', 'autoscaling.enabled=true', '--wait', '--timeout', '5m']);
      const [hpa] = await cluster.kubectl.get('hpa/dot-ai', { namespace });
      expect(hpa?.spec?.minReplicas).toBe(2);
      expect(hpa?.spec?.scaleTargetRef).toMatchObject({ kind: 'Deployment', name: 'dot-ai' });
    })());
  }, 900_000);
});
