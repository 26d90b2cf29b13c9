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

/**
 * Validates a release version given by the user. A leading `v` (a git tag name) is accepted and
 * dropped. Anything else that is not a plain SemVer version is refused, which also keeps shell
 * and YAML injection (`1.2.3; rm -rf /`, `$(id)`, `1.2.3\nkey: x`) out of every file we edit.
 */
export function parseReleaseVersion(value: string, what: string): string {
  const candidate = value.startsWith('v') ? value.slice(1) : value;
  if (RELEASE_VERSION.test(candidate)) return candidate;
  if (/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?\+/.test(candidate)) {
    throw new UserError(`${what}: ${quote(value)} carries build metadata (+...), which cannot be an image tag`);
  }
  throw new UserError(`${what}: ${quote(value)} is not a valid SemVer version (expected MAJOR.MINOR.PATCH[-PRERELEASE], e.g. 1.2.3 or 1.3.0-rc.1)`);
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
  if (next === null) throw new UserError(`cannot bump ${quote(current)} by ${kind}`);
  return next;
}

export function isSemver(value: string): boolean {
  return RELEASE_VERSION.test(value);
}

export function compare(a: string, b: string): number {
  return semver.compare(a, b);
}
