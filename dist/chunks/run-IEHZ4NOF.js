import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isUserError
} from "./chunk-IXRSKL5H.js";
import "./chunk-HANBNIMK.js";

// src/commands/load.ts
var LOADERS = {
  version: () => import("./version-UN74I6CH.js"),
  check: () => import("./check-G3ZIOENO.js"),
  chart: () => import("./chart-2C2P4LM6.js"),
  image: () => import("./image-7CZKS47S.js"),
  release: () => import("./release-WXHEV6U2.js"),
  smoke: () => import("./smoke-IWTP5C7P.js"),
  probe: () => import("./probe-FMDJNPE7.js")
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
