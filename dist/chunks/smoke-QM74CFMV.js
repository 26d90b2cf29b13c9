import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  parseInputs,
  readCredentials,
  runSmokeGate,
  smokeCommandResult
} from "./chunk-OAZVFSHD.js";
import "./chunk-VC6Y4ZJB.js";
import "./chunk-RMFKXXOV.js";
import "./chunk-3266I6LT.js";
import "./chunk-2Y5LXIYX.js";
import "./chunk-J2HZHSML.js";
import "./chunk-MDLAYORC.js";
import "./chunk-H2SKQNUD.js";
import "./chunk-S5QDBHGG.js";
import "./chunk-NOZQPTYW.js";
import "./chunk-NPN5OZRQ.js";
import "./chunk-EIN2HRWJ.js";
import "./chunk-B62V6NZZ.js";
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
