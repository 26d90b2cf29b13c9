/**
 * The GitHub Action's entry. It reads the inputs (cheaply: no command code is loaded yet) and
 * hands over to the chosen command. Input `foo-bar` arrives as env INPUT_FOO-BAR.
 */
import path from 'node:path';
import { findCommand, optionsOf, COMMANDS } from './config/spec.js';
import type { Options } from './config/options.js';

function input(name: string): string | undefined {
  return process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
}

async function main(): Promise<number> {
  const name = input('command')?.trim() ?? '';
  const spec = findCommand(name);
  const options: Options = {};
  for (const option of spec ? optionsOf(spec) : []) {
    if (!option.cliOnly) options[option.name] = input(option.name);
  }
  if (process.env.DOT_AI_RELEASE_EXIT_AFTER_INPUTS === '1') return 0; // for the cold-start benchmark
  const { ActionReporter } = await import('./report/action-reporter.js');
  // Annotations point at files relative to the repository root, which may be a subfolder of the workspace.
  const reporter = new ActionReporter(path.resolve(options['working-directory']?.toString().trim() || '.'));
  if (!spec) {
    reporter.fail(`input command: ${name ? `unknown command ${JSON.stringify(name)}` : 'is required'} (expected one of ${COMMANDS.map((c) => c.name).join(', ')})`);
    return 1;
  }
  const { runCommand } = await import('./run.js');
  return runCommand(spec.name, options, reporter);
}

process.exitCode = await main();
