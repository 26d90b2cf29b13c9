import { describe, expect, it } from 'vitest';
import { checkPolicies, covers, describeWaiver, imageProblems, parseWaiver, POLICY_RULES, subchartsOf, waiverFromMap, type PolicyWaiver } from '../../src/verify/policy.js';
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

  it('a waived rule fails nothing: its findings come back apart, each with the waiver and its reason', () => {
    const waiver = { rule: 'read-only-root-filesystem', reason: 'the app writes to its install dir' };
    const r = checkPolicies([deployment((_p, c) => (sec(c).readOnlyRootFilesystem = false))], { waivers: [waiver] });
    expect(r.findings).toEqual([]);
    expect(r.waivedFindings).toHaveLength(1);
    expect(r.waivedFindings[0]).toMatchObject({ rule: 'read-only-root-filesystem', waiver: { reason: 'the app writes to its install dir' } });
    expect(r.waivedFindings[0]?.waiver).toBe(waiver);
    expect(r.waived).toEqual([waiver]);
  });

  it('waiving an unknown rule, without a reason, or every rule without a scope is an error naming where it was written', () => {
    expect(() => checkPolicies([], { waivers: [{ rule: 'no-such-rule', reason: 'x', origin: 'somewhere' }] })).toThrow(/^somewhere: unknown policy rule "no-such-rule"/);
    expect(() => checkPolicies([], { waivers: [{ rule: 'probes', reason: ' ' }] })).toThrow(/without a reason/);
    expect(() => checkPolicies([], { waivers: [{ rule: '*', reason: 'x' }] })).toThrow(/\* needs a scope/);
  });

  it('a waiver scoped to one object leaves the same rule on every other object', () => {
    const readOnly = (_p: Record<string, unknown>, c: Record<string, unknown>) => (sec(c).readOnlyRootFilesystem = false);
    const a = deployment(readOnly);
    const b = deployment(readOnly);
    (b.object.metadata as { name: string }).name = 'other';
    const waiver = parseWaiver('read-only-root-filesystem@Deployment/d=writes its cache', 'input skip-policies');
    expect(waiver).toEqual({ rule: 'read-only-root-filesystem', reason: 'writes its cache', object: { kind: 'Deployment', name: 'd' }, origin: 'input skip-policies' });
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

describe('waivers: the string form (inputs, and the config) and the map form (the config)', () => {
  it.each<[string, Omit<PolicyWaiver, 'origin'>]>([
    ['probes=runs to completion', { rule: 'probes', reason: 'runs to completion' }],
    ['capabilities@charts/qdrant=vendored', { rule: 'capabilities', reason: 'vendored', subchart: 'qdrant' }],
    ['*@charts/qdrant=vendored, upstream defaults', { rule: '*', reason: 'vendored, upstream defaults', subchart: 'qdrant' }],
    ['*@Pod/dot-ai-qdrant-test=a test hook', { rule: '*', reason: 'a test hook', object: { kind: 'Pod', name: 'dot-ai-qdrant-test' } }],
    [' rbac-no-wildcards @ ClusterRole/dot-ai = by design: a=b ', { rule: 'rbac-no-wildcards', reason: 'by design: a=b', object: { kind: 'ClusterRole', name: 'dot-ai' } }],
  ])('%j', (entry, expected) => {
    expect(parseWaiver(entry, 'input skip-policies[0]')).toEqual({ ...expected, origin: 'input skip-policies[0]' });
  });

  it.each([
    ['probes', /must be rule=reason/],
    ['probes=', /must be rule=reason/],
    ['nope=x', /unknown policy rule "nope"; known: run-as-non-root, .*image-tag, or \* with a scope \(see docs\/policy.md\)/],
    ['*=x', /\* needs a scope/],
    ['probes@Deployment=x', /scope "Deployment" .* must be Kind\/name or charts\/SUBCHART/],
    ['probes@charts/a/charts/b=x', /scope: "charts\/a\/charts\/b" is not a subchart name/],
    ['probes@charts/qdrant@Pod/x=y', /more than one @scope/],
  ])('the waiver %j is refused naming the input and index', (entry, message) => {
    expect(() => parseWaiver(entry, 'input skip-policies[3]')).toThrow(message);
    expect(() => parseWaiver(entry, 'input skip-policies[3]')).toThrow(/^input skip-policies\[3\]: /);
  });

  it('the map form takes a rule, an object, a subchart (with or without charts/) and a reason', () => {
    const what = 'dot-ai-release.yaml: chart.policy.waive[1]';
    expect(waiverFromMap({ rule: 'probes', subchart: 'charts/qdrant', object: 'StatefulSet/dot-ai-qdrant', reason: ' no liveness upstream ' }, what)).toEqual({
      rule: 'probes', reason: 'no liveness upstream', subchart: 'qdrant', object: { kind: 'StatefulSet', name: 'dot-ai-qdrant' }, origin: what,
    });
    expect(waiverFromMap({ rule: '*', subchart: 'qdrant', reason: 'vendored' }, what)).toMatchObject({ rule: '*', subchart: 'qdrant' });
  });

  it.each<[Parameters<typeof waiverFromMap>[0], string]>([
    [{ rule: 'capabilites', reason: 'x' }, 'dot-ai-release.yaml: chart.policy.waive[2].rule: unknown policy rule "capabilites"'],
    [{ rule: 'probes', reason: '  ' }, 'dot-ai-release.yaml: chart.policy.waive[2].reason: is empty'],
    [{ rule: '*', reason: 'x' }, 'dot-ai-release.yaml: chart.policy.waive[2].rule: * needs a scope'],
    [{ rule: 'probes', object: 'dot-ai', reason: 'x' }, 'dot-ai-release.yaml: chart.policy.waive[2].object: "dot-ai" is not Kind/name'],
    [{ rule: 'probes', subchart: 'charts/', reason: 'x' }, 'dot-ai-release.yaml: chart.policy.waive[2].subchart: "charts/" is not a subchart name'],
  ])('the map %j is refused naming the field', (entry, message) => {
    expect(() => waiverFromMap(entry, 'dot-ai-release.yaml: chart.policy.waive[2]')).toThrow(message);
  });

  it('is printed back in the string form', () => {
    expect(describeWaiver({ rule: '*', reason: 'x', subchart: 'qdrant' })).toBe('*@charts/qdrant');
    expect(describeWaiver({ rule: 'probes', reason: 'x', object: { kind: 'Pod', name: 'p' } })).toBe('probes@Pod/p');
    expect(describeWaiver({ rule: 'probes', reason: 'x' })).toBe('probes');
    expect(describeWaiver({ rule: 'probes', reason: 'x', subchart: 'q', object: { kind: 'Pod', name: 'p' } })).toBe('probes@charts/q Pod/p');
  });
});

describe('waiver scopes', () => {
  const noHardening = (_p: Record<string, unknown>, c: Record<string, unknown>) => delete c.securityContext;
  const at = (source: string, name = 'd'): RenderedObject => {
    const o = deployment(noHardening);
    (o.object.metadata as { name: string }).name = name;
    return { ...o, source };
  };
  const own = at('dot-ai/templates/deployment.yaml');
  const qdrant = at('dot-ai/charts/qdrant/templates/statefulset.yaml', 'dot-ai-qdrant');
  const nested = at('dot-ai/charts/qdrant/charts/tools/templates/job.yaml', 'tools');
  const notASubchart = at('dot-ai/templates/charts/qdrant.yaml', 'odd');
  const all = [own, qdrant, nested, notASubchart];
  const open = (...waivers: PolicyWaiver[]) => checkPolicies(all, { waivers }).findings.map((f) => `${f.name}:${f.rule}`);

  it('subcharts are read from the template path: charts/<name> right under the chart, nested ones too', () => {
    expect(subchartsOf(own.source)).toEqual([]);
    expect(subchartsOf(qdrant.source)).toEqual(['qdrant']);
    expect(subchartsOf(nested.source)).toEqual(['qdrant', 'tools']);
    expect(subchartsOf(notASubchart.source)).toEqual([]);
    expect(checkPolicies([nested]).findings[0]?.subchart).toBe('qdrant/tools');
  });

  it('*@charts/qdrant waives every rule in the subchart and its own subcharts, and nothing of the chart itself', () => {
    const left = open(parseWaiver('*@charts/qdrant=vendored', 'x'));
    expect(left.some((f) => f.startsWith('dot-ai-qdrant:') || f.startsWith('tools:'))).toBe(false);
    expect(left.filter((f) => f.startsWith('d:'))).toEqual(['d:run-as-non-root', 'd:no-privilege-escalation', 'd:capabilities', 'd:seccomp-profile', 'd:read-only-root-filesystem']);
    expect(left.filter((f) => f.startsWith('odd:'))).toHaveLength(5);
  });

  it('a rule for a subchart leaves the other rules there; an object waiver only that object; both together only that object in that subchart', () => {
    expect(open(parseWaiver('capabilities@charts/qdrant=x', 'x')).filter((f) => f.startsWith('dot-ai-qdrant:'))).not.toContain('dot-ai-qdrant:capabilities');
    expect(open(parseWaiver('capabilities@charts/qdrant=x', 'x'))).toContain('dot-ai-qdrant:seccomp-profile');
    expect(open(parseWaiver('capabilities@Deployment/d=x', 'x'))).not.toContain('d:capabilities');
    expect(open(parseWaiver('capabilities@Deployment/d=x', 'x'))).toContain('dot-ai-qdrant:capabilities');
    const both = waiverFromMap({ rule: 'capabilities', subchart: 'qdrant', object: 'Deployment/d', reason: 'x' }, 'x');
    expect(covers(both, 'capabilities', own.object, own.source)).toBe(false);
    expect(covers(both, 'capabilities', qdrant.object, qdrant.source)).toBe(false);
    const q = waiverFromMap({ rule: 'capabilities', subchart: 'qdrant', object: 'Deployment/dot-ai-qdrant', reason: 'x' }, 'x');
    expect(covers(q, 'capabilities', qdrant.object, qdrant.source)).toBe(true);
    expect(covers(q, 'probes', qdrant.object, qdrant.source)).toBe(false);
  });

  it('the first waiver that covers a finding is the one it names', () => {
    const broad = parseWaiver('capabilities=everywhere', 'a');
    const narrow = parseWaiver('capabilities@Deployment/d=here', 'b');
    const waived = checkPolicies([own], { waivers: [narrow, broad] }).waivedFindings.filter((f) => f.rule === 'capabilities');
    expect(waived.map((f) => f.waiver?.origin)).toEqual(['b']);
  });
});

describe('findings carry the key they are about, for the template line', () => {
  const pathOf = (o: RenderedObject, rule: string) => checkPolicies([o]).findings.filter((f) => f.rule === rule).map((f) => f.path);

  it('container keys: securityContext fields, resources, probes, image', () => {
    const o = deployment((_p, c) => {
      delete c.securityContext;
      delete c.livenessProbe;
      c.image = 'x:latest';
      c.resources = { limits: { cpu: '1', memory: '1Gi' } };
    });
    const c = ['spec', 'template', 'spec', 'containers', 0];
    expect(pathOf(o, 'run-as-non-root')).toEqual([[...c, 'securityContext', 'runAsNonRoot']]);
    expect(pathOf(o, 'capabilities')).toEqual([[...c, 'securityContext', 'capabilities', 'drop']]);
    expect(pathOf(o, 'resources')).toEqual([[...c, 'resources', 'requests']]);
    expect(pathOf(o, 'probes')).toEqual([[...c, 'livenessProbe']]);
    expect(pathOf(o, 'image-tag')).toEqual([[...c, 'image']]);
  });

  it('a pod-level setting that is wrong is pointed at in the pod; init containers by their own list', () => {
    const o = deployment((p, c) => {
      delete sec(c).seccompProfile;
      p.securityContext = { seccompProfile: { type: 'Unconfined' } };
      p.initContainers = [{ ...goodContainer(), name: 'init', image: 'busybox' }];
    });
    expect(pathOf(o, 'seccomp-profile')).toEqual([['spec', 'template', 'spec', 'securityContext', 'seccompProfile', 'type']]);
    expect(pathOf(o, 'image-tag')).toEqual([['spec', 'template', 'spec', 'initContainers', 0, 'image']]);
  });

  it('object keys: RBAC rules and labels; a CronJob\'s pod', () => {
    const role: RenderedObject = { source: 's', index: 0, object: { kind: 'ClusterRole', metadata: { name: 'r' }, rules: [{ verbs: ['get'] }, { resources: ['*'], verbs: ['*'] }] } };
    expect(checkPolicies([role]).findings.map((f) => [f.rule, f.path])).toEqual([
      ['labels', ['metadata', 'labels']],
      ['labels', ['metadata', 'labels']],
      ['rbac-no-wildcards', ['rules', 1, 'verbs']],
      ['rbac-no-wildcards', ['rules', 1, 'resources']],
    ]);
    const cron: RenderedObject = { source: 's', index: 0, object: { kind: 'CronJob', metadata: { name: 'c', labels }, spec: { jobTemplate: { spec: { template: { spec: { containers: [{ ...goodContainer(), image: 'x' }] } } } } } } };
    expect(pathOf(cron, 'image-tag')).toEqual([['spec', 'jobTemplate', 'spec', 'template', 'spec', 'containers', 0, 'image']]);
  });
});
