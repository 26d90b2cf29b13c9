/**
 * An image's pre-build and what a release keeps of each image between runs of the same release.
 *
 * A pre-build (dot-ai: `npm ci`, `npm run build`, `npm pack` before the server's image, `npm ci &&
 * npm run build && npm prune --omit=dev` before the plugin's) runs in a checkout of the release
 * commit of its own, never in the work tree: its output (a tarball, dist/, node_modules/) goes into
 * no commit and into no other image, and the image is built from exactly what is committed plus
 * what its pre-build made. Commands run without a shell, one after the other, within one deadline,
 * their output in a log group; none of the action's inputs (INPUT_*, where a password may be) is in
 * their environment.
 *
 * Kept per release commit and image in the repository's state folder (`.git/dot-ai-release/builds/`):
 * the pre-built checkout (run once per release: a resumed release finds it and does not run the
 * commands again) and the candidate's digest once it is built, pushed and started (a resumed
 * release reuses it instead of building again). Both are keyed by everything that goes into them;
 * another key means the inputs changed, and the work is done again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PreBuild } from '../config/config.js';
import { UserError } from '../errors.js';
import { repositoryStateDir } from '../fs/state-dir.js';
import type { Reporter } from '../report/reporter.js';
import { exec, lastLines, ToolNotFoundError } from '../tools/exec.js';
import type { Git } from '../tools/git.js';
import type { ImageJob } from './context.js';

/** A folder name for an image: its name with anything but letters, digits, `.` and `-` as `_`. */
function slug(image: string): string {
  return image.replace(/[^a-z0-9.-]/gi, '_');
}

function hash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

function readJson(file: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The environment of a pre-build: the runner's, without the action's inputs (a password may be one). */
function preBuildEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('INPUT_')));
}

/** Where a release keeps its images' builds: `<state folder>/builds/`. */
function buildsDir(root: string): string {
  return path.join(repositoryStateDir(root), 'builds');
}

/** Removes what releases of other commits kept (a release started over, or one given up); returns how many. */
export function pruneBuilds(root: string, releaseCommit: string): number {
  const dir = buildsDir(root);
  if (!existsSync(dir)) return 0;
  let removed = 0;
  for (const entry of readdirSync(dir)) {
    if (entry.startsWith(`${releaseCommit.slice(0, 12)}-`)) continue;
    rmSync(path.join(dir, entry), { recursive: true, force: true });
    removed++;
  }
  return removed;
}

/** Removes what the release of `releaseCommit` kept (it is finished, or was only a dry run). */
export function removeBuilds(root: string, releaseCommit: string): void {
  const dir = buildsDir(root);
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir)) if (entry.startsWith(`${releaseCommit.slice(0, 12)}-`)) rmSync(path.join(dir, entry), { recursive: true, force: true });
}

/** What one release keeps of one image: its pre-built checkout and its candidate. */
export class ImageBuildCache {
  readonly dir: string;

  constructor(
    readonly root: string,
    readonly releaseCommit: string,
    readonly job: ImageJob,
    readonly preBuild: PreBuild | undefined,
  ) {
    this.dir = path.join(buildsDir(root), `${releaseCommit.slice(0, 12)}-${slug(job.image)}`);
  }

  /** The checkout the pre-build runs in, and the image is built from. */
  get tree(): string {
    return path.join(this.dir, 'tree');
  }

  /** What the pre-built checkout depends on: the commit and the commands. */
  private preBuildKey(): string {
    return hash({ commit: this.releaseCommit, dir: this.preBuild?.dir, commands: this.preBuild?.commands });
  }

  /** What the candidate depends on: the pre-build, and every build setting. */
  candidateKey(destination: string): string {
    const { job } = this;
    return hash({
      preBuild: this.preBuild ? this.preBuildKey() : undefined,
      commit: this.releaseCommit,
      image: job.image,
      context: path.relative(job.root, job.context),
      dockerfile: path.relative(job.root, job.dockerfile),
      platforms: job.platforms.map((p) => p.id),
      buildArgs: job.buildArgs,
      // `created` is the clock's (unless SOURCE_DATE_EPOCH): the same release built again is the same candidate.
      labels: Object.fromEntries(Object.entries(job.labels).filter(([name]) => name !== 'org.opencontainers.image.created')),
      destination,
    });
  }

  /** The candidate an earlier run of this release built, pushed and started, when nothing it depends on changed. */
  candidate(key: string): string | undefined {
    const saved = readJson(path.join(this.dir, 'candidate.json'));
    return saved?.key === key && typeof saved.digest === 'string' ? saved.digest : undefined;
  }

  saveCandidate(key: string, digest: string): void {
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    writeFileSync(path.join(this.dir, 'candidate.json'), `${JSON.stringify({ key, digest })}\n`);
  }

  /** The job built from the pre-built checkout: its context and Dockerfile at the same places in it. */
  rebased(job: ImageJob): ImageJob {
    const inTree = (file: string) => path.join(this.tree, path.relative(job.root, file));
    return { ...job, context: inTree(job.context), dockerfile: inTree(job.dockerfile) };
  }

  /**
   * Runs the pre-build in a checkout of the release commit, once per release: a checkout an earlier
   * run finished with the same commands is used as it is. Returns whether the commands ran.
   */
  async run(git: Git, reporter: Reporter, signal?: AbortSignal): Promise<boolean> {
    const preBuild = this.preBuild;
    if (!preBuild) return false;
    const key = this.preBuildKey();
    const marker = path.join(this.dir, 'prebuild.json');
    if (readJson(marker)?.key === key && existsSync(this.tree)) {
      reporter.info(`pre-build of ${this.job.image}: already ran for the release commit ${this.releaseCommit.slice(0, 12)} (kept in ${path.relative(this.root, this.tree) || this.tree}); not run again`);
      return false;
    }
    // Started over: a checkout a killed run left half pre-built is not trusted.
    rmSync(this.dir, { recursive: true, force: true });
    mkdirSync(this.tree, { recursive: true, mode: 0o700 });
    await git.exportTree(this.releaseCommit, this.tree);
    const cwd = path.join(this.tree, preBuild.dir);
    const deadline = performance.now() + preBuild.timeoutSeconds * 1000;
    await reporter.group(`pre-build of ${this.job.image}`, async () => {
      for (const [i, [bin, ...args]] of preBuild.commands.entries()) {
        const what = `${preBuild.origin}.run[${i}]`;
        const command = [bin, ...args].join(' ');
        if (!bin) throw new UserError(`${what}: is empty`);
        const left = Math.round(deadline - performance.now());
        if (left <= 0) throw new UserError(`${preBuild.origin}: did not finish within ${preBuild.timeoutSeconds} s (preBuild.timeout); stopped before \`${command}\``);
        reporter.info(`$ ${command}   (in ${preBuild.dir})`);
        const started = performance.now();
        let result;
        try {
          result = await exec(bin, args, { cwd, env: preBuildEnv(), timeoutMs: left, onLine: (line) => reporter.info(line), ...(signal ? { signal } : {}) });
        } catch (err) {
          if (err instanceof ToolNotFoundError) throw new UserError(`${what}: ${err.message}`);
          throw err;
        }
        if (result.timedOut) throw new UserError(`${preBuild.origin}: did not finish within ${preBuild.timeoutSeconds} s (preBuild.timeout): \`${command}\` was stopped`);
        if (result.aborted) throw new UserError(`${what}: \`${command}\` was stopped (interrupted)`);
        if (result.code !== 0) throw new UserError(`${what}: \`${command}\` failed (exit ${result.code}): ${lastLines(result, 3)}`);
        reporter.info(`$ ${command}: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      }
    });
    writeFileSync(marker, `${JSON.stringify({ key })}\n`);
    return true;
  }
}
