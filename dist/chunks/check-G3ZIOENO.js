import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  expectedVersions,
  findDrift,
  scanRepository
} from "./chunk-JWH7LIDP.js";
import {
  configOverrides,
  loadConfig,
  repositoryRoot
} from "./chunk-ORLATUE2.js";
import "./chunk-EG62P5ZG.js";
import "./chunk-B2IBVPIQ.js";
import {
  markdownTable,
  md
} from "./chunk-DQ5E7V2U.js";
import "./chunk-IXRSKL5H.js";
import "./chunk-HANBNIMK.js";

// src/commands/check.ts
function parseInputs(options) {
  return { config: loadConfig(repositoryRoot(options), configOverrides(options)) };
}
async function run(options, reporter) {
  return execute(parseInputs(options), reporter);
}
async function execute({ config }, reporter) {
  for (const notice of config.notices) reporter.warning(notice);
  const scanned = await scanRepository(config);
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
    ...ok ? [] : ["", markdownTable(["Where", "Field", "Holds", "Should hold"], drift.map((d) => [md.code(`${d.file}:${d.line}`), md.code(d.field), md.code(d.current), md.code(d.expected)]))]
  ].join("\n");
  const outputs = { version: expected.app, "chart-version": expected.chart, "drift-count": String(drift.length) };
  return {
    ok,
    outputs,
    summary,
    // the outputs' names, then the details
    json: { ok, version: expected.app, "chart-version": expected.chart, "drift-count": drift.length, files: scanned.length, references: slotCount, drift }
  };
}
export {
  execute,
  parseInputs,
  run
};
