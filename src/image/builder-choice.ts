import { UserError } from '../errors.js';
import type { Buildah } from '../tools/buildah.js';
import type { Docker } from '../tools/docker.js';
import { BUILDERS, type Builder } from './context.js';
import { parsePlatform, platformMatches, type BuildPlatform } from './platforms.js';

/**
 * The builder for the requested platforms: `buildx` when present and its current builder can build
 * them all (by its driver and the platforms it lists) and, for a release candidate (`pushByDigest`),
 * push by digest; else buildah, else docker for one platform; an explicit choice that cannot work
 * is refused by name.
 */
export async function chooseBuilder(requested: string, platforms: BuildPlatform[], docker: Docker, buildah: Buildah, pushByDigest = false): Promise<{ builder: Builder; detail: string }> {
  if (!(BUILDERS as readonly string[]).includes(requested)) throw new UserError(`input builder: ${JSON.stringify(requested)} is not one of ${BUILDERS.join(', ')}`);
  const multi = platforms.length > 1;
  const dockerOnlyOne = (): UserError =>
    new UserError(`input builder: docker builds one platform, but platforms lists ${platforms.length} (${platforms.map((p) => p.id).join(', ')}); use buildx or buildah, or one platform`);
  // Why the current buildx builder cannot build the requested platforms (undefined: it can, or it lists none to judge by).
  // Its default builder (docker driver) builds one platform unless the engine stores images in containerd;
  // any builder builds only the platforms it lists (a foreign one needs QEMU where the builder runs).
  const buildxCannot = async (): Promise<string | undefined> => {
    const { name, driver, platforms: listed, containerdStore } = await docker.buildxDriver();
    if (multi && driver === 'docker' && !containerdStore) {
      return `the current buildx builder uses the docker driver, which builds one platform (docker/setup-buildx-action creates a docker-container builder that builds several)`;
    }
    // buildx refuses push-by-digest on that driver ("not implemented for docker driver"), after the pre-build ran.
    if (pushByDigest && driver === 'docker' && !containerdStore) {
      return `the current buildx builder uses the docker driver, which cannot push an image by digest without a tag, as a release candidate is (docker/setup-buildx-action creates a docker-container builder that can)`;
    }
    if (listed.length === 0) return undefined;
    const supported = listed.flatMap((id) => {
      try {
        return [parsePlatform(id)];
      } catch {
        return []; // a platform we do not know (e.g. another OS) is not one we would ask for
      }
    });
    const missing = platforms.filter((p) => !supported.some((s) => platformMatches(p, s)));
    return missing.length
      ? `the current buildx builder ${name} (${driver} driver) cannot build ${missing.map((p) => p.id).join(', ')}: it lists ${listed.join(', ')} (on GitHub: docker/setup-qemu-action before docker/setup-buildx-action)`
      : undefined;
  };
  if (requested === 'buildx') {
    const v = await docker.buildxVersion();
    if (!v) throw new UserError('input builder: buildx is not installed (on GitHub: docker/setup-buildx-action)');
    const cannot = await buildxCannot();
    if (cannot) throw new UserError(`input builder: ${cannot}`);
    return { builder: 'buildx', detail: v };
  }
  if (requested === 'buildah') {
    const v = await buildah.version();
    if (!v) throw new UserError(`input builder: buildah (${buildah.bin}) is not installed (apt-get install buildah)`);
    return { builder: 'buildah', detail: `buildah ${v}` };
  }
  if (requested === 'docker') {
    if (multi) throw dockerOnlyOne();
    return { builder: 'docker', detail: 'docker build' };
  }
  const bx = await docker.buildxVersion();
  const bxCannot = bx ? await buildxCannot() : undefined;
  if (bx && !bxCannot) return { builder: 'buildx', detail: `${bx} (auto)` };
  const bh = await buildah.version();
  if (bh) return { builder: 'buildah', detail: `buildah ${bh} (auto: ${bxCannot ?? 'no buildx'})` };
  if (bxCannot) throw new UserError(`input platforms: ${platforms.map((p) => p.id).join(', ')}: ${bxCannot}, and buildah is not installed`);
  if (multi) throw new UserError(`input platforms: ${platforms.map((p) => p.id).join(', ')} needs buildx or buildah, and neither is installed (the docker builder builds one platform)`);
  return { builder: 'docker', detail: 'docker build (auto: no buildx, no buildah)' };
}
