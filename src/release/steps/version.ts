/**
 * Version: bump (or set) the version in the workspace, run the release hooks (src/release/hooks.ts:
 * the configured ones, then the build command), and make the release commit of those changes (without moving HEAD yet: the git step does, once
 * everything is published). Then every artifact preflight found is judged against that commit:
 * made from it (already done), or from something else (a conflict, named; the workspace is put
 * back and nothing is written anywhere).
 */
import { UserError } from '../../errors.js';
import { AlreadyDone, type Step } from '../../pipeline/index.js';
import type { GitIdentity } from '../../tools/git.js';
import { applyVersion } from '../../version/apply.js';
import { hookValues, runHooks } from '../hooks.js';
import { releaseCommitSubject } from '../inputs.js';
import { putBack, treeChanges } from '../tree.js';
import { judgeTagBranch, tagSummary } from '../trigger.js';
import { forgetNote, noteRelease, restoreAtEnd } from '../leftovers.js';
import type { Done, ReleaseContext } from '../types.js';

async function identity(ctx: ReleaseContext): Promise<GitIdentity> {
  // Dated as HEAD: the same changes on the same HEAD make the same commit, in this run and in a re-run.
  return { ...ctx.inputs.git.identity, date: await ctx.git.commitDate('HEAD') };
}

/** Conflicts with the local tags: a tag of this version elsewhere, or a lightweight one (git would push it as it is). */
async function localTagProblem(ctx: ReleaseContext, releaseCommit: string): Promise<string | undefined> {
  const { inputs, git } = ctx;
  const local = await git.localTagCommit(inputs.tag);
  if (!local) return undefined;
  if (local !== releaseCommit) {
    return `a local tag ${inputs.tag} points at ${local.slice(0, 12)}, not at this release's commit ${releaseCommit.slice(0, 12)}: delete it (git tag -d ${inputs.tag}) and run again, or release another version`;
  }
  const type = (await git.try(['cat-file', '-t', `refs/tags/${inputs.tag}`])).stdout.trim();
  if (type !== 'tag') return `the local tag ${inputs.tag} on the release commit is a lightweight tag, which would be pushed as it is: delete it (git tag -d ${inputs.tag}) and run again`;
  return undefined;
}

export const version: Step<ReleaseContext> = {
  name: 'version',
  async run(ctx) {
    const { inputs, git, artifacts, reporter } = ctx;
    const world = artifacts.get('world', 'version');
    let changed: string[] = [];
    let releaseCommit = world.head;
    // A pushed tag whose tree holds the version everywhere is the release commit as it is.
    const tagHoldsVersion = inputs.trigger.kind === 'tag' && inputs.trigger.holdsVersion;
    if (!inputs.headIsReleaseCommit && !tagHoldsVersion) {
      // Noted first: a run killed from here on leaves edits the next run in this checkout can tell from a user's.
      const note = noteRelease(inputs.root, { head: world.head, tag: inputs.tag, files: [] });
      const written = await applyVersion(inputs.versionJob, reporter);
      // Put back when the run ends without the branch at the release commit (a dry run, a failure, a cancelled job).
      restoreAtEnd(ctx.cleanup, inputs.root, world.head, written.changedFiles, note);
      if (written.versions.app !== inputs.version) throw new Error(`the version step wrote ${written.versions.app}, not ${inputs.version}`);
      const hooks = inputs.hooks.afterVersion;
      if (hooks.length) {
        const epochSeconds = /^@(\d+)/.exec(await git.commitDate('HEAD'))?.[1] ?? '0';
        const values = hookValues(inputs.version, inputs.previousVersion, inputs.tag, epochSeconds);
        try {
          await runHooks(hooks, { root: inputs.root, git, reporter, signal: ctx.signal, values, epochSeconds });
        } finally {
          // What the hooks changed is put back too when the run ends without the branch at the release commit.
          const more = (await treeChanges(git)).filter((f) => !written.changedFiles.includes(f));
          if (more.length) restoreAtEnd(ctx.cleanup, inputs.root, world.head, more);
        }
      }
      changed = await treeChanges(git);
      if (changed.length) {
        releaseCommit = await git.makeCommit(changed, `${releaseCommitSubject(inputs.tag)}\n`, await identity(ctx));
      }
      noteRelease(inputs.root, { head: world.head, tag: inputs.tag, releaseCommit, files: changed });
    }
    artifacts.set('changedFiles', changed, 'version');

    const problems: string[] = [];
    const done: Done = { images: new Set(), chart: false, git: false, release: false };
    const made = (commit: string | undefined) => commit === releaseCommit;
    if (inputs.trigger.kind === 'tag') {
      // The pushed tag stays where it is (preflight checked it is at HEAD); the branch decides what is done.
      const problem = await judgeTagBranch(ctx, world, releaseCommit, done);
      if (problem) problems.push(problem);
    } else if (world.remoteTag) {
      if (made(world.remoteTag.commit)) done.git = true;
      else problems.push(`the git tag ${inputs.tag} on ${inputs.git.remote} points at ${world.remoteTag.commit.slice(0, 12)}, not at this release's commit ${releaseCommit.slice(0, 12)} (the version changes on ${world.head.slice(0, 12)}): release another version, or delete that tag if it was never published (git push ${inputs.git.remote} :refs/tags/${inputs.tag})`);
    }
    for (const image of inputs.images) {
      const origin = world.images.get(image.job.image);
      if (!origin) continue;
      if (made(origin.revision)) done.images.add(image.job.image);
      else problems.push(`${image.job.image}:${inputs.version} is already published (${origin.digest}) from ${origin.revision ? `commit ${origin.revision.slice(0, 12)}` : 'an unknown commit'}, not from this release's commit ${releaseCommit.slice(0, 12)}: a published version is immutable; release another version`);
    }
    // The git step pushes the local tag as it finds it: one elsewhere (or lightweight) is a conflict known now, not after publishing.
    // (A pushed tag is the maintainer's, on the commit it names: the trigger's checks judge it, and the release never moves it.)
    if (!inputs.dryRun && inputs.phase !== 'candidate' && inputs.trigger.kind !== 'tag') {
      const tagProblem = await localTagProblem(ctx, releaseCommit);
      if (tagProblem) problems.push(tagProblem);
    }
    if (world.release && inputs.github.mode === 'create') {
      // The assets a release of this version carries: the chart package. Others mean someone else's release.
      const expected = inputs.chart ? [`${inputs.chart.chart.name}-${inputs.chart.chart.version}.tgz`] : [];
      const foreign = world.release.assets.map((a) => a.name).filter((name) => !expected.includes(name));
      const { release } = world;
      const missing = release.draft ? [] : expected.filter((name) => !release.assets.some((a) => a.name === name));
      if (foreign.length || missing.length) {
        problems.push(`the GitHub release ${inputs.tag}${world.release.draft ? ' (a draft)' : ''} exists with other assets (${[...foreign.map((n) => `${n} is not this release's`), ...missing.map((n) => `${n} is missing`)].join(', ')}): delete that release (the git tag stays) or release another version`);
      } else if (!world.release.draft) {
        done.release = true; // the asset's bytes are compared in the github-release step
      }
    }
    if (problems.length) {
      await putBack(ctx.git, inputs.root, changed);
      forgetNote(inputs.root);
      throw new UserError(`${inputs.tag} conflicts with what exists already; nothing was changed: ${problems.join('; ')}`);
    }
    artifacts.set('releaseCommit', releaseCommit, 'version');
    artifacts.set('done', done, 'version');
    const tagRelease = tagSummary(ctx, releaseCommit);
    if (tagRelease) ctx.notes.push(tagRelease);
    if (tagHoldsVersion) return new AlreadyDone(`the pushed tag ${inputs.tag} holds ${inputs.version} everywhere: its commit ${releaseCommit.slice(0, 12)} is the release commit (no version edit, no hook)`);
    const what = `${inputs.previousVersion} -> ${inputs.version}, release commit ${releaseCommit.slice(0, 12)}`;
    if (inputs.headIsReleaseCommit) {
      const hooks = inputs.hooks.afterVersion.length ? '; the hooks are not run again (their changes are in it)' : '';
      return new AlreadyDone(`HEAD is the release commit of ${inputs.tag} (${releaseCommit.slice(0, 12)})${hooks}`);
    }
    reporter.info(`${what}${changed.length ? ` (${changed.length} files)` : ' (no file changed: HEAD is released as it is)'}`);
  },
};
