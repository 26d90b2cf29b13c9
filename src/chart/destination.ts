import path from 'node:path';
import { UserError } from '../errors.js';

/** Where a chart is published: a registry namespace, or an OCI image-layout directory (dry runs, the demo). */
export type ChartDestination =
  | { kind: 'registry'; registry: string; namespace: string; repository: string; display: string }
  | { kind: 'layout'; dir: string; display: string };

export interface DestinationNotice {
  destination: ChartDestination;
  /** Said to the user when the namespace was lowercased. */
  notice?: string;
}

/**
 * Parses `oci://HOST/NAMESPACE` (where `helm push` would push) or `oci-layout://PATH`, and
 * refuses what breaks releases: a tag or digest in the reference, the chart name already in it
 * (helm appends it), or a chart repository that would land on one of the released images.
 */
export function parseDestination(input: string, chartName: string, images: string[], what = 'input registry'): DestinationNotice {
  if (input.startsWith('oci-layout://')) {
    const dir = input.slice('oci-layout://'.length);
    if (!dir) throw new UserError(`${what}: "${input}" has no path`);
    const layout = path.resolve(dir, chartName);
    return { destination: { kind: 'layout', dir: layout, display: `oci-layout://${layout}` } };
  }
  const bare = input.replace(/^oci:\/\//, '');
  if (/^[a-z]+:\/\//i.test(bare)) throw new UserError(`${what}: "${input}" must be oci://HOST/NAMESPACE or oci-layout://PATH`);
  const slash = bare.indexOf('/');
  const registry = slash === -1 ? bare : bare.slice(0, slash);
  const namespace = slash === -1 ? '' : bare.slice(slash + 1).replace(/\/+$/, '');
  if (!/^[a-zA-Z0-9.-]+(:\d+)?$/.test(registry) && !/^\[[0-9a-fA-F:]+\](:\d+)?$/.test(registry)) {
    throw new UserError(`${what}: "${input}" does not start with a registry host`);
  }
  if (namespace.includes('@')) throw new UserError(`${what}: "${input}" carries a digest; give the namespace only, e.g. oci://${registry}/charts`);
  if (namespace.includes(':')) {
    throw new UserError(`${what}: "${input}" carries a tag; give the namespace only (the chart version becomes the tag), e.g. oci://${registry}/${namespace.split(':')[0]}`);
  }
  const segments = namespace.split('/').filter(Boolean);
  if (segments.at(-1)?.toLowerCase() === chartName.toLowerCase()) {
    throw new UserError(
      `${what}: "${input}" ends with the chart name "${chartName}"; give the namespace only (like helm push): oci://${[registry, ...segments.slice(0, -1)].join('/')}`,
    );
  }
  const lower = namespace.toLowerCase();
  const repository = [lower, chartName].filter(Boolean).join('/');
  const full = `${registry.toLowerCase()}/${repository}`;
  if (images.map((i) => i.toLowerCase()).includes(full)) {
    throw new UserError(
      `${what}: the chart would be pushed to ${full}, the repository of the released image; use a namespace of its own, e.g. oci://${registry}/${lower ? `${lower}/` : ''}charts`,
    );
  }
  return {
    destination: { kind: 'registry', registry: registry.toLowerCase(), namespace: lower, repository, display: `oci://${full}` },
    notice: lower !== namespace ? `${what}: namespace "${namespace}" lowercased to "${lower}" (registries require lowercase names)` : undefined,
  };
}
