import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, parseDocument } from 'yaml';
import { UserError } from '../errors.js';
import { lineAt } from '../version/slot.js';

export const CONFIG_FILE = 'dot-ai-release.yaml';

/** The configuration file as written by the user; every key is optional. */
export interface ConfigFile {
  version?: { source?: string; field?: string };
  packageJson?: string | string[] | false;
  serverJson?: string | false;
  chart?: false | { path?: string; versioning?: 'follow' | 'independent'; repository?: string };
  images?: { name: string; valuesPath?: string }[];
  references?: string[];
  fields?: { file: string; path: string; stream?: 'app' | 'chart' }[];
}

type Check = (value: unknown, at: string) => void;

function fail(file: string, at: string, message: string): never {
  throw new UserError(`${file}: ${at}: ${message}`);
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a map' : `${typeof value} ${JSON.stringify(value)}`;
}

/** A tiny structural validator: unknown keys and wrong types are reported by their dotted name. */
function validator(file: string) {
  const string: Check = (v, at) => {
    if (typeof v !== 'string' || v === '') fail(file, at, `expected a non-empty string, got ${typeName(v)}`);
  };
  const oneOf =
    (...choices: string[]): Check =>
    (v, at) => {
      if (typeof v !== 'string' || !choices.includes(v)) fail(file, at, `expected one of ${choices.join(', ')}, got ${typeName(v)}`);
    };
  const falseOr =
    (check: Check): Check =>
    (v, at) => {
      if (v !== false) check(v, at);
    };
  const list =
    (item: Check): Check =>
    (v, at) => {
      if (!Array.isArray(v)) fail(file, at, `expected a list, got ${typeName(v)}`);
      v.forEach((x, i) => item(x, `${at}[${i}]`));
    };
  const anyOf =
    (...checks: Check[]): Check =>
    (v, at) => {
      const errors: string[] = [];
      for (const check of checks) {
        try {
          return check(v, at);
        } catch (err) {
          errors.push((err as Error).message);
        }
      }
      throw new UserError(errors[0] as string);
    };
  const map =
    (shape: Record<string, Check>, required: string[] = []): Check =>
    (v, at) => {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(file, at, `expected a map, got ${typeName(v)}`);
      for (const [key, value] of Object.entries(v)) {
        const check = shape[key];
        const where = at ? `${at}.${key}` : key;
        if (!check) fail(file, where, `unknown key (known: ${Object.keys(shape).join(', ')})`);
        check(value, where);
      }
      for (const key of required) {
        if (!(key in v)) fail(file, at ? `${at}.${key}` : key, 'is required');
      }
    };
  return { string, oneOf, falseOr, list, anyOf, map };
}

export function validateConfig(value: unknown, file: string): ConfigFile {
  const { string, oneOf, falseOr, list, anyOf, map } = validator(file);
  const root = map({
    version: map({ source: string, field: string }),
    packageJson: falseOr(anyOf(string, list(string))),
    serverJson: falseOr(string),
    chart: falseOr(map({ path: string, versioning: oneOf('follow', 'independent'), repository: string })),
    images: list(map({ name: string, valuesPath: string }, ['name'])),
    references: list(string),
    fields: list(map({ file: string, path: string, stream: oneOf('app', 'chart') }, ['file', 'path'])),
  });
  root(value ?? {}, '');
  return (value ?? {}) as ConfigFile;
}

/** Reads `dot-ai-release.yaml` (or the given path) from the repository root; absent file = all defaults. */
export function readConfigFile(root: string, configPath?: string): { file?: string; config: ConfigFile } {
  const file = configPath ?? CONFIG_FILE;
  const absolute = path.resolve(root, file);
  if (!existsSync(absolute)) {
    if (configPath) throw new UserError(`input config: ${configPath} does not exist`);
    return { config: {} };
  }
  const text = readFileSync(absolute, 'utf8');
  const doc = parseDocument(text, { uniqueKeys: true });
  const err = doc.errors[0];
  if (err) throw new UserError(`${file}:${lineAt(text, err.pos[0])}: malformed YAML (${err.message.split('\n')[0]})`);
  if (doc.contents !== null && !isMap(doc.contents)) {
    throw new UserError(`${file}: expected a map of settings at the top level, got ${isSeq(doc.contents) ? 'a list' : 'a scalar'}`);
  }
  return { file, config: validateConfig(doc.toJS(), file) };
}
