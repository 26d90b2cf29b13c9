import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import type { ConfigOverrides } from './config.js';
import { CONFIG_FILE } from './file.js';
import { findCommand, optionsOf, rangeProblem } from './spec.js';

/** Option values as they arrive: strings from action inputs or CLI flags, booleans from CLI flags. */
export type Options = Record<string, string | boolean | undefined>;

/**
 * `options` with every option left unset filled from the command's spec (src/config/spec.ts), as
 * the Actions runner fills inputs from action.yml: the one table of defaults serves the help, the
 * action and the parsers. A default written as a pattern (`ghcr.io/<owner>/<repo>`) is only shown:
 * the parser derives it.
 */
export function withDefaults(command: string, options: Options): Options {
  const spec = findCommand(command);
  if (!spec) throw new Error(`no command ${command}`);
  const filled: Options = { ...options };
  for (const option of optionsOf(spec)) {
    if (option.default === undefined || option.default.includes('<')) continue;
    const value = filled[option.name];
    if (value === undefined || (typeof value === 'string' && value.trim() === '')) filled[option.name] = option.default;
  }
  return filled;
}

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

/**
 * A bounded number option of `command` (the range is the spec's, the one the help and action.yml
 * show): undefined when unset, else a whole number within the range, or a refusal naming the input.
 */
export function boundedNumber(options: Options, command: string, name: string): number | undefined {
  const spec = findCommand(command);
  const option = spec && optionsOf(spec).find((o) => o.name === name);
  if (!option?.range) throw new Error(`${command} has no bounded option ${name}`);
  const raw = stringOption(options, name);
  if (raw === undefined) return undefined;
  const problem = rangeProblem(raw, option.range);
  if (problem) throw new UserError(`input ${name}: ${JSON.stringify(raw)} ${problem}`);
  return Number(raw);
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
    // The default name (the action always passes it, from action.yml) is optional: a repository may have no file.
    config: stringOption(options, 'config') === CONFIG_FILE ? undefined : stringOption(options, 'config'),
    chart: stringOption(options, 'chart'),
    chartVersioning: stringOption(options, 'chart-versioning'),
    images: listOption(options, 'images'),
  };
}
