/** The `check` step's entry: every version slot must hold the release version (the chart's own for chart slots). */
import type { Reporter } from '../report/reporter.js';
import { expectedVersions, findDrift, type Drift } from './drift.js';
import type { CheckJob } from './inputs.js';
import { scanRepository } from './scan.js';
import type { Versions } from './slot.js';

export interface CheckResult {
  expected: Versions;
  drift: Drift[];
  files: number;
  references: number;
}

export async function checkVersions({ config }: CheckJob, reporter: Reporter): Promise<CheckResult> {
  for (const notice of config.notices) reporter.warning(notice);
  const scanned = await scanRepository(config);
  const expected = expectedVersions(config);
  const drift = findDrift(scanned, expected);
  for (const d of drift) reporter.error(`${d.field} holds ${d.current}, should hold ${d.expected}`, { file: d.file, line: d.line });
  const references = scanned.reduce((n, f) => n + f.slots.length, 0);
  const chart = expected.chart !== expected.app ? ` (chart ${expected.chart})` : '';
  reporter.info(drift.length === 0 ? `All ${references} version references in ${scanned.length} files hold ${expected.app}${chart}.` : `${drift.length} of ${references} version references disagree with ${expected.app}${chart}.`);
  return { expected, drift, files: scanned.length, references };
}
