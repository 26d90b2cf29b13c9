import { UserError } from '../errors.js';
import { buildImageManifest, describeBytes, type ArtifactBlob, type Descriptor } from '../oci/index.js';
import { MEDIA_TYPE } from '../oci/media-types.js';
import { createdTimestamp } from '../created.js';
import { contentDigest, readTgz } from './archive.js';
import { parseChartYaml, type ChartMetadata } from '../fs/chart-yaml.js';

/** A packaged chart as the OCI artifact Helm reads: Chart.yaml as JSON config, the .tgz as the one layer. */
export interface ChartArtifact {
  metadata: ChartMetadata;
  /** Digest of the chart's files, independent of packaging timestamps. */
  contentDigest: string;
  blobs: ArtifactBlob[];
  layer: Descriptor;
  manifest: Uint8Array;
  manifestDigest: string;
  mediaType: string;
}

/** Reads a `helm package` output and lays it out the way `helm push` does (so `helm pull` of Helm 3.8+ and 4 reads it). */
export function chartArtifact(tgz: Uint8Array, what: string, env: NodeJS.ProcessEnv = process.env): ChartArtifact {
  const entries = readTgz(tgz, what);
  const chartYaml = entries.find((e) => /^[^/]+\/Chart\.yaml$/.test(e.name));
  if (!chartYaml) throw new UserError(`${what}: no Chart.yaml at the top of the package`);
  const metadata = parseChartYaml(chartYaml.content.toString('utf8'), `${what}: ${chartYaml.name}`);

  const config = describeBytes(MEDIA_TYPE.helmConfig, new TextEncoder().encode(JSON.stringify(metadata)));
  const layer = describeBytes(MEDIA_TYPE.helmChartContent, tgz);
  const annotations: Record<string, string> = {
    'org.opencontainers.image.title': metadata.name,
    'org.opencontainers.image.version': metadata.version,
  };
  if (metadata.description) annotations['org.opencontainers.image.description'] = metadata.description;
  if (metadata.home) annotations['org.opencontainers.image.url'] = metadata.home;
  if (metadata.sources?.[0]) annotations['org.opencontainers.image.source'] = metadata.sources[0];
  const authors = (metadata.maintainers ?? []).map((m) => (m.email ? `${m.name} (${m.email})` : m.name)).filter(Boolean);
  if (authors.length) annotations['org.opencontainers.image.authors'] = authors.join(', ');
  // As `helm push` does; SOURCE_DATE_EPOCH pins it (then the same chart gives the same manifest).
  // Publishing compares content, not this, so a re-run with another time is still "already published".
  annotations['org.opencontainers.image.created'] = createdTimestamp(env);
  const manifest = buildImageManifest({ config, layers: [layer], annotations });
  return {
    metadata,
    contentDigest: contentDigest(entries),
    blobs: [
      { descriptor: config, content: new TextEncoder().encode(JSON.stringify(metadata)) },
      { descriptor: layer, content: tgz },
    ],
    layer,
    manifest: manifest.bytes,
    manifestDigest: describeBytes(manifest.mediaType, manifest.bytes).digest,
    mediaType: manifest.mediaType,
  };
}
