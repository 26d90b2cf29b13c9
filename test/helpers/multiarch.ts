/**
 * Real multi-arch (linux/amd64 + linux/arm64) test infrastructure: buildah + QEMU user emulation.
 * Prerequisites are installed by `bash scripts/setup/qemu.sh` and `bash scripts/setup/base-images.sh`.
 * (Implementation in progress.)
 */
export const QEMU_SETUP_HINT = 'run `bash scripts/setup/qemu.sh` (installs buildah, qemu-user-static, binfmt-support and enables qemu-aarch64)';

/** Makes sure QEMU binfmt for aarch64 works and buildah is installed; throws naming scripts/setup/qemu.sh otherwise. */
export function requireMultiArch(): void {
  throw new Error(`test prerequisite missing: multi-arch support not implemented yet; ${QEMU_SETUP_HINT}`);
}

/**
 * Pushes a two-arch (linux/amd64 + linux/arm64) Node base image as an OCI index to the given
 * registry host (e.g. a test registry `127.0.0.1:PORT`), as `<host>/base/node:bookworm`, and returns that reference.
 * Uses the locally cached per-arch rootfs tarballs / images made by scripts/setup/base-images.sh.
 */
export async function pushMultiArchNodeBase(registryHost: string): Promise<string> {
  await Promise.resolve();
  throw new Error(`pushMultiArchNodeBase(${registryHost}): not implemented yet`);
}
