/**
 * A version slot is one place in one file that holds a release version: its exact character
 * range in the file's text, so an edit replaces those characters and nothing else (comments,
 * quoting, indentation, key order and line endings stay as they were).
 */
import type { Stream } from '../config/config.js';

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
  /** The released image whose tag this is (image references, values tags, kustomize, server.json). */
  image?: string;
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
  /**
   * A text scanner (image and chart references): it reads any file, structure unknown. A file
   * read only by text scanners may be binary; it is skipped when it holds no reference.
   */
  readonly text?: boolean;
  find(text: string, file: string): VersionSlot[];
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

/**
 * Keeps the first of overlapping slots (structured updaters run before text scanners), in
 * linear time: each character remembers which kept slot covers it.
 */
export function withoutOverlaps(slots: VersionSlot[]): VersionSlot[] {
  let length = 0;
  for (const slot of slots) length = Math.max(length, slot.end + 1);
  const owner = new Int32Array(length); // 0: free; else 1 + index of the kept slot covering the character
  const emptyAt = new Uint8Array(length); // positions of kept empty slots
  const kept: VersionSlot[] = [];
  for (const slot of slots) {
    let overlaps = false;
    if (slot.start === slot.end) {
      // an empty slot overlaps only a slot that spans its position on both sides
      const left = slot.start > 0 ? (owner[slot.start - 1] as number) : 0;
      overlaps = left !== 0 && left === owner[slot.start];
    } else {
      for (let i = slot.start; i < slot.end && !overlaps; i++) overlaps = owner[i] !== 0 || (i > slot.start && emptyAt[i] === 1);
    }
    if (overlaps) continue;
    kept.push(slot);
    if (slot.start === slot.end) emptyAt[slot.start] = 1;
    for (let i = slot.start; i < slot.end; i++) owner[i] = kept.length;
  }
  return kept.sort((a, b) => a.start - b.start);
}
