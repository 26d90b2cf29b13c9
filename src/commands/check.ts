import { loadConfig, type ReleaseConfig } from '../config/config.js';
import type { CommandResult, Reporter } from '../report/reporter.js';
import { markdownTable, md } from '../report/reporter.js';
import { expectedVersions, findDrift } from '../version/drift.js';
import { scanRepository } from '../version/scan.js';
import { configOverrides, repositoryRoot, type Options } from '../config/options.js';

/** The `check` command's inputs: the repository's configuration, with the selection inputs applied. */
export interface CheckInputs {
  config: ReleaseConfig;
}

export function parseInputs(options: Options): CheckInputs {
  return { config: loadConfig(repositoryRoot(options), configOverrides(options)) };
}

/** `check`: every version slot must hold the release version (the chart's own for chart slots). */
export async function run(options: Options, reporter: Reporter): Promise<CommandResult> {
  return execute(parseInputs(options), reporter);
}

export async function execute({ config }: CheckInputs, reporter: Reporter): Promise<CommandResult> {
  for (const notice of config.notices) reporter.warning(notice);
  const scanned = await scanRepository(config);
  const expected = expectedVersions(config);
  const drift = findDrift(scanned, expected);
  const slotCount = scanned.reduce((n, f) => n + f.slots.length, 0);

  for (const d of drift) {
    reporter.error(`${d.field} holds ${d.current}, should hold ${d.expected}`, { file: d.file, line: d.line });
  }
  const ok = drift.length === 0;
  const headline = ok
    ? `All ${slotCount} version references in ${scanned.length} files hold ${expected.app}${expected.chart !== expected.app ? ` (chart ${expected.chart})` : ''}.`
    : `${drift.length} of ${slotCount} version references disagree with ${expected.app}${expected.chart !== expected.app ? ` (chart ${expected.chart})` : ''}.`;
  reporter.info(headline);
  const summary = [
    `### Version check: ${ok ? `no drift (${slotCount} references)` : `${drift.length} of ${slotCount} references drifted`}`,
    ...(ok
      ? []
      : ['', markdownTable(['Where', 'Field', 'Holds', 'Should hold'], drift.map((d) => [md.code(`${d.file}:${d.line}`), md.code(d.field), md.code(d.current), md.code(d.expected)]))]),
  ].join('\n');
  const outputs = { version: expected.app, 'chart-version': expected.chart, 'drift-count': String(drift.length) };
  return {
    ok,
    outputs,
    summary,
    // the outputs' names, then the details
    json: { ok, version: expected.app, 'chart-version': expected.chart, 'drift-count': drift.length, files: scanned.length, references: slotCount, drift },
  };
}
