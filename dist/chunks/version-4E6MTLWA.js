import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  execute,
  parseInputs,
  run
} from "./chunk-HWD7ZN5G.js";
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
