/** The credentials folder as the image steps write it: private, on disk (so an integration test), removed by the clean-up registry. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { CredentialsDir } from '../../src/image/credentials.js';
import { CleanupRegistry } from '../../src/tools/cleanup.js';

describe('credentials files', () => {
  test('the auth file is 0600 in a 0700 temp dir, holds the credentials for that registry only, and is gone after the clean-up registry removes its folder', async () => {
    const creds = new CredentialsDir();
    const file = creds.writeAuthFile('ghcr.io', { username: 'bot', password: 'Pa55-in-a-file' });
    expect(statSync(creds.dir).mode & 0o777).toBe(0o700);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const auths = (JSON.parse(readFileSync(file, 'utf8')) as { auths: Record<string, { auth: string }> }).auths;
    expect(Object.keys(auths)).toEqual(['ghcr.io']);
    expect(Buffer.from(auths['ghcr.io']!.auth, 'base64').toString()).toBe('bot:Pa55-in-a-file');
    const env = creds.dockerEnv({ HOME: '/home/x', BUILDX_CONFIG: '/home/x/.buildx' });
    expect(env.DOCKER_CONFIG).toBe(path.join(creds.dir, 'docker'));
    expect(env.BUILDX_CONFIG).toBe('/home/x/.buildx');
    expect(statSync(path.join(env.DOCKER_CONFIG!, 'config.json')).mode & 0o777).toBe(0o600);
    const cleanup = new CleanupRegistry();
    cleanup.add({ kind: 'directory', path: creds.dir });
    expect(await cleanup.runAll()).toEqual([]);
    expect(existsSync(creds.dir)).toBe(false);
  });

});
