/**
 * The ToolHive method for real: ToolHive's own CRD and operator charts (read from its Go module here,
 * from `oci://ghcr.io/stacklok/toolhive` on GitHub's runners: DOT_AI_RELEASE_TOOLHIVE_CHARTS),
 * its operator and proxy runner (built here from the same module version), then our
 * examples/deployments/toolhive applied with `kubectl apply -k` through a throw-away overlay that only
 * sets the namespace, dot-ai's image (the reference server), Qdrant's URL (a Qdrant in the same
 * namespace) and the Secret the example asks for. The MCPServer (the storage version v1beta1)
 * reconciles to Ready and the proxy serves MCP: initialize, tools/list, a tool call answered from Qdrant.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments, stringify } from 'yaml';
import { exec } from '../../../src/tools/exec.js';
import { buildPluginImage, buildServerImage, connectClient, REFERENCE_TOKEN, resultText } from '../../helpers/reference-server.js';
import { clusterSetting, createNamespace, goModuleDir, holdClusterLock, kindVersions, loadImages, REPO_ROOT, sharedCluster, toolBinary, type TestCluster, type TestNamespace } from '../../helpers/cluster.js';
import { deployQdrant, PLUGIN_IMAGE, runPod, seedQdrantScript, SERVER_IMAGE } from './helpers.js';

let cluster: TestCluster;
let operatorNs: TestNamespace;
let releaseOperatorLock: (() => void) | undefined;
let overlayDir: string | undefined;
const namespace = `toolhive-dot-ai-${randomBytes(3).toString('hex')}`;
const toolhiveVersion = kindVersions().TOOLHIVE_VERSION!;

async function helm(args: string[]): Promise<string> {
  const result = await exec(toolBinary('helm'), [...args, '--kubeconfig', cluster.kubeconfig, '--kube-context', cluster.context]);
  if (result.code !== 0) throw new Error(`helm ${args.join(' ')} failed (exit ${result.code}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** ToolHive's two charts: its module's deploy/charts here, or an OCI repository (with --version). */
async function toolhiveCharts(): Promise<{ crds: string[]; operator: string[] }> {
  const oci = clusterSetting('DOT_AI_RELEASE_TOOLHIVE_CHARTS');
  const chartVersion = toolhiveVersion.replace(/^v/, '');
  if (oci) return { crds: [`${oci}/toolhive-operator-crds`, '--version', chartVersion], operator: [`${oci}/toolhive-operator`, '--version', chartVersion] };
  const dir = await goModuleDir('github.com/stacklok/toolhive', toolhiveVersion);
  return { crds: [join(dir, 'deploy/charts/operator-crds')], operator: [join(dir, 'deploy/charts/operator')] };
}

async function retry<T>(attempt: () => Promise<T>, withinMs: number): Promise<T> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      console.info(`attempt failed, again in 1 s: ${(error as Error).message}`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

beforeAll(async () => {
  cluster = await sharedCluster();
  // test/smoke/toolhive.real.test.ts installs an operator of its own in the same cluster: one at a time.
  releaseOperatorLock = await holdClusterLock(cluster, 'toolhive-operator');
  await buildServerImage(SERVER_IMAGE);
  await buildPluginImage(PLUGIN_IMAGE);
  await loadImages(cluster, [SERVER_IMAGE, PLUGIN_IMAGE, cluster.images.qdrant, cluster.images.curl, cluster.images.toolhiveOperator, cluster.images.toolhiveProxyRunner]);
  operatorNs = await createNamespace(cluster, 'toolhive-system');
  const charts = await toolhiveCharts();
  await helm(['upgrade', '--install', 'toolhive-operator-crds', ...charts.crds, '--wait']);
  const started = performance.now();
  await helm([
    'upgrade', '--install', 'toolhive-operator', ...charts.operator, '--namespace', operatorNs.name,
    '--set', `operator.image=${cluster.images.toolhiveOperator}`,
    '--set', `operator.toolhiveRunnerImage=${cluster.images.toolhiveProxyRunner}`,
    '--set', 'operator.resources.requests.cpu=10m',
    '--wait', '--timeout', '5m',
  ]);
  console.info(`ToolHive operator ${toolhiveVersion} installed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}, 900_000);

afterAll(async () => {
  try {
    if (overlayDir) {
      await cluster.kubectl.run(['delete', '-k', overlayDir, '--ignore-not-found', '--wait=true', '--timeout=120s']);
      rmSync(overlayDir, { recursive: true, force: true });
    }
    if (cluster && operatorNs) {
      await helm(['uninstall', 'toolhive-operator', '--namespace', operatorNs.name, '--wait']).catch((e: unknown) => console.error(e));
      await operatorNs.cleanup(false);
    }
  } finally {
    releaseOperatorLock?.();
  }
}, 300_000);

describe('ToolHive operator with examples/deployments/toolhive', () => {
  it('serves MCPServer in its storage version, v1beta1', async () => {
    const [crd] = await cluster.kubectl.get('crd/mcpservers.toolhive.stacklok.dev');
    const versions = (crd?.spec?.versions as Array<{ name: string; served: boolean; storage: boolean }>) ?? [];
    expect(versions.find((v) => v.storage)?.name).toBe('v1beta1');
  });

  it('reconciles our MCPServer to Ready, and its proxy serves MCP backed by Qdrant', async () => {
    try {
      overlayDir = mkdtempSync(join(tmpdir(), 'dot-ai-release-toolhive-'));
      const qdrantUrl = `http://qdrant.${namespace}.svc.cluster.local:6333`;
      const example = parse(readFileSync(join(REPO_ROOT, 'examples/deployments/toolhive/mcpserver.yaml'), 'utf8')) as { spec: { env: Array<{ name: string }> } };
      const qdrantEnv = example.spec.env.findIndex((e) => e.name === 'QDRANT_URL');
      expect(qdrantEnv).toBeGreaterThanOrEqual(0);
      // The plugin beside it reaches the same Qdrant (its Deployment is the file's second document).
      const pluginDocs = parseAllDocuments(readFileSync(join(REPO_ROOT, 'examples/deployments/toolhive/agentic-tools.yaml'), 'utf8')).map((d) => d.toJS() as { kind?: string; spec?: { template: { spec: { containers: Array<{ env: Array<{ name: string }> }> } } } });
      const pluginEnv = pluginDocs.find((d) => d?.kind === 'Deployment')?.spec?.template.spec.containers[0]?.env.findIndex((e) => e.name === 'QDRANT_URL') ?? -1;
      expect(pluginEnv).toBeGreaterThanOrEqual(0);
      const [pluginName, pluginTag] = [PLUGIN_IMAGE.slice(0, PLUGIN_IMAGE.lastIndexOf(':')), PLUGIN_IMAGE.slice(PLUGIN_IMAGE.lastIndexOf(':') + 1)];
      const kustomization = {
        apiVersion: 'kustomize.config.k8s.io/v1beta1',
        kind: 'Kustomization',
        namespace,
        resources: [relative(overlayDir, join(REPO_ROOT, 'examples/deployments/toolhive'))],
        secretGenerator: [
          {
            name: 'dot-ai-secrets',
            // The token the README says to generate: the one the test's MCP client sends.
            literals: [`DOT_AI_AUTH_TOKEN=${REFERENCE_TOKEN}`, 'ANTHROPIC_API_KEY=not-a-real-key', 'OPENAI_API_KEY=not-a-real-key', 'QDRANT_API_KEY=toolhive-qdrant-key'],
            options: { disableNameSuffixHash: true },
          },
        ],
        images: [{ name: 'ghcr.io/vfarcic/dot-ai-agentic-tools', newName: pluginName, newTag: pluginTag }],
        patches: [
          {
            target: { group: 'apps', kind: 'Deployment', name: 'dot-ai-agentic-tools' },
            patch: stringify([{ op: 'replace', path: `/spec/template/spec/containers/0/env/${pluginEnv}`, value: { name: 'QDRANT_URL', value: qdrantUrl } }]),
          },
          {
            target: { group: 'toolhive.stacklok.dev', kind: 'MCPServer', name: 'dot-ai' },
            patch: stringify([
              { op: 'replace', path: '/spec/image', value: SERVER_IMAGE },
              { op: 'replace', path: `/spec/env/${qdrantEnv}`, value: { name: 'QDRANT_URL', value: qdrantUrl } },
            ]),
          },
        ],
      };
      writeFileSync(join(overlayDir, 'kustomization.yaml'), stringify(kustomization));
      const rendered = await exec(toolBinary('kubectl'), ['kustomize', overlayDir]);
      expect(rendered.stdout).toContain(`value: ${qdrantUrl}`);
      await cluster.kubectl.applyKustomization(overlayDir);

      await deployQdrant(cluster, namespace, { apiKey: 'toolhive-qdrant-key' });
      const seed = await runPod(cluster, namespace, { name: 'seed', image: cluster.images.curl, script: seedQdrantScript(qdrantUrl, 'knowledge', 'ToolHive proxies dot-ai', 'toolhive-qdrant-key') });
      expect(seed.phase, seed.logs).toBe('Succeeded');

      const started = performance.now();
      await cluster.kubectl.wait({ resource: 'mcpserver/dot-ai', namespace, for: 'jsonpath={.status.phase}=Ready', timeoutSeconds: 240 });
      console.info(`MCPServer Ready ${((performance.now() - started) / 1000).toFixed(1)} s after apply`);

      // The phase turns Ready when the operator has created the workloads; wait for their pods too
      // (the proxy and dot-ai). A pod of the server without a readiness probe is Ready before it listens,
      // and the proxy answers 502 (empty body) until then: the whole exchange is retried, not only the
      // connect, each attempt's failure said.
      await cluster.kubectl.wait({ resource: 'pods', all: true, namespace, for: 'condition=Ready', timeoutSeconds: 180 });
      const forward = await cluster.kubectl.portForward('service/mcp-dot-ai-proxy', 8080, namespace);
      try {
        const exchange = await retry(async () => {
          const { client } = await connectClient(`http://127.0.0.1:${forward.localPort}/`);
          try {
            const tools = (await client.listTools()).tools.map((t) => t.name);
            const result = await client.callTool({ name: 'search_knowledge', arguments: { query: 'toolhive', limit: 3 } });
            return { server: client.getServerVersion()?.name, tools, result };
          } finally {
            await client.close();
          }
        }, 60_000);
        expect(exchange.server).toBeTruthy();
        expect(exchange.tools).toContain('search_knowledge');
        expect(exchange.result.isError, resultText(exchange.result)).toBeFalsy();
        expect(resultText(exchange.result)).toContain('ToolHive proxies dot-ai');
      } finally {
        await forward.stop();
      }
    } catch (error) {
      console.error(await cluster.kubectl.diagnostics(namespace));
      console.error(await cluster.kubectl.diagnostics(operatorNs.name));
      throw error;
    }
  }, 600_000);
});
