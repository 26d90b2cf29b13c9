/** Small builders shared by the OCI tests: random artifacts and a request-counting fetch. */
import { randomBytes } from 'node:crypto';
import { buildImageManifest, describeBytes, MEDIA_TYPE, type ArtifactBlob, type ExchangeRecord } from '../../src/oci/index.js';

export interface TestArtifact {
  blobs: ArtifactBlob[];
  manifest: Uint8Array;
  mediaType: string;
}

/** An OCI image manifest with a JSON config and layers of the given sizes (random content). */
export function makeArtifact(layerSizes: number[], label = 'test'): TestArtifact {
  const configBytes = new TextEncoder().encode(JSON.stringify({ label, nonce: randomBytes(8).toString('hex') }));
  const config = describeBytes(MEDIA_TYPE.ociImageConfig, configBytes);
  const layers = layerSizes.map((size) => {
    const content = new Uint8Array(randomBytes(size));
    return { descriptor: describeBytes(MEDIA_TYPE.ociLayerTarGzip, content), content };
  });
  const { bytes, mediaType } = buildImageManifest({ config, layers: layers.map((l) => l.descriptor) });
  return { blobs: [{ descriptor: config, content: configBytes }, ...layers], manifest: bytes, mediaType };
}

export interface RecordedRequest {
  method: string;
  url: string;
  /** The answer's status; undefined when the attempt failed (reset, deadline: see `error`). */
  status?: number;
  error?: string;
}

/** Records every attempt the client makes (method, URL, status or failure), via its `observe` option. */
export function recordRequests(): { observe: (record: ExchangeRecord) => void; requests: RecordedRequest[] } {
  const requests: RecordedRequest[] = [];
  return { requests, observe: (record) => void requests.push({ ...record }) };
}

/** Fail if any captured log line contains one of the secrets. */
export function expectNoSecrets(lines: string[], secrets: string[]): void {
  for (const line of lines) {
    for (const secret of secrets) {
      if (line.includes(secret)) throw new Error(`log line leaks a secret: ${line}`);
    }
  }
}
