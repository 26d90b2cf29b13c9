/**
 * The REAL Docker engine for tests: check it answers, build images with the classic builder,
 * run and remove containers, wait for their health status. Every command is an argument array
 * (execFile, no shell). Fails loudly when a prerequisite is missing, naming the set-up script:
 *   engine:       bash scripts/setup/docker.sh
 *   base images:  bash scripts/setup/base-images.sh   (local/debian:bookworm, local/node:bookworm)
 */
import { execFile } from 'node:child_process';

export const DOCKER_SETUP_HINT = 'run `bash scripts/setup/docker.sh` (installs docker.io and starts dockerd)';
export const BASE_IMAGES_SETUP_HINT =
  'run `bash scripts/setup/base-images.sh` (makes local/debian:bookworm from Debian packages and local/node:bookworm with Node 24 from the npm registry)';

/** The Node base image tests build on (Node 24, npm, useradd); made by scripts/setup/base-images.sh. */
export const LOCAL_NODE_IMAGE = 'local/node:bookworm';

const dockerBin = (): string => process.env.DOCKER_BIN ?? 'docker';

export interface DockerResult {
  stdout: string;
  stderr: string;
}

export class DockerCommandError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly exitCode: number | string | null,
    readonly stdout: string,
    readonly stderr: string,
  ) {
    super(`docker ${args.join(' ')} failed (exit ${String(exitCode)}): ${stderr.trim() || stdout.trim()}`);
  }
}

/**
 * Runs `docker ARGS...`. Rejects with DockerCommandError on a non-zero exit.
 * `env` is merged into the environment (e.g. DOCKER_BUILDKIT=0); never put secrets in `args`.
 */
export function docker(
  args: readonly string[],
  options: { env?: Record<string, string>; timeoutMs?: number } = {},
): Promise<DockerResult> {
  return new Promise((resolve, reject) => {
    execFile(
      dockerBin(),
      [...args],
      {
        env: { ...process.env, ...options.env },
        timeout: options.timeoutMs ?? 60_000,
        maxBuffer: 64 * 1024 * 1024,
        encoding: 'utf8',
      },
      (error, stdout, stderr) => {
        if (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'ENOENT') {
            reject(new Error(`test prerequisite missing: the docker CLI (${dockerBin()}) is not installed; ${DOCKER_SETUP_HINT}`));
            return;
          }
          reject(new DockerCommandError(args, error.code ?? null, stdout, stderr));
          return;
        }
        resolve({ stdout, stderr });
      },
    );
  });
}

/**
 * What a test file's runs left on the engine: the containers, networks, volumes and images whose name
 * `owned` claims ("container NAME", ...), less what was there at `start()`: what a killed earlier run
 * left (its clean-up never ran) is not the file's to answer for.
 */
export function engineLeftovers(owned: (name: string) => boolean): { start(): Promise<void>; list(): Promise<string[]> } {
  let before = new Set<string>();
  const current = async (): Promise<string[]> => {
    const lists = await Promise.all([
      docker(['ps', '--all', '--format', 'container {{.Names}}']),
      docker(['network', 'ls', '--format', 'network {{.Name}}']),
      docker(['volume', 'ls', '--format', 'volume {{.Name}}']),
      docker(['images', '--format', 'image {{.Repository}}:{{.Tag}}']),
    ]);
    return lists.flatMap((r) => r.stdout.split('\n')).filter((line) => owned(line.split(' ')[1] ?? ''));
  };
  return {
    start: async () => {
      before = new Set(await current());
    },
    list: async () => (await current()).filter((line) => !before.has(line)),
  };
}

/**
 * The one check that the engine answers: throws (naming the set-up script, and `why` the caller
 * needs it) unless it does; returns the server version. `env` reaches the CLI (DOCKER_HOST, DOCKER_BIN).
 */
export async function requireDockerEngine(options: { env?: NodeJS.ProcessEnv; why?: string } = {}): Promise<string> {
  const env = options.env ?? process.env;
  let detail: string;
  try {
    const { stdout } = await new Promise<DockerResult>((resolve, reject) =>
      execFile(env.DOCKER_BIN ?? 'docker', ['version', '--format', '{{.Server.Version}}'], { env, timeout: 15_000, encoding: 'utf8' }, (error, stdout, stderr) => (error ? reject(new Error((stderr || error.message).trim().split('\n').pop())) : resolve({ stdout, stderr }))),
    );
    if (stdout.trim()) return stdout.trim();
    detail = 'no server version';
  } catch (error) {
    detail = error instanceof Error ? error.message : String(error);
  }
  throw new Error(`test prerequisite missing: the Docker engine does not answer (${detail})${options.why ? `; ${options.why}` : ''}: ${DOCKER_SETUP_HINT}`);
}

export async function imageExists(ref: string): Promise<boolean> {
  try {
    await docker(['image', 'inspect', '--format', '{{.Id}}', ref]);
    return true;
  } catch (error) {
    if (error instanceof DockerCommandError) return false;
    throw error;
  }
}

/** Throws unless `ref` is present locally; `hint` says how to make it. */
export async function requireImage(ref: string, hint: string = BASE_IMAGES_SETUP_HINT): Promise<void> {
  if (!(await imageExists(ref))) throw new Error(`test prerequisite missing: image ${ref} is not present; ${hint}`);
}

export interface BuildOptions {
  context: string;
  tag: string;
  buildArgs?: Record<string, string>;
  /** Ignore the layer cache (cold build). */
  noCache?: boolean;
  timeoutMs?: number;
}

/** `docker build` with the classic builder (no buildx on Debian 12); resolves to the build time in ms. */
export async function buildImage(options: BuildOptions): Promise<number> {
  const args = ['build', '--tag', options.tag];
  for (const [name, value] of Object.entries(options.buildArgs ?? {})) args.push('--build-arg', `${name}=${value}`);
  if (options.noCache) args.push('--no-cache');
  args.push(options.context);
  const started = performance.now();
  await docker(args, { env: { DOCKER_BUILDKIT: '0' }, timeoutMs: options.timeoutMs ?? 600_000 });
  return performance.now() - started;
}

export async function imageSizeBytes(ref: string): Promise<number> {
  const { stdout } = await docker(['image', 'inspect', '--format', '{{.Size}}', ref]);
  return Number(stdout.trim());
}

/** `docker image inspect` as parsed JSON (first element). */
export async function inspectImage(ref: string): Promise<{
  Config: { User?: string; Labels?: Record<string, string> | null; Env?: string[]; ExposedPorts?: Record<string, unknown> };
}> {
  const { stdout } = await docker(['image', 'inspect', ref]);
  const parsed = JSON.parse(stdout) as unknown[];
  return parsed[0] as Awaited<ReturnType<typeof inspectImage>>;
}

/** `docker run -d RUNARGS... IMAGE CMD...`; resolves to the container id. */
export async function runDetached(image: string, runArgs: readonly string[] = [], command: readonly string[] = []): Promise<string> {
  const { stdout } = await docker(['run', '--detach', ...runArgs, image, ...command]);
  return stdout.trim();
}

/** Removes a container whatever its state; ignores one that is already gone. */
export async function removeContainer(id: string): Promise<void> {
  try {
    await docker(['rm', '--force', '--volumes', id]);
  } catch (error) {
    if (!(error instanceof DockerCommandError && /No such container/i.test(error.stderr))) throw error;
  }
}

export async function containerLogs(id: string): Promise<string> {
  const { stdout, stderr } = await docker(['logs', id]);
  return stdout + stderr;
}

/** Host port published for `containerPort` (e.g. "3456/tcp") on 127.0.0.1. */
export async function publishedPort(id: string, containerPort: string): Promise<number> {
  const { stdout } = await docker(['port', id, containerPort]);
  const match = /127\.0\.0\.1:(\d+)/.exec(stdout);
  if (!match?.[1]) throw new Error(`container ${id} publishes ${containerPort} on no 127.0.0.1 port: ${stdout}`);
  return Number(match[1]);
}

interface ContainerState {
  Status: string;
  ExitCode: number;
  Health?: { Status: string; Log?: Array<{ ExitCode: number; Output: string }> };
}

export async function containerState(id: string): Promise<ContainerState> {
  const { stdout } = await docker(['inspect', '--format', '{{json .State}}', id]);
  return JSON.parse(stdout) as ContainerState;
}

/**
 * Polls until the container's health status is `healthy`; resolves to the time waited in ms.
 * Rejects, with the container's logs, if it exits, turns `unhealthy`, has no HEALTHCHECK, or times out.
 */
export async function waitForHealthy(id: string, timeoutMs = 60_000): Promise<number> {
  const started = performance.now();
  for (;;) {
    const state = await containerState(id);
    const health = state.Health?.Status;
    if (health === 'healthy') return performance.now() - started;
    const failed =
      state.Status === 'exited' || state.Status === 'dead'
        ? `exited with ${state.ExitCode}`
        : health === 'unhealthy'
          ? `is unhealthy (last probe: ${state.Health?.Log?.at(-1)?.Output.trim() ?? '?'})`
          : health === undefined
            ? 'has no HEALTHCHECK'
            : performance.now() - started > timeoutMs
              ? `is still "${health}" after ${timeoutMs} ms`
              : undefined;
    if (failed) throw new Error(`container ${id} ${failed}; logs:\n${await containerLogs(id)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Waits until the container has stopped; resolves to its exit code. */
export async function waitForExit(id: string, timeoutMs = 30_000): Promise<number> {
  const { stdout } = await docker(['wait', id], { timeoutMs });
  return Number(stdout.trim());
}
