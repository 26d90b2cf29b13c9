import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  applyVersion
} from "./chunk-XJFGF2EL.js";
import {
  versionCommandResult
} from "./chunk-2M3GTF5W.js";
import {
  parseInputs
} from "./chunk-PUXT3ELP.js";
import "./chunk-7CYY72OM.js";
import "./chunk-TCDHRMMS.js";
import "./chunk-474LMS47.js";
import "./chunk-XDPAZH27.js";
import "./chunk-B2IBVPIQ.js";
import "./chunk-OY2UBKYL.js";
import "./chunk-IXRSKL5H.js";
import "./chunk-HANBNIMK.js";

// src/commands/version.ts
async function run(options, reporter) {
  return versionCommandResult(await applyVersion(parseInputs(options), reporter));
}
export {
  run
};
