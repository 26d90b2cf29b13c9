/**
 * The npm package, in two steps around the gates (the npm folder's steps, src/npm/, on one context):
 *
 * - `npm-pack`, right after the version step: `npm pack` once, so the tarball carries the release
 *   version, into a directory of the run's temp dir (outside the work tree, removed when the run
 *   ends; phase candidate keeps it for the publish job: output npm-tarball). A version already on
 *   the registry with other content is refused here, before anything is built or published, and
 *   the work tree is put back; with the same content it is already done.
 * - `npm`, after the smoke gate and before the image tags, the chart and git: the publish
 *   (idempotent, dist-tag by src/npm/dist-tags.ts, read back). It goes first among the writes
 *   because it is the one most likely to be refused at the last moment (a token that needs a
 *   one-time password, provenance signing, a registry policy) and the one that can never be taken
 *   back: a refusal there leaves the image tags, the chart, git and GitHub as they were.
 *
 * Preflight's part (npmPermissionCheck): the token may publish (whoami, the access list; nothing
 * written) and provenance can be made (id-token: write), beside the other permission checks.
 * The token lives only in the environment of npm's registry commands, through a temporary .npmrc
 * outside the work tree (src/npm/session.ts) registered for removal.
 */
import path from 'node:path';
import { UserError } from '../../errors.js';
import { judgePublished } from '../../npm/publish.js';
import { npmContext, npmPublish, npmSession, useTarball, type NpmContext } from '../../npm/pipeline.js';
import { checkNpmPermission, provenanceProblems } from '../../npm/preflight.js';
import { packPackage, type NpmTarball } from '../../npm/tarball.js';
import { temporaryDir } from '../../npm/temp.js';
import type { NpmSession } from '../../tools/npm.js';
import { AlreadyDone, Skip, type Step } from '../../pipeline/index.js';
import type { ReleaseContext, World } from '../types.js';
import { putBack } from '../tree.js';

/** What the run registers for removal under this owner (the session's .npmrc, the tarball's directory). */
const OWNER = 'npm';

/** The npm steps' context, made once per run. */
export function releaseNpmContext(ctx: ReleaseContext, neededBy: string): NpmContext {
  const made = ctx.artifacts.find('npmContext');
  if (made) return made;
  const job = ctx.inputs.npm;
  if (!job) throw new Error(`${neededBy} needs the npm job, and this release has none`);
  const created = npmContext(job, ctx.reporter);
  ctx.artifacts.set('npmContext', created, neededBy);
  return created;
}

/** The session npm's registry commands run in (its .npmrc names the token by reference), registered for removal when opened. */
function openSession(ctx: ReleaseContext, npm: NpmContext): NpmSession {
  const opened = npm.session !== undefined;
  const session = npmSession(npm);
  if (!opened) ctx.cleanup.add({ kind: 'directory', path: session.dir }, OWNER);
  return session;
}

/**
 * Preflight's npm check, or undefined when there is nothing to check: no npm package; the version
 * on the registry already (the npm-pack step judges it against the tarball: already done, or a
 * conflict); phase candidate (the publish job checks its own token).
 */
export function npmPermissionCheck(ctx: ReleaseContext, world: World, writing: boolean): Promise<void> | undefined {
  const { inputs, reporter } = ctx;
  const job = inputs.npm;
  const state = world.npm;
  if (!job || !state || state.versions.has(job.version) || !(writing || inputs.dryRun)) return undefined;
  return (async () => {
    const problems = provenanceProblems(job, state);
    if (problems.length) throw new UserError(problems.join('; '));
    if (job.dryRun && !job.token) {
      reporter.info(`npm: dry run without a token (NODE_AUTH_TOKEN or input npm-token): whether it may publish ${job.name} is not checked`);
      return;
    }
    const npm = releaseNpmContext(ctx, 'preflight');
    const permission = await checkNpmPermission(job, openSession(ctx, npm), state);
    npm.artifacts.set('user', permission.user, 'preflight');
    for (const note of permission.notes) reporter.info(note);
    reporter.info(`npm: the token is ${permission.user}'s at ${job.registry} (checked, nothing written)${job.provenance ? '; provenance: on' : ''}`);
  })();
}

/** Packs the package into a directory of the run's temp dir: removed when the run ends, unless handed to the next job. */
async function pack(ctx: ReleaseContext, npm: NpmContext): Promise<NpmTarball> {
  const { job } = npm;
  const dir = temporaryDir(job.root, 'dot-ai-release-npm-tarball-', job.env);
  // phase candidate hands the tarball to the publish job (the npm-tarball output): it stays.
  if (ctx.inputs.phase !== 'candidate') ctx.cleanup.add({ kind: 'directory', path: dir }, OWNER);
  const { tarball } = await packPackage({ ...job, tarballDir: dir }, ctx.signal);
  npm.artifacts.set('tarball', tarball, 'npm-pack');
  ctx.reporter.info(`packed ${path.basename(tarball.path)} (${tarball.size} bytes, ${tarball.integrity}) outside the work tree`);
  return tarball;
}

/** Takes the tarball (packed here, or handed over in phase publish) and judges the registry's record of the version against it. */
async function packAndJudge(ctx: ReleaseContext, npm: NpmContext): Promise<'absent' | 'same'> {
  const { inputs } = ctx;
  const { job } = npm;
  let tarball: NpmTarball;
  if (inputs.phase === 'publish') {
    const handed = inputs.handed.npmTarball;
    if (!handed) throw new UserError('input candidate-npm: required with phase publish');
    tarball = await useTarball(npm, handed, 'input candidate-npm');
    ctx.reporter.info(`the candidate job's ${path.basename(tarball.path)} (${tarball.integrity.slice(0, 22)}…) is ${job.name}@${job.version}`);
  } else {
    tarball = await pack(ctx, npm);
  }
  // A version already out with other content is refused now, before anything is built or published.
  const state = ctx.artifacts.get('world', 'npm-pack').npm;
  return state ? judgePublished(job, state, tarball) : 'absent';
}

export const npmPack: Step<ReleaseContext> = {
  name: 'npm-pack',
  async run(ctx) {
    const { inputs, artifacts } = ctx;
    const job = inputs.npm;
    if (!job) return new Skip(`no npm package is released (${inputs.npmOff ?? 'npm off'})`);
    let verdict: 'absent' | 'same';
    try {
      verdict = await packAndJudge(ctx, releaseNpmContext(ctx, 'npm-pack'));
    } catch (error) {
      // Refused (a conflict, a tarball of something else, a failing pack script): the version edits are put back.
      await putBack(ctx.git, inputs.root, artifacts.get('changedFiles', 'npm-pack'));
      throw error;
    }
    if (verdict === 'same') return new AlreadyDone(`${job.name}@${job.version} is published at ${job.registry} with this very tarball`);
  },
};

export const npm: Step<ReleaseContext> = {
  name: 'npm',
  async run(ctx) {
    const { inputs } = ctx;
    const job = inputs.npm;
    if (!job) return new Skip(`no npm package is released (${inputs.npmOff ?? 'npm off'})`);
    if (inputs.phase === 'candidate') return new Skip('phase candidate: the publish job publishes the tarball handed over (npm-tarball) once the smoke jobs passed');
    const context = releaseNpmContext(ctx, 'npm');
    if (!job.dryRun) openSession(ctx, context);
    // A fresh look at the registry, then published under the tag the rules give (a dry run says which, and writes nothing).
    const outcome = await npmPublish.run(context);
    // What later steps name (the events to other repositories): the package as published.
    if (context.artifacts.find('published')) ctx.artifacts.set('npmPackage', { name: job.name, version: job.version, registry: job.registry }, 'npm');
    return outcome;
  },
};
