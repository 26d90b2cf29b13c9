import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  parseInputs,
  readCredentials,
  runSmokeGate,
  smokeCommandResult
} from "./chunk-7VUJM3HR.js";
import "./chunk-HCJAPFST.js";
import "./chunk-EDL5QZO6.js";
import "./chunk-7CV4RHB7.js";
import "./chunk-3266I6LT.js";
import "./chunk-2Y5LXIYX.js";
import "./chunk-J2HZHSML.js";
import "./chunk-UEAZNNQA.js";
import "./chunk-H2SKQNUD.js";
import "./chunk-YXDV4WXH.js";
import "./chunk-6ZUX5ST6.js";
import "./chunk-ZXSDCEXT.js";
import "./chunk-YLDWLXP3.js";
import "./chunk-EPMUPLEO.js";
import "./chunk-MBL3Z2YT.js";
import "./chunk-OOIETZWO.js";
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
