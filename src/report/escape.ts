/**
 * Escaping for every channel the toolkit prints to, used by both reporters and by the commands'
 * markdown. Text that came from a file or an input (a chart, image, file or user name, a version
 * string) must stay text on its channel and never become one of the channel's commands:
 * - a terminal or log line: no control characters (a newline would start a line of its own, e.g.
 *   a forged `error:`; ESC starts terminal sequences), no invisible or text-reordering characters;
 * - a GitHub Actions log line: also no workflow command (`::name::` at the start of a line after
 *   whitespace, or `##[name]` anywhere in it: the runner reads both);
 * - markdown (the job summary): no HTML (`<tag>` would vanish), links, emphasis or table breaks.
 * Escapes are visible (`\n`, `\x1b`, `\u{202e}`), so what was there can still be read.
 */

// C0 and C1 controls, DEL, soft hyphen, line and paragraph separators, bidirectional controls,
// zero-width characters and the byte order mark: characters that move, hide or reorder text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
// eslint-disable-next-line no-control-regex -- likewise
const UNSAFE_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
// What JSON.stringify leaves raw inside strings (it escapes C0 controls itself; newlines outside strings are layout).
const UNSAFE_IN_JSON = /[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeChar(ch: string): string {
  const code = ch.charCodeAt(0);
  return NAMED[ch] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`);
}

/** One visible line: every control, invisible or reordering character written as an escape. */
export function visible(text: string): string {
  return text.replace(UNSAFE, escapeChar);
}

/** Neutralises workflow commands in one line that has no control characters left. */
function withoutWorkflowCommands(line: string): string {
  const out = line.replace(/##\[/g, '##\\x5b');
  return /^\s*::/.test(out) ? out.replace(':', '\\x3a') : out;
}

/**
 * A line for a terminal or a CI log (stderr of the CLI, core.info on GitHub): visible, and
 * never a workflow command, since the CLI's output lands in a workflow's log as well.
 */
export function logLine(text: string): string {
  return withoutWorkflowCommands(visible(text));
}

/**
 * The text of a workflow command the action writes itself (`::error::TEXT`, `::warning::`,
 * `::debug::`, `::group::`): visible, and no `##[` in it, which the runner reads anywhere in a line
 * (`@actions/core` escapes `%` and line breaks of the data, nothing else). A server's answer quoted
 * in a final error line stays text.
 */
export function commandText(text: string): string {
  return visible(text).replace(/##\[/g, '##\\x5b');
}

/** Multi-line text we composed (a summary printed by the CLI): line breaks kept, each line made safe. */
export function logLines(text: string): string {
  return text
    .replace(UNSAFE_BUT_NEWLINE, escapeChar)
    .split('\n')
    .map(withoutWorkflowCommands)
    .join('\n');
}

/**
 * JSON for stdout: JSON.stringify escapes C0 controls but leaves C1 controls, separators and
 * bidirectional controls raw; those become \u escapes, and `##[` (only possible inside a
 * string) becomes `##\u005b`. The text still parses to the same value.
 */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(UNSAFE_IN_JSON, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/##\[/g, '##\\u005b');
}

/** Markdown we wrote ourselves (trusted), as opposed to a plain string, which is always escaped as text. */
export class Markdown {
  constructor(readonly source: string) {}
  toString(): string {
    return this.source;
  }
}

/**
 * Untrusted text as markdown that renders as exactly that text: no HTML, links, emphasis, math,
 * entities or block syntax; one line. (`|` is left to `markdownTable`, which escapes it in cells.)
 */
export function mdText(text: string): string {
  const escaped = visible(text).replace(/[\\`*_[\]<>~&$]/g, '\\$&');
  if (/^\d+[.)]/.test(escaped)) return escaped.replace(/^(\d+)([.)])/, '$1\\$2'); // not an ordered list
  return /^[#+=-]/.test(escaped) ? `\\${escaped}` : escaped; // not a heading, list or rule
}

/** Untrusted text as an inline code span: shown verbatim (`<tag>` included), one line, any backticks fenced. */
export function mdCode(text: string): string {
  const body = visible(text);
  if (body === '') return '';
  let longest = 0;
  for (const run of body.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad = body.startsWith('`') || body.endsWith('`') || (body.startsWith(' ') && body.endsWith(' ') && body.trim() !== '') ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** Untrusted multi-line text as a fenced code block (e.g. a command to copy): lines kept, controls escaped, the fence longer than any backtick run. */
export function mdCodeBlock(text: string, language = ''): string {
  const body = text.replace(UNSAFE_BUT_NEWLINE, escapeChar);
  let longest = 0;
  for (const run of body.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${language}\n${body}\n${fence}`;
}

/** Builders for markdown cells and lines: `md.code(file)` for names and values, `md.text(s)` for prose. */
export const md = {
  text: (text: string) => new Markdown(mdText(text)),
  code: (text: string) => new Markdown(mdCode(text)),
  codeBlock: (text: string, language = '') => new Markdown(mdCodeBlock(text, language)),
  /** Markdown written by our own code (headings, our own words): not escaped. */
  raw: (source: string) => new Markdown(source),
};

/** A cell: a plain string is untrusted text (escaped); a Markdown value is used as it is. */
export type Cell = string | Markdown;

/** A GFM table. Plain strings are escaped as text; every `|` in a cell is escaped (also inside code spans, as GFM wants). */
export function markdownTable(header: Cell[], rows: Cell[][]): string {
  const cell = (c: Cell) => (c instanceof Markdown ? c.source : mdText(c)).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  return [
    `| ${header.map(cell).join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');
}

/**
 * Messages name inputs as the action has them (`input methods: ...`, `inputs bump and set`,
 * `pass input allow-downgrade`); on the CLI the user typed flags, so each known option name after
 * `input`/`inputs` becomes `--name` (`--methods: ...`, `--bump and --set`). One rule for every
 * message, applied where the CLI prints; unknown names are left as written.
 */
export function cliInputNames(message: string, options: readonly string[]): string {
  if (!message.includes('input')) return message;
  const names = [...options].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!names.length) return message;
  const name = `(?:${names.join('|')})(?![\\w-])`;
  const list = new RegExp(`\\binputs? (${name}(?:(?:, | and | or )${name})*)`, 'g');
  return message.replace(list, (_all, group: string) => group.replace(new RegExp(name, 'g'), (n) => `--${n}`));
}
