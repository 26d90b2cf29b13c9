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
import type { Done, ReleaseContext } from '../types.js';

async function identity(ctx: ReleaseContext): Promise<GitIdentity> {
  // Dated as HEAD: the same changes on the same HEAD make the same commit, in this run and in a re-run.
  return { ...ctx.inputs.git.identity, date: await ctx.git.commitDate('HEAD') };
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
      const written = await applyVersion(inputs.versionJob, reporter);
      if (written.versions.app !== inputs.version) throw new Error(`the version step wrote ${written.versions.app}, not ${inputs.version}`);
      const hooks = inputs.hooks.afterVersion;
      if (hooks.length) {
        const epochSeconds = /^@(\d+)/.exec(await git.commitDate('HEAD'))?.[1] ?? '0';
        const values = hookValues(inputs.version, inputs.previousVersion, inputs.tag, epochSeconds);
        await runHooks(hooks, { root: inputs.root, git, reporter, signal: ctx.signal, values, epochSeconds });
      }
      changed = await treeChanges(git);
      if (changed.length) {
        releaseCommit = await git.makeCommit(changed, `${releaseCommitSubject(inputs.tag)}\n`, await identity(ctx));
      }
    }
    artifacts.set('changedFiles', changed, 'version');

    const problems: string[] = [];
    const done: Done = { image: false, chart: false, git: false, release: false };
    const made = (commit: string | undefined) => commit === releaseCommit;
    if (inputs.trigger.kind === 'tag') {
      // The pushed tag stays where it is (preflight checked it is at HEAD); the branch decides what is done.
      const problem = await judgeTagBranch(ctx, world, releaseCommit, done);
      if (problem) problems.push(problem);
    } else if (world.remoteTag) {
      if (made(world.remoteTag.commit)) done.git = true;
      else problems.push(`the git tag ${inputs.tag} on ${inputs.git.remote} points at ${world.remoteTag.commit.slice(0, 12)}, not at this release's commit ${releaseCommit.slice(0, 12)} (the version changes on ${world.head.slice(0, 12)}): release another version, or delete that tag if it was never published (git push ${inputs.git.remote} :refs/tags/${inputs.tag})`);
    }
    if (world.image && inputs.image) {
      const name = `${inputs.image.job.image}:${inputs.version}`;
      if (made(world.image.revision)) done.image = true;
      else problems.push(`${name} is already published (${world.image.digest}) from ${world.image.revision ? `commit ${world.image.revision.slice(0, 12)}` : 'an unknown commit'}, not from this release's commit ${releaseCommit.slice(0, 12)}: a published version is immutable; release another version`);
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
      throw new UserError(`${inputs.tag} conflicts with what is published; nothing was changed: ${problems.join('; ')}`);
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
