import { rmdirSync } from 'node:fs';
import path from 'node:path';
import { recoverInterruptedWrite, removeStaleTemps, writeAllOrNothing, type FileWrite } from './atomic-write.js';
import { lockRepository } from './lock.js';
import { repositoryStateDir } from './state-dir.js';

export interface RepositoryWriter {
  /** Files an interrupted earlier run had changed, put back as they were before it. */
  readonly restored: string[];
  /** Writes every file all or nothing (src/fs/atomic-write.ts). */
  write(writes: FileWrite[]): void;
  /** Releases the repository lock. */
  close(): void;
}

/**
 * Everything a command that edits the repository needs, in order: the repository lock (a second
 * run is refused), recovery of what an interrupted run left (its originals put back, its staged
 * files removed: none are ever in the work tree), then all-or-nothing writes.
 */
export function openRepositoryWriter(root: string): RepositoryWriter {
  const stateDir = repositoryStateDir(root);
  const lock = lockRepository(stateDir);
  try {
    const restored = recoverInterruptedWrite(root, stateDir);
    return {
      restored,
      write(writes) {
        removeStaleTemps(writes.map((w) => path.dirname(w.absolute)));
        writeAllOrNothing(root, stateDir, writes);
      },
      close: () => {
        lock.release();
        try {
          rmdirSync(stateDir); // leave nothing behind when nothing is pending (fails, harmlessly, if anything is)
        } catch {
          // not empty, or already gone
        }
      },
    };
  } catch (err) {
    lock.release();
    throw err;
  }
}
