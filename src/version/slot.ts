/**
 * A version slot is one place in one file that holds a release version: its exact character
 * range in the file's text, so an edit replaces those characters and nothing else (comments,
 * quoting, indentation, key order and line endings stay as they were).
 */
export type Stream = 'app' | 'chart';

export interface VersionSlot {
  /** Repository-relative path, forward slashes. */
  file: string;
  /** What the slot is, for people: `version`, `image.tag`, `ghcr.io/o/r:<tag>`, `--version`. */
  field: string;
  /** Which version belongs here: the application's, or the chart's (which may be bumped on its own). */
  stream: Stream;
  /** The text the slot holds now. */
  current: string;
  /** Character offsets of the version text (without quotes). */
  start: number;
  end: number;
  /** 1-based line of `start`. */
  line: number;
}

export interface Versions {
  app: string;
  chart: string;
}

/**
 * One updater per kind of file (release-please style). `find` locates every slot it knows in the
 * text; editing and verifying are shared (`applyVersions`, then `find` again on the result).
 * `find` throws a UserError naming the file for malformed content or a configured field that is missing.
 */
export interface Updater {
  readonly name: string;
  find(text: string, file: string): VersionSlot[];
}

export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Replaces every slot's characters with the version of its stream; other text is kept byte for byte. */
export function applyVersions(text: string, slots: VersionSlot[], versions: Versions): string {
  let out = '';
  let cursor = 0;
  for (const slot of [...slots].sort((a, b) => a.start - b.start)) {
    out += text.slice(cursor, slot.start) + versions[slot.stream];
    cursor = slot.end;
  }
  return out + text.slice(cursor);
}

/** Keeps the first of overlapping slots (structured updaters run before text scanners). */
export function withoutOverlaps(slots: VersionSlot[]): VersionSlot[] {
  const kept: VersionSlot[] = [];
  for (const slot of slots) {
    if (!kept.some((k) => slot.start < k.end && k.start < slot.end)) kept.push(slot);
  }
  return kept.sort((a, b) => a.start - b.start);
}
