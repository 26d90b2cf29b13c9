import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  execute,
  parseInputs,
  run
} from "./chunk-GASFF3P6.js";
import "./chunk-CL6NG74M.js";
import "./chunk-3266I6LT.js";
import "./chunk-2Y5LXIYX.js";
import "./chunk-J2HZHSML.js";
import "./chunk-L3LQVCA6.js";
import "./chunk-S3FUDS3N.js";
import "./chunk-YKIZ4RFB.js";
import "./chunk-6KVLYOAG.js";
import "./chunk-ODY2SBER.js";
import "./chunk-KTVI2IWG.js";
import "./chunk-B2IBVPIQ.js";
import "./chunk-DQ5E7V2U.js";
import "./chunk-IXRSKL5H.js";
import "./chunk-HANBNIMK.js";
export {
  execute,
  parseInputs,
  run
};
