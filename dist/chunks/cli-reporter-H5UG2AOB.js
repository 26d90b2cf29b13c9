import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import "./chunk-HANBNIMK.js";

// src/report/cli-reporter.ts
var CliReporter = class {
  constructor(json, stdout = (s) => process.stdout.write(s), stderr = (s) => process.stderr.write(s)) {
    this.json = json;
    this.stdout = stdout;
    this.stderr = stderr;
  }
  json;
  stdout;
  stderr;
  secrets = [];
  mask(message) {
    return this.secrets.reduce((m, s) => m.split(s).join("***"), message);
  }
  at(where) {
    return where ? `${where.file}${where.line ? `:${where.line}` : ""}: ` : "";
  }
  info(message) {
    this.stderr(`${this.mask(message)}
`);
  }
  warning(message, where) {
    this.stderr(`warning: ${this.at(where)}${this.mask(message)}
`);
  }
  error(message, where) {
    this.stderr(`error: ${this.at(where)}${this.mask(message)}
`);
  }
  secret(value) {
    if (value) this.secrets.push(value);
  }
  finish(result) {
    if (this.json) this.stdout(`${this.mask(JSON.stringify(result.json, null, 2))}
`);
    else if (result.summary) this.stdout(`${this.mask(result.summary)}
`);
  }
  fail(message) {
    this.stderr(`error: ${this.mask(message)}
`);
  }
};
export {
  CliReporter
};
