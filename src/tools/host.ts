/**
 * Facts about the machine the toolkit runs on (its architecture, the foreign architectures it can
 * run through QEMU), read in one place behind one interface: code takes a `Host`, and unit tests
 * hand it a fake instead of reading /proc.
 */
import { existsSync, readFileSync } from 'node:fs';

export interface Host {
  /** This machine's architecture in Go/OCI naming (amd64, arm64, ...). */
  readonly architecture: string;
  /** Is a QEMU user-emulation handler registered and enabled for `architecture` (binfmt_misc)? */
  emulates(architecture: string): boolean;
}

/** Node's `process.arch` in Go/OCI naming. */
export function goArchitecture(arch: string = process.arch): string {
  return ({ x64: 'amd64', ia32: '386', arm64: 'arm64', arm: 'arm', ppc64: 'ppc64le', s390x: 's390x', riscv64: 'riscv64', loong64: 'loong64' } as Record<string, string>)[arch] ?? arch;
}

/** binfmt_misc handler names of QEMU user emulation per architecture (as qemu-user-static and tonistiigi/binfmt register them). */
const QEMU_NAME: Record<string, string> = { arm64: 'aarch64', arm: 'arm', '386': 'i386', ppc64le: 'ppc64le', s390x: 's390x', riscv64: 'riscv64', mips64le: 'mips64el', loong64: 'loongarch64', amd64: 'x86_64' };

/** The machine this process runs on. */
export function localHost(binfmtDir = '/proc/sys/fs/binfmt_misc'): Host {
  return {
    architecture: goArchitecture(),
    emulates(architecture) {
      const file = `${binfmtDir}/qemu-${QEMU_NAME[architecture] ?? architecture}`;
      return existsSync(file) && readFileSync(file, 'utf8').startsWith('enabled');
    },
  };
}
