/** The real host's facts: QEMU handlers read from a binfmt_misc folder (a temporary one here) and the architecture from Node. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { goArchitecture, localHost } from '../../src/tools/host.js';

const dir = mkdtempSync(path.join(tmpdir(), 'binfmt-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('localHost', () => {
  test('an enabled qemu handler means the architecture is emulated; a disabled or missing one does not', () => {
    writeFileSync(path.join(dir, 'qemu-aarch64'), 'enabled\ninterpreter /usr/libexec/qemu-binfmt/aarch64-binfmt-P\n');
    writeFileSync(path.join(dir, 'qemu-s390x'), 'disabled\n');
    const host = localHost(dir);
    expect(host.emulates('arm64')).toBe(true);
    expect(host.emulates('s390x')).toBe(false);
    expect(host.emulates('riscv64')).toBe(false);
  });

  test("Node's architecture names are Go's", () => {
    expect(goArchitecture('x64')).toBe('amd64');
    expect(goArchitecture('arm64')).toBe('arm64');
    expect(goArchitecture('ia32')).toBe('386');
    expect(['amd64', 'arm64']).toContain(localHost(dir).architecture);
  });
});
