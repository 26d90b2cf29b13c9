import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  applyVersion
} from "./chunk-HKDFNH35.js";
import {
  versionCommandResult
} from "./chunk-4Q7LPY6T.js";
import {
  parseInputs
} from "./chunk-WITTYTCV.js";
import "./chunk-OHGWFPXE.js";
import "./chunk-4X6DL75B.js";
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
