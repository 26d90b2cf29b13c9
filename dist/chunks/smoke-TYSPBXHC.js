import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  parseInputs,
  runSmokeGate,
  smokeCommandResult
} from "./chunk-XV66DMEQ.js";
import "./chunk-H2SKQNUD.js";
import "./chunk-JMFP56FZ.js";
import "./chunk-MNRV5I5Y.js";
import "./chunk-3266I6LT.js";
import "./chunk-2Y5LXIYX.js";
import "./chunk-J2HZHSML.js";
import "./chunk-YXBUUNON.js";
import "./chunk-XQ26IXDQ.js";
import "./chunk-KIPDSV7S.js";
import "./chunk-5IQLXDXH.js";
import "./chunk-4HJP6YTP.js";
import "./chunk-IB3OUDYR.js";
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
