/* global process, setInterval, clearInterval */
// Deletes a test run's kind cluster once the run's process is gone, whatever ended it (success,
// failure, Ctrl-C, SIGKILL). Started detached by test/helpers/cluster.ts when it creates the cluster:
//   node cluster-reaper.mjs OWNER_PID CLUSTER_NAME STATE_DIR
// It polls the owner once a second; then `kind delete cluster` (a no-op when the run's global
// teardown already deleted it) and removes STATE_DIR (the kubeconfig). Argument arrays, no shell.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const [ownerPid, name, stateDir] = process.argv.slice(2);
const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
};
const timer = setInterval(() => {
  if (alive(Number(ownerPid))) return;
  clearInterval(timer);
  spawnSync(process.env.KIND_BIN || 'kind', ['delete', 'cluster', '--name', name], { stdio: 'ignore', timeout: 120_000 });
  rmSync(stateDir, { recursive: true, force: true });
}, 1000);
