/**
 * Bearer token auth against a REAL registry: Distribution with `auth.token` sends the same
 * challenge GHCR does and verifies the JWTs itself; the token service is the test helper's.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copy, pushArtifact, RegistryClient, RegistryError } from '../../src/oci/index.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { recordRequests, expectNoSecrets, makeArtifact } from './fixtures-helpers.js';

let registry: TestRegistry;
const username = 'ci-bot';
const password = `ghs_${randomBytes(16).toString('hex')}`;
const logLines: string[] = [];

beforeAll(async () => {
  registry = await startRegistry({ tokenAuth: { username, password } });
});

afterAll(async () => {
  await registry?.stop();
});

describe('Bearer token flow against a real registry', () => {
  it('gets one token per scope and reuses it for every request of that scope', async () => {
    const counted = recordRequests();
    const client = new RegistryClient({ registry: registry.host, credentials: { username, password }, observe: counted.observe, log: (l) => logLines.push(l) });
    const repo = client.repository('vfarcic/dot-ai');
    const artifact = makeArtifact([1000, 2000, 3000]);
    await pushArtifact(repo, { ...artifact, tag: '1.6.1-rc.1' });
    await repo.tag('1.6.1-rc.1', '1.6.1');
    expect((await repo.listTags()).sort()).toEqual(['1.6.1', '1.6.1-rc.1']);
    // Pushing needed `pull,push`; the pulls afterwards reuse that token instead of asking for another.
    expect(registry.tokenRequests).toEqual([{ scopes: ['repository:vfarcic/dot-ai:pull,push'], username, granted: true }]);
    expect(counted.requests.length).toBeGreaterThan(10);
    expect(counted.requests.filter((r) => r.status === 401).length).toBeLessThanOrEqual(4); // the first parallel wave only

    // A fresh client that only pulls asks for a pull token once.
    registry.tokenRequests.length = 0;
    const reader = new RegistryClient({ registry: registry.host, credentials: { username, password }, log: (l) => logLines.push(l) }).repository('vfarcic/dot-ai');
    await reader.resolve('1.6.1');
    await reader.fetchManifest('1.6.1');
    await reader.fetchBlob(artifact.blobs[1]!.descriptor.digest);
    expect(registry.tokenRequests).toEqual([{ scopes: ['repository:vfarcic/dot-ai:pull'], username, granted: true }]);
  });

  it('mounts across repositories with a token scoped to both', async () => {
    const client = new RegistryClient({ registry: registry.host, credentials: { username, password }, log: (l) => logLines.push(l) });
    registry.tokenRequests.length = 0;
    const result = await copy(client.repository('vfarcic/dot-ai'), client.repository('vfarcic/dot-ai-mirror'), '1.6.1');
    expect(result.blobsMounted).toBe(4);
    expect(registry.tokenRequests.map((t) => t.scopes)).toContainEqual(['repository:vfarcic/dot-ai-mirror:pull,push', 'repository:vfarcic/dot-ai:pull']);
  });

  it('lets anonymous clients pull but not push, with a clear message', async () => {
    const anonymous = new RegistryClient({ registry: registry.host, log: (l) => logLines.push(l) }).repository('vfarcic/dot-ai');
    expect((await anonymous.resolve('1.6.1')).digest).toMatch(/^sha256:/);
    const error = (await anonymous.tag('1.6.1', 'hijack').catch((e: unknown) => e)) as RegistryError;
    expect(error).toBeInstanceOf(RegistryError);
    expect(error.kind).toBe('unauthorized');
    expect(error.message).toContain(`registry ${registry.host} requires authentication and no credentials were given`);
  });

  it('reports a wrong token as rejected credentials of the user', async () => {
    const client = new RegistryClient({ registry: registry.host, credentials: { username, password: 'ghs_wrong-token-value' }, log: (l) => logLines.push(l) });
    const error = (await client.repository('vfarcic/dot-ai').resolve('1.6.1').catch((e: unknown) => e)) as RegistryError;
    expect(error.kind).toBe('unauthorized');
    expect(error.message).toContain(`rejected the credentials of user "${username}" (HTTP 401: UNAUTHORIZED authentication required)`);
    expect(error.message).not.toContain('ghs_wrong-token-value');
  });

  it('never logged the password or a token', () => {
    expect(logLines.some((l) => l.includes('token request'))).toBe(true);
    expectNoSecrets(logLines, [password, 'ghs_wrong-token-value', Buffer.from(`${username}:${password}`).toString('base64'), 'eyJ']);
  });
});
