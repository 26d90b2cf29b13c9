import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  require_ajv
} from "./chunk-3266I6LT.js";
import "./chunk-J2HZHSML.js";
import "./chunk-HANBNIMK.js";
export default require_ajv();
