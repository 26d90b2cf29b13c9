import { UserError } from '../errors.js';
import type { Buildah } from '../tools/buildah.js';
import type { Docker } from '../tools/docker.js';
import { BUILDERS, type Builder } from './context.js';
import type { BuildPlatform } from './platforms.js';

/**
 * The builder for the requested platforms: `buildx` when present (and able to build them all),
 * else buildah, else docker for one platform; an explicit choice that cannot work is refused by name.
 */
export async function chooseBuilder(requested: string, platforms: BuildPlatform[], docker: Docker, buildah: Buildah): Promise<{ builder: Builder; detail: string }> {
  if (!(BUILDERS as readonly string[]).includes(requested)) throw new UserError(`input builder: ${JSON.stringify(requested)} is not one of ${BUILDERS.join(', ')}`);
  const multi = platforms.length > 1;
  const dockerOnlyOne = (): UserError =>
    new UserError(`input builder: docker builds one platform, but platforms lists ${platforms.length} (${platforms.map((p) => p.id).join(', ')}); use buildx or buildah, or one platform`);
  // buildx's default builder (docker driver) cannot build several platforms unless the engine stores images in containerd.
  const singlePlatformBuildx = async (): Promise<string | undefined> => {
    if (!multi) return undefined;
    const { driver, containerdStore } = await docker.buildxDriver();
    return driver === 'docker' && !containerdStore ? `the current buildx builder uses the docker driver, which builds one platform (docker/setup-buildx-action creates a docker-container builder that builds several)` : undefined;
  };
  if (requested === 'buildx') {
    const v = await docker.buildxVersion();
    if (!v) throw new UserError('input builder: buildx is not installed (on GitHub: docker/setup-buildx-action)');
    const single = await singlePlatformBuildx();
    if (single) throw new UserError(`input builder: ${single}`);
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
  const bxSingle = bx ? await singlePlatformBuildx() : undefined;
  if (bx && !bxSingle) return { builder: 'buildx', detail: `${bx} (auto)` };
  const bh = await buildah.version();
  if (bh) return { builder: 'buildah', detail: `buildah ${bh} (auto: ${bxSingle ?? 'no buildx'})` };
  if (bxSingle) throw new UserError(`input platforms: ${platforms.map((p) => p.id).join(', ')}: ${bxSingle}, and buildah is not installed`);
  if (multi) throw new UserError(`input platforms: ${platforms.map((p) => p.id).join(', ')} needs buildx or buildah, and neither is installed (the docker builder builds one platform)`);
  return { builder: 'docker', detail: 'docker build (auto: no buildx, no buildah)' };
}
