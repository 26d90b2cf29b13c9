import { describe, expect, test } from 'vitest';
import { prepareCandidate, type CandidateInput } from '../../src/smoke/candidate.js';
import type { Docker } from '../../src/tools/docker.js';

const DIGEST = `sha256:${'ab'.repeat(32)}`;

/** An engine that holds `present` (references, image IDs by reference) and records what it is asked to do. */
function fakeEngine(present: string[]): { docker: Docker; calls: string[] } {
  const held = new Set(present);
  const calls: string[] = [];
  const fake = {
    imageId: async (ref: string) => (held.has(ref) ? `sha256:${'cd'.repeat(32)}` : undefined),
    pull: async (ref: string) => {
      calls.push(`pull ${ref}`);
      held.add(ref);
    },
    tag: async (source: string, target: string) => {
      calls.push(`tag ${source} ${target}`);
      held.add(target);
    },
  };
  return { docker: fake as unknown as Docker, calls };
}

const base: Omit<CandidateInput, 'image' | 'repository'> = { version: '2.2.2', imageMap: {}, qdrantImage: 'qdrant/qdrant:v1.15.5', probeImage: 'node:24-slim' };

describe('what preparing the candidate puts in the engine is handed to the clean-up', () => {
  test('an image by digest, pulled and given a local tag: both named', async () => {
    const { docker, calls } = fakeEngine([]);
    const made: string[] = [];
    const image = `127.0.0.1:5000/vfarcic/dot-ai@${DIGEST}`;
    const candidate = await prepareCandidate({ ...base, image, repository: 'ghcr.io/vfarcic/dot-ai' }, docker, (ref) => made.push(ref));
    expect(calls).toEqual([expect.stringMatching(/^pull 127\.0\.0\.1:5000\/vfarcic\/dot-ai@sha256:/), `tag ${image} 127.0.0.1:5000/vfarcic/dot-ai:smoke-abababababab`]);
    expect(made).toEqual([image, '127.0.0.1:5000/vfarcic/dot-ai:smoke-abababababab']);
    expect(candidate.image.ref).toBe('127.0.0.1:5000/vfarcic/dot-ai:smoke-abababababab');
  });

  test('an image the engine holds by tag: nothing made, nothing to remove', async () => {
    const { docker, calls } = fakeEngine(['local/dot-ai:2.2.2', 'local/plugin:2.2.2']);
    const made: string[] = [];
    await prepareCandidate({ ...base, image: 'local/dot-ai:2.2.2', repository: 'ghcr.io/vfarcic/dot-ai', others: [{ repository: 'ghcr.io/vfarcic/dot-ai-agentic-tools', image: 'local/plugin:2.2.2' }] }, docker, (ref) => made.push(ref));
    expect(calls).toEqual([]);
    expect(made).toEqual([]);
  });
});
