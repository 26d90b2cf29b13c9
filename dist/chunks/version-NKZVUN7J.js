import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  applyVersion
} from "./chunk-RBC6JO5H.js";
import {
  versionCommandResult
} from "./chunk-AXVUMHAI.js";
import {
  parseInputs
} from "./chunk-UUC2CL6S.js";
import "./chunk-KS3EKTQK.js";
import "./chunk-SNYKVW6S.js";
import "./chunk-GGRJXFB2.js";
import "./chunk-ZRIAHY4V.js";
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
