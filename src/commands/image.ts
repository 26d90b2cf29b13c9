import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config/config.js';
import { UserError } from '../errors.js';
import { resolveInRepo } from '../fs/repo-path.js';
import { BUILDERS, DEFAULT_PLATFORMS, type ImageContext, type ImageJob } from '../image/context.js';
import { headCommit, ociLabels } from '../image/labels.js';
import { disposeImageContext, IMAGE_STEPS, imageContext } from '../image/pipeline.js';
import { hostArchitecture, missingEmulation, parsePlatforms } from '../image/platforms.js';
import { validateExtraTags } from '../image/tags.js';
import { isLoopbackHost, normalizeReference } from '../oci/index.js';
import { describeRecord, runPipeline, type PipelineRun } from '../pipeline/index.js';
import type { CommandResult, Reporter } from '../report/reporter.js';
import { markdownTable, md } from '../report/reporter.js';
import { expectedVersions } from '../version/drift.js';
import { parseReleaseVersion } from '../version/semver.js';
import { registryCredentials } from '../config/credentials.js';
import { booleanOption, configOverrides, listOption, repositoryRoot, stringOption, type Options } from '../config/options.js';

/** NAME=VALUE per line; a single line may list several, comma separated. */
function parseBuildArgs(value: string | undefined): [string, string][] {
  if (!value) return [];
  const entries = value.includes('\n') ? value.split(/\r?\n/) : value.split(',');
  return entries
    .map((e) => e.trim())
    .filter(Boolean)
    .map((entry) => {
      const eq = entry.indexOf('=');
      const name = eq > 0 ? entry.slice(0, eq) : '';
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new UserError(`input build-args: ${JSON.stringify(entry)} must be NAME=VALUE`);
      return [name, entry.slice(eq + 1)];
    });
}

function parseSeconds(options: Options, name: string, fallback: string): number {
  const raw = stringOption(options, name) ?? fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new UserError(`input ${name}: ${JSON.stringify(raw)} is not a whole number of seconds`);
  return Number(raw);
}

/** Turns the raw inputs into the image job: every input checked here, before anything is built or pushed. */
export async function parseInputs(options: Options, reporter: Reporter): Promise<ImageJob> {
  const root = repositoryRoot(options);
  const config = loadConfig(root, configOverrides(options));
  for (const notice of config.notices) reporter.warning(notice);

  const imageInput = stringOption(options, 'image') ?? config.images[0]?.name;
  if (!imageInput) throw new UserError('input image: required (no GITHUB_REPOSITORY or git remote to derive ghcr.io/<owner>/<repo>)');
  let normalized;
  try {
    normalized = normalizeReference(imageInput);
  } catch (err) {
    throw new UserError(`input image: ${(err as Error).message}`);
  }
  const { reference } = normalized;
  if (reference.tag !== undefined || reference.digest !== undefined) throw new UserError(`input image: ${JSON.stringify(imageInput)} carries a tag or digest; give the repository only (tags come from the version)`);
  if (normalized.notice) reporter.warning(`input image: ${normalized.notice}`);
  const image = `${reference.registry}/${reference.repository}`;

  const platforms = parsePlatforms(listOption(options, 'platforms') ?? DEFAULT_PLATFORMS);
  const contextInput = stringOption(options, 'context') ?? '.';
  const contextDir = resolveInRepo(root, contextInput, 'input context');
  if (!existsSync(contextDir) || !statSync(contextDir).isDirectory()) throw new UserError(`input context: ${contextInput} is not a directory`);
  const dockerfileInput = stringOption(options, 'dockerfile');
  const dockerfile = dockerfileInput ? resolveInRepo(root, dockerfileInput, 'input dockerfile') : path.join(contextDir, 'Dockerfile');
  if (!existsSync(dockerfile) || !statSync(dockerfile).isFile()) throw new UserError(`input dockerfile: ${path.relative(root, dockerfile) || dockerfile} not found`);
  const buildArgs = parseBuildArgs(stringOption(options, 'build-args'));

  const versionInput = stringOption(options, 'version');
  const version = parseReleaseVersion(versionInput ?? expectedVersions(config).app, versionInput ? 'input version' : `${config.versionSource.file}: ${config.versionSource.field}`);
  const extraTags = validateExtraTags(listOption(options, 'tags') ?? []);
  const shaTag = booleanOption(options, 'sha-tag');
  const sha = shaTag ? headCommit(root) : undefined;
  if (shaTag && !sha) throw new UserError('input sha-tag: no commit to name (no GITHUB_SHA and not a git checkout)');

  const requestedBuilder = stringOption(options, 'builder') ?? 'auto';
  if (!(BUILDERS as readonly string[]).includes(requestedBuilder)) throw new UserError(`input builder: ${JSON.stringify(requestedBuilder)} is not one of ${BUILDERS.join(', ')}`);

  const load = booleanOption(options, 'load');
  const push = (options.push === undefined ? true : booleanOption(options, 'push')) && !booleanOption(options, 'dry-run');
  const output: ImageJob['output'] = load ? 'load' : push ? 'push' : 'none';
  if (output === 'load' && platforms.length > 1) throw new UserError(`input load: the local Docker engine holds one platform, but platforms lists ${platforms.map((p) => p.id).join(', ')}`);
  const verifyTimeoutMs = parseSeconds(options, 'verify-timeout', '180') * 1000;

  const credentials = await registryCredentials(options, reporter);
  if (output === 'push' && !credentials && !isLoopbackHost(reference.registry)) {
    throw new UserError(`input password: pushing to ${reference.registry} needs credentials (username and password, or --password-stdin on the CLI); nothing was built or pushed`);
  }
  const missing = missingEmulation(platforms);
  if (missing.length) {
    throw new UserError(`input platforms: ${missing.map((p) => p.id).join(', ')} cannot run on this ${process.platform}/${hostArchitecture()} machine without QEMU (binfmt_misc has no handler), so it would fail with "exec format error"; on GitHub add docker/setup-qemu-action, on Debian apt-get install qemu-user-static binfmt-support`);
  }

  return {
    root, image, registry: reference.registry, repository: reference.repository,
    context: contextDir, dockerfile, platforms, buildArgs, version, extraTags, sha,
    labels: ociLabels({ config, version, image }),
    requestedBuilder: requestedBuilder as ImageJob['requestedBuilder'],
    output,
    cache: options.cache === undefined ? true : booleanOption(options, 'cache'),
    provenance: booleanOption(options, 'provenance'),
    sbom: booleanOption(options, 'sbom'),
    plainHttp: booleanOption(options, 'plain-http'),
    credentials,
    verify: options.verify === undefined ? true : booleanOption(options, 'verify'),
    verifyTimeoutMs,
  };
}

/** Outputs, summary and `--json` from what the run got to, also when a step failed. */
function result(ctx: ImageContext, run: PipelineRun): CommandResult {
  const { job, artifacts } = ctx;
  const tags = artifacts.find('tags');
  const digest = job.output === 'push' ? (artifacts.find('digest') ?? '') : '';
  const index = artifacts.find('index');
  const failed = run.records.find((r) => r.status === 'failed');
  const summary = [
    `### Image ${job.image} ${job.version}${failed ? `: failed at ${failed.name}` : ''}`,
    markdownTable(['Step', 'Result'], run.records.map((r) => [r.name, describeRecord(r)])),
    '',
    markdownTable(['Platform', 'Image', 'Started'], job.platforms.map((p) => {
      const s = ctx.started.find((r) => r.platform === p.id);
      const img = index?.images.find((i) => i.platform.id === p.id);
      return [p.id, img ? md.code(img.digest) : '', s ? `${s.status} after ${(s.ms / 1000).toFixed(1)} s` : 'not started'];
    })),
    '',
    tags ? `Tags: ${tags.tags.map((t) => `\`${t}\``).join(', ')}${tags.notes.length ? `  \n${tags.notes.join('  \n')}` : ''}` : '',
    digest ? `\nReference: \`${job.image}@${digest}\`` : '',
  ].join('\n');
  const outputs = {
    digest,
    'image-ref': digest ? `${job.image}@${digest}` : '',
    tags: (tags?.tags ?? []).map((t) => `${job.image}:${t}`).join('\n'),
    platforms: job.platforms.map((p) => p.id).join(','),
  };
  return {
    ok: !run.failure,
    error: run.failure?.error,
    outputs,
    summary,
    json: {
      ...outputs,
      // Lists as lists: the same names as the outputs, which join them with newlines.
      tags: (tags?.tags ?? []).map((t) => `${job.image}:${t}`),
      image: job.image, version: job.version, builder: ctx.builder, output: job.output, latest: tags?.latest ?? false,
      index, started: ctx.started, labels: job.labels, steps: run.records,
    },
  };
}

/** Runs the image steps on a parsed job. */
export async function execute(job: ImageJob, reporter: Reporter): Promise<CommandResult> {
  const ctx = await imageContext(job, reporter);
  try {
    return result(ctx, await runPipeline(IMAGE_STEPS, ctx, reporter));
  } finally {
    await disposeImageContext(ctx);
  }
}

/** `image`: build for every platform, tag, label, push once, add the moving tags, and prove each platform starts. */
export async function run(options: Options, reporter: Reporter): Promise<CommandResult> {
  return execute(await parseInputs(options, reporter), reporter);
}
