import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  applyVersion
} from "./chunk-UBZXUNSB.js";
import {
  versionCommandResult
} from "./chunk-6MTLY723.js";
import {
  parseInputs
} from "./chunk-5IRPLZ2L.js";
import "./chunk-HOCCY3S5.js";
import "./chunk-FEF4WM5W.js";
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
