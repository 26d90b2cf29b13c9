/**
 * Validates Kubernetes objects against the strict API schema of each requested Kubernetes release
 * (see kube-api-schemas.ts), Gateway API kinds against the Gateway API schema of
 * `@kubernetes-models/gateway-api`, and ToolHive MCPServer against our own schema (crd-schemas.ts).
 * An apiVersion/kind that none of these knows is an error: nothing passes unchecked.
 */
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import { MCPSERVER_V1BETA1_SCHEMA } from './crd-schemas.js';
import { unknownGatewayApiFields } from './gateway-api.js';
import { gvkKey, loadKubeApiSchema, NEWEST_KUBE_VERSION, OLDEST_KUBE_VERSION } from './kube-api-schemas.js';
import { StrictSchema } from './strict-schema.js';
import type { Finding, KubeObject, RenderedObject } from './types.js';
import { kindOf, nameOf } from './types.js';

export const DEFAULT_KUBE_VERSIONS = [OLDEST_KUBE_VERSION, NEWEST_KUBE_VERSION] as const;

/** Kubernetes treats `null` as "not set"; drop nulls so the strict schema sees what the API server sees. */
export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== null) out[k] = withoutNulls(v);
    return out;
  }
  return value;
}

export function formatAjvErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => {
    const at = e.instancePath || '/';
    if (e.keyword === 'additionalProperties') return `${at}: unknown field "${String(e.params.additionalProperty)}"`;
    if (e.keyword === 'required') return `${at}: missing required field "${String(e.params.missingProperty)}"`;
    return `${at}: ${e.message ?? e.keyword}`;
  });
}

/** One strict validator per Kubernetes release, built once per process (no compilation). */
const validators = new Map<string, StrictSchema>();
async function strictSchema(kubeVersion: string): Promise<StrictSchema> {
  const api = await loadKubeApiSchema(kubeVersion);
  let schema = validators.get(api.kubeVersion);
  if (!schema) validators.set(api.kubeVersion, (schema = new StrictSchema(api.schema)));
  return schema;
}

/** Problems of `value` as definition `definition` (e.g. PodTemplateSpec) of a Kubernetes release. */
async function validateDefinition(kubeVersion: string, definition: string, value: unknown): Promise<string[]> {
  const schema = await strictSchema(kubeVersion);
  if (!schema.has(definition)) throw new Error(`schema ${definition} is not defined for Kubernetes ${kubeVersion}`);
  return schema.validate(definition, value);
}

let crdAjv: Promise<Ajv> | undefined;
const crdValidators = new Map<string, ValidateFunction>();
const CRD_SCHEMAS: Record<string, Record<string, unknown>> = {
  [gvkKey('toolhive.stacklok.dev/v1beta1', 'MCPServer')]: MCPSERVER_V1BETA1_SCHEMA,
};
/** Our own CRD schemas, compiled with ajv, which is loaded only when such an object shows up. */
async function crdValidator(gvk: string): Promise<ValidateFunction | undefined> {
  const schema = CRD_SCHEMAS[gvk];
  if (!schema) return undefined;
  let fn = crdValidators.get(gvk);
  if (!fn) {
    crdAjv ??= import('ajv').then(({ Ajv }) => new Ajv({ allErrors: true, strict: true }));
    fn = (await crdAjv).compile(schema);
    crdValidators.set(gvk, fn);
  }
  return fn;
}

const GATEWAY_API_GROUP = 'gateway.networking.k8s.io/v1';
type GatewayModule = Record<string, unknown>;
let gatewayModule: Promise<GatewayModule> | undefined;

/**
 * Gateway API (gateway.networking.k8s.io/v1) kinds through @kubernetes-models/gateway-api, whose
 * validators come from the Gateway API CRDs (types, required fields, enums, patterns), plus the
 * unknown-field check of gateway-api.ts, which those CRD schemas do not do.
 */
async function validateGatewayApi(obj: KubeObject): Promise<string[] | undefined> {
  gatewayModule ??= import('@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1') as Promise<GatewayModule>;
  const mod = await gatewayModule;
  const Model = mod[kindOf(obj)] as (new (data: unknown) => { validate(): void }) | undefined;
  if (typeof Model !== 'function') return undefined;
  const unknown = unknownGatewayApiFields(obj, kindOf(obj)) ?? [];
  try {
    new Model(obj).validate();
    return unknown;
  } catch (e) {
    return [...unknown, (e as Error).message];
  }
}

export interface SchemaOptions {
  /** Kubernetes minors to validate against; default oldest (1.24) and newest (1.34) supported. */
  kubeVersions?: readonly string[];
}

/** Validates each object; returns one finding per (object, Kubernetes version, problem). */
export async function validateSchemas(objects: readonly RenderedObject[], opts: SchemaOptions = {}): Promise<Finding[]> {
  const versions = opts.kubeVersions ?? DEFAULT_KUBE_VERSIONS;
  const findings: Finding[] = [];
  for (const { object, source } of objects) {
    const base = { check: 'schema' as const, rule: 'schema', kind: kindOf(object), name: nameOf(object), source };
    if (typeof object.apiVersion !== 'string' || typeof object.kind !== 'string') {
      findings.push({ ...base, message: 'object has no apiVersion or kind' });
      continue;
    }
    const gvk = gvkKey(object.apiVersion, object.kind);
    const data = withoutNulls(object) as KubeObject;

    const crd = await crdValidator(gvk);
    if (crd) {
      if (!crd(data)) for (const m of formatAjvErrors(crd.errors)) findings.push({ ...base, message: m });
      // The operator merges MCPServer spec.podTemplateSpec into a real pod template: check it as one.
      const podTemplate = (data.spec as Record<string, unknown> | undefined)?.podTemplateSpec;
      if (object.kind === 'MCPServer' && podTemplate !== undefined) {
        for (const v of versions) {
          for (const m of await validateDefinition(v, 'PodTemplateSpec', podTemplate)) {
            findings.push({ ...base, kubeVersion: v, message: `/spec/podTemplateSpec${m.startsWith('/:') ? m.slice(1) : m}` });
          }
        }
      }
      continue;
    }
    if (object.apiVersion === GATEWAY_API_GROUP) {
      const msgs = await validateGatewayApi(data);
      if (msgs) {
        for (const m of msgs) findings.push({ ...base, message: m });
        continue;
      }
    }
    for (const v of versions) {
      const definition = (await loadKubeApiSchema(v)).kinds.get(gvk);
      if (!definition) {
        findings.push({
          ...base,
          kubeVersion: v,
          rule: 'unknown-kind',
          message: `${object.apiVersion} ${object.kind} is not served by Kubernetes ${v} and no schema is known for it`,
        });
        continue;
      }
      for (const m of await validateDefinition(v, definition, data)) findings.push({ ...base, kubeVersion: v, message: m });
    }
  }
  return findings;
}
