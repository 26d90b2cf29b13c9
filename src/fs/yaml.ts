/** YAML as the repository's files are read: every document with its source ranges, errors as one line naming file and line. */
import { parseAllDocuments, type Document, type YAMLError } from 'yaml';
import { UserError } from '../errors.js';
import { lineAt } from './lines.js';

/** What a parsed value is, for messages: `a list`, `a map`, `number 42`, `null`. */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a map' : `${typeof value} ${JSON.stringify(value)}`;
}

/** Parses every YAML document of a file, keeping source ranges; malformed YAML names file and line. */
export function parseYaml(text: string, file: string): Document[] {
  let docs: Document[] | ReturnType<typeof parseAllDocuments>;
  try {
    docs = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: true });
  } catch (err) {
    throw new UserError(`${file}: malformed YAML (${(err as Error).message.split('\n')[0]})`);
  }
  if (!Array.isArray(docs)) return []; // an empty stream
  for (const doc of docs) {
    const err = doc.errors[0];
    if (err) throw yamlError(text, file, err);
  }
  return docs;
}

/** A parser error as one line: file, line, and what is wrong (a duplicate key is named). */
export function yamlError(text: string, file: string, err: YAMLError): UserError {
  const line = lineAt(text, err.pos[0]);
  if (err.code === 'DUPLICATE_KEY') {
    const rest = text.slice(err.pos[0], text.indexOf('\n', err.pos[0]) === -1 ? undefined : text.indexOf('\n', err.pos[0]));
    const key = (/^(.*?):(?:\s|$)/.exec(rest)?.[1] ?? rest).trim();
    return new UserError(`${file}:${line}: duplicate key ${JSON.stringify(key)}; tools disagree on which one counts, keep one`);
  }
  return new UserError(`${file}:${line}: malformed YAML (${err.message.split('\n')[0]})`);
}
