/** Media types of the manifests and artifacts the toolkit reads and writes. */
export const MEDIA_TYPE = {
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  ociEmptyConfig: 'application/vnd.oci.empty.v1+json',
  ociLayerTarGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  ociImageConfig: 'application/vnd.oci.image.config.v1+json',
  helmConfig: 'application/vnd.cncf.helm.config.v1+json',
  helmChartContent: 'application/vnd.cncf.helm.chart.content.v1.tar+gzip',
} as const;

/** Everything we accept when fetching a manifest: single-platform manifests and multi-platform indexes, OCI and Docker. */
export const MANIFEST_ACCEPT = [
  MEDIA_TYPE.ociManifest,
  MEDIA_TYPE.ociIndex,
  MEDIA_TYPE.dockerManifest,
  MEDIA_TYPE.dockerManifestList,
].join(', ');

export function isIndexMediaType(mediaType: string): boolean {
  return mediaType === MEDIA_TYPE.ociIndex || mediaType === MEDIA_TYPE.dockerManifestList;
}

export function isManifestMediaType(mediaType: string): boolean {
  return (
    mediaType === MEDIA_TYPE.ociManifest ||
    mediaType === MEDIA_TYPE.dockerManifest ||
    isIndexMediaType(mediaType)
  );
}
