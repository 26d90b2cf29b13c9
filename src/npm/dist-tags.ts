/**
 * Which dist-tag a version is published under. npm sets exactly one tag with every publish (there
 * is no "no tag"), so each version gets the first of its tags that may point at it, like the image
 * tags (`latest`, `X`, `X.Y`):
 *
 * - a stable version: `latest` when it is not lower than the version `latest` names now; else (a
 *   backport) `latest-X` when no stable X.* on the registry is higher, else `latest-X.Y` when no
 *   stable X.Y.* is higher, else `latest-X.Y.Z` (a patch below one already out: a tag of its own);
 * - a prerelease: its channel, the first prerelease identifier (`1.2.0-rc.1` -> `rc`), or `next`
 *   when that is a number or not usable as a tag (`1.2.0-0`, `1.2.0-x.1`); never `latest`. The
 *   same ladder applies within its channel (`rc`, `rc-X`, `rc-X.Y`, `rc-X.Y.Z`; a version that
 *   would move even the last of these back is refused).
 *
 * So a prerelease never moves `latest`, a backport never moves `latest` (nor a newer line's tag),
 * and no tag ever moves back to a lower version. (npm refuses tags that are SemVer ranges, such as
 * `1` or `1.2`: hence `latest-1`, the form npm itself uses for its older lines.)
 */
import semver from 'semver';
import { UserError } from '../errors.js';

export interface DistTagPlan {
  /** The tag the version is published under (or should carry, when it is published already). */
  tag: string;
  /** Whether that tag is `latest`. */
  latest: boolean;
  /** Why each higher tag was passed over, for the log. */
  notes: string[];
}

/** A prerelease identifier usable as a dist-tag: a word (not a number, not a SemVer range like `x`), never `latest`. */
function usableChannel(id: string | number | undefined): id is string {
  return typeof id === 'string' && /^[a-zA-Z][0-9a-zA-Z-]*$/.test(id) && id !== 'latest' && !id.startsWith('latest-') && semver.validRange(id) === null;
}

/** The channel of a version: `latest` for a stable one, else its preid or `next`. */
export function channelOf(version: semver.SemVer): string {
  if (version.prerelease.length === 0) return 'latest';
  const id = version.prerelease[0];
  return usableChannel(id) ? id.toLowerCase() : 'next';
}

/**
 * The tag for `version` given the registry's dist-tags and published versions (the version itself
 * may be among them: a re-run then chooses the tag it got).
 */
export function chooseDistTag(version: string, distTags: Record<string, string>, published: Iterable<string>): DistTagPlan {
  const v = semver.parse(version);
  if (!v || v.build.length > 0 || v.version !== version) throw new UserError(`npm version ${JSON.stringify(version)}: not a SemVer version without build metadata`);
  const channel = channelOf(v);
  const notes: string[] = [];
  if (v.prerelease.length > 0) notes.push(`${v.version} is a prerelease: tag ${channel}${channel === 'next' ? ` (its first identifier ${JSON.stringify(v.prerelease[0])} is no tag name)` : ''}, never latest`);

  // The channel's own tag moves forward only: not lower than the version it names now.
  const current = distTags[channel];
  const currentVersion = current ? semver.parse(current) : null;
  if (!currentVersion || semver.gte(v, currentVersion)) return { tag: channel, latest: channel === 'latest', notes };
  notes.push(`not moving ${channel}: it names ${currentVersion.version}, which is higher`);

  // A line's tag: only when no version of that line in the same channel is higher.
  const family = [...published]
    .map((p) => semver.parse(p))
    .filter((p): p is semver.SemVer => p !== null && p.build.length === 0 && channelOf(p) === channel && p.compare(v) > 0);
  const lines: [string, (p: semver.SemVer) => boolean][] = [
    [`${channel}-${v.major}`, (p) => p.major === v.major],
    [`${channel}-${v.major}.${v.minor}`, (p) => p.major === v.major && p.minor === v.minor],
  ];
  for (const [tag, inLine] of lines) {
    const higher = family.filter(inLine).sort(semver.rcompare)[0];
    if (!higher) return { tag, latest: false, notes };
    notes.push(`not ${tag}: ${higher.version} is on the registry and is higher`);
  }
  const own = `${channel}-${v.major}.${v.minor}.${v.patch}`;
  const ownNames = distTags[own] ? semver.parse(distTags[own]) : null;
  if (ownNames && semver.gt(ownNames, v)) {
    throw new UserError(`npm dist-tag for ${v.version}: every tag it could get names a higher version (${own} names ${ownNames.version}); publishing it would move one back: release another version`);
  }
  return { tag: own, latest: false, notes };
}
