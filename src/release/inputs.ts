/**
 * The release's inputs, parsed and checked once, before anything runs: the version it releases
 * (computed from the bump or set, or the one HEAD already is the release commit of), the image,
 * chart and smoke jobs (each step folder's own parser, with what the release decides for them),
 * git and GitHub.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { parseInputs as parseChartInputs } from '../chart/inputs.js';
import { loadConfig, type ImageConfig, type ReleaseConfig } from '../config/config.js';
import { registryCredentials } from '../config/credentials.js';
import { defaultChangelog, type NotesPart, type ReleaseHook } from '../config/release-settings.js';
import { booleanOption, boundedNumber, configOverrides, listOption, repositoryRoot, stringOption, withDefaults, type Options } from '../config/options.js';
import { UserError } from '../errors.js';
import { parseApiUrl } from '../github/client.js';
import { readRepoText } from '../fs/read.js';
import { resolveInRepo } from '../fs/repo-path.js';
import { refuseDockerBuilder } from '../image/candidate.js';
import { parseBuildArgs, parseInputs as parseImageInputs } from '../image/inputs.js';
import { normalizeReference, type Credentials } from '../oci/index.js';
import type { Reporter } from '../report/reporter.js';
import { parseInputs as parseSmokeInputs } from '../smoke/inputs.js';
import { Git } from '../tools/git.js';
import { localHost, type Host } from '../tools/host.js';
import { applyVersion } from '../version/apply.js';
import type { NotesSource } from './changelog.js';
import { pushedTag, refuseDowngrade, releaseBranch, tagCommit, tagVersion, type Trigger } from './trigger.js';
import { expectedVersions } from '../version/drift.js';
import { parseChartVersion, parseVersionRequest, type VersionJob } from '../version/inputs.js';
import { gitTagProblem, parseReleaseVersion, quote, shown } from '../version/semver.js';
import type { DiscoveredImage } from '../version/scan.js';
import { putBackLeftovers } from './leftovers.js';
import { parseReleaseNpm } from './npm-inputs.js';
import { GITHUB_MODES, PHASES, type DispatchRequest, type DispatchSettings, type GitHubSettings, type HandedCandidate, type Phase, type ReleaseImage, type ReleaseInputs } from './types.js';

/** The subject of the release commit: HEAD carrying it means the release got past the git step here. */
export function releaseCommitSubject(tag: string): string {
  return `release ${tag}`;
}

/** Who makes the release commit and tag on a runner's fresh checkout (no user configured). */
export const BOT_IDENTITY = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };

const TAG_PREFIX = /^[A-Za-z0-9._-]{0,20}$/;

/** Lines a nested step says while the release computes something with it: kept quiet. */
const quiet: Reporter = { info: () => undefined, warning: () => undefined, error: () => undefined, debug: () => undefined, group: (_name, fn) => fn(), secret: () => undefined };

function oneOf<T extends string>(options: Options, name: string, choices: readonly T[]): T {
  const value = stringOption(options, name) ?? '';
  if (!(choices as readonly string[]).includes(value)) throw new UserError(`input ${name}: ${quote(value)} is not one of ${choices.join(', ')}`);
  return value as T;
}

/** `false`, `none` or `off`: the input turns the part off. */
function isOff(value: string | undefined): boolean {
  return value !== undefined && /^(false|none|off)$/i.test(value);
}

interface PlannedVersion {
  version: string;
  previous: string;
  chart: string;
  versionJob: VersionJob;
  headIsReleaseCommit: boolean;
  trigger: Trigger;
  /** Images values.yaml pins at the release version that no setting names (the version scan found them). */
  discovered: DiscoveredImage[];
}

/** The version job that writes exactly `version` (a bump is computed once, when the release is planned). */
function exactly(config: ReleaseConfig, version: string, chart: string): VersionJob {
  // The configuration's notices were said when the release read it: the version step does not say them again.
  return { config: { ...config, notices: [] }, request: { set: version }, ...(config.chart?.versioning === 'independent' ? { chartVersion: chart } : {}), allowDowngrade: true, dryRun: false };
}

/**
 * The version of a pushed tag, and whether the tree at the tag already holds it everywhere (then
 * its commit is the release commit), planned with every file the version step would edit read now.
 */
async function tagReleaseVersion(options: Options, config: ReleaseConfig, tagPrefix: string, git: Git, pushed: { tag: string; source: string }): Promise<PlannedVersion> {
  const version = tagVersion(pushed.tag, tagPrefix, pushed.source);
  const { commit, atReleaseCommit } = await tagCommit(git, pushed.tag, pushed.source, releaseCommitSubject(pushed.tag));
  const current = expectedVersions(config);
  refuseDowngrade(version, current.app, pushed.source, booleanOption(options, 'allow-downgrade'));
  const request = { set: version };
  const planned = await applyVersion({ config, request, chartVersion: parseChartVersion(options, config, request), allowDowngrade: true, dryRun: true }, quiet);
  // At the release commit an earlier run made, the tree holds the version because of that commit, not the tag.
  const holdsVersion = !atReleaseCommit && planned.changedFiles.length === 0;
  return {
    version, previous: current.app, chart: planned.versions.chart, versionJob: exactly(config, version, planned.versions.chart), headIsReleaseCommit: atReleaseCommit,
    trigger: { kind: 'tag', tag: pushed.tag, source: pushed.source, commit, holdsVersion },
    discovered: planned.discoveredImages,
  };
}

/** The version this release publishes, and whether HEAD already is its release commit (a resumed run). */
async function releaseVersion(options: Options, config: ReleaseConfig, tagPrefix: string, git: Git, reporter: Reporter): Promise<PlannedVersion> {
  const current = expectedVersions(config);
  const head = git.headCommit();
  const subject = head ? (await git.commitInfo('HEAD')).subject : undefined;
  const setInput = stringOption(options, 'set');
  // The version step writes exactly what was decided here (a downgrade was allowed, or refused, when it was decided).
  // HEAD is the release commit of the current version (a run got past the git step here, or a
  // re-run job checked out the branch it pushed): that release is finished, not another one begun,
  // also when a bump is asked for (the same button pressed again) - and the run says so.
  if (subject === releaseCommitSubject(`${tagPrefix}${current.app}`)) {
    const bumpInput = stringOption(options, 'bump');
    if (bumpInput) {
      reporter.warning(`input bump: HEAD is the release commit of ${tagPrefix}${current.app} (${head?.slice(0, 12)}), so this run finishes that release and releases nothing new; to release the next version, commit on top of it, or pass input set with that version`);
    }
    if (!setInput || setInput.replace(/^v/, '') === current.app) {
      const scan = await applyVersion({ ...exactly(config, current.app, current.chart), dryRun: true }, quiet);
      return { version: current.app, previous: current.app, chart: current.chart, versionJob: exactly(config, current.app, current.chart), headIsReleaseCommit: true, trigger: { kind: 'dispatch' }, discovered: scan.discoveredImages };
    }
  }
  const request = parseVersionRequest(options);
  const asked: VersionJob = { config, request, chartVersion: parseChartVersion(options, config, request), allowDowngrade: booleanOption(options, 'allow-downgrade'), dryRun: true };
  // Computed once, with every file it would edit read and checked now (a dry run of the version step).
  const planned = await applyVersion(asked, quiet);
  // The version step sets exactly what was computed here, so a bump is not applied twice.
  return { version: planned.versions.app, previous: current.app, chart: planned.versions.chart, versionJob: exactly(config, planned.versions.app, planned.versions.chart), headIsReleaseCommit: false, trigger: { kind: 'dispatch' }, discovered: planned.discoveredImages };
}

/** The smoke command's inputs as the release takes them (`methods` is the release's `smoke-methods`). */
const SMOKE_INPUTS: Record<string, string> = {
  methods: 'smoke-methods', provider: 'smoke-provider', parallel: 'smoke-parallel', timeout: 'smoke-timeout',
  'image-map': 'smoke-image-map', 'qdrant-image': 'smoke-qdrant-image', 'probe-image': 'smoke-probe-image',
};

/**
 * Runs a step folder's parser on inputs the release forwards under other names, so that its
 * refusals name the input the user gave (`input smoke-methods`, not `input methods`).
 */
function forwarded<T>(names: Record<string, string>, chartOnly: boolean, parse: () => T): T {
  try {
    return parse();
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    const renamed = err.problems.map((problem) => {
      const match = /^input ([a-z-]+)(?=:)/.exec(problem);
      const name = match?.[1] && names[match[1]];
      const named = name ? `input ${name}${problem.slice(match[0].length)}` : problem;
      // A chart released without an image, in a repository whose methods need one: the way out is no smoke test.
      return chartOnly && name === 'smoke-methods' ? `${named}; a chart released without its image may pass input smoke-methods none` : named;
    });
    throw new UserError(renamed, { cause: err });
  }
}

/** The build inputs given on the command line or in the workflow (not the spec's defaults). */
function given(raw: Options, name: string): boolean {
  return stringOption(raw, name) !== undefined;
}

/** Is `relative` a directory (context) or file (Dockerfile) of the repository? Refused naming the setting. */
function checkBuildPath(root: string, relative: string, kind: 'directory' | 'file', what: string): void {
  const absolute = path.join(root, relative);
  const ok = existsSync(absolute) && (kind === 'directory' ? statSync(absolute).isDirectory() : statSync(absolute).isFile());
  if (!ok) throw new UserError(`${what}: ${relative} ${kind === 'directory' ? 'is not a directory' : 'not found'}`);
}

/**
 * One image's options for the image folder's parser: the inputs given win, then the image's own
 * settings in the file, then the spec's defaults. Build arguments merge by name (inputs last).
 */
function imageOptions(options: Options, raw: Options, config: ReleaseConfig, image: ImageConfig | undefined): Options {
  const build = image?.build ?? {};
  if (build.context && !given(raw, 'context')) checkBuildPath(config.root, build.context, 'directory', `${image?.origin}.context`);
  if (build.dockerfile && !given(raw, 'dockerfile')) checkBuildPath(config.root, build.dockerfile, 'file', `${image?.origin}.dockerfile`);
  const args = new Map(build.buildArgs ?? []);
  for (const [name, value] of parseBuildArgs(stringOption(raw, 'build-args'))) args.set(name, value);
  return {
    ...options,
    context: given(raw, 'context') ? options.context : (build.context ?? options.context),
    dockerfile: given(raw, 'dockerfile') ? options.dockerfile : build.dockerfile,
    platforms: given(raw, 'platforms') ? options.platforms : (build.platforms?.join(',') ?? options.platforms),
    'build-args': args.size ? [...args].map(([name, value]) => `${name}=${value}`).join('\n') : undefined,
  };
}

/** The last part of an image's name, as a folder name (one layout per image under oci-layout://DIR). */
function layoutFolder(name: string): string {
  return name.slice(name.lastIndexOf('/') + 1);
}

/**
 * The images released: the one `image` names, or every configured image (the default
 * ghcr.io/<owner>/<repo> when none is), each with its build settings; none with `image: false`.
 */
async function parseImages(options: Options, raw: Options, config: ReleaseConfig, version: string, credentials: Credentials | undefined, reporter: Reporter, host: Host): Promise<ReleaseImage[]> {
  const input = stringOption(options, 'image');
  if (isOff(input)) return [];
  const layout = input?.startsWith('oci-layout://') ? input.slice('oci-layout://'.length) : undefined;
  if (layout === '') throw new UserError(`input image: ${quote(input ?? '')} has no path`);

  let selected: ImageConfig[];
  if (input && layout === undefined) {
    // One image by name: the file's settings when the file declares it.
    selected = [config.images.find((img) => img.name === input) ?? { name: input, origin: 'input image', explicit: true }];
  } else if (layout !== undefined) {
    // A local release into OCI layouts: the images the `images` input names, else the first configured one, keeping their names (labels, the smoke methods' files).
    const fallback = `localhost/${path.basename(config.root).toLowerCase().replace(/[^a-z0-9._-]/g, '-')}`;
    selected = given(raw, 'images') ? config.images : [config.images[0] ?? { name: fallback, origin: 'input image', explicit: true }];
  } else {
    if (config.images.length === 0 && config.noDefaultImage) {
      throw new UserError(`input image: ${config.noDefaultImage}: name the images under images: in ${config.configFile ?? 'dot-ai-release.yaml'} (or pass input image), or input image false for a release without one`);
    }
    selected = config.images; // none configured at all (images: []): a release without an image (a GitHub Action, a library)
  }
  if (selected.length > 1) {
    for (const name of ['context', 'dockerfile']) {
      if (given(raw, name)) throw new UserError(`input ${name}: this release builds ${selected.length} images (${selected.map((i) => i.name).join(', ')}): set each one's ${name} under images: in ${config.configFile ?? 'dot-ai-release.yaml'}, or release one with image`);
    }
  }

  const images: ReleaseImage[] = [];
  for (const image of selected) {
    const perImage = imageOptions(options, raw, config, image);
    // The server is the first configured image, or one the configuration does not know (named by input image);
    // a configured image after it (the plugin) released alone is not: the smoke runs deploy it beside the server.
    const server = image === config.images[0] || !config.images.includes(image);
    if (layout !== undefined) {
      const job = await parseImageInputs(perImage, reporter, { config, image: image.name, version, output: 'push', verify: true, credentials: null, host });
      refuseDockerBuilder(job.requestedBuilder);
      if (job.requestedBuilder === 'buildx') throw new UserError('input builder: an OCI image layout destination needs buildah (buildx pushes to a registry)');
      const dir = path.resolve(config.root, selected.length > 1 ? path.join(layout, layoutFolder(image.name)) : layout);
      images.push({ job, destination: { kind: 'layout', dir }, origin: image.origin, server, ...(image.build?.preBuild ? { preBuild: image.build.preBuild } : {}) });
      continue;
    }
    const job = await parseImageInputs(perImage, reporter, { config, image: image.name, version, output: 'push', verify: true, host, ...(credentials ? { credentials } : {}) });
    refuseDockerBuilder(job.requestedBuilder);
    images.push({ job, destination: { kind: 'registry' }, origin: image.origin, server, ...(image.build?.preBuild ? { preBuild: image.build.preBuild } : {}) });
  }
  const names = images.map((i) => i.job.image);
  const twice = names.find((name, i) => names.indexOf(name) !== i);
  if (twice) throw new UserError(`input images: ${twice} is released twice`);
  return images;
}

function parseGitHub(options: Options, config: ReleaseConfig, dryRun: boolean, reporter: Reporter): GitHubSettings {
  const mode = oneOf(options, 'github-release', GITHUB_MODES);
  const [envOwner, envRepo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
  const repository = stringOption(options, 'repository');
  let owner = envOwner ?? '';
  let repo = envRepo ?? '';
  if (repository) {
    const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository);
    if (!match?.[1] || !match[2]) throw new UserError(`input repository: ${quote(repository)} is not OWNER/REPO`);
    [owner, repo] = [match[1], match[2]];
  } else if (!owner || !repo) {
    owner = config.repository?.owner ?? '';
    repo = config.repository?.repo ?? '';
  }
  const token = stringOption(options, 'github-token') ?? process.env.GITHUB_TOKEN;
  if (token) reporter.secret(token);
  if (mode === 'create') {
    if (!owner || !repo) throw new UserError('input repository: the GitHub repository to release in is unknown (no GITHUB_REPOSITORY, no github.com remote); pass OWNER/REPO, or github-release: print');
    if (!token && !dryRun) throw new UserError("input github-token: required to create the GitHub release (on Actions the job's GITHUB_TOKEN is the default); or github-release: print / skip");
  }
  const notes = parseNotesSources(options, config);
  const apiInput = stringOption(options, 'github-api-url');
  const apiUrl = parseApiUrl(apiInput ?? process.env.GITHUB_API_URL ?? 'https://api.github.com', apiInput ? 'input github-api-url' : 'GITHUB_API_URL');
  return { mode, owner, repo, token, apiUrl, notes };
}

/**
 * The build-command input: one afterVersion hook that may change any file (the short form for a
 * committed bundle, `npm run build`; hooks in dot-ai-release.yaml name the files they change).
 */
function buildCommandHook(command: string): ReleaseHook {
  return { origin: 'input build-command', argv: command.split(/\s+/).filter(Boolean), timeoutMs: 20 * 60_000, env: {} };
}

/**
 * Where the notes come from: the release-notes input (generated, none, changelog, a list of
 * generated and changelog, or a Markdown file), else `notes:` in dot-ai-release.yaml, else
 * GitHub's generated notes.
 */
function parseNotesSources(options: Options, config: ReleaseConfig): NotesSource[] {
  const input = stringOption(options, 'release-notes');
  const configurationFile = stringOption(options, 'release-notes-config');
  const changelogFile = config.notes?.file ?? defaultChangelog(config.root);
  const source = (part: NotesPart): NotesSource => (part === 'generated' ? { kind: 'generated', ...(configurationFile ? { configurationFile } : {}) } : { kind: 'changelog', file: changelogFile });
  if (input === undefined) return (config.notes?.from ?? ['generated']).map(source);
  if (input === 'none') return [];
  const parts = input.split(/[,\n]/).map((p) => p.trim()).filter(Boolean);
  if (parts.every((p) => p === 'generated' || p === 'changelog')) {
    if (new Set(parts).size !== parts.length) throw new UserError(`input release-notes: ${quote(input)} names a source twice`);
    return parts.map((p) => source(p as NotesPart));
  }
  if (parts.length > 1) throw new UserError(`input release-notes: ${quote(input)}: a list may hold generated and changelog only (or give one Markdown file)`);
  const file = resolveInRepo(config.root, input, 'input release-notes');
  if (!existsSync(file) || !statSync(file).isFile()) throw new UserError(`input release-notes: ${input} is not a file (or generated, changelog, none)`);
  return [{ kind: 'file', path: input, text: readRepoText(config.root, input, 'input release-notes') }];
}

/**
 * The events to send and each one's token: the target's tokenEnv, else the dispatch-token input,
 * else (the release's own repository only) the GitHub token. Every token is masked at once. A
 * token missing where an event will be sent is refused now, before anything is built.
 */
function parseDispatchRequests(options: Options, config: ReleaseConfig, github: GitHubSettings, dryRun: boolean, reporter: Reporter): DispatchSettings {
  const shared = stringOption(options, 'dispatch-token');
  if (shared) reporter.secret(shared);
  const sending = github.mode === 'create' && !dryRun;
  const targets = config.dispatch.map((target): DispatchRequest => {
    const own = target.owner.toLowerCase() === github.owner.toLowerCase() && target.repo.toLowerCase() === github.repo.toLowerCase();
    const token = target.tokenEnv ? process.env[target.tokenEnv] || undefined : (shared ?? (own ? github.token : undefined));
    if (token) reporter.secret(token);
    if (!token && sending) {
      if (target.tokenEnv) throw new UserError(`${target.origin}.tokenEnv: ${target.tokenEnv} is not set; it holds the token that sends ${target.event} to ${target.owner}/${target.repo}`);
      throw new UserError(`input dispatch-token: required to send ${target.event} to ${target.owner}/${target.repo} (${target.origin}): the job's GITHUB_TOKEN reaches only the repository the job runs in; pass a token that can (e.g. \${{ secrets.DISPATCH_TOKEN }}), or name a variable in tokenEnv`);
    }
    return { ...target, ...(token ? { token } : {}) };
  });
  return { targets, redispatch: booleanOption(options, 'redispatch') };
}

/** `NAME@sha256:...` of each image being released (the candidate job's image-ref, or its images output): digests by name. */
function parseCandidateImages(value: string, images: ReleaseImage[]): Map<string, string> {
  if (images.length === 0) throw new UserError('input candidate-image: this release has no image');
  const digests = new Map<string, string>();
  for (const entry of value.split(/[,\n]/).map((e) => e.trim()).filter(Boolean)) {
    let reference;
    try {
      reference = normalizeReference(entry).reference;
    } catch (err) {
      throw new UserError(`input candidate-image: ${(err as Error).message}`);
    }
    if (!reference.digest || reference.tag) throw new UserError(`input candidate-image: ${quote(entry)} must be NAME@sha256:DIGEST (the candidate job's image-ref output)`);
    const name = `${reference.registry}/${reference.repository}`;
    if (!images.some((i) => i.job.image === name)) throw new UserError(`input candidate-image: ${name} is not an image released here (${images.map((i) => i.job.image).join(', ')})`);
    if (digests.has(name)) throw new UserError(`input candidate-image: ${name} is given twice`);
    digests.set(name, reference.digest);
  }
  const missing = images.filter((i) => !digests.has(i.job.image)).map((i) => i.job.image);
  if (missing.length) throw new UserError(`input candidate-image: no candidate of ${missing.join(', ')} (give NAME@DIGEST of every image, the candidate job's images output)`);
  return digests;
}

/** The handed-over chart package: a .tgz file (a workflow artifact, downloaded anywhere on the runner). */
function candidatePackage(root: string, input: string): string {
  const file = path.resolve(root, input);
  if (!file.endsWith('.tgz') || !existsSync(file) || !statSync(file).isFile()) throw new UserError(`input candidate-chart: ${input} is not a chart package (.tgz)`);
  return file;
}

/**
 * A notes-only run: the version whose GitHub release gets its notes made again (set, or the pushed
 * tag), and GitHub; nothing else is parsed, since nothing else is published.
 */
async function notesOnlyInputs(
  options: Options, config: ReleaseConfig,
  base: { root: string; phase: Phase; dryRun: boolean; tagPrefix: string; git: Git; pushed: { tag: string; source: string } | undefined },
  reporter: Reporter,
): Promise<ReleaseInputs> {
  const { root, phase, dryRun, tagPrefix, git, pushed } = base;
  if (stringOption(options, 'bump')) throw new UserError('input notes-only: changes the notes of a release that exists: give its version (set, or the pushed tag), not bump');
  if (phase !== 'all') throw new UserError(`input notes-only: only with phase all, not ${phase}`);
  const setInput = stringOption(options, 'set');
  let version: string;
  if (pushed) version = tagVersion(pushed.tag, tagPrefix, pushed.source);
  else if (setInput) version = parseReleaseVersion(setInput, 'input set');
  else throw new UserError('input notes-only: give the version whose notes to update (set 1.2.3, or the pushed tag)');
  const github = parseGitHub(options, config, dryRun, reporter);
  if (github.mode === 'skip') throw new UserError('input notes-only: updates the notes of the GitHub release, and github-release is skip: nothing would be done (create, or print)');
  return {
    root, version, previousVersion: version, tagPrefix, tag: `${tagPrefix}${version}`, prerelease: semver.prerelease(version) !== null,
    versionJob: exactly(config, version, version), headIsReleaseCommit: false, trigger: { kind: 'dispatch' }, phase, dryRun, notesOnly: true, images: [], handed: { images: new Map() },
    git: { remote: stringOption(options, 'git-remote') ?? 'origin', branch: (await git.currentBranch()) ?? 'HEAD', movingMajorTag: false, identity: BOT_IDENTITY },
    github,
    hooks: { afterVersion: [] },
    dispatch: { targets: [], redispatch: false },
  };
}

/** Parses every input; refuses bad ones by name before anything runs. */
export async function parseReleaseInputs(raw: Options, reporter: Reporter, host: Host = localHost()): Promise<ReleaseInputs> {
  // chart: false turns the chart off; it is not a chart directory for the configuration.
  const chartOff = isOff(stringOption(raw, 'chart'));
  const options = withDefaults('release', chartOff ? { ...raw, chart: undefined } : raw);
  const root = repositoryRoot(options);
  const config = loadConfig(root, configOverrides(options));
  for (const notice of config.notices) reporter.warning(notice);
  const phase: Phase = oneOf(options, 'phase', PHASES);
  const dryRun = booleanOption(options, 'dry-run');
  const tagPrefix = stringOption(options, 'tag-prefix') ?? '';
  if (!TAG_PREFIX.test(tagPrefix)) throw new UserError(`input tag-prefix: ${quote(tagPrefix)} may hold letters, digits, . _ - only`);

  const git = new Git(root);
  const head = git.headCommit();
  if (!head) throw new UserError(`input working-directory: ${root} is not a git checkout with a commit (the release commits and tags there)`);
  // Started by a pushed tag (GITHUB_REF or from-tag), or dispatched (bump or set) from a branch.
  const pushed = pushedTag(options, process.env);
  if (booleanOption(options, 'notes-only')) return notesOnlyInputs(options, config, { root, phase, dryRun, tagPrefix, git, pushed }, reporter);
  const branch = pushed ? releaseBranch(options, process.env) : await git.currentBranch();
  if (!branch) throw new UserError('the checkout is on a detached HEAD: check out the branch to release (actions/checkout does for a workflow_dispatch run), or release a pushed tag (from-tag)');
  // A release of this checkout killed outright (kill -9) left its version edits: put back before the
  // version is read from the files (preflight refuses anything else left in the tree).
  const changes = await git.changes(true);
  if (changes.length) await putBackLeftovers(git, root, head, changes, reporter);

  const planned = pushed ? await tagReleaseVersion(options, config, tagPrefix, git, pushed) : await releaseVersion(options, config, tagPrefix, git, reporter);
  const { version, previous, chart: chartVersion, versionJob, headIsReleaseCommit, trigger, discovered } = planned;
  const tag = `${tagPrefix}${version}`;
  // The git tag's own rules, before anything is written (the version's were checked when it was read).
  const tagProblem = gitTagProblem(tag);
  if (tagProblem) throw new UserError(`input ${stringOption(options, 'tag-prefix') ? 'tag-prefix' : stringOption(options, 'set') ? 'set' : 'bump'}: the git tag ${shown(tag)} ${tagProblem}`);

  // One read of the registry password (stdin can be read once), shared by the images and the chart.
  const credentials = await registryCredentials(options, reporter);
  const images = await parseImages(options, raw, config, version, credentials, reporter, host);
  // Images values.yaml pins at the release version beside the default one (found, not configured) would be left pointing at nothing.
  const unreleased = discovered.filter((d) => images.length > 0 && !images.some((i) => i.job.image === d.name));
  if (unreleased.length) {
    throw new UserError(`${unreleased.map((d) => `${d.where} pins ${d.name} at the release version`).join('; ')}, but this release does not build it: list every image under images: in ${config.configFile ?? 'dot-ai-release.yaml'} (with its context and Dockerfile)`);
  }

  const chart = chartOff || !config.chart
    ? undefined
    : await parseChartInputs(options, reporter, {
      config, version: chartVersion, appVersion: version,
      registry: { value: stringOption(options, 'chart-registry'), input: 'chart-registry' },
      dryRun, credentials: credentials ?? null,
    });

  let smoke: ReleaseInputs['smoke'];
  const methods = listOption(options, 'smoke-methods') ?? [];
  // Checked here, under the names given (the smoke parser knows them as parallel and timeout).
  const smokeParallel = boundedNumber(options, 'release', 'smoke-parallel');
  const smokeTimeout = boundedNumber(options, 'release', 'smoke-timeout');
  if (methods.some((m) => isOff(m))) {
    // Only a chart released without its image may go untested (nothing here could deploy it).
    if (images.length) throw new UserError('input smoke-methods: a release with an image is smoke-tested; leave smoke-methods empty for every method this repository documents');
    if (chart) reporter.warning('input smoke-methods: none: the chart is published without a deployment test (this release has no image to deploy it with)');
  } else if (images.length || chart) {
    // The smoke job's own parser checks the methods now; the candidates are filled in once built.
    // The server's candidate; a release of the plugin alone deploys it beside the configured server at this version.
    const server = images.find((i) => i.server)?.job.image ?? (images.length ? config.images[0]?.name : undefined);
    smoke = forwarded(SMOKE_INPUTS, images.length === 0, () => parseSmokeInputs({
      'working-directory': root, config: options.config, methods: methods.length ? methods.join(',') : undefined,
      provider: options['smoke-provider'], parallel: smokeParallel?.toString(), timeout: smokeTimeout?.toString(),
      'image-map': options['smoke-image-map'], 'qdrant-image': options['smoke-qdrant-image'], 'probe-image': options['smoke-probe-image'],
      'kind-node-image': options['kind-node-image'], 'diagnostics-dir': options['diagnostics-dir'],
    }, { config, version, ...(server ? { image: `${server}:${version}` } : {}) }));
  }

  const handed: HandedCandidate = { images: new Map() };
  const candidateImage = stringOption(options, 'candidate-image');
  const candidateChart = stringOption(options, 'candidate-chart');
  if (phase === 'publish') {
    if (images.length && !candidateImage) throw new UserError('input candidate-image: required with phase publish (the candidate job\'s image-ref output)');
    if (chart && !candidateChart) throw new UserError('input candidate-chart: required with phase publish (the chart package the candidate job handed over)');
    if (candidateImage) handed.images = parseCandidateImages(candidateImage, images);
    if (candidateChart) handed.chartPackage = candidatePackage(root, candidateChart);
  } else if (candidateImage || candidateChart) {
    throw new UserError(`input ${candidateImage ? 'candidate-image' : 'candidate-chart'}: only with phase publish`);
  }
  const npm = parseReleaseNpm(options, config, { version, dryRun, phase }, reporter);
  if (npm.handedTarball) handed.npmTarball = npm.handedTarball;

  const github = parseGitHub(options, config, dryRun, reporter);
  const buildCommand = stringOption(options, 'build-command');
  const hooks = { afterVersion: [...config.hooks.afterVersion, ...(buildCommand ? [buildCommandHook(buildCommand)] : [])] };
  const configured = { name: git.configValue('user.name'), email: git.configValue('user.email') };
  return {
    root, version, previousVersion: previous, chartVersion: chart ? chartVersion : undefined, tagPrefix, tag,
    prerelease: semver.prerelease(version) !== null,
    versionJob, headIsReleaseCommit, trigger, phase, dryRun, notesOnly: false, images, chart, smoke, handed,
    ...(npm.job ? { npm: npm.job } : { npmOff: npm.off }),
    git: {
      remote: stringOption(options, 'git-remote') ?? 'origin',
      branch,
      movingMajorTag: booleanOption(options, 'moving-major-tag'),
      identity: configured.name && configured.email ? { name: configured.name, email: configured.email } : BOT_IDENTITY,
    },
    github,
    hooks,
    dispatch: parseDispatchRequests(options, config, github, dryRun, reporter),
  };
}
