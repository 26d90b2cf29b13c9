import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  execute,
  parseInputs,
  run
} from "./chunk-GGGTG7VE.js";
import "./chunk-5XDXISEC.js";
import "./chunk-SLOQUHZZ.js";
import "./chunk-S3FUDS3N.js";
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
