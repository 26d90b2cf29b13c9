/**
 * REAL multi-arch (linux/amd64 + linux/arm64) test infrastructure on an amd64 machine: buildah for
 * daemonless multi-platform builds and manifest lists, QEMU user emulation (binfmt_misc) to run arm64.
 * Fails loudly, naming the set-up script, when a prerequisite is missing:
 *   buildah + QEMU:     bash scripts/setup/qemu.sh
 *   per-arch Node base: bash scripts/setup/base-images.sh (local/node:bookworm for amd64 in the Docker
 *                       engine) and bash scripts/setup/base-images-arm64.sh (localhost/local/node:bookworm-arm64
 *                       in buildah's storage, and as local/node:bookworm-arm64 in the engine)
 * Every process runs through src/tools/exec.ts (argument arrays, no shell).
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exec, execChecked } from '../../src/tools/exec.js';
import { LOCAL_NODE_IMAGE, requireDockerEngine, requireImage } from './docker.js';

export const QEMU_SETUP_HINT =
  'run `bash scripts/setup/qemu.sh` (installs buildah, qemu-user-static and binfmt-support, enables the qemu-aarch64 binfmt handler)';

export const ARM64_BASE_SETUP_HINT =
  'run `bash scripts/setup/base-images-arm64.sh` (makes the arm64 Node base with buildah from an arm64 Debian rootfs and Node\'s official arm64 binary: about two minutes cold, cached afterwards)';

/** The arm64 Node base in buildah's storage, made by scripts/setup/base-images-arm64.sh. */
export const BUILDAH_NODE_ARM64 = 'localhost/local/node:bookworm-arm64';
/** The same image in the Docker engine. */
export const LOCAL_NODE_ARM64_IMAGE = 'local/node:bookworm-arm64';
/** The amd64 base in buildah's storage, copied from the engine (pullFromEngine). */
const BUILDAH_NODE_AMD64 = `localhost/${LOCAL_NODE_IMAGE}`;
/** Repository and tag of the two-arch base in a test registry. */
export const MULTIARCH_NODE_BASE_PATH = 'base/node:bookworm';
export const PLATFORMS = ['linux/amd64', 'linux/arm64'] as const;

const buildahBin = (): string => process.env['BUILDAH_BIN'] ?? 'buildah';

/**
 * A 132-byte static aarch64 ELF executable: one PT_LOAD segment at 0x400000 whose code is
 * `mov x0, #42; mov x8, #93 (exit); svc #0`. Exits 42 only if arm64 code really ran (via QEMU here).
 */
function aarch64Probe(): Buffer {
  const elf = Buffer.alloc(132);
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]).copy(elf, 0); // ELF64, little endian, version 1
  elf.writeUInt16LE(2, 16); // ET_EXEC
  elf.writeUInt16LE(0xb7, 18); // EM_AARCH64
  elf.writeUInt32LE(1, 20); // EV_CURRENT
  elf.writeBigUInt64LE(0x400078n, 24); // entry: just after the headers
  elf.writeBigUInt64LE(64n, 32); // program headers right after the ELF header
  elf.writeUInt16LE(64, 52); // e_ehsize
  elf.writeUInt16LE(56, 54); // e_phentsize
  elf.writeUInt16LE(1, 56); // e_phnum
  elf.writeUInt16LE(64, 58); // e_shentsize
  elf.writeUInt32LE(1, 64); // PT_LOAD
  elf.writeUInt32LE(5, 68); // PF_R | PF_X
  elf.writeBigUInt64LE(0x400000n, 80); // p_vaddr
  elf.writeBigUInt64LE(0x400000n, 88); // p_paddr
  elf.writeBigUInt64LE(132n, 96); // p_filesz
  elf.writeBigUInt64LE(132n, 104); // p_memsz
  elf.writeBigUInt64LE(0x1000n, 112); // p_align
  elf.writeUInt32LE(0xd2800540, 120); // mov x0, #42
  elf.writeUInt32LE(0xd2800ba8, 124); // mov x8, #93
  elf.writeUInt32LE(0xd4000001, 128); // svc #0
  return elf;
}

/** The buildah binary the last successful check was for (the check runs once per binary). */
let multiArchCheckedFor: string | undefined;

/** Makes sure QEMU binfmt for aarch64 works and buildah is installed; throws naming scripts/setup/qemu.sh otherwise. */
export function requireMultiArch(): void {
  if (multiArchCheckedFor === buildahBin()) return;
  const missing = (what: string): Error => new Error(`test prerequisite missing: ${what}; ${QEMU_SETUP_HINT}`);
  const version = spawnSync(buildahBin(), ['--version'], { encoding: 'utf8' });
  if (version.error || version.status !== 0) throw missing(`buildah does not run (${version.error?.message ?? version.stderr.trim()})`);
  let handler: string;
  try {
    handler = readFileSync('/proc/sys/fs/binfmt_misc/qemu-aarch64', 'utf8');
  } catch {
    throw missing('no qemu-aarch64 binfmt_misc handler is registered (/proc/sys/fs/binfmt_misc/qemu-aarch64)');
  }
  if (!handler.startsWith('enabled')) throw missing('the qemu-aarch64 binfmt_misc handler is disabled');
  const dir = mkdtempSync(join(tmpdir(), 'aarch64-probe-'));
  try {
    const probe = join(dir, 'probe');
    writeFileSync(probe, aarch64Probe());
    chmodSync(probe, 0o755);
    const run = spawnSync(probe, [], { encoding: 'utf8' });
    if (run.status !== 42) {
      throw missing(`an aarch64 test binary did not run under QEMU (${run.error?.message ?? `exit ${String(run.status)}`}, expected exit 42)`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  multiArchCheckedFor = buildahBin();
}

/** `buildah ARGS...`; a non-zero exit throws with buildah's last stderr lines. */
export async function buildah(what: string, args: string[]): Promise<string> {
  return (await execChecked(what, buildahBin(), args)).stdout;
}

/** Image ID in buildah's storage (no `sha256:`), or undefined when there is no such image. */
export async function buildahImageId(ref: string): Promise<string | undefined> {
  const result = await exec(buildahBin(), ['inspect', '--type', 'image', '--format', '{{.FromImageID}}', ref]);
  return result.code === 0 ? result.stdout.trim().replace(/^sha256:/, '') : undefined;
}

/**
 * Copies an image from the Docker engine into buildah's storage, named `name`, through a
 * `docker save` archive: buildah's docker-daemon: transport ignores DOCKER_HOST and would always read
 * /var/run/docker.sock's engine.
 */
async function pullFromEngine(image: string, name: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'engine-image-'));
  try {
    const archive = join(dir, 'image.tar');
    await execChecked(`docker save ${image}`, process.env['DOCKER_BIN'] ?? 'docker', ['save', '-o', archive, image]);
    const id = (await buildah(`buildah pull docker-archive: (${image})`, ['pull', '--quiet', `docker-archive:${archive}`])).trim().split('\n').pop()!;
    await buildah(`buildah tag ${name}`, ['tag', id, name]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The amd64 Node base in buildah's storage, copied from the Docker engine when absent or stale:
 * both stores identify an image by its config digest, so equal IDs mean the same image.
 */
async function ensureAmd64NodeInBuildah(): Promise<string> {
  await requireDockerEngine();
  await requireImage(LOCAL_NODE_IMAGE);
  const docker = await execChecked('docker image inspect', process.env['DOCKER_BIN'] ?? 'docker', ['image', 'inspect', '--format', '{{.Id}}', LOCAL_NODE_IMAGE]);
  const dockerId = docker.stdout.trim().replace(/^sha256:/, '');
  if ((await buildahImageId(BUILDAH_NODE_AMD64)) !== dockerId) {
    await pullFromEngine(LOCAL_NODE_IMAGE, BUILDAH_NODE_AMD64);
    const copied = await buildahImageId(BUILDAH_NODE_AMD64);
    if (copied !== dockerId) throw new Error(`copying ${LOCAL_NODE_IMAGE} from the engine into buildah's storage gave image ${String(copied)}, the engine has ${dockerId}`);
  }
  return BUILDAH_NODE_AMD64;
}

/**
 * The arm64 Node base in buildah's storage. When buildah's storage was emptied but the Docker engine
 * still has local/node:bookworm-arm64, it is copied back (seconds) rather than rebuilt (minutes).
 */
export async function ensureArm64NodeInBuildah(): Promise<string> {
  if ((await buildahImageId(BUILDAH_NODE_ARM64)) === undefined) {
    const inEngine = await exec(process.env['DOCKER_BIN'] ?? 'docker', ['image', 'inspect', '--format', '{{.Os}}/{{.Architecture}}', LOCAL_NODE_ARM64_IMAGE]);
    if (inEngine.code !== 0 || inEngine.stdout.trim() !== 'linux/arm64') {
      throw new Error(`test prerequisite missing: ${BUILDAH_NODE_ARM64} is not in buildah's storage; ${ARM64_BASE_SETUP_HINT}`);
    }
    await pullFromEngine(LOCAL_NODE_ARM64_IMAGE, BUILDAH_NODE_ARM64);
  }
  const arch = (await buildah('buildah inspect', ['inspect', '--type', 'image', '--format', '{{.OCIv1.OS}}/{{.OCIv1.Architecture}}', BUILDAH_NODE_ARM64])).trim();
  if (arch !== 'linux/arm64') throw new Error(`${BUILDAH_NODE_ARM64} is ${arch}, expected linux/arm64; rebuild it with \`bash scripts/setup/base-images-arm64.sh\``);
  return BUILDAH_NODE_ARM64;
}

/** A manifest list name in buildah's storage that no concurrent caller uses. */
export function temporaryListName(prefix: string): string {
  return `localhost/dot-ai-release-test/${prefix}-${randomBytes(6).toString('hex')}`;
}

/** Removes a manifest list from buildah's storage; ignores one that is already gone. */
export async function removeList(name: string): Promise<void> {
  await exec(buildahBin(), ['manifest', 'rm', name]);
}

/**
 * Pushes a two-arch (linux/amd64 + linux/arm64) Node base image as an OCI index to the given
 * registry host (e.g. a test registry `127.0.0.1:PORT`), as `<host>/base/node:bookworm`, and returns that reference.
 * Uses the per-arch Node bases made by scripts/setup/base-images.sh and base-images-arm64.sh.
 */
export async function pushMultiArchNodeBase(registryHost: string): Promise<string> {
  if (!/^[\w.-]+(:\d+)?$/.test(registryHost)) throw new Error(`pushMultiArchNodeBase: "${registryHost}" is not a registry host[:port]`);
  requireMultiArch();
  const [amd64, arm64] = await Promise.all([ensureAmd64NodeInBuildah(), ensureArm64NodeInBuildah()]);
  const reference = `${registryHost}/${MULTIARCH_NODE_BASE_PATH}`;
  const list = temporaryListName('node-base');
  try {
    await buildah('buildah manifest create', ['manifest', 'create', list]);
    for (const image of [amd64, arm64]) {
      await buildah(`buildah manifest add ${image}`, ['manifest', 'add', list, `containers-storage:${image}`]);
    }
    // Plain HTTP only towards loopback test registries.
    const tlsVerify = /^(127\.\d+\.\d+\.\d+|localhost)(:\d+)?$/.test(registryHost) ? 'false' : 'true';
    await buildah(`buildah manifest push ${reference}`, ['manifest', 'push', '--all', '--quiet', '--format', 'oci', `--tls-verify=${tlsVerify}`, list, `docker://${reference}`]);
  } finally {
    await removeList(list);
  }
  return reference;
}
