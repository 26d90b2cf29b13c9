import { describe, expect, it } from 'vitest';
import { alignLines, keyLines, lineMatchers, MAX_ALIGNMENT_CELLS, templateLineOf, templateSegments } from '../../src/verify/template-lines.js';

const lines = (...l: string[]) => l.join('\n');
/** The 1-based line of the first line of `text` that contains `needle`. */
const lineWith = (text: string, needle: string, nth = 0) => text.split('\n').map((l, i) => [l, i + 1] as const).filter(([l]) => l.includes(needle))[nth]?.[1];

// A template shaped like dot-ai's deployment.yaml, and what helm renders from it with the defaults.
const DEPLOYMENT = lines(
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: {{ include "app.fullname" . }}',
  '  labels:',
  '    {{- include "app.labels" . | nindent 4 }}',
  'spec:',
  '  template:',
  '    spec:',
  '      {{- with .Values.podSecurityContext }}',
  '      securityContext:',
  '        {{- toYaml . | nindent 8 }}',
  '      {{- end }}',
  '      containers:',
  '      - name: server',
  '        image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"',
  '        env:',
  '        - name: PORT',
  '          value: "3456"',
  '{{- if .Values.ai.provider }}',
  '        - name: AI_PROVIDER',
  '          value: {{ .Values.ai.provider | quote }}',
  '{{- end }}',
  '        resources:',
  '          {{- toYaml .Values.resources | nindent 10 }}',
  '      - name: {{ .Values.sidecar.name }}',
  '        image: {{ .Values.sidecar.image }}',
  '        {{- with .Values.sidecar.securityContext }}',
  '        securityContext:',
  '          {{- toYaml . | nindent 10 }}',
  '        {{- end }}',
);

const DEPLOYMENT_RENDERED = lines(
  '# Source: app/templates/deployment.yaml',
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: rel-app',
  '  labels:',
  '    app.kubernetes.io/name: app',
  '    app.kubernetes.io/instance: rel',
  'spec:',
  '  template:',
  '    spec:',
  '      containers:',
  '      - name: server',
  '        image: "ghcr.io/acme/app:1.0.0"',
  '        env:',
  '        - name: PORT',
  '          value: "3456"',
  '        resources:',
  '          limits:',
  '            memory: 1Gi',
  '      - name: proxy',
  '        image: envoy:v1',
  '        securityContext:',
  '          readOnlyRootFilesystem: true',
);

const c0 = ['spec', 'template', 'spec', 'containers', 0];
const c1 = ['spec', 'template', 'spec', 'containers', 1];

describe('a key of a rendered object is mapped to the template line that writes it', () => {
  it('a key the template writes as text (or as text around actions) maps to its own line', () => {
    expect(templateLineOf(DEPLOYMENT, DEPLOYMENT_RENDERED, [...c0, 'image'])).toEqual({ line: lineWith(DEPLOYMENT, 'image: "{{'), exact: true });
    expect(templateLineOf(DEPLOYMENT, DEPLOYMENT_RENDERED, [...c0, 'resources'])).toEqual({ line: lineWith(DEPLOYMENT, 'resources:'), exact: true });
    expect(templateLineOf(DEPLOYMENT, DEPLOYMENT_RENDERED, [...c1, 'image'])).toEqual({ line: lineWith(DEPLOYMENT, 'image: {{ .Values.sidecar'), exact: true });
  });

  it('a key printed by an action maps to the nearest parent the template writes', () => {
    expect(templateLineOf(DEPLOYMENT, DEPLOYMENT_RENDERED, [...c0, 'resources', 'requests'])).toEqual({ line: lineWith(DEPLOYMENT, 'resources:'), exact: false });
    expect(templateLineOf(DEPLOYMENT, DEPLOYMENT_RENDERED, [...c1, 'securityContext', 'readOnlyRootFilesystem'])).toEqual({ line: lineWith(DEPLOYMENT, 'securityContext:', 1), exact: false });
  });

  it('a missing key maps to its container: the right one of two (a literal name, and a name from a value)', () => {
    expect(templateLineOf(DEPLOYMENT, DEPLOYMENT_RENDERED, [...c0, 'securityContext', 'runAsNonRoot'])).toEqual({ line: lineWith(DEPLOYMENT, '- name: server'), exact: false });
    expect(templateLineOf(DEPLOYMENT, DEPLOYMENT_RENDERED, [...c1, 'livenessProbe'])).toEqual({ line: lineWith(DEPLOYMENT, '- name: {{ .Values.sidecar.name }}'), exact: false });
  });

  it('the pod-level securityContext the template leaves out (with) maps to the pod spec', () => {
    expect(templateLineOf(DEPLOYMENT, DEPLOYMENT_RENDERED, ['spec', 'template', 'spec', 'securityContext', 'seccompProfile', 'type'])).toEqual({ line: lineWith(DEPLOYMENT, '    spec:'), exact: false });
  });

  it('RBAC rules with the same text are told apart by their order', () => {
    const template = lines(
      '{{- if .Values.serviceAccount.create -}}',
      'apiVersion: rbac.authorization.k8s.io/v1',
      'kind: ClusterRole',
      'metadata:',
      '  name: {{ include "app.fullname" . }}',
      'rules:',
      '# read',
      '- apiGroups: ["*"]',
      '  resources: ["*"]',
      '  verbs: ["get", "list", "watch"]',
      '# write',
      '- apiGroups: ["*"]',
      '  resources: ["*"]',
      '  verbs: ["create", "update", "patch", "delete"]',
      '{{- end }}',
    );
    const rendered = lines(
      '# Source: app/templates/clusterrole.yaml',
      'apiVersion: rbac.authorization.k8s.io/v1',
      'kind: ClusterRole',
      'metadata:',
      '  name: rel-app',
      'rules:',
      '# read',
      '- apiGroups: ["*"]',
      '  resources: ["*"]',
      '  verbs: ["get", "list", "watch"]',
      '# write',
      '- apiGroups: ["*"]',
      '  resources: ["*"]',
      '  verbs: ["create", "update", "patch", "delete"]',
    );
    expect(templateLineOf(template, rendered, ['rules', 0, 'resources'])).toEqual({ line: 9, exact: true });
    expect(templateLineOf(template, rendered, ['rules', 1, 'apiGroups'])).toEqual({ line: 12, exact: true });
    expect(templateLineOf(template, rendered, ['rules', 1, 'verbs'])).toEqual({ line: 14, exact: true });
  });

  it('each document a range writes maps to the same template lines', () => {
    const template = lines(
      '{{- range $name, $p := .Values.plugins }}',
      '---',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: {{ $.Release.Name }}-{{ $name }}',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '      - name: {{ $name }}',
      '        image: "{{ $p.image.repository }}:{{ $p.image.tag }}"',
      '{{- end }}',
    );
    const doc = (name: string) =>
      lines('# Source: app/templates/plugins.yaml', 'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', `  name: rel-${name}`, 'spec:', '  template:', '    spec:', '      containers:', `      - name: ${name}`, `        image: "ghcr.io/acme/${name}:1.0.0"`);
    for (const name of ['tools', 'search']) {
      expect(templateLineOf(template, doc(name), [...c0, 'securityContext'])).toEqual({ line: 11, exact: false });
      expect(templateLineOf(template, doc(name), [...c0, 'image'])).toEqual({ line: 12, exact: true });
    }
  });

  it('an object the template writes whole through an include has no line, and says why', () => {
    const rendered = lines('# Source: app/templates/deployment.yaml', 'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: rel-app');
    expect(templateLineOf('{{ include "lib.deployment" . }}\n', rendered, [...c0, 'image'])).toEqual({ why: expect.stringContaining('no line of the template writes this object') });
  });

  it('an object whose key is missing everywhere still maps to the kind: line the template writes', () => {
    const template = lines('apiVersion: v1', 'kind: Service', 'metadata:', '  {{- include "app.meta" . | nindent 2 }}');
    const rendered = lines('# Source: app/templates/service.yaml', 'apiVersion: v1', 'kind: Service', 'metadata:', '  name: rel-app');
    expect(templateLineOf(template, rendered, ['metadata', 'labels'])).toEqual({ line: 3, exact: false });
    expect(templateLineOf(template, rendered, ['spec', 'ports'])).toEqual({ line: 2, exact: false });
  });

  it('too large a template and output is not aligned', () => {
    const big = Array.from({ length: Math.ceil(Math.sqrt(MAX_ALIGNMENT_CELLS)) + 10 }, (_, i) => `k${i}: v`).join('\n');
    expect(alignLines(big, big)).toBeUndefined();
    expect(templateLineOf(big, big, ['k1'])).toEqual({ why: expect.stringContaining('too large to align') });
  });
});

describe('reading a template', () => {
  it('splits text from actions; quotes and comments inside an action may hold }}', () => {
    const text = 'a: {{ printf "}}" }} b {{/* x }} y */}} c: {{- .x -}}\nd';
    const segments = templateSegments(text).map((s) => [text.slice(s.start, s.end), s.action, s.trimLeft, s.trimRight]);
    expect(segments).toEqual([
      ['a: ', false, false, false],
      ['{{ printf "}}" }}', true, false, false],
      [' b ', false, false, false],
      ['{{/* x }} y */}}', true, false, false],
      [' c: ', false, false, false],
      ['{{- .x -}}', true, true, true],
      ['\nd', false, false, false],
    ]);
  });

  it('literal lines match exactly, lines with actions as patterns, lines with no text of their own not at all', () => {
    const [literal, pattern, none, dash] = lineMatchers(lines('  replicas: 1', '  name: {{ .Values.name }}', '  {{- include "x" . | nindent 2 }}', '  - {{ .Values.item }}'));
    expect(literal).toEqual({ kind: 'literal', text: '  replicas: 1' });
    expect(pattern?.kind === 'pattern' && pattern.re.test('  name: anything')).toBe(true);
    expect(pattern?.kind === 'pattern' && pattern.re.test('    name: anything')).toBe(false); // the indentation is text too
    expect(none).toBeUndefined();
    expect(dash).toBeUndefined();
  });

  it('trimming actions join lines: the text before {{- and after -}} is matched as a line that runs on', () => {
    const matchers = lineMatchers(lines('{{- if .Values.on -}}', 'apiVersion: v1', 'valueFrom: {{- toYaml .v | nindent 2 }}', 'labels:', '  {{- .Values.inline }}'));
    const test = (i: number, line: string) => {
      const m = matchers[i];
      return m?.kind === 'pattern' ? m.re.test(line) : m?.text === line;
    };
    expect(test(1, 'apiVersion: v1')).toBe(true);
    expect(test(2, 'valueFrom:')).toBe(true);
    expect(test(3, 'labels:')).toBe(true);
    expect(test(3, 'labels:inline-value')).toBe(true);
  });

  it('keyLines lists the key and its parents, deepest first, then the kind: line', () => {
    expect(keyLines(DEPLOYMENT_RENDERED, [...c0, 'resources', 'limits'])).toEqual([19, 18, 13, 12, 11, 10, 9, 3]);
    expect(keyLines(DEPLOYMENT_RENDERED, [...c0, 'securityContext'])).toEqual([13, 12, 11, 10, 9, 3]);
  });
});
