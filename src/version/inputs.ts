/**
 * The `version` and `check` jobs, parsed and checked once from the inputs: every refusal names its
 * input, before any file is read for editing.
 */
import { loadConfig, type ReleaseConfig } from '../config/config.js';
import { booleanOption, configOverrides, repositoryRoot, stringOption, withDefaults, type Options } from '../config/options.js';
import { UserError } from '../errors.js';
import { parseBumpKind, parsePreid, parseReleaseVersion, type BumpKind } from './semver.js';

/** What to release, as the inputs say it: a bump kind (with a prerelease id) or an explicit version. */
export type VersionRequest = { bump: BumpKind; preid?: string } | { set: string };

/** The `version` job: where, what to write, and how. */
export interface VersionJob {
  config: ReleaseConfig;
  request: VersionRequest;
  /** With chart-versioning independent: the chart version to write. */
  chartVersion?: string;
  allowDowngrade: boolean;
  dryRun: boolean;
}

/** The `check` job: the repository's configuration, with the selection inputs applied. */
export interface CheckJob {
  config: ReleaseConfig;
}

/** The request from `bump`/`preid`/`set`; exactly one of bump and set. */
export function parseVersionRequest(options: Options): VersionRequest {
  const bumpInput = stringOption(options, 'bump');
  const setInput = stringOption(options, 'set');
  const preidInput = stringOption(options, 'preid');
  if (bumpInput && setInput) throw new UserError('inputs bump and set: give one, not both');
  if (!bumpInput && !setInput) throw new UserError('input bump or set: one is required (e.g. --bump minor or --set 1.2.3)');
  const preid = preidInput === undefined ? undefined : parsePreid(preidInput, 'input preid');
  if (preid && setInput) throw new UserError('input preid: only applies to bump, not to set');
  if (bumpInput) {
    const kind = parseBumpKind(bumpInput, 'input bump');
    if (preid && !kind.startsWith('pre')) throw new UserError(`input preid: only applies to pre* bumps, not to ${kind}`);
    return { bump: kind, preid };
  }
  return { set: parseReleaseVersion(setInput as string, 'input set') };
}

/** The chart version input, checked against the chart's versioning. */
export function parseChartVersion(options: Options, config: ReleaseConfig, request: VersionRequest): string | undefined {
  const chartInput = stringOption(options, 'chart-version');
  const independent = config.chart?.versioning === 'independent';
  if (chartInput && !independent) throw new UserError('input chart-version: only with chart-versioning independent (otherwise the chart version is the app version)');
  if (!chartInput && independent && 'set' in request) throw new UserError('input chart-version: required with set when the chart is versioned independently');
  return chartInput ? parseReleaseVersion(chartInput, 'input chart-version') : undefined;
}

export function parseInputs(raw: Options, config?: ReleaseConfig): VersionJob {
  const options = withDefaults('version', raw);
  const loaded = config ?? loadConfig(repositoryRoot(options), configOverrides(options));
  const request = parseVersionRequest(options);
  return {
    config: loaded,
    request,
    chartVersion: parseChartVersion(options, loaded, request),
    allowDowngrade: booleanOption(options, 'allow-downgrade'),
    dryRun: booleanOption(options, 'dry-run'),
  };
}

export function parseCheckInputs(raw: Options): CheckJob {
  const options = withDefaults('check', raw);
  return { config: loadConfig(repositoryRoot(options), configOverrides(options)) };
}
