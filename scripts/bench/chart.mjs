// Benchmark of the chart gate, each figure beside its baseline from the same run, against one real
// local registry (Debian's docker-registry on 127.0.0.1):
// - `dot-ai-release chart` (lint, render for Kubernetes 1.24 and 1.34, schema + removed APIs + policy,
//   package, idempotent push, verify) vs bare `helm lint && helm package && helm push` (target <= 1.5x);
// - the idempotent re-run of a published version: time and bytes uploaded (target 0).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { median, root, startRegistry, timed } from './lib.mjs';

const helm = path.join(root, '.tools/bin/helm3');
const cli = path.join(root, 'dist/cli.js');
const chartDir = path.join(root, 'charts/dot-ai');
const RUNS = 5;

const registry = await startRegistry();
mkdirSync(path.join(root, 'node_modules', '.cache'), { recursive: true });
const dir = mkdtempSync(path.join(root, 'node_modules', '.cache', 'bench-chart-'));
try {
  const { host } = registry;
  const bare = [];
  const ours = [];
  const rerun = [];
  let uploaded;
  for (let i = 0; i < RUNS; i++) {
    // Interleaved, each into a namespace of its own, so both really push.
    bare.push(
      (
        await timed(() => {
        const out = mkdtempSync(path.join(dir, 'pkg-'));
        execFileSync(helm, ['lint', chartDir], { stdio: 'ignore' });
        execFileSync(helm, ['package', chartDir, '-d', out], { stdio: 'ignore' });
        const tgz = path.join(out, readdirSync(out)[0]);
          execFileSync(helm, ['push', tgz, `oci://${host}/bare-${i}`, '--plain-http'], { stdio: 'ignore' });
        })
      ).ms,
    );
    const args = ['chart', '--working-directory', root, '--helm', helm, '--registry', `oci://${host}/ours-${i}`, '--plain-http', '--json'];
    const first = await timed(() => JSON.parse(execFileSync(process.execPath, [cli, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })));
    if (first.result.status !== 'pushed') throw new Error(`expected a push, got ${first.result.status}`);
    ours.push(first.ms);
    const again = await timed(() => JSON.parse(execFileSync(process.execPath, [cli, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })));
    if (again.result.status !== 'already-published') throw new Error(`expected already-published, got ${again.result.status}`);
    rerun.push(again.ms);
    uploaded = again.result['bytes-uploaded'];
  }
  const b = median(bare);
  const o = median(ours);
  console.log(`chart gate on charts/dot-ai, same registry (median of ${RUNS}, interleaved):`);
  console.log(`  helm lint && helm package && helm push   ${b.toFixed(0).padStart(6)} ms   (baseline)`);
  console.log(`  dot-ai-release chart                     ${o.toFixed(0).padStart(6)} ms   ratio ${(o / b).toFixed(2)}x (target <= 1.5x)`);
  console.log(`  dot-ai-release chart, already published  ${median(rerun).toFixed(0).padStart(6)} ms   ${uploaded} bytes uploaded (target 0)`);
} finally {
  await registry.stop();
  rmSync(dir, { recursive: true, force: true });
}
