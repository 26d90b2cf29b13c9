// Bundles the action and the CLI into dist/ (ESM, code-split so each command loads only when it runs).
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts' },
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
