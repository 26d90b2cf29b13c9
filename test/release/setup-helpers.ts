/**
 * What the release tests share: a REAL registry with Basic auth, a REAL two-arch Node base in
 * another registry (buildah builds FROM it), the fake GitHub, and the options of a release of a
 * repository made by releaseRepo(). Fails loudly, naming the set-up script, when a prerequisite
 * is missing.
 */
import path from 'node:path';
import type { Options } from '../../src/config/options.js';
import { requireDockerEngine, requireImage, LOCAL_NODE_IMAGE } from '../helpers/docker.js';
import { pushMultiArchNodeBase, requireMultiArch } from '../helpers/multiarch.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { ROOT } from '../helpers/repo.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github-helpers.js';

export const CREDENTIALS = { username: 'releaser', password: 'Release-S3cret-pw' };
export const HELM = path.join(ROOT, '.tools/bin/helm');

export interface ReleaseWorld {
  registry: TestRegistry;
  baseRegistry: TestRegistry;
  base: string;
  github: FakeGitHub;
  stop(): Promise<void>;
}

export async function startReleaseWorld(): Promise<ReleaseWorld> {
  requireMultiArch();
  await requireDockerEngine();
  await requireImage(LOCAL_NODE_IMAGE);
  const baseRegistry = await startRegistry();
  const registry = await startRegistry({ htpasswd: CREDENTIALS });
  const github = await startFakeGitHub();
  const base = await pushMultiArchNodeBase(baseRegistry.host);
  return {
    registry, baseRegistry, base, github,
    stop: async () => {
      await github.stop();
      await registry.stop();
      await baseRegistry.stop();
    },
  };
}

/** The options of a real release of `dir`: one platform (linux/amd64), the docker smoke method, the fake GitHub. */
export function releaseOptions(world: ReleaseWorld, dir: string, extra: Options = {}): Options {
  return {
    'working-directory': dir,
    set: '0.5.0',
    image: `${world.registry.host}/acme/demo-mcp`,
    context: 'server',
    platforms: 'linux/amd64',
    builder: 'buildah',
    'build-args': `NODE_IMAGE=${world.base}\nVERSION=0.5.0`,
    'verify-timeout': '120',
    'chart-registry': `oci://${world.registry.host}/charts`,
    'plain-http': true,
    helm: HELM,
    ...CREDENTIALS,
    'smoke-methods': 'docker',
    'smoke-provider': 'docker',
    'smoke-qdrant-image': LOCAL_NODE_IMAGE,
    'github-token': world.github.token,
    'github-api-url': world.github.url,
    repository: `${world.github.owner}/${world.github.repo}`,
    ...extra,
  };
}
