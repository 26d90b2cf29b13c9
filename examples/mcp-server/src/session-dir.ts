// dot-ai refuses to start without a writable session directory; so does this server, so that a
// deployment that forgets the volume (or mounts it read-only) fails at once instead of at first use.
import { randomUUID } from 'node:crypto';
import { unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Resolves if `dir` accepts a new file; otherwise rejects with a message naming the directory and the cause. */
export async function assertWritableDir(dir: string): Promise<void> {
  const probe = join(dir, `.write-probe-${process.pid}-${randomUUID()}`);
  try {
    await writeFile(probe, 'probe', { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new Error(
      `DOT_AI_SESSION_DIR "${dir}" is not writable (${code}); mount a writable volume there or point DOT_AI_SESSION_DIR elsewhere`,
      { cause: error },
    );
  }
  await unlink(probe);
}
