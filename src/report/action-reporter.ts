import { closeSync, constants, fstatSync, openSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { UserError } from '../errors.js';
import { commandText, logLine, visible } from './escape.js';
import type { CommandResult, Location, Reporter } from './reporter.js';

/**
 * Reporter for the GitHub Action: annotations at file:line, masked secrets, log groups, debug
 * lines, outputs, job summary. Every line is escaped for the runner (src/report/escape.ts):
 * core escapes the data of the commands it writes (`%`, line breaks) but not a `##[` in it, and
 * `core.info` writes raw, where a line starting with `::` would be a workflow command.
 */
export class ActionReporter implements Reporter {
  /**
   * @param root the repository root the command releases: locations are relative to it, and
   *   annotations are made relative to the workspace (GITHUB_WORKSPACE), where GitHub looks for them.
   */
  constructor(
    private readonly root: string = process.cwd(),
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  private properties(where?: Location): core.AnnotationProperties | undefined {
    if (!where) return undefined;
    const workspace = path.resolve(this.env.GITHUB_WORKSPACE || process.cwd());
    const absolute = path.resolve(this.root, where.file);
    const relative = path.relative(workspace, absolute);
    // A repository outside the workspace cannot be annotated anyway: keep its own relative path.
    const file = relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative) ? where.file : relative;
    return { file: file.split(path.sep).join('/'), startLine: where.line };
  }
  info(message: string): void {
    core.info(logLine(message));
  }
  warning(message: string, where?: Location): void {
    core.warning(commandText(message), this.properties(where));
  }
  error(message: string, where?: Location): void {
    core.error(commandText(message), this.properties(where));
  }
  debug(message: string): void {
    core.debug(commandText(message));
  }
  group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    return core.group(commandText(name), fn);
  }
  saveState(name: string, value: string): void {
    core.saveState(name, value);
  }

  secret(value: string): void {
    core.setSecret(value);
  }

  /**
   * Checks, before the command changes anything, that the step's outputs and summary can be
   * written: a command must not change files and then fail on its outputs.
   */
  preflight(): void {
    checkWritableFile(this.env, 'GITHUB_OUTPUT');
    checkWritableFile(this.env, 'GITHUB_STEP_SUMMARY');
  }

  async finish(result: CommandResult): Promise<void> {
    try {
      for (const [name, value] of Object.entries(result.outputs)) core.setOutput(name, value);
    } catch (err) {
      throw new UserError(`GITHUB_OUTPUT: cannot write the step's outputs (${(err as Error).message})`);
    }
    if (result.summary && this.env.GITHUB_STEP_SUMMARY) {
      try {
        await core.summary.addRaw(result.summary, true).write();
      } catch (err) {
        throw new UserError(`GITHUB_STEP_SUMMARY: cannot write the job summary (${(err as Error).message})`);
      }
    }
  }
  fail(message: string): void {
    core.setFailed(commandText(message));
  }
}

const KINDS: [string, (s: Stats) => boolean][] = [
  ['a directory', (s) => s.isDirectory()],
  ['a FIFO', (s) => s.isFIFO()],
  ['a socket', (s) => s.isSocket()],
  ['a device', (s) => s.isCharacterDevice() || s.isBlockDevice()],
];

/** The runner creates these files empty before the step; anything else cannot take our outputs. */
function checkWritableFile(env: NodeJS.ProcessEnv, name: string): void {
  const file = env[name];
  if (!file) return;
  const fail = (why: string): never => {
    throw new UserError(`${name}: ${visible(file)} ${why}; nothing was changed`);
  };
  let stat: Stats;
  try {
    stat = statSync(file);
  } catch (err) {
    return fail(`cannot be used (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  const kind = KINDS.find(([, is]) => is(stat))?.[0];
  if (kind || !stat.isFile()) fail(`is ${kind ?? 'not a regular file'}, not a file`);
  try {
    const fd = openSync(file, constants.O_WRONLY | constants.O_APPEND | constants.O_NONBLOCK);
    const regular = fstatSync(fd).isFile();
    closeSync(fd);
    if (!regular) fail('is not a regular file');
  } catch (err) {
    if (err instanceof UserError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    fail(code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'is not writable (permission denied)' : `cannot be written (${code})`);
  }
}
