/**
 * The methods a dot-ai-like repository documents, named after its docs and examples. Each is used
 * only when its files exist; a repository laid out otherwise declares its own in dot-ai-release.yaml.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { AuthSpec, MethodKind, MethodSpec, PluginSpec, ProbeSettings } from '../types.js';

export const DEFAULT_PORT = 3456;
export const DEFAULT_TIMEOUT_MS = 600_000;

/** The variable dot-ai reads its static token from (every request but /healthz needs it since 1.6.0). */
export const TOKEN_ENV = 'DOT_AI_AUTH_TOKEN';
/** The chart value dot-ai's chart renders into its Secret (key auth-token) behind that variable. */
export const TOKEN_VALUE = 'secrets.auth.token';

/**
 * How a method of each kind gives its deployment a token unless it says otherwise: a new one per
 * run, in the variable (docker, compose), in the Secret the manifests read it from (kustomize,
 * ToolHive), in the chart value (helm).
 */
export function defaultAuth(kind: MethodKind): AuthSpec {
  return kind === 'helm' ? { token: 'generate', set: TOKEN_VALUE } : { token: 'generate', env: TOKEN_ENV };
}

/** What a smoke deployment of a dot-ai-like server is run with: no telemetry sent from a test. */
export const SMOKE_SERVER_ENV: Record<string, string> = { DOT_AI_TELEMETRY: 'false' };

/** dot-ai's agentic-tools plugin (its vector DB and Kubernetes tools), beside the server in the docker method. */
export const AGENTIC_TOOLS: PluginSpec = { name: 'agentic-tools', image: 'ghcr.io/vfarcic/dot-ai-agentic-tools', port: 8080, env: {}, optional: true };

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
  plugins?: PluginSpec[];
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
  { name: 'docker', kind: 'docker', files: [`${DOCKER}/.env.example`], service: 'dot-ai', externalQdrant: true, plugins: [AGENTIC_TOOLS] },
  { name: 'compose', kind: 'compose', files: [`${DOCKER}/docker-compose.yml`], service: 'dot-ai' },
  { name: 'compose-prod', kind: 'compose', files: [`${DOCKER}/docker-compose.prod.yml`], service: 'dot-ai' },
  { name: 'compose-dev', kind: 'compose', files: [`${DOCKER}/docker-compose.dev.yml`], service: 'dot-ai', envFor: devSource },
  { name: 'kubernetes', kind: 'kustomize', files: [`${KUBE}/standalone`, `${KUBE}/with-qdrant`], service: 'dot-ai', externalQdrant: true },
  // The helm methods deploy the release's chart (the one `check` and `chart` find, or input chart).
  { name: 'helm', kind: 'helm', files: [], service: 'dot-ai' },
  { name: 'helm-external-qdrant', kind: 'helm', files: [], values: [`${HELM_VALUES}/values.external-qdrant.yaml`], service: 'dot-ai', externalQdrant: true },
  { name: 'helm-prod', kind: 'helm', files: [], values: [`${HELM_VALUES}/values.prod.yaml`], service: 'dot-ai' },
  { name: 'toolhive', kind: 'toolhive', files: ['examples/deployments/toolhive'], service: 'mcp-dot-ai-proxy' },
];

export const DEFAULT_METHOD_NAMES = DEFAULTS.map((d) => d.name);

/** The default methods whose files exist in `root` (the helm ones when there is a chart to deploy), as full specs. */
export function defaultMethods(root: string, version: string, hasChart = true): MethodSpec[] {
  return DEFAULTS.filter((d) => (d.kind !== 'helm' || hasChart) && [...d.files, ...(d.values ?? [])].every((f) => existsSync(path.join(root, f)))).map((d) => ({
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
    auth: defaultAuth(d.kind),
    plugins: d.plugins ?? [],
    podSecurity: 'restricted',
    helmTest: true,
  }));
}
