import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  error,
  info,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunk-7ZMKXPOE.js";
import "./chunk-HANBNIMK.js";

// src/report/action-reporter.ts
var ActionReporter = class {
  info(message) {
    info(message);
  }
  warning(message, where) {
    warning(message, where && { file: where.file, startLine: where.line });
  }
  error(message, where) {
    error(message, where && { file: where.file, startLine: where.line });
  }
  secret(value) {
    setSecret(value);
  }
  async finish(result) {
    for (const [name, value] of Object.entries(result.outputs)) setOutput(name, value);
    if (result.summary && process.env.GITHUB_STEP_SUMMARY) {
      await summary.addRaw(result.summary, true).write();
    }
  }
  fail(message) {
    setFailed(message);
  }
};
export {
  ActionReporter
};
