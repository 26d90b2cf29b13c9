/**
 * Maps a key of a rendered object back to a line of the Helm template that produced it.
 *
 * Helm names the template of each rendered document (`# Source:`), not the line. The text a
 * template writes literally (`securityContext:`, `- name: mcp-server`, `resources: ["*"]`) comes
 * out of the render unchanged, and a line mixing text and actions (`image: "{{ .Values.image }}"`)
 * comes out as its text around whatever the actions print. So the rendered document is aligned
 * with the template line by line (a weighted longest common subsequence: literal lines weigh
 * more than lines with actions, which match as patterns), and a key is mapped through the line
 * it sits on; a key printed by an action (`{{ toYaml .Values.resources | nindent 12 }}`) has no
 * line of its own, so its nearest parent key that has one stands for it. Nothing is guessed: a
 * key whose parents never align with the template (an object written by an `include`) has no line.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { lineIndex } from '../fs/lines.js';
import type { KeyPath } from './types.js';

/** Larger alignments (rendered lines × template lines) are not tried: the table would take too much memory. */
export const MAX_ALIGNMENT_CELLS = 4_000_000;

/** How a template line is recognised in the output: exactly (literal text), as a pattern (text around actions), or not at all. */
type LineMatcher = { kind: 'literal'; text: string } | { kind: 'pattern'; re: RegExp } | undefined;

/** Weights of a match: a literal line is a surer anchor than a pattern. */
const LITERAL_WEIGHT = 3;
const PATTERN_WEIGHT = 1;

interface Segment {
  start: number;
  end: number;
  action: boolean;
  /** `{{-`: trims the white space before it (newlines included). */
  trimLeft: boolean;
  /** `-}}`: trims the white space after it. */
  trimRight: boolean;
}

/** Splits template text into literal text and `{{ ... }}` actions (strings inside actions may hold `}}`). */
export function templateSegments(text: string): Segment[] {
  const segments: Segment[] = [];
  let literalStart = 0;
  let i = text.indexOf('{{');
  while (i !== -1) {
    let j = i + 2;
    let end = -1;
    while (j < text.length) {
      const ch = text[j];
      if (ch === '"' || ch === "'" || ch === '`') {
        const close = ch === '`' ? text.indexOf('`', j + 1) : closingQuote(text, j);
        if (close === -1) break;
        j = close + 1;
        continue;
      }
      if (ch === '/' && text[j + 1] === '*') {
        const close = text.indexOf('*/', j + 2);
        if (close === -1) break;
        j = close + 2;
        continue;
      }
      if (ch === '}' && text[j + 1] === '}') {
        end = j + 2;
        break;
      }
      j++;
    }
    if (end === -1) break; // an unclosed action: helm would refuse the template; the rest counts as text
    if (i > literalStart) segments.push({ start: literalStart, end: i, action: false, trimLeft: false, trimRight: false });
    segments.push({ start: i, end, action: true, trimLeft: /^\{\{- /.test(text.slice(i, i + 4)), trimRight: / -\}\}$/.test(text.slice(end - 4, end)) });
    literalStart = end;
    i = text.indexOf('{{', end);
  }
  if (literalStart < text.length) segments.push({ start: literalStart, end: text.length, action: false, trimLeft: false, trimRight: false });
  return segments;
}

function closingQuote(text: string, open: number): number {
  const quote = text[open];
  for (let k = open + 1; k < text.length; k++) {
    if (text[k] === '\\') k++;
    else if (text[k] === quote) return k;
    else if (text[k] === '\n') return -1;
  }
  return -1;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One matcher per template line (index 0 = line 1). */
export function lineMatchers(template: string): LineMatcher[] {
  const segments = templateSegments(template);
  // Per line: its pieces of literal text and the actions on it, with what trimming does at its ends.
  interface Piece {
    text: string;
    action: boolean;
  }
  const lines: { pieces: Piece[]; openStart: boolean; openEnd: boolean }[] = template.split('\n').map(() => ({ pieces: [], openStart: false, openEnd: false }));
  const lineOf = lineIndex(template);
  segments.forEach((seg, s) => {
    if (seg.action) {
      for (let l = lineOf(seg.start); l <= lineOf(Math.max(seg.start, seg.end - 1)); l++) lines[l - 1]?.pieces.push({ text: '', action: true });
      return;
    }
    let text = template.slice(seg.start, seg.end);
    let offset = seg.start;
    const before = segments[s - 1];
    const after = segments[s + 1];
    // `{{- ` eats the white space before it, newlines too: the line it ends runs on into the action's output.
    if (after?.action && after.trimLeft) {
      const kept = text.replace(/\s+$/, '');
      const line = lines[lineOf(offset + kept.length) - 1];
      if (line && text.slice(kept.length).includes('\n')) line.openEnd = true;
      text = kept;
    }
    // ` -}}` eats the white space after it: the next text continues the line the action is on.
    if (before?.action && before.trimRight) {
      const kept = text.replace(/^\s+/, '');
      const eaten = text.length - kept.length;
      const line = lines[lineOf(offset + eaten) - 1];
      if (line && text.slice(0, eaten).includes('\n')) line.openStart = true;
      text = kept;
      offset += eaten;
    }
    const first = lineOf(offset);
    text.split('\n').forEach((part, k) => lines[first + k - 1]?.pieces.push({ text: part, action: false }));
  });
  return lines.map(({ pieces, openStart, openEnd }) => {
    const literal = pieces.filter((p) => !p.action).map((p) => p.text).join('');
    if (literal.replace(/[\s-]/g, '').length < 2) return undefined; // no text of its own to recognise
    if (!openStart && !openEnd && pieces.every((p) => !p.action)) return { kind: 'literal', text: literal.trimEnd() };
    const body = pieces.map((p) => (p.action ? '.*' : escapeRegExp(p.text))).join('').replace(/(\.\*)+/g, '.*');
    return { kind: 'pattern', re: new RegExp(`^${openStart ? '.*' : ''}${body.replace(/\s+$/, '')}${openEnd ? '.*' : '\\s*'}$`) };
  });
}

/**
 * Aligns rendered lines with template lines (weighted longest common subsequence, order kept).
 * Returns, for each rendered line (index 0 = line 1), the template line (1-based) it came from,
 * or 0; undefined when the texts are too large to align.
 */
export function alignLines(rendered: string, template: string): Int32Array | undefined {
  const out = rendered.split('\n').map((l) => l.trimEnd());
  const matchers = lineMatchers(template);
  const n = out.length;
  const m = matchers.length;
  if ((n + 1) * (m + 1) > MAX_ALIGNMENT_CELLS) return undefined;
  const weight = (i: number, j: number): number => {
    const matcher = matchers[j];
    const line = out[i] as string;
    if (!matcher || line.trim() === '') return 0;
    if (matcher.kind === 'literal') return matcher.text === line ? LITERAL_WEIGHT : 0;
    return matcher.re.test(line) ? PATTERN_WEIGHT : 0;
  };
  const width = m + 1;
  const score = new Int32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const w = weight(i, j);
      const skip = Math.max(score[(i + 1) * width + j] as number, score[i * width + j + 1] as number);
      score[i * width + j] = w ? Math.max(skip, w + (score[(i + 1) * width + j + 1] as number)) : skip;
    }
  }
  const mapped = new Int32Array(n);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const here = score[i * width + j] as number;
    const w = weight(i, j);
    if (w && here === w + (score[(i + 1) * width + j + 1] as number)) {
      mapped[i] = j + 1;
      i++;
      j++;
    } else if (here === score[(i + 1) * width + j]) {
      i++;
    } else {
      j++;
    }
  }
  return mapped;
}

/**
 * The lines (1-based, in `text`) of the key at `path` and of its parents, deepest first: as far
 * as the path exists in the rendered document, then the object's `kind:` line.
 */
export function keyLines(text: string, path: KeyPath): number[] {
  const doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false });
  const lineOf = lineIndex(text);
  const lines: number[] = [];
  const at = (node: Node | null | undefined): number | undefined => (node?.range ? lineOf(node.range[0]) : undefined);
  const keyOf = (map: unknown, key: string) => (isMap(map) ? map.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key) : undefined);
  let node: unknown = doc.contents;
  for (const segment of path) {
    if (typeof segment === 'string') {
      const pair = keyOf(node, segment);
      const line = at(pair?.key as Node | undefined);
      if (!pair || line === undefined) break;
      lines.push(line);
      node = pair.value;
    } else {
      const item = isSeq(node) ? (node.items[segment] as Node | undefined) : undefined;
      const line = at(item);
      if (line === undefined) break;
      lines.push(line);
      node = item;
    }
  }
  const kind = at(keyOf(doc.contents, 'kind')?.key as Node | undefined);
  if (kind !== undefined) lines.unshift(kind);
  return lines.reverse();
}

export type TemplateLine = { line: number; exact: boolean } | { line?: undefined; why: string };

/**
 * The template line a key of a rendered document comes from: the key's own line when the
 * template writes it, else its nearest parent's (exact: false), else none, with why. `aligned`
 * is `alignLines(renderedText, template)`, for callers that map several keys of one document.
 */
export function templateLineOf(template: string, renderedText: string, path: KeyPath, aligned = alignLines(renderedText, template)): TemplateLine {
  if (!aligned) return { why: `the template and its output are too large to align (over ${MAX_ALIGNMENT_CELLS} cells)` };
  const candidates = keyLines(renderedText, path);
  for (const [k, line] of candidates.entries()) {
    const found = aligned[line - 1];
    if (found) return { line: found, exact: k === 0 && candidates.length > path.length };
  }
  return { why: 'no line of the template writes this object (it comes whole from an include or a value)' };
}
