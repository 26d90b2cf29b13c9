/**
 * A release started by a pushed tag (`on: push: tags: ['v*']`), beside the dispatched one (bump or
 * set). The version is the tag's (GITHUB_REF `refs/tags/vX.Y.Z`, or the from-tag input). Two cases,
 * told apart by the tree at the tag:
 * - it holds the version everywhere: the tag's commit IS the release commit; nothing is committed
 *   or pushed (the hooks do not run: their output is whatever the tag holds);
 * - it does not (dot-ai's way: the maintainer tags a source commit whose files still say the
 *   previous version): the release commit (version edits and hooks) is made on top of the tag's
 *   commit and pushed to the release branch (default: the repository's default branch), as a
 *   fast-forward; the pushed tag stays where the maintainer put it, never moved, and the images
 *   name the release commit as their revision.
 */
import { readFileSync, statSync } from 'node:fs';
import { stringOption, type Options } from '../config/options.js';
import { UserError } from '../errors.js';
import type { Git } from '../tools/git.js';
import { compare, parseReleaseVersion, quote } from '../version/semver.js';
import { AlreadyDone } from '../pipeline/index.js';
import type { Done, ReleaseContext, World } from './types.js';

/** How the release was started. */
export type Trigger =
  | { kind: 'dispatch' }
  | {
      kind: 'tag';
      /** The pushed tag, e.g. `v2.2.2`. */
      tag: string;
      /** Where its name came from, for messages: `GITHUB_REF refs/tags/v2.2.2` or `input from-tag`. */
      source: string;
      /** The commit the tag points at (HEAD). */
      commit: string;
      /** The tree at the tag holds the version everywhere: the tag's commit is the release commit. */
      holdsVersion: boolean;
    };

/**
 * The tag the release is started by, when it is: from-tag, else GITHUB_REF `refs/tags/...` when
 * bump is not given and set is not, or names the tag's own version (a workflow's later job passes
 * on the version its first job released: still the pushed tag's release).
 */
export function pushedTag(options: Options, env: NodeJS.ProcessEnv): { tag: string; source: string } | undefined {
  const input = stringOption(options, 'from-tag');
  const bump = stringOption(options, 'bump');
  const set = stringOption(options, 'set');
  if (input) {
    if (bump || set) throw new UserError(`input from-tag: releases the version of a pushed tag; give it or ${bump ? 'bump' : 'set'}, not both`);
    return { tag: input.replace(/^refs\/tags\//, ''), source: 'input from-tag' };
  }
  const ref = env.GITHUB_REF ?? '';
  if (bump || !ref.startsWith('refs/tags/')) return undefined;
  const tag = ref.slice('refs/tags/'.length);
  if (set && `${stringOption(options, 'tag-prefix') ?? ''}${set.replace(/^v/, '')}` !== tag) return undefined;
  return { tag, source: `GITHUB_REF ${ref}` };
}

/** The version a tag names (`v2.2.2` with the prefix `v`), refused by name when it names none. */
export function tagVersion(tag: string, prefix: string, source: string): string {
  const version = tag.slice(prefix.length);
  if (!tag.startsWith(prefix) || !/^\d/.test(version)) {
    throw new UserError(`${source}: ${quote(tag)} is not a release tag (${prefix ? `${quote(prefix)} and ` : ''}a version, e.g. ${prefix}1.2.3; tag-prefix says what comes before the version)`);
  }
  return parseReleaseVersion(version, source);
}

/**
 * The checkout must be at the tag: HEAD is the commit the local tag points at, or the release
 * commit (`releaseSubject`) a run of this release made on top of it: the git step moves HEAD there,
 * so the same command run again in the same checkout finishes, or finds done, that release.
 */
export async function tagCommit(git: Git, tag: string, source: string, releaseSubject: string): Promise<{ commit: string; atReleaseCommit: boolean }> {
  const commit = await git.localTagCommit(tag);
  const head = git.headCommit();
  if (!commit) throw new UserError(`${source}: the tag ${tag} is not in this checkout; check it out first (git fetch --tags; git checkout ${tag}; actions/checkout does on a tag push)`);
  if (commit === head) return { commit, atReleaseCommit: false };
  if (head) {
    const info = await git.commitInfo('HEAD');
    if (info.subject === releaseSubject && info.parents.length === 1 && info.parents[0] === commit) return { commit, atReleaseCommit: true };
  }
  throw new UserError(`${source}: HEAD is at ${head?.slice(0, 12) ?? 'nothing'}, not at the tag ${tag} (${commit.slice(0, 12)}) nor at its release commit; check the tag out (git checkout ${tag})`);
}

/** A tag pushed at a version lower than the tree's is refused unless allowed (as set is), naming the tag. */
export function refuseDowngrade(version: string, current: string, source: string, allowDowngrade: boolean): void {
  if (!allowDowngrade && compare(version, current) < 0) {
    throw new UserError(`${source}: ${version} is lower than the version the tree at the tag holds (${current}); pass allow-downgrade to release it anyway`);
  }
}

/**
 * The branch the release commit of a tag goes to: the release-branch input, else the repository's
 * default branch from the workflow's event (GITHUB_EVENT_PATH), else `main`.
 */
export function releaseBranch(options: Options, env: NodeJS.ProcessEnv): string {
  const input = stringOption(options, 'release-branch');
  if (input) {
    if (!/^[A-Za-z0-9._/-]{1,200}$/.test(input) || input.includes('..') || input.startsWith('/') || input.endsWith('/') || input.endsWith('.lock')) {
      throw new UserError(`input release-branch: ${quote(input)} is not a branch name`);
    }
    return input.replace(/^refs\/heads\//, '');
  }
  const event = env.GITHUB_EVENT_PATH;
  if (event) {
    try {
      if (statSync(event).size <= 16 * 1024 * 1024) {
        const branch = (JSON.parse(readFileSync(event, 'utf8')) as { repository?: { default_branch?: unknown } }).repository?.default_branch;
        if (typeof branch === 'string' && /^[A-Za-z0-9._/-]{1,200}$/.test(branch)) return branch;
      }
    } catch {
      // no readable event: the default below
    }
  }
  return 'main';
}

/**
 * Preflight of a tag release: the tag is on the remote at HEAD (the maintainer pushed it; it is
 * never moved), and, when a release commit will be pushed, the branch can take it as a
 * fast-forward (checked with `git push --dry-run`, which also proves the push is allowed).
 */
export async function checkTagTrigger(ctx: ReleaseContext, world: World, writing: boolean, checkPush: () => Promise<void>): Promise<void> {
  const { inputs, git } = ctx;
  const { trigger } = inputs;
  if (trigger.kind !== 'tag') return;
  const { remote } = inputs.git;
  if (!world.remoteTag) throw new UserError(`${trigger.source}: the tag ${trigger.tag} is not on ${remote}; push it first (git push ${remote} ${trigger.tag}): a tag release never creates or moves its tag`);
  if (world.remoteTag.commit !== trigger.commit) {
    throw new UserError(`${trigger.source}: the tag ${trigger.tag} on ${remote} points at ${world.remoteTag.commit.slice(0, 12)}, not at the checkout's ${trigger.commit.slice(0, 12)}; check out the tag as ${remote} has it (it is never moved by the release)`);
  }
  if (trigger.holdsVersion || !writing) return;
  // The release commit goes on top of the tag: the branch must be the tag's commit or behind it (a resumed release is judged once its commit is known).
  if (world.remoteHead === undefined || world.remoteHead === trigger.commit) return checkPush();
  if ((await git.hasObject(world.remoteHead)) && (await git.isAncestor(world.remoteHead, trigger.commit))) return checkPush();
}

/**
 * Once the release commit is known: is it on the branch already (a resumed release), can it go
 * there (the branch is at the tag or behind it), or has the branch moved on (refused, with the way out)?
 */
export async function judgeTagBranch(ctx: ReleaseContext, world: World, releaseCommit: string, done: Done): Promise<string | undefined> {
  const { inputs, git } = ctx;
  const { trigger } = inputs;
  if (trigger.kind !== 'tag') return undefined;
  if (trigger.holdsVersion) {
    done.git = true; // the pushed tag is on the release commit (preflight checked it)
    return undefined;
  }
  const { remote, branch } = inputs.git;
  const remoteHead = world.remoteHead;
  if (remoteHead === undefined || remoteHead === trigger.commit) return undefined;
  if (remoteHead === releaseCommit) {
    done.git = true;
    return undefined;
  }
  if (!(await git.hasObject(remoteHead))) await git.fetch(remote, [`refs/heads/${branch}`]).catch(() => undefined);
  if (await git.hasObject(remoteHead)) {
    if (await git.isAncestor(releaseCommit, remoteHead).catch(() => false)) {
      done.git = true;
      return undefined;
    }
    if (await git.isAncestor(remoteHead, trigger.commit).catch(() => false)) return undefined;
  }
  return `${remote}/${branch} is at ${remoteHead.slice(0, 12)}, which is neither behind the tag ${trigger.tag} (${trigger.commit.slice(0, 12)}) nor holds this release's commit ${releaseCommit.slice(0, 12)}: the release commit (the version edits on top of the tag) cannot reach ${branch} without a merge; tag the tip of ${branch} instead, or push the release commit to a branch of its own (release-branch: release/${inputs.version})`;
}

/** What happened to a tag release, for the summary. */
export function tagSummary(ctx: ReleaseContext, releaseCommit: string): string | undefined {
  const { inputs } = ctx;
  const { trigger } = inputs;
  if (trigger.kind !== 'tag') return undefined;
  if (trigger.holdsVersion) return `released the pushed tag ${trigger.tag} as it is: its tree holds ${inputs.version} everywhere, so its commit ${releaseCommit.slice(0, 12)} is the release commit (nothing committed)`;
  if (inputs.headIsReleaseCommit) return `the pushed tag ${trigger.tag} is on ${trigger.commit.slice(0, 12)}; HEAD is this release's commit ${releaseCommit.slice(0, 12)} on top of it, made by an earlier run, which goes to ${inputs.git.branch}; the tag stays where it was pushed`;
  return `the pushed tag ${trigger.tag} is on ${trigger.commit.slice(0, 12)}, whose files said ${inputs.previousVersion}: the release commit ${releaseCommit.slice(0, 12)} (the version edits and hooks on top of it) goes to ${inputs.git.branch}; the tag stays where it was pushed${inputs.images.length ? `, and the image${inputs.images.length > 1 ? 's name' : ' names'} the release commit` : ''}`;
}

/** The reason git gives for a refused push (its `!` lines), or its last line. */
function refusal(output: string): string {
  return output.split('\n').filter((l) => l.startsWith('!')).map((l) => l.split('\t').slice(1).join(' ')).join('; ') || output.trim().split('\n').at(-1) || '';
}

/**
 * The git step of a tag release: the release commit pushed to the release branch (a fast-forward;
 * nothing when the tag's commit is the release commit), the moving major tag when asked; the
 * version tag is the maintainer's and is never created, moved or pushed. Then read back.
 */
export async function pushTagRelease(ctx: ReleaseContext, commit: string, movingMajor: (tags: string[]) => string | undefined): Promise<AlreadyDone | undefined> {
  const { inputs, git, reporter } = ctx;
  const { trigger } = inputs;
  if (trigger.kind !== 'tag') throw new Error('pushTagRelease: not a tag release');
  const { remote, branch } = inputs.git;
  const before = await git.lsRemote(remote, [`refs/heads/${branch}`, `refs/tags/${inputs.tagPrefix}*`]);
  const major = movingMajor([...before.tags.keys()]);
  const remoteTag = before.tags.get(trigger.tag);
  if (remoteTag?.commit !== trigger.commit) {
    throw new UserError(`the tag ${trigger.tag} on ${remote} ${remoteTag ? `moved to ${remoteTag.commit.slice(0, 12)}` : 'was deleted'} during the release (it was at ${trigger.commit.slice(0, 12)}); nothing was pushed`);
  }
  const remoteHead = before.heads.get(branch);
  const branchHasCommit = trigger.holdsVersion || remoteHead === commit || (remoteHead !== undefined && (await git.hasObject(remoteHead)) && (await git.isAncestor(commit, remoteHead)));
  const majorInPlace = !major || before.tags.get(major)?.commit === commit;
  if (branchHasCommit && majorInPlace) {
    return new AlreadyDone(trigger.holdsVersion
      ? `the pushed tag ${trigger.tag} is the release commit ${commit.slice(0, 12)}${major ? `, and so is ${major}` : ''}: nothing to push`
      : `${branch} on ${remote} holds the release commit ${commit.slice(0, 12)}${major ? `, and so does ${major}` : ''}; the tag ${trigger.tag} stays at ${trigger.commit.slice(0, 12)}`);
  }
  const refspecs = [...(branchHasCommit ? [] : [`${commit}:refs/heads/${branch}`]), ...(majorInPlace ? [] : [`+${commit}:refs/tags/${major}`])];
  const pushed = await git.push(remote, refspecs, { atomic: true });
  if (pushed.code !== 0) {
    const why = refusal(`${pushed.stdout}\n${pushed.stderr}`);
    if (/non-fast-forward|fetch first|stale info/.test(why)) {
      throw new UserError(`git push ${remote}: ${branch} moved on since the release started (${why}); nothing was pushed (--atomic): run the release again (it finishes what is missing), or push the release commit to a branch of its own (release-branch)`);
    }
    throw new UserError(`git push ${remote} failed, nothing was pushed (--atomic): ${why}`);
  }
  const after = await git.lsRemote(remote, [`refs/heads/${branch}`, `refs/tags/${trigger.tag}`, ...(major ? [`refs/tags/${major}`] : [])]);
  if (!branchHasCommit && after.heads.get(branch) !== commit) throw new UserError(`git push ${remote} reported success, but ${branch} there is at ${after.heads.get(branch)?.slice(0, 12) ?? 'nothing'}, not at the release commit`);
  if (after.tags.get(trigger.tag)?.commit !== trigger.commit) throw new UserError(`git push ${remote} reported success, but the tag ${trigger.tag} there is not at ${trigger.commit.slice(0, 12)} any more`);
  if (major && after.tags.get(major)?.commit !== commit) throw new UserError(`git push ${remote} reported success, but ${major} there is not at the release commit`);
  // The checkout follows (a detached HEAD at the tag): HEAD becomes the release commit, whose tree the work tree holds.
  if (!trigger.holdsVersion && git.headCommit() === trigger.commit) {
    await git.run('git update-ref HEAD', ['update-ref', '--no-deref', '-m', 'dot-ai-release: release commit', 'HEAD', commit, trigger.commit]);
    await git.run('git reset', ['reset', '--quiet']);
  }
  reporter.info(`pushed ${refspecs.map((r) => r.replace(/^\+/, '').split(':')[1]).join(', ')} to ${remote}: ${branchHasCommit ? '' : `${branch} is at the release commit ${commit.slice(0, 12)}; `}the tag ${trigger.tag} stays at ${trigger.commit.slice(0, 12)}`);
  return undefined;
}
