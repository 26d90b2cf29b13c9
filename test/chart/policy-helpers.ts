/**
 * A repository whose chart has the shape of dot-ai's (charts/ at the root, a server Deployment
 * without a securityContext, plugin Deployments from a range, a ClusterRole with wildcards) and
 * a vendored subchart archive of our own shaped like its Qdrant (a StatefulSet with a root init
 * container, a main container whose securityContext and resources come from toYaml, no liveness
 * probe, and a helm test pod on `:latest`). It gives the same findings as dot-ai's chart: 33 over
 * 9 rules, 18 of them in the subchart.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeTgz } from '../../src/chart/archive.js';

const SUBCHART: Record<string, string> = {
  'Chart.yaml': 'apiVersion: v2\nname: vecstore\nversion: 0.3.0\nappVersion: v1.2.0\n',
  'values.yaml': [
    'image:',
    '  repository: example/vecstore',
    '  tag: ""',
    'resources: {}',
    'containerSecurityContext:',
    '  runAsNonRoot: true',
    '  runAsUser: 1000',
    '  allowPrivilegeEscalation: false',
    '  readOnlyRootFilesystem: true',
    'podSecurityContext:',
    '  fsGroup: 3000',
    'testImage: registry.example/bci-base:latest',
    '',
  ].join('\n'),
  'templates/_helpers.tpl': [
    '{{- define "vecstore.fullname" -}}{{ .Release.Name }}-{{ .Chart.Name }}{{- end }}',
    '{{- define "vecstore.labels" -}}',
    'app.kubernetes.io/name: {{ .Chart.Name }}',
    'app.kubernetes.io/instance: {{ .Release.Name }}',
    '{{- end }}',
    '',
  ].join('\n'),
  'templates/statefulset.yaml': [
    'apiVersion: apps/v1', // 1
    'kind: StatefulSet',
    'metadata:',
    '  name: {{ include "vecstore.fullname" . }}',
    '  labels:', // 5
    '    {{- include "vecstore.labels" . | nindent 4 }}',
    'spec:',
    '  serviceName: {{ include "vecstore.fullname" . }}',
    '  selector:',
    '    matchLabels:', // 10
    '      {{- include "vecstore.labels" . | nindent 6 }}',
    '  template:',
    '    metadata:',
    '      labels:',
    '        {{- include "vecstore.labels" . | nindent 8 }}', // 15
    '    spec:',
    '      securityContext:',
    '        {{- toYaml .Values.podSecurityContext | nindent 8 }}',
    '      initContainers:',
    '      - name: ensure-dir-ownership', // 20
    '        image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"',
    '        command: ["chown", "-R", "1000:3000", "/data"]',
    '      containers:',
    '        - name: {{ .Chart.Name }}',
    '          image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"', // 25
    '          readinessProbe:',
    '            httpGet:',
    '              path: /readyz',
    '              port: 6333',
    '          resources:', // 30
    '            {{- toYaml .Values.resources | nindent 12 }}',
    '          {{- with .Values.containerSecurityContext }}',
    '          securityContext:',
    '            {{- toYaml . | nindent 12 }}',
    '          {{- end }}', // 35
    '',
  ].join('\n'),
  'templates/tests/test-db.yaml': [
    'apiVersion: v1', // 1
    'kind: Pod',
    'metadata:',
    '  name: "{{ include "vecstore.fullname" . }}-test-db"',
    '  labels:', // 5
    '    {{- include "vecstore.labels" . | nindent 4 }}',
    '  annotations:',
    '    "helm.sh/hook": test',
    'spec:',
    '  restartPolicy: Never', // 10
    '  containers:',
    '    - name: test-script',
    '      image: {{ .Values.testImage | quote }}',
    '      resources:',
    '        requests: {cpu: 100m, memory: 64Mi}', // 15
    '        limits: {cpu: 100m, memory: 64Mi}',
    '',
  ].join('\n'),
};

const CHART: Record<string, string> = {
  'Chart.yaml': [
    'apiVersion: v2',
    'name: mcp-app',
    'type: application',
    'version: "2.0.0"',
    'appVersion: "2.0.0"',
    'dependencies:',
    '  - name: vecstore',
    '    version: 0.3.0',
    '    repository: https://charts.example.invalid',
    '    condition: vecstore.enabled',
    '',
  ].join('\n'),
  'Chart.lock': [
    'dependencies:',
    '- name: vecstore',
    '  repository: https://charts.example.invalid',
    '  version: 0.3.0',
    'digest: sha256:0000000000000000000000000000000000000000000000000000000000000000',
    'generated: "2026-01-01T00:00:00Z"',
    '',
  ].join('\n'),
  'values.yaml': [
    'image:',
    '  repository: ghcr.io/acme/mcp-app',
    '  tag: "2.0.0"',
    'resources:',
    '  requests: {cpu: 200m, memory: 512Mi}',
    '  limits: {cpu: "1", memory: 2Gi}',
    'plugins:',
    '  tools:',
    '    image: {repository: ghcr.io/acme/mcp-tools, tag: "2.0.0"}',
    'vecstore:',
    '  enabled: true',
    '',
  ].join('\n'),
  'templates/_helpers.tpl': [
    '{{- define "mcp-app.fullname" -}}{{ .Release.Name }}{{- end }}',
    '{{- define "mcp-app.labels" -}}',
    'app.kubernetes.io/name: {{ .Chart.Name }}',
    'app.kubernetes.io/instance: {{ .Release.Name }}',
    '{{- end }}',
    '',
  ].join('\n'),
  'templates/deployment.yaml': [
    'apiVersion: apps/v1', // 1
    'kind: Deployment',
    'metadata:',
    '  name: {{ include "mcp-app.fullname" . }}',
    '  labels:', // 5
    '    {{- include "mcp-app.labels" . | nindent 4 }}',
    'spec:',
    '  selector:',
    '    matchLabels:',
    '      {{- include "mcp-app.labels" . | nindent 6 }}', // 10
    '  template:',
    '    metadata:',
    '      labels:',
    '        {{- include "mcp-app.labels" . | nindent 8 }}',
    '    spec:', // 15
    '      containers:',
    '      - name: mcp-server',
    '        image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"',
    '        livenessProbe:',
    '          httpGet: {path: /healthz, port: 3456}', // 20
    '        readinessProbe:',
    '          httpGet: {path: /healthz, port: 3456}',
    '        resources:',
    '          {{- toYaml .Values.resources | nindent 10 }}',
    '',
  ].join('\n'),
  'templates/plugin-deployment.yaml': [
    '{{- range $name, $config := .Values.plugins }}', // 1
    '---',
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:', // 5
    '  name: {{ $.Release.Name }}-{{ $name }}',
    '  labels:',
    '    {{- include "mcp-app.labels" $ | nindent 4 }}',
    'spec:',
    '  selector:', // 10
    '    matchLabels: {app.kubernetes.io/name: {{ $name }}}',
    '  template:',
    '    metadata:',
    '      labels: {app.kubernetes.io/name: {{ $name }}}',
    '    spec:', // 15
    '      containers:',
    '      - name: {{ $name }}',
    '        image: "{{ $config.image.repository }}:{{ $config.image.tag }}"',
    '        livenessProbe: {httpGet: {path: /health, port: 8080}}',
    '        readinessProbe: {httpGet: {path: /ready, port: 8080}}', // 20
    '        resources: {requests: {cpu: 100m, memory: 128Mi}, limits: {cpu: 500m, memory: 512Mi}}',
    '{{- end }}',
    '',
  ].join('\n'),
  'templates/clusterrole.yaml': [
    'apiVersion: rbac.authorization.k8s.io/v1', // 1
    'kind: ClusterRole',
    'metadata:',
    '  name: {{ include "mcp-app.fullname" . }}',
    '  labels:', // 5
    '    {{- include "mcp-app.labels" . | nindent 4 }}',
    'rules:',
    '# read anything',
    '- apiGroups: ["*"]',
    '  resources: ["*"]', // 10
    '  verbs: ["get", "list", "watch"]',
    '# write anything',
    '- apiGroups: ["*"]',
    '  resources: ["*"]',
    '  verbs: ["create", "update", "patch", "delete"]', // 15
    '- nonResourceURLs: ["*"]',
    '  verbs: ["get"]',
    '',
  ].join('\n'),
};

function writeTree(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
}

/** A new repository (a temp dir under `base`) with the chart at charts/ and the subchart vendored as charts/charts/vecstore-0.3.0.tgz. */
export function dotAiShapedRepo(base: string): string {
  const repo = mkdtempSync(path.join(base ?? tmpdir(), 'policy-repo-'));
  writeTree(path.join(repo, 'charts'), CHART);
  const entries = Object.entries(SUBCHART).map(([name, text]) => ({ name: `vecstore/${name}`, content: Buffer.from(text) }));
  mkdirSync(path.join(repo, 'charts/charts'), { recursive: true });
  writeFileSync(path.join(repo, 'charts/charts/vecstore-0.3.0.tgz'), writeTgz(entries, 1_700_000_000));
  return repo;
}

/** The waivers dot-ai's chart needs, written for this chart (its objects are named after release mcp-app). */
export const WAIVERS = [
  '"*@charts/vecstore=the vendored store keeps upstream defaults (root init container, no resources, test pod on :latest)"',
  'rbac-no-wildcards@ClusterRole/mcp-app=manages every kind of resource by design',
  'run-as-non-root=the images run as root; no securityContext value yet',
  'no-privilege-escalation=no securityContext value yet',
  'capabilities=no securityContext value yet',
  'seccomp-profile=no securityContext value yet',
  'read-only-root-filesystem=the server writes its sessions on the container file system',
];

/** Writes dot-ai-release.yaml with `chart.policy` made of these lines (indented under it). */
export function writePolicy(repo: string, policyLines: string[]): void {
  writeFileSync(path.join(repo, 'dot-ai-release.yaml'), ['chart:', '  policy:', ...policyLines.map((l) => `    ${l}`), ''].join('\n'));
}
