import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  parseInputs,
  readCredentials,
  runSmokeGate,
  smokeCommandResult
} from "./chunk-NGIGIJE7.js";
import "./chunk-T4GIJOWM.js";
import "./chunk-7MLUPMQ2.js";
import "./chunk-3266I6LT.js";
import "./chunk-2Y5LXIYX.js";
import "./chunk-J2HZHSML.js";
import "./chunk-TDBQD3FM.js";
import "./chunk-H2SKQNUD.js";
import "./chunk-ENLIUEQD.js";
import "./chunk-BKTBVNWJ.js";
import "./chunk-PLM6UBXQ.js";
import "./chunk-C6ECH7L6.js";
import "./chunk-VA2QMB4W.js";
import "./chunk-MBL3Z2YT.js";
import "./chunk-ZRIAHY4V.js";
import "./chunk-B2IBVPIQ.js";
import "./chunk-YWG6HEQV.js";
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
