import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  applyVersion
} from "./chunk-XBJZ2OJ2.js";
import {
  versionCommandResult
} from "./chunk-YN57XX7P.js";
import {
  parseInputs
} from "./chunk-2UMCZODG.js";
import "./chunk-4CF5C5OD.js";
import "./chunk-G6ZTYPQD.js";
import "./chunk-HWADFNKI.js";
import "./chunk-ZDDTFQT7.js";
import "./chunk-B2IBVPIQ.js";
import "./chunk-SN2VKUYL.js";
import "./chunk-IXRSKL5H.js";
import "./chunk-HANBNIMK.js";

// src/commands/version.ts
async function run(options, reporter) {
  return versionCommandResult(await applyVersion(parseInputs(options), reporter));
}
export {
  run
};
