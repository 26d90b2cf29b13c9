/**
 * The release's inputs, parsed and checked once, before anything runs: the version it releases
 * (computed from the bump or set, or the one HEAD already is the release commit of), the image,
 * chart and smoke jobs (each step folder's own parser, with what the release decides for them),
 * git and GitHub.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { parseInputs as parseChartInputs } from '../chart/inputs.js';
import { loadConfig, type ReleaseConfig } from '../config/config.js';
import { registryCredentials } from '../config/credentials.js';
import { booleanOption, configOverrides, listOption, repositoryRoot, stringOption, withDefaults, type Options } from '../config/options.js';
import { UserError } from '../errors.js';
import { resolveInRepo } from '../fs/repo-path.js';
import { refuseDockerBuilder } from '../image/candidate.js';
import { parseInputs as parseImageInputs } from '../image/inputs.js';
import { normalizeReference, type Credentials } from '../oci/index.js';
import type { Reporter } from '../report/reporter.js';
import { parseInputs as parseSmokeInputs } from '../smoke/inputs.js';
import { Git } from '../tools/git.js';
import { localHost, type Host } from '../tools/host.js';
import { applyVersion } from '../version/apply.js';
import { expectedVersions } from '../version/drift.js';
import { parseChartVersion, parseVersionRequest, type VersionJob } from '../version/inputs.js';
import { quote } from '../version/semver.js';
import { GITHUB_MODES, PHASES, type GitHubSettings, type HandedCandidate, type NotesSource, type Phase, type ReleaseImage, type ReleaseInputs } from './types.js';

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
}

/** The version this release publishes, and whether HEAD already is its release commit (a resumed run). */
async function releaseVersion(options: Options, config: ReleaseConfig, tagPrefix: string, git: Git): Promise<PlannedVersion> {
  const current = expectedVersions(config);
  const head = git.headCommit();
  const subject = head ? (await git.commitInfo('HEAD')).subject : undefined;
  const setInput = stringOption(options, 'set');
  const independent = config.chart?.versioning === 'independent';
  // The version step writes exactly what was decided here (a downgrade was allowed, or refused, when it was decided).
  const exactly = (version: string, chart: string): VersionJob => ({ config, request: { set: version }, ...(independent ? { chartVersion: chart } : {}), allowDowngrade: true, dryRun: false });
  // A run that got past the git step here left HEAD on the release commit of the current version:
  // bumping again would start another release; this one is finished instead.
  if (subject === releaseCommitSubject(`${tagPrefix}${current.app}`) && (!setInput || setInput.replace(/^v/, '') === current.app)) {
    return { version: current.app, previous: current.app, chart: current.chart, versionJob: exactly(current.app, current.chart), headIsReleaseCommit: true };
  }
  const request = parseVersionRequest(options);
  const asked: VersionJob = { config, request, chartVersion: parseChartVersion(options, config, request), allowDowngrade: booleanOption(options, 'allow-downgrade'), dryRun: true };
  // Computed once, with every file it would edit read and checked now (a dry run of the version step).
  const planned = await applyVersion(asked, quiet);
  // The version step sets exactly what was computed here, so a bump is not applied twice.
  return { version: planned.versions.app, previous: current.app, chart: planned.versions.chart, versionJob: exactly(planned.versions.app, planned.versions.chart), headIsReleaseCommit: false };
}

async function parseImage(options: Options, config: ReleaseConfig, version: string, credentials: Credentials | undefined, reporter: Reporter, host: Host): Promise<ReleaseImage | undefined> {
  const input = stringOption(options, 'image');
  if (isOff(input)) return undefined;
  if (!input && !config.images[0]) return undefined; // nothing configured: a release without an image (a GitHub Action, a library)
  if (input?.startsWith('oci-layout://')) {
    const dir = input.slice('oci-layout://'.length);
    if (!dir) throw new UserError(`input image: ${quote(input)} has no path`);
    // The image keeps its configured name (its labels, the smoke methods' files); only its bytes go to the layout.
    const name = config.images[0]?.name ?? `localhost/${path.basename(config.root).toLowerCase().replace(/[^a-z0-9._-]/g, '-')}`;
    const job = await parseImageInputs(options, reporter, { config, image: name, version, output: 'push', verify: true, credentials: null, host });
    refuseDockerBuilder(job.requestedBuilder);
    if (job.requestedBuilder === 'buildx') throw new UserError('input builder: an OCI image layout destination needs buildah (buildx pushes to a registry)');
    return { job, destination: { kind: 'layout', dir: path.resolve(config.root, dir) } };
  }
  const job = await parseImageInputs(options, reporter, { config, image: input ?? config.images[0]?.name, version, output: 'push', verify: true, host, ...(credentials ? { credentials } : {}) });
  refuseDockerBuilder(job.requestedBuilder);
  return { job, destination: { kind: 'registry' } };
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
  const notesInput = stringOption(options, 'release-notes') ?? 'generated';
  let notes: NotesSource;
  if (notesInput === 'generated') notes = { kind: 'generated', configurationFile: stringOption(options, 'release-notes-config') };
  else if (notesInput === 'none') notes = { kind: 'none' };
  else {
    const file = resolveInRepo(config.root, notesInput, 'input release-notes');
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

/** The handed-over chart package: a .tgz file (a workflow artifact, downloaded anywhere on the runner). */
function candidatePackage(root: string, input: string): string {
  const file = path.resolve(root, input);
  if (!file.endsWith('.tgz') || !existsSync(file) || !statSync(file).isFile()) throw new UserError(`input candidate-chart: ${input} is not a chart package (.tgz)`);
  return file;
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
  if (!git.headCommit()) throw new UserError(`input working-directory: ${root} is not a git checkout with a commit (the release commits and tags there)`);
  const branch = await git.currentBranch();
  if (!branch) throw new UserError('the checkout is on a detached HEAD: check out the branch to release (actions/checkout does for a workflow_dispatch run)');

  const { version, previous, chart: chartVersion, versionJob, headIsReleaseCommit } = await releaseVersion(options, config, tagPrefix, git);
  const tag = `${tagPrefix}${version}`;

  // One read of the registry password (stdin can be read once), shared by the image and the chart.
  const credentials = await registryCredentials(options, reporter);
  const image = await parseImage(options, config, version, credentials, reporter, host);

  const chart = chartOff || !config.chart
    ? undefined
    : await parseChartInputs(options, reporter, {
      config, version: chartVersion, appVersion: version,
      registry: { value: stringOption(options, 'chart-registry'), input: 'chart-registry' },
      dryRun, credentials: credentials ?? null,
    });

  let smoke: ReleaseInputs['smoke'];
  const methods = listOption(options, 'smoke-methods') ?? [];
  if (methods.some((m) => isOff(m))) {
    // Only a chart released without its image may go untested (nothing here could deploy it).
    if (image) throw new UserError('input smoke-methods: a release with an image is smoke-tested; leave smoke-methods empty for every method this repository documents');
    if (chart) reporter.warning('input smoke-methods: none: the chart is published without a deployment test (this release has no image to deploy it with)');
  } else if (image || chart) {
    // The smoke job's own parser checks the methods now; the candidate is filled in once built.
    smoke = parseSmokeInputs({
      'working-directory': root, config: options.config, methods: methods.length ? methods.join(',') : undefined,
      provider: options['smoke-provider'], parallel: options['smoke-parallel'], timeout: options['smoke-timeout'],
      'image-map': options['smoke-image-map'], 'qdrant-image': options['smoke-qdrant-image'], 'probe-image': options['smoke-probe-image'],
      'kind-node-image': options['kind-node-image'], 'diagnostics-dir': options['diagnostics-dir'],
    }, { config, version, ...(image ? { image: `${image.job.image}:${version}` } : {}) });
  }

  const handed: HandedCandidate = {};
  const candidateImage = stringOption(options, 'candidate-image');
  const candidateChart = stringOption(options, 'candidate-chart');
  if (phase === 'publish') {
    if (image && !candidateImage) throw new UserError('input candidate-image: required with phase publish (the candidate job\'s image-ref output)');
    if (chart && !candidateChart) throw new UserError('input candidate-chart: required with phase publish (the chart package the candidate job handed over)');
    if (candidateImage) handed.image = parseCandidateImage(candidateImage, image);
    if (candidateChart) handed.chartPackage = candidatePackage(root, candidateChart);
  } else if (candidateImage || candidateChart) {
    throw new UserError(`input ${candidateImage ? 'candidate-image' : 'candidate-chart'}: only with phase publish`);
  }

  const buildCommand = stringOption(options, 'build-command')?.split(/\s+/).filter(Boolean);
  const configured = { name: git.configValue('user.name'), email: git.configValue('user.email') };
  return {
    root, version, previousVersion: previous, chartVersion: chart ? chartVersion : undefined, tagPrefix, tag,
    prerelease: semver.prerelease(version) !== null,
    versionJob, headIsReleaseCommit, phase, dryRun, image, chart, smoke, handed,
    git: {
      remote: stringOption(options, 'git-remote') ?? 'origin',
      branch,
      movingMajorTag: booleanOption(options, 'moving-major-tag'),
      identity: configured.name && configured.email ? { name: configured.name, email: configured.email } : BOT_IDENTITY,
    },
    github: parseGitHub(options, config, dryRun, reporter),
    buildCommand: buildCommand?.length ? buildCommand : undefined,
  };
}
