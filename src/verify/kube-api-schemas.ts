/**
 * Strict JSON Schemas of the Kubernetes API, one per supported Kubernetes release, as committed
 * under schemas/ (generated at build time by scripts/gen-schemas.mjs from the cdk8s-plus-NN
 * packages; see scripts/schemas/kube-api-schema.ts for how and why). Every object has
 * `additionalProperties: false`, as kubectl's strict field validation.
 */
export type JsonSchema = Record<string, unknown>;

export const OLDEST_KUBE_VERSION = '1.24';
export const NEWEST_KUBE_VERSION = '1.34';

export interface KubeApiSchema {
  kubeVersion: string;
  /** `{ $id, definitions }`, refs are `#/definitions/<TsName>`. */
  schema: JsonSchema;
  /** `apps/v1 Deployment` → definition name (e.g. `KubeDeploymentProps`). */
  kinds: Map<string, string>;
}

const cache = new Map<string, Promise<KubeApiSchema>>();

export function gvkKey(apiVersion: string, kind: string): string {
  return `${apiVersion} ${kind}`;
}

/** JSON form of a built schema, as committed in schemas/k8s-<minor>.json. */
export interface CommittedKubeSchema {
  schema: JsonSchema;
  kinds: Record<string, string>;
}

/** Each schema is its own chunk in the bundle, loaded only when a render is validated against it. */
const COMMITTED: Readonly<Record<string, () => Promise<{ default: unknown }>>> = {
  '1.24': () => import('./schemas/k8s-1.24.json', { with: { type: 'json' } }),
  '1.34': () => import('./schemas/k8s-1.34.json', { with: { type: 'json' } }),
};

/** Loads (once per process) the strict schema of a supported Kubernetes minor ("1.24", "1.34"). */
export function loadKubeApiSchema(kubeVersion: string): Promise<KubeApiSchema> {
  const minor = kubeVersion.replace(/^v/, '').split('.').slice(0, 2).join('.');
  const hit = cache.get(minor);
  if (hit) return hit;
  const load = COMMITTED[minor];
  if (!load) {
    return Promise.reject(new Error(`no Kubernetes schema for ${kubeVersion}; supported: ${Object.keys(COMMITTED).join(', ')}`));
  }
  const result = load().then(({ default: json }) => {
    const committed = json as CommittedKubeSchema;
    return { kubeVersion: minor, schema: committed.schema, kinds: new Map(Object.entries(committed.kinds)) };
  });
  cache.set(minor, result);
  return result;
}

