/**
 * The release's npm inputs: whether an npm package is released, and its publish job (the npm
 * folder's parser, src/npm/job.ts, with what the release decides: its version, dry run, the names
 * of its inputs). Without a word about npm, the package is released when the package.json the
 * release versions (the first of `packageJson`) is publishable: not `"private": true`.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ReleaseConfig } from '../config/config.js';
import { CONFIG_FILE } from '../config/file.js';
import { booleanOption, stringOption, type Options } from '../config/options.js';
import { UserError } from '../errors.js';
import { repoRelative } from '../fs/repo-path.js';
import { parseNpmJob, readPackageJson, type NpmJob } from '../npm/job.js';
import type { Reporter } from '../report/reporter.js';
import { quote } from '../version/semver.js';
import type { Phase } from './types.js';

export interface ReleaseNpm {
  /** The publish job; undefined: no npm package is released, `off` says why. */
  job?: NpmJob;
  off?: string;
  /** phase publish: the tarball the candidate job handed over (absolute). */
  handedTarball?: string;
}

/** `npm-provenance` as given (true or false), or undefined when not given (the config and the default decide). */
function provenanceInput(options: Options): boolean | undefined {
  const value = options['npm-provenance'];
  return value === undefined || value === '' ? undefined : booleanOption(options, 'npm-provenance');
}

/** Why there is no npm package to release without a word about npm, or undefined when the versioned package.json is publishable. */
function notPublishable(config: ReleaseConfig): string | undefined {
  const first = config.packageJsons[0];
  if (!first) return 'no package.json is versioned (packageJson: false)';
  const { json } = readPackageJson(config.root, path.join(config.root, path.dirname(first.file)));
  if (json.private === true) return `${first.file} is "private": true`;
  return undefined;
}

function parseJob(options: Options, config: ReleaseConfig, release: { version: string; dryRun: boolean }, reporter: Reporter): ReleaseNpm {
  const input = stringOption(options, 'npm');
  if (input !== undefined && !/^(true|false|none|off)$/i.test(input)) throw new UserError(`input npm: ${quote(input)} is not true or false (empty: when package.json is publishable)`);
  if (input !== undefined && !/^true$/i.test(input)) return { off: `input npm: ${input}` };
  if (input === undefined && config.npm === false) return { off: `npm: false in ${CONFIG_FILE}` };
  const settings = config.npm || undefined;
  // Asked for (input npm: true, or an npm section): every problem is an error. Otherwise only a publishable package is released.
  if (input === undefined && !settings) {
    const why = notPublishable(config);
    if (why) return { off: why };
  }
  const token = stringOption(options, 'npm-token');
  if (token) reporter.secret(token);
  const first = config.packageJsons[0];
  const job = parseNpmJob(config.root, settings, {
    // The package is the versioned package.json's unless npm.package says otherwise.
    ...(settings?.package === undefined && first ? { packageDir: path.dirname(first.file) } : {}),
    registry: stringOption(options, 'npm-registry'),
    provenance: provenanceInput(options),
    token,
    version: release.version,
    dryRun: release.dryRun,
    names: { packageDir: `${CONFIG_FILE}: packageJson`, registry: 'input npm-registry', version: 'input set', token: 'input npm-token' },
  });
  if (job.token) reporter.secret(job.token);
  // The tarball carries the release version only when the version step writes that package.json.
  const file = repoRelative(config.root, path.join(job.packageDir, 'package.json')) || 'package.json';
  if (!config.packageJsons.some((p) => p.file === file)) {
    throw new UserError(`${CONFIG_FILE}: npm.package: ${file} is not a package.json the release versions (packageJson: ${config.packageJsons.map((p) => p.file).join(', ') || 'false'}); its tarball would not carry ${release.version}`);
  }
  return { job };
}

/** Parses the npm inputs; refuses bad ones by name before anything runs. */
export function parseReleaseNpm(options: Options, config: ReleaseConfig, release: { version: string; dryRun: boolean; phase: Phase }, reporter: Reporter): ReleaseNpm {
  const parsed = parseJob(options, config, release, reporter);
  const candidate = stringOption(options, 'candidate-npm');
  if (release.phase !== 'publish') {
    if (candidate) throw new UserError('input candidate-npm: only with phase publish');
    return parsed;
  }
  if (!parsed.job) {
    if (candidate) throw new UserError(`input candidate-npm: this release publishes no npm package (${parsed.off ?? 'npm off'})`);
    return parsed;
  }
  if (!candidate) throw new UserError("input candidate-npm: required with phase publish (the candidate job's npm-tarball output)");
  // A workflow artifact, downloaded anywhere on the runner; its content is checked when the npm-pack step takes it.
  const file = path.resolve(config.root, candidate);
  if (!file.endsWith('.tgz') || !existsSync(file) || !statSync(file).isFile()) throw new UserError(`input candidate-npm: ${candidate} is not an npm tarball (.tgz)`);
  return { ...parsed, handedTarball: file };
}
