import { chmodSync, existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import type { Credentials } from '../oci/auth.js';

/** The key Docker and containers-auth.json use for a registry host (Docker Hub has a legacy one). */
export function authKey(registry: string): string {
  return registry === 'docker.io' || registry === 'index.docker.io' || registry === 'registry-1.docker.io' ? 'https://index.docker.io/v1/' : registry;
}

/** A private (0700) temp directory for credentials files; the image context registers it for clean-up. */
export class CredentialsDir {
  readonly dir: string;
  private env: NodeJS.ProcessEnv | undefined;

  constructor(prefix = 'dot-ai-release-auth-') {
    this.dir = mkdtempSync(path.join(tmpdir(), prefix));
    chmodSync(this.dir, 0o700);
  }

  /**
   * An auth file in the containers-auth.json format (Docker's config.json `auths`), written 0600:
   * what `buildah --authfile` reads. The password never reaches an argument.
   */
  writeAuthFile(registry: string, credentials: Credentials | undefined): string {
    const file = path.join(this.dir, 'auth.json');
    const auths = credentials ? { [authKey(registry)]: { auth: Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64') } } : {};
    writeFileSync(file, `${JSON.stringify({ auths }, null, 2)}\n`, { mode: 0o600 });
    return file;
  }

  /**
   * The environment for docker with a config directory of our own (DOCKER_CONFIG, filled by
   * `docker login --password-stdin`), that still finds the user's CLI plugins and buildx builders
   * (BUILDX_CONFIG), so a builder made by docker/setup-buildx-action keeps working.
   */
  dockerEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
    if (!this.env) {
      const original = env.DOCKER_CONFIG || path.join(homedir(), '.docker');
      const dir = path.join(this.dir, 'docker');
      mkdirSync(dir, { mode: 0o700 });
      writeFileSync(path.join(dir, 'config.json'), '{"auths":{}}\n', { mode: 0o600 });
      if (existsSync(path.join(original, 'cli-plugins'))) symlinkSync(path.join(original, 'cli-plugins'), path.join(dir, 'cli-plugins'));
      this.env = { ...env, DOCKER_CONFIG: dir, BUILDX_CONFIG: env.BUILDX_CONFIG || path.join(original, 'buildx') };
    }
    return this.env;
  }
}
