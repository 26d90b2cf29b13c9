/* global performance, setInterval, clearInterval */
// Benchmark of `smoke`, one run of each figure on this machine, beside its baseline from the same run:
// - a kind cluster made by the kind provider (node image from scripts/kind/versions.env) and the images
//   every method needs loaded into it: what the run pays once, before any method;
// - each method alone on that cluster (`kind-cluster`), then all of them together (one cluster shared
//   by every Kubernetes method, the Docker methods on the engine, all at once): together against the
//   slowest method alone, target <= 1.25x;
// - where each method's time goes: deploy until ready, each probe endpoint (port-forward, Service from
//   a pod in the cluster), and removal; and the machine's load meanwhile.
// The methods are the defaults this version implements (docker, the Kubernetes ones; compose when
// present). Needs scripts/setup/kind.sh, docker.sh, base-images.sh and helm.sh to have run. Deletes
// what it creates.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { importTs, root } from './lib.mjs';

const helpers = await importTs('test/helpers/cluster.ts');
const { parseInputs } = await importTs('src/smoke/inputs.ts');
const { runSmokeGate } = await importTs('src/smoke/gate.ts');
const { KindProvider } = await importTs('src/smoke/providers/kind.ts');
const { CleanupRegistry } = await importTs('src/tools/cleanup.ts');
const { defaultMethods } = await importTs('src/smoke/methods/defaults.ts');
const { methodFor } = await importTs('src/smoke/methods/index.ts');

process.env.HELM_BIN ||= helpers.toolBinary('helm');
process.env.KUBECTL_BIN ||= helpers.toolBinary('kubectl');
const images = helpers.clusterImages();
const versions = helpers.kindVersions();
const version = JSON.parse(readFileSync(path.join(root, 'examples/mcp-server/package.json'), 'utf8')).version;
const candidate = `local/dot-ai-smoke:${version}`;
const s = (x) => `${x.toFixed(1).padStart(6)} s`;
const cores = readFileSync('/proc/cpuinfo', 'utf8').match(/^processor/gm).length;

// The methods of the default set whose kind this version implements.
const methods = defaultMethods(root, version).filter((m) => {
  try {
    methodFor(m.kind);
    return true;
  } catch {
    return false;
  }
});
// SMOKE_BENCH_METHODS=a,b limits the run (for a look at a few methods).
const names = methods.map((m) => m.name).filter((n) => !process.env.SMOKE_BENCH_METHODS || process.env.SMOKE_BENCH_METHODS.split(',').includes(n));
// SMOKE_BENCH_TOGETHER_ONLY=1 skips the runs of each method alone.
const togetherOnly = process.env.SMOKE_BENCH_TOGETHER_ONLY === '1';

/** A reporter that timestamps every line (the run's own lines say when each phase starts and ends). */
function timingReporter() {
  const t0 = performance.now();
  const lines = [];
  const add = (level) => (m) => lines.push({ at: (performance.now() - t0) / 1000, level, text: String(m) });
  return { lines, info: add('info'), warning: add('warning'), error: add('error'), debug: add('debug'), group: (_n, fn) => fn(), secret: () => undefined };
}

/**
 * deploy / probes / removal of one method, from its timestamped lines: each probe's wall time runs
 * from the line before it (an in-cluster probe includes its pod's start), removal is what is left.
 */
function phases(reporter, result) {
  const mine = reporter.lines.filter((l) => l.text.startsWith(`[${result.method}] `));
  const start = mine.find((l) => /\] deploying/.test(l.text))?.at ?? 0;
  const deployedAt = mine.find((l) => /\] deployed:/.test(l.text))?.at;
  let previous = deployedAt;
  const probes = [];
  for (const p of result.probes) {
    const line = mine.find((l) => l.text.startsWith(`[${result.method}] ${p.endpoint}: `));
    const wall = line && previous !== undefined ? line.at - previous : p.ms / 1000;
    if (line) previous = line.at;
    probes.push({ label: p.endpoint.replace(/ to Service \S+| Service \S+/, ''), wall });
  }
  const probeSeconds = probes.reduce((sum, p) => sum + p.wall, 0);
  const deploy = deployedAt === undefined ? undefined : deployedAt - start;
  const rest = deploy === undefined ? undefined : result.seconds - deploy - probeSeconds;
  return { deploy, probeSeconds, rest, probes: probes.map((p) => `${p.label} ${p.wall.toFixed(1)} s`) };
}

async function run(label, methodNames, clusterName, parallel) {
  const reporter = timingReporter();
  const load = [];
  const sampler = setInterval(() => load.push(loadavg()[0]), 2000);
  const inputs = parseInputs({
    'working-directory': root,
    methods: methodNames.join(','),
    provider: 'kind',
    'kind-cluster': clusterName,
    image: candidate,
    'qdrant-image': images.qdrant,
    'probe-image': 'local/node:bookworm',
    'image-map': [`qdrant/qdrant=${images.qdrant}`, `docker.io/curlimages/curl=${images.curl}`, `ghcr.io/stacklok/toolhive/operator=${images.toolhiveOperator}`, `ghcr.io/stacklok/toolhive/proxyrunner=${images.toolhiveProxyRunner}`, 'node:24-slim=local/node:bookworm'].join(','),
    'toolhive-charts': toolhiveCharts,
    parallel: String(parallel),
    timeout: '600',
  });
  const started = performance.now();
  const result = await runSmokeGate(inputs, reporter, new CleanupRegistry(), new AbortController().signal);
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const results = result.outputs;
  if (result.failed.length) throw new Error(`${label}: ${result.failed.map((r) => `${r.method}: ${r.cause}`).join('; ')} (diagnostics: ${result.diagnosticsDir})`);
  rmSync(result.diagnosticsDir, { recursive: true, force: true });
  return { seconds, results, reporter, load: load.length ? Math.max(...load) : loadavg()[0] };
}

// --- the candidate image (and the source checkout compose-dev mounts), the cluster, the images in it ---
const serverDir = path.join(root, 'examples/mcp-server');
if (!existsSync(path.join(serverDir, 'node_modules')) || !existsSync(path.join(serverDir, 'dist/server.js'))) {
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: serverDir, stdio: 'ignore' });
  execFileSync('npm', ['run', 'build'], { cwd: serverDir, stdio: 'ignore' });
}
execFileSync('docker', ['build', '-q', '--build-arg', 'NODE_IMAGE=local/node:bookworm', '--build-arg', `VERSION=${version}`, '-t', candidate, path.join(root, 'examples/mcp-server')], {
  env: { ...process.env, DOCKER_BUILDKIT: '0' },
  stdio: 'ignore',
});
const toolhiveCharts = path.join(await helpers.goModuleDir('github.com/stacklok/toolhive', versions.TOOLHIVE_VERSION), 'deploy/charts');
const cleanup = new CleanupRegistry();
const quiet = timingReporter();
try {
  const provider = new KindProvider({ nodeImage: images.node, probeImage: 'local/node:bookworm' });
  const t0 = performance.now();
  const { handle } = await provider.open(cleanup, quiet);
  const created = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  await handle.ensureImages([candidate, 'local/node:bookworm', images.qdrant, images.curl, images.toolhiveOperator, images.toolhiveProxyRunner]);
  const loaded = (performance.now() - t1) / 1000;
  console.log(`smoke on this machine (${cores} cores), one run each; methods: ${names.join(', ')}`);
  console.log(`  kind cluster made by the kind provider (${images.node})  ${s(created)}   (once per run; kind's own quoted figure on GitHub's runners ~30-40 s, not measured here)`);
  console.log(`  kind load docker-image of 6 images                    ${s(loaded)}   (once per run: candidate, probe, Qdrant stand-in, curl, ToolHive operator and proxy runner)`);

  // --- each method alone, then all together ---
  const alone = {};
  for (const name of togetherOnly ? [] : names) {
    const r = await run(`${name} alone`, [name], handle.name, 1);
    alone[name] = { ...r, method: r.results[0] };
  }
  const together = await run('all together', names, handle.name, names.length);
  if (togetherOnly) {
    console.log(`  ${names.length} methods together: ${s(together.seconds)}; ${together.results.map((r) => `${r.method} ${r.seconds} s`).join(', ')}`);
  } else {
    const slowest = names.reduce((a, b) => (alone[a].seconds >= alone[b].seconds ? a : b));
    const ratio = together.seconds / alone[slowest].seconds;

    console.log('\n  method                  alone (run / method)     together (method)   deploy   probes   removal   peak load');
    for (const name of names) {
      const a = alone[name];
      const t = together.results.find((r) => r.method === name);
      const p = phases(together.reporter, t);
      const f = (x) => (x === undefined ? '     -' : s(x));
      console.log(`  ${name.padEnd(22)} ${s(a.seconds)} / ${s(a.method.seconds)}      ${s(t.seconds)}      ${f(p.deploy)} ${f(p.probeSeconds)} ${f(p.rest)}   ${a.load.toFixed(1)}`);
    }
    console.log(`\n  all ${names.length} methods together (parallel ${names.length})   ${s(together.seconds)}   peak load ${together.load.toFixed(1)}`);
    console.log(`  slowest method alone (${slowest})${' '.repeat(Math.max(1, 22 - slowest.length))}${s(alone[slowest].seconds)}`);
    console.log(`  ratio together / slowest alone          ${ratio.toFixed(2).padStart(6)}x   (target <= 1.25x)`);
    console.log('\n  where the time goes, all together (per method: deploy until ready, each probe, removal):');
    for (const name of names) {
      const t = together.results.find((r) => r.method === name);
      const p = phases(together.reporter, t);
      console.log(`    ${name}: deploy ${p.deploy?.toFixed(1) ?? '-'} s; ${p.probes.join('; ')}; removal and the rest ${p.rest?.toFixed(1) ?? '-'} s`);
    }
  }
} finally {
  const t = performance.now();
  const left = await cleanup.runAll();
  console.log(`\n  cluster deleted in ${s((performance.now() - t) / 1000)}${left.length ? `; not removed: ${left.join('; ')}` : ''}`);
}
