import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  applyVersion
} from "./chunk-A2VMD4SH.js";
import {
  versionCommandResult
} from "./chunk-BENGS4D6.js";
import {
  parseInputs
} from "./chunk-7QOS3MR3.js";
import "./chunk-QNAXJAUA.js";
import "./chunk-37X3NR4U.js";
import "./chunk-U7ZVCZYA.js";
import "./chunk-SUW4P4JO.js";
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
