import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  parseInputs,
  readCredentials,
  runSmokeGate,
  smokeCommandResult
} from "./chunk-XPT6UXKR.js";
import "./chunk-H2SKQNUD.js";
import "./chunk-EX3M4EIX.js";
import "./chunk-Y3D63DC6.js";
import "./chunk-3266I6LT.js";
import "./chunk-2Y5LXIYX.js";
import "./chunk-J2HZHSML.js";
import "./chunk-O5OP726O.js";
import "./chunk-WPIQJBEY.js";
import "./chunk-OEE7NS3H.js";
import "./chunk-KIPDSV7S.js";
import "./chunk-5SHIKYIM.js";
import "./chunk-KI6SXQYD.js";
import "./chunk-VHGLRFMU.js";
import "./chunk-EG62P5ZG.js";
import "./chunk-B2IBVPIQ.js";
import "./chunk-DQ5E7V2U.js";
import "./chunk-IXRSKL5H.js";
import "./chunk-HANBNIMK.js";

// src/commands/smoke.ts
async function run(options, reporter, { cleanup, signal }) {
  const credentials = await readCredentials(options, reporter);
  return smokeCommandResult(await runSmokeGate(parseInputs(options, { credentials }), reporter, cleanup, signal));
}
export {
  run
};
