import { isAlias, isMap, isScalar, isSeq, parseAllDocuments, type Document, type YAMLError } from 'yaml';
import { UserError } from '../../errors.js';
import { lineAt, type Stream, type VersionSlot } from '../slot.js';

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

/** `a.b.0.c` -> ['a', 'b', 0, 'c']; numeric segments index sequences. */
export function splitPath(path: string): (string | number)[] {
  return path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/**
 * The slot of the scalar at `path`, or undefined when the path is absent. Quoted scalars keep
 * their quotes (only the characters between them are the slot); escapes are refused.
 */
export function yamlScalarSlot(
  text: string,
  doc: Document,
  path: string,
  file: string,
  stream: Stream,
): VersionSlot | undefined {
  const node = doc.getIn(splitPath(path), true);
  if (node === undefined) return undefined;
  if (isAlias(node)) {
    throw new UserError(`${file}:${lineAt(text, node.range?.[0] ?? 0)}: ${path} is an alias (*${node.source}); write the version in place`);
  }
  if (!isScalar(node) || !node.range) {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    const at = range ? `${file}:${lineAt(text, range[0])}` : file;
    throw new UserError(`${at}: ${path} is not a single value (found ${isMap(node) ? 'a map' : isSeq(node) ? 'a list' : 'nothing'}), expected a version`);
  }
  const [from, to] = node.range;
  const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
  const start = quoted ? from + 1 : from;
  const end = quoted ? to - 1 : to;
  const value = node.value === null ? '' : String(node.value);
  if (text.slice(start, end) !== value) {
    throw new UserError(`${file}:${lineAt(text, from)}: ${path} is written in a form that cannot be edited in place (escapes or a block scalar)`);
  }
  return { file, field: path, stream, current: value, start, end, line: lineAt(text, start) };
}
