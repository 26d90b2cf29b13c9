#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  COMMANDS,
  findCommand,
  optionsOf
} from "./chunks/chunk-MBL3Z2YT.js";
import {
  logLine
} from "./chunks/chunk-YWG6HEQV.js";
import "./chunks/chunk-HANBNIMK.js";

// src/cli.ts
import module from "node:module";
import { homedir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
module.enableCompileCache?.(path.join(process.env.XDG_CACHE_HOME || path.join(homedir(), ".cache"), "dot-ai-release", "node-compile-cache"));
function generalHelp() {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    "Usage: dot-ai-release <command> [flags]",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Run `dot-ai-release <command> --help` for its flags, `dot-ai-release --version` for the toolkit's version."
  ].join("\n");
}
function commandHelp(spec) {
  const flags = optionsOf(spec).map((o) => [
    `--${o.name}${o.boolean ? o.default === "true" ? ", --no-" + o.name : "" : " VALUE"}`,
    `${o.description}${o.range ? ` From ${o.range.min} to ${o.range.max}.` : ""}${o.default && !o.boolean ? ` (default: ${o.default})` : ""}`
  ]);
  const width = Math.max(...flags.map(([f]) => f.length));
  return [
    `Usage: ${spec.usage}`,
    "",
    spec.summary,
    "",
    "Flags:",
    ...flags.map(([f, d]) => `  ${f.padEnd(width)}  ${d}`),
    "  --help".padEnd(width + 2) + "  Show this help.",
    "",
    "Outputs (with --json, as fields of the printed object):",
    ...spec.outputs.map((o) => `  ${o.name}: ${o.description}`)
  ].join("\n");
}
var TOOLKIT_VERSION = true ? "0.1.0" : "development";
async function main(argv) {
  const [name, ...rest] = argv;
  if (name === "--version" || name === "-V") {
    process.stdout.write(`dot-ai-release ${TOOLKIT_VERSION}
`);
    return 0;
  }
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(`${generalHelp()}
`);
    return name ? 0 : 1;
  }
  const spec = findCommand(name);
  if (!spec) {
    process.stderr.write(`${logLine(`error: unknown command ${JSON.stringify(name)}`)}

${generalHelp()}
`);
    return 1;
  }
  const config = { help: { type: "boolean", short: "h" } };
  for (const o of optionsOf(spec)) config[o.name] = { type: o.boolean ? "boolean" : "string" };
  const negated = /* @__PURE__ */ new Set();
  const args = rest.filter((arg) => {
    const name2 = arg.startsWith("--no-") ? arg.slice(5) : void 0;
    if (!name2 || !optionsOf(spec).some((o) => o.boolean && o.name === name2)) return true;
    negated.add(name2);
    return false;
  });
  let values;
  try {
    const parsed = parseArgs({ args, options: config, allowPositionals: Boolean(spec.positional), strict: true });
    values = parsed.values;
    for (const name2 of negated) values[name2] = false;
    if (spec.positional && parsed.positionals.length > 0) {
      if (parsed.positionals.length > 1 || values[spec.positional] !== void 0) throw new Error(`expects one ${spec.positional.toUpperCase()}, given once`);
      values[spec.positional] = parsed.positionals[0];
    }
  } catch (err) {
    process.stderr.write(`${logLine(`error: ${spec.name}: ${err.message}`)}
Run \`dot-ai-release ${spec.name} --help\` for its flags.
`);
    return 1;
  }
  if (values.help) {
    process.stdout.write(`${commandHelp(spec)}
`);
    return 0;
  }
  const [{ CliReporter }, { runCommand }] = await Promise.all([import("./chunks/cli-reporter-5X5BM5GC.js"), import("./chunks/run-G35TKDNC.js")]);
  const summary = typeof values.summary === "string" ? values.summary : void 0;
  const reporter = new CliReporter(values.json === true, void 0, void 0, process.env, { options: optionsOf(spec).map((o) => o.name), ...summary ? { summary } : {} });
  return runCommand(spec.name, values, reporter);
}
function survivePipeClose(stream) {
  stream.on("error", (err) => {
    if (err.code !== "EPIPE") throw err;
    stream.write = () => true;
  });
}
survivePipeClose(process.stdout);
survivePipeClose(process.stderr);
process.exitCode = await main(process.argv.slice(2));
