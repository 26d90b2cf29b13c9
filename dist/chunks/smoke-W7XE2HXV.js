import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  parseInputs,
  runSmokeGate,
  smokeCommandResult
} from "./chunk-T3CSG3UN.js";
import "./chunk-6O2J6LPZ.js";
import "./chunk-H7UVPWG3.js";
import "./chunk-3266I6LT.js";
import "./chunk-2Y5LXIYX.js";
import "./chunk-J2HZHSML.js";
import "./chunk-H2SKQNUD.js";
import "./chunk-GVZGZ76Q.js";
import "./chunk-I7VFIMAM.js";
import "./chunk-T6S7EMC3.js";
import "./chunk-KS3EKTQK.js";
import "./chunk-SNYKVW6S.js";
import "./chunk-GGRJXFB2.js";
import "./chunk-ZRIAHY4V.js";
import "./chunk-B2IBVPIQ.js";
import "./chunk-YWG6HEQV.js";
import "./chunk-IXRSKL5H.js";
import "./chunk-HANBNIMK.js";

// src/commands/smoke.ts
async function run(options, reporter, { cleanup, signal }) {
  return smokeCommandResult(await runSmokeGate(parseInputs(options), reporter, cleanup, signal));
}
export {
  run
};
