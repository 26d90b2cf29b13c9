import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  expectedVersions,
  planFiles,
  scanFiles
} from "./chunk-43GALE7P.js";
import {
  applyVersions,
  booleanOption,
  bump,
  compare,
  configOverrides,
  loadConfig,
  markdownTable,
  parseBumpKind,
  parsePreid,
  parseReleaseVersion,
  quote,
  repositoryRoot,
  stringOption,
  withoutOverlaps
} from "./chunk-4FAX45R6.js";
import {
  UserError
} from "./chunk-AMA7OVDP.js";
import "./chunk-HANBNIMK.js";

// src/fs/atomic-write.ts
import { randomBytes } from "node:crypto";
import { renameSync, rmSync, writeFileSync, statSync } from "node:fs";
import path from "node:path";
function writeAllOrNothing(writes) {
  const suffix = `.dot-ai-release-${randomBytes(4).toString("hex")}.tmp`;
  const staged = [];
  try {
    for (const write of writes) {
      const temp = path.join(path.dirname(write.absolute), `.${path.basename(write.absolute)}${suffix}`);
      writeFileSync(temp, write.text, { mode: statSync(write.absolute).mode });
      staged.push({ temp, write });
    }
  } catch (err) {
    for (const { temp } of staged) rmSync(temp, { force: true });
    throw err;
  }
  const renamed = [];
  try {
    for (const { temp, write } of staged) {
      renameSync(temp, write.absolute);
      renamed.push(write);
    }
  } catch (err) {
    for (const write of renamed) writeFileSync(write.absolute, write.original);
    for (const { temp } of staged) rmSync(temp, { force: true });
    throw err;
  }
}

// src/commands/version.ts
function nextVersions(options, current, independentChart) {
  const bumpInput = stringOption(options, "bump");
  const setInput = stringOption(options, "set");
  const preidInput = stringOption(options, "preid");
  if (bumpInput && setInput) throw new UserError("inputs bump and set: give one, not both");
  if (!bumpInput && !setInput) throw new UserError("input bump or set: one is required (e.g. --bump minor or --set 1.2.3)");
  const preid = preidInput === void 0 ? void 0 : parsePreid(preidInput, "input preid");
  if (preid && setInput) throw new UserError("input preid: only applies to bump, not to set");
  let app;
  let chart;
  if (bumpInput) {
    const kind = parseBumpKind(bumpInput, "input bump");
    if (preid && !kind.startsWith("pre")) throw new UserError(`input preid: only applies to pre* bumps, not to ${kind}`);
    app = bump(current.app, kind, preid);
    chart = independentChart ? bump(current.chart, kind, preid) : app;
  } else {
    app = parseReleaseVersion(setInput, "input set");
    chart = app;
  }
  const chartInput = stringOption(options, "chart-version");
  if (chartInput) {
    if (!independentChart) throw new UserError("input chart-version: only with chart-versioning independent (otherwise the chart version is the app version)");
    chart = parseReleaseVersion(chartInput, "input chart-version");
  } else if (independentChart && setInput) {
    throw new UserError("input chart-version: required with set when the chart is versioned independently");
  }
  if (!booleanOption(options, "allow-downgrade")) {
    if (compare(app, current.app) < 0) {
      throw new UserError(`input ${setInput ? "set" : "bump"}: ${app} is lower than the current version ${current.app} (pass allow-downgrade to release it anyway)`);
    }
    if (independentChart && compare(chart, current.chart) < 0) {
      throw new UserError(`input chart-version: ${chart} is lower than the current chart version ${current.chart} (pass allow-downgrade to release it anyway)`);
    }
  }
  return { app, chart };
}
function editFile(file, versions) {
  const text = applyVersions(file.text, file.slots, versions);
  const changes = file.slots.filter((s) => s.current !== versions[s.stream]).map((s) => ({ file: s.file, line: s.line, field: s.field, from: s.current, to: versions[s.stream] }));
  if (text === file.text) return { changes };
  let reread;
  try {
    reread = withoutOverlaps(file.updaters.flatMap((u) => u.find(text, file.file)));
  } catch (err) {
    throw new UserError(`${file.file}: the edited file does not parse (${err.message}); nothing was written`);
  }
  const wrong = reread.find((s) => s.current !== versions[s.stream]);
  if (reread.length !== file.slots.length || wrong) {
    throw new UserError(`${file.file}: the edited file does not read back ${wrong ? `${versions[wrong.stream]} at ${wrong.field}` : "the same fields"}; nothing was written`);
  }
  return { write: { absolute: file.absolute, original: file.text, text }, changes };
}
async function run(options, reporter) {
  const config = loadConfig(repositoryRoot(options), configOverrides(options));
  const scanned = scanFiles(config, await planFiles(config));
  const current = expectedVersions(config);
  const independent = config.chart?.versioning === "independent";
  const versions = nextVersions(options, current, independent);
  const dryRun = booleanOption(options, "dry-run");
  const edits = scanned.map((f) => editFile(f, versions));
  const writes = edits.flatMap((e) => e.write ? [e.write] : []);
  const changes = edits.flatMap((e) => e.changes);
  const changedFiles = scanned.filter((_, i) => edits[i]?.write).map((f) => f.file);
  if (!dryRun) writeAllOrNothing(writes);
  const what = `${current.app} -> ${versions.app}${independent ? ` (chart ${current.chart} -> ${versions.chart})` : ""}`;
  reporter.info(
    `${dryRun ? "Dry run: would change" : "Changed"} ${changes.length} version references in ${changedFiles.length} files: ${what}`
  );
  const summary = [
    `### Version ${dryRun ? "(dry run) " : ""}${what}`,
    changes.length ? markdownTable(["File", "Field", "Old", "New"], changes.map((c) => [`${c.file}:${c.line}`, c.field, c.from, c.to])) : `Every version reference already holds ${quote(versions.app)}.`
  ].join("\n\n");
  return {
    ok: true,
    outputs: {
      version: versions.app,
      "previous-version": current.app,
      "chart-version": versions.chart,
      "changed-files": changedFiles.join("\n")
    },
    summary,
    json: { version: versions.app, previousVersion: current.app, chartVersion: versions.chart, dryRun, changedFiles, changes }
  };
}
export {
  run
};
