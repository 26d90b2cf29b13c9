import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  COMMANDS,
  findCommand,
  optionsOf
} from "./chunks/chunk-MBL3Z2YT.js";
import "./chunks/chunk-HANBNIMK.js";

// src/index.ts
import path from "node:path";
function input(name) {
  return process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`];
}
async function main() {
  const name = input("command")?.trim() ?? "";
  const spec = findCommand(name);
  const options = {};
  for (const option of spec ? optionsOf(spec) : []) {
    if (!option.cliOnly) options[option.name] = input(option.name);
  }
  if (process.env.DOT_AI_RELEASE_EXIT_AFTER_INPUTS === "1") return 0;
  const { ActionReporter } = await import("./chunks/action-reporter-JS5JJPCQ.js");
  const reporter = new ActionReporter(path.resolve(options["working-directory"]?.toString().trim() || "."));
  if (!spec) {
    reporter.fail(`input command: ${name ? `unknown command ${JSON.stringify(name)}` : "is required"} (expected one of ${COMMANDS.map((c) => c.name).join(", ")})`);
    return 1;
  }
  const { runCommand } = await import("./chunks/run-G35TKDNC.js");
  return runCommand(spec.name, options, reporter);
}
process.exitCode = await main();
