import semver from 'semver';
import { UserError } from '../errors.js';
import { isValidTag } from '../oci/reference.js';

export interface TagInput {
  /** The version being released (SemVer, no leading v, no build metadata). */
  version: string;
  /** Tags already in the registry (any strings: non-SemVer ones are ignored for the comparison). */
  existingTags: string[];
  /** Short commit for an extra `sha-<short>` tag. */
  sha?: string;
  /** Extra tags given by the user (validated). */
  extra?: string[];
}

export interface ComputedTags {
  /** In push order: the full version first (the one the image is pushed under), then the moving tags. */
  tags: string[];
  latest: boolean;
  /** Why a moving tag was or was not set, for the log and summary. */
  notes: string[];
}

const MAX_TAG = 128;

function stableVersions(tags: string[]): string[] {
  return tags
    .map((t) => (t.startsWith('v') ? t.slice(1) : t))
    .filter((t) => semver.valid(t) !== null && semver.prerelease(t) === null && !t.includes('+'));
}

/**
 * The tags of a release: `X.Y.Z`, then `X.Y`, `X` and `latest` only when this version is the
 * highest stable one of its minor line, major line and of the whole repository (so a backport
 * 1.2.9 released after 1.3.0 never moves `1` or `latest`); a prerelease gets only its own tag;
 * 0.x gets no `0` tag (0 promises no compatibility). Optional `sha-<short>` and extra tags.
 */
export function computeTags(input: TagInput): ComputedTags {
  const v = semver.parse(input.version);
  if (!v || v.build.length > 0) throw new UserError(`input version: ${JSON.stringify(input.version)} is not a SemVer version without build metadata`);
  const tags = [v.version];
  const notes: string[] = [];
  let latest = false;
  if (v.prerelease.length > 0) {
    notes.push(`${v.version} is a prerelease: only its own tag (no ${v.major}.${v.minor}, ${v.major}, latest)`);
  } else {
    const others = stableVersions(input.existingTags).filter((t) => t !== v.version);
    const higher = (filter: (o: semver.SemVer) => boolean): string | undefined =>
      others
        .map((o) => new semver.SemVer(o))
        .filter((o) => filter(o) && semver.gt(o, v))
        .sort(semver.rcompare)[0]?.version;
    const moving: [string, string | undefined][] = [
      [`${v.major}.${v.minor}`, higher((o) => o.major === v.major && o.minor === v.minor)],
      [`${v.major}`, higher((o) => o.major === v.major)],
      ['latest', higher(() => true)],
    ];
    for (const [tag, above] of moving) {
      if (tag === '0') {
        notes.push('no "0" tag: 0.x versions promise no compatibility');
      } else if (above) {
        notes.push(`not moving ${tag}: ${above} is already in the registry and is higher`);
      } else {
        tags.push(tag);
        if (tag === 'latest') latest = true;
      }
    }
  }
  if (input.sha) {
    const short = input.sha.toLowerCase().replace(/[^0-9a-f]/g, '').slice(0, 7);
    if (short.length < 7) throw new UserError(`commit ${JSON.stringify(input.sha)}: not a git commit hash (for the sha- tag)`);
    tags.push(`sha-${short}`);
  }
  for (const tag of validateExtraTags(input.extra ?? [])) {
    if (tag === 'latest' && !latest) notes.push('latest set by input tags');
    if (tag === 'latest') latest = true;
    tags.push(tag);
  }
  return { tags: [...new Set(tags)], latest, notes };
}

/** Extra tags from the user: each must be a valid OCI tag, or a UserError names it. */
export function validateExtraTags(tags: string[]): string[] {
  for (const tag of tags) {
    if (!isValidTag(tag)) {
      throw new UserError(`input tags: ${JSON.stringify(tag)} is not a valid tag (letters, digits, _ . -; starts with a letter, digit or _; at most ${MAX_TAG} characters)`);
    }
  }
  return tags;
}
