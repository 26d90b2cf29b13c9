import path from 'node:path';
import { UserError } from '../errors.js';
import { exec, execChecked, type ExecOptions } from './exec.js';
import { dockerBinary } from './docker.js';

/** Which Compose: v2 (`docker compose`, a CLI plugin, what GitHub's runners have) or v1 (`docker-compose`). */
export interface ComposeCli {
  /** Executable and leading arguments: ['docker', 'compose'] or ['docker-compose']. */
  command: [string, ...string[]];
  version: string;
  major: 1 | 2;
}

async function tryVersion(bin: string, args: string[]): Promise<string | undefined> {
  try {
    const result = await exec(bin, args, { timeoutMs: 20_000 });
    return result.code === 0 ? result.stdout.trim() || undefined : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Finds Compose: v2 when `docker compose` works, else v1 `docker-compose`. `prefer` forces one
 * (COMPOSE_CLI=v1|v2 does the same), so both can be exercised on a machine that has both.
 */
export async function findComposeCli(prefer: 'v1' | 'v2' | undefined = process.env.COMPOSE_CLI as 'v1' | 'v2' | undefined): Promise<ComposeCli> {
  if (prefer !== 'v1') {
    const v2 = await tryVersion(dockerBinary(), ['compose', 'version', '--short']);
    if (v2) return { command: [dockerBinary(), 'compose'], version: v2, major: 2 };
    if (prefer === 'v2') throw new UserError('Compose v2 (`docker compose`) does not work here (on GitHub runners it is preinstalled; elsewhere install the docker-compose-plugin)');
  }
  const v1 = await tryVersion('docker-compose', ['version', '--short']);
  if (v1) return { command: ['docker-compose'], version: v1, major: 1 };
  throw new UserError(`no Docker Compose: neither \`docker compose\` nor \`docker-compose\` works${prefer === 'v1' ? ' (v1 was asked for)' : ''}`);
}

/** One wrapper for the compose calls the toolkit makes, on one set of files and one project name. */
export class Compose {
  constructor(
    readonly cli: ComposeCli,
    readonly files: string[],
    readonly project?: string,
    readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  private argv(args: string[]): { bin: string; args: string[] } {
    const [bin, ...pre] = this.cli.command;
    const files = this.files.flatMap((f) => ['-f', f]);
    return { bin, args: [...pre, ...(this.project ? ['--project-name', this.project] : []), ...files, ...args] };
  }

  private options(extra: ExecOptions = {}): ExecOptions {
    return { cwd: this.files[0] ? path.dirname(this.files[0]) : undefined, env: this.env, ...extra };
  }

  /** `config -q`: undefined when the files are valid, else compose's own message. */
  async configErrors(): Promise<string | undefined> {
    const { bin, args } = this.argv(['config', '-q']);
    const result = await exec(bin, args, this.options({ timeoutMs: 60_000 }));
    return result.code === 0 ? undefined : result.stderr.trim() || result.stdout.trim() || `exit ${result.code}`;
  }

  /** Runs any compose subcommand; a non-zero exit is a ToolError. */
  run(what: string, args: string[], extra: ExecOptions = {}) {
    const { bin, args: argv } = this.argv(args);
    return execChecked(what, bin, argv, this.options(extra));
  }

  /** Runs any compose subcommand and returns its result whatever the exit code. */
  try(args: string[], extra: ExecOptions = {}) {
    const { bin, args: argv } = this.argv(args);
    return exec(bin, argv, this.options(extra));
  }

  /**
   * The project's containers (ids, stopped ones too), asked of the engine by compose's project
   * label: one quick `docker ps` instead of `compose ps` (v1 is a Python start-up each time), and
   * orphans are included.
   */
  async containerIds(extra: ExecOptions = {}): Promise<string[]> {
    if (!this.project) throw new Error('Compose.containerIds: no project name');
    const result = await execChecked(`docker ps (compose project ${this.project})`, dockerBinary(this.env), ['ps', '--all', '--quiet', '--no-trunc', '--filter', `label=com.docker.compose.project=${this.project}`], { env: this.env, timeoutMs: 30_000, ...extra });
    return result.stdout.split('\n').map((l) => l.trim()).filter(Boolean);
  }

  /** `port SERVICE PORT`: the host address a service's container port is published on, e.g. 127.0.0.1:49153. */
  async publishedAddress(service: string, port: number, extra: ExecOptions = {}): Promise<string> {
    const { stdout } = await this.run(`compose port ${service} ${port}`, ['port', service, String(port)], { timeoutMs: 60_000, ...extra });
    const address = stdout.split('\n').map((l) => l.trim()).find((l) => /^[\d.]+:\d+$|^\[[0-9a-f:]+\]:\d+$/i.test(l));
    if (!address || /:0$/.test(address)) throw new UserError(`compose port ${service} ${port}: not published (${stdout.trim() || 'no answer'})`);
    return address;
  }
}
