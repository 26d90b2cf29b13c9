import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  execute,
  parseInputs,
  run
} from "./chunk-DFPIDNLV.js";
import "./chunk-CL6NG74M.js";
import "./chunk-3266I6LT.js";
import "./chunk-2Y5LXIYX.js";
import "./chunk-J2HZHSML.js";
import "./chunk-L3LQVCA6.js";
import "./chunk-S3FUDS3N.js";
import "./chunk-YKIZ4RFB.js";
import "./chunk-5G36GUJD.js";
import "./chunk-GFW4D4B7.js";
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
