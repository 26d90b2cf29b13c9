import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  parseInputs,
  runSmokeGate,
  smokeCommandResult
} from "./chunk-NOM5X6BI.js";
import "./chunk-H2SKQNUD.js";
import "./chunk-AGOQE2AX.js";
import "./chunk-MNRV5I5Y.js";
import "./chunk-3266I6LT.js";
import "./chunk-2Y5LXIYX.js";
import "./chunk-J2HZHSML.js";
import "./chunk-IJL2WPIO.js";
import "./chunk-EC4FHZCM.js";
import "./chunk-4KGEPRHU.js";
import "./chunk-M26LGJ7E.js";
import "./chunk-2KVNMLT6.js";
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
