import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/tools/host.ts
import { existsSync, readFileSync } from "node:fs";
function goArchitecture(arch = process.arch) {
  return { x64: "amd64", ia32: "386", arm64: "arm64", arm: "arm", ppc64: "ppc64le", s390x: "s390x", riscv64: "riscv64", loong64: "loong64" }[arch] ?? arch;
}
var QEMU_NAME = { arm64: "aarch64", arm: "arm", "386": "i386", ppc64le: "ppc64le", s390x: "s390x", riscv64: "riscv64", mips64le: "mips64el", loong64: "loongarch64", amd64: "x86_64" };
function localHost(binfmtDir = "/proc/sys/fs/binfmt_misc") {
  return {
    architecture: goArchitecture(),
    emulates(architecture) {
      const file = `${binfmtDir}/qemu-${QEMU_NAME[architecture] ?? architecture}`;
      return existsSync(file) && readFileSync(file, "utf8").startsWith("enabled");
    }
  };
}

export {
  goArchitecture,
  localHost
};
