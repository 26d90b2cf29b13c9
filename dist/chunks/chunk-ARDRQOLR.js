import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  quote
} from "./chunk-EPMUPLEO.js";
import {
  markdownTable,
  md,
  visible
} from "./chunk-YWG6HEQV.js";

// src/version/report.ts
function versionCommandResult(result) {
  const { versions, previous, changes, changedFiles, dryRun } = result;
  const what = `${previous.app} -> ${versions.app}${result.independentChart ? ` (chart ${previous.chart} -> ${versions.chart})` : ""}`;
  const summary = [
    `### Version ${dryRun ? "(dry run) " : ""}${what}`,
    changes.length ? markdownTable(["File", "Field", "Old", "New"], changes.map((c) => [md.code(`${c.file}:${c.line}`), md.code(c.field), md.code(c.from), md.code(c.to)])) : `Every version reference already holds ${quote(versions.app)}.`
  ].join("\n\n");
  const outputs = {
    version: versions.app,
    "previous-version": previous.app,
    "chart-version": versions.chart,
    "changed-files": changedFiles.map(visible).join("\n")
    // one line per file, whatever its name holds
  };
  return {
    ok: true,
    outputs,
    summary,
    // the outputs' names (changed-files as a list), then the details
    json: { ...outputs, "changed-files": changedFiles, "dry-run": dryRun, changes }
  };
}
function checkCommandResult({ expected, drift, files, references }) {
  const ok = drift.length === 0;
  const summary = [
    `### Version check: ${ok ? `no drift (${references} references)` : `${drift.length} of ${references} references drifted`}`,
    ...ok ? [] : ["", markdownTable(["Where", "Field", "Holds", "Should hold"], drift.map((d) => [md.code(`${d.file}:${d.line}`), md.code(d.field), md.code(d.current), md.code(d.expected)]))]
  ].join("\n");
  const outputs = { version: expected.app, "chart-version": expected.chart, "drift-count": String(drift.length) };
  return {
    ok,
    outputs,
    summary,
    // the outputs' names, then the details
    json: { ok, version: expected.app, "chart-version": expected.chart, "drift-count": drift.length, files, references, drift }
  };
}

export {
  versionCommandResult,
  checkCommandResult
};
