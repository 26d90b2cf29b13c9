import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  applyVersion
} from "./chunk-5NNPP4MX.js";
import {
  versionCommandResult
} from "./chunk-WWNJIKCA.js";
import {
  parseInputs
} from "./chunk-2WTABRDX.js";
import "./chunk-A2UYNYQU.js";
import "./chunk-2IYCTUZU.js";
import "./chunk-LD3FMH3W.js";
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
