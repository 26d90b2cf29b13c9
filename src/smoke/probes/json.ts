/**
 * Assertions on a tool's JSON result: `{"system.vectorDB.connected": true}` — a dotted path (an
 * array element as `plugins[0]` or `plugins.0`) and the value it must hold (deep equality), or
 * `{not: value}` for "present, and not that value" (e.g. `system.vectorDB.url: {not: unknown}`).
 */
import { oneLine } from './text.js';

export type PathSegment = string | number;

/** `a.b[0].c` -> ['a', 'b', 0, 'c']; undefined when the path is not well formed. */
export function parseJsonPath(path: string): PathSegment[] | undefined {
  if (path.trim() === '') return undefined;
  const segments: PathSegment[] = [];
  for (const part of path.split('.')) {
    const match = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!match) return undefined;
    const [, name, indexes] = match as unknown as [string, string, string];
    if (name === '' && indexes === '') return undefined;
    if (name !== '') segments.push(/^\d+$/.test(name) ? Number(name) : name);
    for (const index of indexes.matchAll(/\[(\d+)\]/g)) segments.push(Number(index[1]));
  }
  return segments;
}

/** The value at a path, or `found: false` naming the first segment that is not there. */
export function lookup(value: unknown, path: PathSegment[]): { found: true; value: unknown } | { found: false; missing: string } {
  let node = value;
  let at = '';
  for (const segment of path) {
    const next = typeof segment === 'number' ? `${at}[${segment}]` : at ? `${at}.${segment}` : segment;
    if (typeof segment === 'number' && Array.isArray(node) && segment < node.length) node = node[segment];
    else if (typeof segment === 'number' && node && typeof node === 'object' && !Array.isArray(node) && String(segment) in node) node = (node as Record<string, unknown>)[String(segment)];
    else if (typeof segment === 'string' && node && typeof node === 'object' && !Array.isArray(node) && Object.prototype.hasOwnProperty.call(node, segment)) node = (node as Record<string, unknown>)[segment];
    else return { found: false, missing: next };
    at = next;
  }
  return { found: true, value: node };
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((x, i) => deepEqual(x, (b as unknown[])[i]));
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  return ka.length === kb.length && ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** `{not: value}`: the one operator; anything else is a value to equal. */
function negation(expected: unknown): { not: unknown } | undefined {
  if (expected && typeof expected === 'object' && !Array.isArray(expected) && Object.keys(expected).length === 1 && 'not' in expected) return expected as { not: unknown };
  return undefined;
}

/** A value in a one-line message: JSON, escaped, cut. */
export function shown(value: unknown, max = 120): string {
  return oneLine(JSON.stringify(value) ?? String(value), max);
}

/** Checks the assertions' shape (paths), before anything runs: a problem per bad path. */
export function jsonAssertionProblems(assertions: Record<string, unknown>): string[] {
  return Object.keys(assertions)
    .filter((path) => !parseJsonPath(path))
    .map((path) => `${shown(path)} is not a path (dotted names, [N] for an array element)`);
}

/** The JSON a tool result carries: its structured content, else the first text part that is JSON. */
export function resultJson(result: { content?: unknown; structuredContent?: unknown }): unknown {
  if (result.structuredContent && typeof result.structuredContent === 'object') return result.structuredContent;
  const parts = Array.isArray(result.content) ? (result.content as Array<{ type?: string; text?: unknown }>) : [];
  for (const part of parts) {
    if (part.type !== 'text' || typeof part.text !== 'string') continue;
    try {
      const parsed: unknown = JSON.parse(part.text);
      if (parsed && typeof parsed === 'object') return parsed;
    } catch {
      // not this part
    }
  }
  return undefined;
}

/**
 * The first assertion that does not hold, as the end of a one-line cause ("system.vectorDB.connected
 * is false, expected true"); `redact` scrubs what the server sent. Undefined when all hold.
 */
export function failedAssertion(json: unknown, assertions: Record<string, unknown>, redact: (text: string) => string = (t) => t): string | undefined {
  if (json === undefined) return 'no JSON in the result to check';
  for (const [path, expected] of Object.entries(assertions)) {
    const segments = parseJsonPath(path);
    if (!segments) return `${shown(path)} is not a path`;
    const at = lookup(json, segments);
    const not = negation(expected);
    const wanted = not ? `anything but ${shown(not.not)}` : shown(expected);
    if (!at.found) return `${oneLine(path, 120)} is absent (no ${oneLine(at.missing, 120)}), expected ${wanted}`;
    const holds = not ? !deepEqual(at.value, not.not) : deepEqual(at.value, expected);
    if (!holds) return `${oneLine(path, 120)} is ${redact(shown(at.value))}, expected ${wanted}`;
  }
  return undefined;
}
