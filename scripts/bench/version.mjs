// Benchmarks of the version tooling, each figure beside its baseline from the same run:
// - `check` over a synthetic repository of 5,000 files with 200 image references (target < 1 s, < 200 MB);
// - `check` over one 1.9 MB document holding 68,000 image references, beside the same-size
//   document with 8,500 (issue 9: the scan was quadratic, 23-71 s; linear, 8x the references cost
//   at most 8x the scan);
// - the action's cold start (`node dist/index.js` up to parsed inputs) against bare `node -e 0` (target < +60 ms).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const node = process.execPath;
const ms = (ns) => Number(ns) / 1e6;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timed(args, env = {}) {
  const start = process.hrtime.bigint();
  const run = spawnSync(node, args, { env: { ...process.env, ...env }, encoding: 'utf8' });
  const elapsed = ms(process.hrtime.bigint() - start);
  if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  const rss = /BENCH_MAX_RSS_KB=(\d+)/.exec(run.stderr)?.[1];
  return { elapsed, rssMb: rss ? Number(rss) / 1024 : undefined };
}

// A synthetic repository: 5,000 docs and manifests, 200 of them with an image reference.
function syntheticRepo() {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-check-'));
  writeFileSync(path.join(dir, 'package.json'), '{\n  "name": "bench",\n  "version": "1.2.3"\n}\n');
  writeFileSync(path.join(dir, 'dot-ai-release.yaml'), 'images:\n  - name: ghcr.io/acme/bench\nreferences:\n  - docs/**\n  - manifests/**\n');
  for (let i = 0; i < 5000; i++) {
    const kind = i % 2 ? 'docs' : 'manifests';
    const sub = path.join(dir, kind, `group-${i % 50}`);
    mkdirSync(sub, { recursive: true });
    const body =
      kind === 'docs'
        ? `# Page ${i}\n\n${'Some prose about deploying an MCP server with care. '.repeat(20)}\n`
        : `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-${i}\ndata:\n  key: "${'x'.repeat(400)}"\n`;
    const ref = i % 25 === 0 ? `\nimage: ghcr.io/acme/bench:1.2.3\n` : '';
    writeFileSync(path.join(sub, `file-${i}.${kind === 'docs' ? 'md' : 'yaml'}`), body + ref);
  }
  return dir;
}

const cli = path.join(root, 'dist/cli.js');
const action = path.join(root, 'dist/index.js');
const preload = path.join(root, 'scripts/bench/rss-at-exit.mjs');

const repo = syntheticRepo();
try {
  const check = JSON.parse(execFileSync(node, [cli, 'check', '--json', '--working-directory', repo], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  // 200 image references plus package.json's own version
  if (check.files < 5000 || check.references !== 201) throw new Error(`synthetic repo not as planned: ${check.files} files, ${check.references} references`);
  const runs = Array.from({ length: 5 }, () => timed(['--import', preload, cli, 'check', '--working-directory', repo]));
  const bare = Array.from({ length: 5 }, () => timed(['-e', '0']));
  const t = median(runs.map((r) => r.elapsed));
  const rss = Math.max(...runs.map((r) => r.rssMb));
  console.log(`check, ${check.files} files, ${check.references - 1} image references + package.json (median of 5):`);
  console.log(`  check          ${t.toFixed(0).padStart(6)} ms   peak RSS ${rss.toFixed(0)} MB   (targets: < 1000 ms, < 200 MB)`);
  console.log(`  node -e 0      ${median(bare.map((r) => r.elapsed)).toFixed(0).padStart(6)} ms   (baseline: Node start-up)`);
} finally {
  rmSync(repo, { recursive: true, force: true });
}

// One 1.9 MB document: 68,000 references against 8,500 in the same size (the rest is prose).
function oneDocumentRepo(references) {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-refs-'));
  writeFileSync(path.join(dir, 'package.json'), '{\n  "name": "bench",\n  "version": "1.2.3"\n}\n');
  writeFileSync(path.join(dir, 'dot-ai-release.yaml'), 'images:\n  - name: ghcr.io/acme/demo\nreferences:\n  - docs/**\n');
  mkdirSync(path.join(dir, 'docs'));
  const size = 1_900_000;
  const ref = 'ghcr.io/acme/demo:1.2.3';
  const line = Math.floor(size / references);
  const text = Array.from({ length: references }, () => `${'x'.repeat(Math.max(0, line - ref.length - 2))} ${ref}`).join('\n');
  writeFileSync(path.join(dir, 'docs/big.md'), `${text}\n`);
  return dir;
}
const big = oneDocumentRepo(68_000);
const small = oneDocumentRepo(8_500);
try {
  for (const [dir, n] of [[big, 68_000], [small, 8_500]]) {
    const check = JSON.parse(execFileSync(node, [cli, 'check', '--json', '--working-directory', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    if (check.references !== n + 1) throw new Error(`one-document repo not as planned: ${check.references} references`);
  }
  const bigRuns = [];
  const smallRuns = [];
  for (let i = 0; i < 5; i++) {
    bigRuns.push(timed([cli, 'check', '--working-directory', big]).elapsed);
    smallRuns.push(timed([cli, 'check', '--working-directory', small]).elapsed);
  }
  const b = median(bigRuns);
  const s = median(smallRuns);
  console.log('check, one 1.9 MB document (median of 5, interleaved):');
  console.log(`  68,000 references  ${b.toFixed(0).padStart(6)} ms`);
  console.log(`  8,500 references   ${s.toFixed(0).padStart(6)} ms   (baseline: the same size, 8x fewer references)`);
  console.log(`  ratio              ${(b / s).toFixed(1).padStart(6)}      (target: <= 8, linear; it was quadratic: 23-71 s against 0.7 s)`);
} finally {
  rmSync(big, { recursive: true, force: true });
  rmSync(small, { recursive: true, force: true });
}

// Cold start: interleave both so machine noise hits them alike.
const inputs = { INPUT_COMMAND: 'check', 'INPUT_WORKING-DIRECTORY': '.', DOT_AI_RELEASE_EXIT_AFTER_INPUTS: '1' };
const actionTimes = [];
const bareTimes = [];
for (let i = 0; i < 21; i++) {
  actionTimes.push(timed([action], inputs).elapsed);
  bareTimes.push(timed(['-e', '0']).elapsed);
}
const a = median(actionTimes);
const b = median(bareTimes);
console.log('action cold start, up to parsed inputs (median of 21, interleaved):');
console.log(`  node dist/index.js  ${a.toFixed(1).padStart(6)} ms`);
console.log(`  node -e 0           ${b.toFixed(1).padStart(6)} ms   (baseline)`);
console.log(`  difference          ${(a - b).toFixed(1).padStart(6)} ms   (target: < 60 ms)`);
