import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { UserError } from '../../errors.js';
import { lineAt } from '../../fs/lines.js';
import type { Stream } from '../../config/config.js';
import type { VersionSlot } from '../slot.js';

/**
 * Parses JSON keeping every value's offset, so a value can be replaced without re-serialising
 * the file. Malformed JSON, a document nested too deep to parse, and duplicate keys (tools
 * disagree on which one counts: we would edit the first while npm reads the last) are refused
 * with file and line.
 */
export function parseJson(text: string, file: string): Node {
  const errors: ParseError[] = [];
  let root: Node | undefined;
  // A leading byte order mark is allowed (npm allows it); a space keeps every offset.
  const source = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  try {
    root = parseTree(source, errors, { allowTrailingComma: false, disallowComments: true });
  } catch (err) {
    if (err instanceof RangeError) throw new UserError(`${file}: malformed JSON (nested too deeply to read)`);
    throw err;
  }
  if (text.trim() === '' || (text.length === 1 && text.charCodeAt(0) === 0xfeff)) throw new UserError(`${file}:1: malformed JSON (empty file)`);
  const first = errors[0];
  if (first || !root) {
    const offset = first?.offset ?? 0;
    const reason = first ? printParseErrorCode(first.error) : 'no value';
    throw new UserError(`${file}:${lineAt(text, offset)}: malformed JSON (${reason})`);
  }
  if (root.type !== 'object') throw new UserError(`${file}: expected a JSON object at the top level, got ${root.type === 'array' ? 'an array' : `a ${root.type}`}`);
  refuseDuplicateKeys(text, root, file);
  return root;
}

function refuseDuplicateKeys(text: string, root: Node, file: string): void {
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop() as Node;
    if (node.type === 'object') {
      const seen = new Map<string, Node>();
      for (const property of node.children ?? []) {
        const key = property.children?.[0];
        if (!key) continue;
        const name = String(key.value);
        const earlier = seen.get(name);
        if (earlier) {
          throw new UserError(
            `${file}:${lineAt(text, key.offset)}: duplicate key ${JSON.stringify(name)} (also at line ${lineAt(text, earlier.offset)}); tools disagree on which one counts, keep one`,
          );
        }
        seen.set(name, key);
      }
    }
    for (const child of node.children ?? []) stack.push(child);
  }
}

export type JsonPath = (string | number)[];

export function formatJsonPath(path: JsonPath): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : /^[A-Za-z_$][\w$-]*$/.test(p) ? (i ? `.${p}` : p) : `[${JSON.stringify(p)}]`))
    .join('');
}

/** The slot of a string value at `path`, or undefined when there is no such value. */
export function jsonStringSlot(text: string, root: Node, path: JsonPath, file: string, stream: Stream): VersionSlot | undefined {
  const node = findNodeAtLocation(root, path);
  if (!node) return undefined;
  const field = formatJsonPath(path);
  if (node.type !== 'string') {
    throw new UserError(`${file}:${lineAt(text, node.offset)}: ${field} is a ${node.type}, expected a version string`);
  }
  const start = node.offset + 1;
  const end = node.offset + node.length - 1;
  if (text.slice(start, end) !== node.value) {
    throw new UserError(`${file}:${lineAt(text, node.offset)}: ${field} uses JSON escapes; write the version plainly`);
  }
  return { file, field, stream, current: String(node.value), start, end, line: lineAt(text, start) };
}
