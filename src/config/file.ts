import path from 'node:path';
import { isMap, isSeq, parseDocument, visit, type Alias } from 'yaml';
import { lineAt } from '../fs/lines.js';
import { UserError } from '../errors.js';
import { existsInRepo, readRepoText } from '../fs/read.js';
import { typeName, yamlError } from '../fs/yaml.js';
import { visible } from '../report/escape.js';
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
  /** Extra request headers (`Name: value`); their values are masked like the token. */
  headers?: Record<string, string>;
  /** Assertions on the tool's JSON result: dotted path (array index allowed) -> expected value, or `{not: value}`. */
  json?: Record<string, unknown>;
  /** Seconds the JSON assertions may take to hold (the call is repeated until they do); default 60. */
  jsonWithin?: number;
}

/** How a method's deployment gets its token, and how the probe sends it (see the README: "Smoke methods"). */
export interface SmokeAuthFile {
  /** generate (default): a new random token per run; input: the token the run is given (bearer-token). */
  token?: 'generate' | 'input';
  /** The variable the server reads it from: docker/compose set it; kustomize/toolhive/helm put it in the Secret it is read from. */
  env?: string;
  /** helm: the chart value that holds it (e.g. secrets.auth.token), given in a private values file. */
  set?: string;
  /** The request header the probe sends `Bearer <token>` in (default Authorization; e.g. X-Dot-AI-Authorization). */
  header?: string;
}

/** A plugin container the docker method starts beside the server (compose and helm deploy their own). */
export interface SmokePluginFile {
  name: string;
  /** Repository (the candidate or the image map decides the tag) or a full reference. */
  image: string;
  port?: number;
  env?: Record<string, string>;
}

/** One deployment method the smoke gate runs (see the README: "Smoke methods"). */
export interface SmokeMethodFile {
  name: string;
  kind: 'docker' | 'compose' | 'kustomize' | 'helm' | 'toolhive';
  /** Required but for helm (default: the release's chart) and docker (default: no env file of the repository's). */
  files?: string[];
  values?: string[];
  set?: Record<string, string>;
  service?: string;
  port?: number;
  externalQdrant?: boolean;
  env?: Record<string, string>;
  probe?: ProbeSettingsFile;
  timeout?: number;
  /** Default: a generated token, given the way the method's kind gives it; false: none. */
  auth?: SmokeAuthFile | false;
  plugins?: SmokePluginFile[];
  /** The Pod Security level the method's namespace enforces (default restricted; lower ones are warned about). */
  podSecurity?: 'restricted' | 'baseline' | 'privileged';
  /** helm: run `helm test` after the install (default true). */
  helmTest?: boolean;
}

/** A smoke method's name: also a folder, a namespace and a container name, so an identifier. */
export const METHOD_NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;

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
  return { fail, string, imageName, oneOf, falseOr, list, nonEmptyList, anyOf, map, within, boolean, anyMap, stringMap, stringOrMap };
}

/** Checks the whole file and reports every problem at once (one line each). */
export function validateConfig(value: unknown, file: string): ConfigFile {
  const { fail, string, imageName, oneOf, falseOr, list, nonEmptyList, anyOf, map, within, boolean, anyMap, stringMap, stringOrMap } = validator(file);
  const waiver = stringOrMap(map({ rule: string, object: string, subchart: string, reason: string }, ['rule', 'reason']), '"rule@scope=reason" or a map {rule, object, subchart, reason}');
  const policy = map({ mode: oneOf('enforce', 'warn'), waive: list(waiver) });
  const probe = map({ mcpPath: string, health: anyOf(string, (v) => v === ''), tool: string, toolArgs: anyMap, expect: string, tools: list(string), serverName: string, followUps: within(RANGES.followUps), headers: stringMap, json: anyMap, jsonWithin: within(RANGES.jsonWithin) });
  const methodName: Check = (v, at, p) => {
    if (!string(v, at, p)) return false;
    return METHOD_NAME.test(v as string) || fail(p, at, `${JSON.stringify(visible(v as string))} is not a method name (lowercase letters, digits and -, starting with a letter or digit, at most 63)`);
  };
  const envName: Check = (v, at, p) => (string(v, at, p) && /^[A-Za-z_][A-Za-z0-9_]*$/.test(v as string)) || fail(p, at, `${JSON.stringify(visible(String(v)))} is not an environment variable name`);
  const headerName: Check = (v, at, p) => (string(v, at, p) && /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(v as string)) || fail(p, at, `${JSON.stringify(visible(String(v)))} is not a header name`);
  const auth = falseOr(map({ token: oneOf('generate', 'input'), env: envName, set: string, header: headerName }));
  const plugin = map({ name: methodName, image: string, port: within(RANGES.port), env: stringMap }, ['name', 'image']);
  const method = map(
    {
      name: methodName,
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
      auth,
      plugins: list(plugin),
      podSecurity: oneOf('restricted', 'baseline', 'privileged'),
      helmTest: boolean,
    },
    ['name', 'kind'],
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
  const rootOk = root(config, '', problems);
  if (rootOk) problems.push(...smokeMethodProblems(config.smoke, file));
  if (rootOk && Array.isArray(config.images)) {
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

/** What the shape alone cannot say about smoke methods: names listed twice, files a kind needs, keys a kind ignores. */
function smokeMethodProblems(smoke: SmokeSettings | undefined, file: string): string[] {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  (smoke?.methods ?? []).forEach((m, i) => {
    const at = `${file}: smoke.methods[${i}]`;
    const first = seen.get(m.name);
    if (first !== undefined) problems.push(`${at}.name: ${JSON.stringify(m.name)} is listed twice (also smoke.methods[${first}])`);
    else seen.set(m.name, i);
    if (m.kind !== 'helm' && m.kind !== 'docker' && !m.files?.length) problems.push(`${at}.files: is required for kind ${m.kind}`);
    if (m.plugins && m.kind !== 'docker') problems.push(`${at}.plugins: only for kind docker (compose files, charts and manifests deploy their own plugins)`);
    if (m.helmTest !== undefined && m.kind !== 'helm') problems.push(`${at}.helmTest: only for kind helm`);
    if (m.podSecurity !== undefined && (m.kind === 'docker' || m.kind === 'compose')) problems.push(`${at}.podSecurity: only for the Kubernetes kinds (kustomize, helm, toolhive)`);
    if (m.auth && m.auth.set !== undefined && m.kind !== 'helm') problems.push(`${at}.auth.set: only for kind helm (a chart value); the others take auth.env`);
    if (m.auth && m.auth.set !== undefined && m.auth.env !== undefined) problems.push(`${at}.auth: set or env, not both`);
  });
  return problems;
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
