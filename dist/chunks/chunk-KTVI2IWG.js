import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  maskSecrets
} from "./chunk-B2IBVPIQ.js";
import {
  UserError
} from "./chunk-IXRSKL5H.js";

// src/tools/exec.ts
import { spawn, spawnSync } from "node:child_process";
var DEFAULT_TIMEOUT_MS = 10 * 6e4;
var DEFAULT_MAX_OUTPUT = 16 * 1024 * 1024;
var ToolError = class extends UserError {
  constructor(message, tool, exitCode, stdout, stderr, timedOut = false) {
    super(message);
    this.tool = tool;
    this.exitCode = exitCode;
    this.stdout = stdout;
    this.stderr = stderr;
    this.timedOut = timedOut;
  }
  tool;
  exitCode;
  stdout;
  stderr;
  timedOut;
  name = "ToolError";
};
var ToolNotFoundError = class extends UserError {
  constructor(message, tool) {
    super(message);
    this.tool = tool;
  }
  tool;
  name = "ToolNotFoundError";
};
var observers = /* @__PURE__ */ new Set();
function scrub(text, secrets = []) {
  return maskSecrets(text, secrets);
}
var Tail = class {
  constructor(max) {
    this.max = max;
  }
  max;
  chunks = [];
  size = 0;
  push(chunk) {
    this.chunks.push(chunk);
    this.size += chunk.length;
    while (this.size > this.max && this.chunks.length > 1) this.size -= this.chunks.shift().length;
  }
  toString() {
    const all = Buffer.concat(this.chunks);
    return all.subarray(Math.max(0, all.length - this.max)).toString("utf8");
  }
};
function lines(onLine, stream) {
  let rest = "";
  return (chunk) => {
    if (!onLine) return;
    const parts = (rest + chunk.toString("utf8")).split("\n");
    rest = parts.pop() ?? "";
    for (const line of parts) onLine(line, stream);
  };
}
function exec(bin, args, options = {}) {
  for (const observe of observers) observe(bin, args);
  const max = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT;
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ["pipe", "pipe", "pipe"],
      shell: false
    });
    const stdout = new Tail(max);
    const stderr = new Tail(max);
    const outLines = lines(options.onLine, "stdout");
    const errLines = lines(options.onLine, "stderr");
    child.stdout.on("data", (c) => (stdout.push(c), outLines(c)));
    child.stderr.on("data", (c) => (stderr.push(c), errLines(c)));
    let timedOut = false;
    let aborted = false;
    const stop = () => {
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 5e3).unref();
    };
    const timer = setTimeout(() => {
      timedOut = true;
      stop();
    }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const onAbort = () => {
      aborted = true;
      stop();
    };
    if (options.signal?.aborted) onAbort();
    else options.signal?.addEventListener("abort", onAbort, { once: true });
    child.on("error", (err) => {
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);
      reject(new ToolNotFoundError(`cannot run ${bin}: ${scrub(err.code === "ENOENT" ? "not found (is it installed and on the PATH?)" : err.message, options.secrets)}`, bin));
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);
      resolve({ code: code ?? (signal ? 128 : 1), stdout: stdout.toString(), stderr: stderr.toString(), ...timedOut ? { timedOut } : {}, ...aborted ? { aborted } : {} });
    });
    child.stdin.on("error", () => void 0);
    child.stdin.end(options.stdin ?? "");
  });
}
function lastLines(result, count = 5) {
  return (result.stderr.trim() || result.stdout.trim()).split("\n").slice(-count).map((l) => l.trim()).filter(Boolean).join(" | ");
}
async function execChecked(what, bin, args, options = {}) {
  const result = await exec(bin, args, options);
  if (result.code !== 0 || result.timedOut) {
    const why = result.timedOut ? `did not finish within ${Math.round((options.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1e3)} s` : `failed (exit ${result.code})`;
    throw new ToolError(`${what} ${why}: ${scrub(lastLines(result), options.secrets)}`, bin, result.code, result.stdout, result.stderr, result.timedOut);
  }
  return result;
}
function execSync(bin, args, options = {}) {
  for (const observe of observers) observe(bin, args);
  const result = spawnSync(bin, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    input: options.stdin ?? "",
    timeout: options.timeoutMs ?? 3e4,
    maxBuffer: options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT,
    encoding: "utf8",
    shell: false
  });
  const error = result.error;
  if (error?.code === "ENOENT") throw new ToolNotFoundError(`cannot run ${bin}: not found (is it installed and on the PATH?)`, bin);
  const timedOut = error?.code === "ETIMEDOUT";
  return { code: result.status ?? 1, stdout: result.stdout ?? "", stderr: result.stderr ?? "", ...timedOut ? { timedOut } : {} };
}

export {
  ToolError,
  exec,
  execChecked,
  execSync
};
