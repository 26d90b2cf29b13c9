import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  parseInputs,
  runSmokeGate,
  smokeCommandResult
} from "./chunk-ZEPCEAIY.js";
import "./chunk-GFYGWRB4.js";
import "./chunk-H7UVPWG3.js";
import "./chunk-3266I6LT.js";
import "./chunk-2Y5LXIYX.js";
import "./chunk-J2HZHSML.js";
import "./chunk-H2SKQNUD.js";
import "./chunk-YBW7X5HR.js";
import "./chunk-EC4FHZCM.js";
import "./chunk-OYYZ3YFU.js";
import "./chunk-QNAXJAUA.js";
import "./chunk-37X3NR4U.js";
import "./chunk-U7ZVCZYA.js";
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
