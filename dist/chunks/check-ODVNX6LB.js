import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  expectedVersions,
  findDrift,
  planFiles,
  scanFiles
} from "./chunk-43GALE7P.js";
import {
  configOverrides,
  loadConfig,
  markdownTable,
  repositoryRoot
} from "./chunk-4FAX45R6.js";
import "./chunk-AMA7OVDP.js";
import "./chunk-HANBNIMK.js";

// src/commands/check.ts
async function run(options, reporter) {
  const config = loadConfig(repositoryRoot(options), configOverrides(options));
  const scanned = scanFiles(config, await planFiles(config));
  const expected = expectedVersions(config);
  const drift = findDrift(scanned, expected);
  const slotCount = scanned.reduce((n, f) => n + f.slots.length, 0);
  for (const d of drift) {
    reporter.error(`${d.field} holds ${d.current}, should hold ${d.expected}`, { file: d.file, line: d.line });
  }
  const ok = drift.length === 0;
  const headline = ok ? `All ${slotCount} version references in ${scanned.length} files hold ${expected.app}${expected.chart !== expected.app ? ` (chart ${expected.chart})` : ""}.` : `${drift.length} of ${slotCount} version references disagree with ${expected.app}${expected.chart !== expected.app ? ` (chart ${expected.chart})` : ""}.`;
  reporter.info(headline);
  const summary = [
    `### Version check: ${ok ? `no drift (${slotCount} references)` : `${drift.length} of ${slotCount} references drifted`}`,
    ...ok ? [] : ["", markdownTable(["Where", "Field", "Holds", "Should hold"], drift.map((d) => [`${d.file}:${d.line}`, d.field, d.current, d.expected]))]
  ].join("\n");
  return {
    ok,
    outputs: { version: expected.app, "drift-count": String(drift.length) },
    summary,
    json: { ok, expected, files: scanned.length, references: slotCount, drift }
  };
}
export {
  run
};
