/**
 * What `smoke` runs, parsed and checked once from the inputs (by the `smoke` command, or by
 * `release` with the candidate it builds): the methods, the candidate (not yet prepared), where.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, type ReleaseConfig } from '../config/config.js';
import { readStdin } from '../config/credentials.js';
import { booleanOption, boundedNumber, configOverrides, listOption, repositoryRoot, stringOption, withDefaults, type Options } from '../config/options.js';
import { UserError } from '../errors.js';
import { parseImageReference, splitImageName } from '../oci/reference.js';
import type { Reporter } from '../report/reporter.js';
import { expectedVersions } from '../version/drift.js';
import { parseImageMap, type CandidateInput } from './candidate.js';
import { parseHeaderLines } from './probes/index.js';
import { PROVIDERS, type ProviderName } from './providers/index.js';
import { quoteInput, redactInput } from './redact.js';
import { selectMethods } from './settings.js';
import type { MethodSpec } from './types.js';

/** Credentials the run is given for its probes (and, for `auth.token: input`, its deployments). */
export interface SmokeCredentials {
  bearerToken?: string;
  headers?: Record<string, string>;
}

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
  credentials: SmokeCredentials;
}

/** What a caller decides instead of the inputs (the release: the version, the candidate image and chart). */
export interface SmokeOverrides {
  config?: ReleaseConfig;
  version?: string;
  image?: string;
  chart?: CandidateInput['chart'];
  /** Read by the command before parsing (stdin), registered as secrets. */
  credentials?: SmokeCredentials;
}

/**
 * The bearer token (`bearer-token`, or `--bearer-token-stdin`) and extra headers (`header`), read
 * and registered as secrets before anything else can print them.
 */
export async function readCredentials(raw: Options, reporter: Reporter): Promise<SmokeCredentials> {
  let bearerToken = stringOption(raw, 'bearer-token');
  if (booleanOption(raw, 'bearer-token-stdin')) bearerToken = (await readStdin()).trim();
  if (bearerToken) reporter.secret(bearerToken);
  // eslint-disable-next-line no-control-regex
  if (bearerToken !== undefined && bearerToken !== '' && /[\s\u0000-\u001f]/.test(bearerToken)) throw new UserError('input bearer-token: contains whitespace or a control character');
  const headerText = stringOption(raw, 'header');
  let headers: Record<string, string> | undefined;
  if (headerText !== undefined) {
    for (const line of headerText.split(/\r?\n/)) {
      const value = line.slice(line.indexOf(':') + 1).trim();
      if (line.includes(':') && value) reporter.secret(value);
    }
    try {
      headers = parseHeaderLines(headerText);
    } catch (err) {
      throw new UserError(`input ${(err as Error).message}`);
    }
  }
  return { ...(bearerToken ? { bearerToken } : {}), ...(headers ? { headers } : {}) };
}

/**
 * The candidate images: `image` entries `REF` (the server, the first configured image) or
 * `REPOSITORY=REF` (any released image, e.g. the plugin), checked now; without any, every
 * configured image at the release version; without the server's, the configured server at it.
 */
function candidateImages(entries: string[], configured: string[], version: string): { image: string; repository: string; others: Array<{ repository: string; image: string }> } {
  const byRepository = new Map<string, string>();
  let plain: string | undefined;
  for (const entry of entries) {
    const eq = entry.indexOf('=');
    const [repository, ref] = eq > 0 ? [entry.slice(0, eq).trim(), entry.slice(eq + 1).trim()] : [undefined, entry];
    try {
      parseImageReference(ref);
    } catch (err) {
      throw new UserError(`input image: ${redactInput((err as Error).message)} (expected NAME[:TAG], NAME@sha256:DIGEST, or REPOSITORY=either)`);
    }
    if (repository === undefined) {
      if (plain !== undefined) throw new UserError(`input image: ${quoteInput(ref)} and ${quoteInput(plain)}: only one image without REPOSITORY= (the server's); name the others' repositories`);
      plain = ref;
      continue;
    }
    if (byRepository.has(repository)) throw new UserError(`input image: ${quoteInput(repository)} is given twice`);
    byRepository.set(repository, ref);
  }
  const server = configured[0];
  if (plain !== undefined) {
    const repository = server ?? splitImageName(plain).repository;
    if (byRepository.has(repository)) throw new UserError(`input image: ${quoteInput(repository)} is given twice (once without REPOSITORY=)`);
    byRepository.set(repository, plain);
  }
  if (byRepository.size === 0) {
    if (!server) throw new UserError('input image: required (no image configured to derive <image>:<version>)');
    for (const name of configured) byRepository.set(name, `${name}:${version}`);
  } else if (server && !byRepository.has(server)) {
    // Only other images given (a release of the plugin alone): they run beside the configured server at this version.
    byRepository.set(server, `${server}:${version}`);
  }
  // The server first: the configured server image when given, else the first given.
  const order = [...byRepository.keys()].sort((a, b) => Number(b === server) - Number(a === server));
  const [first, ...rest] = order as [string, ...string[]];
  return { repository: first, image: byRepository.get(first) as string, others: rest.map((repository) => ({ repository, image: byRepository.get(repository) as string })) };
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
  const chartInput = stringOption(options, 'chart');
  let chart: CandidateInput['chart'] = overrides.chart;
  if (!chart && chartInput) {
    const absolute = path.resolve(root, chartInput);
    if (!existsSync(absolute)) throw new UserError(`input chart: ${quoteInput(chartInput)} not found`);
    const kind = statSync(absolute).isDirectory() ? 'dir' : 'package';
    // A directory is the chart it is; a package is taken to be the configured chart, packaged.
    const inside = path.relative(root, absolute);
    const source = kind === 'dir' ? (inside && !inside.startsWith('..') && !path.isAbsolute(inside) ? inside.split(path.sep).join('/') : undefined) : config.chart?.dir;
    chart = { path: absolute, kind, ...(source ? { source } : {}) };
  } else if (chart && !chart.source && config.chart) {
    chart = { ...chart, source: config.chart.dir };
  } else if (!chart && config.chart) {
    chart = { path: path.join(root, config.chart.dir), kind: 'dir', source: config.chart.dir, byDefault: true };
  }
  const timeout = boundedNumber(given, 'smoke', 'timeout');
  const methods = selectMethods(root, version, config.smoke, {
    chart: chart !== undefined,
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

  const configuredImages = config.images.map((i) => i.name);
  const images = overrides.image
    ? { image: overrides.image, repository: configuredImages[0] ?? splitImageName(overrides.image).repository, others: [] }
    : candidateImages(listOption(options, 'image') ?? [], configuredImages, version);
  const diagnosticsInput = stringOption(options, 'diagnostics-dir');
  const toolhiveVersionGiven = stringOption(given, 'toolhive-version') !== undefined;
  return {
    root,
    methods,
    provider,
    candidate: {
      ...images,
      valuesPaths: Object.fromEntries(config.images.flatMap((i) => (i.valuesPath ? [[i.name, i.valuesPath]] : []))),
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
    credentials: overrides.credentials ?? {},
  };
}
