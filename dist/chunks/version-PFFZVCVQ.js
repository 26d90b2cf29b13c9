import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  applyVersion
} from "./chunk-VXX23GDA.js";
import {
  versionCommandResult
} from "./chunk-V6SSXNVN.js";
import {
  parseInputs
} from "./chunk-ZPF5UY3U.js";
import "./chunk-C6ECH7L6.js";
import "./chunk-VA2QMB4W.js";
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
