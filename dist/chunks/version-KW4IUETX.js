import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  applyVersion
} from "./chunk-2MFBBRUC.js";
import {
  versionCommandResult
} from "./chunk-IGUAKSR3.js";
import {
  parseInputs
} from "./chunk-EAC2JEXR.js";
import "./chunk-Q6YFZ6UE.js";
import "./chunk-3UP3TCEX.js";
import "./chunk-JH56LECD.js";
import "./chunk-IVOQDBVW.js";
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
