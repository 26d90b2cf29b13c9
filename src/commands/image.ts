import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config/config.js';
import { UserError } from '../errors.js';
import { resolveInRepo } from '../fs/repo-path.js';
import { buildImage, pushImage } from '../image/build.js';
import { chooseBuilder } from '../image/builder-choice.js';
import { DEFAULT_PLATFORMS, fullRef, type ImageContext } from '../image/context.js';
import { CredentialsDir } from '../image/credentials.js';
import { headCommit, ociLabels } from '../image/labels.js';
import { hostArchitecture, missingEmulation, parsePlatforms, type BuildPlatform } from '../image/platforms.js';
import { computeTags, validateExtraTags, versionForTags } from '../image/tags.js';
import { checkIndex, startAndWait } from '../image/verify.js';
import { isLoopbackHost, normalizeReference, RegistryClient, RegistryError } from '../oci/index.js';
import { runPipeline, Skip, type Step } from '../pipeline.js';
import type { CommandResult, Reporter } from '../report/reporter.js';
import { markdownTable, md } from '../report/reporter.js';
import { Buildah, buildahBinary } from '../tools/buildah.js';
import { Docker, dockerBinary } from '../tools/docker.js';
import { expectedVersions } from '../version/drift.js';
import { registryCredentials } from './credentials.js';
import { booleanOption, configOverrides, listOption, repositoryRoot, stringOption, type Options } from './options.js';


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


async function existingTags(ctx: ImageContext): Promise<string[]> {
  try {
    return await ctx.target.listTags();
  } catch (err) {
    // A repository that does not exist yet has no tags.
    if (err instanceof RegistryError && err.kind === 'not-found') return [];
    throw err;
  }
}

const steps: Step<ImageContext>[] = [
  {
    name: 'resolve',
    async run(ctx) {
      const sha = booleanOption(ctx.options, 'sha-tag') ? headCommit(ctx.config.root) : undefined;
      if (booleanOption(ctx.options, 'sha-tag') && !sha) throw new UserError('input sha-tag: no commit to name (no GITHUB_SHA and not a git checkout)');
      const existing = ctx.output === 'push' ? await existingTags(ctx) : [];
      ctx.computed = computeTags({ version: ctx.version, existingTags: existing, sha, extra: listOption(ctx.options, 'tags') });
      for (const note of ctx.computed.notes) ctx.reporter.info(note);
      ctx.reporter.info(`tags: ${ctx.computed.tags.join(', ')}${ctx.output === 'push' ? ` (the registry holds ${existing.length} tags)` : ' (not pushing: latest decided without the registry)'}`);
    },
  },
  {
    name: 'build',
    async run(ctx) {
      await buildImage(ctx);
    },
  },
  {
    name: 'push',
    async run(ctx) {
      if (ctx.output === 'load') return new Skip('load: the image was loaded into the local Docker engine, nothing is pushed');
      if (ctx.output === 'none') return new Skip('dry run: built, nothing is pushed');
      const ref = fullRef(ctx, ctx.computed!.tags[0]!);
      if (ctx.builder === 'buildx') return new Skip(`buildx pushed ${ref} while building (${ctx.digest})`);
      ctx.digest = await pushImage(ctx, ref);
      ctx.reporter.info(`pushed ${ref}@${ctx.digest}`);
    },
  },
  {
    name: 'verify',
    async run(ctx) {
      if (!booleanOption({ verify: ctx.options.verify ?? 'true' }, 'verify')) return new Skip('input verify is false');
      if (ctx.output === 'none') return new Skip('dry run: nothing was pushed or loaded to start');
      const timeoutMs = verifyTimeout(ctx.options) * 1000;
      if (ctx.output === 'load') {
        const ref = fullRef(ctx, ctx.computed!.tags[0]!);
        const [platform] = ctx.platforms as [BuildPlatform];
        const result = await startAndWait(ctx.docker, ref, platform.id, timeoutMs);
        ctx.started.push(result);
        ctx.reporter.info(`${platform.id}: ${ref} is ${result.status} after ${(result.ms / 1000).toFixed(1)} s`);
        return;
      }
      ctx.index = await checkIndex(ctx.target, ctx.computed!.tags[0]!, ctx.platforms);
      if (ctx.digest && ctx.index.digest !== ctx.digest) throw new UserError(`${ctx.image}:${ctx.computed!.tags[0]} resolves to ${ctx.index.digest}, not the pushed ${ctx.digest}`);
      ctx.reporter.info(`${ctx.image}:${ctx.computed!.tags[0]} lists ${ctx.index.images.map((i) => i.platform.id).join(', ')}${ctx.index.attestations ? ` (+${ctx.index.attestations} attestation manifests, set aside)` : ''}`);
      for (const { platform, digest } of ctx.index.images) {
        const ref = `${ctx.image}@${digest}`;
        await ctx.docker.pull(ref, platform.id);
        ctx.cleanup.push(() => ctx.docker.removeImage(ref));
        const result = await startAndWait(ctx.docker, ref, platform.id, timeoutMs);
        ctx.started.push(result);
        ctx.reporter.info(`${platform.id}: ${ref} is ${result.status} after ${(result.ms / 1000).toFixed(1)} s${result.status === 'running' ? ' (no HEALTHCHECK: checked only that it keeps running)' : ''}`);
      }
    },
  },
  {
    name: 'tag',
    async run(ctx) {
      const rest = ctx.computed!.tags.slice(1);
      if (ctx.output === 'load') return new Skip(`load: tagged locally as ${ctx.computed!.tags.join(', ')}`);
      if (ctx.output === 'none') return new Skip('dry run: nothing was pushed');
      if (rest.length === 0) return new Skip(`${ctx.computed!.tags[0]} is the only tag`);
      // Only after every platform started: a broken image never moves X.Y, X or latest.
      // Same manifest under more names: no blob is uploaded again.
      for (const tag of rest) {
        await ctx.target.tag(ctx.digest!, tag);
        const digest = (await ctx.target.resolve(tag)).digest;
        if (digest !== ctx.digest) throw new UserError(`${ctx.image}:${tag} resolves to ${digest} after tagging, not ${ctx.digest}`);
      }
      ctx.reporter.info(`tagged ${ctx.image}@${ctx.digest} as ${rest.join(', ')}`);
    },
  },
];

function verifyTimeout(options: Options): number {
  const raw = stringOption(options, 'verify-timeout') ?? '180';
  const seconds = Number(raw);
  if (!/^\d+$/.test(raw) || seconds < 1) throw new UserError(`input verify-timeout: ${JSON.stringify(raw)} is not a whole number of seconds`);
  return seconds;
}


/** `image`: build for every platform, tag, label, push once, add the moving tags, and prove each platform starts. */
export async function run(options: Options, reporter: Reporter): Promise<CommandResult> {
  const root = repositoryRoot(options);
  const config = loadConfig(root, configOverrides(options));

  // --- inputs, all checked before anything is built or pushed ---
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
  const contextDir = resolveInRepo(root, stringOption(options, 'context') ?? '.', 'input context');
  if (!existsSync(contextDir) || !statSync(contextDir).isDirectory()) throw new UserError(`input context: ${stringOption(options, 'context') ?? '.'} is not a directory`);
  const dockerfileInput = stringOption(options, 'dockerfile');
  const dockerfile = dockerfileInput ? resolveInRepo(root, dockerfileInput, 'input dockerfile') : path.join(contextDir, 'Dockerfile');
  if (!existsSync(dockerfile) || !statSync(dockerfile).isFile()) throw new UserError(`input dockerfile: ${path.relative(root, dockerfile) || dockerfile} not found`);
  const buildArgs = parseBuildArgs(stringOption(options, 'build-args'));

  const versionInput = stringOption(options, 'version');
  const { version, notices } = versionForTags(versionInput ?? expectedVersions(config).app, versionInput ? 'input version' : `${config.versionSource.file}: ${config.versionSource.field}`);
  for (const notice of notices) reporter.warning(notice);
  validateExtraTags(listOption(options, 'tags') ?? []);

  const load = booleanOption(options, 'load');
  const push = (options.push === undefined ? true : booleanOption(options, 'push')) && !booleanOption(options, 'dry-run');
  const output: ImageContext['output'] = load ? 'load' : push ? 'push' : 'none';
  if (output === 'load' && platforms.length > 1) throw new UserError(`input load: the local Docker engine holds one platform, but platforms lists ${platforms.map((p) => p.id).join(', ')}`);
  verifyTimeout(options);

  const plainHttp = booleanOption(options, 'plain-http');
  const credentials = await registryCredentials(options, reporter);
  if (output === 'push' && !credentials && !isLoopbackHost(reference.registry)) {
    throw new UserError(`input password: pushing to ${reference.registry} needs credentials (username and password, or --password-stdin on the CLI); nothing was built or pushed`);
  }

  const missing = missingEmulation(platforms);
  if (missing.length) {
    throw new UserError(`input platforms: ${missing.map((p) => p.id).join(', ')} cannot run on this ${process.platform}/${hostArchitecture()} machine without QEMU (binfmt_misc has no handler), so it would fail with "exec format error"; on GitHub add docker/setup-qemu-action, on Debian apt-get install qemu-user-static binfmt-support`);
  }

  const creds = new CredentialsDir();
  const cleanup: (() => Promise<void>)[] = [];
  try {
    const baseDocker = new Docker(dockerBinary());
    const buildah = new Buildah(buildahBinary());
    const { builder, detail } = await chooseBuilder(stringOption(options, 'builder') ?? 'auto', platforms, baseDocker, buildah);
    const needsDocker = builder !== 'buildah' || output === 'load' || (output === 'push' && booleanOption({ verify: options.verify ?? 'true' }, 'verify'));
    if (needsDocker && !(await baseDocker.serverVersion())) {
      throw new UserError(`the Docker engine does not answer (${baseDocker.bin}): it is needed to ${builder === 'buildah' ? 'start each platform (set verify to false to skip that)' : 'build'}`);
    }
    const docker = baseDocker.withEnv(creds.dockerEnv());
    if (credentials && (builder !== 'buildah' || output === 'push')) await docker.login(reference.registry, credentials.username, credentials.password);

    const labels = ociLabels({ config, version, image });
    reporter.info(`image ${image} ${version} for ${platforms.map((p) => p.id).join(', ')} with ${detail}, ${output === 'push' ? `push to ${reference.registry}` : output === 'load' ? 'load into the local Docker engine' : 'dry run: build only'}`);
    const client = new RegistryClient({ registry: reference.registry, credentials, plainHttp: plainHttp || undefined });
    const context: ImageContext = {
      options, reporter, config, builder, image, registry: reference.registry, repository: reference.repository,
      context: contextDir, dockerfile, platforms, buildArgs, version, labels, output,
      cache: options.cache === undefined ? true : booleanOption(options, 'cache'),
      plainHttp, credentials, creds, docker, buildah, target: client.repository(reference.repository), started: [], cleanup,
    };
    const records = await runPipeline(steps, context, reporter);

    const tags = context.computed!.tags;
    const digest = output === 'push' ? (context.digest ?? '') : '';
    const summary = [
      `### Image ${image} ${version}`,
      markdownTable(['Step', 'Result'], records.map((r) => [r.name, r.status === 'done' ? `done (${r.ms} ms)` : `skipped: ${r.reason}`])),
      '',
      markdownTable(['Platform', 'Image', 'Started'], platforms.map((p) => {
        const s = context.started.find((r) => r.platform === p.id);
        const img = context.index?.images.find((i) => i.platform.id === p.id);
        return [p.id, img ? md.code(img.digest) : '', s ? `${s.status} after ${(s.ms / 1000).toFixed(1)} s` : 'not started'];
      })),
      '',
      `Tags: ${tags.map((t) => `\`${t}\``).join(', ')}${context.computed!.notes.length ? `  \n${context.computed!.notes.join('  \n')}` : ''}`,
      digest ? `\nReference: \`${image}@${digest}\`` : '',
    ].join('\n');
    return {
      ok: true,
      outputs: {
        digest,
        'image-ref': digest ? `${image}@${digest}` : '',
        tags: tags.map((t) => `${image}:${t}`).join('\n'),
        platforms: platforms.map((p) => p.id).join(','),
      },
      summary,
      json: { image, version, builder, output, tags, latest: context.computed!.latest, digest, platforms: platforms.map((p) => p.id), index: context.index, started: context.started, labels, steps: records },
    };
  } finally {
    for (const fn of cleanup) await fn().catch(() => undefined);
    creds.dispose();
  }
}
