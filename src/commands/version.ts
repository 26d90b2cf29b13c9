import { loadConfig, type ReleaseConfig } from '../config/config.js';
import { UserError } from '../errors.js';
import { openRepositoryWriter } from '../fs/repository-writer.js';
import type { CommandResult, Reporter } from '../report/reporter.js';
import { markdownTable, md } from '../report/reporter.js';
import { visible } from '../report/escape.js';
import { expectedVersions } from '../version/drift.js';
import { editFiles } from '../version/edit.js';
import { scanRepository } from '../version/scan.js';
import { bump, compare, parseBumpKind, parsePreid, parseReleaseVersion, quote, type BumpKind } from '../version/semver.js';
import type { Versions } from '../version/slot.js';
import { booleanOption, configOverrides, repositoryRoot, stringOption, type Options } from '../config/options.js';

/** What to release, as the inputs say it: a bump kind (with a prerelease id) or an explicit version. */
export type VersionRequest = { bump: BumpKind; preid?: string } | { set: string };

/** The `version` command's inputs, parsed and checked once. */
export interface VersionInputs {
  config: ReleaseConfig;
  request: VersionRequest;
  /** With chart-versioning independent: the chart version to write. */
  chartVersion?: string;
  allowDowngrade: boolean;
  dryRun: boolean;
}

/** Turns the raw inputs into the version job; every refusal names its input. */
export function parseInputs(options: Options): VersionInputs {
  const config = loadConfig(repositoryRoot(options), configOverrides(options));
  const bumpInput = stringOption(options, 'bump');
  const setInput = stringOption(options, 'set');
  const preidInput = stringOption(options, 'preid');
  if (bumpInput && setInput) throw new UserError('inputs bump and set: give one, not both');
  if (!bumpInput && !setInput) throw new UserError('input bump or set: one is required (e.g. --bump minor or --set 1.2.3)');
  const preid = preidInput === undefined ? undefined : parsePreid(preidInput, 'input preid');
  if (preid && setInput) throw new UserError('input preid: only applies to bump, not to set');
  let request: VersionRequest;
  if (bumpInput) {
    const kind = parseBumpKind(bumpInput, 'input bump');
    if (preid && !kind.startsWith('pre')) throw new UserError(`input preid: only applies to pre* bumps, not to ${kind}`);
    request = { bump: kind, preid };
  } else {
    request = { set: parseReleaseVersion(setInput as string, 'input set') };
  }
  const chartInput = stringOption(options, 'chart-version');
  const independent = config.chart?.versioning === 'independent';
  if (chartInput && !independent) throw new UserError('input chart-version: only with chart-versioning independent (otherwise the chart version is the app version)');
  if (!chartInput && independent && 'set' in request) throw new UserError('input chart-version: required with set when the chart is versioned independently');
  return {
    config,
    request,
    chartVersion: chartInput ? parseReleaseVersion(chartInput, 'input chart-version') : undefined,
    allowDowngrade: booleanOption(options, 'allow-downgrade'),
    dryRun: booleanOption(options, 'dry-run'),
  };
}

/** The versions to write, from the request and the current ones; a downgrade is refused unless allowed. */
function nextVersions(inputs: VersionInputs, current: Versions, independentChart: boolean): Versions {
  const { request } = inputs;
  const app = 'bump' in request ? bump(current.app, request.bump, request.preid) : request.set;
  let chart = 'bump' in request && independentChart ? bump(current.chart, request.bump, request.preid) : app;
  if (inputs.chartVersion) chart = inputs.chartVersion;
  if (!inputs.allowDowngrade) {
    if (compare(app, current.app) < 0) {
      throw new UserError(`input ${'set' in request ? 'set' : 'bump'}: ${app} is lower than the current version ${current.app} (pass allow-downgrade to release it anyway)`);
    }
    if (independentChart && compare(chart, current.chart) < 0) {
      throw new UserError(`input chart-version: ${chart} is lower than the current chart version ${current.chart} (pass allow-downgrade to release it anyway)`);
    }
  }
  return { app, chart };
}

/** Writes the new version everywhere it lives, all files or none (or reports what it would write). */
export async function execute(inputs: VersionInputs, reporter: Reporter): Promise<CommandResult> {
  const { config, dryRun } = inputs;
  for (const notice of config.notices) reporter.warning(notice);
  // One writer per repository: a second run is refused instead of both writing half.
  const writer = dryRun ? undefined : openRepositoryWriter(config.root);
  try {
    if (writer?.restored.length) {
      reporter.warning(`an earlier version run was interrupted while writing; ${writer.restored.length} files were put back as they were before it`);
    }
    const scanned = await scanRepository(config);
    const current = expectedVersions(config);
    const independent = config.chart?.versioning === 'independent';
    const versions = nextVersions(inputs, current, independent);

    const { writes, changes, changedFiles } = editFiles(scanned, versions);
    writer?.write(writes);

    const what = `${current.app} -> ${versions.app}${independent ? ` (chart ${current.chart} -> ${versions.chart})` : ''}`;
    reporter.info(
      `${dryRun ? 'Dry run: would change' : 'Changed'} ${changes.length} version references in ${changedFiles.length} files: ${what}`,
    );
    const summary = [
      `### Version ${dryRun ? '(dry run) ' : ''}${what}`,
      changes.length
        ? markdownTable(['File', 'Field', 'Old', 'New'], changes.map((c) => [md.code(`${c.file}:${c.line}`), md.code(c.field), md.code(c.from), md.code(c.to)]))
        : `Every version reference already holds ${quote(versions.app)}.`,
    ].join('\n\n');
    const outputs = {
      version: versions.app,
      'previous-version': current.app,
      'chart-version': versions.chart,
      'changed-files': changedFiles.map(visible).join('\n'), // one line per file, whatever its name holds
    };
    return {
      ok: true,
      outputs,
      summary,
      // the outputs' names (changed-files as a list), then the details
      json: { version: versions.app, 'previous-version': current.app, 'chart-version': versions.chart, 'changed-files': changedFiles, 'dry-run': dryRun, changes },
    };
  } finally {
    writer?.close();
  }
}

/** `version`: bump or set the release version and write it everywhere it lives, all files or none. */
export async function run(options: Options, reporter: Reporter): Promise<CommandResult> {
  return execute(parseInputs(options), reporter);
}
