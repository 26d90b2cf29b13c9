/**
 * Raw Kubernetes manifests: every kustomization under examples/deployments/kubernetes and
 * examples/deployments/toolhive is built with real kubectl (1.35 and 1.31), and the output is
 * schema-validated (k8s 1.24 and 1.34, Gateway API, ToolHive MCPServer), checked for removed APIs
 * and run through the policy rules.
 */
import { relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatFinding, splitManifests, verifyManifests } from '../../src/verify/index.js';
import { execChecked } from '../../src/tools/exec.js';
import type { RenderedObject } from '../../src/verify/index.js';
import { kubernetesExamplesDir, kustomizationDirs, repoRoot, toolhiveExamplesDir, toolPath } from './tools-helpers.js';
import { DOT_AI_VERSION } from '../helpers/repo.js';

const dirs = [...kustomizationDirs(kubernetesExamplesDir), ...kustomizationDirs(toolhiveExamplesDir)];
const rel = (d: string) => relative(repoRoot, d);

describe('kustomizations', () => {
  const built = new Map<string, { v135: RenderedObject[]; v131: RenderedObject[] }>();
  beforeAll(async () => {
    for (const d of dirs) {
      const [a, b] = await Promise.all([
        execChecked('tool', toolPath('kubectl'), ['kustomize', d]),
        execChecked('tool', toolPath('kubectl-1.31'), ['kustomize', d]),
      ]);
      built.set(d, { v135: splitManifests(a.stdout, rel(d)), v131: splitManifests(b.stdout, rel(d)) });
    }
  });

  it('the examples hold kustomizations for Kubernetes and for ToolHive', () => {
    expect(dirs.filter((d) => d.startsWith(kubernetesExamplesDir)).length).toBeGreaterThan(0);
    expect(dirs.filter((d) => d.startsWith(toolhiveExamplesDir)).length).toBeGreaterThan(0);
  });

  it.each(dirs.map((d) => [rel(d), d]))('%s: kubectl 1.35 and 1.31 build the same objects', (_n, d) => {
    const b = built.get(d);
    expect(b?.v135.length).toBeGreaterThan(0);
    expect(b?.v131.map((o) => o.object)).toEqual(b?.v135.map((o) => o.object));
  });

  it.each(dirs.map((d) => [rel(d), d]))('%s: no schema, removed-API or policy findings', async (_n, d) => {
    const r = await verifyManifests(built.get(d)?.v135 ?? []);
    expect(r.findings.map(formatFinding)).toEqual([]);
  });

  it.each(dirs.map((d) => [rel(d), d]))('%s: dot-ai and its agentic-tools plugin, both pinned to the release', (_n, d) => {
    const text = JSON.stringify(built.get(d)?.v135.map((o) => o.object));
    const images = [...text.matchAll(/ghcr\.io\/vfarcic\/dot-ai[^"]*/g)].map((m) => m[0]);
    expect(new Set(images)).toEqual(new Set([`ghcr.io/vfarcic/dot-ai:${DOT_AI_VERSION}`, `ghcr.io/vfarcic/dot-ai-agentic-tools:${DOT_AI_VERSION}`]));
  });

  it.each(dirs.map((d) => [rel(d), d]))('%s: dot-ai mounts the plugins file listing the plugin Service', (_n, d) => {
    const objects = (built.get(d)?.v135 ?? []).map((o) => o.object) as Array<{ kind?: string; metadata?: { name?: string }; data?: Record<string, string> }>;
    const plugins = objects.find((o) => o.kind === 'ConfigMap' && String(o.metadata?.name).startsWith('dot-ai-plugins'));
    expect(JSON.parse(plugins?.data?.['plugins.json'] ?? '[]')).toEqual([{ name: 'agentic-tools', url: 'http://dot-ai-agentic-tools:8080' }]);
    expect(objects.filter((o) => o.kind === 'Service').map((o) => o.metadata?.name)).toContain('dot-ai-agentic-tools');
    expect(JSON.stringify(objects)).toContain('"mountPath":"/etc/dot-ai"');
  });

  it('the ToolHive build holds a v1beta1 MCPServer that passed its schema', () => {
    const objs = dirs.filter((d) => d.startsWith(toolhiveExamplesDir)).flatMap((d) => built.get(d)?.v135 ?? []);
    const mcp = objs.filter((o) => o.object.kind === 'MCPServer');
    expect(mcp.map((o) => o.object.apiVersion)).toEqual(['toolhive.stacklok.dev/v1beta1']);
  });
});
