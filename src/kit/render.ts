/**
 * Renders a Helm chart with `helm template` and splits the output into objects.
 * Helm runs from an argument array (no shell); secrets belong in `values` objects, which are
 * written to private temp files rather than passed on the command line.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments, stringify } from 'yaml';
import { exec } from '../tools/exec.js';
import type { KubeObject, RenderedObject } from './types.js';

export interface RenderOptions {
  /** Path of the helm binary (e.g. .tools/bin/helm3). */
  helmBin: string;
  chartDir: string;
  releaseName?: string;
  namespace?: string;
  /** `-f` files, in order. */
  valuesFiles?: string[];
  /** Inline values, each written to a temp file (mode 0600) and passed as `-f` after valuesFiles. */
  values?: Record<string, unknown>[];
  /** `--set key=value` entries (no secrets: they end up in the process list). */
  sets?: string[];
  /** `--set-string key=value` entries. */
  setStrings?: string[];
  /** `--kube-version`, so `.Capabilities.KubeVersion` and the chart's kubeVersion constraint are exercised. */
  kubeVersion?: string;
  /** `--api-versions` entries (e.g. gateway.networking.k8s.io/v1) for charts that test Capabilities. */
  apiVersions?: string[];
  cwd?: string;
}

/**
 * A command started by run() (helm, kubectl) exited non-zero. For helm, `stderr` holds helm's own
 * message, which names the failing value path.
 */
export class HelmError extends Error {
  constructor(
    message: string,
    readonly stderr: string,
    readonly exitCode: number | null,
    /** Some helm commands (lint) print their findings on stdout. */
    readonly stdout = '',
  ) {
    super(message);
    this.name = 'HelmError';
  }
}

export interface ExecResult {
  stdout: string;
  stderr: string;
}

/** Runs a tool (through the toolkit's one process runner); rejects with a HelmError carrying its output on failure. */
export async function run(file: string, args: string[], opts: { cwd?: string } = {}): Promise<ExecResult> {
  const result = await exec(file, args, { cwd: opts.cwd });
  if (result.code !== 0) {
    const why = result.stderr.trim() || result.stdout.trim() || `exit ${result.code}`;
    throw new HelmError(`${file} ${args[0] ?? ''} failed: ${why}`, result.stderr, result.code, result.stdout);
  }
  return { stdout: result.stdout, stderr: result.stderr };
}

/** Builds the `helm template` argument list (exported so tests and the bench can show it). */
export function helmTemplateArgs(opts: RenderOptions, inlineValueFiles: string[] = []): string[] {
  const args = ['template', opts.releaseName ?? 'dot-ai', opts.chartDir];
  if (opts.namespace) args.push('--namespace', opts.namespace);
  for (const f of opts.valuesFiles ?? []) args.push('-f', f);
  for (const f of inlineValueFiles) args.push('-f', f);
  for (const s of opts.sets ?? []) args.push('--set', s);
  for (const s of opts.setStrings ?? []) args.push('--set-string', s);
  if (opts.kubeVersion) args.push('--kube-version', opts.kubeVersion);
  for (const a of opts.apiVersions ?? []) args.push('--api-versions', a);
  return args;
}

/** Runs `helm template` and returns its raw output. Throws HelmError when helm refuses the values. */
export async function helmTemplate(opts: RenderOptions): Promise<string> {
  let dir: string | undefined;
  const inline: string[] = [];
  try {
    if (opts.values?.length) {
      dir = await mkdtemp(join(tmpdir(), 'kit-values-'));
      for (const [i, v] of opts.values.entries()) {
        const file = join(dir, `values-${i}.yaml`);
        await writeFile(file, stringify(v), { mode: 0o600 });
        inline.push(file);
      }
    }
    const { stdout } = await run(opts.helmBin, helmTemplateArgs(opts, inline), opts);
    return stdout;
  } finally {
    if (dir) await rm(dir, { recursive: true, force: true });
  }
}

const SOURCE_RE = /^\s*Source:\s*(\S+)/m;

/**
 * Splits multi-document YAML into objects. Each object's source is the `# Source:` comment helm
 * writes above it, else `defaultSource`. Empty documents are dropped; a document that is not a
 * mapping or fails to parse is an error (it would not apply either).
 */
export function splitManifests(text: string, defaultSource = '<stdin>'): RenderedObject[] {
  const out: RenderedObject[] = [];
  const docs = parseAllDocuments(text, { uniqueKeys: true });
  let index = 0;
  for (const doc of docs) {
    const comment = `${doc.commentBefore ?? ''}\n${(doc.contents as { commentBefore?: string | null } | null)?.commentBefore ?? ''}`;
    const source = SOURCE_RE.exec(comment)?.[1] ?? defaultSource;
    if (doc.errors.length > 0) {
      throw new Error(`${source}: invalid YAML: ${doc.errors.map((e) => e.message).join('; ')}`);
    }
    const value: unknown = doc.toJS({ maxAliasCount: 100 });
    if (value === null || value === undefined) continue;
    if (typeof value !== 'object' || Array.isArray(value)) {
      throw new Error(`${source}: document ${index} is not a mapping`);
    }
    out.push({ source, index, object: value as KubeObject });
    index++;
  }
  return out;
}

/** `helm template` + split. */
export async function renderChart(opts: RenderOptions): Promise<RenderedObject[]> {
  return splitManifests(await helmTemplate(opts), opts.chartDir);
}
