import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  applyVersion
} from "./chunk-SGJLYTR4.js";
import {
  versionCommandResult
} from "./chunk-UBABKOEI.js";
import {
  parseInputs
} from "./chunk-QOVXC6Q6.js";
import "./chunk-43H2AXVW.js";
import "./chunk-CCIABKWY.js";
import "./chunk-DOUQDNMW.js";
import "./chunk-XY2I5SJI.js";
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
