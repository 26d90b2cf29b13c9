import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  maskSecrets
} from "./chunk-B2IBVPIQ.js";
import {
  jsonText,
  logLine,
  logLines
} from "./chunk-SN2VKUYL.js";
import "./chunk-HANBNIMK.js";

// src/report/cli-reporter.ts
var CliReporter = class {
  constructor(json, stdout = (s) => process.stdout.write(s), stderr = (s) => process.stderr.write(s), env = process.env) {
    this.json = json;
    this.stdout = stdout;
    this.stderr = stderr;
    this.env = env;
  }
  json;
  stdout;
  stderr;
  env;
  secrets = [];
  mask(message) {
    return maskSecrets(message, this.secrets);
  }
  line(prefix, message, where) {
    const at = where ? `${where.file}${where.line ? `:${where.line}` : ""}: ` : "";
    this.stderr(`${logLine(this.mask(`${prefix}${at}${message}`))}
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
  preflight() {
  }
  finish(result) {
    if (this.json) this.stdout(`${this.mask(jsonText(result.json))}
`);
    else if (result.summary) this.stdout(`${logLines(this.mask(result.summary))}
`);
  }
  fail(message) {
    this.line("error: ", message);
  }
};
export {
  CliReporter
};
