// Bundles the action and the CLI into dist/ (ESM, code-split so each command loads only when it runs),
// and the MCP probe alone into dist/probe-pod.mjs for the smoke test's in-cluster probe pod.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts', post: 'src/post.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Prefer ESM builds: jsonc-parser's UMD main loads its parts with a require() esbuild cannot follow.
  mainFields: ['module', 'main'],
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  // `dot-ai-release --version` prints the toolkit's own version.
  define: { __TOOLKIT_VERSION__: JSON.stringify(version) },
  // Some dependencies are CommonJS and require() Node built-ins; give ESM chunks a require.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});

// One file, nothing imported but Node built-ins: mounted from a ConfigMap (1 MiB at most, hence
// minified) and run by the Node image of a probe pod, which may be as old as Node 18. `.mjs`, so it
// runs as ESM under any file name's package scope.
await build({
  entryPoints: ['src/smoke/probes/pod-entry.ts'],
  outfile: 'dist/probe-pod.mjs',
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'node',
  target: 'node18',
  mainFields: ['module', 'main'],
  legalComments: 'none',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
