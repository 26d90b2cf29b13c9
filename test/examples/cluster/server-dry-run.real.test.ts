/**
 * The real API server's schema check beside our own (src/kit): every object the chart renders, for
 * the default values and every example values file, and every object of both kustomizations, goes
 * through `kubectl apply --dry-run=server` (admission included: Pod Security "restricted" on the
 * namespace, defaulting, CRD schemas; the Gateway API CRDs are installed from their Go module for the
 * HTTPRoute of values.gateway.yaml). Nothing is created.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { exec } from '../../../src/tools/exec.js';
import { createNamespace, goModuleDir, holdClusterLock, kindVersions, REPO_ROOT, sharedCluster, toolBinary, type TestCluster, type TestNamespace } from '../../helpers/cluster.js';

const CHART = join(REPO_ROOT, 'charts/dot-ai');
const EXAMPLES = join(REPO_ROOT, 'examples/deployments/helm');
const VALUES_FILES = ['(defaults)', ...readdirSync(EXAMPLES).filter((f) => /^values\..*\.ya?ml$/.test(f)).sort()];
const KUSTOMIZATIONS = ['standalone', 'with-qdrant'];

let cluster: TestCluster;
let ns: TestNamespace;
let failed = false;
let releaseRbacLock: (() => void) | undefined;

beforeAll(async () => {
  cluster = await sharedCluster();
  // The kustomizations' ClusterRoleBinding dot-ai-view is the cluster's: kustomize.real.test.ts applies and
  // deletes it for real, and a dry run that finds it patches it (NotFound when it goes meanwhile). One at a time.
  releaseRbacLock = await holdClusterLock(cluster, 'dot-ai-view');
  ns = await createNamespace(cluster, 'dry-run', { 'pod-security.kubernetes.io/enforce': 'restricted' });
  const gatewayApi = await goModuleDir('sigs.k8s.io/gateway-api', kindVersions().GATEWAY_API_VERSION!);
  const crds = readdirSync(join(gatewayApi, 'config/crd/standard')).map((f) => join(gatewayApi, 'config/crd/standard', f));
  await cluster.kubectl.checked('kubectl apply (Gateway API CRDs)', ['apply', '--server-side', '--force-conflicts', ...crds.flatMap((f) => ['-f', f])]);
  await cluster.kubectl.wait({ resource: 'crd/httproutes.gateway.networking.k8s.io', for: 'condition=Established', timeoutSeconds: 60 });
}, 600_000);

afterAll(async () => {
  try {
    await ns?.cleanup(failed);
  } finally {
    releaseRbacLock?.();
  }
});

/** Kinds and names of a multi-document YAML (for the assertion that each object was validated). */
function objects(yamlText: string): Array<{ kind: string; name: string }> {
  return parseAllDocuments(yamlText)
    .map((d) => d.toJS() as { kind?: string; metadata?: { name?: string } } | null)
    .filter((o): o is { kind: string; metadata: { name: string } } => Boolean(o?.kind))
    .map((o) => ({ kind: o.kind, name: o.metadata.name }));
}

/** kubectl prints `KIND[.GROUP]/NAME created (server dry run)` for each object it validated. */
function expectValidated(out: string, object: { kind: string; name: string }): void {
  const escape = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const line = new RegExp(`^${escape(object.kind.toLowerCase())}(\\.[a-z0-9.-]+)?/${escape(object.name)} \\w+ \\(server dry run\\)$`, 'm');
  expect(out, `${object.kind}/${object.name} validated by the API server`).toMatch(line);
}

async function dryRun(manifest: string): Promise<string> {
  const result = await cluster.kubectl.run(['apply', '--dry-run=server', '-f', '-'], manifest);
  if (result.code !== 0) {
    failed = true;
    throw new Error(`kubectl apply --dry-run=server refused:\n${result.stderr}`);
  }
  // A restricted-namespace warning would mean a pod is admitted only because this is a dry run of a Deployment.
  expect(result.stderr).not.toMatch(/would violate PodSecurity/);
  return result.stdout;
}

describe('kubectl apply --dry-run=server', () => {
  it.each(VALUES_FILES)('admits every object the chart renders with %s', async (values) => {
    const args = ['template', 'dot-ai', CHART, '--namespace', ns.name, '--kube-version', 'v1.34.0'];
    if (values !== '(defaults)') args.push('-f', join(EXAMPLES, values));
    const rendered = await exec(toolBinary('helm'), args);
    expect(rendered.code, rendered.stderr).toBe(0);
    const expected = objects(rendered.stdout);
    expect(expected.length).toBeGreaterThan(3);
    const out = await dryRun(rendered.stdout);
    for (const object of expected) expectValidated(out, object);
  });

  it.each(KUSTOMIZATIONS)('admits every object of the %s kustomization', async (name) => {
    const rendered = await exec(toolBinary('kubectl'), ['kustomize', join(REPO_ROOT, 'examples/deployments/kubernetes', name)]);
    expect(rendered.code, rendered.stderr).toBe(0);
    // The example's own namespace `dot-ai` may not exist: validate in the test namespace instead.
    const docs = parseAllDocuments(rendered.stdout)
      .map((d) => d.toJS() as { kind: string; metadata: { name: string; namespace?: string; labels?: Record<string, string> } })
      .filter((o) => o.kind !== 'Namespace')
      .map((o) => (o.metadata.namespace ? { ...o, metadata: { ...o.metadata, namespace: ns.name } } : o));
    const out = await dryRun(docs.map((d) => JSON.stringify(d)).join('\n---\n'));
    for (const d of docs) expectValidated(out, { kind: d.kind, name: d.metadata.name });
  });
});
