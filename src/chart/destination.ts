import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { resolveInRepo } from '../fs/repo-path.js';
import { hasUserinfo, isValidRegistryHost, MAX_NAME_LENGTH, redactReference, repositoryNameProblem } from '../oci/index.js';

/** Where a chart is published: a registry namespace, or an OCI image-layout directory (dry runs, the demo). */
export type ChartDestination =
  | { kind: 'registry'; registry: string; namespace: string; repository: string; display: string }
  | { kind: 'layout'; dir: string; display: string };

export interface DestinationNotice {
  destination: ChartDestination;
  /** Said to the user when the namespace was lowercased. */
  notice?: string;
}

export interface DestinationSource {
  /** Names the setting in messages: `input registry` (default) or `dot-ai-release.yaml: chart.repository`. */
  what?: string;
  /** The repository root: a relative `oci-layout://` path is resolved against it and must stay inside it. */
  root?: string;
  /**
   * The user typed it (an input or a flag), rather than a file in the repository. An absolute
   * `oci-layout://` path is then theirs to choose (the demo publishes into a temp dir); from a
   * file in the repository (which a pull request can change) it must lie inside the repository.
   */
  explicit?: boolean;
}

/** Shown in messages: the input as given, credentials masked, control characters escaped. */
function shown(input: string): string {
  return JSON.stringify(redactReference(input)).slice(1, -1);
}

/** Throws unless `target` (existing or not) lies inside `root` once every symlink on its way is followed. */
function assertInside(root: string, target: string, what: string, input: string): void {
  const realRoot = realpathSync(root);
  // The deepest part of the path that exists decides: a symlink there may point anywhere.
  let existing = target;
  while (!existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
  const real = path.join(realpathSync(existing), path.relative(existing, target));
  const rel = path.relative(realRoot, real);
  if (rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) {
    throw new UserError(`${what}: "${shown(input)}" leads to ${real}, outside the repository (symlinks followed); give a path inside it`);
  }
}

function parseLayout(input: string, chartName: string, what: string, source: DestinationSource): DestinationNotice {
  const dir = input.slice('oci-layout://'.length);
  if (!dir) throw new UserError(`${what}: "${shown(input)}" has no path`);
  if (dir.includes('\0')) throw new UserError(`${what}: "${shown(input)}" holds a NUL byte`);
  const root = source.root ?? process.cwd();
  let layout: string;
  if (path.isAbsolute(dir)) {
    layout = path.join(dir, chartName);
    if (!source.explicit) assertInside(root, layout, what, input);
  } else {
    // Relative to the repository (not to wherever the process started), and inside it.
    layout = path.join(resolveInRepo(root, dir, what), chartName);
    assertInside(root, layout, what, input);
  }
  return { destination: { kind: 'layout', dir: layout, display: `oci-layout://${layout}` } };
}

/**
 * Parses `oci://HOST/NAMESPACE` (where `helm push` would push) or `oci-layout://PATH`, and
 * refuses what breaks releases: credentials in the reference, a host or namespace outside the OCI
 * distribution grammar (`..` and `.` segments included: a registry would normalise them and the
 * chart would land elsewhere), a tag or digest, the chart name already in it (helm appends it),
 * or a chart repository that would land on one of the released images.
 */
export function parseDestination(input: string, chartName: string, images: string[], source: DestinationSource = {}): DestinationNotice {
  const what = source.what ?? 'input registry';
  if (!/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/.test(chartName)) {
    throw new UserError(`Chart.yaml: name "${JSON.stringify(chartName).slice(1, -1)}" cannot name an OCI repository (lowercase letters and digits, joined by ".", "_", "__" or "-")`);
  }
  if (input.startsWith('oci-layout://')) return parseLayout(input, chartName, what, source);
  if (hasUserinfo(input)) {
    throw new UserError(`${what}: "${shown(input)}" carries credentials; a reference must not hold them (they would be printed and logged): pass username and password (or --password-stdin) instead`);
  }
  const bare = input.replace(/^oci:\/\//, '');
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(bare)) throw new UserError(`${what}: "${shown(input)}" must be oci://HOST/NAMESPACE or oci-layout://PATH`);
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f]/.test(bare)) throw new UserError(`${what}: "${shown(input)}" contains whitespace or control characters`);
  const slash = bare.indexOf('/');
  const registry = slash === -1 ? bare : bare.slice(0, slash);
  // One trailing slash is forgiven (`oci://ghcr.io/acme/charts/`); any other empty segment is not.
  const namespace = slash === -1 ? '' : bare.slice(slash + 1).replace(/\/$/, '');
  if (!isValidRegistryHost(registry)) {
    throw new UserError(`${what}: "${shown(input)}" does not start with a registry host (a hostname or IP address, with an optional port)`);
  }
  if (namespace.includes('@')) throw new UserError(`${what}: "${shown(input)}" carries a digest; give the namespace only, e.g. oci://${registry}/charts`);
  if (namespace.includes(':')) {
    throw new UserError(`${what}: "${shown(input)}" carries a tag; give the namespace only (the chart version becomes the tag), e.g. oci://${registry}/${namespace.split(':')[0]}`);
  }
  if (/[?#]/.test(namespace)) throw new UserError(`${what}: "${shown(input)}" holds a query or fragment; give oci://HOST/NAMESPACE only`);
  const lower = namespace.toLowerCase();
  if (lower !== '') {
    const problem = repositoryNameProblem(lower);
    if (problem) throw new UserError(`${what}: namespace "${JSON.stringify(namespace).slice(1, -1)}" of "${shown(input)}" ${problem}`);
  }
  const segments = namespace.split('/').filter(Boolean);
  if (segments.at(-1)?.toLowerCase() === chartName.toLowerCase()) {
    throw new UserError(
      `${what}: "${shown(input)}" ends with the chart name "${chartName}"; give the namespace only (like helm push): oci://${[registry, ...segments.slice(0, -1)].join('/')}`,
    );
  }
  const repository = [lower, chartName].filter(Boolean).join('/');
  const full = `${registry.toLowerCase()}/${repository}`;
  if (full.length > MAX_NAME_LENGTH) {
    throw new UserError(`${what}: the chart would be pushed to a name of ${full.length} characters (${full.slice(0, 40)}…); registries accept at most ${MAX_NAME_LENGTH}`);
  }
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
