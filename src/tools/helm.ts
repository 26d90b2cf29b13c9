import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { UserError } from '../errors.js';
import { exec, execChecked, ToolError } from './exec.js';

/** The helm binary: HELM_BIN, else `helm` on the PATH. Helm 3 and Helm 4 are supported (pushing is our own OCI client's job). */
export function helmBinary(env: NodeJS.ProcessEnv = process.env): string {
  return env.HELM_BIN || 'helm';
}

export interface TemplateOptions {
  chartDir: string;
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
  for (const f of opts.valuesFiles ?? []) args.push('-f', f);
  for (const f of inlineValueFiles) args.push('-f', f);
  for (const s of opts.sets ?? []) args.push('--set', s);
  for (const s of opts.setStrings ?? []) args.push('--set-string', s);
  if (opts.kubeVersion) args.push('--kube-version', opts.kubeVersion);
  for (const a of opts.apiVersions ?? []) args.push('--api-versions', a);
  return args;
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
    await execChecked(`helm package ${chartDir}`, this.bin, ['package', chartDir, '--version', version, '--app-version', appVersion, '--destination', destination]);
    const [tgz] = readdirSync(destination).filter((f) => f.endsWith('.tgz'));
    if (!tgz) throw new UserError(`helm package ${chartDir}: no .tgz was written`);
    return path.join(destination, tgz);
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
