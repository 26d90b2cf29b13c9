import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  parseInputs,
  runSmokeGate,
  smokeCommandResult
} from "./chunk-VOBRYTXO.js";
import "./chunk-TUQTDNJF.js";
import "./chunk-H7UVPWG3.js";
import "./chunk-3266I6LT.js";
import "./chunk-2Y5LXIYX.js";
import "./chunk-J2HZHSML.js";
import "./chunk-H2SKQNUD.js";
import "./chunk-YBW7X5HR.js";
import "./chunk-EC4FHZCM.js";
import "./chunk-OYYZ3YFU.js";
import "./chunk-A2UYNYQU.js";
import "./chunk-2IYCTUZU.js";
import "./chunk-LD3FMH3W.js";
import "./chunk-SUW4P4JO.js";
import "./chunk-B2IBVPIQ.js";
import "./chunk-SN2VKUYL.js";
import "./chunk-IXRSKL5H.js";
import "./chunk-HANBNIMK.js";

// src/commands/smoke.ts
async function run(options, reporter, { cleanup, signal }) {
  return smokeCommandResult(await runSmokeGate(parseInputs(options), reporter, cleanup, signal));
}
export {
  run
};
