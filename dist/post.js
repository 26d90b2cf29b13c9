import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  describeAction,
  perform
} from "./chunks/chunk-YXDV4WXH.js";
import "./chunks/chunk-6ZUX5ST6.js";
import "./chunks/chunk-ZXSDCEXT.js";
import {
  getState,
  info,
  warning
} from "./chunks/chunk-6YWAW5QL.js";
import "./chunks/chunk-PQADDHOS.js";
import "./chunks/chunk-OOIETZWO.js";
import "./chunks/chunk-B2IBVPIQ.js";
import "./chunks/chunk-IXRSKL5H.js";
import "./chunks/chunk-HANBNIMK.js";

// src/post.ts
async function main() {
  const saved = getState("cleanup");
  if (!saved) return;
  let actions;
  try {
    actions = JSON.parse(saved);
  } catch {
    warning("post: the saved cleanup list is not readable; nothing removed");
    return;
  }
  for (const action of actions) {
    const problem = await perform(action);
    info(problem ? `post: not removed: ${problem}` : `post: removed ${describeAction(action)}`);
  }
}
await main();
