/**
 * The clean-up's docker removals on the real engine: what is gone is fine, what will not go is said
 * (one line naming it), never passed over in silence (a network still in use was once left quietly).
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { perform } from '../../src/tools/cleanup.js';
import { docker, LOCAL_NODE_IMAGE, requireDockerEngine, requireImage } from '../helpers/docker.js';

const name = `cleanup-test-${randomBytes(3).toString('hex')}`;

beforeAll(async () => {
  await requireDockerEngine();
  await requireImage(LOCAL_NODE_IMAGE);
});

afterAll(async () => {
  await docker(['rm', '--force', name]).catch(() => undefined);
  await docker(['network', 'rm', name]).catch(() => undefined);
  await docker(['volume', 'rm', '--force', name]).catch(() => undefined);
});

describe('clean-up of docker things', () => {
  test('a network still in use is named as not removed; once its container is gone, it goes; gone things are fine', async () => {
    await docker(['network', 'create', name]);
    await docker(['volume', 'create', name]);
    await docker(['run', '-d', '--name', name, '--network', name, '-v', `${name}:/data`, LOCAL_NODE_IMAGE, 'sleep', '300']);

    const inUse = await perform({ kind: 'docker-network', name });
    expect(inUse).toMatch(new RegExp(`^network ${name}: docker network rm ${name}: .*(active endpoints|in use)`, 'i'));
    const volumeInUse = await perform({ kind: 'docker-volume', name });
    expect(volumeInUse).toMatch(new RegExp(`^volume ${name}: docker volume rm ${name}: .*in use`, 'i'));

    expect(await perform({ kind: 'docker-container', name })).toBeUndefined();
    expect(await perform({ kind: 'docker-network', name })).toBeUndefined();
    expect(await perform({ kind: 'docker-volume', name })).toBeUndefined();
    const left = await Promise.all([
      docker(['ps', '--all', '--filter', `name=^${name}$`, '--format', '{{.Names}}']),
      docker(['network', 'ls', '--filter', `name=^${name}$`, '--format', '{{.Name}}']),
      docker(['volume', 'ls', '--filter', `name=^${name}$`, '--format', '{{.Name}}']),
    ]);
    expect(left.map((r) => r.stdout.trim())).toEqual(['', '', '']);

    // Already gone: nothing to say.
    for (const kind of ['docker-container', 'docker-network', 'docker-volume'] as const) expect(await perform({ kind, name })).toBeUndefined();
  }, 120_000);
});
