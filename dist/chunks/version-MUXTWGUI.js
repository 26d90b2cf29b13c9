import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  applyVersion
} from "./chunk-TFI6L5SV.js";
import {
  versionCommandResult
} from "./chunk-TD73ZGYB.js";
import {
  parseInputs
} from "./chunk-BQY54KUT.js";
import "./chunk-UREKSN2Q.js";
import "./chunk-DPQFQD7Z.js";
import "./chunk-R3GO7SGB.js";
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
