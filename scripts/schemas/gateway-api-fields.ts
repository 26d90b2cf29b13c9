/**
 * Build-time generator (scripts/gen-schemas.mjs) of src/verify/schemas/gateway-api-v1-fields.json:
 * every field of every Gateway API v1 type, read from @kubernetes-models/gateway-api's type
 * declarations. Not part of the toolkit's bundle.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { GatewayApiFields } from '../../src/verify/gateway-api.js';

/**
 * Reads the package's declarations: alias (e.g. IIoK8sSigsGatewayApiApisV1HTTPRouteSpec) → fields.
 * Run by scripts/gen-schemas.mjs only; the toolkit itself reads the committed JSON.
 */
export function readGatewayApiFields(): GatewayApiFields {
  // The package is ESM-only with an exports map (no require, no package.json subpath): look for
  // its folder along the usual node_modules search paths instead.
  const pkg = '@kubernetes-models/gateway-api';
  const base = (createRequire(import.meta.url).resolve.paths(pkg) ?? []).find((p) => existsSync(join(p, pkg, 'package.json')));
  if (!base) throw new Error(`${pkg} is not installed`);
  const dir = join(base, pkg, 'gateway.networking.k8s.io', 'v1');
  const out: GatewayApiFields = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.d.ts')).sort()) {
    const text = readFileSync(join(dir, file), 'utf8');
    const local = new Map<string, GatewayApiFields[string]>();
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const m = /^export interface (\w+)(?: extends ([^{]+))? \{$/.exec(lines[i] ?? '');
      if (!m?.[1]) continue;
      const info: GatewayApiFields[string] = { fields: {}, extends: (m[2] ?? '').split(',').map((s) => s.trim()).filter(Boolean) };
      for (i++; i < lines.length && lines[i] !== '}'; i++) {
        const p = /^ {4}"([^"]+)"\??: (.*?);?$/.exec(lines[i] ?? '');
        if (!p?.[1]) continue;
        info.fields[p[1]] = /^(?:Array<)?(IIoK8sSigsGatewayApi\w+)>?$/.exec(p[2] ?? '')?.[1] ?? null;
      }
      local.set(m[1], info);
    }
    for (const a of text.matchAll(/export type \{ (\w+) as (\w+)/g)) {
      const info = a[1] ? local.get(a[1]) : undefined;
      if (info && a[2]) out[a[2]] = info;
    }
  }
  return out;
}

