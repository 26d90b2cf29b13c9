/**
 * Image repository names as the configuration and the `images` input give them:
 * `[HOST[:PORT]/]PATH`, lowercase, without a tag or digest (the release version is the tag).
 * The grammar (OCI distribution spec, Docker's reference format) is the OCI client's. A name that breaks it
 * would match nothing in the files and let `check` pass, so it is refused with the reason.
 */
import { isValidRegistryHost, looksLikeHost, repositoryNameProblem } from '../oci/reference.js';

/** Why `name` is not an image repository name, or undefined when it is one. */
export function imageNameProblem(name: string): string | undefined {
  if (name === '') return 'is empty';
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (/[\s\u0000-\u001f\u007f]/.test(name)) return 'has spaces or control characters';
  if (/^[a-z]+:\/\//i.test(name)) return 'is a URL; give the repository without a scheme (e.g. ghcr.io/owner/name)';
  if (name.includes('@')) return 'carries a digest (@...); give the repository alone, the release version is its tag';
  const parts = name.split('/');
  const last = parts.at(-1) as string;
  if (last.includes(':')) {
    return `carries a tag (${last.slice(last.indexOf(':'))}); give the repository without a tag, the release version is its tag`;
  }
  if (/[A-Z]/.test(name)) return `has uppercase letters; image repositories are lowercase (${name.toLowerCase()})`;
  if (name.length > 255) return 'is longer than 255 characters';
  // The grammar itself has one home: the OCI client's (src/oci/reference.ts).
  const host = parts.length > 1 && looksLikeHost(parts[0] as string) ? (parts[0] as string) : undefined;
  if (host !== undefined && !isValidRegistryHost(host)) return `has an invalid registry host "${host}"`;
  const problem = repositoryNameProblem((host === undefined ? parts : parts.slice(1)).join('/'));
  return problem === undefined ? undefined : `is not an image repository: it ${problem}`;
}
