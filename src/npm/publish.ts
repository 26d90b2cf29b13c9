/**
 * Idempotent publish of the packed tarball, judged by what the registry holds of the version:
 * absent -> published (under the tag the rules give), then read back (the registry reports the
 * same integrity, the tag names the version); present with the same integrity -> already done
 * (only a missing tag is set); present with another integrity -> a conflict, named, nothing changed.
 */
import { UserError } from '../errors.js';
import { NpmError, type NpmSession } from '../tools/npm.js';
import { chooseDistTag, type DistTagPlan } from './dist-tags.js';
import type { NpmJob } from './job.js';
import { readPackageState, type LookupOptions, type PackageState, type PublishedVersion } from './registry.js';
import type { NpmTarball } from './tarball.js';

export interface NpmPublishResult {
  status: 'published' | 'already-published';
  name: string;
  version: string;
  registry: string;
  integrity: string;
  /** The dist-tag the version carries (set by this run, or found in place). */
  tag: string;
  latest: boolean;
  /** Registry writes this run made (the publish, a dist-tag): 0 when everything was in place. */
  writes: number;
  /** Why the tag is the one it is; and anything found that this step leaves alone. */
  notes: string[];
}

/** What the registry's record of a version says about a tarball: the same bytes, other bytes, or no way to tell. */
export function compareIntegrity(published: PublishedVersion, tarball: Pick<NpmTarball, 'integrity' | 'shasum'>): 'same' | 'other' | 'unknown' {
  // An SRI string may list several hashes; sha512 decides when present, else the sha1 shasum.
  const sha512 = (published.integrity ?? '').split(/\s+/).filter((h) => h.startsWith('sha512-'));
  if (sha512.length) return sha512.includes(tarball.integrity) ? 'same' : 'other';
  if (published.shasum) return published.shasum.toLowerCase() === tarball.shasum ? 'same' : 'other';
  return 'unknown';
}

/** The one-line refusal of a version already published with other bytes (nothing is changed). */
function conflict(job: Pick<NpmJob, 'name' | 'version' | 'registry'>, published: PublishedVersion, tarball: NpmTarball, verdict: 'other' | 'unknown'): UserError {
  const theirs = published.integrity ?? (published.shasum ? `sha1 ${published.shasum}` : 'no integrity');
  const why = verdict === 'other' ? `with other content (${theirs}, this release's tarball is ${tarball.integrity})` : 'without an integrity to compare this tarball with';
  return new UserError(`${job.name}@${job.version} is already published at ${job.registry} ${why}; a published npm version is immutable: nothing was changed, release another version`);
}

/**
 * The registry's record of this version against the tarball: absent, or the same bytes; other
 * bytes (or none to compare) are refused, naming both, with nothing changed.
 */
export function judgePublished(job: Pick<NpmJob, 'name' | 'version' | 'registry'>, state: Pick<PackageState, 'versions'>, tarball: NpmTarball): 'absent' | 'same' {
  const published = state.versions.get(job.version);
  if (!published) return 'absent';
  const verdict = compareIntegrity(published, tarball);
  if (verdict !== 'same') throw conflict(job, published, tarball, verdict);
  return 'same';
}

/** npm refusing the publish because the version exists (or existed: npmjs never takes a version number back). */
function isVersionTaken(error: NpmError): boolean {
  return error.npmCode === 'EPUBLISHCONFLICT' || error.npmCode === 'E409' || /cannot publish over|previously published/i.test(error.summary);
}

/** A refused publish as one line naming the fix. */
function refusal(job: Pick<NpmJob, 'name' | 'version' | 'registry'>, error: NpmError, user: string | undefined): UserError | NpmError {
  const who = user ? `npm user ${user}` : "the token's user";
  if (error.npmCode === 'E401' || error.npmCode === 'ENEEDAUTH') {
    return new UserError(`npm publish ${job.name}@${job.version} to ${job.registry}: the registry does not accept the token (${error.npmCode}); set NODE_AUTH_TOKEN to a token it issued, with write access to ${job.name}`);
  }
  // npmjs answers 404 for a package the token may not write (it will not say the package exists).
  if (error.npmCode === 'E403' || error.npmCode === 'E404') {
    return new UserError(`npm publish ${job.name}@${job.version} to ${job.registry}: refused (${error.npmCode}: ${error.summary.slice(0, 300)}); ${who} may not publish ${job.name}: a maintainer can grant it (npm owner add <user> ${job.name}, or read-write access for the token), or use a maintainer's token; nothing was published`);
  }
  return error;
}

export interface PublishOptions extends LookupOptions {
  /** How long the read-back waits for the registry to show the version (default 120 s: npmjs's CDN lags a publish). */
  readBackMs?: number;
  /** The user preflight found (for messages). */
  user?: string;
  log?: (line: string) => void;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Waits until the registry shows the version, then checks it: the same integrity, and the tag on
 * it. A publish the registry accepted but does not show within the deadline is said plainly.
 */
async function readBack(job: NpmJob, tarball: NpmTarball, tag: string, options: PublishOptions): Promise<void> {
  const deadline = Date.now() + (options.readBackMs ?? 120_000);
  const sleep = options.sleep ?? defaultSleep;
  const unverified = (reason: string) =>
    new UserError(`${job.name}@${job.version} was published to ${job.registry} but is not verified: ${reason}; check it (npm view ${job.name}@${job.version} dist.integrity) before anyone installs it`);
  for (let wait = 500; ; wait = Math.min(wait * 2, 5_000)) {
    let state: PackageState;
    try {
      state = await readPackageState(job.registry, job.name, job.token, options);
    } catch (error) {
      if (error instanceof UserError) throw unverified(error.message);
      throw error;
    }
    const published = state.versions.get(job.version);
    if (published && state.distTags[tag] === job.version) {
      const verdict = compareIntegrity(published, tarball);
      if (verdict !== 'same') throw unverified(`the registry reports ${published.integrity ?? published.shasum ?? 'no integrity'}, not ${tarball.integrity}`);
      return;
    }
    if (Date.now() + wait > deadline) {
      throw unverified(published ? `its dist-tag ${tag} names ${state.distTags[tag] ?? 'nothing'}` : `the registry does not show the version after ${Math.round((options.readBackMs ?? 120_000) / 1000)} s`);
    }
    await sleep(wait);
  }
}

/** Sets `plan.tag` on the version when it is not there (a version published earlier, by hand or by a run that stopped). */
async function ensureTag(job: NpmJob, session: NpmSession, tarball: NpmTarball, state: PackageState, plan: DistTagPlan, options: PublishOptions): Promise<number> {
  if (state.distTags[plan.tag] === job.version) return 0;
  await job.npm.distTagAdd(session, job.name, job.version, plan.tag);
  await readBack(job, tarball, plan.tag, options);
  return 1;
}

/** What a version already published with this tarball needs: its tag, and a word about a `latest` that should not name it. */
async function alreadyPublished(job: NpmJob, session: NpmSession, tarball: NpmTarball, state: PackageState, options: PublishOptions): Promise<NpmPublishResult> {
  const plan = chooseDistTag(job.version, state.distTags, state.versions.keys());
  const notes = [...plan.notes];
  if (!plan.latest && state.distTags.latest === job.version) {
    notes.push(`latest names ${job.version}, which the rules give ${plan.tag}: left as it is (npm dist-tag add ${job.name}@<version> latest moves it)`);
  }
  const writes = await ensureTag(job, session, tarball, state, plan, options);
  return { status: 'already-published', name: job.name, version: job.version, registry: job.registry, integrity: tarball.integrity, tag: plan.tag, latest: plan.latest, writes, notes };
}

/**
 * Publishes `tarball` unless the registry holds the version already; `before` is the registry's
 * state read just before (the caller's fresh look). Never called in a dry run.
 */
export async function publishTarball(job: NpmJob, session: NpmSession, tarball: NpmTarball, before: PackageState, options: PublishOptions = {}): Promise<NpmPublishResult> {
  if (judgePublished(job, before, tarball) === 'same') return alreadyPublished(job, session, tarball, before, options);
  const plan = chooseDistTag(job.version, before.distTags, before.versions.keys());
  try {
    await job.npm.publish(session, tarball.path, { tag: plan.tag, ...(job.access ? { access: job.access } : {}), provenance: job.provenance });
  } catch (error) {
    if (!(error instanceof NpmError)) throw error;
    if (!isVersionTaken(error)) throw refusal(job, error, options.user);
    // Published meanwhile (another run, or a publish whose answer was lost): judged like any published version.
    const now = await readPackageState(job.registry, job.name, job.token, options);
    if (judgePublished(job, now, tarball) === 'absent') {
      throw new UserError(`npm publish ${job.name}@${job.version} to ${job.registry}: the registry refuses this version number (${error.summary.slice(0, 200)}); a version once published, even if removed since, cannot be published again: release another version`);
    }
    return alreadyPublished(job, session, tarball, now, options);
  }
  await readBack(job, tarball, plan.tag, options);
  return { status: 'published', name: job.name, version: job.version, registry: job.registry, integrity: tarball.integrity, tag: plan.tag, latest: plan.latest, writes: 1, notes: plan.notes };
}
