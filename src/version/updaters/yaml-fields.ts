import { isScalar, parseAllDocuments, type Document } from 'yaml';
import { UserError } from '../../errors.js';
import { lineAt, type Stream, type VersionSlot } from '../slot.js';

/** Parses every YAML document of a file, keeping source ranges; malformed YAML names file and line. */
export function parseYaml(text: string, file: string): Document[] {
  const docs = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: true });
  if (!Array.isArray(docs)) return []; // an empty stream
  for (const doc of docs) {
    const err = doc.errors[0];
    if (err) throw new UserError(`${file}:${lineAt(text, err.pos[0])}: malformed YAML (${err.message.split('\n')[0]})`);
  }
  return docs;
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
  if (!isScalar(node) || !node.range) {
    throw new UserError(`${file}: ${path} is not a single value (found a ${node === null ? 'null' : typeof node === 'object' ? 'map or list' : typeof node})`);
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
