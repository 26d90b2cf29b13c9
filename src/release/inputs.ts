/**
 * The release's inputs, parsed and checked once, before anything runs: the version it releases
 * (computed from the bump or set, or the one HEAD already is the release commit of), the image and
 * chart jobs (the image and chart commands' own parsers), the smoke settings, git and GitHub.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { parseInputs as parseChartInputs } from '../commands/chart.js';
import { registryCredentials } from '../config/credentials.js';
import { parseInputs as parseImageInputs } from '../commands/image.js';
import { booleanOption, configOverrides, listOption, repositoryRoot, stringOption, type Options } from '../config/options.js';
import { parseInputs as parseSmokeInputs } from '../commands/smoke.js';
import { execute as executeVersion, parseInputs as parseVersionInputs, type VersionInputs } from '../commands/version.js';
import { loadConfig, type ReleaseConfig } from '../config/config.js';
import { UserError } from '../errors.js';
import { resolveInRepo } from '../fs/repo-path.js';
import { refuseDockerBuilder } from '../image/candidate.js';
import { normalizeReference } from '../oci/index.js';
import type { Reporter } from '../report/reporter.js';
import { Git } from '../tools/git.js';
import { expectedVersions } from '../version/drift.js';
import { quote } from '../version/semver.js';
import { GITHUB_MODES, PHASES, type GitHubSettings, type NotesSource, type Phase, type ReleaseImage, type ReleaseInputs } from './types.js';

/** The subject of the release commit: HEAD carrying it means the release got past the git step here. */
export function releaseCommitSubject(tag: string): string {
  return `release ${tag}`;
}

/** Who makes the release commit and tag on a runner's fresh checkout (no user configured). */
export const BOT_IDENTITY = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };

const TAG_PREFIX = /^[A-Za-z0-9._-]{0,20}$/;

/** Lines a nested command says while the release computes something with it: kept quiet. */
const quiet: Reporter = { info: () => undefined, warning: () => undefined, error: () => undefined, debug: () => undefined, group: (_name, fn) => fn(), secret: () => undefined };

function oneOf<T extends string>(options: Options, name: string, choices: readonly T[], fallback: T): T {
  const value = stringOption(options, name) ?? fallback;
  if (!(choices as readonly string[]).includes(value)) throw new UserError(`input ${name}: ${quote(value)} is not one of ${choices.join(', ')}`);
  return value as T;
}

/** `false`, `none` or `off`: the input turns the part off. */
function isOff(value: string | undefined): boolean {
  return value !== undefined && /^(false|none|off)$/i.test(value);
}

/** The version this release publishes, and whether HEAD already is its release commit (a resumed run). */
async function releaseVersion(options: Options, root: string, config: ReleaseConfig, tagPrefix: string, git: Git): Promise<{ version: string; previous: string; chart: string; versionJob: VersionInputs; headIsReleaseCommit: boolean }> {
  const current = expectedVersions(config);
  const selection: Options = { 'working-directory': root, config: options.config, chart: options.chart, 'chart-versioning': options['chart-versioning'], images: options.images };
  const head = git.headCommit();
  const subject = head ? (await git.commitInfo('HEAD')).subject : undefined;
  // A run that got past the git step here left HEAD on the release commit of the current version:
  // bumping again would start another release; this one is finished instead.
  const setInput = stringOption(options, 'set');
  const independent = config.chart?.versioning === 'independent';
  if (subject === releaseCommitSubject(`${tagPrefix}${current.app}`) && (!setInput || setInput.replace(/^v/, '') === current.app)) {
    const versionJob = parseVersionInputs({ ...selection, set: current.app, ...(independent ? { 'chart-version': current.chart } : {}) });
    return { version: current.app, previous: current.app, chart: current.chart, versionJob, headIsReleaseCommit: true };
  }
  const asked = parseVersionInputs({ ...selection, bump: options.bump, preid: options.preid, set: options.set, 'chart-version': options['chart-version'], 'allow-downgrade': options['allow-downgrade'] });
  const planned = await executeVersion({ ...asked, dryRun: true }, quiet);
  const version = planned.outputs.version as string;
  const chart = planned.outputs['chart-version'] as string;
  // The version step sets exactly what was computed here, so a bump is not applied twice.
  const versionJob: VersionInputs = { ...asked, request: { set: version }, ...(independent ? { chartVersion: chart } : {}) };
  return { version, previous: current.app, chart, versionJob, headIsReleaseCommit: false };
}

function imageInputs(options: Options, root: string, config: ReleaseConfig, version: string, credentials: Options): Options {
  return {
    'working-directory': root, config: options.config, images: options.images,
    image: stringOption(options, 'image') ?? config.images[0]?.name,
    context: options.context, dockerfile: options.dockerfile, platforms: options.platforms, 'build-args': options['build-args'],
    builder: options.builder, cache: options.cache, 'verify-timeout': options['verify-timeout'], 'plain-http': options['plain-http'],
    version, push: true, verify: true, ...credentials,
  };
}

async function parseImage(options: Options, root: string, config: ReleaseConfig, version: string, credentials: Options, reporter: Reporter): Promise<ReleaseImage | undefined> {
  const input = stringOption(options, 'image');
  if (isOff(input)) return undefined;
  if (!input && !config.images[0]) return undefined; // nothing configured: a release without an image (a GitHub Action, a library)
  let destination: ReleaseImage['destination'] = { kind: 'registry' };
  let name = input;
  if (input?.startsWith('oci-layout://')) {
    const dir = input.slice('oci-layout://'.length);
    if (!dir) throw new UserError(`input image: ${quote(input)} has no path`);
    destination = { kind: 'layout', dir: path.resolve(root, dir) };
    // The image keeps its configured name (its labels, the smoke methods' files); only its bytes go to the layout.
    name = config.images[0]?.name ?? `localhost/${path.basename(root).toLowerCase().replace(/[^a-z0-9._-]/g, '-')}`;
  }
  const layout = destination.kind === 'layout';
  const parsed = await parseImageInputs({ ...imageInputs({ ...options, image: name }, root, config, version, layout ? {} : credentials), ...(layout ? { push: false } : {}) }, reporter);
  // Into a layout the image is "pushed" too (its registry name is only a name): parsed as a build, then sent there.
  const job = layout ? { ...parsed, output: 'push' as const } : parsed;
  refuseDockerBuilder(job.requestedBuilder);
  if (destination.kind === 'layout' && job.requestedBuilder === 'buildx') throw new UserError('input builder: an OCI image layout destination needs buildah (buildx pushes to a registry)');
  return { job, destination };
}

function parseGitHub(options: Options, root: string, config: ReleaseConfig, dryRun: boolean, reporter: Reporter): GitHubSettings {
  const mode = oneOf(options, 'github-release', GITHUB_MODES, 'create');
  const [envOwner, envRepo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
  const repository = stringOption(options, 'repository');
  let owner = envOwner ?? '';
  let repo = envRepo ?? '';
  if (repository) {
    const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository);
    if (!match) throw new UserError(`input repository: ${quote(repository)} is not OWNER/REPO`);
    [owner, repo] = [match[1] as string, match[2] as string];
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
  const notesInput = stringOption(options, 'release-notes') ?? 'generated';
  let notes: NotesSource;
  if (notesInput === 'generated') notes = { kind: 'generated', configurationFile: stringOption(options, 'release-notes-config') };
  else if (notesInput === 'none') notes = { kind: 'none' };
  else {
    const file = resolveInRepo(root, notesInput, 'input release-notes');
    if (!existsSync(file) || !statSync(file).isFile()) throw new UserError(`input release-notes: ${notesInput} is not a file (or generated, or none)`);
    notes = { kind: 'file', path: notesInput, text: readFileSync(file, 'utf8') };
  }
  const apiUrl = stringOption(options, 'github-api-url') ?? process.env.GITHUB_API_URL ?? 'https://api.github.com';
  try {
    if (new URL(apiUrl).protocol !== 'https:' && !/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(apiUrl)) throw new Error('not https');
  } catch {
    throw new UserError(`input github-api-url: ${quote(apiUrl)} is not an https URL`);
  }
  return { mode, owner, repo, token, apiUrl, notes };
}

/** `NAME@sha256:...` of the image being released. */
function parseCandidateImage(value: string, image: ReleaseImage | undefined): string {
  if (!image) throw new UserError('input candidate-image: this release has no image');
  let reference;
  try {
    reference = normalizeReference(value).reference;
  } catch (err) {
    throw new UserError(`input candidate-image: ${(err as Error).message}`);
  }
  if (!reference.digest || reference.tag) throw new UserError(`input candidate-image: ${quote(value)} must be NAME@sha256:DIGEST (the candidate job's image-ref output)`);
  const name = `${reference.registry}/${reference.repository}`;
  if (name !== image.job.image) throw new UserError(`input candidate-image: ${name} is not the image released here (${image.job.image})`);
  return reference.digest;
}

/** Parses every input; refuses bad ones by name before anything runs. */
export async function parseReleaseInputs(raw: Options, reporter: Reporter): Promise<ReleaseInputs> {
  // chart: false turns the chart off; it is not a chart directory for the configuration.
  const options: Options = isOff(stringOption(raw, 'chart')) ? { ...raw, chart: undefined, 'no-chart': true } : raw;
  const root = repositoryRoot(options);
  const config = loadConfig(root, configOverrides(options));
  const phase: Phase = oneOf(options, 'phase', PHASES, 'all');
  const dryRun = booleanOption(options, 'dry-run');
  const tagPrefix = stringOption(options, 'tag-prefix') ?? 'v';
  if (!TAG_PREFIX.test(tagPrefix)) throw new UserError(`input tag-prefix: ${quote(tagPrefix)} may hold letters, digits, . _ - only`);

  const git = new Git(root);
  if (!git.headCommit()) throw new UserError(`input working-directory: ${root} is not a git checkout with a commit (the release commits and tags there)`);
  const branch = await git.currentBranch();
  if (!branch) throw new UserError('the checkout is on a detached HEAD: check out the branch to release (actions/checkout does for a workflow_dispatch run)');

  const { version, previous, chart: chartVersion, versionJob, headIsReleaseCommit } = await releaseVersion(options, root, config, tagPrefix, git);
  const tag = `${tagPrefix}${version}`;

  // One read of the registry password (stdin can be read once), shared by the image and the chart.
  const credentials = await registryCredentials(options, reporter);
  const credentialOptions: Options = credentials ? { username: credentials.username, password: credentials.password } : {};
  const image = await parseImage(options, root, config, version, credentialOptions, reporter);

  const chartInput = stringOption(options, 'chart');
  const chart = options['no-chart'] || !config.chart
    ? undefined
    : await parseChartInputs({
      'working-directory': root, config: options.config, chart: chartInput, images: options.images,
      registry: stringOption(options, 'chart-registry'), 'chart-version': chartVersion, 'app-version': version,
      values: options.values, 'skip-policies': options['skip-policies'], helm: options.helm, 'plain-http': options['plain-http'],
      'dry-run': dryRun, ...credentialOptions,
    }, reporter);

  let smoke: ReleaseInputs['smoke'];
  const methods = listOption(options, 'smoke-methods') ?? [];
  if (methods.some((m) => isOff(m))) {
    // Only a chart released without its image may go untested (nothing here could deploy it).
    if (image) throw new UserError('input smoke-methods: a release with an image is smoke-tested; leave smoke-methods empty for every method this repository documents');
    if (chart) reporter.warning('input smoke-methods: none: the chart is published without a deployment test (this release has no image to deploy it with)');
  } else if (image || chart) {
    // The smoke command's own parser checks the methods now; the candidate is filled in once built.
    smoke = await parseSmokeInputs({
      'working-directory': root, config: options.config, methods: methods.length ? methods.join(',') : undefined,
      provider: options['smoke-provider'], parallel: options['smoke-parallel'], timeout: options['smoke-timeout'],
      'image-map': options['smoke-image-map'], 'qdrant-image': options['smoke-qdrant-image'], 'probe-image': options['smoke-probe-image'],
      'kind-node-image': options['kind-node-image'], 'diagnostics-dir': options['diagnostics-dir'], version,
      ...(image ? { image: `${image.job.image}:${version}` } : {}),
    });
  }

  let candidate: ReleaseInputs['candidate'];
  const candidateImage = stringOption(options, 'candidate-image');
  const candidateChart = stringOption(options, 'candidate-chart');
  if (phase === 'publish') {
    if (image && !candidateImage) throw new UserError('input candidate-image: required with phase publish (the candidate job\'s image-ref output)');
    if (chart && !candidateChart) throw new UserError('input candidate-chart: required with phase publish (the chart package the candidate job handed over)');
    candidate = {
      ...(candidateImage ? { image: parseCandidateImage(candidateImage, image) } : {}),
      ...(candidateChart ? { chartPackage: candidatePackage(root, candidateChart) } : {}),
    };
  } else if (candidateImage || candidateChart) {
    throw new UserError(`input ${candidateImage ? 'candidate-image' : 'candidate-chart'}: only with phase publish`);
  }

  const buildCommand = stringOption(options, 'build-command')?.split(/\s+/).filter(Boolean);
  const configured = { name: git.configValue('user.name'), email: git.configValue('user.email') };
  return {
    root, version, previousVersion: previous, chartVersion: chart ? chartVersion : undefined, tag,
    prerelease: semver.prerelease(version) !== null,
    versionJob, headIsReleaseCommit, phase, dryRun, image, chart, smoke, candidate,
    git: {
      remote: stringOption(options, 'git-remote') ?? 'origin',
      branch,
      movingMajorTag: booleanOption(options, 'moving-major-tag'),
      ...(configured.name && configured.email ? {} : { identity: BOT_IDENTITY }),
    },
    github: parseGitHub(options, root, config, dryRun, reporter),
    buildCommand: buildCommand?.length ? buildCommand : undefined,
  };
}

/** The handed-over chart package: a .tgz file (a workflow artifact, downloaded anywhere on the runner). */
function candidatePackage(root: string, input: string): string {
  const file = path.resolve(root, input);
  if (!file.endsWith('.tgz') || !existsSync(file) || !statSync(file).isFile()) throw new UserError(`input candidate-chart: ${input} is not a chart package (.tgz)`);
  return file;
}
