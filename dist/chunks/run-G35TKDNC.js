import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  localHost
} from "./chunk-H2SKQNUD.js";
import {
  CleanupRegistry
} from "./chunk-YXDV4WXH.js";
import "./chunk-6ZUX5ST6.js";
import "./chunk-ZXSDCEXT.js";
import "./chunk-OOIETZWO.js";
import "./chunk-B2IBVPIQ.js";
import {
  UserError,
  isUserError
} from "./chunk-IXRSKL5H.js";
import "./chunk-HANBNIMK.js";

// src/commands/load.ts
var LOADERS = {
  version: () => import("./version-EYQG2GWI.js"),
  check: () => import("./check-GT3COEVF.js"),
  chart: () => import("./chart-XXF3XBPE.js"),
  image: () => import("./image-7Y6JSQ5O.js"),
  release: () => import("./release-B65R3J3N.js"),
  smoke: () => import("./smoke-AELCO47W.js"),
  probe: () => import("./probe-GWXGXKJH.js")
};

// src/run.ts
var GRACE_MS = 2e4;
async function removeAll(cleanup, reporter) {
  for (const problem of await cleanup.runAll()) reporter.warning(`not removed: ${problem}`);
}
async function runCommand(name, options, reporter) {
  const load = LOADERS[name];
  if (!load) {
    reporter.fail(`input command: unknown command ${JSON.stringify(name)} (expected one of ${Object.keys(LOADERS).join(", ")})`);
    return 1;
  }
  const cleanup = new CleanupRegistry((actions) => reporter.saveState?.("cleanup", JSON.stringify(actions)));
  const interrupt = new AbortController();
  let interrupted = 0;
  const onSignal = (signal) => {
    interrupted++;
    if (interrupted === 1) {
      interrupt.abort(new UserError(`interrupted (${signal})`));
      setTimeout(() => void removeAll(cleanup, reporter).finally(() => process.exit(130)), GRACE_MS).unref();
    } else {
      void removeAll(cleanup, reporter).finally(() => process.exit(130));
    }
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    reporter.preflight?.();
    const command = await load();
    const result = await command.run(options, reporter, { cleanup, signal: interrupt.signal, host: localHost() });
    await removeAll(cleanup, reporter);
    await reporter.finish(result);
    if (result.error !== void 0) throw result.error;
    if (!result.ok) {
      reporter.fail(`${name}: failed`);
      return 1;
    }
    return interrupted ? 130 : 0;
  } catch (err) {
    await removeAll(cleanup, reporter);
    if (isUserError(err)) {
      for (const problem of err.problems) reporter.fail(problem);
      return interrupted ? 130 : 1;
    }
    for (const frame of (err instanceof Error ? err.stack ?? "" : "").split("\n").slice(1)) reporter.info(frame);
    reporter.fail(`${name}: unexpected error: ${err instanceof Error ? err.message : String(err)}`);
    return 2;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}
export {
  runCommand
};
