/**
 * The npm steps, on one typed job: preflight (a look at the registry and the token's rights,
 * nothing written), pack (once, outside the work tree; a version already published with other
 * content is refused here, before the smoke gate), publish (idempotent, read back). The release
 * runs preflight with its own, pack in its candidate stage and publish after the smoke gate, with
 * the same context; `runNpmPublish` runs all three, as a command would.
 */
import path from 'node:path';
import { rmSync } from 'node:fs';
import { UserError } from '../errors.js';
import { AlreadyDone, Artifacts, runPipeline, Skip, type PipelineRun, type Stage, type Step } from '../pipeline/index.js';
import type { Reporter } from '../report/reporter.js';
import type { NpmSession } from '../tools/npm.js';
import { chooseDistTag, type DistTagPlan } from './dist-tags.js';
import { registryLabel, type NpmJob } from './job.js';
import { checkNpmPermission, provenanceProblems } from './preflight.js';
import { judgePublished, publishTarball, type NpmPublishResult, type PublishOptions } from './publish.js';
import { readPackageState, type PackageState } from './registry.js';
import { closeSession, openSession } from './session.js';
import { checkTarball, packPackage, readTarball, type NpmTarball } from './tarball.js';

/** What the npm steps hand on. */
export interface NpmArtifacts {
  /** The registry's state when preflight looked (before anything was written). */
  stateBefore: PackageState;
  /** The npm user the token belongs to (preflight's whoami). */
  user: string;
  tarball: NpmTarball;
  /** The dist-tag the version gets (computed when publishing, or for a dry run's report). */
  plan: DistTagPlan;
  published: NpmPublishResult;
}

export interface NpmContext {
  job: NpmJob;
  reporter: Reporter;
  artifacts: Artifacts<NpmArtifacts>;
  /** The private place npm's registry commands run in (opened by the first step that needs it). */
  session?: NpmSession;
  /** Temporary directories (the tarball's, unless kept) removed by disposeNpmContext. */
  temporary: string[];
  /** Options of the publish (read-back deadline, lookup deadlines). */
  publishOptions?: PublishOptions;
}

export function npmContext(job: NpmJob, reporter: Reporter, publishOptions?: PublishOptions): NpmContext {
  if (job.token) reporter.secret(job.token);
  return { job, reporter, artifacts: new Artifacts<NpmArtifacts>(), temporary: [], ...(publishOptions ? { publishOptions } : {}) };
}

/** The session, opened on first use (its .npmrc is removed by disposeNpmContext). */
export function npmSession(ctx: NpmContext): NpmSession {
  ctx.session ??= openSession(ctx.job, ctx.reporter);
  return ctx.session;
}

/** Removes what the run made for itself: the session's .npmrc and directory, the temporary tarball. */
export function disposeNpmContext(ctx: NpmContext): void {
  if (ctx.session) closeSession(ctx.session);
  ctx.session = undefined;
  for (const dir of ctx.temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * Takes a tarball packed earlier (a workflow's candidate job hands it to the publish job) as the one
 * to publish: it must be this package at this version.
 */
export async function useTarball(ctx: NpmContext, file: string, what = 'input npm-tarball'): Promise<NpmTarball> {
  if (!file.endsWith('.tgz')) throw new UserError(`${what}: ${path.basename(file)} is not an npm tarball (.tgz)`);
  const tarball = await readTarball(path.resolve(file));
  checkTarball(tarball, ctx.job, what);
  ctx.artifacts.set('tarball', tarball, 'candidate job');
  return tarball;
}

function lookup(ctx: NpmContext): Promise<PackageState> {
  return readPackageState(ctx.job.registry, ctx.job.name, ctx.job.token, ctx.publishOptions);
}

function describeState(job: NpmJob, state: PackageState): string {
  if (!state.exists) return `${job.name} is not on ${registryLabel(job)} yet`;
  const tags = Object.entries(state.distTags).map(([t, v]) => `${t}: ${v}`).join(', ');
  const version = state.versions.get(job.version);
  return `${job.name}@${job.version} ${version ? `is published (${version.integrity ?? version.shasum ?? 'no integrity'})` : 'is not published yet'} at ${registryLabel(job)}; dist-tags ${tags || 'none'}`;
}

export const npmPreflight: Step<NpmContext> = {
  name: 'npm-preflight',
  async run(ctx) {
    const { job, reporter, artifacts } = ctx;
    const state = await lookup(ctx);
    artifacts.set('stateBefore', state, 'npm-preflight');
    reporter.info(describeState(job, state));
    const problems = provenanceProblems(job, state);
    if (problems.length) throw new UserError(problems.join('; '));
    if (job.dryRun && !job.token) return new Skip("dry run without a token (NODE_AUTH_TOKEN): the token's rights are not checked");
    const permission = await checkNpmPermission(job, npmSession(ctx), state);
    artifacts.set('user', permission.user, 'npm-preflight');
    for (const note of permission.notes) reporter.info(note);
    reporter.info(`npm: the token is ${permission.user}'s at ${job.registry} (checked, nothing written)${job.provenance ? '; provenance: on' : ''}`);
  },
};

export const npmPack: Step<NpmContext> = {
  name: 'npm-pack',
  async run(ctx) {
    const { job, reporter, artifacts } = ctx;
    const { tarball, temporary } = await packPackage(job);
    ctx.temporary.push(...temporary);
    artifacts.set('tarball', tarball, 'npm-pack');
    reporter.info(`packed ${path.basename(tarball.path)} (${tarball.size} bytes, ${tarball.integrity.slice(0, 22)}…)`);
    // A version already out with other content is refused now, before the smoke gate.
    const before = artifacts.find('stateBefore');
    if (before && judgePublished(job, before, tarball) === 'same') reporter.info(`${job.name}@${job.version} is already published with this tarball`);
  },
};

export const npmPublish: Step<NpmContext> = {
  name: 'npm-publish',
  async run(ctx) {
    const { job, reporter, artifacts } = ctx;
    const tarball = artifacts.get('tarball', 'npm-publish');
    // A fresh look: the version, and the tags the rules weigh, as they are now.
    const state = await lookup(ctx);
    if (job.dryRun) {
      if (judgePublished(job, state, tarball) === 'same') return new Skip(`dry run: ${job.name}@${job.version} is already published with this tarball; nothing is changed`);
      const plan = chooseDistTag(job.version, state.distTags, state.versions.keys());
      artifacts.set('plan', plan, 'npm-publish');
      for (const note of plan.notes) reporter.info(note);
      return new Skip(`dry run: ${job.name}@${job.version} would be published to ${job.registry} under dist-tag ${plan.tag}`);
    }
    const published = await publishTarball(job, npmSession(ctx), tarball, state, { ...ctx.publishOptions, ...(artifacts.find('user') ? { user: artifacts.find('user') } : {}) });
    artifacts.set('published', published, 'npm-publish');
    artifacts.set('plan', { tag: published.tag, latest: published.latest, notes: published.notes }, 'npm-publish');
    for (const note of published.notes) reporter.info(note);
    const where = `${job.name}@${job.version} at ${job.registry}`;
    if (published.status === 'already-published') {
      return new AlreadyDone(`${where} is published with this tarball (${published.integrity.slice(0, 22)}…)${published.writes ? `; dist-tag ${published.tag} set` : `, dist-tag ${published.tag}`}`);
    }
    reporter.info(`published ${where} under dist-tag ${published.tag}${job.provenance ? ' with provenance' : ''}; read back: ${published.integrity.slice(0, 22)}…`);
  },
};

/** Every npm step, in order, as a command runs them. */
export const NPM_STAGES: Stage<NpmContext>[] = [npmPreflight, npmPack, npmPublish];

/** Runs the steps on `job` and removes what they made for themselves; the run says what each step did. */
export async function runNpmPublish(job: NpmJob, reporter: Reporter, options: { stages?: Stage<NpmContext>[]; publish?: PublishOptions } = {}): Promise<{ run: PipelineRun; ctx: NpmContext }> {
  const ctx = npmContext(job, reporter, options.publish);
  try {
    const run = await runPipeline(options.stages ?? NPM_STAGES, ctx, reporter);
    return { run, ctx };
  } finally {
    disposeNpmContext(ctx);
  }
}
