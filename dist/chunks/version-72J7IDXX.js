import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  applyVersion
} from "./chunk-SNT55C5T.js";
import {
  versionCommandResult
} from "./chunk-3N3UCVQR.js";
import {
  parseInputs
} from "./chunk-32M6K6PN.js";
import "./chunk-AGKZCBJK.js";
import "./chunk-RVORJIFQ.js";
import "./chunk-MBL3Z2YT.js";
import "./chunk-ZRIAHY4V.js";
import "./chunk-B2IBVPIQ.js";
import "./chunk-YWG6HEQV.js";
import "./chunk-IXRSKL5H.js";
import "./chunk-HANBNIMK.js";

// src/commands/version.ts
async function run(options, reporter) {
  return versionCommandResult(await applyVersion(parseInputs(options), reporter));
}
export {
  run
};
