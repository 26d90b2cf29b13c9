import { UserError } from '../errors.js';
import { exec, execChecked } from './exec.js';

/** The docker CLI: DOCKER_BIN, else `docker` on the PATH. */
export function dockerBinary(env: NodeJS.ProcessEnv = process.env): string {
  return env.DOCKER_BIN || 'docker';
}

export interface ContainerState {
  Status: string;
  ExitCode: number;
  Health?: { Status: string; Log?: Array<{ ExitCode: number; Output: string }> };
}

/** One wrapper per docker CLI call we make; `env` carries DOCKER_CONFIG (credentials) and DOCKER_BUILDKIT. */
export class Docker {
  constructor(
    readonly bin: string = dockerBinary(),
    readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  private run(args: string[], options: { stdin?: string; secrets?: string[]; env?: NodeJS.ProcessEnv } = {}) {
    return exec(this.bin, args, { env: options.env ?? this.env, stdin: options.stdin, secrets: options.secrets });
  }

  private checked(what: string, args: string[], options: { stdin?: string; secrets?: string[]; env?: NodeJS.ProcessEnv } = {}) {
    return execChecked(what, this.bin, args, { env: options.env ?? this.env, stdin: options.stdin, secrets: options.secrets });
  }

  withEnv(env: NodeJS.ProcessEnv): Docker {
    return new Docker(this.bin, env);
  }

  /** The engine's version, or undefined when the CLI is missing or the engine does not answer. */
  async serverVersion(): Promise<string | undefined> {
    try {
      const result = await this.run(['version', '--format', '{{.Server.Version}}']);
      return result.code === 0 && result.stdout.trim() ? result.stdout.trim() : undefined;
    } catch {
      return undefined;
    }
  }

  /** `docker buildx version`, or undefined when the plugin is not installed. */
  async buildxVersion(): Promise<string | undefined> {
    try {
      const result = await this.run(['buildx', 'version']);
      return result.code === 0 ? result.stdout.trim() : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * The current buildx builder (BUILDX_BUILDER, else the one `docker buildx use` chose): its name, its
   * driver (`docker`, `docker-container`, `kubernetes`, `remote`), the platforms its nodes list (none
   * when it is not running: then asked again with `--bootstrap`, which starts it, as a build would),
   * and whether the engine stores images in containerd (then even the `docker` driver builds several platforms).
   */
  async buildxDriver(): Promise<{ name: string; driver: string; platforms: string[]; containerdStore: boolean }> {
    let inspect = await this.run(['buildx', 'inspect']);
    if (inspect.code === 0 && !/^Platforms:\s*\S/m.test(inspect.stdout)) {
      const bootstrapped = await this.run(['buildx', 'inspect', '--bootstrap']);
      if (bootstrapped.code === 0) inspect = bootstrapped;
    }
    const name = /^Name:\s*(\S+)/m.exec(inspect.stdout)?.[1] ?? 'unknown';
    const driver = /^Driver:\s*(\S+)/m.exec(inspect.stdout)?.[1] ?? 'unknown';
    // One `Platforms:` line per node; `*` marks platforms set by the user rather than detected.
    const platforms = [...inspect.stdout.matchAll(/^Platforms:\s*(.+)$/gm)].flatMap((m) => m[1]!.split(',').map((p) => p.trim().replace(/\*$/, '')).filter(Boolean));
    const info = await this.run(['info', '--format', '{{json .DriverStatus}}']);
    return { name, driver, platforms: [...new Set(platforms)], containerdStore: /io\.containerd\.snapshotter/.test(info.stdout) };
  }

  /** `docker login --password-stdin`: the password goes through stdin into this env's DOCKER_CONFIG. */
  async login(registry: string, username: string, password: string): Promise<void> {
    await this.checked(`docker login ${registry}`, ['login', '--username', username, '--password-stdin', registry], { stdin: password, secrets: [password] });
  }

  async build(args: string[], env?: NodeJS.ProcessEnv): Promise<void> {
    await this.checked('docker build', ['build', ...args], { env });
  }

  async tag(source: string, target: string): Promise<void> {
    await this.checked(`docker tag ${target}`, ['tag', source, target]);
  }

  /** `docker push REF`; resolves to the pushed manifest digest. */
  async push(ref: string): Promise<string> {
    const { stdout } = await this.checked(`docker push ${ref}`, ['push', ref]);
    const digest = /digest: (sha256:[0-9a-f]{64})/.exec(stdout)?.[1];
    if (!digest) throw new UserError(`docker push ${ref}: no digest in its output`);
    return digest;
  }

  /** `docker load --input FILE` (a `docker save` archive, e.g. one platform of an OCI layout). */
  /** `docker save -o FILE REFS...`: local images into one tarball (e.g. for `kind load image-archive`). */
  async save(refs: string[], file: string): Promise<void> {
    await this.checked(`docker save of ${refs.length} image(s)`, ['save', '--output', file, ...refs]);
  }

  async load(file: string): Promise<void> {
    await this.checked(`docker load ${file}`, ['load', '--quiet', '--input', file]);
  }

  async pull(ref: string, platform: string): Promise<void> {
    await this.checked(`docker pull ${ref} (${platform})`, ['pull', '--quiet', '--platform', platform, ref]);
  }

  /** `healthTimeoutSeconds` overrides the image's HEALTHCHECK timeout (probes under QEMU are slow to start). */
  async runDetached(ref: string, platform: string, labels: Record<string, string> = {}, healthTimeoutSeconds?: number): Promise<string> {
    const args = [
      'run', '--detach', '--platform', platform,
      ...Object.entries(labels).flatMap(([k, v]) => ['--label', `${k}=${v}`]),
      ...(healthTimeoutSeconds ? ['--health-timeout', `${healthTimeoutSeconds}s`] : []),
      ref,
    ];
    const { stdout } = await this.checked(`docker run ${ref} (${platform})`, args);
    return stdout.trim();
  }

  async state(id: string): Promise<ContainerState> {
    const { stdout } = await this.checked(`docker inspect ${id}`, ['inspect', '--format', '{{json .State}}', id]);
    return JSON.parse(stdout) as ContainerState;
  }

  async logs(id: string, lines = 20): Promise<string> {
    const result = await this.run(['logs', '--tail', String(lines), id]);
    return `${result.stdout}${result.stderr}`.trim();
  }

  /** `docker run --detach ARGS...` (flags then image and command); resolves to the container id. */
  async runContainer(what: string, args: string[]): Promise<string> {
    const { stdout } = await this.checked(what, ['run', '--detach', ...args]);
    return stdout.trim();
  }

  /** `docker run --rm ARGS...` to completion (a one-off job such as chown of a volume). */
  async runToCompletion(what: string, args: string[], timeoutMs = 300_000): Promise<string> {
    const { stdout } = await execChecked(what, this.bin, ['run', '--rm', ...args], { env: this.env, timeoutMs });
    return stdout;
  }

  async createNetwork(name: string, labels: Record<string, string> = {}): Promise<void> {
    await this.checked(`docker network create ${name}`, ['network', 'create', ...Object.entries(labels).flatMap(([k, v]) => ['--label', `${k}=${v}`]), name]);
  }

  async createVolume(name: string, labels: Record<string, string> = {}): Promise<void> {
    await this.checked(`docker volume create ${name}`, ['volume', 'create', ...Object.entries(labels).flatMap(([k, v]) => ['--label', `${k}=${v}`]), name]);
  }

  /** The host address a container port is published on (`docker port`), e.g. 127.0.0.1:49153. */
  async publishedAddress(container: string, port: number): Promise<string> {
    const { stdout } = await this.checked(`docker port ${container} ${port}`, ['port', container, `${port}/tcp`]);
    const line = stdout.split('\n').map((l) => l.trim()).find((l) => /^127\.0\.0\.1:\d+$/.test(l)) ?? stdout.split('\n')[0]?.trim();
    if (!line) throw new UserError(`docker port ${container} ${port}: not published`);
    return line;
  }

  /** `docker inspect` of a container as JSON (undefined when it does not exist). */
  async inspect(name: string): Promise<Record<string, unknown> | undefined> {
    const result = await this.run(['inspect', '--type', 'container', name]);
    if (result.code !== 0) return undefined;
    return (JSON.parse(result.stdout) as Record<string, unknown>[])[0];
  }

  /** `docker image inspect --format {{.Id}}`: the image ID (config digest) of a local image, or undefined. */
  async imageId(ref: string): Promise<string | undefined> {
    const result = await this.run(['image', 'inspect', '--format', '{{.Id}}', ref]);
    return result.code === 0 ? result.stdout.trim() || undefined : undefined;
  }

  /** Removes a container and its anonymous volumes; one already gone is fine, any other failure throws. */
  async removeContainer(id: string): Promise<void> {
    await this.removing(`docker rm ${id}`, ['rm', '--force', '--volumes', id]);
  }

  /** Removes a network; one already gone is fine (one still in use by a container throws, naming it). */
  async removeNetwork(name: string): Promise<void> {
    await this.removing(`docker network rm ${name}`, ['network', 'rm', name]);
  }

  async removeVolume(name: string): Promise<void> {
    await this.removing(`docker volume rm ${name}`, ['volume', 'rm', '--force', name]);
  }

  /** A removal: done when the CLI says so or the thing is not there; anything else is a failure the caller reports. */
  private async removing(what: string, args: string[]): Promise<void> {
    const result = await exec(this.bin, args, { env: this.env, timeoutMs: 60_000 });
    if (result.code === 0 && !result.timedOut) return;
    if (!result.timedOut && /no such (container|network|volume)|not found/i.test(result.stderr)) return;
    // The daemon's answer, not the CLI's closing "exit status N".
    const said = result.stderr.split('\n').map((l) => l.trim()).filter((l) => l && !/^exit status \d+$/.test(l)).at(-1);
    const why = result.timedOut ? 'did not finish within 60 s' : (said ?? `exit ${result.code}`);
    throw new UserError(`${what}: ${why}`);
  }

  async removeImage(ref: string): Promise<void> {
    await this.run(['image', 'rm', ref]);
  }

  /** Architecture/OS of a local image, e.g. { os: 'linux', architecture: 'amd64' }. */
  async imagePlatform(ref: string): Promise<{ os: string; architecture: string; variant?: string }> {
    const { stdout } = await this.checked(`docker image inspect ${ref}`, ['image', 'inspect', '--format', '{{json .}}', ref]);
    const image = JSON.parse(stdout) as { Os: string; Architecture: string; Variant?: string };
    return { os: image.Os, architecture: image.Architecture, ...(image.Variant ? { variant: image.Variant } : {}) };
  }
}
