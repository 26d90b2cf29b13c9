/**
 * Unknown-field check for Gateway API objects (gateway.networking.k8s.io/v1).
 *
 * @kubernetes-models/gateway-api validates types, required fields, enums and patterns, but its
 * schemas come from the Gateway API CRDs, which (like every structural CRD schema) do not forbid
 * unknown fields: the API server prunes them silently, so a typo would be lost without a word.
 * The package's type declarations list every field of every Gateway API type; we read those
 * (`"name"?: Type;` members, `extends` chains, `export type { IX as Alias }` names) and report
 * fields they do not declare, as kubectl's strict field validation would.
 */
import committedFields from './schemas/gateway-api-v1-fields.json' with { type: 'json' };

interface TypeInfo {
  /** field name → alias of the field's (element) type when it is a Gateway API object type. */
  fields: Map<string, string | undefined>;
  extends: string[];
}

/** JSON form of the declarations, as committed in schemas/gateway-api-v1-fields.json. */
export type GatewayApiFields = Record<string, { fields: Record<string, string | null>; extends: string[] }>;

let types: Map<string, TypeInfo> | undefined;

function loadTypes(): Map<string, TypeInfo> {
  types ??= new Map(
    Object.entries(committedFields as GatewayApiFields).map(([alias, info]) => [
      alias,
      { fields: new Map(Object.entries(info.fields).map(([k, v]) => [k, v ?? undefined])), extends: info.extends },
    ]),
  );
  return types;
}

function fieldsOf(alias: string, seen = new Set<string>()): Map<string, string | undefined> | undefined {
  const info = loadTypes().get(alias);
  if (!info || seen.has(alias)) return undefined;
  seen.add(alias);
  const all = new Map(info.fields);
  for (const parent of info.extends) for (const [k, v] of fieldsOf(parent, seen) ?? []) if (!all.has(k)) all.set(k, v);
  return all;
}

/** Paths of fields the Gateway API does not declare; undefined when the kind is not a v1 Gateway API kind. */
export function unknownGatewayApiFields(obj: Record<string, unknown>, kind: string): string[] | undefined {
  const root = `IIoK8sSigsGatewayApiApisV1${kind}`;
  if (!fieldsOf(root)) return undefined;
  const out: string[] = [];
  const walk = (value: unknown, alias: string, path: string) => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, alias, `${path}/${i}`));
      return;
    }
    if (!value || typeof value !== 'object') return;
    const fields = fieldsOf(alias);
    if (!fields) return;
    for (const [k, v] of Object.entries(value)) {
      if (!fields.has(k)) out.push(`${path || '/'}: unknown field "${k}"`);
      else {
        const child = fields.get(k);
        if (child) walk(v, child, `${path}/${k}`);
      }
    }
  };
  walk(obj, root, '');
  return out;
}
