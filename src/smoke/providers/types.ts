import type { Reporter } from '../../report/reporter.js';
import type { CleanupRegistry } from '../../tools/cleanup.js';
import type { ClusterHandle } from '../types.js';

/** Where the Kubernetes methods run: a kind cluster made for the run (or reused), or the current cluster. */
export interface ClusterProvider {
  /** What the summary calls it, e.g. "kind (node image kindest/node:v1.34.0)". */
  readonly description: string;
  /** Opens the cluster; what it creates is registered in `cleanup` (owner `run`). */
  open(cleanup: CleanupRegistry, reporter: Reporter): Promise<{ handle: ClusterHandle; created: boolean }>;
}
