import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, parseDocument } from 'yaml';
import { UserError } from '../errors.js';
import { lineAt } from './lines.js';
import { typeName, yamlError } from './yaml.js';

export interface ChartDependency {
  name: string;
  version?: string;
  repository?: string;
  alias?: string;
}

/** The fields of Chart.yaml this toolkit reads; the rest is kept as is (it is the OCI config of a pushed chart). */
export interface ChartMetadata {
  name: string;
  version: string;
  appVersion?: string;
  description?: string;
  home?: string;
  sources?: string[];
  maintainers?: { name?: string; email?: string }[];
  kubeVersion?: string;
  dependencies?: ChartDependency[];
  [key: string]: unknown;
}

/**
 * The one reader of Chart.yaml (a chart directory's, or the one inside a package): YAML errors,
 * duplicate keys and wrong types are UserErrors naming `what` (the file), the field and the line.
 */
export function parseChartYaml(text: string, what: string): ChartMetadata {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  const lineOf = (offset: number | undefined): string => (offset === undefined ? '' : `:${lineAt(text, offset)}`);
  const [first] = doc.errors;
  if (first) throw yamlError(text, what, first);
  if (!isMap(doc.contents)) throw new UserError(`${what}: expected a map of chart fields at the top level, got ${typeName(doc.toJS())}`);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    throw new UserError(`${what}: ${(err as Error).message}`);
  }
  const chart = value as Record<string, unknown>;
  const line = (key: string): string => {
    const pair = (doc.contents as { items: { key: { value?: unknown; range?: [number, number, number] } }[] }).items.find((p) => p.key?.value === key);
    return lineOf(pair?.key.range?.[0]);
  };
  const text_ = (key: string, required: boolean): void => {
    const v = chart[key];
    if (v === undefined || v === null) {
      if (required) throw new UserError(`${what}: ${key}: is required`);
      return;
    }
    // YAML reads `appVersion: 1.10` as a number: Helm takes it as the string it looks like.
    if (typeof v === 'number' && key !== 'name') chart[key] = String(v);
    else if (typeof v !== 'string' || v === '') throw new UserError(`${what}${line(key)}: ${key}: expected a non-empty string, got ${typeName(v)}`);
  };
  text_('name', true);
  text_('version', true);
  text_('appVersion', false);
  text_('kubeVersion', false);
  if (chart.dependencies !== undefined && chart.dependencies !== null) {
    if (!Array.isArray(chart.dependencies)) throw new UserError(`${what}${line('dependencies')}: dependencies: expected a list, got ${typeName(chart.dependencies)}`);
    chart.dependencies.forEach((dep: unknown, i) => {
      if (!dep || typeof dep !== 'object' || typeof (dep as { name?: unknown }).name !== 'string') {
        throw new UserError(`${what}${line('dependencies')}: dependencies[${i}].name: expected a string, got ${typeName((dep as { name?: unknown } | null)?.name)}`);
      }
    });
  }
  return chart as ChartMetadata;
}

/** Reads `<chartDir>/Chart.yaml`; `display` is how the file is named in messages (relative to the repository). */
export function readChartYaml(chartDir: string, display = path.join(chartDir, 'Chart.yaml')): ChartMetadata {
  let text: string;
  try {
    text = readFileSync(path.join(chartDir, 'Chart.yaml'), 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(`${display}: ${code === 'ENOENT' ? 'not found' : `cannot be read (${code ?? (err as Error).message})`}`);
  }
  return parseChartYaml(text, display);
}
