/**
 * Version: bump (or set) the version in the workspace, run the build command when there is one,
 * and make the release commit of those changes (without moving HEAD yet: the git step does, once
 * everything is published). Then every artifact preflight found is judged against that commit:
 * made from it (already done), or from something else (a conflict, named; the workspace is put
 * back and nothing is written anywhere).
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../../errors.js';
import { AlreadyDone, type Step } from '../../pipeline/index.js';
import { execChecked } from '../../tools/exec.js';
import type { GitIdentity } from '../../tools/git.js';
import { applyVersion } from '../../version/apply.js';
import { releaseCommitSubject } from '../inputs.js';
import { forgetNote, noteRelease, restoreAtEnd, statusPaths } from '../leftovers.js';
import type { Done, ReleaseContext } from '../types.js';

async function identity(ctx: ReleaseContext): Promise<GitIdentity> {
  // Dated as HEAD: the same changes on the same HEAD make the same commit, in this run and in a re-run.
  return { ...ctx.inputs.git.identity, date: await ctx.git.commitDate('HEAD') };
}

/** Puts back what the version step changed (the tree was clean before it), before a refusal. */
async function restore(ctx: ReleaseContext, changed: string[]): Promise<void> {
  const tracked: string[] = [];
  for (const file of changed) {
    if ((await ctx.git.try(['cat-file', '-e', `HEAD:${file}`])).code === 0) tracked.push(file);
    else rmSync(path.join(ctx.inputs.root, file), { force: true });
  }
  if (tracked.length) await ctx.git.run('git checkout', ['checkout', 'HEAD', '--', ...tracked]);
  forgetNote(ctx.inputs.root);
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
    if (!inputs.headIsReleaseCommit) {
      // Noted first: a run killed from here on leaves edits the next run in this checkout can tell from a user's.
      const note = noteRelease(inputs.root, { head: world.head, tag: inputs.tag, files: [] });
      const written = await applyVersion(inputs.versionJob, reporter);
      // Put back when the run ends without the branch at the release commit (a dry run, a failure, a cancelled job).
      restoreAtEnd(ctx.cleanup, inputs.root, world.head, written.changedFiles, note);
      if (written.versions.app !== inputs.version) throw new Error(`the version step wrote ${written.versions.app}, not ${inputs.version}`);
      const [bin, ...args] = inputs.buildCommand ?? [];
      if (bin) {
        reporter.info(`build command: ${[bin, ...args].join(' ')}`);
        try {
          await execChecked(`build command ${bin}`, bin, args, { cwd: inputs.root, timeoutMs: 20 * 60_000 });
        } finally {
          const all = statusPaths(await git.changes(true));
          const more = all.filter((f) => !written.changedFiles.includes(f));
          if (more.length) restoreAtEnd(ctx.cleanup, inputs.root, world.head, more);
        }
      }
      changed = statusPaths(await git.changes(true));
      if (changed.length) {
        releaseCommit = await git.makeCommit(changed, `${releaseCommitSubject(inputs.tag)}\n`, await identity(ctx));
      }
      noteRelease(inputs.root, { head: world.head, tag: inputs.tag, releaseCommit, files: changed });
    }
    artifacts.set('changedFiles', changed, 'version');

    const problems: string[] = [];
    const done: Done = { images: new Set(), chart: false, git: false, release: false };
    const made = (commit: string | undefined) => commit === releaseCommit;
    if (world.remoteTag) {
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
    if (!inputs.dryRun && inputs.phase !== 'candidate') {
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
      await restore(ctx, changed);
      throw new UserError(`${inputs.tag} conflicts with what exists already; nothing was changed: ${problems.join('; ')}`);
    }
    artifacts.set('releaseCommit', releaseCommit, 'version');
    artifacts.set('done', done, 'version');
    const what = `${inputs.previousVersion} -> ${inputs.version}, release commit ${releaseCommit.slice(0, 12)}`;
    if (inputs.headIsReleaseCommit) return new AlreadyDone(`HEAD is the release commit of ${inputs.tag} (${releaseCommit.slice(0, 12)})`);
    reporter.info(`${what}${changed.length ? ` (${changed.length} files)` : ' (no file changed: HEAD is released as it is)'}`);
  },
};
