import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  parseInputs,
  readCredentials,
  runSmokeGate,
  smokeCommandResult
} from "./chunk-EUOEEXZA.js";
import "./chunk-23TCMPSP.js";
import "./chunk-F46NJGU7.js";
import "./chunk-4GBPLXUH.js";
import "./chunk-3266I6LT.js";
import "./chunk-2Y5LXIYX.js";
import "./chunk-J2HZHSML.js";
import "./chunk-5QIPAWUH.js";
import "./chunk-H2SKQNUD.js";
import "./chunk-ENLIUEQD.js";
import "./chunk-BKTBVNWJ.js";
import "./chunk-PLM6UBXQ.js";
import "./chunk-AGKZCBJK.js";
import "./chunk-RVORJIFQ.js";
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
