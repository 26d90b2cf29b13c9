import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { chartArtifact, type ChartArtifact } from '../chart/artifact.js';
import { missingDependencies, type ChartDependency } from '../chart/dependencies.js';
import { parseDestination, type ChartDestination } from '../chart/destination.js';
import { openChartTarget, publishChart, publishedDigest, type PublishResult } from '../chart/publish.js';
import type { Target } from '../oci/index.js';
import { loadConfig, type ReleaseConfig } from '../config/config.js';
import { UserError } from '../errors.js';
import { resolveInRepo } from '../fs/repo-path.js';
import { formatFinding, HelmError, verifyChart } from '../kit/index.js';
import { runPipeline, Skip, type Stage, type Step } from '../pipeline.js';
import type { CommandResult, Reporter } from '../report/reporter.js';
import { markdownTable } from '../report/reporter.js';
import { parseReleaseVersion } from '../version/semver.js';
import { Helm, helmBinary } from '../tools/helm.js';
import { registryCredentials } from './credentials.js';
import { booleanOption, configOverrides, listOption, repositoryRoot, stringOption, type Options } from './options.js';

interface ChartContext {
  options: Options;
  reporter: Reporter;
  config: ReleaseConfig;
  chartDir: string;
  helm: Helm;
  chart: { name: string; version: string; appVersion: string; dependencies?: ChartDependency[] };
  valuesFiles: string[];
  destination: ChartDestination;
  packagePath?: string;
  artifact?: ChartArtifact;
  /** Where the chart goes, and what its version tag points at there now (looked up while the gates run). */
  target?: Target;
  current?: string;
  published?: PublishResult;
}

function policySkips(options: Options): Record<string, string> {
  const skips: Record<string, string> = {};
  for (const entry of listOption(options, 'skip-policies') ?? []) {
    const [rule, ...reason] = entry.split('=');
    if (!rule?.trim() || !reason.join('=').trim()) throw new UserError(`input skip-policies: "${entry}" must be rule=reason (a reason is required)`);
    skips[rule.trim()] = reason.join('=').trim();
  }
  return skips;
}

const dependencies: Step<ChartContext> = {
  name: 'dependencies',
  async run(ctx) {
    const deps = ctx.chart.dependencies ?? [];
    if (deps.length === 0) return new Skip('the chart has no dependencies');
    const missing = missingDependencies(ctx.chartDir, deps);
    if (missing.length === 0) return new Skip(`all ${deps.length} dependencies are vendored under charts/ (no network needed)`);
    ctx.reporter.info(`building dependencies: ${missing.map((d) => `${d.name} ${d.version ?? ''} from ${d.repository ?? 'charts/'}`.trim()).join(', ')}`);
    await ctx.helm.dependencyBuild(ctx.chartDir);
  },
};

/**
 * The gates and the package are independent of each other: they run side by side, and so does the
 * read-only look-up of the version in the registry (bad credentials show up before any push).
 */
const gate: Step<ChartContext>[] = [
  {
    name: 'registry',
    async run(ctx) {
      if (booleanOption(ctx.options, 'dry-run')) return new Skip('dry run: the registry is not contacted');
      const credentials = await registryCredentials(ctx.options, ctx.reporter);
      const options = { credentials, plainHttp: booleanOption(ctx.options, 'plain-http') };
      ctx.target = await openChartTarget(ctx.destination, options);
      ctx.current = await publishedDigest(ctx.target, ctx.chart.version);
      ctx.reporter.info(`${ctx.destination.display}:${ctx.chart.version} ${ctx.current ? `is published (${ctx.current})` : 'is not published yet'}`);
    },
  },
  {
    name: 'lint',
    async run(ctx) {
      await ctx.helm.lint(ctx.chartDir);
      for (const file of ctx.valuesFiles) await ctx.helm.lint(ctx.chartDir, [file]);
    },
  },
  {
    name: 'validate',
    async run(ctx) {
      const disabled = policySkips(ctx.options);
      for (const [rule, reason] of Object.entries(disabled)) ctx.reporter.warning(`policy rule ${rule} is off: ${reason}`);
      // The chart's defaults and each values file, side by side.
      const problems = (
        await Promise.all(
          [[], ...ctx.valuesFiles.map((f) => [f])].map(async (valuesFiles: string[]) => {
            let result;
            try {
              result = await verifyChart({ helmBin: ctx.helm.bin, chartDir: ctx.chartDir, valuesFiles, policy: { disabled } });
            } catch (err) {
              if (err instanceof HelmError) {
                throw new UserError(`helm template ${ctx.chartDir}${valuesFiles.length ? ` -f ${valuesFiles[0]}` : ''}: ${err.stderr.trim().split('\n').slice(-3).join(' | ')}`);
              }
              if (err instanceof Error && /policy rule/.test(err.message)) throw new UserError(`input skip-policies: ${err.message}`);
              throw err;
            }
            return result.findings.map((finding) => `${valuesFiles[0] ?? 'default values'}: ${formatFinding(finding)}`);
          }),
        )
      ).flat();
      for (const problem of problems) ctx.reporter.error(problem, { file: `${ctx.chartDir}/Chart.yaml` });
      if (problems.length) throw new UserError(`chart ${ctx.chart.name}: ${problems.length} validation findings (see above); nothing was published`);
    },
  },
  {
    name: 'package',
    async run(ctx) {
      ctx.packagePath = await ctx.helm.package(ctx.chartDir, ctx.chart.version, ctx.chart.appVersion);
      ctx.artifact = chartArtifact(readFileSync(ctx.packagePath), ctx.packagePath);
      ctx.reporter.info(`packaged ${path.basename(ctx.packagePath)} (${ctx.artifact.layer.size} bytes, content ${ctx.artifact.contentDigest.slice(0, 19)}…)`);
    },
  },
];

const publish: Step<ChartContext> = {
  name: 'publish',
  async run(ctx) {
    if (booleanOption(ctx.options, 'dry-run')) return new Skip('dry run: nothing is pushed');
    const overwrite = booleanOption(ctx.options, 'overwrite');
    ctx.published = await publishChart(ctx.target as Target, ctx.artifact as ChartArtifact, ctx.chart.version, { overwrite }, ctx.current);
    if (ctx.published.status === 'already-published') {
      return new Skip(`${ctx.destination.display}:${ctx.chart.version} is already published with the same content (${ctx.published.digest})`);
    }
    ctx.reporter.info(`${ctx.published.status} ${ctx.destination.display}:${ctx.chart.version}@${ctx.published.digest} (${ctx.published.bytesUploaded} bytes uploaded); verified`);
  },
};

const stages: Stage<ChartContext>[] = [dependencies, gate, publish];

/** `chart`: gate, package and publish the Helm chart. Nothing is pushed unless every gate passed. */
export async function run(options: Options, reporter: Reporter): Promise<CommandResult> {
  const root = repositoryRoot(options);
  const config = loadConfig(root, configOverrides(options));
  if (!config.chart) throw new UserError('input chart: no chart found (set chart.path in dot-ai-release.yaml or pass chart)');
  const chartDir = config.chart.dir;
  const chartYaml = parse(readFileSync(path.join(root, chartDir, 'Chart.yaml'), 'utf8')) as ChartContext['chart'];
  const version = parseReleaseVersion(stringOption(options, 'chart-version') ?? String(chartYaml.version ?? ''), stringOption(options, 'chart-version') ? 'input chart-version' : `${chartDir}/Chart.yaml: version`);
  const appVersion = parseReleaseVersion(stringOption(options, 'app-version') ?? String(chartYaml.appVersion ?? ''), stringOption(options, 'app-version') ? 'input app-version' : `${chartDir}/Chart.yaml: appVersion`);
  const imageTag = stringOption(options, 'image-tag');
  if (imageTag && imageTag !== appVersion) {
    throw new UserError(`input image-tag: the image being released is tagged ${imageTag}, but the chart's appVersion is ${appVersion}; release them together (dot-ai-release version) or pass app-version`);
  }
  const valuesFiles = (listOption(options, 'values') ?? []).map((f, i) => {
    const absolute = resolveInRepo(root, f, `input values[${i}]`);
    if (!existsSync(absolute)) throw new UserError(`input values[${i}]: ${f} not found`);
    return absolute;
  });

  const explicit = stringOption(options, 'registry') !== undefined;
  const registryInput = stringOption(options, 'registry') ?? config.chart.repository;
  if (!registryInput) throw new UserError('input registry: required (no GITHUB_REPOSITORY or git remote to derive oci://ghcr.io/<owner>/charts)');
  const what = explicit ? 'input registry' : 'dot-ai-release.yaml: chart.repository';
  const { destination, notice } = parseDestination(registryInput, chartYaml.name, config.images.map((i) => i.name), { what, root, explicit });
  if (notice) reporter.warning(notice);

  const helm = new Helm(stringOption(options, 'helm') ?? helmBinary());
  reporter.info(`chart ${chartYaml.name} ${version} (appVersion ${appVersion}) from ${chartDir} to ${destination.display}`);

  const context: ChartContext = {
    options,
    reporter,
    config,
    chartDir: path.join(root, chartDir),
    helm,
    chart: { ...chartYaml, version, appVersion },
    valuesFiles,
    destination,
  };
  const records = await runPipeline(stages, context, reporter);

  const artifact = context.artifact as ChartArtifact;
  const digest = context.published?.digest ?? artifact.manifestDigest;
  const ref = `${destination.display}:${version}`;
  const install =
    destination.kind === 'registry'
      ? `helm install ${chartYaml.name} ${destination.display} --version ${version}`
      : `(an OCI image layout: copy it to a registry to install)`;
  const summary = [
    `### Chart ${chartYaml.name} ${version}`,
    markdownTable(['Step', 'Result'], records.map((r) => [r.name, r.status === 'done' ? `done (${r.ms} ms)` : `skipped: ${r.reason}`])),
    '',
    `Reference: \`${ref}\`  \nDigest: \`${digest}\``,
    '',
    '```sh',
    install,
    '```',
  ].join('\n');
  return {
    ok: true,
    outputs: { 'chart-ref': ref, 'chart-digest': digest, 'chart-version': version, 'package-path': context.packagePath ?? '' },
    summary,
    json: {
      chart: chartYaml.name,
      version,
      appVersion,
      ref,
      digest,
      packagePath: context.packagePath,
      status: context.published?.status ?? 'not-pushed',
      bytesUploaded: context.published?.bytesUploaded ?? 0,
      steps: records,
    },
  };
}
