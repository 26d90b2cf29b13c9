import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isUserError
} from "./chunk-IXRSKL5H.js";
import "./chunk-HANBNIMK.js";

// src/commands/load.ts
var LOADERS = {
  version: () => import("./version-WF64DT3U.js"),
  check: () => import("./check-LJINZOE4.js"),
  chart: () => import("./chart-PHPA6IX2.js"),
  image: () => import("./image-OL4LA7H5.js"),
  release: () => import("./release-ATOEZXGJ.js"),
  smoke: () => import("./smoke-GHX3ZEL6.js"),
  probe: () => import("./probe-MIVV347V.js")
};

// src/run.ts
async function runCommand(name, options, reporter) {
  const load = LOADERS[name];
  if (!load) {
    reporter.fail(`input command: unknown command ${JSON.stringify(name)} (expected one of ${Object.keys(LOADERS).join(", ")})`);
    return 1;
  }
  try {
    reporter.preflight?.();
    const command = await load();
    const result = await command.run(options, reporter);
    await reporter.finish(result);
    if (result.error !== void 0) throw result.error;
    if (!result.ok) {
      reporter.fail(`${name}: failed`);
      return 1;
    }
    return 0;
  } catch (err) {
    if (isUserError(err)) {
      for (const problem of err.problems) reporter.fail(problem);
      return 1;
    }
    for (const frame of (err instanceof Error ? err.stack ?? "" : "").split("\n").slice(1)) reporter.info(frame);
    reporter.fail(`${name}: unexpected error: ${err instanceof Error ? err.message : String(err)}`);
    return 2;
  }
}
export {
  runCommand
};
