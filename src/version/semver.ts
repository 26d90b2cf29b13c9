import semver from 'semver';
import { UserError } from '../errors.js';

export const BUMP_KINDS = ['major', 'minor', 'patch', 'premajor', 'preminor', 'prepatch', 'prerelease'] as const;
export type BumpKind = (typeof BUMP_KINDS)[number];

// SemVer 2.0 without build metadata: a `+` is not allowed in image tags, so a release version cannot carry one.
const RELEASE_VERSION =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?$/;
const PREID = /^(?:[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)$/;

/** Printable form of untrusted input for one-line messages (newlines and control characters escaped). */
export function quote(value: string): string {
  return JSON.stringify(value);
}

/** The longest tag an OCI registry holds (distribution spec: `[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}`): the image and chart tags are the version. */
export const MAX_VERSION_LENGTH = 128;

/** A value as a message shows it: quoted, and cut when long (a 300-character version is not repeated whole). */
export function shown(value: string, max = 48): string {
  return value.length > max ? `${quote(value.slice(0, max))}… (${value.length} characters)` : quote(value);
}

/**
 * Why a SemVer version cannot be released everywhere it goes, or undefined: it is the tag of the
 * image and the chart (OCI: at most 128 characters), the npm version (at most 256, SemVer) and part
 * of the git tag (git refuses a ref ending in `.lock`).
 */
export function destinationProblem(version: string): string | undefined {
  if (version.length > MAX_VERSION_LENGTH) return `is longer than the ${MAX_VERSION_LENGTH} characters an image or chart tag may have (OCI distribution spec)`;
  if (version.endsWith('.lock')) return 'ends in .lock, which git refuses at the end of a tag name';
  return undefined;
}

/**
 * Why `tag` (the tag prefix and the version) cannot be a git tag name, or undefined (git's
 * check-ref-format rules for one component; the version's own characters are SemVer's).
 */
export function gitTagProblem(tag: string): string | undefined {
  if (tag.startsWith('-')) return 'starts with "-", which git reads as an option';
  if (tag.startsWith('.')) return 'starts with ".", which git refuses in a ref name';
  if (tag.includes('..')) return 'holds "..", which git refuses in a ref name';
  if (tag.endsWith('.') || tag.endsWith('.lock')) return `ends in "${tag.endsWith('.lock') ? '.lock' : '.'}", which git refuses at the end of a ref name`;
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (/[\u0000-\u0020\u007f~^:?*[\\]|@\{/.test(tag)) return 'holds a character git refuses in a ref name';
  return undefined;
}

/**
 * Validates a release version given by the user. A leading `v` (a git tag name) is accepted and
 * dropped. Anything else that is not a plain SemVer version is refused, which also keeps shell
 * and YAML injection (`1.2.3; rm -rf /`, `$(id)`, `1.2.3\nkey: x`) out of every file we edit.
 */
export function parseReleaseVersion(value: string, what: string): string {
  const candidate = value.startsWith('v') ? value.slice(1) : value;
  // Before any parser sees it: the semver package throws on more than 256 characters.
  if (candidate.length > MAX_VERSION_LENGTH && /^\d+\.\d+\.\d+-[0-9A-Za-z.-]+$/.test(candidate)) throw new UserError(`${what}: ${shown(value)} ${destinationProblem(candidate)}`);
  if (RELEASE_VERSION.test(candidate)) {
    const problem = destinationProblem(candidate);
    if (problem) throw new UserError(`${what}: ${shown(value)} ${problem}`);
    return candidate;
  }
  if (/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?\+/.test(candidate)) {
    throw new UserError(`${what}: ${shown(value)} carries build metadata (+...), which cannot be an image tag`);
  }
  throw new UserError(`${what}: ${shown(value)} is not a valid SemVer version (expected MAJOR.MINOR.PATCH[-PRERELEASE], e.g. 1.2.3 or 1.3.0-rc.1)`);
}

export function parseBumpKind(value: string, what: string): BumpKind {
  if ((BUMP_KINDS as readonly string[]).includes(value)) return value as BumpKind;
  throw new UserError(`${what}: unknown bump kind ${quote(value)} (expected one of ${BUMP_KINDS.join(', ')})`);
}

export function parsePreid(value: string, what: string): string {
  if (PREID.test(value)) return value;
  throw new UserError(
    `${what}: ${quote(value)} is not a valid prerelease id (letters, digits and hyphens; no leading zero in a number), e.g. rc, beta`,
  );
}

export function bump(current: string, kind: BumpKind, preid: string | undefined): string {
  const next = semver.inc(current, kind, {}, preid);
  if (next === null) throw new UserError(`input bump: cannot bump ${shown(current)} by ${kind}`);
  const problem = destinationProblem(next);
  if (problem) throw new UserError(`input bump: ${kind} of ${shown(current)} gives ${shown(next)}, which ${problem}`);
  return next;
}

export function isSemver(value: string): boolean {
  return value.length <= 256 && RELEASE_VERSION.test(value);
}

export function compare(a: string, b: string): number {
  return semver.compare(a, b);
}
