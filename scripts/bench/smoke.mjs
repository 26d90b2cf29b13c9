/* global performance, setInterval, clearInterval */
// Benchmark of `smoke` as a release job runs it, on this machine, beside the figures before this
// version (issue 18 "Speed": 111 s = cluster 38.7 s + loading 6 images 20.5 s + the 9 methods 51.6 s):
// one smoke gate run (src/smoke/gate.ts) that makes its own kind cluster (node image from
// scripts/setup/versions.env), makes the images present, and runs every method at once: the 9 default
// methods of this repository's kit, plus dot-ai's real chart (DOT_AI_CHART, default
// /work/dot-ai-real/charts: its Qdrant subchart and plugin block) as a method of its own, deploying
// the kit's candidate (the reference server and plugin follow dot-ai's contract). Where the time goes
// is read from the run's own lines. SMOKE_BENCH_METHODS=a,b limits the methods;
// SMOKE_BENCH_PARALLEL=N runs at most N at once (a 2-core node cannot hold every method's CPU requests at once);
// SMOKE_BENCH_ALONE=1 also runs each method alone on a cluster of its own (slow).
// Needs scripts/setup/kind.sh, docker.sh, base-images.sh and helm.sh to have run. Deletes what it creates.
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { importTs, root } from './lib.mjs';

const helpers = await importTs('test/helpers/cluster.ts');
const server = await importTs('test/helpers/reference-server.ts');
const dockerHelpers = await importTs('test/helpers/docker.ts');
const { parseInputs } = await importTs('src/smoke/inputs.ts');
const { runSmokeGate } = await importTs('src/smoke/gate.ts');
const { CleanupRegistry } = await importTs('src/tools/cleanup.ts');

process.env.HELM_BIN ||= helpers.toolBinary('helm');
process.env.KUBECTL_BIN ||= helpers.toolBinary('kubectl');
const images = helpers.clusterImages();
const versions = helpers.kindVersions();
const version = server.RELEASE_VERSION;
const candidate = `local/dot-ai-smoke:${version}`;
const plugin = `local/dot-ai-plugin-smoke:${version}`;
/** The Qdrant stand-in laid out as qdrant/qdrant (root by default, ./entrypoint.sh), for Qdrant's own chart in dot-ai's. */
const qdrantLayout = 'dot-ai-release/qdrant-standin:v1.15.5-qdrant-layout';
const dotAiChart = process.env.DOT_AI_CHART || '/work/dot-ai-real/charts';
/** Inside the repository (methods deploy only files of the repository), ignored by git, removed at the end. */
const dotAiChartCopy = path.join(root, '.tools/bench-dot-ai-chart');
const s = (x) => `${x.toFixed(1).padStart(6)} s`;
const cores = readFileSync('/proc/cpuinfo', 'utf8').match(/^processor/gm).length;
const BEFORE = { cluster: 38.7, loading: 20.5, methods: 51.6, total: 111 };

/** A reporter that timestamps every line (the run's own lines say when each phase starts and ends). */
function timingReporter() {
  const t0 = performance.now();
  const lines = [];
  const add = (level) => (m) => lines.push({ at: (performance.now() - t0) / 1000, level, text: String(m) });
  return { lines, secrets: [], info: add('info'), warning: add('warning'), error: add('error'), debug: add('debug'), group: (_n, fn) => fn(), secret() {} };
}

async function smokeRun(methodNames, extra = []) {
  const reporter = timingReporter();
  const load = [];
  const sampler = setInterval(() => load.push(loadavg()[0]), 2000);
  const inputs = parseInputs({
    'working-directory': root,
    methods: methodNames.filter((n) => !extra.some((e) => e.name === n)).join(','),
    provider: 'kind',
    'kind-node-image': images.node,
    image: `${candidate},ghcr.io/vfarcic/dot-ai-agentic-tools=${plugin}`,
    'qdrant-image': images.qdrant,
    'probe-image': 'local/node:bookworm',
    'image-map': [`qdrant/qdrant=${qdrantLayout}`, `docker.io/curlimages/curl=${images.curl}`, `ghcr.io/stacklok/toolhive/operator=${images.toolhiveOperator}`, `ghcr.io/stacklok/toolhive/proxyrunner=${images.toolhiveProxyRunner}`, 'node:24-slim=local/node:bookworm'].join(','),
    'toolhive-charts': toolhiveCharts,
    parallel: process.env.SMOKE_BENCH_PARALLEL || String(methodNames.length),
    timeout: '600',
  });
  inputs.methods.push(...extra);
  const cleanup = new CleanupRegistry();
  const started = performance.now();
  const result = await runSmokeGate(inputs, reporter, cleanup, new AbortController().signal);
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  if (result.failed.length) throw new Error(`${result.failed.map((r) => `${r.method}: ${r.cause}`).join('; ')} (diagnostics: ${result.diagnosticsDir})`);
  rmSync(result.diagnosticsDir, { recursive: true, force: true });
  return { seconds, result, reporter, load: load.length ? Math.max(...load) : loadavg()[0] };
}

/** The phases of a run from its lines: cluster until created, images until loaded, the methods until the last ends. */
function phases(run) {
  const at = (re) => run.reporter.lines.find((l) => re.test(l.text))?.at;
  const cluster = at(/^cluster \S+ created in/);
  const loaded = at(/^images loaded while the cluster started/);
  const firstDeploy = at(/\] deploying/);
  return { cluster, loaded, firstDeploy, methods: cluster === undefined ? undefined : run.seconds - cluster };
}

// --- the candidate (server and plugin), the Qdrant stand-in laid out as Qdrant's image, dot-ai's chart ---
await server.ensureServerBuilt();
await server.buildServerImage(candidate);
await server.buildPluginImage(plugin);
await dockerHelpers.buildImage({ context: path.join(root, 'test/smoke/fixtures/qdrant-image-layout'), tag: qdrantLayout, buildArgs: { STANDIN: images.qdrant } });
const toolhiveCharts = path.join(await helpers.goModuleDir('github.com/stacklok/toolhive', versions.TOOLHIVE_VERSION), 'deploy/charts');
const defaults = ['docker', 'compose', 'compose-prod', 'compose-dev', 'kubernetes', 'helm', 'helm-external-qdrant', 'helm-prod', 'toolhive'];
const extra = [];
if (existsSync(path.join(dotAiChart, 'Chart.yaml'))) {
  rmSync(dotAiChartCopy, { recursive: true, force: true });
  cpSync(dotAiChart, dotAiChartCopy, { recursive: true });
  // dot-ai's chart as a method of its own: no securityContext in it (baseline), its Qdrant test pod a :latest image (no helm test).
  const { selectMethods } = await importTs('src/smoke/settings.ts');
  const [spec] = selectMethods(root, version, { methods: [{ name: 'dot-ai-chart', kind: 'helm', files: [path.relative(root, dotAiChartCopy)], service: 'dot-ai', podSecurity: 'baseline', helmTest: false }] }, { provider: 'kind' });
  extra.push(spec);
} else {
  console.log(`(dot-ai's chart not found at ${dotAiChart}: set DOT_AI_CHART; measured without it)`);
}
const names = [...defaults, ...extra.map((e) => e.name)].filter((n) => !process.env.SMOKE_BENCH_METHODS || process.env.SMOKE_BENCH_METHODS.split(',').includes(n));

try {
  console.log(`smoke as a release job runs it, on this machine (${cores} cores), one run: its own kind cluster (${images.node}), ${process.env.SMOKE_BENCH_PARALLEL ? `at most ${process.env.SMOKE_BENCH_PARALLEL} methods at once` : 'every method at once'}`);
  console.log(`  methods: ${names.join(', ')}`);
  const run = await smokeRun(names, extra.filter((e) => names.includes(e.name)));
  const p = phases(run);
  const f = (x) => (x === undefined ? '     -' : s(x));
  console.log('\n  phase                                   before   now');
  console.log(`  kind cluster until it runs pods        ${s(BEFORE.cluster)} ${f(p.cluster)}`);
  console.log(`  images (loaded while it starts)        ${s(BEFORE.loading)} ${f(p.loaded === undefined ? undefined : Math.max(0, p.loaded - (p.cluster ?? 0)))}   (after the cluster ran pods; ${p.loaded === undefined ? 'no preload' : `all loaded ${p.loaded.toFixed(1)} s after the start`})`);
  console.log(`  the methods, all at once               ${s(BEFORE.methods)} ${f(p.methods)}   (from the cluster running pods to the last method's end, removal included; the first method deployed ${p.firstDeploy === undefined ? '-' : `${p.firstDeploy.toFixed(1)} s`} after the start: the Docker methods run while the cluster starts)`);
  console.log(`  the whole job                          ${s(BEFORE.total)} ${s(run.seconds)}   (goal <= 75 s; before: 9 methods, now ${names.length}; peak load ${run.load.toFixed(1)})`);
  console.log('\n  each method (all at once): seconds from its start, its warnings');
  for (const r of run.result.results) console.log(`    ${r.method.padEnd(22)} ${s(r.seconds)}${r.warnings?.length ? `   ${r.warnings.join(' | ').slice(0, 160)}` : ''}`);
  if (process.env.SMOKE_BENCH_ALONE === '1') {
    console.log('\n  each method alone (a cluster of its own each time):');
    for (const name of names) {
      const alone = await smokeRun([name], extra.filter((e) => e.name === name));
      console.log(`    ${name.padEnd(22)} ${s(alone.seconds)} (cluster ${f(phases(alone).cluster)})`);
    }
  }
} finally {
  rmSync(dotAiChartCopy, { recursive: true, force: true });
}
