import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isUserError
} from "./chunk-AMA7OVDP.js";
import "./chunk-PY5VAGIZ.js";

// src/commands/load.ts
var LOADERS = {
  version: () => import("./version-6DAWYAD4.js"),
  check: () => import("./check-V7JFY5XH.js"),
  chart: () => import("./chart-LRXHWUT2.js"),
  image: () => import("./image-J6EDXIJ5.js")
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
