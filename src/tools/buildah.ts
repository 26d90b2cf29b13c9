import { readFileSync } from 'node:fs';
import { UserError } from '../errors.js';
import { exec, execChecked } from './exec.js';

/** The buildah binary: BUILDAH_BIN, else `buildah` on the PATH. */
export function buildahBinary(env: NodeJS.ProcessEnv = process.env): string {
  return env.BUILDAH_BIN || 'buildah';
}

export interface BuildahBuild {
  platform: string;
  /** Manifest list the image is added to. */
  manifest: string;
  context: string;
  dockerfile: string;
  buildArgs: [string, string][];
  labels: Record<string, string>;
  /** Keep intermediate layers as a local cache (`--layers`); false: `--no-cache`. */
  cache: boolean;
  authfile?: string;
  tlsVerify: boolean;
  /** Written with the built image's id. */
  iidfile?: string;
}

/** Arguments of one `buildah build` (one platform: a failure names its arch). Docker format keeps HEALTHCHECK, which OCI configs cannot hold. */
export function buildahBuildArgs(b: BuildahBuild): string[] {
  return [
    'build',
    '--platform', b.platform,
    '--manifest', b.manifest,
    '--format', 'docker',
    ...(b.cache ? ['--layers'] : ['--no-cache']),
    '--file', b.dockerfile,
    ...b.buildArgs.flatMap(([k, v]) => ['--build-arg', `${k}=${v}`]),
    ...Object.entries(b.labels).flatMap(([k, v]) => ['--label', `${k}=${v}`]),
    ...(b.authfile ? ['--authfile', b.authfile] : []),
    ...(b.tlsVerify ? [] : ['--tls-verify=false']),
    ...(b.iidfile ? ['--iidfile', b.iidfile] : []),
    b.context,
  ];
}

export class Buildah {
  constructor(readonly bin: string = buildahBinary()) {}

  /** `buildah --version`, or undefined when it is not installed. */
  async version(): Promise<string | undefined> {
    try {
      const result = await exec(this.bin, ['--version']);
      return result.code === 0 ? /\d+\.\d+\.\d+/.exec(result.stdout)?.[0] : undefined;
    } catch {
      return undefined;
    }
  }

  /** One platform; a failure is a UserError carrying buildah's error lines (not its progress output). */
  async build(b: BuildahBuild): Promise<void> {
    const result = await exec(this.bin, buildahBuildArgs(b));
    if (result.code !== 0) {
      const lines = `${result.stdout}\n${result.stderr}`.split('\n').map((l) => l.trim()).filter(Boolean);
      const errors = lines.filter((l) => /error|exec format/i.test(l));
      throw new UserError(`buildah build for ${b.platform} failed (exit ${result.code}): ${(errors.length ? errors : lines).slice(-3).join(' | ')}`);
    }
  }

  /** `buildah manifest push --all LIST docker://DEST`; resolves to the pushed index digest. */
  async manifestPush(list: string, destination: string, options: { authfile: string; tlsVerify: boolean; digestfile: string }): Promise<string> {
    await execChecked(`buildah manifest push ${destination}`, this.bin, [
      'manifest', 'push', '--all', '--quiet',
      '--authfile', options.authfile,
      ...(options.tlsVerify ? [] : ['--tls-verify=false']),
      '--digestfile', options.digestfile,
      list, `docker://${destination}`,
    ]);
    const digest = readFileSync(options.digestfile, 'utf8').trim();
    if (!/^sha256:[0-9a-f]{64}$/.test(digest)) throw new UserError(`buildah manifest push ${destination}: unexpected digest ${JSON.stringify(digest)}`);
    return digest;
  }

  /**
   * `buildah manifest push --all --format v2s2 LIST oci:DIR:TAG`: the list and every image into an
   * OCI image layout, nothing to a registry. Docker schema 2 images keep HEALTHCHECK (an OCI image
   * config cannot hold it); the list comes out as a Docker manifest list. Resolves to its digest.
   */
  async manifestPushToLayout(list: string, dir: string, tag: string, digestfile: string): Promise<string> {
    // A layout on disk needs no credentials; buildah would still stat DOCKER_CONFIG's config.json and fail where it is missing.
    const { DOCKER_CONFIG: _docker, REGISTRY_AUTH_FILE: _auth, ...env } = process.env;
    await execChecked(`buildah manifest push ${list} to oci:${dir}`, this.bin, ['manifest', 'push', '--all', '--quiet', '--format', 'v2s2', '--digestfile', digestfile, list, `oci:${dir}:${tag}`], { env });
    const digest = readFileSync(digestfile, 'utf8').trim();
    if (!/^sha256:[0-9a-f]{64}$/.test(digest)) throw new UserError(`buildah manifest push to oci:${dir}: unexpected digest ${JSON.stringify(digest)}`);
    return digest;
  }

  /** Copies an image into the local Docker engine (`docker-daemon:` transport). */
  async pushToDocker(image: string, reference: string): Promise<void> {
    await execChecked(`buildah push ${reference} to the Docker engine`, this.bin, ['push', '--quiet', image, `docker-daemon:${reference}`]);
  }

  /** Removes an image (by id) that no other tag or container uses; failures are ignored. */
  async removeImage(id: string): Promise<void> {
    await exec(this.bin, ['rmi', id]);
  }

  /** Removes a manifest list; a missing one is fine. */
  async removeManifest(list: string): Promise<void> {
    await exec(this.bin, ['manifest', 'rm', list]);
  }
}
