/**
 * The chart job, parsed and checked once from the inputs (by the `chart` command, or by `release`
 * with the versions, destination and credentials it decides): every input is checked before
 * anything runs.
 */
import path from 'node:path';
import { loadConfig, type ReleaseConfig } from '../config/config.js';
import { registryCredentials } from '../config/credentials.js';
import { booleanOption, configOverrides, listOption, repositoryRoot, stringOption, withDefaults, type Options } from '../config/options.js';
import { UserError } from '../errors.js';
import { parseChartYaml } from '../fs/chart-yaml.js';
import { existsInRepo, readRepoText, resolveRepoFile } from '../fs/read.js';
import { resolveInRepo, resolveOutputDir } from '../fs/repo-path.js';
import type { Credentials } from '../oci/index.js';
import type { Reporter } from '../report/reporter.js';
import { Helm, helmBinary } from '../tools/helm.js';
import { parseWaiver, type PolicyWaiver } from '../verify/policy.js';
import { parseReleaseVersion } from '../version/semver.js';
import { parseDestination } from './destination.js';
import type { ChartJob, PolicyMode } from './pipeline.js';

/** What a caller decides instead of the inputs (the release: the versions it releases, the destination input it names). */
export interface ChartOverrides {
  config?: ReleaseConfig;
  version?: string;
  appVersion?: string;
  /** The registry and the input that gave it (release: chart-registry). */
  registry?: { value?: string; input: string };
  dryRun?: boolean;
  /** `null`: none (a dry run); undefined: from the inputs. */
  credentials?: Credentials | null;
}

/** The policy: the input policy-mode over chart.policy.mode (default enforce); the waivers of the config and of the input skip-policies together. */
function chartPolicy(options: Options, configured: { mode?: PolicyMode; waivers: PolicyWaiver[] }): ChartJob['policy'] {
  const modeInput = stringOption(options, 'policy-mode');
  if (modeInput !== undefined && modeInput !== 'enforce' && modeInput !== 'warn') {
    throw new UserError(`input policy-mode: ${JSON.stringify(modeInput)} is not one of enforce, warn`);
  }
  const fromInput = (listOption(options, 'skip-policies') ?? []).map((entry, i) => parseWaiver(entry, `input skip-policies[${i}]`));
  return { mode: modeInput ?? configured.mode ?? 'enforce', waivers: [...configured.waivers, ...fromInput] };
}

/** Turns the inputs into the chart job: every input checked here, before anything runs. */
export async function parseInputs(raw: Options, reporter: Reporter, overrides: ChartOverrides = {}): Promise<ChartJob> {
  const options = withDefaults('chart', raw);
  const root = repositoryRoot(options);
  const config = overrides.config ?? loadConfig(root, configOverrides(options));
  if (!config.chart) throw new UserError('input chart: no chart found (set chart.path in dot-ai-release.yaml or pass chart)');
  const chartDir = path.join(root, config.chart.dir);
  const chartYaml = parseChartYaml(readRepoText(root, `${config.chart.dir}/Chart.yaml`), `${config.chart.dir}/Chart.yaml`);
  const versionInput = overrides.version ?? stringOption(options, 'chart-version');
  const appVersionInput = overrides.appVersion ?? stringOption(options, 'app-version');
  const version = parseReleaseVersion(versionInput ?? chartYaml.version, versionInput ? 'input chart-version' : `${config.chart.dir}/Chart.yaml: version`);
  const appVersion = parseReleaseVersion(appVersionInput ?? chartYaml.appVersion ?? '', appVersionInput ? 'input app-version' : `${config.chart.dir}/Chart.yaml: appVersion`);
  const imageTag = stringOption(options, 'image-tag');
  if (imageTag && imageTag !== appVersion) {
    throw new UserError(`input image-tag: the image being released is tagged ${imageTag}, but the chart's appVersion is ${appVersion}; release them together (dot-ai-release version) or pass app-version`);
  }
  // Through the one reader of repository files: a values file must be a regular file whose real
  // place (symlinks followed) is inside the repository, before helm reads it.
  const valuesFiles = (listOption(options, 'values') ?? []).map((f, i) => {
    const what = `input values[${i}]`;
    resolveInRepo(root, f, what);
    if (!existsInRepo(root, path.normalize(f), what)) throw new UserError(`${what}: ${f} not found`);
    return resolveRepoFile(root, path.normalize(f), what).real;
  });
  const policy = chartPolicy(options, config.chart.policy);

  const registryInput = overrides.registry ? overrides.registry.value : stringOption(options, 'registry');
  const inputName = overrides.registry?.input ?? 'registry';
  const registry = registryInput ?? config.chart.repository;
  if (!registry) throw new UserError(`input ${inputName}: required (no GITHUB_REPOSITORY or git remote to derive oci://ghcr.io/<owner>/charts)`);
  const what = registryInput !== undefined ? `input ${inputName}` : 'dot-ai-release.yaml: chart.repository';
  if (!overrides.config) for (const notice of config.notices) reporter.warning(notice);
  const { destination, notice } = parseDestination(registry, chartYaml.name, config.images.map((i) => i.name), { what, root, explicit: registryInput !== undefined });
  if (notice) reporter.warning(notice);

  const packageDirInput = stringOption(options, 'package-dir');
  // Confined like every path from an input (the repository, or the temporary directory): the package is written there.
  const packageDir = packageDirInput ? resolveOutputDir(root, packageDirInput, 'input package-dir') : undefined;
  const dryRun = overrides.dryRun ?? booleanOption(options, 'dry-run');
  const credentials = overrides.credentials === null || dryRun ? undefined : (overrides.credentials ?? (await registryCredentials(options, reporter)));
  return {
    root,
    chartDir,
    chart: { ...chartYaml, version, appVersion },
    valuesFiles,
    destination,
    credentials,
    plainHttp: booleanOption(options, 'plain-http'),
    overwrite: booleanOption(options, 'overwrite'),
    dryRun,
    policy,
    helm: new Helm(stringOption(options, 'helm') ?? helmBinary()),
    packageDir,
  };
}
