/**
 * The image job, parsed and checked once from the inputs (by the `image` command, or by `release`
 * with the version, output and credentials it decides): every input is checked here, before
 * anything is built or pushed.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, type ReleaseConfig } from '../config/config.js';
import { registryCredentials } from '../config/credentials.js';
import { booleanOption, boundedNumber, configOverrides, listOption, repositoryRoot, stringOption, withDefaults, type Options } from '../config/options.js';
import { UserError } from '../errors.js';
import { assertInsideRepo, resolveInRepo } from '../fs/repo-path.js';
import { isLoopbackHost, normalizeReference, type Credentials } from '../oci/index.js';
import type { Reporter } from '../report/reporter.js';
import { localHost, type Host } from '../tools/host.js';
import { expectedVersions } from '../version/drift.js';
import { parseReleaseVersion } from '../version/semver.js';
import { BUILDERS, type ImageJob } from './context.js';
import { headCommit, ociLabels } from './labels.js';
import { missingEmulation, parsePlatforms } from './platforms.js';
import { validateExtraTags } from './tags.js';

/** What a caller decides instead of the inputs (the release: the version it releases, always pushed and verified). */
export interface ImageOverrides {
  image?: string;
  version?: string;
  output?: ImageJob['output'];
  verify?: boolean;
  /** `null`: no credentials (an OCI layout destination); undefined: from the inputs. */
  credentials?: Credentials | null;
  config?: ReleaseConfig;
  host?: Host;
}

/** NAME=VALUE per line; a single line may list several, comma separated. */
export function parseBuildArgs(value: string | undefined, what = 'input build-args'): [string, string][] {
  if (!value) return [];
  const entries = value.includes('\n') ? value.split(/\r?\n/) : value.split(',');
  return entries
    .map((e) => e.trim())
    .filter(Boolean)
    .map((entry) => {
      const eq = entry.indexOf('=');
      const name = eq > 0 ? entry.slice(0, eq) : '';
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new UserError(`${what}: ${JSON.stringify(entry)} must be NAME=VALUE`);
      return [name, entry.slice(eq + 1)];
    });
}

/** Turns the inputs into the image job: every input checked here, before anything is built or pushed. */
export async function parseInputs(raw: Options, reporter: Reporter, overrides: ImageOverrides = {}): Promise<ImageJob> {
  const options = withDefaults('image', raw);
  const root = repositoryRoot(options);
  const config = overrides.config ?? loadConfig(root, configOverrides(options));
  if (!overrides.config) for (const notice of config.notices) reporter.warning(notice);

  const imageInput = overrides.image ?? stringOption(options, 'image') ?? config.images[0]?.name;
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

  const platforms = parsePlatforms(listOption(options, 'platforms') ?? []);
  const contextInput = stringOption(options, 'context') ?? '.';
  const contextDir = resolveInRepo(root, contextInput, 'input context');
  // A context (or Dockerfile) that is a symlink out of the repository would build what lies there.
  assertInsideRepo(root, contextDir, 'input context');
  if (!existsSync(contextDir) || !statSync(contextDir).isDirectory()) throw new UserError(`input context: ${contextInput} is not a directory`);
  const dockerfileInput = stringOption(options, 'dockerfile');
  const dockerfile = dockerfileInput ? resolveInRepo(root, dockerfileInput, 'input dockerfile') : path.join(contextDir, 'Dockerfile');
  assertInsideRepo(root, dockerfile, 'input dockerfile');
  if (!existsSync(dockerfile) || !statSync(dockerfile).isFile()) throw new UserError(`input dockerfile: ${path.relative(root, dockerfile) || dockerfile} not found`);
  const buildArgs = parseBuildArgs(stringOption(options, 'build-args'));

  const versionInput = overrides.version ?? stringOption(options, 'version');
  const version = parseReleaseVersion(versionInput ?? expectedVersions(config).app, versionInput ? 'input version' : `${config.versionSource.file}: ${config.versionSource.field}`);
  const extraTags = validateExtraTags(listOption(options, 'tags') ?? []);
  const shaTag = booleanOption(options, 'sha-tag');
  const sha = shaTag ? headCommit(root) : undefined;
  if (shaTag && !sha) throw new UserError('input sha-tag: no commit to name (no GITHUB_SHA and not a git checkout)');

  const requestedBuilder = stringOption(options, 'builder') ?? 'auto';
  if (!(BUILDERS as readonly string[]).includes(requestedBuilder)) throw new UserError(`input builder: ${JSON.stringify(requestedBuilder)} is not one of ${BUILDERS.join(', ')}`);

  const load = booleanOption(options, 'load');
  const push = booleanOption(options, 'push') && !booleanOption(options, 'dry-run');
  const output: ImageJob['output'] = overrides.output ?? (load ? 'load' : push ? 'push' : 'none');
  if (output === 'load' && platforms.length > 1) throw new UserError(`input load: the local Docker engine holds one platform, but platforms lists ${platforms.map((p) => p.id).join(', ')}`);
  const verifyTimeoutMs = (boundedNumber(options, 'image', 'verify-timeout') ?? 180) * 1000;

  const credentials = overrides.credentials === null ? undefined : (overrides.credentials ?? (await registryCredentials(options, reporter)));
  if (output === 'push' && overrides.credentials !== null && !credentials && !isLoopbackHost(reference.registry)) {
    throw new UserError(`input password: pushing to ${reference.registry} needs credentials (username and password, or --password-stdin on the CLI); nothing was built or pushed`);
  }
  const host = overrides.host ?? localHost();
  const missing = missingEmulation(platforms, host);
  if (missing.length) {
    throw new UserError(`input platforms: ${missing.map((p) => p.id).join(', ')} cannot run on this linux/${host.architecture} machine without QEMU (binfmt_misc has no handler), so it would fail with "exec format error"; on GitHub add docker/setup-qemu-action, on Debian apt-get install qemu-user-static binfmt-support`);
  }

  return {
    root, image, registry: reference.registry, repository: reference.repository,
    context: contextDir, dockerfile, platforms, buildArgs, version, extraTags, sha,
    labels: ociLabels({ config, version, image, context: contextDir }),
    requestedBuilder: requestedBuilder as ImageJob['requestedBuilder'],
    output,
    cache: booleanOption(options, 'cache'),
    provenance: booleanOption(options, 'provenance'),
    sbom: booleanOption(options, 'sbom'),
    plainHttp: booleanOption(options, 'plain-http'),
    credentials,
    verify: overrides.verify ?? booleanOption(options, 'verify'),
    verifyTimeoutMs,
  };
}
