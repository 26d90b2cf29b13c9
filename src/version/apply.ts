/**
 * The `version` step's entry: the new versions computed from the request and the current ones,
 * then written everywhere they live, all files or none (or only reported, in a dry run).
 */
import { openRepositoryWriter } from '../fs/repository-writer.js';
import type { Reporter } from '../report/reporter.js';
import { expectedVersions } from './drift.js';
import { editFiles, type Change } from './edit.js';
import type { VersionJob } from './inputs.js';
import { scanRepositoryPlan, type DiscoveredImage } from './scan.js';
import { bump, compare } from './semver.js';
import type { Versions } from './slot.js';
import { UserError } from '../errors.js';

export interface VersionResult {
  /** The versions written (or, in a dry run, that would be). */
  versions: Versions;
  previous: Versions;
  independentChart: boolean;
  changedFiles: string[];
  changes: Change[];
  dryRun: boolean;
  /** Images values.yaml pins at the release version that no setting names, aligned as the release's. */
  discoveredImages: DiscoveredImage[];
}

/** The versions to write, from the request and the current ones; a downgrade is refused unless allowed. */
export function nextVersions(job: VersionJob, current: Versions = expectedVersions(job.config)): Versions {
  const { request } = job;
  const independentChart = job.config.chart?.versioning === 'independent';
  const app = 'bump' in request ? bump(current.app, request.bump, request.preid) : request.set;
  let chart = 'bump' in request && independentChart ? bump(current.chart, request.bump, request.preid) : app;
  if (job.chartVersion) chart = job.chartVersion;
  if (!job.allowDowngrade) {
    if (compare(app, current.app) < 0) {
      throw new UserError(`input ${'set' in request ? 'set' : 'bump'}: ${app} is lower than the current version ${current.app} (pass input allow-downgrade to release it anyway)`);
    }
    if (independentChart && compare(chart, current.chart) < 0) {
      throw new UserError(`input chart-version: ${chart} is lower than the current chart version ${current.chart} (pass input allow-downgrade to release it anyway)`);
    }
  }
  return { app, chart };
}

/** Writes the new version everywhere it lives, all files or none (or reports what it would write). */
export async function applyVersion(job: VersionJob, reporter: Reporter): Promise<VersionResult> {
  const { config, dryRun } = job;
  for (const notice of config.notices) reporter.warning(notice);
  // One writer per repository: a second run is refused instead of both writing half.
  const writer = dryRun ? undefined : openRepositoryWriter(config.root);
  try {
    if (writer?.restored.length) {
      reporter.warning(`an earlier version run was interrupted while writing; ${writer.restored.length} files were put back as they were before it`);
    }
    const { files: scanned, discovered } = await scanRepositoryPlan(config);
    const previous = expectedVersions(config);
    const independentChart = config.chart?.versioning === 'independent';
    const versions = nextVersions(job, previous);
    const { writes, changes, changedFiles } = editFiles(scanned, versions);
    writer?.write(writes);
    const what = `${previous.app} -> ${versions.app}${independentChart ? ` (chart ${previous.chart} -> ${versions.chart})` : ''}`;
    reporter.info(`${dryRun ? 'Dry run: would change' : 'Changed'} ${changes.length} version references in ${changedFiles.length} files: ${what}`);
    return { versions, previous, independentChart, changedFiles, changes, dryRun, discoveredImages: discovered };
  } finally {
    writer?.close();
  }
}
