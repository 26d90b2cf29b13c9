/**
 * Connection resets in the middle of uploads, against a REAL registry: a small HTTP proxy of ours
 * forwards every request to Distribution but, for chosen requests, lets the registry process them
 * and then destroys the client's socket instead of relaying the answer (the worst case: the work
 * happened, the client cannot know).
 */
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pushArtifact, RegistryClient, RegistryError, sha256Digest } from '../../src/oci/index.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { recordRequests, makeArtifact } from './fixtures-helpers.js';

let registry: TestRegistry;
let proxy: Server;
let proxyHost: string;
/** Decides per request whether its answer is dropped; `seen` counts requests by method. */
let dropAnswer: (req: IncomingMessage, seen: Record<string, number>) => boolean = () => false;
const seen: Record<string, number> = {};

beforeAll(async () => {
  registry = await startRegistry();
  const [host, port] = registry.host.split(':') as [string, string];
  proxy = createServer((req, res) => {
    const method = req.method ?? 'GET';
    seen[method] = (seen[method] ?? 0) + 1;
    const drop = dropAnswer(req, seen);
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const upstream = httpRequest({ host, port: Number(port), method, path: req.url, headers: req.headers }, (answer) => {
        const body: Buffer[] = [];
        answer.on('data', (c: Buffer) => body.push(c));
        answer.on('end', () => {
          if (drop) {
            req.socket.destroy();
            return;
          }
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          res.end(Buffer.concat(body));
        });
      });
      upstream.end(Buffer.concat(chunks));
    });
  });
  const proxyPort = await new Promise<number>((resolve) => {
    proxy.listen(0, '127.0.0.1', () => {
      const address = proxy.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
  proxyHost = `127.0.0.1:${proxyPort}`;
});

afterAll(async () => {
  proxy?.closeAllConnections();
  await new Promise((r) => (proxy ? proxy.close(r) : r(undefined)));
  await registry?.stop();
});

function clientViaProxy(observe = recordRequests().observe): RegistryClient {
  return new RegistryClient({ registry: proxyHost, observe, monolithicMaxBytes: 1024, chunkSize: 4096, retry: { sleep: async () => undefined } });
}

function resetCounts(): void {
  for (const key of Object.keys(seen)) delete seen[key];
}

describe('resets mid-upload against a real registry', () => {
  it('recovers when the answer to a chunk that landed is lost', async () => {
    resetCounts();
    dropAnswer = (req, n) => req.method === 'PATCH' && n['PATCH'] === 2;
    const counted = recordRequests();
    const artifact = makeArtifact([10_000]);
    const repo = clientViaProxy(counted.observe).repository('reset/patch');
    const pushed = await pushArtifact(repo, { ...artifact, tag: '1.6.1' });
    dropAnswer = () => false;
    const layer = artifact.blobs[1]!.descriptor;
    expect(sha256Digest(await repo.fetchBlob(layer.digest))).toBe(layer.digest);
    expect((await repo.resolve('1.6.1')).digest).toBe(pushed.digest);
    // Distribution 2.8 answers the replayed PATCH with 404 (its upload state moved on), not 416:
    // the client abandons that session and uploads the blob again in a new one (3 chunks of 4 KiB).
    const patches = counted.requests.filter((r) => r.method === 'PATCH').map((r) => r.status ?? 'reset');
    expect(patches).toEqual([202, 'reset', 404, 202, 202, 202]);
    expect(counted.requests.filter((r) => r.method === 'POST')).toHaveLength(3); // config + 2 sessions for the layer
  });

  it('recovers when the answer to the final PUT of a blob is lost', async () => {
    resetCounts();
    dropAnswer = (req) => req.method === 'PUT' && (req.url ?? '').includes('/blobs/uploads/') && seen['PUT'] === 1;
    const artifact = makeArtifact([500]);
    const repo = clientViaProxy().repository('reset/put');
    await pushArtifact(repo, { ...artifact, tag: '1.6.1', concurrency: 1 });
    dropAnswer = () => false;
    for (const blob of artifact.blobs) expect(await repo.blobExists(blob.descriptor.digest)).toBe(true);
  });

  it('never tags anything when every chunk upload is cut', async () => {
    resetCounts();
    dropAnswer = (req) => req.method === 'PATCH';
    const counted = recordRequests();
    const artifact = makeArtifact([10_000]);
    const repo = clientViaProxy(counted.observe).repository('reset/always');
    const error = (await pushArtifact(repo, { ...artifact, tag: '1.6.1' }).catch((e: unknown) => e)) as RegistryError;
    dropAnswer = () => false;
    expect(error).toBeInstanceOf(RegistryError);
    expect(error.kind).toBe('network');
    expect(counted.requests.filter((r) => r.url.includes('/manifests/'))).toEqual([]);
    const direct = new RegistryClient({ registry: registry.host }).repository('reset/always');
    const lookup = (await direct.resolve('1.6.1').catch((e: unknown) => e)) as RegistryError;
    expect(lookup.kind).toBe('not-found');
  });
});
