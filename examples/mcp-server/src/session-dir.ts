// dot-ai refuses to start without an existing, writable session directory; so does this server,
// so that a deployment that forgets the volume (or mounts it read-only) fails at once instead of
// at first use.
import { randomUUID } from 'node:crypto';
import { unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Resolves if `dir` is set and accepts a new file; otherwise rejects with one line naming the directory and the cause. */
export async function assertWritableDir(dir: string | undefined): Promise<void> {
  if (dir === undefined) {
    throw new Error('DOT_AI_SESSION_DIR is not set: point it at a writable directory (the image sets /app/sessions)');
  }
  const probe = join(dir, `.write-probe-${process.pid}-${randomUUID()}`);
  try {
    await writeFile(probe, 'probe', { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    const why = code === 'ENOENT' ? 'ENOENT: it does not exist' : code;
    throw new Error(
      `DOT_AI_SESSION_DIR "${dir}" is not writable (${why}); mount a writable volume there or point DOT_AI_SESSION_DIR elsewhere`,
      { cause: error },
    );
  }
  await unlink(probe);
}
