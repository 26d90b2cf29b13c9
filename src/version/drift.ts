import type { ReleaseConfig } from '../config/config.js';
import { UserError } from '../errors.js';
import type { ScannedFile } from './scan.js';
import { readCurrentVersion } from './scan.js';
import { chartYaml } from './updaters/helm/chart-yaml.js';
import type { Versions } from './slot.js';
import { readRepoText } from '../fs/read.js';
import { isSemver, shown } from './semver.js';

export interface Drift {
  file: string;
  line: number;
  field: string;
  current: string;
  expected: string;
}

/** The release version from its source, and the chart version (the same unless the chart is versioned on its own). */
export function expectedVersions(config: ReleaseConfig): Versions {
  const { version: app } = readCurrentVersion(config);
  if (!isSemver(app)) {
    throw new UserError(`${config.versionSource.file}: ${config.versionSource.field}: ${shown(app)} is not a valid SemVer version`);
  }
  if (config.chart?.versioning !== 'independent') return { app, chart: app };
  const file = `${config.chart.dir}/Chart.yaml`;
  const slot = chartYaml.find(readRepoText(config.root, file), file).find((s) => s.field === 'version');
  return { app, chart: slot?.current ?? app };
}

export function findDrift(files: ScannedFile[], expected: Versions): Drift[] {
  return files.flatMap((f) =>
    f.slots
      .filter((s) => s.current !== expected[s.stream])
      .map((s) => ({ file: s.file, line: s.line, field: s.field, current: s.current, expected: expected[s.stream] })),
  );
}
