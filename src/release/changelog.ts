/**
 * Release notes from a changelog: the section of the version being released. Headings of version
 * sections are level 2 and name the version, in the forms Keep a Changelog and towncrier write:
 * `## [1.2.3] - 2026-08-17`, `## [1.2.3](https://…) - …`, `## 1.2.3 (2026-08-17)`, `## v1.2.3`,
 * `## name 1.2.3 (…)` (towncrier's default title). A section ends at the next version heading (or
 * `## [Unreleased]`, or a level-1 heading); other `##` headings inside it stay in it, and nothing
 * inside a fenced code block is a heading. The heading itself is not part of the notes (the release
 * is named by its tag). A missing file, section or an empty one is said, never an empty body in silence.
 */
import { existsInRepo, readRepoText } from '../fs/read.js';

export interface ChangelogSection {
  /** The heading line (1-based) of the version's section, when there is one. */
  line?: number;
  heading?: string;
  /** The section's text, without its heading and surrounding blank lines. */
  body: string;
}

const SEMVER = String.raw`\d+\.\d+\.\d+(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?`;
/** `[`? then an optional name (not a version), an optional `v`, the version, then the end of the version. */
const VERSION_HEADING = new RegExp(String.raw`^\[?(?:[A-Za-z@][\w@/.-]*\s+)?v?(${SEMVER})(?=$|[\]\s(])`);
const UNRELEASED = /^\[?unreleased\]?(?=$|[\s(\]])/i;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A Markdown link reference definition (`[1.2.3]: https://…`), as Keep a Changelog lists them at the end of the file. */
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:\s*\S+/;

/** The version a level-2 heading's text names, `unreleased`, or undefined for any other heading. */
export function headingVersion(text: string): string | undefined {
  if (UNRELEASED.test(text)) return 'unreleased';
  return VERSION_HEADING.exec(text)?.[1];
}

/** The section of `version` in a changelog's text. */
export function changelogSection(text: string, version: string): ChangelogSection {
  const lines = text.split(/\r?\n/);
  let fence: string | undefined;
  let start: number | undefined;
  let end = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const opening = FENCE.exec(line)?.[1];
    if (fence) {
      if (opening && opening[0] === fence[0] && opening.length >= fence.length && line.trim() === opening) fence = undefined;
      continue;
    }
    if (opening) {
      fence = opening;
      continue;
    }
    const level1 = /^ {0,3}#\s/.test(line);
    const level2 = /^ {0,3}##\s+(.*?)\s*#*\s*$/.exec(line);
    const named = level2 ? headingVersion(level2[1] ?? '') : undefined;
    if (start === undefined) {
      if (named === version) start = i;
    } else if (level1 || named) {
      end = i;
      break;
    }
  }
  if (start === undefined) return { body: '' };
  let body = lines.slice(start + 1, end);
  // The last section of a Keep a Changelog file is followed by the link definitions of every version.
  if (end === lines.length) {
    let cut = body.length;
    while (cut > 0 && (LINK_DEFINITION.test(body[cut - 1] ?? '') || (body[cut - 1] ?? '').trim() === '')) cut--;
    body = body.slice(0, cut);
  }
  return { line: start + 1, heading: (lines[start] ?? '').trim(), body: body.join('\n').replace(/^\s*\n/, '').trimEnd() };
}

export interface ChangelogNotes {
  text: string;
  /** Why there is no text (a missing file, section or an empty section), naming the file. */
  warning?: string;
}

/** The version's notes from the changelog `file` in the repository (read the one way repository files are read). */
export function readChangelogNotes(root: string, file: string, version: string): ChangelogNotes {
  if (!existsInRepo(root, file)) return { text: '', warning: `release notes: ${file} does not exist, so the notes have no changelog section for ${version}` };
  const section = changelogSection(readRepoText(root, file), version);
  if (section.line === undefined) {
    return { text: '', warning: `release notes: ${file} has no section for ${version} (a heading such as "## [${version}] - DATE" or "## ${version} (DATE)"), so the notes have no changelog part` };
  }
  if (!section.body.trim()) return { text: '', warning: `release notes: ${file}:${section.line}: the section of ${version} is empty` };
  return { text: section.body };
}

/** Where a part of the release notes comes from, in the order the parts are joined. */
export type NotesSource = { kind: 'generated'; configurationFile?: string } | { kind: 'file'; path: string; text: string } | { kind: 'changelog'; file: string };

/**
 * The release notes: each part in order, joined by a blank line. `generated` asks GitHub (or, when
 * printing, says where GitHub's notes would go); a changelog's section is read now, from the work
 * tree, so the section a hook made in this run (towncrier) is the one taken. A part that gives
 * nothing is warned about, naming the file.
 */
export async function composeNotes(root: string, version: string, sources: NotesSource[], generate: (source: { configurationFile?: string }) => Promise<string>, warn: (message: string) => void): Promise<string> {
  const parts: string[] = [];
  for (const source of sources) {
    if (source.kind === 'generated') parts.push(await generate(source));
    else if (source.kind === 'file') parts.push(source.text);
    else {
      const notes = readChangelogNotes(root, source.file, version);
      if (notes.warning) warn(notes.warning);
      parts.push(notes.text);
    }
  }
  return parts.map((p) => p.trim()).filter(Boolean).join('\n\n');
}
