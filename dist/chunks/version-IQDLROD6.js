import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  applyVersion
} from "./chunk-JAOJAZNP.js";
import {
  versionCommandResult
} from "./chunk-GV2Z5SFB.js";
import {
  parseInputs
} from "./chunk-LAUUHVBW.js";
import "./chunk-EIN2HRWJ.js";
import "./chunk-B62V6NZZ.js";
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
