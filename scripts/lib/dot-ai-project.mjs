// A self-contained copy of examples/dot-ai-project, as a repository of its own would hold it: the
// example compiles the reference server's and plugin's sources from beside it (examples/mcp-server,
// examples/mcp-plugin), which a release's pre-builds, run in a checkout of the release commit, cannot
// reach. The copy carries those sources in src/ and packages/agentic-tools/src/, its tsconfig files
// pointing there. Shared by `npm run demo` and test/examples/dot-ai-project/release.real.test.ts.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DOT_AI_PROJECT = path.join(ROOT, 'examples/dot-ai-project');

/** What a copy must not take from the examples: what their builds made. */
function sourceOnly(from) {
  return (src) => !/(^|[/\\])(node_modules|dist)([/\\]|$)|\.tgz$|\.build-lock$/.test(path.relative(from, src)) || /charts[/\\]charts[/\\][^/\\]+\.tgz$/.test(src);
}

/** Points a tsconfig (JSON with comments) at `src`: the sources now inside the package. */
function compileFromSrc(file) {
  const text = readFileSync(file, 'utf8');
  const rewritten = text.replace(/"rootDir":\s*"[^"]*"/, '"rootDir": "src"').replace(/"include":\s*\[[^\]]*\]/, '"include": ["src"]');
  if (rewritten === text) throw new Error(`${file}: no rootDir/include to point at src`);
  writeFileSync(file, rewritten);
}

/**
 * Copies examples/dot-ai-project into `dir` (which must not exist or be empty), with the server's
 * and the plugin's sources inside it. With `changelogStandIn`, the towncrier hook of its
 * dot-ai-release.yaml runs test/fixtures/changelog/build-changelog.mjs instead (the same headings
 * and fragments, offline, in Node): for machines without towncrier.
 */
export function copyDotAiProject(dir, { changelogStandIn = false } = {}) {
  cpSync(DOT_AI_PROJECT, dir, { recursive: true, filter: sourceOnly(DOT_AI_PROJECT) });
  const server = path.join(ROOT, 'examples/mcp-server/src');
  cpSync(server, path.join(dir, 'src'), { recursive: true, filter: sourceOnly(server) });
  const plugin = path.join(ROOT, 'examples/mcp-plugin/src');
  cpSync(plugin, path.join(dir, 'packages/agentic-tools/src'), { recursive: true, filter: sourceOnly(plugin) });
  compileFromSrc(path.join(dir, 'tsconfig.json'));
  compileFromSrc(path.join(dir, 'packages/agentic-tools/tsconfig.json'));
  if (changelogStandIn) {
    cpSync(path.join(ROOT, 'test/fixtures/changelog/build-changelog.mjs'), path.join(dir, 'scripts/build-changelog.mjs'));
    const config = path.join(dir, 'dot-ai-release.yaml');
    const text = readFileSync(config, 'utf8');
    const swapped = text.replace('run: [towncrier, build,', 'run: [node, scripts/build-changelog.mjs,');
    if (swapped === text) throw new Error(`${config}: no towncrier hook to swap`);
    writeFileSync(config, swapped);
  }
  return dir;
}
