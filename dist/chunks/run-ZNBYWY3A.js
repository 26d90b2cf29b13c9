import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isUserError
} from "./chunk-AMA7OVDP.js";
import "./chunk-HANBNIMK.js";

// src/commands/load.ts
var LOADERS = {
  version: () => import("./version-Q7LWVT3X.js"),
  check: () => import("./check-ODVNX6LB.js"),
  chart: () => import("./chart-N4JTIRAK.js"),
  image: () => import("./image-IZSRJAEA.js"),
  probe: () => import("./probe-IWC5ZJKW.js")
};

// src/run.ts
async function runCommand(name, options, reporter) {
  const load = LOADERS[name];
  if (!load) {
    reporter.fail(`input command: unknown command ${JSON.stringify(name)} (expected one of ${Object.keys(LOADERS).join(", ")})`);
    return 1;
  }
  try {
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
      reporter.fail(err.message);
      return 1;
    }
    reporter.fail(`${name}: unexpected error: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    return 2;
  }
}
export {
  runCommand
};
