import type { Reporter } from '../../report/reporter.js';
import type { CleanupRegistry } from '../../tools/cleanup.js';
import type { ClusterHandle } from '../types.js';

/** Where the Kubernetes methods run: a kind cluster made for the run (or reused), or the current cluster. */
export interface ClusterProvider {
  /** What the summary calls it, e.g. "kind (node image kindest/node:v1.34.0)". */
  readonly description: string;
  /**
   * Opens the cluster; what it creates is registered in `cleanup` (owner `run`). `preload`: images
   * the methods will need, made present while the cluster starts where the provider can (kind).
   */
  open(cleanup: CleanupRegistry, reporter: Reporter, preload?: string[]): Promise<{ handle: ClusterHandle; created: boolean }>;
}
