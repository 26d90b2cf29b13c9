import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  parseInputs,
  runSmokeGate,
  smokeCommandResult
} from "./chunk-E4XNIRPT.js";
import "./chunk-E5QGC4QD.js";
import "./chunk-H7UVPWG3.js";
import "./chunk-3266I6LT.js";
import "./chunk-2Y5LXIYX.js";
import "./chunk-J2HZHSML.js";
import "./chunk-H2SKQNUD.js";
import "./chunk-OANRGZFV.js";
import "./chunk-RRHOEDWF.js";
import "./chunk-YTFQH2JH.js";
import "./chunk-Q6YFZ6UE.js";
import "./chunk-3UP3TCEX.js";
import "./chunk-JH56LECD.js";
import "./chunk-IVOQDBVW.js";
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
