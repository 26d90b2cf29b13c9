#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  COMMANDS,
  findCommand,
  optionsOf
} from "./chunks/chunk-OWZXJ2PF.js";
import "./chunks/chunk-PY5VAGIZ.js";

// src/cli.ts
import { parseArgs } from "node:util";
function generalHelp() {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    "Usage: dot-ai-release <command> [flags]",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Run `dot-ai-release <command> --help` for its flags."
  ].join("\n");
}
function commandHelp(spec) {
  const flags = optionsOf(spec).map((o) => [`--${o.name}${o.boolean ? o.default === "true" ? ", --no-" + o.name : "" : " VALUE"}`, `${o.description}${o.default && !o.boolean ? ` (default: ${o.default})` : ""}`]);
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
async function main(argv) {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(`${generalHelp()}
`);
    return name ? 0 : 1;
  }
  const spec = findCommand(name);
  if (!spec) {
    process.stderr.write(`error: unknown command ${JSON.stringify(name)}

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
    values = parseArgs({ args, options: config, allowPositionals: false, strict: true }).values;
    for (const name2 of negated) values[name2] = false;
  } catch (err) {
    process.stderr.write(`error: ${name}: ${err.message}
Run \`dot-ai-release ${name} --help\` for its flags.
`);
    return 1;
  }
  if (values.help) {
    process.stdout.write(`${commandHelp(spec)}
`);
    return 0;
  }
  const [{ CliReporter }, { runCommand }] = await Promise.all([import("./chunks/cli-reporter-B5WZDIZR.js"), import("./chunks/run-Q37ODVNA.js")]);
  return runCommand(spec.name, values, new CliReporter(values.json === true));
}
process.exitCode = await main(process.argv.slice(2));
