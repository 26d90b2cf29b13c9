import { closeSync, mkdirSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { UserError } from '../errors.js';
import { describeFsError } from './read.js';

export interface RepositoryLock {
  /** The folder the lock lives in (the repository's state directory). */
  readonly dir: string;
  release(): void;
}

interface Holder {
  pid: number;
  host: string;
  since: string;
}

/**
 * Takes the repository's write lock (`<state dir>/lock`), so that two `version` runs cannot
 * both read the old versions and each write their own half. A second run is refused with who
 * holds the lock; a lock left by a process that no longer exists (kill -9) is taken over.
 */
export function lockRepository(stateDir: string): RepositoryLock {
  const file = path.join(stateDir, 'lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number;
    try {
      fd = openSync(file, 'wx', 0o600);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT' && attempt === 0) {
        try {
          mkdirSync(stateDir, { mode: 0o700 }); // removed by a run that just finished: make it again
        } catch {
          // made again by another run meanwhile
        }
        continue;
      }
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new UserError(`cannot take the repository lock ${file}: ${describeFsError(err, 'create')}`);
      }
      const holder = readHolder(file);
      if (!holder && youngerThan(file, 5000)) {
        throw new UserError(`another dot-ai-release run is writing this repository; wait for it to finish (lock: ${file})`);
      }
      if (holder && isAlive(holder)) {
        throw new UserError(
          `another dot-ai-release run (process ${holder.pid}, since ${holder.since}) is writing this repository; wait for it to finish (lock: ${file})`,
        );
      }
      try {
        unlinkSync(file); // stale: its process is gone
      } catch {
        // taken over by another run meanwhile: the next attempt sees its lock
      }
      continue;
    }
    const holder: Holder = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
    writeSync(fd, JSON.stringify(holder));
    closeSync(fd);
    return {
      dir: stateDir,
      release: () => {
        try {
          if (readHolder(file)?.pid === process.pid) unlinkSync(file);
        } catch {
          // already gone
        }
      },
    };
  }
  throw new UserError(`another dot-ai-release run is writing this repository; wait for it to finish (lock: ${file})`);
}

function readHolder(file: string): Holder | undefined {
  try {
    const holder = JSON.parse(readFileSync(file, 'utf8')) as Holder;
    return typeof holder.pid === 'number' ? holder : undefined;
  } catch {
    return undefined; // being written by its owner right now, or garbage: treated as held only if it stays so
  }
}

function isAlive(holder: Holder): boolean {
  if (holder.host !== hostname()) return true; // cannot tell: a run on another machine sharing this folder
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A lock file without content is being written by its owner (or was left empty by a crash long ago). */
function youngerThan(file: string, ms: number): boolean {
  try {
    return Date.now() - statSync(file).mtimeMs < ms;
  } catch {
    return false;
  }
}
