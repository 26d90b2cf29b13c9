#!/usr/bin/env node
// Benchmark of the static verification kit: the full verification (helm template per Kubernetes
// version + schema validation against k8s 1.24 and 1.34 + removed APIs + policy, via src/kit)
// beside the bare `helm template` of the same values files with the same helm binaries, in one run.
// The TypeScript library is compiled on the fly with esbuild's build API into a temp file.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';

const run = promisify(execFile);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const chartDir = join(root, 'charts', 'dot-ai');
const examples = join(root, 'examples', 'deployments', 'helm');
const helms = ['helm3', 'helm4'].map((h) => join(root, '.tools', 'bin', h));
const kubeVersions = ['1.24', '1.34'];

// Inside the project, so the bundle's external imports (yaml, ajv, cdk8s-plus-*) resolve from node_modules.
const cache = join(root, 'node_modules', '.cache');
mkdirSync(cache, { recursive: true });
const out = mkdtempSync(join(cache, 'bench-kit-'));
try {
  const lib = join(out, 'kit.mjs');
  await build({ entryPoints: [join(root, 'src', 'kit', 'index.ts')], bundle: true, platform: 'node', format: 'esm', outfile: lib, packages: 'external', logLevel: 'error' });
  const kit = await import(pathToFileURL(lib).href);

  const valueSets = [[], ...readdirSync(examples).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => [join(examples, f)])];
  const renders = helms.length * valueSets.length;
  const ms = (t) => Number(process.hrtime.bigint() - t) / 1e6;

  // 1. Bare helm template of the same values files with the same helm binaries (one render each).
  let t = process.hrtime.bigint();
  for (const helm of helms) {
    for (const files of valueSets) {
      await run(helm, ['template', 'dot-ai', chartDir, ...files.flatMap((f) => ['-f', f])], { maxBuffer: 64 << 20 });
    }
  }
  const bare = ms(t);

  // 2. Full static verification through the library, schema loading included (cold start).
  t = process.hrtime.bigint();
  await Promise.all(kubeVersions.map((v) => kit.loadKubeApiSchema(v)));
  const load = ms(t);
  let findings = 0;
  let objects = 0;
  for (const helm of helms) {
    for (const files of valueSets) {
      const r = await kit.verifyChart({ helmBin: helm, chartDir, valuesFiles: files, kubeVersions });
      findings += r.findings.length;
      for (const objs of r.rendered.values()) objects += objs.length;
    }
  }
  const full = ms(t);

  console.log(`values sets: ${valueSets.length} (defaults + ${valueSets.length - 1} example files), helm: helm3 + helm4, k8s: ${kubeVersions.join(' + ')}`);
  console.log(`renders: ${renders}, objects checked: ${objects}, findings: ${findings}`);
  console.log(`bare helm template:        ${bare.toFixed(0)} ms`);
  console.log(`full static verification:  ${full.toFixed(0)} ms (of which schema load ${load.toFixed(0)} ms)`);
  console.log(`ratio full / bare:         ${(full / bare).toFixed(2)}x`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
