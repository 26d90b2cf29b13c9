#!/usr/bin/env bash
# Multi-arch builds on an amd64 machine: buildah + QEMU user emulation for linux/arm64.
# - installs Debian's buildah, qemu-user-static and binfmt-support when missing;
# - mounts binfmt_misc when it is not mounted and enables the qemu-aarch64 handler (flags F:
#   the interpreter is opened once, so it also works inside containers and chroots);
# - proves it: executes a tiny aarch64 ELF (made here, 132 bytes: exit(42)), and, once
#   scripts/setup/base-images-arm64.sh has made it, `uname -m` in local/node:bookworm-arm64 prints aarch64.
# buildah keeps its default storage driver, overlay (native diff on ext4 here). Measured on a 2-core
# test machine, an amd64 build of examples/mcp-server with no cache took 17 s on overlay and 35 s on
# vfs, which also copies every layer in full (2.4 GB of storage for that one image).
# No registries.conf change: the tests pass --tls-verify=false for their 127.0.0.1 registries.
# Idempotent; root on Debian 12 (CI runs as root). Other set-up scripts may call it too.
set -euo pipefail

log() { echo "setup/qemu: $*"; }
fail() { echo "setup/qemu: $*" >&2; exit 1; }
need() { command -v "$1" >/dev/null 2>&1; }

if ! need buildah || ! need qemu-aarch64-static || ! need update-binfmts; then
  log "installing buildah qemu-user-static binfmt-support"
  # shellcheck source=scripts/setup/lib/apt.sh
  source "$(dirname "$0")/lib/apt.sh"
  apt_install --no-install-recommends buildah qemu-user-static binfmt-support
fi
need buildah || fail "buildah is not installed"
need update-binfmts || fail "update-binfmts (binfmt-support) is not installed"

BINFMT=/proc/sys/fs/binfmt_misc
if [ ! -e "$BINFMT/register" ]; then
  log "mounting binfmt_misc on $BINFMT"
  mount -t binfmt_misc binfmt_misc "$BINFMT" || fail "cannot mount binfmt_misc on $BINFMT (needs root and a kernel with binfmt_misc)"
fi
if [ "$(head -n1 "$BINFMT/qemu-aarch64" 2>/dev/null)" != "enabled" ]; then
  log "enabling the qemu-aarch64 binfmt handler"
  update-binfmts --enable qemu-aarch64 || fail "update-binfmts --enable qemu-aarch64 failed"
fi
[ "$(head -n1 "$BINFMT/qemu-aarch64" 2>/dev/null)" = "enabled" ] || fail "the qemu-aarch64 binfmt handler is not enabled"

# Proof 1: run aarch64 machine code. A static ELF64 executable for EM_AARCH64 (0xb7) with one
# PT_LOAD segment at 0x400000 whose entry point does: mov x0, #42; mov x8, #93 (exit); svc #0.
probe=$(mktemp /tmp/aarch64-probe.XXXXXX)
trap 'rm -f "$probe"' EXIT
{
  # ELF header (64 bytes): ident, ET_EXEC, EM_AARCH64, version, entry 0x400078, phoff 64, shoff 0,
  # flags 0, ehsize 64, phentsize 56, phnum 1, shentsize 64, shnum 0, shstrndx 0.
  printf '\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00'
  printf '\x02\x00\xb7\x00\x01\x00\x00\x00'
  printf '\x78\x00\x40\x00\x00\x00\x00\x00'
  printf '\x40\x00\x00\x00\x00\x00\x00\x00'
  printf '\x00\x00\x00\x00\x00\x00\x00\x00'
  printf '\x00\x00\x00\x00\x40\x00\x38\x00\x01\x00\x40\x00\x00\x00\x00\x00'
  # Program header (56 bytes): PT_LOAD, R+X, offset 0, vaddr/paddr 0x400000, filesz/memsz 132, align 0x1000.
  printf '\x01\x00\x00\x00\x05\x00\x00\x00'
  printf '\x00\x00\x00\x00\x00\x00\x00\x00'
  printf '\x00\x00\x40\x00\x00\x00\x00\x00'
  printf '\x00\x00\x40\x00\x00\x00\x00\x00'
  printf '\x84\x00\x00\x00\x00\x00\x00\x00'
  printf '\x84\x00\x00\x00\x00\x00\x00\x00'
  printf '\x00\x10\x00\x00\x00\x00\x00\x00'
  # Code (12 bytes): d2800540 mov x0,#42 / d2800ba8 mov x8,#93 / d4000001 svc #0.
  printf '\x40\x05\x80\xd2\xa8\x0b\x80\xd2\x01\x00\x00\xd4'
} >"$probe"
chmod 0755 "$probe"
status=0
"$probe" || status=$?
[ "$status" -eq 42 ] || fail "an aarch64 test binary did not run under QEMU (exit $status, expected 42); check $BINFMT/qemu-aarch64"
rm -f "$probe"
trap - EXIT

# Proof 2, once the arm64 Node base exists: a whole arm64 userland runs in a container.
ARM64_IMAGE=local/node:bookworm-arm64
if docker image inspect "$ARM64_IMAGE" >/dev/null 2>&1; then
  machine=$(docker run --rm --platform linux/arm64 "$ARM64_IMAGE" uname -m)
  [ "$machine" = "aarch64" ] || fail "docker run --platform linux/arm64 $ARM64_IMAGE uname -m printed '$machine', expected aarch64"
  log "$(buildah --version); qemu-aarch64 enabled; aarch64 probe exited 42; $ARM64_IMAGE runs: uname -m = $machine"
else
  log "$(buildah --version); qemu-aarch64 enabled; aarch64 probe exited 42 ($ARM64_IMAGE not made yet: scripts/setup/base-images-arm64.sh)"
fi
