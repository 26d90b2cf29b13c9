import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  execute,
  parseInputs,
  run
} from "./chunk-JHX2EKLB.js";
import "./chunk-KJDQN5S5.js";
import "./chunk-L5QHKVWR.js";
import "./chunk-S3FUDS3N.js";
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
