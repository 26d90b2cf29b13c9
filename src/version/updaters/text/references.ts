import type { Updater, VersionSlot } from '../../slot.js';
import { lineIndex } from '../../../fs/lines.js';

/**
 * A line that carries this marker (or follows a line carrying the `-next-line` form) is not a
 * version slot: docs that show an old version on purpose ("upgrading from 1.5.0") say so.
 */
export const IGNORE_MARKER = 'dot-ai-release-ignore';

const VERSION = String.raw`\d+\.\d+\.\d+(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?`;
// What may not follow a version for it to end there: more tag characters, or a dot that continues it.
const VERSION_END = String.raw`(?![0-9A-Za-z_+-]|\.[0-9A-Za-z])`;
const NAME_START = String.raw`(?<![0-9A-Za-z._/-])`;

function escape(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function ignoredLines(text: string): Set<number> {
  const ignored = new Set<number>();
  if (!text.includes(IGNORE_MARKER)) return ignored;
  text.split('\n').forEach((line, i) => {
    if (line.includes(`${IGNORE_MARKER}-next-line`)) ignored.add(i + 2);
    else if (line.includes(IGNORE_MARKER)) ignored.add(i + 1);
  });
  return ignored;
}

/**
 * `<image>:<version>` in any text file (docs, compose files, manifests, ToolHive resources,
 * gordon-mcp.yml). Tags that are not versions (`latest`, `sha-abc123`) are not slots; a `v`
 * prefix is kept as written.
 */
export function imageReferences(images: string[]): Updater {
  const pattern = images.length
    ? new RegExp(`${NAME_START}(?:${images.map(escape).join('|')}):v?(${VERSION})${VERSION_END}`, 'g')
    : undefined;
  return {
    name: 'image references',
    text: true,
    find(text, file) {
      if (!pattern) return [];
      const ignored = ignoredLines(text);
      const lineAt = lineIndex(text);
      const slots: VersionSlot[] = [];
      for (const match of text.matchAll(pattern)) {
        const version = match[1] as string;
        const end = match.index + match[0].length;
        const start = end - version.length;
        const line = lineAt(start);
        if (ignored.has(line)) continue;
        const image = match[0].slice(0, match[0].lastIndexOf(':'));
        slots.push({ file, field: `${image}:<tag>`, stream: 'app', current: version, start, end, line, image });
      }
      return slots;
    },
  };
}

/** The logical command line around `offset`: shell continuation lines (trailing `\`) joined. */
function commandExtent(text: string, offset: number): [number, number] {
  let start = text.lastIndexOf('\n', offset - 1) + 1;
  while (start > 1) {
    const prevEnd = start - 1; // the '\n'
    const prevText = text.slice(text.lastIndexOf('\n', prevEnd - 1) + 1, prevEnd).replace(/\r$/, '');
    if (!prevText.endsWith('\\')) break;
    start = text.lastIndexOf('\n', prevEnd - 1) + 1;
  }
  let end = offset;
  for (;;) {
    const nl = text.indexOf('\n', end);
    if (nl === -1) return [start, text.length];
    if (!text.slice(end, nl).replace(/\r$/, '').endsWith('\\')) return [start, nl];
    end = nl + 1;
  }
}

/**
 * Chart references: `oci://<registry>/<namespace>/<chart>` followed by a `:<version>` tag, or
 * with `--version <v>` / `--version=<v>` on the same (possibly continued) command line.
 */
export function chartReferences(charts: string[]): Updater {
  const refPattern = charts.length
    ? new RegExp(`${NAME_START}(?:${charts.map(escape).join('|')})(?![0-9A-Za-z._/-])(?::(${VERSION})${VERSION_END})?`, 'g')
    : undefined;
  const flagPattern = new RegExp(`--version(?:=|[ \\t]+)(["']?)v?(${VERSION})${VERSION_END}`, 'g');
  return {
    name: 'chart references',
    text: true,
    find(text, file) {
      if (!refPattern) return [];
      const ignored = ignoredLines(text);
      const lineAt = lineIndex(text);
      const slots = new Map<number, VersionSlot>();
      const add = (start: number, current: string, field: string) => {
        const line = lineAt(start);
        if (!ignored.has(line)) slots.set(start, { file, field, stream: 'chart', current, start, end: start + current.length, line });
      };
      let searchedTo = -1; // end of the command line last searched for --version (matches come in order; several may share it)
      for (const match of text.matchAll(refPattern)) {
        const tag = match[1];
        if (tag) {
          add(match.index + match[0].length - tag.length, tag, `${match[0].slice(0, -tag.length - 1)}:<tag>`);
          continue;
        }
        if (match.index < searchedTo) continue;
        const [from, to] = commandExtent(text, match.index);
        searchedTo = to;
        for (const flag of text.slice(from, to).matchAll(flagPattern)) {
          const version = flag[2] as string;
          const start = from + flag.index + flag[0].length - version.length;
          add(start, version, `${match[0]} --version`);
        }
      }
      return [...slots.values()];
    },
  };
}
