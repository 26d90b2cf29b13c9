import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { Problems, UserError } from '../errors.js';
import { describeFsError, existsInRepo, readRepoText } from '../fs/read.js';
import { assertInsideRepo, resolveInRepo } from '../fs/repo-path.js';
import { parseChartYaml } from '../fs/chart-yaml.js';
import { parseWaiver, waiverFromMap, type PolicyWaiver } from '../verify/policy.js';
import { chartRepositoryFromDocs } from './chart-repository.js';
import { readConfigFile, CONFIG_FILE, type ChartPolicyFile, type ImageFile, type NpmSettingsFile, type SmokeSettings } from './file.js';
import { imageNameProblem } from './image-name.js';
import { parseDispatch, parseHooks, parseNotes, type DispatchTarget, type NotesSettings, type ReleaseHooks } from './release-settings.js';
import { Git } from '../tools/git.js';
import { findRepository, type RepositoryId } from './repository.js';

/** Which version a place holds: the application's, or the chart's (which may be bumped on its own). */
export type Stream = 'app' | 'chart';

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
  images: ImageConfig[];
  /** Why no image is named when none is configured and the default cannot be made (no owner known). */
  noDefaultImage?: string;
  references: { globs: string[]; explicit: boolean };
  fields: { file: string; path: string; stream: Stream; origin: string }[];
  /** Things the user should know that do not stop the run (e.g. charts found where none is selected). */
  notices: string[];
  /** The `smoke` section as written (checked for shape; the smoke command applies its defaults). */
  smoke?: SmokeSettings;
  /** Commands the release runs once the version is written (their changes join the release commit). */
  hooks: ReleaseHooks;
  /** Where the GitHub release's notes come from (undefined: the release-notes input's default). */
  notes?: NotesSettings;
  /** Events sent to other repositories once the release is published. */
  dispatch: DispatchTarget[];
  /** The `npm` section as written: false turns npm publishing off; the release's npm step applies the rest (src/npm/job.ts). */
  npm?: false | NpmSettingsFile;
}

/** One image the repository releases: where values.yaml pins it, and how it is built. */
export interface ImageConfig {
  name: string;
  valuesPath?: string;
  /** Where it was named, for messages: `dot-ai-release.yaml: images[1]`, `input images`, `default image`. */
  origin: string;
  explicit: boolean;
  /** How it is built, as the file says (the image and release commands apply their inputs over it). */
  build?: ImageBuild;
}

/** An image's build settings from the file: paths checked (inside the repository), arguments parsed. */
export interface ImageBuild {
  context?: string;
  dockerfile?: string;
  platforms?: string[];
  buildArgs?: [string, string][];
  preBuild?: PreBuild;
}

/** Commands run before the image is built, in `dir`, each an argument list (no shell), within `timeoutSeconds` together. */
export interface PreBuild {
  dir: string;
  commands: string[][];
  timeoutSeconds: number;
  /** `dot-ai-release.yaml: images[1].preBuild`, for messages. */
  origin: string;
}

/** Default seconds a pre-build may take. */
export const PRE_BUILD_TIMEOUT_S = 1200;

export interface Chart {
  dir: string;
  name: string;
  versioning: 'follow' | 'independent';
  /** Where the chart is published, without the chart name: `oci://ghcr.io/owner/charts`. */
  repository?: string;
  /** Where `repository` came from: the file, the docs' `oci://` references, or the default. */
  repositoryOrigin?: 'configured' | 'docs' | 'default';
  explicit: boolean;
  /** `chart.policy`: the mode as written (the input policy-mode overrides it) and the waivers, checked (docs/policy.md). */
  policy: { mode?: 'enforce' | 'warn'; waivers: PolicyWaiver[] };
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

/** The chart's `name` from its Chart.yaml (read the one way files are read; wrong types named). */
function chartName(root: string, dir: string, what: string): string {
  const file = path.posix.join(dir, 'Chart.yaml');
  if (!existsInRepo(root, file)) throw new UserError(`${what}: ${file} not found`);
  return parseChartYaml(readRepoText(root, file), file).name;
}

/** The chart of a repository without chart settings: `charts/Chart.yaml`, else the one `charts/<name>/Chart.yaml`. */
function discoverChart(root: string): string | undefined {
  if (existsInRepo(root, 'charts/Chart.yaml')) return 'charts';
  let entries;
  try {
    if (!existsInRepo(root, 'charts') || !statSync(path.join(root, 'charts')).isDirectory()) return undefined;
    entries = readdirSync(path.join(root, 'charts'), { withFileTypes: true });
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`charts: ${describeFsError(err)}, so no chart can be found in it`);
  }
  const found = entries
    .filter((d) => (d.isDirectory() || d.isSymbolicLink()) && existsInRepo(root, `charts/${d.name}/Chart.yaml`))
    .map((d) => `charts/${d.name}`)
    .sort();
  if (found.length > 1) {
    throw new UserError(`${CONFIG_FILE}: chart.path: several charts under charts/ (${found.join(', ')}); say which one to release`);
  }
  return found[0];
}

/**
 * Charts elsewhere in the repository (four folders deep at most), for the notice when none is
 * selected. A plain walk: a glob over every file of a large repository costs more than the scan.
 */
function chartsElsewhere(root: string): string[] {
  const found: string[] = [];
  const walk = (relative: string, depth: number) => {
    let entries;
    try {
      entries = readdirSync(path.join(root, relative), { withFileTypes: true });
    } catch {
      return; // unreadable: this is only a hint
    }
    for (const entry of entries) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isFile() && entry.name === 'Chart.yaml') found.push(child);
      else if (entry.isDirectory() && depth < 4 && !entry.name.startsWith('.') && entry.name !== 'node_modules' && child !== 'dist') {
        if (!(entry.name === 'charts' && /(^|\/)charts\/[^/]+$/.test(relative))) walk(child, depth + 1); // not vendored subcharts
      }
    }
  };
  walk('', 0);
  return found.sort();
}

function checkedPath(root: string, relative: string, what: string): string {
  const absolute = resolveInRepo(root, relative, what);
  assertInsideRepo(root, absolute, what);
  return path.posix.normalize(relative.split(path.sep).join('/'));
}

/** `chart.policy` with every waiver checked (unknown rules, malformed scopes, missing reasons named by index). */
function chartPolicy(policy: ChartPolicyFile | undefined, where: string, problems: Problems): Chart['policy'] {
  const waivers = (policy?.waive ?? []).flatMap((entry, i) => {
    const what = `${where}: chart.policy.waive[${i}]`;
    return problems.attempt(() => [typeof entry === 'string' ? parseWaiver(entry, what) : waiverFromMap(entry, what)]) ?? [];
  });
  return { mode: policy?.mode, waivers };
}

/** Shell syntax a pre-build command written as one string may not hold: it runs without a shell. */
const SHELL_SYNTAX = /[&|;<>$`'"\\(){}*?~#\n\r]/;

/** A pre-build command: an argument list, or a string split at spaces (no shell: `&&`, pipes and quotes are refused). */
function preBuildCommand(value: string | string[], at: string): string[] {
  if (Array.isArray(value)) return value;
  const bad = SHELL_SYNTAX.exec(value);
  if (bad) {
    throw new UserError(`${at}: ${JSON.stringify(value)} needs a shell (${JSON.stringify(bad[0])}), and pre-build commands run without one: list each command on its own (run: ["npm ci", "npm run build"]), or give one as an argument list (["node", "-e", "..."])`);
  }
  return value.split(/[ \t]+/).filter(Boolean);
}

/** An image the file declares, with its build settings checked (paths inside the repository, build arguments, commands). */
function declaredImage(root: string, img: ImageFile, origin: string, problems: Problems): ImageConfig {
  const image: ImageConfig = { name: img.name, ...(img.valuesPath ? { valuesPath: img.valuesPath } : {}), origin, explicit: true };
  const build: ImageBuild = {};
  if (img.context !== undefined) build.context = problems.attempt(() => checkedPath(root, img.context as string, `${origin}.context`));
  if (img.dockerfile !== undefined) build.dockerfile = problems.attempt(() => checkedPath(root, img.dockerfile as string, `${origin}.dockerfile`));
  if (img.platforms) build.platforms = img.platforms;
  if (img.buildArgs) {
    build.buildArgs = Object.entries(img.buildArgs).flatMap(([name, value]) => {
      if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return [[name, String(value)] as [string, string]];
      problems.add(`${origin}.buildArgs.${name}: not a build argument name (letters, digits and _, not starting with a digit)`);
      return [];
    });
  }
  const pre = img.preBuild;
  if (pre) {
    const at = `${origin}.preBuild`;
    const dir = problems.attempt(() => {
      const checked = checkedPath(root, pre.dir ?? '.', `${at}.dir`);
      if (!existsInRepo(root, checked) || !statSync(path.join(root, checked)).isDirectory()) throw new UserError(`${at}.dir: ${checked} is not a directory`);
      return checked;
    });
    const commands = pre.run.flatMap((command, i) => problems.attempt(() => [preBuildCommand(command, `${at}.run[${i}]`)]) ?? []);
    if (dir !== undefined) build.preBuild = { dir, commands, timeoutSeconds: pre.timeout ?? PRE_BUILD_TIMEOUT_S, origin: at };
  }
  return Object.keys(build).length ? { ...image, build } : image;
}

/**
 * No version source: said of the file when there is one; else of the folder, naming the repository
 * root when this is a folder inside it (a run from the wrong directory), not a file that does not exist.
 */
function nothingHoldsTheVersion(root: string, configFile: string | undefined): string {
  if (configFile) return `${configFile}: version.source: nothing holds the version (no package.json and no chart); set version.source`;
  const top = new Git(root).topLevel();
  if (top && path.resolve(top) !== path.resolve(root)) {
    return `input working-directory: ${root} is a folder inside the repository ${top}, and holds no package.json, chart or ${CONFIG_FILE}: run from ${top} (or pass input working-directory ${top})`;
  }
  return `input working-directory: ${root} holds no package.json, no chart under charts/ and no ${CONFIG_FILE}, so nothing holds the release version: run from the repository root, or set version.source in a ${CONFIG_FILE}`;
}

export function loadConfig(root: string, overrides: ConfigOverrides = {}, env: NodeJS.ProcessEnv = process.env): ReleaseConfig {
  const { file: configFile, config } = readConfigFile(root, overrides.config && checkedPath(root, overrides.config, 'input config'));
  const where = configFile ?? CONFIG_FILE;
  // Every setting is checked, and every problem reported at once (one line each).
  const problems = new Problems();
  const notices: string[] = [];
  let found: { id?: RepositoryId; why?: string } | undefined;
  const repo = () => (found ??= findRepository(root, env)).id;

  // package.json files (the first is the npm package; a repository may pin more, e.g. an example server)
  const pj = config.packageJson;
  const packageJsons: ReleaseConfig['packageJsons'] = [];
  if (pj !== false) {
    (pj === undefined ? ['package.json'] : Array.isArray(pj) ? pj : [pj]).forEach((file, i) =>
      problems.attempt(() => {
        const checked = checkedPath(root, file, `${where}: packageJson${Array.isArray(pj) ? `[${i}]` : ''}`);
        // By default package.json is used when there is one: a chart-only repository is valid as it is.
        if (pj === undefined && !existsInRepo(root, checked)) return;
        if (!existsInRepo(root, checked)) {
          throw new UserError(`${checked}: not found (set packageJson: false in ${CONFIG_FILE} if this repository has none)`);
        }
        packageJsons.push({ file: checked, explicit: pj !== undefined });
      }),
    );
  }

  // server.json: used when present unless configured
  let serverJson: ReleaseConfig['serverJson'];
  if (typeof config.serverJson === 'string') {
    const file = problems.attempt(() => checkedPath(root, config.serverJson as string, `${where}: serverJson`));
    if (file) serverJson = { file, explicit: true };
  } else if (config.serverJson === undefined && problems.attempt(() => existsInRepo(root, 'server.json'))) {
    serverJson = { file: 'server.json', explicit: false };
  }

  // chart: input > file > charts/Chart.yaml or the one chart under charts/
  let chart: Chart | undefined;
  let chartFailed = false;
  const chartSetting = overrides.chart ?? (config.chart === false ? false : config.chart?.path);
  if (chartSetting !== false) {
    const what = overrides.chart ? 'input chart' : `${where}: chart.path`;
    const before = problems.count;
    problems.attempt(() => {
      const dir = chartSetting ? checkedPath(root, chartSetting, what) : discoverChart(root);
      if (!dir) {
        const elsewhere = chartsElsewhere(root);
        if (elsewhere.length) {
          notices.push(
            `${where}: chart.path: this repository has charts (${elsewhere.slice(0, 3).join(', ')}${elsewhere.length > 3 ? ', ...' : ''}) but none is selected (without chart.path only charts/ is looked in): their versions are not checked; set chart.path, or chart: false`,
          );
        }
        return;
      }
      const versioning = overrides.chartVersioning ?? (config.chart || undefined)?.versioning ?? 'follow';
      if (versioning !== 'follow' && versioning !== 'independent') {
        throw new UserError(`input chart-versioning: "${versioning}" is not one of follow, independent`);
      }
      const configured = (config.chart || undefined)?.repository;
      const name = chartName(root, dir, what);
      // Not configured: where the docs' `oci://` references say the chart lives, when they agree; else GHCR's default.
      const fromDocs = configured ? undefined : chartRepositoryFromDocs(root, config.references ?? DEFAULT_REFERENCES, name);
      if (fromDocs && fromDocs.repositories.length > 1) {
        notices.push(`${where}: chart.repository: the docs name the chart in ${fromDocs.repositories.length} places that disagree (${fromDocs.repositories.join(', ')}); using the default; set chart.repository`);
      }
      const owner = repo()?.owner;
      const documented = fromDocs?.repositories.length === 1 ? fromDocs.repositories[0] : undefined;
      const repository = configured ?? documented ?? (owner ? `oci://ghcr.io/${owner}/charts` : undefined);
      chart = {
        dir,
        name,
        versioning,
        repository,
        ...(repository ? { repositoryOrigin: configured ? ('configured' as const) : documented ? ('docs' as const) : ('default' as const) } : {}),
        explicit: chartSetting !== undefined,
        policy: chartPolicy((config.chart || undefined)?.policy, where, problems),
      };
    });
    chartFailed = problems.count > before;
  }

  // images: the input names which images are released; a name the file declares keeps its settings (valuesPath, build)
  let images: ReleaseConfig['images'];
  let noDefaultImage: string | undefined;
  const declared = (config.images ?? []).map((img, i) => declaredImage(root, img, `${where}: images[${i}]`, problems));
  if (overrides.images?.length) {
    images = [];
    for (const name of new Set(overrides.images)) {
      const problem = imageNameProblem(name);
      if (problem) problems.add(`input images: ${JSON.stringify(name)} ${problem}`);
      else images.push(declared.find((d) => d.name === name) ?? { name, origin: 'input images', explicit: true });
    }
  } else if (config.images) {
    images = declared;
  } else {
    const id = repo();
    images = id ? [{ name: `ghcr.io/${id.owner}/${id.repo}`, valuesPath: 'image.tag', origin: 'default image', explicit: false }] : [];
    if (!id) {
      noDefaultImage = `the default image ghcr.io/<owner>/<repo> has no owner (${found?.why ?? 'no GITHUB_REPOSITORY'})`;
      notices.push(`${where}: images: ${noDefaultImage}, so no image reference is checked; name the images under images: (or --images)`);
    }
  }

  const fields: ReleaseConfig['fields'] = [];
  (config.fields ?? []).forEach((f, i) =>
    problems.attempt(() =>
      fields.push({ file: checkedPath(root, f.file, `${where}: fields[${i}].file`), path: f.path, stream: f.stream ?? 'app', origin: `${where}: fields[${i}]` }),
    ),
  );

  const references = config.references
    ? { globs: config.references.flatMap((g, i) => problems.attempt(() => [checkedPath(root, g, `${where}: references[${i}]`)]) ?? []), explicit: true }
    : { globs: DEFAULT_REFERENCES, explicit: false };

  // where the current version is read
  let versionSource: ReleaseConfig['versionSource'] | undefined;
  if (config.version?.source) {
    const file = problems.attempt(() => checkedPath(root, config.version?.source as string, `${where}: version.source`));
    const field = config.version.field ?? (file && path.basename(file) === 'Chart.yaml' ? 'appVersion' : 'version');
    if (file) versionSource = { file, field, origin: `${where}: version.source` };
  } else if (packageJsons[0]) {
    versionSource = { file: packageJsons[0].file, field: config.version?.field ?? 'version', origin: 'default version source' };
  } else if (chart) {
    versionSource = { file: `${chart.dir}/Chart.yaml`, field: 'appVersion', origin: 'default version source' };
  } else if (!chartFailed && problems.count === 0) {
    problems.add(nothingHoldsTheVersion(root, configFile));
  }

  const hooks = parseHooks(root, where, config.hooks, problems);
  const notes = parseNotes(root, where, config.notes, problems);
  const dispatch = parseDispatch(where, config.dispatch, problems);

  problems.throwIfAny();
  return {
    root,
    configFile,
    repository: found?.id,
    versionSource: versionSource as ReleaseConfig['versionSource'],
    packageJsons,
    serverJson,
    chart,
    images,
    ...(noDefaultImage ? { noDefaultImage } : {}),
    references,
    fields,
    notices,
    smoke: config.smoke,
    hooks,
    ...(notes ? { notes } : {}),
    dispatch,
    ...(config.npm !== undefined ? { npm: config.npm } : {}),
  };
}
