// Benchmark of the chart gate, each figure beside its baseline from the same run, against one real
// local registry (Debian's docker-registry on 127.0.0.1):
// - `dot-ai-release chart` (lint, render for Kubernetes 1.24 and 1.34, schema + removed APIs + policy,
//   package, idempotent push, verify) vs bare `helm lint && helm package && helm push` (target <= 1.5x);
// - the idempotent re-run of a published version: time and bytes uploaded (target 0).
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const helm = path.join(root, '.tools/bin/helm3');
const cli = path.join(root, 'dist/cli.js');
const chartDir = path.join(root, 'charts/dot-ai');
const RUNS = 5;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timed(fn) {
  const start = process.hrtime.bigint();
  const result = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

const port = await new Promise((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});
const dir = mkdtempSync(path.join(tmpdir(), 'bench-chart-'));
writeFileSync(
  path.join(dir, 'config.yml'),
  `version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n    rootdirectory: ${dir}/data\nhttp:\n  addr: 127.0.0.1:${port}\n`,
);
const registry = spawn('docker-registry', ['serve', path.join(dir, 'config.yml')], { stdio: 'ignore' });
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/v2/`)).ok) break;
    } catch {
      if (i > 100) throw new Error('docker-registry did not start (run bash scripts/setup/registry.sh)');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const host = `127.0.0.1:${port}`;
  const bare = [];
  const ours = [];
  const rerun = [];
  let uploaded;
  for (let i = 0; i < RUNS; i++) {
    // Interleaved, each into a namespace of its own, so both really push.
    bare.push(
      timed(() => {
        const out = mkdtempSync(path.join(dir, 'pkg-'));
        execFileSync(helm, ['lint', chartDir], { stdio: 'ignore' });
        execFileSync(helm, ['package', chartDir, '-d', out], { stdio: 'ignore' });
        const tgz = path.join(out, readdirSync(out)[0]);
        execFileSync(helm, ['push', tgz, `oci://${host}/bare-${i}`, '--plain-http'], { stdio: 'ignore' });
      }).ms,
    );
    const args = ['chart', '--working-directory', root, '--helm', helm, '--registry', `oci://${host}/ours-${i}`, '--plain-http', '--json'];
    const first = timed(() => JSON.parse(execFileSync(process.execPath, [cli, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })));
    if (first.result.status !== 'pushed') throw new Error(`expected a push, got ${first.result.status}`);
    ours.push(first.ms);
    const again = timed(() => JSON.parse(execFileSync(process.execPath, [cli, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })));
    if (again.result.status !== 'already-published') throw new Error(`expected already-published, got ${again.result.status}`);
    rerun.push(again.ms);
    uploaded = again.result.bytesUploaded;
  }
  const b = median(bare);
  const o = median(ours);
  console.log(`chart gate on charts/dot-ai, same registry (median of ${RUNS}, interleaved):`);
  console.log(`  helm lint && helm package && helm push   ${b.toFixed(0).padStart(6)} ms   (baseline)`);
  console.log(`  dot-ai-release chart                     ${o.toFixed(0).padStart(6)} ms   ratio ${(o / b).toFixed(2)}x (target <= 1.5x)`);
  console.log(`  dot-ai-release chart, already published  ${median(rerun).toFixed(0).padStart(6)} ms   ${uploaded} bytes uploaded (target 0)`);
} finally {
  registry.kill();
  rmSync(dir, { recursive: true, force: true });
}
