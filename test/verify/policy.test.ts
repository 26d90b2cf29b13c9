import { describe, expect, it } from 'vitest';
import { checkPolicies, imageProblems, parseWaiver, POLICY_RULES, type PolicyWaiver } from '../../src/verify/policy.js';
import type { KubeObject, RenderedObject } from '../../src/verify/types.js';

const labels = { 'app.kubernetes.io/name': 'dot-ai', 'app.kubernetes.io/instance': 'rel' };

/** A container that passes every rule; tests break one thing at a time. */
function goodContainer(): Record<string, unknown> {
  return {
    name: 'app',
    image: 'ghcr.io/vfarcic/dot-ai:1.6.1',
    securityContext: {
      runAsNonRoot: true,
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'] },
      seccompProfile: { type: 'RuntimeDefault' },
    },
    resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' } },
    livenessProbe: { httpGet: { path: '/healthz', port: 3456 } },
    readinessProbe: { httpGet: { path: '/healthz', port: 3456 } },
  };
}

function deployment(mutate: (pod: Record<string, unknown>, c: Record<string, unknown>) => void = () => {}): RenderedObject {
  const c = goodContainer();
  const pod: Record<string, unknown> = { containers: [c] };
  mutate(pod, c);
  const object: KubeObject = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'd', labels },
    spec: { selector: { matchLabels: labels }, template: { metadata: { labels }, spec: pod } },
  };
  return { source: 'inline', index: 0, object };
}

const sec = (c: Record<string, unknown>) => c.securityContext as Record<string, unknown>;
const rulesOf = (objs: RenderedObject[], waivers?: PolicyWaiver[]) =>
  checkPolicies(objs, { waivers }).findings.map((f) => f.rule);

describe('policy rules: one passing and one failing case each', () => {
  it('a fully hardened Deployment passes every rule', () => {
    expect(checkPolicies([deployment()]).findings).toEqual([]);
  });

  const failing: [string, (pod: Record<string, unknown>, c: Record<string, unknown>) => void][] = [
    ['run-as-non-root', (_p, c) => delete sec(c).runAsNonRoot],
    ['no-privilege-escalation', (_p, c) => (sec(c).allowPrivilegeEscalation = true)],
    ['capabilities', (_p, c) => (sec(c).capabilities = { drop: ['ALL'], add: ['SYS_ADMIN'] })],
    ['seccomp-profile', (_p, c) => (sec(c).seccompProfile = { type: 'Unconfined' })],
    ['host-namespaces', (p) => (p.hostNetwork = true)],
    ['host-path', (p) => (p.volumes = [{ name: 'h', hostPath: { path: '/var/run' } }])],
    ['privileged', (_p, c) => (sec(c).privileged = true)],
    ['read-only-root-filesystem', (_p, c) => (sec(c).readOnlyRootFilesystem = false)],
    ['resources', (_p, c) => (c.resources = { requests: { cpu: '1' } })],
    ['probes', (_p, c) => delete c.readinessProbe],
    ['image-tag', (_p, c) => (c.image = 'ghcr.io/vfarcic/dot-ai:latest')],
  ];
  it.each(failing)('%s fails when broken, and only that rule fails', (rule, mutate) => {
    expect([...new Set(rulesOf([deployment(mutate)]))]).toEqual([rule]);
  });

  it('every rule has a failing case above or below', () => {
    const covered = new Set([...failing.map(([r]) => r), 'labels', 'rbac-no-wildcards']);
    expect([...covered].sort()).toEqual(Object.keys(POLICY_RULES).sort());
  });

  it('run-as-non-root passes with runAsNonRoot at pod level only, fails for runAsUser 0', () => {
    const podLevel = deployment((p, c) => {
      delete sec(c).runAsNonRoot;
      p.securityContext = { runAsNonRoot: true };
    });
    expect(rulesOf([podLevel])).toEqual([]);
    const root = deployment((_p, c) => (sec(c).runAsUser = 0));
    expect(checkPolicies([root]).findings.map((f) => f.message)).toEqual(['runAsUser is 0 (root)']);
  });

  it('capabilities allows NET_BIND_SERVICE and requires drop ALL', () => {
    expect(rulesOf([deployment((_p, c) => (sec(c).capabilities = { drop: ['ALL'], add: ['NET_BIND_SERVICE'] }))])).toEqual([]);
    expect(rulesOf([deployment((_p, c) => (sec(c).capabilities = { drop: ['NET_RAW'] }))])).toEqual(['capabilities']);
  });

  it('seccomp-profile accepts Localhost at pod level and reports a missing profile', () => {
    const pod = deployment((p, c) => {
      delete sec(c).seccompProfile;
      p.securityContext = { seccompProfile: { type: 'Localhost', localhostProfile: 'p.json' } };
    });
    expect(rulesOf([pod])).toEqual([]);
    const none = deployment((_p, c) => delete sec(c).seccompProfile);
    expect(checkPolicies([none]).findings[0]?.message).toMatch(/not set/);
  });

  it('probes are not required on helm test hook pods and Jobs, but are on plain Pods', () => {
    const c = goodContainer();
    delete c.livenessProbe;
    delete c.readinessProbe;
    const testPod: KubeObject = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 't', labels, annotations: { 'helm.sh/hook': 'test' } },
      spec: { containers: [c], restartPolicy: 'Never' },
    };
    const job: KubeObject = { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'j', labels }, spec: { template: { spec: { containers: [c] } } } };
    const plain: KubeObject = { ...testPod, metadata: { name: 'p', labels } };
    const objs = [testPod, job, plain].map((object, index) => ({ source: 's', index, object }));
    const findings = checkPolicies(objs).findings;
    expect(findings.map((f) => `${f.name}:${f.rule}:${f.message}`)).toEqual(['p:probes:livenessProbe is not set', 'p:probes:readinessProbe is not set']);
  });

  it('labels: name plus instance or part-of are required on every object', () => {
    const cm = (l: Record<string, string>): RenderedObject => ({ source: 's', index: 0, object: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', labels: l } } });
    expect(rulesOf([cm(labels)])).toEqual([]);
    expect(rulesOf([cm({ 'app.kubernetes.io/name': 'x', 'app.kubernetes.io/part-of': 'y' })])).toEqual([]);
    expect(checkPolicies([cm({ 'app.kubernetes.io/name': 'x' })]).findings.map((f) => f.message)).toEqual([
      'label app.kubernetes.io/instance (or app.kubernetes.io/part-of) is missing',
    ]);
  });

  it('rbac-no-wildcards flags * in verbs, resources and apiGroups', () => {
    const role = (rules: unknown[]): RenderedObject => ({ source: 's', index: 0, object: { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'r', labels }, rules } });
    expect(rulesOf([role([{ apiGroups: [''], resources: ['pods'], verbs: ['get', 'list'] }])])).toEqual([]);
    const bad = checkPolicies([role([{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }])]).findings.map((f) => f.message);
    expect(bad).toEqual(['rules[0].verbs has a wildcard', 'rules[0].resources has a wildcard', 'rules[0].apiGroups has a wildcard']);
  });

  it('image-tag: tag or digest required, latest refused; MCPServer spec.image checked too', () => {
    expect(imageProblems('ghcr.io/vfarcic/dot-ai:1.6.1')).toEqual([]);
    expect(imageProblems(`ghcr.io/vfarcic/dot-ai@sha256:${'a'.repeat(64)}`)).toEqual([]);
    expect(imageProblems('localhost:5000/dot-ai')).toEqual(['image localhost:5000/dot-ai has no tag (means latest)']);
    expect(imageProblems('dot-ai:latest')).toEqual(['image dot-ai:latest uses the mutable tag latest']);
    expect(imageProblems(undefined)).toEqual(['image is not set']);
    const mcp: RenderedObject = { source: 's', index: 0, object: { apiVersion: 'toolhive.stacklok.dev/v1beta1', kind: 'MCPServer', metadata: { name: 'm', labels }, spec: { image: 'ghcr.io/vfarcic/dot-ai' } } };
    expect(rulesOf([mcp])).toEqual(['image-tag']);
  });

  it('a waived rule yields no findings and hands back its reason', () => {
    const r = checkPolicies([deployment((_p, c) => (sec(c).readOnlyRootFilesystem = false))], {
      waivers: [{ rule: 'read-only-root-filesystem', reason: 'the app writes to its install dir' }],
    });
    expect(r.findings).toEqual([]);
    expect(r.waived).toEqual([{ rule: 'read-only-root-filesystem', reason: 'the app writes to its install dir' }]);
  });

  it('waiving an unknown rule or without a reason is an error', () => {
    expect(() => checkPolicies([], { waivers: [{ rule: 'no-such-rule', reason: 'x' }] })).toThrow(/unknown policy rule "no-such-rule"/);
    expect(() => checkPolicies([], { waivers: [{ rule: 'probes', reason: ' ' }] })).toThrow(/without a reason/);
  });

  it('a waiver scoped to one object leaves the same rule on every other object', () => {
    const readOnly = (_p: Record<string, unknown>, c: Record<string, unknown>) => (sec(c).readOnlyRootFilesystem = false);
    const a = deployment(readOnly);
    const b = deployment(readOnly);
    (b.object.metadata as { name: string }).name = 'other';
    const waiver = parseWaiver('read-only-root-filesystem@Deployment/d=writes its cache', 'input skip-policies');
    expect(waiver).toEqual({ rule: 'read-only-root-filesystem', reason: 'writes its cache', scope: { kind: 'Deployment', name: 'd' } });
    const findings = checkPolicies([a, b], { waivers: [waiver] }).findings;
    expect(findings.map((f) => `${f.kind}/${f.name}:${f.rule}`)).toEqual(['Deployment/other:read-only-root-filesystem']);
  });

  it('a waiver scoped to a subchart covers only that subchart\'s templates', () => {
    const noProbes = (_p: Record<string, unknown>, c: Record<string, unknown>) => {
      delete c.readinessProbe;
      delete c.livenessProbe;
    };
    const sub = { ...deployment(noProbes), source: 'dot-ai/charts/qdrant/templates/statefulset.yaml' };
    const own = { ...deployment(noProbes), source: 'dot-ai/templates/deployment.yaml' };
    const waiver = parseWaiver('probes@charts/qdrant=vendored chart', 'input skip-policies');
    const findings = checkPolicies([sub, own], { waivers: [waiver] }).findings;
    expect(findings.every((f) => f.source === 'dot-ai/templates/deployment.yaml')).toBe(true);
    expect(findings.map((f) => f.rule)).toContain('probes');
  });

  it.each([
    ['probes', /must be rule=reason/],
    ['probes=', /must be rule=reason/],
    ['nope=x', /unknown policy rule "nope"/],
    ['probes@Deployment=x', /scope "Deployment" .* must be Kind\/name or charts\/SUBCHART/],
  ])('the waiver %j is refused naming the input', (entry, message) => {
    expect(() => parseWaiver(entry, 'input skip-policies')).toThrow(message);
    expect(() => parseWaiver(entry, 'input skip-policies')).toThrow(/^input skip-policies: /);
  });

  it('a wildcard in nonResourceURLs is a wildcard', () => {
    const role: RenderedObject = { source: 's', index: 0, object: { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'r', labels }, rules: [{ nonResourceURLs: ['*'], verbs: ['get'] }] } };
    expect(checkPolicies([role]).findings.map((f) => f.message)).toEqual(['rules[0].nonResourceURLs has a wildcard']);
  });

  it('findings name the object, the container and the rule', () => {
    const [f] = checkPolicies([deployment((_p, c) => (sec(c).privileged = true))]).findings;
    expect(f).toMatchObject({ check: 'policy', rule: 'privileged', kind: 'Deployment', name: 'd', container: 'app', message: 'privileged is true' });
  });
});
