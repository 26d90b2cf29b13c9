import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  parseInputs,
  runSmokeGate,
  smokeCommandResult
} from "./chunk-RTCFFS3I.js";
import "./chunk-UKVW7EQ3.js";
import "./chunk-MNRV5I5Y.js";
import "./chunk-3266I6LT.js";
import "./chunk-2Y5LXIYX.js";
import "./chunk-J2HZHSML.js";
import "./chunk-H2SKQNUD.js";
import "./chunk-IKUWKYQM.js";
import "./chunk-22OFS2VK.js";
import "./chunk-FFRMLSK6.js";
import "./chunk-43H2AXVW.js";
import "./chunk-CCIABKWY.js";
import "./chunk-DOUQDNMW.js";
import "./chunk-XY2I5SJI.js";
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
