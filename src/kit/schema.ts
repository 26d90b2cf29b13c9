/**
 * Validates Kubernetes objects against the strict API schema of each requested Kubernetes release
 * (see k8s-openapi.ts), Gateway API kinds against the Gateway API schema of
 * `@kubernetes-models/gateway-api`, and ToolHive MCPServer against our own schema (crd-schemas.ts).
 * An apiVersion/kind that none of these knows is an error: nothing passes unchecked.
 */
import { Ajv } from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { MCPSERVER_V1BETA1_SCHEMA } from './crd-schemas.js';
import { unknownGatewayApiFields } from './gateway-api.js';
import { gvkKey, loadKubeApiSchema, NEWEST_KUBE_VERSION, OLDEST_KUBE_VERSION } from './k8s-openapi.js';
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

interface VersionValidator {
  ajv: Ajv;
  byKind: Map<string, ValidateFunction>;
}
const versionValidators = new Map<string, VersionValidator>();

function versionValidator(kubeVersion: string): VersionValidator & { id: string } {
  const api = loadKubeApiSchema(kubeVersion);
  let vv = versionValidators.get(api.kubeVersion);
  if (!vv) {
    // strict:false: the generated schema uses union types ajv's strict mode frowns upon.
    const ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false });
    ajv.addSchema(api.schema);
    vv = { ajv, byKind: new Map() };
    versionValidators.set(api.kubeVersion, vv);
  }
  return { ...vv, id: String(api.schema.$id) };
}

/** Validator of one named definition (e.g. PodTemplateSpec) of a Kubernetes release. */
function kubeDefinitionValidator(kubeVersion: string, definition: string): ValidateFunction {
  const vv = versionValidator(kubeVersion);
  const key = `#${definition}`;
  let fn = vv.byKind.get(key);
  if (!fn) {
    fn = vv.ajv.getSchema(`${vv.id}#/definitions/${definition}`);
    if (!fn) throw new Error(`schema ${definition} did not compile`);
    vv.byKind.set(key, fn);
  }
  return fn;
}

function kubeValidator(kubeVersion: string, gvk: string): ValidateFunction | undefined {
  const def = loadKubeApiSchema(kubeVersion).kinds.get(gvk);
  return def ? kubeDefinitionValidator(kubeVersion, def) : undefined;
}

let crdAjv: Ajv | undefined;
const crdValidators = new Map<string, ValidateFunction>();
function crdValidator(gvk: string): ValidateFunction | undefined {
  const schemas: Record<string, Record<string, unknown>> = {
    [gvkKey('toolhive.stacklok.dev/v1beta1', 'MCPServer')]: MCPSERVER_V1BETA1_SCHEMA,
  };
  const schema = schemas[gvk];
  if (!schema) return undefined;
  let fn = crdValidators.get(gvk);
  if (!fn) {
    crdAjv ??= new Ajv({ allErrors: true, strict: true });
    fn = crdAjv.compile(schema);
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

    const crd = crdValidator(gvk);
    if (crd) {
      if (!crd(data)) for (const m of formatAjvErrors(crd.errors)) findings.push({ ...base, message: m });
      // The operator merges MCPServer spec.podTemplateSpec into a real pod template: check it as one.
      const podTemplate = (data.spec as Record<string, unknown> | undefined)?.podTemplateSpec;
      if (object.kind === 'MCPServer' && podTemplate !== undefined) {
        for (const v of versions) {
          const fn = kubeDefinitionValidator(v, 'PodTemplateSpec');
          if (!fn(podTemplate)) {
            for (const m of formatAjvErrors(fn.errors)) findings.push({ ...base, kubeVersion: v, message: `/spec/podTemplateSpec${m}` });
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
      const fn = kubeValidator(v, gvk);
      if (!fn) {
        findings.push({
          ...base,
          kubeVersion: v,
          rule: 'unknown-kind',
          message: `${object.apiVersion} ${object.kind} is not served by Kubernetes ${v} and no schema is known for it`,
        });
        continue;
      }
      if (!fn(data)) for (const m of formatAjvErrors(fn.errors)) findings.push({ ...base, kubeVersion: v, message: m });
    }
  }
  return findings;
}
