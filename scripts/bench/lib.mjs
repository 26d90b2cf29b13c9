// Shared pieces of the benchmarks: the tests' real local registry, TypeScript modules compiled on the fly, medians.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Milliseconds a synchronous or asynchronous function takes, with its result. */
export async function timed(fn) {
  const start = process.hrtime.bigint();
  const result = await fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

/** The tests' real registry (Debian's docker-registry on 127.0.0.1 at a free port); `await stop()` removes it. */
export async function startRegistry() {
  const { startRegistry: start } = await importTs('test/helpers/registry.ts');
  return start();
}

/** Imports a TypeScript module of this repository (compiled with esbuild; packages from node_modules). */
export async function importTs(relative) {
  // Two levels below the root (.tools/bench-XXXXXX/), as the sources are (src/x/, test/helpers/): what they
  // find from their own URL (the repository root, '../..') is found from the bundle's too. (.tools is not committed.)
  const cache = path.join(root, '.tools');
  mkdirSync(cache, { recursive: true });
  const out = path.join(mkdtempSync(path.join(cache, 'bench-')), 'module.mjs');
  await build({ entryPoints: [path.join(root, relative)], bundle: true, platform: 'node', format: 'esm', outfile: out, packages: 'external', logLevel: 'error' });
  try {
    return await import(pathToFileURL(out).href);
  } finally {
    rmSync(path.dirname(out), { recursive: true, force: true }); // loaded: the file is no longer needed
  }
}
