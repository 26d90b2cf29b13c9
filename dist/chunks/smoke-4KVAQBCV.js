import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  parseInputs,
  runSmokeGate,
  smokeCommandResult
} from "./chunk-H5OI5VC3.js";
import "./chunk-6BEL6NGL.js";
import "./chunk-H7UVPWG3.js";
import "./chunk-3266I6LT.js";
import "./chunk-2Y5LXIYX.js";
import "./chunk-J2HZHSML.js";
import "./chunk-H2SKQNUD.js";
import "./chunk-ECDDP3CA.js";
import "./chunk-JAI3SDJV.js";
import "./chunk-WNPZ7AUO.js";
import "./chunk-OHGWFPXE.js";
import "./chunk-4X6DL75B.js";
import "./chunk-JH56LECD.js";
import "./chunk-ZDDTFQT7.js";
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
