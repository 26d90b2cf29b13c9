/**
 * Image repository names as the configuration and the `images` input give them:
 * `[HOST[:PORT]/]PATH`, lowercase, without a tag or digest (the release version is the tag).
 * Grammar from the OCI distribution spec and Docker's reference format. A name that breaks it
 * would match nothing in the files and let `check` pass, so it is refused with the reason.
 */
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const HOST = /^(?:\[[0-9a-f:.]+\]|[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*)(?::[0-9]{1,5})?$/;

function looksLikeHost(component: string): boolean {
  return component.includes('.') || component.includes(':') || component === 'localhost' || component.startsWith('[');
}

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
  const host = parts.length > 1 && looksLikeHost(parts[0] as string) ? (parts[0] as string) : undefined;
  if (host !== undefined && !HOST.test(host)) return `has an invalid registry host "${host}"`;
  const path = host === undefined ? parts : parts.slice(1);
  const bad = path.find((c) => !COMPONENT.test(c));
  if (bad !== undefined) {
    return `is not an image repository: "${bad}" is not a valid path component (lowercase letters and digits, separated by ".", "_", "__" or "-")`;
  }
  return undefined;
}
