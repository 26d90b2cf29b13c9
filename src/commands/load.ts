import type { Options } from '../config/options.js';
import type { CommandResult, Reporter } from '../report/reporter.js';
import type { CleanupRegistry } from '../tools/cleanup.js';
import type { Host } from '../tools/host.js';

/** What every command runs with besides its options: one clean-up registry, the signal a SIGINT/SIGTERM aborts, the machine's facts. */
export interface CommandSession {
  cleanup: CleanupRegistry;
  signal: AbortSignal;
  /** The machine (its architecture, QEMU handlers); unit tests hand a fake. */
  host: Host;
}

export interface CommandModule {
  run(options: Options, reporter: Reporter, session: CommandSession): Promise<CommandResult>;
}

/** Each command's code is loaded only when it runs (its own chunk in dist/), keeping start-up cheap. */
export const LOADERS: Record<string, () => Promise<CommandModule>> = {
  version: () => import('./version.js'),
  check: () => import('./check.js'),
  chart: () => import('./chart.js'),
  image: () => import('./image.js'),
  release: () => import('./release.js'),
  smoke: () => import('./smoke.js'),
  probe: () => import('./probe.js'),
};
