import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  execute,
  parseInputs,
  run
} from "./chunk-76BSMJ2S.js";
import "./chunk-RISZ3JRE.js";
import "./chunk-J677PQ3W.js";
import "./chunk-YMTCIZPE.js";
import "./chunk-GILV23D2.js";
import "./chunk-JWH7LIDP.js";
import "./chunk-ORLATUE2.js";
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
