import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  applyVersion
} from "./chunk-4NKR4KOQ.js";
import {
  versionCommandResult
} from "./chunk-FEQVNAWY.js";
import {
  parseInputs
} from "./chunk-DZD4GMIA.js";
import "./chunk-EQKGCHYR.js";
import "./chunk-4LOMX5M3.js";
import "./chunk-VHGLRFMU.js";
import "./chunk-EG62P5ZG.js";
import "./chunk-B2IBVPIQ.js";
import "./chunk-DQ5E7V2U.js";
import "./chunk-IXRSKL5H.js";
import "./chunk-HANBNIMK.js";

// src/commands/version.ts
async function run(options, reporter) {
  return versionCommandResult(await applyVersion(parseInputs(options), reporter));
}
export {
  run
};
