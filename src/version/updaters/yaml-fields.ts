import { isAlias, isMap, isScalar, isSeq, type Document } from 'yaml';
import { UserError } from '../../errors.js';
import { lineAt } from '../../fs/lines.js';
import type { Stream } from '../../config/config.js';
import type { VersionSlot } from '../slot.js';

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
