/**
 * vitest globalSetup for the shared kind cluster (test/helpers/cluster.ts): tells every worker which
 * process owns the run (so all files share one cluster), and deletes that cluster when the run ends,
 * inside the run, so nothing is left running after `npm test`. Creates nothing: a run without
 * cluster tests never starts a cluster.
 * Listed in vitest.config.ts: `globalSetup: ['test/helpers/cluster-global-setup.ts']`.
 */
import { Kind } from '../../src/tools/kind.js';
import { deleteCluster, runClusterName } from './cluster.js';

export function setup(): void {
  process.env.DOT_AI_RELEASE_TEST_RUN_PID = String(process.pid);
}

export async function teardown(): Promise<void> {
  const name = runClusterName(process.pid);
  const kind = new Kind();
  if (!(await kind.version())) return;
  if (await kind.exists(name)) {
    const started = performance.now();
    await deleteCluster(name);
    console.info(`kind cluster ${name} deleted in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}
