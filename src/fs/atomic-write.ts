import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface FileWrite {
  absolute: string;
  original: string;
  text: string;
}

/**
 * Writes several files all or nothing: every new text goes to a temporary file beside its
 * target first; only when all of them are on disk are they renamed over the targets. If a
 * rename fails midway, the files already replaced get their original text back.
 */
export function writeAllOrNothing(writes: FileWrite[]): void {
  const suffix = `.dot-ai-release-${randomBytes(4).toString('hex')}.tmp`;
  const staged: { temp: string; write: FileWrite }[] = [];
  try {
    for (const write of writes) {
      const temp = path.join(path.dirname(write.absolute), `.${path.basename(write.absolute)}${suffix}`);
      writeFileSync(temp, write.text, { mode: statSync(write.absolute).mode });
      staged.push({ temp, write });
    }
  } catch (err) {
    for (const { temp } of staged) rmSync(temp, { force: true });
    throw err;
  }
  const renamed: FileWrite[] = [];
  try {
    for (const { temp, write } of staged) {
      renameSync(temp, write.absolute);
      renamed.push(write);
    }
  } catch (err) {
    for (const write of renamed) writeFileSync(write.absolute, write.original);
    for (const { temp } of staged) rmSync(temp, { force: true });
    throw err;
  }
}
