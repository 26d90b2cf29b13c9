import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  applyVersion
} from "./chunk-3MAZCHEH.js";
import {
  versionCommandResult
} from "./chunk-EWSZXOWV.js";
import {
  parseInputs
} from "./chunk-SKAKA45Y.js";
import "./chunk-5SHIKYIM.js";
import "./chunk-KI6SXQYD.js";
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
