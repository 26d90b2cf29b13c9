/** What a tool process gets from the runner (src/tools/exec.ts), seen from inside a real process. */
import { describe, expect, test } from 'vitest';
import { exec } from '../../src/tools/exec.js';

describe('the environment a tool gets', () => {
  test("the action's inputs (INPUT_*: passwords and tokens among them) reach no process", async () => {
    const env = { ...process.env, 'INPUT_PASSWORD': 'Pa55-input', 'INPUT_GITHUB-TOKEN': 'ghs_input', KEEP_ME: 'kept' };
    const { stdout } = await exec('env', [], { env });
    expect(stdout).toContain('KEEP_ME=kept');
    expect(stdout).not.toContain('Pa55-input');
    expect(stdout).not.toContain('ghs_input');
  });
});
