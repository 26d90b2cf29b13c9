import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  applyVersion
} from "./chunk-W5ZGRDQM.js";
import {
  versionCommandResult
} from "./chunk-EBLDODD2.js";
import {
  parseInputs
} from "./chunk-QOTG5K2R.js";
import "./chunk-5IQLXDXH.js";
import "./chunk-4HJP6YTP.js";
import "./chunk-IB3OUDYR.js";
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
