import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { UserError } from '../errors.js';
import { assertInsideRepo, resolveInRepo } from '../fs/repo-path.js';
import type { Stream } from '../version/slot.js';
import { readConfigFile, CONFIG_FILE } from './file.js';
import { detectRepository, type RepositoryId } from './repository.js';

/**
 * Everything a command needs to know about the repository it releases, after merging defaults,
 * `dot-ai-release.yaml` and inputs/flags (in that order of precedence, last wins).
 * `explicit` marks settings the user wrote: those must match something; defaults may match nothing.
 */
export interface ReleaseConfig {
  root: string;
  configFile?: string;
  repository?: RepositoryId;
  versionSource: { file: string; field: string; origin: string };
  packageJsons: { file: string; explicit: boolean }[];
  serverJson?: { file: string; explicit: boolean };
  chart?: Chart;
  images: { name: string; valuesPath?: string; origin: string; explicit: boolean }[];
  references: { globs: string[]; explicit: boolean };
  fields: { file: string; path: string; stream: Stream; origin: string }[];
}

export interface Chart {
  dir: string;
  name: string;
  versioning: 'follow' | 'independent';
  /** Where the chart is published, without the chart name: `oci://ghcr.io/owner/charts`. */
  repository?: string;
  explicit: boolean;
}

/** Settings given as action inputs or CLI flags; they override the file. */
export interface ConfigOverrides {
  config?: string;
  chart?: string;
  chartVersioning?: string;
  images?: string[];
}

export const DEFAULT_REFERENCES = [
  '*.md',
  'docs/**',
  'examples/**',
  'charts/**',
  'deploy/**',
  'manifests/**',
  '**/docker-compose*.{yml,yaml}',
  '**/compose.{yml,yaml}',
  '**/gordon-mcp.yml',
];

function chartName(root: string, dir: string, what: string): string {
  const file = path.posix.join(dir, 'Chart.yaml');
  const absolute = path.join(root, file);
  if (!existsSync(absolute)) throw new UserError(`${what}: ${file} not found`);
  const doc = parseDocument(readFileSync(absolute, 'utf8'));
  const name = doc.get('name');
  if (typeof name !== 'string' || !name) throw new UserError(`${file}: no "name" field`);
  return name;
}

function discoverChart(root: string): string | undefined {
  const chartsDir = path.join(root, 'charts');
  if (!existsSync(chartsDir)) return undefined;
  const found = readdirSync(chartsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(chartsDir, d.name, 'Chart.yaml')))
    .map((d) => `charts/${d.name}`);
  if (found.length > 1) {
    throw new UserError(`${CONFIG_FILE}: chart.path: several charts under charts/ (${found.join(', ')}); say which one to release`);
  }
  return found[0];
}

function checkedPath(root: string, relative: string, what: string): string {
  const absolute = resolveInRepo(root, relative, what);
  assertInsideRepo(root, absolute, what);
  return path.posix.normalize(relative.split(path.sep).join('/'));
}

export function loadConfig(root: string, overrides: ConfigOverrides = {}, env: NodeJS.ProcessEnv = process.env): ReleaseConfig {
  const { file: configFile, config } = readConfigFile(root, overrides.config && checkedPath(root, overrides.config, 'input config'));
  const where = configFile ?? CONFIG_FILE;
  let repository: RepositoryId | undefined;
  const repo = () => (repository ??= detectRepository(root, env));

  // package.json files (the first is the npm package; a repository may pin more, e.g. an example server)
  const pj = config.packageJson;
  const packageJsons =
    pj === false
      ? []
      : (pj === undefined ? ['package.json'] : Array.isArray(pj) ? pj : [pj]).map((file, i) => ({
          file: checkedPath(root, file, `${where}: packageJson${Array.isArray(pj) ? `[${i}]` : ''}`),
          explicit: pj !== undefined,
        }));
  for (const { file } of packageJsons) {
    if (!existsSync(path.join(root, file))) {
      throw new UserError(`${file}: not found (set packageJson: false in ${CONFIG_FILE} if this repository has none)`);
    }
  }

  // server.json: used when present unless configured
  let serverJson: ReleaseConfig['serverJson'];
  if (typeof config.serverJson === 'string') {
    serverJson = { file: checkedPath(root, config.serverJson, `${where}: serverJson`), explicit: true };
  } else if (config.serverJson === undefined && existsSync(path.join(root, 'server.json'))) {
    serverJson = { file: 'server.json', explicit: false };
  }

  // chart: input > file > the one chart under charts/
  let chart: Chart | undefined;
  const chartSetting = overrides.chart ?? (config.chart === false ? false : config.chart?.path);
  if (chartSetting !== false) {
    const what = overrides.chart ? 'input chart' : `${where}: chart.path`;
    const dir = chartSetting ? checkedPath(root, chartSetting, what) : discoverChart(root);
    if (dir) {
      const versioning = overrides.chartVersioning ?? (config.chart || undefined)?.versioning ?? 'follow';
      if (versioning !== 'follow' && versioning !== 'independent') {
        throw new UserError(`input chart-versioning: "${versioning}" is not one of follow, independent`);
      }
      const configured = (config.chart || undefined)?.repository;
      const owner = repo()?.owner;
      chart = {
        dir,
        name: chartName(root, dir, what),
        versioning,
        repository: configured ?? (owner ? `oci://ghcr.io/${owner}/charts` : undefined),
        explicit: chartSetting !== undefined,
      };
    }
  }

  // images: input > file > ghcr.io/<owner>/<repo> with the chart's image.tag when it has one
  let images: ReleaseConfig['images'];
  if (overrides.images?.length) {
    images = overrides.images.map((name) => ({ name, origin: 'input images', explicit: true }));
  } else if (config.images) {
    images = config.images.map((img, i) => ({ ...img, origin: `${where}: images[${i}]`, explicit: true }));
  } else {
    const id = repo();
    images = id ? [{ name: `ghcr.io/${id.owner}/${id.repo}`, valuesPath: 'image.tag', origin: 'default image', explicit: false }] : [];
  }

  const fields = (config.fields ?? []).map((f, i) => ({
    file: checkedPath(root, f.file, `${where}: fields[${i}].file`),
    path: f.path,
    stream: f.stream ?? 'app',
    origin: `${where}: fields[${i}]`,
  }));

  const references = config.references
    ? { globs: config.references.map((g, i) => checkedPath(root, g, `${where}: references[${i}]`)), explicit: true }
    : { globs: DEFAULT_REFERENCES, explicit: false };

  // where the current version is read
  let versionSource: ReleaseConfig['versionSource'];
  if (config.version?.source) {
    const file = checkedPath(root, config.version.source, `${where}: version.source`);
    const field = config.version.field ?? (path.basename(file) === 'Chart.yaml' ? 'appVersion' : 'version');
    versionSource = { file, field, origin: `${where}: version.source` };
  } else if (packageJsons[0]) {
    versionSource = { file: packageJsons[0].file, field: config.version?.field ?? 'version', origin: 'default version source' };
  } else if (chart) {
    versionSource = { file: `${chart.dir}/Chart.yaml`, field: 'appVersion', origin: 'default version source' };
  } else {
    throw new UserError(`${where}: version.source: nothing holds the version (no package.json and no chart); set version.source`);
  }

  return { root, configFile, repository, versionSource, packageJsons, serverJson, chart, images, references, fields };
}
