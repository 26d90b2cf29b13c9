/**
 * The plain manifests (examples/deployments/kubernetes/{standalone,with-qdrant}) applied with
 * `kubectl apply -k` to the real cluster, through a throw-away overlay that only changes what a test
 * must: the namespace (random; the example's Namespace object, with its Pod Security "restricted"
 * labels, is renamed with it), the images (ours, loaded into the cluster), and the Secret the example
 * says to create by hand. Pods become Ready, /healthz answers through the Service from another pod,
 * and with-qdrant's dot-ai finds what was written into its Qdrant (API key from the Secret).
 * The two run one after the other: they share the cluster-scoped ClusterRole `dot-ai-view` (with
 * server-dry-run.real.test.ts too: a cluster lock, held for the file).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { buildPluginImage, buildServerImage, connectClient, REFERENCE_TOKEN, resultText } from '../../helpers/reference-server.js';
import { holdClusterLock, loadImages, REPO_ROOT, sharedCluster, type TestCluster } from '../../helpers/cluster.js';
import { PLUGIN_IMAGE, runPod, seedQdrantScript, SERVER_IMAGE } from './helpers.js';

let cluster: TestCluster;
const overlays: string[] = [];

function split(image: string): { newName: string; newTag: string } {
  const at = image.lastIndexOf(':');
  return { newName: image.slice(0, at), newTag: image.slice(at + 1) };
}

/** A temp overlay over an example: namespace, images, the Secret. */
function overlay(example: string, namespace: string, secret: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dot-ai-release-kustomize-'));
  overlays.push(dir);
  const kustomization = {
    apiVersion: 'kustomize.config.k8s.io/v1beta1',
    kind: 'Kustomization',
    namespace,
    resources: [relative(dir, join(REPO_ROOT, 'examples/deployments/kubernetes', example))],
    images: [
      { name: 'ghcr.io/vfarcic/dot-ai', ...split(SERVER_IMAGE) },
      { name: 'ghcr.io/vfarcic/dot-ai-agentic-tools', ...split(PLUGIN_IMAGE) },
      { name: 'qdrant/qdrant', ...split(cluster.images.qdrant) },
    ],
    // The token the example says to generate: the one the test's MCP client sends.
    secretGenerator: [{ name: 'dot-ai-secrets', literals: Object.entries({ DOT_AI_AUTH_TOKEN: REFERENCE_TOKEN, ...secret }).map(([k, v]) => `${k}=${v}`), options: { disableNameSuffixHash: true } }],
  };
  writeFileSync(join(dir, 'kustomization.yaml'), stringify(kustomization));
  return dir;
}

async function healthzThroughService(namespace: string): Promise<string> {
  const run = await runPod(cluster, namespace, {
    name: 'healthz',
    image: cluster.images.curl,
    script: `curl -sS --fail --max-time 10 --retry 5 --retry-connrefused http://dot-ai.${namespace}.svc.cluster.local:3456/healthz`,
  });
  expect(run.phase, run.logs).toBe('Succeeded');
  return run.logs;
}

let releaseRbacLock: (() => void) | undefined;

beforeAll(async () => {
  cluster = await sharedCluster();
  // The ClusterRole and ClusterRoleBinding dot-ai-view are the cluster's, also seen by server-dry-run.real.test.ts: one file at a time.
  releaseRbacLock = await holdClusterLock(cluster, 'dot-ai-view');
  await buildServerImage(SERVER_IMAGE);
  await buildPluginImage(PLUGIN_IMAGE);
  await loadImages(cluster, [SERVER_IMAGE, PLUGIN_IMAGE, cluster.images.qdrant, cluster.images.curl]);
}, 900_000);

afterAll(() => {
  for (const dir of overlays) rmSync(dir, { recursive: true, force: true });
  releaseRbacLock?.();
});

describe('kubectl apply -k of the plain manifests', () => {
  it('standalone: admitted under Pod Security "restricted", Ready, /healthz through the Service', async () => {
    const namespace = `kustomize-standalone-${randomBytes(3).toString('hex')}`;
    const dir = overlay('standalone', namespace, { ANTHROPIC_API_KEY: 'not-a-real-key' });
    try {
      await cluster.kubectl.applyKustomization(dir);
      const [ns] = await cluster.kubectl.get(`namespace/${namespace}`);
      expect(ns?.metadata.labels?.['pod-security.kubernetes.io/enforce']).toBe('restricted');
      await cluster.kubectl.wait({ resource: 'deployment/dot-ai', namespace, for: 'condition=Available', timeoutSeconds: 180 });
      expect(await healthzThroughService(namespace)).toContain('"status":"ok"');
    } catch (error) {
      console.error(await cluster.kubectl.diagnostics(namespace));
      throw error;
    } finally {
      await cluster.kubectl.run(['delete', '-k', dir, '--ignore-not-found', '--wait=true', '--timeout=120s']);
    }
  }, 600_000);

  it('with-qdrant: Qdrant with a bound volume, dot-ai Ready, /healthz through the Service, search answered from Qdrant', async () => {
    const namespace = `kustomize-qdrant-${randomBytes(3).toString('hex')}`;
    const apiKey = 'kustomize-qdrant-key';
    const dir = overlay('with-qdrant', namespace, { ANTHROPIC_API_KEY: 'not-a-real-key', QDRANT_API_KEY: apiKey });
    try {
      await cluster.kubectl.applyKustomization(dir);
      await cluster.kubectl.rolloutStatus('statefulset/qdrant', namespace, 180);
      await cluster.kubectl.wait({ resource: 'deployment/dot-ai', namespace, for: 'condition=Available', timeoutSeconds: 180 });
      await cluster.kubectl.wait({ resource: 'deployment/dot-ai-agentic-tools', namespace, for: 'condition=Available', timeoutSeconds: 180 });
      const pvcs = await cluster.kubectl.get('pvc', { namespace });
      expect(pvcs.map((p) => p.status?.phase)).toEqual(['Bound']);
      expect(await healthzThroughService(namespace)).toContain('"status":"ok"');

      const seed = await runPod(cluster, namespace, { name: 'seed', image: cluster.images.curl, script: seedQdrantScript('http://qdrant:6333', 'knowledge', 'Plain manifests with Qdrant', apiKey) });
      expect(seed.phase, seed.logs).toBe('Succeeded');
      const forward = await cluster.kubectl.portForward('service/dot-ai', 3456, namespace);
      try {
        const { client } = await connectClient(`http://127.0.0.1:${forward.localPort}/`);
        try {
          const result = await client.callTool({ name: 'search_knowledge', arguments: { query: 'manifests', limit: 3 } });
          expect(result.isError, resultText(result)).toBeFalsy();
          expect(resultText(result)).toContain('Plain manifests with Qdrant');
        } finally {
          await client.close();
        }
      } finally {
        await forward.stop();
      }
    } catch (error) {
      console.error(await cluster.kubectl.diagnostics(namespace));
      throw error;
    } finally {
      await cluster.kubectl.run(['delete', '-k', dir, '--ignore-not-found', '--wait=true', '--timeout=120s']);
    }
  }, 600_000);
});
