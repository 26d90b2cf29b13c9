import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  parseInputs,
  runSmokeGate,
  smokeCommandResult
} from "./chunk-6OL6DTOX.js";
import "./chunk-H2SKQNUD.js";
import "./chunk-ULXNBDMZ.js";
import "./chunk-MNRV5I5Y.js";
import "./chunk-3266I6LT.js";
import "./chunk-2Y5LXIYX.js";
import "./chunk-J2HZHSML.js";
import "./chunk-2REGRX2E.js";
import "./chunk-2HSEJACJ.js";
import "./chunk-6VKW75W3.js";
import "./chunk-7CYY72OM.js";
import "./chunk-TCDHRMMS.js";
import "./chunk-474LMS47.js";
import "./chunk-XDPAZH27.js";
import "./chunk-B2IBVPIQ.js";
import "./chunk-OY2UBKYL.js";
import "./chunk-IXRSKL5H.js";
import "./chunk-HANBNIMK.js";

// src/commands/smoke.ts
async function run(options, reporter, { cleanup, signal }) {
  return smokeCommandResult(await runSmokeGate(parseInputs(options), reporter, cleanup, signal));
}
export {
  run
};
