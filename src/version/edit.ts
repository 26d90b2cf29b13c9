import { UserError } from '../errors.js';
import type { FileWrite } from '../fs/atomic-write.js';
import type { ScannedFile } from './scan.js';
import { applyVersions, withoutOverlaps, type Versions, type VersionSlot } from './slot.js';

export interface Change {
  file: string;
  line: number;
  field: string;
  from: string;
  to: string;
}

export interface Edits {
  /** The files to write, with their new bytes (nothing written yet). */
  writes: FileWrite[];
  changes: Change[];
  changedFiles: string[];
}

/**
 * Computes every file's new bytes in memory and proves each: it parses, and every slot reads
 * back its new version. Only the version characters change: the text is encoded back the way it
 * was decoded (UTF-8, or one byte per character for a file in another encoding), so every other
 * byte stays as it was.
 */
export function editFiles(scanned: ScannedFile[], versions: Versions): Edits {
  const writes: FileWrite[] = [];
  const changes: Change[] = [];
  const changedFiles: string[] = [];
  for (const file of scanned) {
    const text = applyVersions(file.text, file.slots, versions);
    changes.push(
      ...file.slots
        .filter((s) => s.current !== versions[s.stream])
        .map((s) => ({ file: s.file, line: s.line, field: s.field, from: s.current, to: versions[s.stream] })),
    );
    if (text === file.text) continue;
    let reread: VersionSlot[];
    try {
      reread = withoutOverlaps(file.updaters.flatMap((u) => u.find(text, file.file)));
    } catch (err) {
      throw new UserError(`${file.file}: the edited file does not parse (${(err as Error).message}); nothing was written`);
    }
    const wrong = reread.find((s) => s.current !== versions[s.stream]);
    if (reread.length !== file.slots.length || wrong) {
      throw new UserError(`${file.file}: the edited file does not read back ${wrong ? `${versions[wrong.stream]} at ${wrong.field}` : 'the same fields'}; nothing was written`);
    }
    writes.push({ file: file.file, absolute: file.absolute, original: file.bytes, content: Buffer.from(text, file.encoding) });
    changedFiles.push(file.file);
  }
  return { writes, changes, changedFiles };
}
