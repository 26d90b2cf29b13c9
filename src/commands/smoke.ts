import * as core from '@actions/core';
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../config/config.js';
import { UserError } from '../errors.js';
import type { CommandResult, Reporter } from '../report/reporter.js';
import { markdownTable } from '../report/reporter.js';
import { parseImageMap, prepareCandidate, type CandidateInput } from '../smoke/candidate.js';
import { CleanupRegistry, type CleanupAction } from '../smoke/cleanup.js';
import { clusterProvider, PROVIDERS, type ProviderName } from '../smoke/providers/index.js';
import { runSmoke, type SmokeJob, type SmokeRun } from '../smoke/run.js';
import { TOOLHIVE_DEFAULTS } from '../smoke/methods/toolhive.js';
import { selectMethods } from '../smoke/settings.js';
import { platformOf, type MethodResultOutput, type MethodSpec } from '../smoke/types.js';
import { expectedVersions } from '../version/drift.js';
import { booleanOption, configOverrides, listOption, repositoryRoot, stringOption, type Options } from '../config/options.js';

/** What `smoke` runs, parsed and checked once: the methods, the candidate (not yet prepared), where. */
export interface SmokeInputs {
  root: string;
  methods: MethodSpec[];
  provider: ProviderName;
  candidate: CandidateInput;
  parallel: number;
  diagnosticsDir: string;
  keep: boolean;
  kindNodeImage?: string;
  kindCluster?: string;
  kubeconfig?: string;
  context?: string;
}

/** Where the ToolHive operator comes from: ToolHive's OCI charts at a version, or a local charts directory. */
function toolhiveCharts(root: string, charts: string | undefined, version: string | undefined): CandidateInput['toolhive'] {
  if (!charts || charts.startsWith('oci://')) return { charts: charts ?? TOOLHIVE_DEFAULTS.charts, version: version ?? TOOLHIVE_DEFAULTS.version };
  const dir = path.resolve(root, charts);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UserError(`input toolhive-charts: ${charts} is neither oci://... nor a directory`);
  if (version) throw new UserError('input toolhive-version: only with toolhive-charts oci://... (a charts directory has its own versions)');
  return { charts: dir };
}

function positiveInt(options: Options, name: string, fallback: number): number {
  const raw = stringOption(options, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new UserError(`input ${name}: ${JSON.stringify(raw)} is not a positive whole number`);
  return Number(raw);
}

export async function parseInputs(options: Options): Promise<SmokeInputs> {
  const root = repositoryRoot(options);
  // `chart` is the candidate here (a package or a directory), not which chart the repository releases.
  const config = loadConfig(root, configOverrides({ ...options, chart: undefined }));
  const version = stringOption(options, 'version') ?? expectedVersions(config).app;

  const provider = (stringOption(options, 'provider') ?? config.smoke?.provider ?? 'kind') as ProviderName;
  if (!PROVIDERS.includes(provider)) throw new UserError(`input provider: ${JSON.stringify(provider)} is not one of ${PROVIDERS.join(', ')}`);
  const toolArgsInput = stringOption(options, 'tool-args');
  let toolArgs: Record<string, unknown> | undefined;
  if (toolArgsInput) {
    try {
      toolArgs = JSON.parse(toolArgsInput) as Record<string, unknown>;
    } catch {
      throw new UserError('input tool-args: not JSON');
    }
    if (!toolArgs || typeof toolArgs !== 'object' || Array.isArray(toolArgs)) throw new UserError('input tool-args: must be a JSON object, e.g. {"query":"x"}');
  }
  const timeoutInput = stringOption(options, 'timeout');
  const methods = selectMethods(root, version, config.smoke, {
    names: listOption(options, 'methods'),
    provider,
    timeoutMs: timeoutInput === undefined ? undefined : positiveInt(options, 'timeout', 600) * 1000,
    probe: {
      mcpPath: stringOption(options, 'mcp-path'),
      tool: stringOption(options, 'tool'),
      toolArgs,
      expect: stringOption(options, 'expect'),
      tools: listOption(options, 'expect-tools'),
    },
  });

  const imageRepository = config.images[0]?.name;
  const image = stringOption(options, 'image') ?? (imageRepository ? `${imageRepository}:${version}` : undefined);
  if (!image) throw new UserError('input image: required (no image configured to derive <image>:<version>)');
  const chartInput = stringOption(options, 'chart');
  let chart: CandidateInput['chart'];
  if (chartInput) {
    const absolute = path.resolve(root, chartInput);
    if (!existsSync(absolute)) throw new UserError(`input chart: ${chartInput} not found`);
    chart = { path: absolute, kind: statSync(absolute).isDirectory() ? 'dir' : 'package' };
  } else if (config.chart) {
    chart = { path: path.join(root, config.chart.dir), kind: 'dir' };
  }
  const diagnosticsInput = stringOption(options, 'diagnostics-dir');
  return {
    root,
    methods,
    provider,
    candidate: {
      image,
      repository: imageRepository ?? image.replace(/[:@].*$/, ''),
      version,
      chart,
      imageMap: parseImageMap(listOption(options, 'image-map') ?? [], 'input image-map'),
      qdrantImage: stringOption(options, 'qdrant-image') ?? config.smoke?.qdrantImage ?? 'qdrant/qdrant:v1.15.5',
      probeImage: stringOption(options, 'probe-image') ?? 'node:24-slim',
      toolhive: toolhiveCharts(root, stringOption(options, 'toolhive-charts'), stringOption(options, 'toolhive-version')),
    },
    parallel: positiveInt(options, 'parallel', config.smoke?.parallel ?? 3),
    diagnosticsDir: diagnosticsInput ? path.resolve(root, diagnosticsInput) : mkdtempSync(path.join(process.env.RUNNER_TEMP || tmpdir(), 'dot-ai-release-smoke-')),
    keep: booleanOption(options, 'keep'),
    kindNodeImage: stringOption(options, 'kind-node-image'),
    kindCluster: stringOption(options, 'kind-cluster'),
    kubeconfig: stringOption(options, 'kubeconfig'),
    context: stringOption(options, 'context'),
  };
}

function summarize(run: SmokeRun, inputs: SmokeInputs, imageId: string | undefined): string {
  const rows = run.results.map((r) => {
    const mcp = r.probes
      .map((p) => `${p.endpoint}: ${p.result.ok ? `${p.result.server?.name ?? '?'} ${p.result.server?.version ?? ''}, ${p.result.tools?.length ?? 0} tools${p.result.toolCall ? `, ${p.result.toolCall.name} showed ${inputs.candidate.version}` : ''}` : 'failed'}`)
      .join('; ');
    return [r.method, r.status === 'passed' ? '✅ passed' : '❌ failed', `${r.seconds} s`, mcp || '-', r.cause ?? ''];
  });
  const failed = run.results.filter((r) => r.status === 'failed').length;
  return [
    `### Smoke: ${failed ? `${failed} of ${run.results.length} methods failed` : `all ${run.results.length} methods passed`}`,
    '',
    `Image \`${inputs.candidate.image}\`${imageId ? ` (id \`${imageId}\`)` : ''}, version ${inputs.candidate.version}${run.cluster ? `; cluster ${run.cluster.name} (${run.cluster.created ? 'created' : 'reused'} in ${run.cluster.seconds} s)` : ''}`,
    '',
    markdownTable(['Method', 'Status', 'Time', 'MCP', 'Cause'], rows),
    ...(failed ? ['', `Diagnostics: \`${inputs.diagnosticsDir}\``] : []),
  ].join('\n');
}

/** Runs the smoke methods on parsed inputs; `persist` receives what is left to clean up (the action's post step). */
export async function execute(inputs: SmokeInputs, reporter: Reporter, persist?: (actions: CleanupAction[]) => void): Promise<CommandResult> {
  const cleanup = new CleanupRegistry(persist);
  const cancel = new AbortController();
  const onSignal = (): void => cancel.abort(new UserError('cancelled'));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const candidate = await prepareCandidate(inputs.candidate);
    const job: SmokeJob = {
      root: inputs.root,
      methods: inputs.methods,
      candidate,
      cluster: inputs.methods.some((m) => platformOf(m.kind) === 'kubernetes') ? clusterProvider(inputs) : undefined,
      parallel: inputs.parallel,
      diagnosticsDir: inputs.diagnosticsDir,
      keep: inputs.keep,
    };
    const run = await runSmoke(job, reporter, cleanup, cancel.signal);
    const failed = run.results.filter((r) => r.status === 'failed');
    const results: MethodResultOutput[] = run.results.map((r) => ({ ...r, probes: r.probes.map((p) => ({ endpoint: p.endpoint, ok: p.result.ok, cause: p.result.cause, server: p.result.server, tools: p.result.tools, 'tool-call': p.result.toolCall, ms: p.result.ms })) }));
    return {
      ok: failed.length === 0,
      error: failed.length ? new UserError(`smoke: ${failed.map((r) => `${r.method}: ${r.cause}`).join('; ')}`) : undefined,
      outputs: { results: JSON.stringify(results), 'diagnostics-path': inputs.diagnosticsDir },
      summary: summarize(run, inputs, candidate.image.id),
      json: { results, 'diagnostics-path': inputs.diagnosticsDir, image: candidate.image, cluster: run.cluster },
    };
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    if (!inputs.keep) for (const problem of await cleanup.runAll()) reporter.warning(`not removed: ${problem}`);
  }
}

/** `smoke`: deploy every documented method for real and prove each one serves MCP. */
export async function run(options: Options, reporter: Reporter): Promise<CommandResult> {
  // On Actions, what is left to remove is saved as state: the post step removes it if the job is cancelled.
  const persist = process.env.GITHUB_STATE ? (actions: CleanupAction[]) => core.saveState('smoke-cleanup', JSON.stringify(actions)) : undefined;
  return execute(await parseInputs(options), reporter, persist);
}
