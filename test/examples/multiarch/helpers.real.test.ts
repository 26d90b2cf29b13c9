/**
 * The multi-arch test helpers themselves, against the REAL tools: QEMU really runs arm64 code, the
 * per-arch Node bases are of the platform they claim, and bad input fails with one clear message.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { docker, requireDockerEngine } from '../../helpers/docker.js';
import { LOCAL_NODE_ARM64_IMAGE, buildah, ensureArm64NodeInBuildah, pushMultiArchNodeBase, requireMultiArch } from '../../helpers/multiarch.js';

const savedBin = process.env['BUILDAH_BIN'];
afterEach(() => {
  if (savedBin === undefined) delete process.env['BUILDAH_BIN'];
  else process.env['BUILDAH_BIN'] = savedBin;
});

describe('multi-arch helpers', () => {
  it('requireMultiArch passes here: buildah runs and an aarch64 binary executes under QEMU', () => {
    expect(() => requireMultiArch()).not.toThrow();
  });

  it('requireMultiArch fails naming scripts/setup/qemu.sh when buildah is missing', () => {
    process.env['BUILDAH_BIN'] = '/nonexistent/buildah';
    expect(() => requireMultiArch()).toThrow(/buildah does not run.*scripts\/setup\/qemu\.sh/);
  });

  it('the arm64 Node base is linux/arm64 in buildah storage and runs aarch64 code in the Docker engine', async () => {
    requireMultiArch();
    await requireDockerEngine();
    // Copied back from the engine if buildah's storage lost it.
    const image = await ensureArm64NodeInBuildah();
    const platform = await buildah('buildah inspect', ['inspect', '--type', 'image', '--format', '{{.OCIv1.OS}}/{{.OCIv1.Architecture}}', image]);
    expect(platform.trim()).toBe('linux/arm64');
    const { stdout } = await docker(['run', '--rm', '--platform', 'linux/arm64', LOCAL_NODE_ARM64_IMAGE, 'node', '-p', '`${process.arch} ${require("os").machine()}`']);
    expect(stdout.trim()).toBe('arm64 aarch64');
  });

  it('pushMultiArchNodeBase rejects a registry host that is not host[:port], naming it', async () => {
    await expect(pushMultiArchNodeBase('oci://127.0.0.1:5000/base')).rejects.toThrow('pushMultiArchNodeBase: "oci://127.0.0.1:5000/base" is not a registry host[:port]');
  });

  it('pushMultiArchNodeBase fails with a one-line error naming the reference when the registry does not answer', async () => {
    const error = await pushMultiArchNodeBase('127.0.0.1:1').then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toMatch(/^buildah manifest push 127\.0\.0\.1:1\/base\/node:bookworm failed \(exit \d+\): .*connection refused/);
    expect(error?.message).not.toContain('\n');
  }, 120_000);
});
