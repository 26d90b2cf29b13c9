#!/usr/bin/env node
// Benchmark of the static verification: the full verification (helm template per Kubernetes
// version + schema validation against k8s 1.24 and 1.34 + removed APIs + policy, via src/verify)
// beside the bare `helm template` of the same values files with the same helm binaries, in one run.
// The TypeScript library is compiled on the fly (scripts/bench/lib.mjs importTs).
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { importTs, root } from './lib.mjs';

const run = promisify(execFile);
const chartDir = join(root, 'charts', 'dot-ai');
const examples = join(root, 'examples', 'deployments', 'helm');
const helms = ['helm3', 'helm4'].map((h) => join(root, '.tools', 'bin', h));
const kubeVersions = ['1.24', '1.34'];

const kit = await importTs('src/verify/index.ts');
const { Helm } = await importTs('src/tools/helm.ts');

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
    const r = await kit.verifyChart({ helm: new Helm(helm), chartDir, valuesFiles: files, kubeVersions });
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
