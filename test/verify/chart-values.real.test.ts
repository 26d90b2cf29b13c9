/**
 * Bad values must make real `helm template` and `helm lint --strict` (Helm 3 and Helm 4) fail
 * with an error that names the offending value: values.schema.json for shapes and types, `fail`
 * guards in the templates for combinations the schema cannot express.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { execChecked as run, ToolError } from '../../src/tools/exec.js';
import { Helm } from '../../src/tools/helm.js';
import { chartDir, HELM_VERSIONS, toolPath, valuePathPattern } from './tools-helpers.js';

interface BadCase {
  name: string;
  /** `schema`: refused by values.schema.json (template and lint fail). `guard`: a `fail` in the templates. */
  by: 'schema' | 'guard';
  values: Record<string, unknown>;
  /** Every pattern must appear in helm's stderr. */
  names: RegExp[];
}

const path = valuePathPattern;
const BAD: BadCase[] = [
  { name: 'replicaCount is a word', by: 'schema', values: { replicaCount: 'two' }, names: [path('replicaCount')] },
  { name: 'unknown top-level key', by: 'schema', values: { replicas: 2 }, names: [/replicas\b(?!Count)/] },
  { name: 'unknown nested key', by: 'schema', values: { image: { repo: 'x' } }, names: [/\brepo\b/, path('image')] },
  { name: 'rbac.preset admin', by: 'schema', values: { rbac: { preset: 'admin' } }, names: [path('rbac.preset')] },
  { name: 'image.tag latest', by: 'schema', values: { image: { tag: 'latest' } }, names: [path('image.tag')] },
  { name: 'qdrant.image.tag latest', by: 'schema', values: { qdrant: { image: { tag: 'latest' } } }, names: [path('qdrant.image.tag')] },
  { name: 'image.pullPolicy Sometimes', by: 'schema', values: { image: { pullPolicy: 'Sometimes' } }, names: [path('image.pullPolicy')] },
  { name: 'service.port 99999', by: 'schema', values: { service: { port: 99999 } }, names: [path('service.port')] },
  { name: 'resources as a string', by: 'schema', values: { resources: 'lots' }, names: [path('resources')] },
  { name: 'qdrant.persistence.size a number', by: 'schema', values: { qdrant: { persistence: { size: 5 } } }, names: [path('qdrant.persistence.size')] },
  { name: 'rbac.extraRules with verb *', by: 'schema', values: { rbac: { extraRules: [{ apiGroups: [''], resources: ['pods'], verbs: ['*'] }] } }, names: [path('rbac.extraRules')] },
  { name: 'networkPolicy CIDR without prefix', by: 'guard', values: { networkPolicy: { kubernetesApiCIDRs: ['10.0.0.1'] } }, names: [path('networkPolicy.kubernetesApiCIDRs')] },
  { name: 'ingress and httpRoute both on', by: 'guard', values: { ingress: { enabled: true }, httpRoute: { enabled: true, parentRefs: [{ name: 'gw' }] } }, names: [/ingress\.enabled and httpRoute\.enabled/] },
  { name: 'httpRoute without parentRefs', by: 'guard', values: { httpRoute: { enabled: true } }, names: [/httpRoute\.parentRefs/] },
  { name: 'existingSecret and inline key both', by: 'guard', values: { secrets: { existingSecret: 'keys', anthropicApiKey: 'x' } }, names: [/secrets\.existingSecret/] },
  { name: 'auth token and existingSecret both', by: 'guard', values: { secrets: { auth: { token: 'x', existingSecret: 'k' } } }, names: [/secrets\.auth\.token and secrets\.auth\.existingSecret/] },
  { name: 'plugin image tag latest', by: 'schema', values: { plugins: { 'agentic-tools': { image: { tag: 'latest' } } } }, names: [path('plugins.agentic-tools.image.tag')] },
  { name: 'unknown plugin key', by: 'schema', values: { plugins: { 'agentic-tools': { replicas: 2 } } }, names: [/replicas/] },
  { name: 'qdrant apiKey and existingSecret both', by: 'guard', values: { qdrant: { apiKey: 'x', existingSecret: 'k' } }, names: [/qdrant\.apiKey and qdrant\.existingSecret/] },
  { name: 'qdrant disabled without external url', by: 'guard', values: { qdrant: { enabled: false } }, names: [/qdrant\.external\.url/] },
  { name: 'autoscaling max below min', by: 'guard', values: { autoscaling: { enabled: true, minReplicas: 4, maxReplicas: 2 } }, names: [/autoscaling\.maxReplicas/] },
];

const tmp = mkdtempSync(join(tmpdir(), 'kit-bad-values-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const fileFor = (c: BadCase): string => {
  const f = join(tmp, `${c.name.replace(/\W+/g, '-')}.yaml`);
  writeFileSync(f, stringify(c.values));
  return f;
};

async function stderrOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ToolError) return e.stderr;
    throw e;
  }
  throw new Error('helm accepted the bad values');
}

describe.each(HELM_VERSIONS)('%s refuses bad values and names them', (helm) => {
  it.each(BAD.map((c) => [c.name, c]))('template: %s', async (_n, c) => {
    const stderr = await stderrOf(new Helm(toolPath(helm)).template({ chartDir, valuesFiles: [fileFor(c)] }));
    for (const re of c.names) expect(stderr).toMatch(re);
  });

  const lint = async (c: BadCase): Promise<{ ok: boolean; output: string }> => {
    try {
      const r = await run('helm lint', toolPath(helm), ['lint', '--strict', chartDir, '-f', fileFor(c)]);
      return { ok: true, output: r.stdout + r.stderr };
    } catch (e) {
      if (e instanceof ToolError) return { ok: false, output: e.stdout + e.stderr };
      throw e;
    }
  };

  const schemaCases = BAD.filter((c) => c.by === 'schema');
  it.each(schemaCases.map((c) => [c.name, c]))('lint --strict fails: %s', async (_n, c) => {
    const r = await lint(c);
    expect(r.ok).toBe(false);
    expect(r.output).toMatch(/1 chart\(s\) failed/);
    for (const re of c.names) expect(r.output).toMatch(re);
  });

  // helm lint runs templates in lint mode, where `fail` is logged, not raised (Helm's own
  // behaviour): the guard's message must still show up in lint's output.
  const guardCases = BAD.filter((c) => c.by === 'guard');
  it.each(guardCases.map((c) => [c.name, c]))('lint --strict reports the guard message: %s', async (_n, c) => {
    const r = await lint(c);
    for (const re of c.names) expect(r.output).toMatch(re);
  });

  it('the same values minus the defect render fine (the failures are the defects, not the harness)', async () => {
    const out = await new Helm(toolPath(helm)).template({ chartDir, values: [{ replicaCount: 2, image: { tag: '1.6.1' }, rbac: { preset: 'edit' } }] });
    expect(out).toContain('kind: Deployment');
  });
});
