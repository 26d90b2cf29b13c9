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
import type { Done, ReleaseContext } from '../types.js';

/** Paths of `git status --porcelain` lines. */
function statusPaths(lines: string[]): string[] {
  return lines.map((l) => l.slice(3));
}

async function identity(ctx: ReleaseContext): Promise<GitIdentity> {
  // Dated as HEAD: the same changes on the same HEAD make the same commit, in this run and in a re-run.
  return { ...ctx.inputs.git.identity, date: await ctx.git.commitDate('HEAD') };
}

/** Puts back what the version step changed (the tree was clean before it). */
async function restore(ctx: ReleaseContext, changed: string[]): Promise<void> {
  const tracked: string[] = [];
  for (const file of changed) {
    if ((await ctx.git.try(['cat-file', '-e', `HEAD:${file}`])).code === 0) tracked.push(file);
    else rmSync(path.join(ctx.inputs.root, file), { force: true });
  }
  if (tracked.length) await ctx.git.run('git checkout', ['checkout', 'HEAD', '--', ...tracked]);
}

export const version: Step<ReleaseContext> = {
  name: 'version',
  async run(ctx) {
    const { inputs, git, artifacts, reporter } = ctx;
    const world = artifacts.get('world', 'version');
    let changed: string[] = [];
    let releaseCommit = world.head;
    if (!inputs.headIsReleaseCommit) {
      const written = await applyVersion(inputs.versionJob, reporter);
      if (written.versions.app !== inputs.version) throw new Error(`the version step wrote ${written.versions.app}, not ${inputs.version}`);
      const [bin, ...args] = inputs.buildCommand ?? [];
      if (bin) {
        reporter.info(`build command: ${[bin, ...args].join(' ')}`);
        await execChecked(`build command ${bin}`, bin, args, { cwd: inputs.root, timeoutMs: 20 * 60_000 });
      }
      changed = statusPaths(await git.changes(true));
      if (changed.length) {
        releaseCommit = await git.makeCommit(changed, `${releaseCommitSubject(inputs.tag)}\n`, await identity(ctx));
      }
    }
    artifacts.set('changedFiles', changed, 'version');

    const problems: string[] = [];
    const done: Done = { image: false, chart: false, git: false, release: false };
    const made = (commit: string | undefined) => commit === releaseCommit;
    if (world.remoteTag) {
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
      await restore(ctx, changed);
      throw new UserError(`${inputs.tag} conflicts with what is published; nothing was changed: ${problems.join('; ')}`);
    }
    artifacts.set('releaseCommit', releaseCommit, 'version');
    artifacts.set('done', done, 'version');
    const what = `${inputs.previousVersion} -> ${inputs.version}, release commit ${releaseCommit.slice(0, 12)}`;
    if (inputs.headIsReleaseCommit) return new AlreadyDone(`HEAD is the release commit of ${inputs.tag} (${releaseCommit.slice(0, 12)})`);
    reporter.info(`${what}${changed.length ? ` (${changed.length} files)` : ' (no file changed: HEAD is released as it is)'}`);
  },
};
