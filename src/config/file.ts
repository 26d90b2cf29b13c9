import path from 'node:path';
import { isMap, isSeq, parseDocument, visit, type Alias } from 'yaml';
import { lineAt } from '../fs/lines.js';
import { UserError } from '../errors.js';
import { existsInRepo, readRepoText } from '../fs/read.js';
import { typeName, yamlError } from '../fs/yaml.js';
import { imageNameProblem } from './image-name.js';
import { describeRange, RANGES, rangeProblem, type NumberRange } from './spec.js';

export const CONFIG_FILE = 'dot-ai-release.yaml';

/** The configuration file as written by the user; every key is optional. */
export interface ConfigFile {
  version?: { source?: string; field?: string };
  packageJson?: string | string[] | false;
  serverJson?: string | false;
  chart?: false | { path?: string; versioning?: 'follow' | 'independent'; repository?: string; policy?: ChartPolicyFile };
  images?: ImageFile[];
  references?: string[];
  fields?: { file: string; path: string; stream?: 'app' | 'chart' }[];
  smoke?: SmokeSettings;
  hooks?: HooksFile;
  notes?: NotesFile;
  dispatch?: DispatchFile[];
  /** npm publish of the package (false: never publish to npm). */
  npm?: false | NpmSettingsFile;
}

/** A command the release runs (without a shell), and the files it may change (see the README: "Release hooks"). */
export interface HookFile {
  /** A list of arguments, or one line split at spaces (no quoting: write a list when an argument holds a space). */
  run: string | string[];
  /** Paths it may change, relative to the repository root; a path ending in `/` is a directory and everything under it. */
  files: string[];
  /** Seconds it may take (default 600). */
  timeout?: number;
  env?: Record<string, string>;
}

/** When the release runs hooks: `afterVersion`, once the version is written and before the release commit is made. */
export interface HooksFile {
  afterVersion?: HookFile[];
}

/** Where the GitHub release's notes come from. */
export interface NotesFile {
  from?: 'changelog' | 'generated' | 'none' | ('changelog' | 'generated')[];
  /** The changelog (default: CHANGELOG.md, or docs/CHANGELOG.md when only that exists). */
  file?: string;
}

/** A repository_dispatch event sent to another repository once the release is published. */
export interface DispatchFile {
  repository: string;
  event: string;
  /** The environment variable holding a token for that repository (default: the dispatch-token input). */
  tokenEnv?: string;
}

/** The `npm` section: the package published to an npm registry (every key optional). */
export interface NpmSettingsFile {
  /** Directory holding the package's package.json, relative to the root (default: the root). */
  package?: string;
  /** Registry URL (below package.json's publishConfig.registry; default https://registry.npmjs.org/). */
  registry?: string;
  access?: 'public' | 'restricted';
  /** `--provenance` (default: on GitHub Actions publishing to npmjs). */
  provenance?: boolean;
}

/** A policy waiver: `rule@scope=reason` (as the skip-policies input takes it), or a map. See docs/policy.md. */
export type PolicyWaiverFile = string | { rule: string; object?: string; subchart?: string; reason: string };

/** `chart.policy`: whether findings fail the chart (enforce, the default) or are warnings (warn), and the waivers. */
export interface ChartPolicyFile {
  mode?: 'enforce' | 'warn';
  waive?: PolicyWaiverFile[];
}

/** One image the repository releases, and how it is built (every key but name optional). */
export interface ImageFile {
  name: string;
  valuesPath?: string;
  context?: string;
  dockerfile?: string;
  platforms?: string[];
  buildArgs?: Record<string, string>;
  preBuild?: PreBuildFile;
}

/**
 * Commands run on the runner before an image is built (e.g. `npm ci`, `npm run build`, `npm pack`),
 * each an argument list or a string split at spaces: no shell.
 */
export interface PreBuildFile {
  /** Where they run, relative to the repository root (default: the root). */
  dir?: string;
  run: (string | string[])[];
  /** Seconds all of them together may take. */
  timeout?: number;
}

/** How a deployed server is probed (every key optional; defaults fit a dot-ai-like server). */
export interface ProbeSettingsFile {
  mcpPath?: string;
  health?: string;
  tool?: string;
  toolArgs?: Record<string, unknown>;
  expect?: string;
  tools?: string[];
  serverName?: string;
  followUps?: number;
}

/** One deployment method the smoke gate runs (see the README: "Smoke methods"). */
export interface SmokeMethodFile {
  name: string;
  kind: 'docker' | 'compose' | 'kustomize' | 'helm' | 'toolhive';
  files: string[];
  values?: string[];
  set?: Record<string, string>;
  service?: string;
  port?: number;
  externalQdrant?: boolean;
  env?: Record<string, string>;
  probe?: ProbeSettingsFile;
  timeout?: number;
}

/** The `smoke` section: settings for every method, and the methods themselves (replacing the defaults). */
export interface SmokeSettings {
  provider?: 'kind' | 'cluster' | 'docker';
  parallel?: number;
  timeout?: number;
  qdrantImage?: string;
  probe?: ProbeSettingsFile;
  methods?: SmokeMethodFile[];
}

/** A check records every problem it finds (`at` is the dotted name of the setting) and returns whether the value passed. */
type Check = (value: unknown, at: string, problems: string[]) => boolean;


/** A tiny structural validator: unknown keys and wrong types are reported by their dotted name, all of them. */
function validator(file: string) {
  const fail = (problems: string[], at: string, message: string) => {
    problems.push(`${file}: ${at}: ${message}`);
    return false;
  };
  const string: Check = (v, at, p) => (typeof v === 'string' && v !== '') || fail(p, at, `expected a non-empty string, got ${typeName(v)}`);
  const imageName: Check = (v, at, p) => {
    if (!string(v, at, p)) return false;
    const problem = imageNameProblem(v as string);
    return problem === undefined || fail(p, at, `${JSON.stringify(v)} ${problem}`);
  };
  const oneOf =
    (...choices: string[]): Check =>
    (v, at, p) =>
      (typeof v === 'string' && choices.includes(v)) || fail(p, at, `expected one of ${choices.join(', ')}, got ${typeName(v)}`);
  const falseOr =
    (check: Check): Check =>
    (v, at, p) =>
      v === false || check(v, at, p);
  const list =
    (item: Check): Check =>
    (v, at, p) => {
      if (!Array.isArray(v)) return fail(p, at, `expected a list, got ${typeName(v)}`);
      return v.map((x, i) => item(x, `${at}[${i}]`, p)).every(Boolean);
    };
  const anyOf =
    (...checks: Check[]): Check =>
    (v, at, p) => {
      const first: string[] = [];
      for (const [i, check] of checks.entries()) {
        const attempt: string[] = [];
        if (check(v, at, attempt)) return true;
        if (i === 0) first.push(...attempt);
      }
      p.push(...first);
      return false;
    };
  const map =
    (shape: Record<string, Check>, required: string[] = []): Check =>
    (v, at, p) => {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(p, at, `expected a map, got ${typeName(v)}`);
      let ok = true;
      for (const [key, value] of Object.entries(v)) {
        const check = shape[key];
        const where = at ? `${at}.${key}` : key;
        ok = (check ? check(value, where, p) : fail(p, where, `unknown key (known: ${Object.keys(shape).join(', ')})`)) && ok;
      }
      for (const key of required) {
        if (!(key in v)) ok = fail(p, at ? `${at}.${key}` : key, 'is required');
      }
      return ok;
    };
  const within =
    (range: NumberRange): Check =>
    (v, at, p) =>
      (typeof v === 'number' && rangeProblem(v, range) === undefined) || fail(p, at, `expected a whole number ${describeRange(range)}, got ${typeName(v)}`);
  const nonEmptyList =
    (item: Check): Check =>
    (v, at, p) => {
      if (Array.isArray(v) && v.length === 0) return fail(p, at, 'expected at least one entry, got an empty list');
      return list(item)(v, at, p);
    };
  const boolean: Check = (v, at, p) => typeof v === 'boolean' || fail(p, at, `expected true or false, got ${typeName(v)}`);
  const anyMap: Check = (v, at, p) => (typeof v === 'object' && v !== null && !Array.isArray(v)) || fail(p, at, `expected a map, got ${typeName(v)}`);
  /** A map whose values are strings (numbers and booleans are taken as the text they look like). */
  const stringMap: Check = (v, at, p) => {
    if (!anyMap(v, at, p)) return false;
    return Object.entries(v as Record<string, unknown>)
      .map(([k, x]) => ['string', 'number', 'boolean'].includes(typeof x) || fail(p, `${at}.${k}`, `expected a string, got ${typeName(x)}`))
      .every(Boolean);
  };
  /** A string, or a map of this shape (one message naming both when it is neither). */
  const stringOrMap =
    (shape: Check, expected: string): Check =>
    (v, at, p) => {
      if (typeof v === 'string') return string(v, at, p);
      if (typeof v === 'object' && v !== null && !Array.isArray(v)) return shape(v, at, p);
      return fail(p, at, `expected ${expected}, got ${typeName(v)}`);
    };
  return { string, imageName, oneOf, falseOr, list, nonEmptyList, anyOf, map, within, boolean, anyMap, stringMap, stringOrMap };
}

/** Checks the whole file and reports every problem at once (one line each). */
export function validateConfig(value: unknown, file: string): ConfigFile {
  const { string, imageName, oneOf, falseOr, list, nonEmptyList, anyOf, map, within, boolean, anyMap, stringMap, stringOrMap } = validator(file);
  const waiver = stringOrMap(map({ rule: string, object: string, subchart: string, reason: string }, ['rule', 'reason']), '"rule@scope=reason" or a map {rule, object, subchart, reason}');
  const policy = map({ mode: oneOf('enforce', 'warn'), waive: list(waiver) });
  const probe = map({ mcpPath: string, health: anyOf(string, (v) => v === ''), tool: string, toolArgs: anyMap, expect: string, tools: list(string), serverName: string, followUps: within(RANGES.followUps) });
  const method = map(
    {
      name: string,
      kind: oneOf('docker', 'compose', 'kustomize', 'helm', 'toolhive'),
      files: list(string),
      values: list(string),
      set: stringMap,
      service: string,
      port: within(RANGES.port),
      externalQdrant: boolean,
      env: stringMap,
      probe,
      timeout: within(RANGES.methodTimeout),
    },
    ['name', 'kind', 'files'],
  );
  const root = map({
    version: map({ source: string, field: string }),
    packageJson: falseOr(anyOf(string, list(string))),
    serverJson: falseOr(string),
    chart: falseOr(map({ path: string, versioning: oneOf('follow', 'independent'), repository: string, policy })),
    images: list(
      map(
        {
          name: imageName,
          valuesPath: string,
          context: string,
          dockerfile: string,
          platforms: nonEmptyList(string),
          buildArgs: stringMap,
          preBuild: map({ dir: string, run: nonEmptyList(anyOf(string, nonEmptyList(string))), timeout: within(RANGES.preBuildTimeout) }, ['run']),
        },
        ['name'],
      ),
    ),
    references: list(string),
    fields: list(map({ file: string, path: string, stream: oneOf('app', 'chart') }, ['file', 'path'])),
    smoke: map({ provider: oneOf('kind', 'cluster', 'docker'), parallel: within(RANGES.parallel), timeout: within(RANGES.methodTimeout), qdrantImage: string, probe, methods: list(method) }),
    hooks: map({ afterVersion: list(map({ run: anyOf(string, list(string)), files: list(string), timeout: within(RANGES.hookTimeout), env: stringMap }, ['run', 'files'])) }),
    notes: map({ from: anyOf(oneOf('changelog', 'generated', 'none'), list(oneOf('changelog', 'generated'))), file: string }),
    dispatch: list(map({ repository: string, event: string, tokenEnv: string }, ['repository', 'event'])),
    npm: falseOr(map({ package: string, registry: string, access: oneOf('public', 'restricted'), provenance: boolean })),
  });
  const problems: string[] = [];
  const config = (value ?? {}) as ConfigFile;
  if (root(config, '', problems) && Array.isArray(config.images)) {
    const seen = new Map<string, number>();
    config.images.forEach((img, i) => {
      const first = seen.get(img.name);
      if (first !== undefined) problems.push(`${file}: images[${i}].name: ${JSON.stringify(img.name)} is listed twice (also images[${first}])`);
      else seen.set(img.name, i);
    });
  }
  if (problems.length) throw new UserError(problems);
  return config;
}

/** Reads `dot-ai-release.yaml` (or the given path) from the repository root; absent file = all defaults. */
export function readConfigFile(root: string, configPath?: string): { file?: string; config: ConfigFile } {
  const file = configPath ?? CONFIG_FILE;
  if (!existsInRepo(root, file, configPath ? `input config: ${file}` : file)) {
    if (configPath) throw new UserError(`input config: ${configPath} does not exist`);
    return { config: {} };
  }
  const text = readRepoText(root, path.normalize(file), file); // a regular file inside the repository, UTF-8
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  const err = doc.errors[0];
  if (err) throw yamlError(text, file, err);
  if (doc.contents !== null && !isMap(doc.contents)) {
    throw new UserError(`${file}: expected a map of settings at the top level, got ${isSeq(doc.contents) ? 'a list' : 'a scalar'}`);
  }
  // `- *@charts/qdrant=...` unquoted is an alias to nothing: said with its line (a waiver's `*` needs quotes).
  let unresolved: Alias | undefined;
  visit(doc, { Alias: (_, node) => (node.resolve(doc) === undefined ? ((unresolved = node), visit.BREAK) : undefined) });
  if (unresolved) {
    throw new UserError(`${file}:${lineAt(text, unresolved.range?.[0] ?? 0)}: *${unresolved.source} is read as a YAML alias to no anchor; quote the value ("*${unresolved.source}")`);
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    // "Excessive alias count": an alias bomb (a few lines that expand to gigabytes)
    throw new UserError(`${file}: cannot be read as settings (${(e as Error).message})`);
  }
  return { file, config: validateConfig(value, file) };
}
