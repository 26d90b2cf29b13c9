/**
 * What `smoke` runs, parsed and checked once from the inputs (by the `smoke` command, or by
 * `release` with the candidate it builds): the methods, the candidate (not yet prepared), where.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, type ReleaseConfig } from '../config/config.js';
import { booleanOption, boundedNumber, configOverrides, listOption, repositoryRoot, stringOption, withDefaults, type Options } from '../config/options.js';
import { UserError } from '../errors.js';
import { expectedVersions } from '../version/drift.js';
import { parseImageMap, type CandidateInput } from './candidate.js';
import { PROVIDERS, type ProviderName } from './providers/index.js';
import { selectMethods } from './settings.js';
import type { MethodSpec } from './types.js';

export interface SmokeInputs {
  root: string;
  methods: MethodSpec[];
  provider: ProviderName;
  candidate: CandidateInput;
  parallel: number;
  /** Where diagnostics go; undefined: a temporary directory made when the run starts. */
  diagnosticsDir?: string;
  keep: boolean;
  kindNodeImage?: string;
  kindCluster?: string;
  kubeconfig?: string;
  context?: string;
}

/** What a caller decides instead of the inputs (the release: the version, the candidate image and chart). */
export interface SmokeOverrides {
  config?: ReleaseConfig;
  version?: string;
  image?: string;
  chart?: CandidateInput['chart'];
}

/** Where the ToolHive operator comes from: ToolHive's OCI charts at a version, or a local charts directory. */
function toolhiveCharts(root: string, charts: string, version: string | undefined, versionGiven: boolean): CandidateInput['toolhive'] {
  if (charts.startsWith('oci://')) return { charts, version };
  const dir = path.resolve(root, charts);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UserError(`input toolhive-charts: ${charts} is neither oci://... nor a directory`);
  if (versionGiven) throw new UserError('input toolhive-version: only with toolhive-charts oci://... (a charts directory has its own versions)');
  return { charts: dir };
}

export function parseInputs(raw: Options, overrides: SmokeOverrides = {}): SmokeInputs {
  const given = raw;
  const options = withDefaults('smoke', raw);
  const root = repositoryRoot(options);
  // `chart` is the candidate here (a package or a directory), not which chart the repository releases.
  const config = overrides.config ?? loadConfig(root, configOverrides({ ...options, chart: undefined }));
  const version = overrides.version ?? stringOption(options, 'version') ?? expectedVersions(config).app;

  // The configuration's settings apply where the input was not given (the spec's defaults come last).
  const provider = (stringOption(given, 'provider') ?? config.smoke?.provider ?? stringOption(options, 'provider')) as ProviderName;
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
  const timeout = boundedNumber(given, 'smoke', 'timeout');
  const methods = selectMethods(root, version, config.smoke, {
    names: listOption(options, 'methods'),
    provider,
    timeoutMs: timeout === undefined ? undefined : timeout * 1000,
    probe: {
      mcpPath: stringOption(given, 'mcp-path'),
      tool: stringOption(options, 'tool'),
      toolArgs,
      expect: stringOption(options, 'expect'),
      tools: listOption(options, 'expect-tools'),
    },
  });

  const imageRepository = config.images[0]?.name;
  const image = overrides.image ?? stringOption(options, 'image') ?? (imageRepository ? `${imageRepository}:${version}` : undefined);
  if (!image) throw new UserError('input image: required (no image configured to derive <image>:<version>)');
  const chartInput = stringOption(options, 'chart');
  let chart: CandidateInput['chart'] = overrides.chart;
  if (!chart && chartInput) {
    const absolute = path.resolve(root, chartInput);
    if (!existsSync(absolute)) throw new UserError(`input chart: ${chartInput} not found`);
    chart = { path: absolute, kind: statSync(absolute).isDirectory() ? 'dir' : 'package' };
  } else if (!chart && config.chart) {
    chart = { path: path.join(root, config.chart.dir), kind: 'dir' };
  }
  const diagnosticsInput = stringOption(options, 'diagnostics-dir');
  const toolhiveVersionGiven = stringOption(given, 'toolhive-version') !== undefined;
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
      qdrantImage: stringOption(given, 'qdrant-image') ?? config.smoke?.qdrantImage ?? (stringOption(options, 'qdrant-image') as string),
      probeImage: stringOption(options, 'probe-image') as string,
      toolhive: toolhiveCharts(root, stringOption(options, 'toolhive-charts') as string, stringOption(options, 'toolhive-version'), toolhiveVersionGiven),
    },
    parallel: boundedNumber(given, 'smoke', 'parallel') ?? config.smoke?.parallel ?? (boundedNumber(options, 'smoke', 'parallel') as number),
    diagnosticsDir: diagnosticsInput ? path.resolve(root, diagnosticsInput) : undefined,
    keep: booleanOption(options, 'keep'),
    kindNodeImage: stringOption(options, 'kind-node-image'),
    kindCluster: stringOption(options, 'kind-cluster'),
    kubeconfig: stringOption(options, 'kubeconfig'),
    context: stringOption(options, 'context'),
  };
}
