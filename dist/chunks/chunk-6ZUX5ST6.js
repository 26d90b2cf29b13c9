import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ToolError,
  exec,
  execChecked,
  lastLines,
  require_dist
} from "./chunk-OOIETZWO.js";
import {
  UserError
} from "./chunk-IXRSKL5H.js";
import {
  __toESM
} from "./chunk-HANBNIMK.js";

// src/tools/helm.ts
var import_yaml = __toESM(require_dist(), 1);
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
function helmBinary(env = process.env) {
  return env.HELM_BIN || "helm";
}
function helmTemplateArgs(opts, inlineValueFiles = []) {
  const args = ["template", opts.releaseName ?? "release", opts.chartDir];
  if (opts.namespace) args.push("--namespace", opts.namespace);
  if (opts.version) args.push("--version", opts.version);
  for (const f of opts.valuesFiles ?? []) args.push("-f", f);
  for (const f of inlineValueFiles) args.push("-f", f);
  for (const s of opts.sets ?? []) args.push("--set", s);
  for (const s of opts.setStrings ?? []) args.push("--set-string", s);
  if (opts.kubeVersion) args.push("--kube-version", opts.kubeVersion);
  for (const a of opts.apiVersions ?? []) args.push("--api-versions", a);
  return args;
}
function helmInstallArgs(opts) {
  const args = opts.upgrade ? ["upgrade", "--install", opts.release, opts.chart] : ["install", opts.release, opts.chart];
  args.push("--namespace", opts.namespace);
  if (opts.version) args.push("--version", opts.version);
  for (const f of opts.valuesFiles ?? []) args.push("-f", f);
  for (const s of opts.setStrings ?? []) args.push("--set-string", s);
  for (const s of opts.sets ?? []) args.push("--set", s);
  if (opts.waitSeconds !== void 0) args.push("--wait", "--timeout", `${Math.max(1, Math.round(opts.waitSeconds))}s`);
  return args;
}
function helmWarnings(stderr) {
  const out = [];
  for (const raw of stderr.split("\n")) {
    const line = raw.trim();
    const klog = /^W\d{4} [\d:.]+\s+\d+ warnings\.go:\d+\]\s*(.*)$/.exec(line)?.[1];
    const slog = /level=WARN\b.*?msg="((?:[^"\\]|\\.)*)"/.exec(line)?.[1]?.replace(/\\"/g, '"');
    const plain = /^(?:WARNING|Warning):\s*(.*)$/.exec(line)?.[1];
    const text = klog ?? slog ?? plain;
    if (text && !out.includes(text)) out.push(text);
  }
  return out;
}
function helmError(stderr) {
  const lines = stderr.split("\n").map((l) => l.trim());
  const start = lines.findIndex((l) => /^Error:/.test(l));
  if (start < 0) return void 0;
  return lines.slice(start).filter((l) => l && helmWarnings(l).length === 0).join(" ");
}
var Helm = class {
  constructor(bin = helmBinary()) {
    this.bin = bin;
  }
  bin;
  /** `helm version --short` (e.g. v3.17.3), or undefined when helm cannot be run. */
  async version() {
    try {
      const result = await exec(this.bin, ["version", "--short"], { timeoutMs: 3e4 });
      return result.code === 0 ? result.stdout.trim() : void 0;
    } catch {
      return void 0;
    }
  }
  targetArgs(target) {
    return ["--kubeconfig", target.kubeconfig, "--kube-context", target.context];
  }
  /**
   * `helm install` (or `upgrade --install`). A failure is a ToolError whose message is helm's
   * `Error:` line (not the API server's warnings printed before it); a success gives those
   * warnings (e.g. Pod Security "would violate") beside helm's output.
   */
  async install(target, opts) {
    const args = [...helmInstallArgs(opts), ...this.targetArgs(target)];
    const what = `helm ${opts.upgrade ? "upgrade --install" : "install"} ${opts.release} -n ${opts.namespace}`;
    const result = await exec(this.bin, args, { signal: opts.signal, timeoutMs: ((opts.waitSeconds ?? 300) + 60) * 1e3 });
    if (result.code !== 0) {
      const why = result.aborted ? "stopped" : `failed (exit ${result.code})`;
      throw new ToolError(`${what} ${why}: ${helmError(result.stderr) ?? lastLines(result)}`, this.bin, result.code, result.stdout, result.stderr);
    }
    return { stdout: result.stdout, warnings: helmWarnings(result.stderr) };
  }
  /** `helm test`; resolves to its outcome and output (never throws for a failing test). */
  async test(target, release, namespace, timeoutSeconds, signal) {
    const result = await exec(this.bin, ["test", release, "--namespace", namespace, "--timeout", `${timeoutSeconds}s`, ...this.targetArgs(target)], {
      signal,
      timeoutMs: (timeoutSeconds + 60) * 1e3
    });
    return { ok: result.code === 0, output: `${result.stdout}${result.stderr}` };
  }
  /** `helm status` as text (for diagnostics); helm's error text when there is no such release. */
  async status(target, release, namespace) {
    const result = await exec(this.bin, ["status", release, "--namespace", namespace, "--show-resources", ...this.targetArgs(target)], { timeoutMs: 6e4 });
    return result.stdout || result.stderr;
  }
  /** `helm uninstall` (`wait`: until its resources are gone, at most 3 minutes); a release already gone is fine. */
  async uninstall(target, release, namespace, wait = false) {
    const args = ["uninstall", release, "--namespace", namespace, ...wait ? ["--wait", "--timeout", "180s"] : [], ...this.targetArgs(target)];
    const result = await exec(this.bin, args, { timeoutMs: 24e4 });
    if (result.code !== 0 && !/not found/i.test(result.stderr)) {
      throw new ToolError(`helm uninstall ${release} -n ${namespace} failed (exit ${result.code}): ${lastLines(result)}`, this.bin, result.code, result.stdout, result.stderr);
    }
  }
  /** `helm show values` of a chart directory, package or oci:// reference, as YAML text. */
  async showValues(chart, version) {
    const { stdout } = await execChecked(`helm show values ${chart}`, this.bin, ["show", "values", chart, ...version ? ["--version", version] : []], { timeoutMs: 18e4 });
    return stdout;
  }
  /** `helm dependency build`, offline (`--skip-refresh`) so vendored subcharts need no network. */
  async dependencyBuild(chartDir) {
    await execChecked(`helm dependency build ${chartDir}`, this.bin, ["dependency", "build", chartDir, "--skip-refresh"]);
  }
  /** `helm lint --strict`; resolves to the lint output, rejects with a ToolError holding its [ERROR]/[WARNING] lines. */
  async lint(chartDir, valuesFiles = [], signal) {
    const args = ["lint", chartDir, "--strict", ...valuesFiles.flatMap((f) => ["-f", f])];
    const result = await exec(this.bin, args, { signal });
    if (result.code !== 0) {
      const errors = `${result.stdout}
${result.stderr}`.split("\n").filter((l) => /\[ERROR\]|\[WARNING\]|^Error/.test(l)).map((l) => l.trim());
      const message = `helm lint --strict ${chartDir}${valuesFiles.length ? ` -f ${valuesFiles.join(" -f ")}` : ""}: ${errors.join(" | ") || result.stderr.trim()}`;
      throw new ToolError(message, this.bin, result.code, result.stdout, result.stderr);
    }
    return result.stdout;
  }
  /** `helm package` with the release version and appVersion into `destination`; returns the .tgz path. */
  async package(chartDir, version, appVersion, destination) {
    const { stdout } = await execChecked(`helm package ${chartDir}`, this.bin, ["package", chartDir, "--version", version, "--app-version", appVersion, "--destination", destination]);
    const saved = /saved it to: (.+\.tgz)\s*$/m.exec(stdout)?.[1];
    if (!saved || path.dirname(path.resolve(saved)) !== path.resolve(destination) || !existsSync(saved)) throw new UserError(`helm package ${chartDir}: no .tgz was written to ${destination}`);
    return path.resolve(saved);
  }
  /** `helm template`; resolves to the rendered YAML. Helm refusing the values is a ToolError whose stderr names the value. */
  async template(opts) {
    let dir;
    const inline = [];
    try {
      if (opts.values?.length) {
        dir = await mkdtemp(path.join(tmpdir(), "dot-ai-release-values-"));
        for (const [i, v] of opts.values.entries()) {
          const file = path.join(dir, `values-${i}.yaml`);
          await writeFile(file, (0, import_yaml.stringify)(v), { mode: 384 });
          inline.push(file);
        }
      }
      const args = helmTemplateArgs(opts, inline);
      const result = await exec(this.bin, args, { signal: opts.signal });
      if (result.code !== 0) {
        const why = result.stderr.trim() || result.stdout.trim() || `exit ${result.code}`;
        throw new ToolError(`helm template ${opts.chartDir} failed: ${why}`, this.bin, result.code, result.stdout, result.stderr);
      }
      return result.stdout;
    } finally {
      if (dir) await rm(dir, { recursive: true, force: true });
    }
  }
};

export {
  helmBinary,
  Helm
};
