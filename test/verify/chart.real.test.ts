/**
 * The dot-ai chart with real Helm 3 and Helm 4: `helm lint --strict`, then every example values
 * file and every documented option combination rendered for Kubernetes 1.24 and 1.34 and checked
 * against both API schemas, the removed-API table and the policy rules.
 */
import { basename } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatFinding, verifyChart } from '../../src/verify/index.js';
import { execChecked } from '../../src/tools/exec.js';
import { Helm } from '../../src/tools/helm.js';
import type { RenderedObject, VerifyResult } from '../../src/verify/index.js';
import { chartDir, HELM_VERSIONS, helmExamplesDir, listFiles, toolPath } from './tools-helpers.js';

const exampleValues = listFiles(helmExamplesDir, ['.yaml', '.yml']);

type Objects = RenderedObject['object'][];
const find = (objs: Objects, kind: string) => objs.filter((o) => o.kind === kind);
const byName = (objs: Objects, kind: string, suffix: string) => objs.find((o) => o.kind === kind && String(o.metadata?.name).endsWith(suffix));
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

interface Combo {
  name: string;
  values: Record<string, unknown>;
  /** What this combination must produce, on top of passing every check. */
  expectObjects: (objs: Objects) => void;
}

/** Documented options (charts/dot-ai/values.yaml), each turned on alone. */
const COMBOS: Combo[] = [
  {
    name: 'defaults',
    values: {},
    expectObjects: (o) => {
      // dot-ai and its agentic-tools plugin, listed in the plugins ConfigMap mounted at /etc/dot-ai.
      expect(find(o, 'Deployment').map((d) => d.metadata?.name)).toEqual(['dot-ai', 'dot-ai-agentic-tools']);
      const plugins = byName(o, 'ConfigMap', '-plugins') as Any;
      expect(JSON.parse(plugins.data['plugins.json'])).toEqual([{ name: 'agentic-tools', url: 'http://dot-ai-agentic-tools:8080' }]);
      const server = byName(o, 'Deployment', 'dot-ai') as Any;
      expect(server.spec.template.spec.containers[0].volumeMounts).toContainEqual({ name: 'plugins', mountPath: '/etc/dot-ai', readOnly: true });
      const plugin = byName(o, 'Deployment', '-agentic-tools') as Any;
      expect(plugin.spec.template.spec.containers[0].image).toMatch(/^ghcr\.io\/vfarcic\/dot-ai-agentic-tools:\d+\.\d+\.\d+/);
      expect(plugin.spec.template.spec.containers[0].env).toContainEqual({ name: 'QDRANT_URL', value: 'http://dot-ai-qdrant.dot-ai.svc:6333' });
      expect(byName(o, 'ConfigMap', 'dot-ai') as Any).toMatchObject({ data: { DOT_AI_TELEMETRY: 'false' } });
      // No token given: no auth Secret and no DOT_AI_AUTH_TOKEN (the notes warn; dot-ai refuses requests).
      expect(JSON.stringify(server)).not.toContain('DOT_AI_AUTH_TOKEN');
      expect(byName(o, 'Secret', '-auth')).toBeUndefined();
      expect(find(o, 'StatefulSet')).toHaveLength(1); // bundled Qdrant
      expect(find(o, 'ClusterRole')).toHaveLength(1); // rbac preset view
      expect(find(o, 'Ingress').length + find(o, 'HTTPRoute').length + find(o, 'HorizontalPodAutoscaler').length).toBe(0);
    },
  },
  {
    name: 'ingress',
    values: { ingress: { enabled: true, className: 'nginx', tls: [{ secretName: 'dot-ai-tls', hosts: ['dot-ai.example.com'] }] } },
    expectObjects: (o) => {
      const [ing] = find(o, 'Ingress') as Any[];
      expect(ing.apiVersion).toBe('networking.k8s.io/v1');
      expect(ing.spec.ingressClassName).toBe('nginx');
    },
  },
  {
    name: 'httpRoute',
    values: { httpRoute: { enabled: true, parentRefs: [{ name: 'gw', namespace: 'gateway', sectionName: 'https' }], hostnames: ['dot-ai.example.com'], timeouts: { request: '3600s' } } },
    expectObjects: (o) => {
      const [route] = find(o, 'HTTPRoute') as Any[];
      expect(route.apiVersion).toBe('gateway.networking.k8s.io/v1');
      expect(route.spec.parentRefs[0].name).toBe('gw');
    },
  },
  {
    name: 'autoscaling',
    values: { autoscaling: { enabled: true, minReplicas: 2, maxReplicas: 6, targetMemoryUtilizationPercentage: 75 } },
    expectObjects: (o) => {
      const [hpa] = find(o, 'HorizontalPodAutoscaler') as Any[];
      expect(hpa.apiVersion).toBe('autoscaling/v2');
      expect([hpa.spec.minReplicas, hpa.spec.maxReplicas]).toEqual([2, 6]);
      expect((find(o, 'Deployment')[0] as Any).spec.replicas).toBeUndefined();
      expect(find(o, 'PodDisruptionBudget')).toHaveLength(1);
    },
  },
  {
    name: 'replicas 3 (PodDisruptionBudget)',
    values: { replicaCount: 3 },
    expectObjects: (o) => {
      expect((find(o, 'PodDisruptionBudget')[0] as Any).apiVersion).toBe('policy/v1');
      expect((find(o, 'Deployment')[0] as Any).spec.replicas).toBe(3);
    },
  },
  {
    name: 'networkPolicy',
    values: { networkPolicy: { enabled: true } },
    expectObjects: (o) => expect(find(o, 'NetworkPolicy').length).toBeGreaterThanOrEqual(2),
  },
  {
    name: 'networkPolicy with external Qdrant',
    values: { networkPolicy: { enabled: true }, qdrant: { enabled: false, external: { url: 'https://qdrant.example.com:6333' } } },
    expectObjects: (o) => {
      expect(find(o, 'NetworkPolicy').length).toBeGreaterThanOrEqual(1);
      expect(JSON.stringify(find(o, 'NetworkPolicy'))).toContain('6333');
    },
  },
  {
    name: 'rbac preset edit (namespaced)',
    values: { rbac: { preset: 'edit', namespaced: true, namespaces: ['apps', 'staging'] } },
    expectObjects: (o) => {
      expect(find(o, 'Role').length).toBe(2);
      expect(find(o, 'RoleBinding').length).toBe(2);
      expect(JSON.stringify(find(o, 'Role'))).toMatch(/"create"|"patch"|"update"/);
    },
  },
  {
    name: 'rbac preset edit (cluster-wide)',
    values: { rbac: { preset: 'edit', namespaced: false } },
    expectObjects: (o) => {
      expect(find(o, 'Role')).toHaveLength(0);
      expect(JSON.stringify(find(o, 'ClusterRole'))).toMatch(/"create"|"patch"|"update"/);
    },
  },
  {
    name: 'rbac preset none',
    values: { rbac: { preset: 'none' } },
    expectObjects: (o) => expect([...find(o, 'Role'), ...find(o, 'ClusterRole'), ...find(o, 'RoleBinding'), ...find(o, 'ClusterRoleBinding')]).toEqual([]),
  },
  {
    name: 'sessions persistence',
    values: { sessions: { persistence: { enabled: true, size: '2Gi' } } },
    expectObjects: (o) => {
      const pvc = find(o, 'PersistentVolumeClaim') as Any[];
      expect(pvc.map((p) => p.spec.resources.requests.storage)).toContain('2Gi');
      expect((find(o, 'Deployment')[0] as Any).spec.strategy.type).toBe('Recreate');
    },
  },
  {
    name: 'qdrant api key (inline)',
    values: { qdrant: { apiKey: 'test-only-qdrant-key' } },
    expectObjects: (o) => {
      const sts = JSON.stringify(find(o, 'StatefulSet'));
      expect(sts).toContain('QDRANT__SERVICE__API_KEY');
      expect(sts).not.toContain('test-only-qdrant-key'); // read from the Secret, not inlined
    },
  },
  {
    name: 'qdrant api key (existing secret)',
    values: { qdrant: { existingSecret: 'my-qdrant-key' } },
    expectObjects: (o) => expect(JSON.stringify(find(o, 'StatefulSet'))).toContain('my-qdrant-key'),
  },
  {
    name: 'qdrant persistence off',
    values: { qdrant: { persistence: { enabled: false } } },
    expectObjects: (o) => expect((find(o, 'StatefulSet')[0] as Any).spec.volumeClaimTemplates ?? []).toEqual([]),
  },
  {
    name: 'external qdrant with existing secret',
    values: { qdrant: { enabled: false, external: { url: 'https://qdrant.example.com:6333', existingSecret: 'ext-qdrant' } } },
    expectObjects: (o) => {
      expect(find(o, 'StatefulSet')).toHaveLength(0);
      const dep = JSON.stringify(find(o, 'Deployment'));
      expect(dep).toContain('ext-qdrant');
      expect(JSON.stringify(o)).toContain('https://qdrant.example.com:6333');
    },
  },
  {
    name: 'auth token inline (dot-ai\'s secrets.auth.token)',
    values: { secrets: { auth: { token: 'test-only-token' } } },
    expectObjects: (o) => {
      const secret = byName(o, 'Secret', '-auth') as Any;
      expect(Object.keys(secret.data)).toEqual(['auth-token']);
      const env = (byName(o, 'Deployment', 'dot-ai') as Any).spec.template.spec.containers[0].env;
      expect(env).toContainEqual({ name: 'DOT_AI_AUTH_TOKEN', valueFrom: { secretKeyRef: { name: 'dot-ai-auth', key: 'auth-token' } } });
      expect(JSON.stringify(find(o, 'Deployment'))).not.toContain('test-only-token');
    },
  },
  {
    name: 'auth token from an existing secret',
    values: { secrets: { auth: { existingSecret: 'my-token', keyName: 'token' } } },
    expectObjects: (o) => {
      expect(byName(o, 'Secret', '-auth')).toBeUndefined();
      const env = (byName(o, 'Deployment', 'dot-ai') as Any).spec.template.spec.containers[0].env;
      expect(env).toContainEqual({ name: 'DOT_AI_AUTH_TOKEN', valueFrom: { secretKeyRef: { name: 'my-token', key: 'token' } } });
    },
  },
  {
    name: 'plugin off',
    values: { plugins: { 'agentic-tools': { enabled: false } } },
    expectObjects: (o) => {
      expect(find(o, 'Deployment')).toHaveLength(1);
      expect(byName(o, 'ConfigMap', '-plugins')).toBeUndefined();
      expect(JSON.stringify(find(o, 'Deployment'))).not.toContain('/etc/dot-ai');
    },
  },
  {
    name: 'plugin with an external Qdrant and network policies',
    values: { networkPolicy: { enabled: true }, qdrant: { enabled: false, external: { url: 'https://qdrant.example.com:6333', existingSecret: 'ext-qdrant' } } },
    expectObjects: (o) => {
      const plugin = byName(o, 'Deployment', '-agentic-tools') as Any;
      expect(plugin.spec.template.spec.containers[0].env).toContainEqual({ name: 'QDRANT_URL', value: 'https://qdrant.example.com:6333' });
      expect(JSON.stringify(plugin)).toContain('ext-qdrant');
      expect(byName(o, 'NetworkPolicy', '-agentic-tools')).toBeDefined();
    },
  },
  {
    name: 'AI keys from an existing secret',
    values: { secrets: { existingSecret: 'dot-ai-keys' } },
    expectObjects: (o) => expect(JSON.stringify(find(o, 'Deployment'))).toContain('dot-ai-keys'),
  },
  {
    name: 'AI key inline',
    values: { secrets: { anthropicApiKey: 'sk-test-only' } },
    expectObjects: (o) => {
      const secret = byName(o, 'Secret', '') as Any;
      expect(secret).toBeDefined();
      expect(JSON.stringify(find(o, 'Deployment'))).not.toContain('sk-test-only');
    },
  },
];

for (const helm of HELM_VERSIONS) {
  describe(`${helm}: lint --strict`, () => {
    it('charts/dot-ai with its defaults', async () => {
      const { stdout } = await execChecked('tool', toolPath(helm), ['lint', '--strict', chartDir]);
      expect(stdout).toMatch(/1 chart\(s\) linted, 0 chart\(s\) failed/);
    });
    it.each(exampleValues.map((f) => [basename(f), f]))('with %s', async (_n, file) => {
      const { stdout } = await execChecked('tool', toolPath(helm), ['lint', '--strict', chartDir, '-f', file]);
      expect(stdout).toMatch(/0 chart\(s\) failed/);
    });
  });

  describe(`${helm}: render + schema (k8s 1.24 and 1.34) + removed APIs + policy`, () => {
    // One render per values set and Kubernetes version, shared by the assertions below.
    const results = new Map<string, VerifyResult>();
    const cases: { name: string; valuesFiles?: string[]; values?: Record<string, unknown>[]; combo?: Combo }[] = [
      ...exampleValues.map((f) => ({ name: `example ${basename(f)}`, valuesFiles: [f] })),
      ...COMBOS.map((c) => ({ name: c.name, values: [c.values], combo: c })),
    ];
    beforeAll(async () => {
      const helmTool = new Helm(toolPath(helm));
      for (const c of cases) {
        results.set(c.name, await verifyChart({ helm: helmTool, chartDir, releaseName: 'dot-ai', namespace: 'dot-ai', valuesFiles: c.valuesFiles, values: c.values }));
      }
    });

    it('examples/deployments/helm has example values files', () => {
      expect(exampleValues.length).toBeGreaterThan(0);
    });

    it.each(cases.map((c) => [c.name, c]))('%s: no findings', (name) => {
      const r = results.get(name);
      expect(r, 'render missing').toBeDefined();
      expect(r?.findings.map(formatFinding)).toEqual([]);
      expect(r?.waived).toEqual([]);
    });

    it.each(COMBOS.map((c) => [c.name, c]))('%s: renders what the option promises', (name, combo) => {
      for (const [, objs] of results.get(name)?.rendered ?? []) combo.expectObjects(objs.map((o) => o.object));
      expect(results.get(name)?.rendered.size).toBe(2);
    });
  });
}
