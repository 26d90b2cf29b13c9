/** The registry client against a REAL registry with htpasswd (bcrypt) Basic auth. */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pushArtifact, RegistryClient, RegistryError } from '../../src/oci/index.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { recordRequests, expectNoSecrets, makeArtifact } from './fixtures-helpers.js';

let registry: TestRegistry;
const username = 'release-bot';
const password = `pw-${randomBytes(12).toString('hex')}`;
const wrongPassword = `wrong-${randomBytes(12).toString('hex')}`;
const logLines: string[] = [];
const secrets = [password, wrongPassword, Buffer.from(`${username}:${password}`).toString('base64'), Buffer.from(`${username}:${wrongPassword}`).toString('base64')];

beforeAll(async () => {
  registry = await startRegistry({ htpasswd: { username, password } });
});

afterAll(async () => {
  await registry?.stop();
});

describe('registry client against a real registry with Basic auth', () => {
  it('answers the Basic challenge once, then sends credentials up front', async () => {
    const counted = recordRequests();
    const client = new RegistryClient({ registry: registry.host, credentials: { username, password }, observe: counted.observe, log: (l) => logLines.push(l) });
    const repo = client.repository('secure/app');
    const artifact = makeArtifact([2048, 4096]);
    const pushed = await pushArtifact(repo, { ...artifact, tag: '1.6.1' });
    expect((await repo.resolve('1.6.1')).digest).toBe(pushed.digest);
    expect(await repo.listTags()).toEqual(['1.6.1']);
    await repo.tag('1.6.1', 'stable');
    // Only the opening wave (3 blob HEADs sent in parallel before any answer) meets the 401
    // challenge; every later request carries the credentials up front.
    // (Attempts are recorded as they finish, so the wave's 401s may interleave with its retries.)
    const statuses = counted.requests.map((r) => r.status);
    expect(statuses.filter((s) => s === 401).length).toBeGreaterThanOrEqual(1);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(3);
    expect(counted.requests.length).toBeGreaterThan(10);
  });

  it('names registry and user, never the password, when the password is wrong', async () => {
    const client = new RegistryClient({ registry: registry.host, credentials: { username, password: wrongPassword }, log: (l) => logLines.push(l) });
    const error = (await client.repository('secure/app').resolve('1.6.1').catch((e: unknown) => e)) as RegistryError;
    expect(error).toBeInstanceOf(RegistryError);
    expect(error.kind).toBe('unauthorized');
    expect(error.status).toBe(401);
    expect(error.message).toBe(
      `resolve ${registry.host}/secure/app:1.6.1: registry ${registry.host} rejected the credentials of user "${username}" (HTTP 401)`,
    );
    // A GET carries the registry's JSON error body, whose code ends up in the message.
    const listing = (await client.repository('secure/app').listTags().catch((e: unknown) => e)) as RegistryError;
    expect(listing.hasCode('UNAUTHORIZED')).toBe(true);
    expect(listing.message).toMatch(/rejected the credentials of user "release-bot" \(HTTP 401: UNAUTHORIZED/);
    expect(JSON.stringify(error)).not.toContain(wrongPassword);
    expect(String(error.stack)).not.toContain(wrongPassword);
  });

  it('says credentials are needed when none were given', async () => {
    const client = new RegistryClient({ registry: registry.host, log: (l) => logLines.push(l) });
    const error = (await client.repository('secure/app').listTags().catch((e: unknown) => e)) as RegistryError;
    expect(error.kind).toBe('unauthorized');
    expect(error.message).toContain(`registry ${registry.host} requires authentication and no credentials were given`);
  });

  it('never logged a password or its Basic encoding', () => {
    expect(logLines.length).toBeGreaterThan(5);
    expectNoSecrets(logLines, secrets);
  });
});
