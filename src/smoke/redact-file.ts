/**
 * THE redaction of a diagnostic file before it is written (every method's files go through the
 * method's writer, MethodEnv.write): JSON and YAML by structure, anything else as text; the rules
 * are redact.ts's.
 */
import { isMap, isScalar, isSeq, parseAllDocuments, stringify, type Document } from 'yaml';
import { redactText, redactValue } from './redact.js';

/** A multi-document YAML stream (a rendering) redacted document by document; undefined when it is not YAML. */
function redactYaml(text: string): string | undefined {
  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(text, { uniqueKeys: false }) as Document.Parsed[];
  } catch {
    return undefined;
  }
  if (!Array.isArray(docs) || docs.some((d) => d.errors.length)) return undefined;
  const valid = docs.every((d) => d.contents === null || isMap(d.contents) || isSeq(d.contents) || isScalar(d.contents));
  if (!valid) return undefined;
  return docs
    .map((d) => {
      const value: unknown = d.toJS({ maxAliasCount: 100 });
      return value === null || value === undefined ? '' : stringify(redactValue(value), { lineWidth: 0 });
    })
    .join('---\n');
}

/** `name` tells the format (`.json` and `.yaml`/`.yml` by structure, anything else as text); `secrets` are what the run knows. */
export function redactDiagnostic(name: string, text: string, secrets: Iterable<string> = []): string {
  const known = [...secrets];
  let structured: string | undefined;
  if (/\.json$/i.test(name)) {
    try {
      structured = `${JSON.stringify(redactValue(JSON.parse(text)), null, 2)}\n`;
    } catch {
      structured = undefined;
    }
  } else if (/\.ya?ml$/i.test(name)) {
    structured = redactYaml(text);
  }
  return redactText(structured ?? text, known);
}

