import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  debug,
  error,
  group,
  info,
  saveState,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunk-6YWAW5QL.js";
import "./chunk-PQADDHOS.js";
import {
  commandText,
  logLine,
  visible
} from "./chunk-YWG6HEQV.js";
import {
  UserError
} from "./chunk-IXRSKL5H.js";
import "./chunk-HANBNIMK.js";

// src/report/action-reporter.ts
import { closeSync, constants, fstatSync, openSync, statSync } from "node:fs";
import path from "node:path";
var ActionReporter = class {
  /**
   * @param root the repository root the command releases: locations are relative to it, and
   *   annotations are made relative to the workspace (GITHUB_WORKSPACE), where GitHub looks for them.
   */
  constructor(root = process.cwd(), env = process.env) {
    this.root = root;
    this.env = env;
  }
  root;
  env;
  properties(where) {
    if (!where) return void 0;
    const workspace = path.resolve(this.env.GITHUB_WORKSPACE || process.cwd());
    const absolute = path.resolve(this.root, where.file);
    const relative = path.relative(workspace, absolute);
    const file = relative === ".." || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative) ? where.file : relative;
    return { file: file.split(path.sep).join("/"), startLine: where.line };
  }
  info(message) {
    info(logLine(message));
  }
  warning(message, where) {
    warning(commandText(message), this.properties(where));
  }
  error(message, where) {
    error(commandText(message), this.properties(where));
  }
  debug(message) {
    debug(commandText(message));
  }
  group(name, fn) {
    return group(commandText(name), fn);
  }
  saveState(name, value) {
    saveState(name, value);
  }
  secret(value) {
    setSecret(value);
  }
  /**
   * Checks, before the command changes anything, that the step's outputs and summary can be
   * written: a command must not change files and then fail on its outputs.
   */
  preflight() {
    checkWritableFile(this.env, "GITHUB_OUTPUT");
    checkWritableFile(this.env, "GITHUB_STEP_SUMMARY");
  }
  async finish(result) {
    try {
      for (const [name, value] of Object.entries(result.outputs)) setOutput(name, value);
    } catch (err) {
      throw new UserError(`GITHUB_OUTPUT: cannot write the step's outputs (${err.message})`);
    }
    if (result.summary && this.env.GITHUB_STEP_SUMMARY) {
      try {
        await summary.addRaw(result.summary, true).write();
      } catch (err) {
        throw new UserError(`GITHUB_STEP_SUMMARY: cannot write the job summary (${err.message})`);
      }
    }
  }
  fail(message) {
    setFailed(commandText(message));
  }
};
var KINDS = [
  ["a directory", (s) => s.isDirectory()],
  ["a FIFO", (s) => s.isFIFO()],
  ["a socket", (s) => s.isSocket()],
  ["a device", (s) => s.isCharacterDevice() || s.isBlockDevice()]
];
function checkWritableFile(env, name) {
  const file = env[name];
  if (!file) return;
  const fail = (why) => {
    throw new UserError(`${name}: ${visible(file)} ${why}; nothing was changed`);
  };
  let stat;
  try {
    stat = statSync(file);
  } catch (err) {
    return fail(`cannot be used (${err.code ?? err.message})`);
  }
  const kind = KINDS.find(([, is]) => is(stat))?.[0];
  if (kind || !stat.isFile()) fail(`is ${kind ?? "not a regular file"}, not a file`);
  try {
    const fd = openSync(file, constants.O_WRONLY | constants.O_APPEND | constants.O_NONBLOCK);
    const regular = fstatSync(fd).isFile();
    closeSync(fd);
    if (!regular) fail("is not a regular file");
  } catch (err) {
    if (err instanceof UserError) throw err;
    const code = err.code;
    fail(code === "EACCES" || code === "EPERM" || code === "EROFS" ? "is not writable (permission denied)" : `cannot be written (${code})`);
  }
}
export {
  ActionReporter
};
