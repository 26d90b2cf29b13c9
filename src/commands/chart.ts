import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { readChartYaml } from '../fs/chart-yaml.js';
import { parseDestination } from '../chart/destination.js';
import { CHART_STAGES, chartContext, disposeChartContext, type ChartContext, type ChartJob } from '../chart/pipeline.js';
import { loadConfig } from '../config/config.js';
import { UserError } from '../errors.js';
import { resolveInRepo } from '../fs/repo-path.js';
import { describeRecord, runPipeline, type PipelineRun } from '../pipeline/index.js';
import type { CommandResult, Reporter } from '../report/reporter.js';
import { markdownTable, md } from '../report/reporter.js';
import { Helm, helmBinary } from '../tools/helm.js';
import { parseWaiver } from '../verify/policy.js';
import { parseReleaseVersion } from '../version/semver.js';
import { registryCredentials } from '../config/credentials.js';
import { booleanOption, configOverrides, listOption, repositoryRoot, stringOption, type Options } from '../config/options.js';

/** Turns the raw inputs into the chart job: every input checked here, before anything runs. */
export async function parseInputs(options: Options, reporter: Reporter): Promise<ChartJob> {
  const root = repositoryRoot(options);
  const config = loadConfig(root, configOverrides(options));
  if (!config.chart) throw new UserError('input chart: no chart found (set chart.path in dot-ai-release.yaml or pass chart)');
  const chartDir = path.join(root, config.chart.dir);
  const chartYaml = readChartYaml(chartDir, `${config.chart.dir}/Chart.yaml`);
  const versionInput = stringOption(options, 'chart-version');
  const appVersionInput = stringOption(options, 'app-version');
  const version = parseReleaseVersion(versionInput ?? chartYaml.version, versionInput ? 'input chart-version' : `${config.chart.dir}/Chart.yaml: version`);
  const appVersion = parseReleaseVersion(appVersionInput ?? chartYaml.appVersion ?? '', appVersionInput ? 'input app-version' : `${config.chart.dir}/Chart.yaml: appVersion`);
  const imageTag = stringOption(options, 'image-tag');
  if (imageTag && imageTag !== appVersion) {
    throw new UserError(`input image-tag: the image being released is tagged ${imageTag}, but the chart's appVersion is ${appVersion}; release them together (dot-ai-release version) or pass app-version`);
  }
  const valuesFiles = (listOption(options, 'values') ?? []).map((f, i) => {
    const absolute = resolveInRepo(root, f, `input values[${i}]`);
    if (!existsSync(absolute) || !statSync(absolute).isFile()) throw new UserError(`input values[${i}]: ${f} not found (or not a file)`);
    return absolute;
  });
  const waivers = (listOption(options, 'skip-policies') ?? []).map((entry) => parseWaiver(entry, 'input skip-policies'));

  const explicit = stringOption(options, 'registry') !== undefined;
  const registryInput = stringOption(options, 'registry') ?? config.chart.repository;
  if (!registryInput) throw new UserError('input registry: required (no GITHUB_REPOSITORY or git remote to derive oci://ghcr.io/<owner>/charts)');
  const what = explicit ? 'input registry' : 'dot-ai-release.yaml: chart.repository';
  for (const notice of config.notices) reporter.warning(notice);
  const { destination, notice } = parseDestination(registryInput, chartYaml.name, config.images.map((i) => i.name), { what, root, explicit });
  if (notice) reporter.warning(notice);

  const packageDirInput = stringOption(options, 'package-dir');
  const dryRun = booleanOption(options, 'dry-run');
  return {
    root,
    chartDir,
    chart: { ...chartYaml, version, appVersion },
    valuesFiles,
    destination,
    credentials: dryRun ? undefined : await registryCredentials(options, reporter),
    plainHttp: booleanOption(options, 'plain-http'),
    overwrite: booleanOption(options, 'overwrite'),
    dryRun,
    waivers,
    helm: new Helm(stringOption(options, 'helm') ?? helmBinary()),
    packageDir: packageDirInput ? path.resolve(root, packageDirInput) : undefined,
  };
}

/** The command a user runs to install what was published (with --plain-http when the push used it). */
function installCommand(job: ChartJob): string {
  if (job.destination.kind !== 'registry') return '(an OCI image layout: copy it to a registry to install)';
  return `helm install ${job.chart.name} ${job.destination.display} --version ${job.chart.version}${job.plainHttp ? ' --plain-http' : ''}`;
}

/** Outputs, summary and `--json` from what the run got to, also when a step failed. */
function result(ctx: ChartContext, run: PipelineRun): CommandResult {
  const { job, artifacts } = ctx;
  const published = artifacts.find('published');
  const digest = published?.digest ?? artifacts.find('artifact')?.manifestDigest ?? '';
  const ref = `${job.destination.display}:${job.chart.version}`;
  const keptPackage = job.packageDir ? (artifacts.find('packagePath') ?? '') : '';
  // chart-ref and chart-digest say what is (or, in a dry run, would be) published.
  const outputs = { 'chart-ref': digest ? ref : '', 'chart-digest': digest, 'chart-version': job.chart.version, 'package-path': keptPackage };
  const failed = run.records.find((r) => r.status === 'failed');
  const summary = [
    `### Chart ${md.code(job.chart.name).source} ${md.code(job.chart.version).source}${failed ? `: failed at ${failed.name}` : ''}`,
    markdownTable(['Step', 'Result'], run.records.map((r) => [r.name, describeRecord(r)])),
    ...(published ? ['', `Reference: ${md.code(ref).source}  \nDigest: ${md.code(digest).source}`, '', md.codeBlock(installCommand(job), 'sh').source] : []),
  ].join('\n');
  return {
    ok: !run.failure,
    error: run.failure?.error,
    outputs,
    summary,
    json: {
      ...outputs,
      chart: job.chart.name,
      'app-version': job.chart.appVersion,
      digest,
      status: published?.status ?? 'not-pushed',
      'bytes-uploaded': published?.bytesUploaded ?? 0,
      steps: run.records,
    },
  };
}

/** Runs the chart steps on a parsed job. */
export async function execute(job: ChartJob, reporter: Reporter): Promise<CommandResult> {
  reporter.info(`chart ${job.chart.name} ${job.chart.version} (appVersion ${job.chart.appVersion}) from ${path.relative(job.root, job.chartDir) || '.'} to ${job.destination.display}`);
  const ctx = chartContext(job, reporter);
  try {
    return result(ctx, await runPipeline(CHART_STAGES, ctx, reporter));
  } finally {
    disposeChartContext(ctx);
  }
}

/** `chart`: gate, package and publish the Helm chart. Nothing is pushed unless every gate passed. */
export async function run(options: Options, reporter: Reporter): Promise<CommandResult> {
  return execute(await parseInputs(options, reporter), reporter);
}
