/**
 * What the release tests share: a REAL registry with Basic auth, a REAL two-arch Node base in
 * another registry (buildah builds FROM it), a REAL npm registry (verdaccio with auth, behind a
 * proxy of ours that records every request it relays), the fake GitHub, and the options of a
 * release of a repository made by releaseRepo(). Fails loudly, naming the set-up script, when a
 * prerequisite is missing.
 */
import path from 'node:path';
import type { Options } from '../../src/config/options.js';
import { requireDockerEngine, requireImage, LOCAL_NODE_IMAGE } from '../helpers/docker.js';
import { startHostileServer, type HostileServer } from '../helpers/hostile-http.js';
import { pushMultiArchNodeBase, requireMultiArch } from '../helpers/multiarch.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { ROOT } from '../helpers/repo.js';
import { startVerdaccio, type TestVerdaccio } from '../helpers/verdaccio.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github-helpers.js';

export const CREDENTIALS = { username: 'releaser', password: 'Release-S3cret-pw' };
export const HELM = path.join(ROOT, '.tools/bin/helm');

/** The npm registry the releases publish to: verdaccio, reached through a proxy that records what it relays. */
export interface ReleaseNpmRegistry {
  verdaccio: TestVerdaccio;
  proxy: HostileServer;
  /** The proxy's URL, `http://127.0.0.1:PORT/`: the releases' npm-registry. */
  url: string;
  /** The `releaser` user's token. */
  token: string;
  /** Requests that change something (anything but GET and HEAD) the registry got since `since` (an index into the proxy's requests). */
  writes(since?: number): string[];
}

export interface ReleaseWorld {
  registry: TestRegistry;
  baseRegistry: TestRegistry;
  base: string;
  github: FakeGitHub;
  npm: ReleaseNpmRegistry;
  stop(): Promise<void>;
}

export async function startNpmRegistry(): Promise<ReleaseNpmRegistry> {
  const verdaccio = await startVerdaccio();
  const proxy = (await startHostileServer()).forwardTo(verdaccio.host);
  return {
    verdaccio, proxy, url: `${proxy.origin}/`, token: verdaccio.users.releaser!.token,
    writes: (since = 0) => proxy.received.slice(since).filter((r) => r.method !== 'GET' && r.method !== 'HEAD').map((r) => `${r.method} ${r.path}`),
  };
}

export async function stopNpmRegistry(npm: ReleaseNpmRegistry | undefined): Promise<void> {
  await npm?.proxy.stop();
  await npm?.verdaccio.stop();
}

export async function startReleaseWorld(): Promise<ReleaseWorld> {
  requireMultiArch();
  await requireDockerEngine();
  await requireImage(LOCAL_NODE_IMAGE);
  const baseRegistry = await startRegistry();
  const registry = await startRegistry({ htpasswd: CREDENTIALS });
  const github = await startFakeGitHub();
  const npm = await startNpmRegistry();
  const base = await pushMultiArchNodeBase(baseRegistry.host);
  return {
    registry, baseRegistry, base, github, npm,
    stop: async () => {
      await stopNpmRegistry(npm);
      await github.stop();
      await registry.stop();
      await baseRegistry.stop();
    },
  };
}

/** The options of a real release of `dir`: one platform (linux/amd64), the docker smoke method, the npm package to verdaccio, the fake GitHub. */
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
    'npm-registry': world.npm.url,
    'npm-token': world.npm.token,
    'github-token': world.github.token,
    'github-api-url': world.github.url,
    repository: `${world.github.owner}/${world.github.repo}`,
    ...extra,
  };
}
