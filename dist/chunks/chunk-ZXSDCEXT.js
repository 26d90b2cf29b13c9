import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  exec,
  execChecked
} from "./chunk-OOIETZWO.js";
import {
  UserError
} from "./chunk-IXRSKL5H.js";

// src/tools/buildah.ts
import { readFileSync } from "node:fs";
function buildahBinary(env = process.env) {
  return env.BUILDAH_BIN || "buildah";
}
function buildahBuildArgs(b) {
  return [
    "build",
    "--platform",
    b.platform,
    "--manifest",
    b.manifest,
    "--format",
    "docker",
    ...b.cache ? ["--layers"] : ["--no-cache"],
    "--file",
    b.dockerfile,
    ...b.buildArgs.flatMap(([k, v]) => ["--build-arg", `${k}=${v}`]),
    ...Object.entries(b.labels).flatMap(([k, v]) => ["--label", `${k}=${v}`]),
    ...b.authfile ? ["--authfile", b.authfile] : [],
    ...b.tlsVerify ? [] : ["--tls-verify=false"],
    ...b.iidfile ? ["--iidfile", b.iidfile] : [],
    b.context
  ];
}
var Buildah = class {
  constructor(bin = buildahBinary()) {
    this.bin = bin;
  }
  bin;
  /** `buildah --version`, or undefined when it is not installed. */
  async version() {
    try {
      const result = await exec(this.bin, ["--version"]);
      return result.code === 0 ? /\d+\.\d+\.\d+/.exec(result.stdout)?.[0] : void 0;
    } catch {
      return void 0;
    }
  }
  /** One platform; a failure is a UserError carrying buildah's error lines (not its progress output). */
  async build(b) {
    const result = await exec(this.bin, buildahBuildArgs(b));
    if (result.code !== 0) {
      const lines = `${result.stdout}
${result.stderr}`.split("\n").map((l) => l.trim()).filter(Boolean);
      const errors = lines.filter((l) => /error|exec format/i.test(l));
      throw new UserError(`buildah build for ${b.platform} failed (exit ${result.code}): ${(errors.length ? errors : lines).slice(-3).join(" | ")}`);
    }
  }
  /** `buildah manifest push --all LIST docker://DEST`; resolves to the pushed index digest. */
  async manifestPush(list, destination, options) {
    await execChecked(`buildah manifest push ${destination}`, this.bin, [
      "manifest",
      "push",
      "--all",
      "--quiet",
      "--authfile",
      options.authfile,
      ...options.tlsVerify ? [] : ["--tls-verify=false"],
      "--digestfile",
      options.digestfile,
      list,
      `docker://${destination}`
    ]);
    const digest = readFileSync(options.digestfile, "utf8").trim();
    if (!/^sha256:[0-9a-f]{64}$/.test(digest)) throw new UserError(`buildah manifest push ${destination}: unexpected digest ${JSON.stringify(digest)}`);
    return digest;
  }
  /**
   * `buildah manifest push --all --format v2s2 LIST oci:DIR:TAG`: the list and every image into an
   * OCI image layout, nothing to a registry. Docker schema 2 images keep HEALTHCHECK (an OCI image
   * config cannot hold it); the list comes out as a Docker manifest list. Resolves to its digest.
   */
  async manifestPushToLayout(list, dir, tag, digestfile) {
    const { DOCKER_CONFIG: _docker, REGISTRY_AUTH_FILE: _auth, ...env } = process.env;
    await execChecked(`buildah manifest push ${list} to oci:${dir}`, this.bin, ["manifest", "push", "--all", "--quiet", "--format", "v2s2", "--digestfile", digestfile, list, `oci:${dir}:${tag}`], { env });
    const digest = readFileSync(digestfile, "utf8").trim();
    if (!/^sha256:[0-9a-f]{64}$/.test(digest)) throw new UserError(`buildah manifest push to oci:${dir}: unexpected digest ${JSON.stringify(digest)}`);
    return digest;
  }
  /**
   * Writes an image as a `docker load` archive tagged `reference`. (buildah's `docker-daemon:`
   * transport always talks to /var/run/docker.sock, whatever DOCKER_HOST names: the engine loads
   * the archive instead, through the docker CLI.)
   */
  async saveDockerArchive(image, reference, file) {
    await execChecked(`buildah push ${reference} to ${file}`, this.bin, ["push", "--quiet", image, `docker-archive:${file}:${reference}`]);
  }
  /** Removes an image (by id) that no other tag or container uses; failures are ignored. */
  async removeImage(id) {
    await exec(this.bin, ["rmi", id]);
  }
  /** Removes a manifest list; a missing one is fine. */
  async removeManifest(list) {
    await exec(this.bin, ["manifest", "rm", list]);
  }
};

// src/tools/docker.ts
function dockerBinary(env = process.env) {
  return env.DOCKER_BIN || "docker";
}
var Docker = class _Docker {
  constructor(bin = dockerBinary(), env = process.env) {
    this.bin = bin;
    this.env = env;
  }
  bin;
  env;
  run(args, options = {}) {
    return exec(this.bin, args, { env: options.env ?? this.env, stdin: options.stdin, secrets: options.secrets });
  }
  checked(what, args, options = {}) {
    return execChecked(what, this.bin, args, { env: options.env ?? this.env, stdin: options.stdin, secrets: options.secrets });
  }
  withEnv(env) {
    return new _Docker(this.bin, env);
  }
  /** The engine's version, or undefined when the CLI is missing or the engine does not answer. */
  async serverVersion() {
    try {
      const result = await this.run(["version", "--format", "{{.Server.Version}}"]);
      return result.code === 0 && result.stdout.trim() ? result.stdout.trim() : void 0;
    } catch {
      return void 0;
    }
  }
  /** `docker buildx version`, or undefined when the plugin is not installed. */
  async buildxVersion() {
    try {
      const result = await this.run(["buildx", "version"]);
      return result.code === 0 ? result.stdout.trim() : void 0;
    } catch {
      return void 0;
    }
  }
  /**
   * The current buildx builder (BUILDX_BUILDER, else the one `docker buildx use` chose): its name, its
   * driver (`docker`, `docker-container`, `kubernetes`, `remote`), the platforms its nodes list (none
   * when it is not running: then asked again with `--bootstrap`, which starts it, as a build would),
   * and whether the engine stores images in containerd (then even the `docker` driver builds several platforms).
   */
  async buildxDriver() {
    let inspect = await this.run(["buildx", "inspect"]);
    if (inspect.code === 0 && !/^Platforms:\s*\S/m.test(inspect.stdout)) {
      const bootstrapped = await this.run(["buildx", "inspect", "--bootstrap"]);
      if (bootstrapped.code === 0) inspect = bootstrapped;
    }
    const name = /^Name:\s*(\S+)/m.exec(inspect.stdout)?.[1] ?? "unknown";
    const driver = /^Driver:\s*(\S+)/m.exec(inspect.stdout)?.[1] ?? "unknown";
    const platforms = [...inspect.stdout.matchAll(/^Platforms:\s*(.+)$/gm)].flatMap((m) => m[1].split(",").map((p) => p.trim().replace(/\*$/, "")).filter(Boolean));
    const info = await this.run(["info", "--format", "{{json .DriverStatus}}"]);
    return { name, driver, platforms: [...new Set(platforms)], containerdStore: /io\.containerd\.snapshotter/.test(info.stdout) };
  }
  /** `docker login --password-stdin`: the password goes through stdin into this env's DOCKER_CONFIG. */
  async login(registry, username, password) {
    await this.checked(`docker login ${registry}`, ["login", "--username", username, "--password-stdin", registry], { stdin: password, secrets: [password] });
  }
  async build(args, env) {
    await this.checked("docker build", ["build", ...args], { env });
  }
  async tag(source, target) {
    await this.checked(`docker tag ${target}`, ["tag", source, target]);
  }
  /** `docker push REF`; resolves to the pushed manifest digest. */
  async push(ref) {
    const { stdout } = await this.checked(`docker push ${ref}`, ["push", ref]);
    const digest = /digest: (sha256:[0-9a-f]{64})/.exec(stdout)?.[1];
    if (!digest) throw new UserError(`docker push ${ref}: no digest in its output`);
    return digest;
  }
  /** `docker load --input FILE` (a `docker save` archive, e.g. one platform of an OCI layout). */
  /** `docker save -o FILE REFS...`: local images into one tarball (e.g. for `kind load image-archive`). */
  async save(refs, file) {
    await this.checked(`docker save of ${refs.length} image(s)`, ["save", "--output", file, ...refs]);
  }
  async load(file) {
    await this.checked(`docker load ${file}`, ["load", "--quiet", "--input", file]);
  }
  async pull(ref, platform) {
    await this.checked(`docker pull ${ref} (${platform})`, ["pull", "--quiet", "--platform", platform, ref]);
  }
  /** `healthTimeoutSeconds` overrides the image's HEALTHCHECK timeout (probes under QEMU are slow to start). */
  async runDetached(ref, platform, labels = {}, healthTimeoutSeconds) {
    const args = [
      "run",
      "--detach",
      "--platform",
      platform,
      ...Object.entries(labels).flatMap(([k, v]) => ["--label", `${k}=${v}`]),
      ...healthTimeoutSeconds ? ["--health-timeout", `${healthTimeoutSeconds}s`] : [],
      ref
    ];
    const { stdout } = await this.checked(`docker run ${ref} (${platform})`, args);
    return stdout.trim();
  }
  async state(id) {
    const { stdout } = await this.checked(`docker inspect ${id}`, ["inspect", "--format", "{{json .State}}", id]);
    return JSON.parse(stdout);
  }
  async logs(id, lines = 20) {
    const result = await this.run(["logs", "--tail", String(lines), id]);
    return `${result.stdout}${result.stderr}`.trim();
  }
  /** `docker run --detach ARGS...` (flags then image and command); resolves to the container id. */
  async runContainer(what, args) {
    const { stdout } = await this.checked(what, ["run", "--detach", ...args]);
    return stdout.trim();
  }
  /** `docker run --rm ARGS...` to completion (a one-off job such as chown of a volume). */
  async runToCompletion(what, args, timeoutMs = 3e5) {
    const { stdout } = await execChecked(what, this.bin, ["run", "--rm", ...args], { env: this.env, timeoutMs });
    return stdout;
  }
  async createNetwork(name, labels = {}) {
    await this.checked(`docker network create ${name}`, ["network", "create", ...Object.entries(labels).flatMap(([k, v]) => ["--label", `${k}=${v}`]), name]);
  }
  async createVolume(name, labels = {}) {
    await this.checked(`docker volume create ${name}`, ["volume", "create", ...Object.entries(labels).flatMap(([k, v]) => ["--label", `${k}=${v}`]), name]);
  }
  /** The host address a container port is published on (`docker port`), e.g. 127.0.0.1:49153. */
  async publishedAddress(container, port) {
    const { stdout } = await this.checked(`docker port ${container} ${port}`, ["port", container, `${port}/tcp`]);
    const line = stdout.split("\n").map((l) => l.trim()).find((l) => /^127\.0\.0\.1:\d+$/.test(l)) ?? stdout.split("\n")[0]?.trim();
    if (!line) throw new UserError(`docker port ${container} ${port}: not published`);
    return line;
  }
  /** `docker inspect` of a container as JSON (undefined when it does not exist). */
  async inspect(name) {
    const result = await this.run(["inspect", "--type", "container", name]);
    if (result.code !== 0) return void 0;
    return JSON.parse(result.stdout)[0];
  }
  /** `docker image inspect --format {{.Id}}`: the image ID (config digest) of a local image, or undefined. */
  async imageId(ref) {
    const result = await this.run(["image", "inspect", "--format", "{{.Id}}", ref]);
    return result.code === 0 ? result.stdout.trim() || void 0 : void 0;
  }
  /** Removes a container and its anonymous volumes; one already gone is fine, any other failure throws. */
  async removeContainer(id) {
    await this.removing(`docker rm ${id}`, ["rm", "--force", "--volumes", id]);
  }
  /** Removes a network; one already gone is fine (one still in use by a container throws, naming it). */
  async removeNetwork(name) {
    await this.removing(`docker network rm ${name}`, ["network", "rm", name]);
  }
  async removeVolume(name) {
    await this.removing(`docker volume rm ${name}`, ["volume", "rm", "--force", name]);
  }
  /** A removal: done when the CLI says so or the thing is not there; anything else is a failure the caller reports. */
  async removing(what, args) {
    const result = await exec(this.bin, args, { env: this.env, timeoutMs: 6e4 });
    if (result.code === 0 && !result.timedOut) return;
    if (!result.timedOut && /no such (container|network|volume)|not found/i.test(result.stderr)) return;
    const said = result.stderr.split("\n").map((l) => l.trim()).filter((l) => l && !/^exit status \d+$/.test(l)).at(-1);
    const why = result.timedOut ? "did not finish within 60 s" : said ?? `exit ${result.code}`;
    throw new UserError(`${what}: ${why}`);
  }
  async removeImage(ref) {
    await this.run(["image", "rm", ref]);
  }
  /** Architecture/OS of a local image, e.g. { os: 'linux', architecture: 'amd64' }. */
  async imagePlatform(ref) {
    const { stdout } = await this.checked(`docker image inspect ${ref}`, ["image", "inspect", "--format", "{{json .}}", ref]);
    const image = JSON.parse(stdout);
    return { os: image.Os, architecture: image.Architecture, ...image.Variant ? { variant: image.Variant } : {} };
  }
};

export {
  buildahBinary,
  Buildah,
  dockerBinary,
  Docker
};
