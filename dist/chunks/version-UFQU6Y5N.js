import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  applyVersion
} from "./chunk-XCGP3PQZ.js";
import {
  versionCommandResult
} from "./chunk-3WD4Y2JE.js";
import {
  parseInputs
} from "./chunk-MW5HFI4S.js";
import "./chunk-KXWAB7BW.js";
import "./chunk-AN5YJ4JK.js";
import "./chunk-JH56LECD.js";
import "./chunk-ZDDTFQT7.js";
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
