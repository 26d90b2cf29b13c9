import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  maskSecrets
} from "./chunk-B2IBVPIQ.js";
import {
  cliInputNames,
  jsonText,
  logLine,
  logLines
} from "./chunk-YWG6HEQV.js";
import {
  UserError
} from "./chunk-IXRSKL5H.js";
import "./chunk-HANBNIMK.js";

// src/report/cli-reporter.ts
import { appendFileSync, closeSync, openSync, writeFileSync } from "node:fs";
var CliReporter = class {
  constructor(json, stdout = (s) => process.stdout.write(s), stderr = (s) => process.stderr.write(s), env = process.env, settings = {}) {
    this.json = json;
    this.stdout = stdout;
    this.stderr = stderr;
    this.env = env;
    this.settings = settings;
  }
  json;
  stdout;
  stderr;
  env;
  settings;
  secrets = [];
  mask(message) {
    return maskSecrets(message, this.secrets);
  }
  flags(message) {
    return this.settings.options ? cliInputNames(message, this.settings.options) : message;
  }
  line(prefix, message, where) {
    const at = where ? `${where.file}${where.line ? `:${where.line}` : ""}: ` : "";
    this.stderr(`${logLine(this.mask(`${prefix}${at}${this.flags(message)}`))}
`);
  }
  info(message) {
    this.line("", message);
  }
  warning(message, where) {
    this.line("warning: ", message, where);
  }
  error(message, where) {
    this.line("error: ", message, where);
  }
  debug(message) {
    if (this.env.RUNNER_DEBUG === "1") this.line("debug: ", message);
  }
  async group(name, fn) {
    this.line("== ", name);
    return fn();
  }
  secret(value) {
    if (value) this.secrets.push(value);
  }
  /** The summary file must take the summary before the command changes anything. */
  preflight() {
    const file = this.summaryFile();
    if (!file || file === "-") return;
    try {
      closeSync(openSync(file, "a"));
    } catch (err) {
      throw new UserError(`${this.settings.summary ? "input summary" : "GITHUB_STEP_SUMMARY"}: ${file} cannot be written (${err.code ?? err.message})`);
    }
  }
  summaryFile() {
    return this.settings.summary ?? (this.env.GITHUB_STEP_SUMMARY || void 0);
  }
  finish(result) {
    if (this.json) this.stdout(`${this.mask(jsonText(result.json))}
`);
    const file = this.summaryFile();
    if (!result.summary || !file) return;
    const summary = this.mask(this.flags(result.summary));
    if (file === "-") this.stdout(`${logLines(summary)}
`);
    else if (this.settings.summary) writeFileSync(file, `${summary}
`);
    else appendFileSync(file, `${summary}
`);
  }
  fail(message) {
    this.line("error: ", message);
  }
};
export {
  CliReporter
};
