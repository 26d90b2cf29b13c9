import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ProbeInputError,
  formatProbe,
  parseHeaderLines,
  probeMcp,
  resolveTarget
} from "./chunk-7CV4RHB7.js";
import "./chunk-3266I6LT.js";
import "./chunk-2Y5LXIYX.js";
import "./chunk-J2HZHSML.js";
import {
  readStdin
} from "./chunk-UEAZNNQA.js";
import {
  expectedVersions
} from "./chunk-YLDWLXP3.js";
import {
  booleanOption,
  boundedNumber,
  configOverrides,
  listOption,
  loadConfig,
  repositoryRoot,
  stringOption,
  withDefaults
} from "./chunk-EPMUPLEO.js";
import "./chunk-MBL3Z2YT.js";
import "./chunk-OOIETZWO.js";
import "./chunk-B2IBVPIQ.js";
import {
  markdownTable,
  md
} from "./chunk-YWG6HEQV.js";
import {
  UserError,
  isUserError
} from "./chunk-IXRSKL5H.js";
import "./chunk-HANBNIMK.js";

// src/smoke/probes/inputs.ts
function releaseVersion(options) {
  try {
    const root = repositoryRoot(options);
    return { version: expectedVersions(loadConfig(root, configOverrides(options))).app, why: `the release version of ${root}` };
  } catch (err) {
    if (isUserError(err)) return { why: `no release version to expect (${err.message})` };
    throw err;
  }
}
async function parseInputs(raw, reporter) {
  const options = withDefaults("probe", raw);
  let bearerToken = stringOption(options, "bearer-token");
  if (booleanOption(options, "bearer-token-stdin")) bearerToken = (await readStdin()).trim();
  if (bearerToken) reporter.secret(bearerToken);
  let headers;
  const headerText = stringOption(options, "header");
  if (headerText !== void 0) {
    try {
      headers = parseHeaderLines(headerText);
    } catch (err) {
      throw new UserError(`input ${err.message}`);
    }
    for (const value of Object.values(headers)) reporter.secret(value);
  }
  const url = stringOption(options, "url");
  if (!url) throw new UserError("input url: required (the MCP server to probe, e.g. http://127.0.0.1:3456/)");
  const target = { url, mcpPath: stringOption(options, "mcp-path") ?? "auto", health: stringOption(options, "health"), bearerToken: bearerToken || void 0, headers };
  try {
    resolveTarget(target);
  } catch (err) {
    if (err instanceof ProbeInputError) throw new UserError(`input ${err.message}`);
    throw err;
  }
  let args = {};
  const argsText = stringOption(options, "tool-args");
  if (argsText !== void 0) {
    let parsed;
    try {
      parsed = JSON.parse(argsText);
    } catch (err) {
      throw new UserError(`input tool-args: not JSON (${err.message})`);
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new UserError('input tool-args: must be a JSON object, e.g. {"message":"hello"}');
    args = parsed;
  }
  const tool = stringOption(options, "tool");
  let expect = stringOption(options, "expect");
  let expectationSource = expect !== void 0 ? "input expect" : void 0;
  if (expect === void 0 && (tool ?? "version") === "version") {
    const release = releaseVersion(options);
    expect = release.version;
    expectationSource = release.why;
  }
  const seconds = boundedNumber(options, "probe", "timeout") ?? 60;
  return {
    target,
    expectations: {
      serverName: stringOption(options, "expect-server"),
      tools: listOption(options, "expect-tools"),
      toolCall: { name: tool ?? "version", arguments: args, expect, optional: tool === void 0 },
      followUps: boundedNumber(options, "probe", "follow-ups") ?? 5
    },
    options: { healthTimeoutMs: seconds * 1e3, stepTimeoutMs: seconds * 1e3, requestTimeoutMs: Math.min(10, seconds) * 1e3 },
    expectationSource
  };
}

// src/smoke/probes/probe-server.ts
async function probeServer(inputs, reporter) {
  const call = inputs.expectations.toolCall;
  reporter.info(
    `probing ${inputs.target.url}${inputs.target.health ? ` (health ${inputs.target.health})` : ""}: tool ${call?.name}${call?.optional ? " if listed" : ""}${call?.expect !== void 0 ? `, expecting ${JSON.stringify(call.expect)} (${inputs.expectationSource})` : inputs.expectationSource ? `, ${inputs.expectationSource}` : ""}`
  );
  const result = await probeMcp(inputs.target, inputs.expectations, inputs.options);
  for (const stage of result.stages) reporter.info(`\u2022 ${stage.name}: ${stage.status}${stage.status === "skipped" ? "" : ` (${stage.ms} ms)`}: ${stage.detail}`);
  if (result.pathAttempts && result.pathAttempts.length > 1) reporter.info(`MCP answered at ${result.endpoint ?? "no path"} (${result.pathAttempts.map((a) => `${new URL(a.endpoint).pathname}: ${a.outcome}`).join(", ")})`);
  if (!result.ok) {
    for (const line of formatProbe(result).split("\n")) reporter.info(line);
  }
  return result;
}

// src/smoke/probes/report.ts
function code(text) {
  return text ? md.code(text) : "";
}
function probeSummary(result) {
  return [
    `### MCP probe ${result.ok ? "passed" : "failed"}: ${code(result.url)}`,
    "",
    markdownTable(
      ["Stage", "Status", "Time", "Detail"],
      result.stages.map((s) => [s.name, s.status, s.status === "skipped" ? "" : `${s.ms} ms`, code(s.detail)])
    ),
    ...result.cause ? ["", `**Cause:** ${code(result.cause)}`] : []
  ].join("\n");
}
function probeCommandResult(result) {
  const error = result.ok ? void 0 : new UserError(`probe: ${result.cause ?? "failed"}`);
  return { ok: result.ok, error, outputs: { result: JSON.stringify(result) }, summary: probeSummary(result), json: result };
}

// src/commands/probe.ts
async function run(options, reporter) {
  return probeCommandResult(await probeServer(await parseInputs(options, reporter), reporter));
}
export {
  run
};
