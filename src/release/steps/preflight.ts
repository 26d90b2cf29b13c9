/**
 * Preflight, before anything is built or written: the tools are there, the working tree is clean,
 * the branch can be pushed, the world is read (git remote, registries, the GitHub release), and
 * the token may write wherever something is left to write.
 */
import { openChartTarget } from '../../chart/publish.js';
import { UserError } from '../../errors.js';
import { GitHubClient } from '../../github/client.js';
import { checkReleaseWrite } from '../../github/releases.js';
import { RegistryRepository } from '../../oci/index.js';
import type { Step } from '../../pipeline/index.js';
import { checkGitPush, checkRegistryWrite } from '../permissions.js';
import { checkTagTrigger } from '../trigger.js';
import { checkDispatchTargets } from './dispatch.js';
import type { ReleaseContext } from '../types.js';
import { ImageProgress } from '../images.js';
import { putBackLeftovers } from '../leftovers.js';
import { openImageTarget, PREFLIGHT_GITHUB_DEADLINE_MS, readWorld } from '../world.js';
import { npmPermissionCheck } from './npm.js';

export const preflight: Step<ReleaseContext> = {
  name: 'preflight',
  async run(ctx) {
    const { inputs, git, reporter, artifacts } = ctx;
    if (!(await git.version())) throw new UserError(`git (${git.bin}) is not installed`);
    if (inputs.chart && !(await inputs.chart.helm.version())) throw new UserError(`helm (${inputs.chart.helm.bin}) is not installed: it gates and packages the chart (HELM_BIN or input helm)`);

    const head = git.headCommit();
    if (!head) throw new UserError(`${inputs.root} has no commit to release`);
    const changes = await git.changes(true);
    if (changes.length) {
      // A stopped run of this release in this checkout (kill -9) may have left its version edits.
      const leftovers = await putBackLeftovers(git, inputs.root, head, changes, reporter);
      if (!leftovers.restored) {
        const shown = changes.slice(0, 5).map((c) => c.trim()).join(', ');
        throw new UserError(`the working tree has changes (${shown}${changes.length > 5 ? `, and ${changes.length - 5} more` : ''}): ${leftovers.why ?? 'commit or stash them first; the release commits exactly the version changes and builds what is committed'}`);
      }
    }

    const { github } = inputs;
    const client = github.mode === 'create' && github.token ? new GitHubClient({ owner: github.owner, repo: github.repo, token: github.token, baseUrl: github.apiUrl }) : undefined;
    if (client) artifacts.set('github', client, 'preflight');
    const images = inputs.images.map((image) => new ImageProgress(image, openImageTarget(image)));
    if (images.length) artifacts.set('images', images, 'preflight');
    const world = await readWorld(ctx, head, images, client);
    artifacts.set('world', world, 'preflight');

    // The release commit goes on top of HEAD: the remote branch must be HEAD still, unless the git
    // step is done already; HEAD being the release commit itself (a push that failed or was killed
    // here), the remote branch must be its parent.
    const base = inputs.headIsReleaseCommit ? (await git.commitInfo('HEAD')).parents[0] : head;
    if (world.remoteHead && world.remoteHead !== base && world.remoteHead !== head && !world.remoteTag && inputs.trigger.kind !== 'tag' && !inputs.dryRun && inputs.phase !== 'candidate') {
      throw new UserError(`${inputs.git.remote}/${inputs.git.branch} is at ${world.remoteHead.slice(0, 12)}, not at ${inputs.headIsReleaseCommit ? `${base?.slice(0, 12)}, the parent of the release commit HEAD ${head.slice(0, 12)}` : `HEAD ${head.slice(0, 12)}`}: the release commit could not be pushed; release from the newest commit (git pull, or run the workflow again on the latest ${inputs.git.branch})`);
    }

    const found = [
      world.remoteTag && `git tag ${inputs.tag} (${world.remoteTag.commit.slice(0, 12)})`,
      ...[...world.images].map(([name, origin]) => `image ${name}:${inputs.version} (${origin.digest})`),
      world.chartDigest && `chart ${inputs.chart?.chart.name} ${inputs.chart?.chart.version} (${world.chartDigest})`,
      inputs.npm && world.npm?.versions.has(inputs.npm.version) && `npm ${inputs.npm.name}@${inputs.npm.version}`,
      world.release && `GitHub release ${inputs.tag}${world.release.draft ? ' (draft)' : ''}`,
    ].filter(Boolean);
    const what = [images.length === 1 ? 'image' : images.length ? `${images.length} images` : '', inputs.chart ? 'chart' : ''].filter(Boolean).join(', ');
    reporter.info(found.length ? `${inputs.tag}: found ${found.join(', ')}; each is checked against this release before anything is written` : `${inputs.tag} is new: no tag${what ? `, ${what}` : ''} or GitHub release of it yet`);

    // Permission checks, only where something is left to write (a finished release re-run only reads).
    const writing = !inputs.dryRun && inputs.phase !== 'candidate';
    const checks: Promise<void>[] = [];
    if (inputs.phase !== 'publish') {
      const checked = new Set<string>();
      for (const image of images) {
        if (!(image.target instanceof RegistryRepository) || world.images.has(image.name) || checked.has(image.name)) continue;
        checked.add(image.name);
        checks.push(checkRegistryWrite(image.target, images.length > 1 ? `image ${image.name}` : 'image'));
      }
    }
    const { chart } = inputs;
    if (chart && !world.chartDigest && writing) {
      checks.push(openChartTarget(chart.destination, { credentials: chart.credentials, plainHttp: chart.plainHttp }).then((t) => (t instanceof RegistryRepository ? checkRegistryWrite(t, 'chart') : undefined)));
    }
    if (writing && !world.remoteTag) checks.push(checkGitPush(git, inputs.git.remote, inputs.git.branch));
    // A pushed tag: it is on the remote at HEAD; its release commit (when one is made) can reach the branch.
    if (inputs.trigger.kind === 'tag') checks.push(checkTagTrigger(ctx, world, writing, () => checkGitPush(git, inputs.git.remote, inputs.git.branch)));
    if (client && (inputs.dryRun || writing) && !(world.release && !world.release.draft)) checks.push(client.within('preflight: check the GitHub release permission', PREFLIGHT_GITHUB_DEADLINE_MS, () => checkReleaseWrite(client)));
    // The repositories events go to: each visible with its token (a read).
    checks.push(...checkDispatchTargets(ctx, world));
    const npm = npmPermissionCheck(ctx, world, writing);
    if (npm) checks.push(npm);
    // Every missing permission at once, so one fix of the workflow covers them all.
    const refused = (await Promise.allSettled(checks)).flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    if (refused.length === 1) throw refused[0];
    if (refused.length > 1) throw new UserError(refused.map((e) => (e instanceof Error ? e.message : String(e))).join('; '));
    if (checks.length) reporter.info(`permissions: ${checks.length} checked (nothing written)`);
  },
};
