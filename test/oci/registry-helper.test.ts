/** The test registry helper must fail loudly, naming the setup script, when its binaries are missing. */
import { afterEach, describe, expect, it } from 'vitest';
import { startRegistry } from '../helpers/registry.js';

const originalPath = process.env['PATH'];

afterEach(() => {
  process.env['PATH'] = originalPath;
});

describe('startRegistry prerequisites', () => {
  it('names the missing binary and `bash scripts/setup/registry.sh`', async () => {
    process.env['PATH'] = '/nonexistent-dir-for-test';
    await expect(startRegistry()).rejects.toThrow(
      'test prerequisite missing: `docker-registry` is not installed; run `bash scripts/setup/registry.sh`',
    );
  });
});
