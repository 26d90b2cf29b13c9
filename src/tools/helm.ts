import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { UserError } from '../errors.js';
import { exec, execChecked, lastLines, ToolError } from './exec.js';

/** The helm binary: HELM_BIN, else `helm` on the PATH. Helm 3 and Helm 4 are supported (pushing is our own OCI client's job). */
export function helmBinary(env: NodeJS.ProcessEnv = process.env): string {
  return env.HELM_BIN || 'helm';
}

export interface TemplateOptions {
  /** A chart directory, a .tgz, or an oci:// reference (with `version`). */
  chartDir: string;
  /** `--version` of an oci:// chart. */
  version?: string;
  releaseName?: string;
  namespace?: string;
  /** `-f` files, in order. */
  valuesFiles?: string[];
  /** Inline values, each written to a private temp file (0600) and passed as `-f` after valuesFiles. */
  values?: Record<string, unknown>[];
  /** `--set key=value` entries (no secrets: they end up in the process list). */
  sets?: string[];
  /** `--set-string key=value` entries. */
  setStrings?: string[];
  /** `--kube-version`, so `.Capabilities.KubeVersion` and the chart's kubeVersion constraint are exercised. */
  kubeVersion?: string;
  /** `--api-versions` entries (e.g. gateway.networking.k8s.io/v1) for charts that test Capabilities. */
  apiVersions?: string[];
}

/** The `helm template` argument list (exported so tests and the bench can show it). */
export function helmTemplateArgs(opts: TemplateOptions, inlineValueFiles: string[] = []): string[] {
  const args = ['template', opts.releaseName ?? 'release', opts.chartDir];
  if (opts.namespace) args.push('--namespace', opts.namespace);
  if (opts.version) args.push('--version', opts.version);
  for (const f of opts.valuesFiles ?? []) args.push('-f', f);
  for (const f of inlineValueFiles) args.push('-f', f);
  for (const s of opts.sets ?? []) args.push('--set', s);
  for (const s of opts.setStrings ?? []) args.push('--set-string', s);
  if (opts.kubeVersion) args.push('--kube-version', opts.kubeVersion);
  for (const a of opts.apiVersions ?? []) args.push('--api-versions', a);
  return args;
}

/** The cluster a release lives in: always explicit, never the user's current context. */
export interface HelmTarget {
  kubeconfig: string;
  context: string;
}

export interface InstallOptions {
  release: string;
  /** A chart directory, a .tgz, or an oci:// reference (with `version`). */
  chart: string;
  version?: string;
  namespace: string;
  valuesFiles?: string[];
  /** `--set` entries (no secrets: they end up in the process list). */
  sets?: string[];
  /** `--set-string` entries (image tags that look like numbers stay strings). */
  setStrings?: string[];
  /** `--wait` with `--timeout`. */
  waitSeconds?: number;
  /** `upgrade --install` instead of `install` (idempotent). */
  upgrade?: boolean;
  signal?: AbortSignal;
}

/** The `helm install` (or `upgrade --install`) argument list, without the cluster target. */
export function helmInstallArgs(opts: InstallOptions): string[] {
  const args = opts.upgrade ? ['upgrade', '--install', opts.release, opts.chart] : ['install', opts.release, opts.chart];
  args.push('--namespace', opts.namespace);
  if (opts.version) args.push('--version', opts.version);
  for (const f of opts.valuesFiles ?? []) args.push('-f', f);
  for (const s of opts.setStrings ?? []) args.push('--set-string', s);
  for (const s of opts.sets ?? []) args.push('--set', s);
  if (opts.waitSeconds !== undefined) args.push('--wait', '--timeout', `${Math.max(1, Math.round(opts.waitSeconds))}s`);
  return args;
}

/**
 * The API server's warnings in helm's stderr, one line each without the logger's prefix: helm 3
 * prints them through klog (`W1206 10:00:00.000 1 warnings.go:70] would violate ...`), helm 4
 * through its logger (`level=WARN msg="would violate ..."`).
 */
export function helmWarnings(stderr: string): string[] {
  const out: string[] = [];
  for (const raw of stderr.split('\n')) {
    const line = raw.trim();
    const klog = /^W\d{4} [\d:.]+\s+\d+ warnings\.go:\d+\]\s*(.*)$/.exec(line)?.[1];
    const slog = /level=WARN\b.*?msg="((?:[^"\\]|\\.)*)"/.exec(line)?.[1]?.replace(/\\"/g, '"');
    const plain = /^(?:WARNING|Warning):\s*(.*)$/.exec(line)?.[1];
    const text = klog ?? slog ?? plain;
    if (text && !out.includes(text)) out.push(text);
  }
  return out;
}

/** helm's own error of a failure (its `Error:` line and what follows), without the API server's warnings printed before it. */
export function helmError(stderr: string): string | undefined {
  const lines = stderr.split('\n').map((l) => l.trim());
  const start = lines.findIndex((l) => /^Error:/.test(l));
  if (start < 0) return undefined;
  return lines.slice(start).filter((l) => l && helmWarnings(l).length === 0).join(' ');
}

/** One wrapper for every helm call the toolkit makes. Failures are ToolErrors carrying helm's output. */
export class Helm {
  constructor(readonly bin: string = helmBinary()) {}

  /** `helm version --short` (e.g. v3.17.3), or undefined when helm cannot be run. */
  async version(): Promise<string | undefined> {
    try {
      const result = await exec(this.bin, ['version', '--short'], { timeoutMs: 30_000 });
      return result.code === 0 ? result.stdout.trim() : undefined;
    } catch {
      return undefined;
    }
  }

  private targetArgs(target: HelmTarget): string[] {
    return ['--kubeconfig', target.kubeconfig, '--kube-context', target.context];
  }

  /**
   * `helm install` (or `upgrade --install`). A failure is a ToolError whose message is helm's
   * `Error:` line (not the API server's warnings printed before it); a success gives those
   * warnings (e.g. Pod Security "would violate") beside helm's output.
   */
  async install(target: HelmTarget, opts: InstallOptions): Promise<{ stdout: string; warnings: string[] }> {
    const args = [...helmInstallArgs(opts), ...this.targetArgs(target)];
    const what = `helm ${opts.upgrade ? 'upgrade --install' : 'install'} ${opts.release} -n ${opts.namespace}`;
    const result = await exec(this.bin, args, { signal: opts.signal, timeoutMs: ((opts.waitSeconds ?? 300) + 60) * 1000 });
    if (result.code !== 0) {
      const why = result.aborted ? 'stopped' : `failed (exit ${result.code})`;
      throw new ToolError(`${what} ${why}: ${helmError(result.stderr) ?? lastLines(result)}`, this.bin, result.code, result.stdout, result.stderr);
    }
    return { stdout: result.stdout, warnings: helmWarnings(result.stderr) };
  }

  /** `helm test`; resolves to its outcome and output (never throws for a failing test). */
  async test(target: HelmTarget, release: string, namespace: string, timeoutSeconds: number, signal?: AbortSignal): Promise<{ ok: boolean; output: string }> {
    const result = await exec(this.bin, ['test', release, '--namespace', namespace, '--timeout', `${timeoutSeconds}s`, ...this.targetArgs(target)], {
      signal,
      timeoutMs: (timeoutSeconds + 60) * 1000,
    });
    return { ok: result.code === 0, output: `${result.stdout}${result.stderr}` };
  }

  /** `helm status` as text (for diagnostics); helm's error text when there is no such release. */
  async status(target: HelmTarget, release: string, namespace: string): Promise<string> {
    const result = await exec(this.bin, ['status', release, '--namespace', namespace, '--show-resources', ...this.targetArgs(target)], { timeoutMs: 60_000 });
    return result.stdout || result.stderr;
  }

  /** `helm uninstall` (`wait`: until its resources are gone, at most 3 minutes); a release already gone is fine. */
  async uninstall(target: HelmTarget, release: string, namespace: string, wait = false): Promise<void> {
    const args = ['uninstall', release, '--namespace', namespace, ...(wait ? ['--wait', '--timeout', '180s'] : []), ...this.targetArgs(target)];
    const result = await exec(this.bin, args, { timeoutMs: 240_000 });
    if (result.code !== 0 && !/not found/i.test(result.stderr)) {
      throw new ToolError(`helm uninstall ${release} -n ${namespace} failed (exit ${result.code}): ${lastLines(result)}`, this.bin, result.code, result.stdout, result.stderr);
    }
  }

  /** `helm show values` of a chart directory, package or oci:// reference, as YAML text. */
  async showValues(chart: string, version?: string): Promise<string> {
    const { stdout } = await execChecked(`helm show values ${chart}`, this.bin, ['show', 'values', chart, ...(version ? ['--version', version] : [])], { timeoutMs: 180_000 });
    return stdout;
  }

  /** `helm dependency build`, offline (`--skip-refresh`) so vendored subcharts need no network. */
  async dependencyBuild(chartDir: string): Promise<void> {
    await execChecked(`helm dependency build ${chartDir}`, this.bin, ['dependency', 'build', chartDir, '--skip-refresh']);
  }

  /** `helm lint --strict`; resolves to the lint output, rejects with a ToolError holding its [ERROR]/[WARNING] lines. */
  async lint(chartDir: string, valuesFiles: string[] = [], signal?: AbortSignal): Promise<string> {
    const args = ['lint', chartDir, '--strict', ...valuesFiles.flatMap((f) => ['-f', f])];
    const result = await exec(this.bin, args, { signal });
    if (result.code !== 0) {
      const errors = `${result.stdout}\n${result.stderr}`
        .split('\n')
        .filter((l) => /\[ERROR\]|\[WARNING\]|^Error/.test(l))
        .map((l) => l.trim());
      const message = `helm lint --strict ${chartDir}${valuesFiles.length ? ` -f ${valuesFiles.join(' -f ')}` : ''}: ${errors.join(' | ') || result.stderr.trim()}`;
      throw new ToolError(message, this.bin, result.code, result.stdout, result.stderr);
    }
    return result.stdout;
  }

  /** `helm package` with the release version and appVersion into `destination`; returns the .tgz path. */
  async package(chartDir: string, version: string, appVersion: string, destination: string): Promise<string> {
    const { stdout } = await execChecked(`helm package ${chartDir}`, this.bin, ['package', chartDir, '--version', version, '--app-version', appVersion, '--destination', destination]);
    // The file helm says it wrote: the destination may hold older packages (package-dir is kept between runs).
    const saved = /saved it to: (.+\.tgz)\s*$/m.exec(stdout)?.[1];
    if (!saved || path.dirname(path.resolve(saved)) !== path.resolve(destination) || !existsSync(saved)) throw new UserError(`helm package ${chartDir}: no .tgz was written to ${destination}`);
    return path.resolve(saved);
  }

  /** `helm template`; resolves to the rendered YAML. Helm refusing the values is a ToolError whose stderr names the value. */
  async template(opts: TemplateOptions & { signal?: AbortSignal }): Promise<string> {
    let dir: string | undefined;
    const inline: string[] = [];
    try {
      if (opts.values?.length) {
        dir = await mkdtemp(path.join(tmpdir(), 'dot-ai-release-values-'));
        for (const [i, v] of opts.values.entries()) {
          const file = path.join(dir, `values-${i}.yaml`);
          await writeFile(file, stringify(v), { mode: 0o600 });
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
}
