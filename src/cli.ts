#!/usr/bin/env node
/**
 * The CLI: `dot-ai-release <command> [flags]`. Flags mirror the action's inputs
 * (`--bump minor` is input `bump: minor`); `--help` works per command.
 */
import module from 'node:module';
import { homedir } from 'node:os';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { COMMANDS, findCommand, optionsOf, type CommandSpec } from './config/spec.js';
import type { Options } from './config/options.js';
import { logLine } from './report/escape.js';

// V8's compile cache (Node >= 22.1; absent on 20, and from the types of the engines floor): a later run loads the commands' compiled code
// instead of compiling it again. In the user's own cache directory, not a shared temp directory.
(module as { enableCompileCache?: (directory: string) => unknown }).enableCompileCache?.(path.join(process.env.XDG_CACHE_HOME || path.join(homedir(), '.cache'), 'dot-ai-release', 'node-compile-cache'));

function generalHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: dot-ai-release <command> [flags]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `dot-ai-release <command> --help` for its flags, `dot-ai-release --version` for the toolkit\'s version.',
  ].join('\n');
}

function commandHelp(spec: CommandSpec): string {
  const flags = optionsOf(spec).map((o) => [
    `--${o.name}${o.boolean ? (o.default === 'true' ? ', --no-' + o.name : '') : ' VALUE'}`,
    `${o.description}${o.range ? ` From ${o.range.min} to ${o.range.max}.` : ''}${o.default && !o.boolean ? ` (default: ${o.default})` : ''}`,
  ]);
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

/** The toolkit's own version, stamped into the bundle by scripts/build.mjs (package.json when run from source). */
declare const __TOOLKIT_VERSION__: string | undefined;
const TOOLKIT_VERSION = typeof __TOOLKIT_VERSION__ === 'string' ? __TOOLKIT_VERSION__ : 'development';

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  // `--version` is the toolkit's version; the `version` command (no dashes) bumps a release.
  if (name === '--version' || name === '-V') {
    process.stdout.write(`dot-ai-release ${TOOLKIT_VERSION}\n`);
    return 0;
  }
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
    const parsed = parseArgs({ args, options: config, allowPositionals: Boolean(spec.positional), strict: true });
    values = parsed.values as Options;
    for (const name of negated) values[name] = false;
    // A command may take one positional argument for one of its options (`probe URL`).
    if (spec.positional && parsed.positionals.length > 0) {
      if (parsed.positionals.length > 1 || values[spec.positional] !== undefined) throw new Error(`expects one ${spec.positional.toUpperCase()}, given once`);
      values[spec.positional] = parsed.positionals[0];
    }
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
  const summary = typeof values.summary === 'string' ? values.summary : undefined;
  const reporter = new CliReporter(values.json === true, undefined, undefined, process.env, { options: optionsOf(spec).map((o) => o.name), ...(summary ? { summary } : {}) });
  return runCommand(spec.name, values, reporter);
}

/**
 * A reader that went away (`release ... | head -1`) must not kill the run half way with EPIPE: what
 * is left to print is dropped, and the command goes on to its end, clean-up included.
 */
function survivePipeClose(stream: NodeJS.WriteStream): void {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    stream.write = () => true;
  });
}
survivePipeClose(process.stdout);
survivePipeClose(process.stderr);

process.exitCode = await main(process.argv.slice(2));
