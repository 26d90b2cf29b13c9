/**
 * The release as an ordered list of named steps over one context (goreleaser's shape): each step
 * first looks at the world and says "skip, because ...", "already done", does its work, or refuses
 * a conflict naming the way out. Nothing a user can see is published before the publish step, and
 * the publish step runs only when every step before it passed.
 */
import { Artifacts, type Step } from '../pipeline/index.js';
import type { Reporter } from '../report/reporter.js';
import type { CleanupRegistry } from '../tools/cleanup.js';
import { Git } from '../tools/git.js';
import { chart } from './steps/chart.js';
import { dispatch } from './steps/dispatch.js';
import { git } from './steps/git.js';
import { githubRelease } from './steps/github-release.js';
import { image } from './steps/image.js';
import { notesOnly, notesOnlyPreflight } from './steps/notes-only.js';
import { npm, npmPack } from './steps/npm.js';
import { preflight } from './steps/preflight.js';
import { publish } from './steps/publish.js';
import { smoke } from './steps/smoke.js';
import { version } from './steps/version.js';
import type { ReleaseArtifacts, ReleaseContext, ReleaseInputs } from './types.js';

export const RELEASE_STEPS: Step<ReleaseContext>[] = [preflight, version, npmPack, image, chart, smoke, npm, publish, git, githubRelease, dispatch];

/** A notes-only run: the GitHub release must exist; its notes are made again; nothing else is published. */
export const NOTES_ONLY_STEPS: Step<ReleaseContext>[] = [notesOnlyPreflight, notesOnly];

export function releaseSteps(inputs: ReleaseInputs): Step<ReleaseContext>[] {
  return inputs.notesOnly ? NOTES_ONLY_STEPS : RELEASE_STEPS;
}

export function releaseContext(inputs: ReleaseInputs, reporter: Reporter, cleanup: CleanupRegistry, signal: AbortSignal): ReleaseContext {
  return { inputs, reporter, artifacts: new Artifacts<ReleaseArtifacts>(), git: new Git(inputs.root), started: [], notes: [], cleanup: cleanup.child('release'), signal };
}

/** Removes what the run made for itself (temporary packages, pulled images, credentials), newest first; returns what could not be removed. */
export function disposeReleaseContext(ctx: ReleaseContext): Promise<string[]> {
  return ctx.cleanup.runAll();
}
