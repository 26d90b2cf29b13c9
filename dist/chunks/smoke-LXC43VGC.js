import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  parseInputs,
  runSmokeGate,
  smokeCommandResult
} from "./chunk-VZWPKZ44.js";
import "./chunk-2GNYAA77.js";
import "./chunk-H7UVPWG3.js";
import "./chunk-3266I6LT.js";
import "./chunk-2Y5LXIYX.js";
import "./chunk-J2HZHSML.js";
import "./chunk-H2SKQNUD.js";
import "./chunk-2V3UXW4H.js";
import "./chunk-XQ26IXDQ.js";
import "./chunk-KLTOY735.js";
import "./chunk-UREKSN2Q.js";
import "./chunk-DPQFQD7Z.js";
import "./chunk-R3GO7SGB.js";
import "./chunk-EG62P5ZG.js";
import "./chunk-B2IBVPIQ.js";
import "./chunk-DQ5E7V2U.js";
import "./chunk-IXRSKL5H.js";
import "./chunk-HANBNIMK.js";

// src/commands/smoke.ts
async function run(options, reporter, { cleanup, signal }) {
  return smokeCommandResult(await runSmokeGate(parseInputs(options), reporter, cleanup, signal));
}
export {
  run
};
