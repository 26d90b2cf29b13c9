/**
 * The methods a dot-ai-like repository documents, named after its docs and examples. Each is used
 * only when its files exist; a repository laid out otherwise declares its own in dot-ai-release.yaml.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { MethodKind, MethodSpec, ProbeSettings } from '../types.js';

export const DEFAULT_PORT = 3456;
export const DEFAULT_TIMEOUT_MS = 600_000;

/** The probe a dot-ai-like server passes: /healthz, then MCP at `/`, the `version` tool showing the release. */
export function defaultProbe(version: string): ProbeSettings {
  return {
    mcpPath: 'auto',
    health: '/healthz',
    healthTimeoutMs: 120_000,
    expectations: { toolCall: { name: 'version', expect: version, optional: true } },
  };
}

interface Default {
  name: string;
  kind: MethodKind;
  files: string[];
  values?: string[];
  set?: Record<string, string>;
  service?: string;
  externalQdrant?: boolean;
  env?: Record<string, string>;
  /** Environment that depends on what the repository holds. */
  envFor?: (root: string) => Record<string, string>;
}

const DOCKER = 'examples/deployments/docker';
const KUBE = 'examples/deployments/kubernetes';
const HELM_VALUES = 'examples/deployments/helm';
const REFERENCE_SERVER = 'examples/mcp-server';

/**
 * compose-dev builds the server from a source checkout (DOT_AI_SRC, relative to the compose file).
 * A repository that carries the reference server (this one) builds that, with its entry point; a
 * dot-ai checkout keeps the file's own default, the checkout the file sits in.
 */
function devSource(root: string): Record<string, string> {
  if (!existsSync(path.join(root, REFERENCE_SERVER, 'Dockerfile'))) return {};
  return { DOT_AI_SRC: path.relative(path.join(root, DOCKER), path.join(root, REFERENCE_SERVER)), DOT_AI_ENTRY: 'dist/server.js' };
}

const DEFAULTS: Default[] = [
  { name: 'docker', kind: 'docker', files: [`${DOCKER}/.env.example`], service: 'dot-ai', externalQdrant: true },
  { name: 'compose', kind: 'compose', files: [`${DOCKER}/docker-compose.yml`], service: 'dot-ai' },
  { name: 'compose-prod', kind: 'compose', files: [`${DOCKER}/docker-compose.prod.yml`], service: 'dot-ai' },
  { name: 'compose-dev', kind: 'compose', files: [`${DOCKER}/docker-compose.dev.yml`], service: 'dot-ai', envFor: devSource },
  { name: 'kubernetes', kind: 'kustomize', files: [`${KUBE}/standalone`, `${KUBE}/with-qdrant`], service: 'dot-ai', externalQdrant: true },
  { name: 'helm', kind: 'helm', files: ['charts/dot-ai'], service: 'dot-ai' },
  { name: 'helm-external-qdrant', kind: 'helm', files: ['charts/dot-ai'], values: [`${HELM_VALUES}/values.external-qdrant.yaml`], service: 'dot-ai', externalQdrant: true },
  { name: 'helm-prod', kind: 'helm', files: ['charts/dot-ai'], values: [`${HELM_VALUES}/values.prod.yaml`], service: 'dot-ai' },
  { name: 'toolhive', kind: 'toolhive', files: ['examples/deployments/toolhive'], service: 'mcp-dot-ai-proxy' },
];

export const DEFAULT_METHOD_NAMES = DEFAULTS.map((d) => d.name);

/** The default methods whose files exist in `root`, as full specs. */
export function defaultMethods(root: string, version: string): MethodSpec[] {
  return DEFAULTS.filter((d) => [...d.files, ...(d.values ?? [])].every((f) => existsSync(path.join(root, f)))).map((d) => ({
    name: d.name,
    kind: d.kind,
    files: d.files,
    values: d.values ?? [],
    set: d.set ?? {},
    service: d.service,
    port: DEFAULT_PORT,
    externalQdrant: d.externalQdrant ?? false,
    env: { ...d.env, ...d.envFor?.(root) },
    probe: defaultProbe(version),
    timeoutMs: DEFAULT_TIMEOUT_MS,
  }));
}
