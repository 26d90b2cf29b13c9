import { describe, expect, it } from 'vitest';
import { checkDeprecations, findRemovedApi } from '../../src/verify/deprecations.js';
import { loadKubeApiSchema } from '../../src/verify/kube-api-schemas.js';
import { splitManifests } from '../../src/verify/render.js';
import { validateSchemas, withoutNulls } from '../../src/verify/schema.js';
import type { KubeObject, RenderedObject } from '../../src/verify/types.js';

const wrap = (...objects: KubeObject[]): RenderedObject[] => objects.map((object, index) => ({ source: 'inline', index, object }));
const messages = async (o: KubeObject, kubeVersions = ['1.24', '1.34']) =>
  (await validateSchemas(wrap(o), { kubeVersions })).map((f) => `${f.kubeVersion ?? '-'} ${f.rule} ${f.message}`);

const service: KubeObject = {
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 's', labels: { a: 'b' } },
  spec: { selector: { a: 'b' }, ports: [{ name: 'http', port: 3456, targetPort: 'http' }] },
};

describe('Kubernetes schemas (cdk8s-plus-24 = k8s 1.24, cdk8s-plus-34 = k8s 1.34)', () => {
  it('loads both releases with their own API sets', async () => {
    const old = await loadKubeApiSchema('1.24');
    const cur = await loadKubeApiSchema('v1.34.1');
    // policy/v1beta1 PodSecurityPolicy was served by 1.24 and removed in 1.25.
    expect(old.kinds.has('policy/v1beta1 PodSecurityPolicy')).toBe(true);
    expect(cur.kinds.has('policy/v1beta1 PodSecurityPolicy')).toBe(false);
    // resource.k8s.io/v1 (DRA GA) exists only in the newer release.
    expect(cur.kinds.has('resource.k8s.io/v1 ResourceClaim')).toBe(true);
    expect(old.kinds.has('resource.k8s.io/v1 ResourceClaim')).toBe(false);
    await expect(loadKubeApiSchema('1.19')).rejects.toThrow(/no Kubernetes schema for 1.19/);
  });

  it('a valid Service passes on both releases', async () => {
    expect(await messages(service)).toEqual([]);
  });

  it('unknown fields are errors (strict), at any depth', async () => {
    const bad = { ...service, spec: { ...(service.spec as object), sessionAfinity: 'ClientIP' } };
    expect(await messages(bad)).toEqual(['1.24 schema /spec: unknown field "sessionAfinity"', '1.34 schema /spec: unknown field "sessionAfinity"']);
  });

  it('wrong types and missing required fields are errors', async () => {
    const dep: KubeObject = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'd' },
      spec: { replicas: 'two', template: { spec: { containers: [{ image: 'x:1' }] } } },
    };
    const got = await messages(dep, ['1.34']);
    expect(got).toContain('1.34 schema /spec: missing required field "selector"');
    expect(got).toContain('1.34 schema /spec/replicas: must be number');
    expect(got).toContain('1.34 schema /spec/template/spec/containers/0: missing required field "name"');
  });

  it('a field added after 1.24 is unknown to 1.24 only', async () => {
    // Service spec.trafficDistribution arrived in Kubernetes 1.30.
    const svc = { ...service, spec: { ...(service.spec as object), trafficDistribution: 'PreferClose' } };
    expect(await messages(svc)).toEqual(['1.24 schema /spec: unknown field "trafficDistribution"']);
  });

  it('an API removed after 1.24 is unknown to the newest release', async () => {
    const pdb: KubeObject = { apiVersion: 'policy/v1beta1', kind: 'PodDisruptionBudget', metadata: { name: 'p' }, spec: { minAvailable: 1 } };
    expect(await messages(pdb)).toEqual([
      '1.34 unknown-kind policy/v1beta1 PodDisruptionBudget is not served by Kubernetes 1.34 and no schema is known for it',
    ]);
  });

  it('unknown kinds never pass silently', async () => {
    const odd: KubeObject = { apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' } };
    expect(await messages(odd)).toHaveLength(2);
    expect((await messages({ metadata: { name: 'x' } }))[0]).toMatch(/no apiVersion or kind/);
  });

  it('null means unset, as for the API server', async () => {
    expect(withoutNulls({ a: null, b: [{ c: null, d: 1 }] })).toEqual({ b: [{ d: 1 }] });
    const withNull = { ...service, metadata: { name: 's', creationTimestamp: null } };
    expect(await messages(withNull)).toEqual([]);
  });

  it('HTTPRoute is checked with the Gateway API schema', async () => {
    const route: KubeObject = {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'HTTPRoute',
      metadata: { name: 'r' },
      spec: { parentRefs: [{ name: 'gw' }], rules: [{ backendRefs: [{ name: 's', port: 3456 }] }] },
    };
    expect(await messages(route)).toEqual([]);
    const bad = { ...route, spec: { parentRefs: [{ name: 'gw' }], rules: [{ backendRefs: [{ name: 's', port: 'http' }] }] } };
    expect((await messages(bad)).join('\n')).toMatch(/backendRefs\/0\/port must be integer/);
    // Unknown fields, which the CRD schema itself lets through, are reported at any depth.
    const typo = { ...route, spec: { parentRefs: [{ name: 'gw', sectionNmae: 'https' }], rules: [{ timeouts: { request: '10s', idle: '5s' }, backendRefs: [{ name: 's', port: 3456 }] }] } };
    expect(await messages(typo)).toEqual(['- schema /spec/parentRefs/0: unknown field "sectionNmae"', '- schema /spec/rules/0/timeouts: unknown field "idle"']);
  });

  it('ToolHive MCPServer is checked strictly against our schema of the v1beta1 CRD', async () => {
    const mcp: KubeObject = {
      apiVersion: 'toolhive.stacklok.dev/v1beta1',
      kind: 'MCPServer',
      metadata: { name: 'dot-ai' },
      spec: { image: 'ghcr.io/vfarcic/dot-ai:1.6.1', transport: 'streamable-http', mcpPort: 3456, proxyPort: 8080 },
    };
    expect(await messages(mcp)).toEqual([]);
    const typo = { ...mcp, spec: { ...(mcp.spec as object), transport: 'http', prot: 1 } };
    expect(await messages(typo)).toEqual(['- schema /spec: unknown field "prot"', '- schema /spec/transport: must be equal to one of the allowed values']);
    // spec.podTemplateSpec is merged into a real pod template, so it is checked as one.
    const pts = { ...mcp, spec: { ...(mcp.spec as object), podTemplateSpec: { spec: { containers: [{ name: 'mcp', securityContext: { readOnlyRootFs: true } }] } } } };
    expect(await messages(pts)).toEqual([
      '1.24 schema /spec/podTemplateSpec/spec/containers/0/securityContext: unknown field "readOnlyRootFs"',
      '1.34 schema /spec/podTemplateSpec/spec/containers/0/securityContext: unknown field "readOnlyRootFs"',
    ]);
  });
});

describe('removed APIs', () => {
  it('knows the removals that matter for >= 1.24 clusters', () => {
    expect(findRemovedApi('policy/v1beta1', 'PodDisruptionBudget')?.removedIn).toBe('1.25');
    expect(findRemovedApi('policy/v1beta1', 'PodSecurityPolicy')?.removedIn).toBe('1.25');
    expect(findRemovedApi('autoscaling/v2beta1', 'HorizontalPodAutoscaler')?.removedIn).toBe('1.25');
    expect(findRemovedApi('autoscaling/v2beta2', 'HorizontalPodAutoscaler')?.removedIn).toBe('1.26');
    expect(findRemovedApi('batch/v1beta1', 'CronJob')?.removedIn).toBe('1.25');
    expect(findRemovedApi('networking.k8s.io/v1beta1', 'Ingress')?.removedIn).toBe('1.22');
    expect(findRemovedApi('apps/v1beta2', 'StatefulSet')?.removedIn).toBe('1.16');
    expect(findRemovedApi('flowcontrol.apiserver.k8s.io/v1beta3', 'FlowSchema')?.removedIn).toBe('1.32');
    expect(findRemovedApi('apps/v1', 'Deployment')).toBeUndefined();
    expect(findRemovedApi('policy/v1', 'PodDisruptionBudget')).toBeUndefined();
  });

  it('flags an object using a removed API and passes a current one', () => {
    const hpa = (apiVersion: string): KubeObject => ({ apiVersion, kind: 'HorizontalPodAutoscaler', metadata: { name: 'h' } });
    expect(checkDeprecations(wrap(hpa('autoscaling/v2')))).toEqual([]);
    const [f] = checkDeprecations(wrap(hpa('autoscaling/v2beta2')));
    expect(f).toMatchObject({ check: 'deprecation', rule: 'removed-api', kind: 'HorizontalPodAutoscaler', name: 'h', kubeVersion: '1.26' });
    expect(f?.message).toMatch(/use autoscaling\/v2/);
  });
});

describe('splitting helm output', () => {
  it('keeps each object with its # Source template and drops empty documents', () => {
    const out = [
      '---',
      '# Source: dot-ai/templates/service.yaml',
      'apiVersion: v1',
      'kind: Service',
      'metadata: {name: a}',
      '---',
      '# Source: dot-ai/templates/empty.yaml',
      '---',
      '# Source: dot-ai/templates/rbac.yaml',
      'apiVersion: v1',
      'kind: ServiceAccount',
      'metadata: {name: b}',
      '---',
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata: {name: c}',
    ].join('\n');
    const objs = splitManifests(out, 'raw.yaml');
    expect(objs.map((o) => `${o.index} ${o.source} ${String(o.object.kind)}`)).toEqual([
      '0 dot-ai/templates/service.yaml Service',
      '1 dot-ai/templates/rbac.yaml ServiceAccount',
      '2 raw.yaml ConfigMap',
    ]);
  });

  it('rejects duplicate keys and non-mapping documents', () => {
    expect(() => splitManifests('a: 1\na: 2\n')).toThrow(/invalid YAML/);
    expect(() => splitManifests('- a\n- b\n')).toThrow(/not a mapping/);
  });
});
