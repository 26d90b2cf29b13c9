import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  applyVersion
} from "./chunk-ZZ5CANSK.js";
import {
  versionCommandResult
} from "./chunk-ARDRQOLR.js";
import {
  parseInputs
} from "./chunk-FTVOWISM.js";
import "./chunk-YLDWLXP3.js";
import "./chunk-EPMUPLEO.js";
import "./chunk-MBL3Z2YT.js";
import "./chunk-OOIETZWO.js";
import "./chunk-B2IBVPIQ.js";
import "./chunk-YWG6HEQV.js";
import "./chunk-IXRSKL5H.js";
import "./chunk-HANBNIMK.js";

// src/commands/version.ts
async function run(options, reporter) {
  return versionCommandResult(await applyVersion(parseInputs(options), reporter));
}
export {
  run
};
