import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  execute,
  parseInputs,
  run
} from "./chunk-THCFBCMU.js";
import "./chunk-WT2AZUKW.js";
import "./chunk-B64QFYU4.js";
import "./chunk-YZ4X2NVW.js";
import "./chunk-GILV23D2.js";
import "./chunk-LPLEOXJR.js";
import "./chunk-MLT24JLN.js";
import "./chunk-EG62P5ZG.js";
import "./chunk-B2IBVPIQ.js";
import "./chunk-DQ5E7V2U.js";
import "./chunk-IXRSKL5H.js";
import "./chunk-HANBNIMK.js";
export {
  execute,
  parseInputs,
  run
};
