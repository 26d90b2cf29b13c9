#!/usr/bin/env node
/**
 * The CLI: `dot-ai-release <command> [flags]`. Flags mirror the action's inputs
 * (`--bump minor` is input `bump: minor`); `--help` works per command.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { COMMANDS, findCommand, optionsOf, type CommandSpec } from './commands/spec.js';
import type { Options } from './commands/options.js';
import { logLine } from './report/escape.js';

function generalHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: dot-ai-release <command> [flags]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `dot-ai-release <command> --help` for its flags.',
  ].join('\n');
}

function commandHelp(spec: CommandSpec): string {
  const flags = optionsOf(spec).map((o) => [`--${o.name}${o.boolean ? (o.default === 'true' ? ', --no-' + o.name : '') : ' VALUE'}`, `${o.description}${o.default && !o.boolean ? ` (default: ${o.default})` : ''}`]);
  const width = Math.max(...flags.map(([f]) => (f as string).length));
  return [
    `Usage: ${spec.usage}`,
    '',
    spec.summary,
    '',
    'Flags:',
    ...flags.map(([f, d]) => `  ${(f as string).padEnd(width)}  ${d}`),
    '  --help'.padEnd(width + 2) + '  Show this help.',
    '',
    'Outputs (with --json, as fields of the printed object):',
    ...spec.outputs.map((o) => `  ${o.name}: ${o.description}`),
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${generalHelp()}\n`);
    return name ? 0 : 1;
  }
  const spec = findCommand(name);
  if (!spec) {
    process.stderr.write(`${logLine(`error: unknown command ${JSON.stringify(name)}`)}\n\n${generalHelp()}\n`);
    return 1;
  }
  const config: ParseArgsConfig['options'] = { help: { type: 'boolean', short: 'h' } };
  for (const o of optionsOf(spec)) config[o.name] = { type: o.boolean ? 'boolean' : 'string' };
  // `--no-FLAG` turns a boolean option off (for options on by default, e.g. --no-cache, --no-verify).
  const negated = new Set<string>();
  const args = rest.filter((arg) => {
    const name = arg.startsWith('--no-') ? arg.slice(5) : undefined;
    if (!name || !optionsOf(spec).some((o) => o.boolean && o.name === name)) return true;
    negated.add(name);
    return false;
  });
  let values: Options;
  try {
    values = parseArgs({ args, options: config, allowPositionals: false, strict: true }).values as Options;
    for (const name of negated) values[name] = false;
  } catch (err) {
    // the message quotes the argument as given: one visible line
    process.stderr.write(`${logLine(`error: ${spec.name}: ${(err as Error).message}`)}\nRun \`dot-ai-release ${spec.name} --help\` for its flags.\n`);
    return 1;
  }
  if (values.help) {
    process.stdout.write(`${commandHelp(spec)}\n`);
    return 0;
  }
  const [{ CliReporter }, { runCommand }] = await Promise.all([import('./report/cli-reporter.js'), import('./run.js')]);
  return runCommand(spec.name, values, new CliReporter(values.json === true));
}

process.exitCode = await main(process.argv.slice(2));
