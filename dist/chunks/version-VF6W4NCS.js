import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  applyVersion
} from "./chunk-MVLMKM7W.js";
import {
  versionCommandResult
} from "./chunk-5FCEOAWN.js";
import {
  parseInputs
} from "./chunk-J5QH2YA7.js";
import "./chunk-M26LGJ7E.js";
import "./chunk-2KVNMLT6.js";
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
