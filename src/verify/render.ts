/**
 * Renders a Helm chart with `helm template` (through src/tools/helm.ts) and splits the output into
 * objects, each tagged with the template it came from.
 */
import { parseDocument } from 'yaml';
import { UserError } from '../errors.js';
import type { Helm, TemplateOptions } from '../tools/helm.js';
import type { KubeObject, RenderedObject } from './types.js';

export type RenderOptions = TemplateOptions & { helm: Helm; signal?: AbortSignal };

const SOURCE_RE = /^#\s*Source:\s*(\S+)/;

/** One YAML document of a multi-document stream, with where it starts (1-based line) and the template it came from. */
interface RawDocument {
  text: string;
  line: number;
  source: string;
}

/** Splits on `---` document markers, keeping each document's first line and its `# Source:` comment. */
function rawDocuments(text: string, defaultSource: string): RawDocument[] {
  const docs: RawDocument[] = [];
  let current: string[] = [];
  let start = 1;
  const flush = (): void => {
    const body = current.join('\n');
    const source = current.map((l) => SOURCE_RE.exec(l)?.[1]).find(Boolean) ?? defaultSource;
    if (body.trim()) docs.push({ text: body, line: start, source });
  };
  text.split('\n').forEach((line, i) => {
    if (/^---(\s|$)/.test(line)) {
      flush();
      current = [];
      start = i + 2;
    } else {
      current.push(line);
    }
  });
  flush();
  return docs;
}

/**
 * Splits multi-document YAML into objects. Each object's source is the `# Source:` comment helm
 * writes above it, else `defaultSource`. Empty documents are dropped; a document that is not a
 * mapping or fails to parse is a UserError naming its template and the line within that
 * template's rendered output (it would not apply either).
 */
export function splitManifests(text: string, defaultSource = '<stdin>'): RenderedObject[] {
  const out: RenderedObject[] = [];
  let index = 0;
  for (const raw of rawDocuments(text, defaultSource)) {
    const doc = parseDocument(raw.text, { uniqueKeys: true, prettyErrors: false });
    const [error] = doc.errors;
    if (error) {
      const line = raw.text.slice(0, error.pos[0]).split('\n').length;
      throw new UserError(`${raw.source}: rendered line ${line}: invalid YAML (${error.message.split('\n')[0]})`);
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (err) {
      throw new UserError(`${raw.source}: ${(err as Error).message}`);
    }
    if (value === null || value === undefined) continue;
    if (typeof value !== 'object' || Array.isArray(value)) {
      throw new UserError(`${raw.source}: rendered document ${index} is not a mapping`);
    }
    out.push({ source: raw.source, index, object: value as KubeObject, text: raw.text });
    index++;
  }
  return out;
}

/** `helm template` + split. */
export async function renderChart(opts: RenderOptions): Promise<RenderedObject[]> {
  return splitManifests(await opts.helm.template(opts), opts.chartDir);
}
