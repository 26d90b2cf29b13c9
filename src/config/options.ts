import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ConfigOverrides } from './config.js';
import { UserError } from '../errors.js';

/** Option values as they arrive: strings from action inputs or CLI flags, booleans from CLI flags. */
export type Options = Record<string, string | boolean | undefined>;

export function stringOption(options: Options, name: string): string | undefined {
  const value = options[name];
  if (value === undefined || value === false) return undefined;
  if (value === true) throw new UserError(`input ${name}: expects a value`);
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

export function booleanOption(options: Options, name: string): boolean {
  const value = options[name];
  if (value === undefined || value === '' || typeof value === 'boolean') return value === true;
  if (/^(true|yes|1)$/i.test(value.trim())) return true;
  if (/^(false|no|0)$/i.test(value.trim())) return false;
  throw new UserError(`input ${name}: ${JSON.stringify(value)} is not a boolean (true or false)`);
}

export function listOption(options: Options, name: string): string[] | undefined {
  const value = stringOption(options, name);
  return value
    ?.split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function repositoryRoot(options: Options): string {
  const dir = path.resolve(stringOption(options, 'working-directory') ?? '.');
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UserError(`input working-directory: ${dir} is not a directory`);
  }
  return dir;
}

export function configOverrides(options: Options): ConfigOverrides {
  return {
    config: stringOption(options, 'config'),
    chart: stringOption(options, 'chart'),
    chartVersioning: stringOption(options, 'chart-versioning'),
    images: listOption(options, 'images'),
  };
}
