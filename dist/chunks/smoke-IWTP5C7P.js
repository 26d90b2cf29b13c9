import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  execute,
  parseInputs,
  run
} from "./chunk-VW5FLD2P.js";
import "./chunk-J677PQ3W.js";
import "./chunk-CL6NG74M.js";
import "./chunk-3266I6LT.js";
import "./chunk-2Y5LXIYX.js";
import "./chunk-J2HZHSML.js";
import "./chunk-KZ65SJWU.js";
import "./chunk-XQ26IXDQ.js";
import "./chunk-GILV23D2.js";
import "./chunk-YKIZ4RFB.js";
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
