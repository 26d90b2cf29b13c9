/**
 * Git: the branch moved to the release commit, an annotated tag `vX.Y.Z` on it, both pushed at
 * once (`--atomic`: both or neither), and the moving major tag (v1) when asked; then the remote is
 * read back: the tag must be there, annotated, on the release commit. (A lightweight tag pushed
 * with --follow-tags never leaves the machine: that is why the tag is annotated and pushed by name.)
 * Credentials come from the checkout (actions/checkout's), never from an argument.
 */
import { UserError } from '../../errors.js';
import { AlreadyDone, Skip, type Step } from '../../pipeline/index.js';
import { releaseCommitSubject } from '../inputs.js';
import { pushTagRelease } from '../trigger.js';
import type { ReleaseContext } from '../types.js';
import { movingMajorTag, stableVersionTags } from '../world.js';

function rejected(output: string): string {
  return output.split('\n').filter((l) => l.startsWith('!')).map((l) => l.split('\t').slice(1).join(' ')).join('; ') || output.trim().split('\n').at(-1) || '';
}

export const git: Step<ReleaseContext> = {
  name: 'git',
  async run(ctx) {
    const { inputs, artifacts, reporter } = ctx;
    if (inputs.dryRun) return new Skip('dry run: nothing is committed or pushed');
    if (inputs.phase === 'candidate') return new Skip('phase candidate: the publish job tags the release');
    const g = ctx.git;
    const { remote, branch } = inputs.git;
    const commit = artifacts.get('releaseCommit', 'git');
    // A pushed tag is the maintainer's: never created or moved here; only the release commit goes to the branch.
    if (inputs.trigger.kind === 'tag') return pushTagRelease(ctx, commit, (tags) => (inputs.git.movingMajorTag ? movingMajorTag(inputs.version, inputs.tagPrefix, stableVersionTags(tags, inputs.tagPrefix)) : undefined));
    const head = artifacts.get('world', 'git').head;
    const prefix = inputs.tagPrefix;
    const before = await g.lsRemote(remote, [`refs/heads/${branch}`, `refs/tags/${prefix}*`]);
    const major = inputs.git.movingMajorTag ? movingMajorTag(inputs.version, prefix, stableVersionTags([...before.tags.keys()], prefix)) : undefined;

    const remoteTag = before.tags.get(inputs.tag);
    if (remoteTag && remoteTag.commit !== commit) {
      throw new UserError(`the git tag ${inputs.tag} on ${remote} points at ${remoteTag.commit.slice(0, 12)}, not at this release's commit ${commit.slice(0, 12)}; nothing was pushed`);
    }
    const remoteHead = before.heads.get(branch);
    const branchHasCommit = remoteHead === commit || (remoteHead !== undefined && (await g.hasObject(remoteHead)) && (await g.isAncestor(commit, remoteHead)));
    const majorInPlace = !major || before.tags.get(major)?.commit === commit;
    if (remoteTag && branchHasCommit && majorInPlace) {
      return new AlreadyDone(`${inputs.tag} is on ${remote} at the release commit ${commit.slice(0, 12)}${major ? `, and so is ${major}` : ''}`);
    }

    // The branch: moved locally to the release commit (its tree is the work tree's), unless it is there already.
    const local = g.headCommit();
    if (local !== commit) {
      if (local !== head) throw new UserError(`HEAD moved during the release (${head.slice(0, 12)} -> ${local?.slice(0, 12)}); nothing was pushed`);
      await g.advanceBranch(branch, head, commit);
      reporter.info(`${branch} is at the release commit ${commit.slice(0, 12)} (${releaseCommitSubject(inputs.tag)})`);
    }
    // The tag: annotated, dated as the commit, so a re-run makes the same tag object.
    const localTag = await g.localTagCommit(inputs.tag);
    if (localTag && localTag !== commit) throw new UserError(`a local tag ${inputs.tag} points at ${localTag.slice(0, 12)}, not at the release commit; delete it (git tag -d ${inputs.tag}) and run again`);
    if (!localTag) {
      await g.createAnnotatedTag(inputs.tag, commit, `Release ${inputs.tag}\n`, { ...inputs.git.identity, date: await g.commitDate(commit) });
    }

    const refspecs = [
      ...(branchHasCommit ? [] : [`${commit}:refs/heads/${branch}`]),
      ...(remoteTag ? [] : [`refs/tags/${inputs.tag}:refs/tags/${inputs.tag}`]),
      ...(majorInPlace ? [] : [`+${commit}:refs/tags/${major}`]),
    ];
    const pushed = await g.push(remote, refspecs, { atomic: true });
    if (pushed.code !== 0) {
      const why = rejected(`${pushed.stdout}\n${pushed.stderr}`);
      if (/non-fast-forward|fetch first|stale info/.test(why)) {
        throw new UserError(`git push ${remote}: ${branch} moved on since the release started (${why}); nothing was pushed (--atomic). The image and chart of ${inputs.version} are published from ${commit.slice(0, 12)}: push its tag and merge it (git push ${remote} ${inputs.tag}; git merge ${inputs.tag}), or run the release again once ${branch} is merged`);
      }
      throw new UserError(`git push ${remote} failed, nothing was pushed (--atomic): ${why}`);
    }

    // Read back: the tag arrived, annotated, on the release commit; the branch holds it.
    const after = await g.lsRemote(remote, [`refs/heads/${branch}`, `refs/tags/${inputs.tag}`, ...(major ? [`refs/tags/${major}`] : [])]);
    const arrived = after.tags.get(inputs.tag);
    if (!arrived || !arrived.annotated || arrived.commit !== commit) {
      throw new UserError(`git push ${remote} reported success, but ${remote} ${arrived ? `has ${inputs.tag} ${arrived.annotated ? '' : 'as a lightweight tag '}at ${arrived.commit.slice(0, 12)}` : `has no tag ${inputs.tag}`}`);
    }
    if (!branchHasCommit && after.heads.get(branch) !== commit) throw new UserError(`git push ${remote} reported success, but ${branch} there is at ${after.heads.get(branch)?.slice(0, 12) ?? 'nothing'}, not at the release commit`);
    if (major && after.tags.get(major)?.commit !== commit) throw new UserError(`git push ${remote} reported success, but ${major} there is not at the release commit`);
    reporter.info(`pushed ${refspecs.map((r) => r.replace(/^\+/, '').split(':')[1]).join(', ')} to ${remote}; ${inputs.tag} is there, annotated, at ${commit.slice(0, 12)}`);
  },
};
