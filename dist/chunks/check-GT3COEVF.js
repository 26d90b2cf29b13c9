import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkCommandResult
} from "./chunk-ARDRQOLR.js";
import {
  parseCheckInputs
} from "./chunk-FTVOWISM.js";
import {
  expectedVersions,
  findDrift,
  scanRepository
} from "./chunk-YLDWLXP3.js";
import "./chunk-EPMUPLEO.js";
import "./chunk-MBL3Z2YT.js";
import "./chunk-OOIETZWO.js";
import "./chunk-B2IBVPIQ.js";
import "./chunk-YWG6HEQV.js";
import "./chunk-IXRSKL5H.js";
import "./chunk-HANBNIMK.js";

// src/version/check.ts
async function checkVersions({ config }, reporter) {
  for (const notice of config.notices) reporter.warning(notice);
  const scanned = await scanRepository(config);
  const expected = expectedVersions(config);
  const drift = findDrift(scanned, expected);
  for (const d of drift) reporter.error(`${d.field} holds ${d.current}, should hold ${d.expected}`, { file: d.file, line: d.line });
  const references = scanned.reduce((n, f) => n + f.slots.length, 0);
  const chart = expected.chart !== expected.app ? ` (chart ${expected.chart})` : "";
  reporter.info(drift.length === 0 ? `All ${references} version references in ${scanned.length} files hold ${expected.app}${chart}.` : `${drift.length} of ${references} version references disagree with ${expected.app}${chart}.`);
  return { expected, drift, files: scanned.length, references };
}

// src/commands/check.ts
async function run(options, reporter) {
  return checkCommandResult(await checkVersions(parseCheckInputs(options), reporter));
}
export {
  run
};
