/**
 * The shape of src/: folders import only downwards, and never each other in a loop. Read from the
 * source files of this checkout (no tool, no build). The layers, top to bottom:
 *   the entries (cli.ts, index.ts, run.ts, post.ts)
 *   commands/               thin: options -> a step folder's parseInputs -> its entry -> the reporter
 *   release/                the release steps, over the step folders
 *   version/ image/ chart/ smoke/ npm/   the step folders, each with its inputs and typed results
 *   config/                 dot-ai-release.yaml, the inputs' table and option parsing
 *   pipeline/ verify/       steps and outcomes; chart and manifest validation
 *   tools/ oci/ github/     every process; the OCI client; the GitHub API
 *   fs/                     reading and writing the repository's files
 *   report/                 reporters and escaping
 *   errors.ts created.ts    the base
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const SRC = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'src');

const LAYERS: string[][] = [
  ['cli.ts', 'index.ts', 'run.ts', 'post.ts'],
  ['commands'],
  ['release'],
  ['version', 'image', 'chart', 'smoke', 'npm'],
  ['config'],
  ['pipeline', 'verify'],
  ['tools', 'oci', 'github'],
  ['fs'],
  ['report'],
  ['errors.ts', 'created.ts'],
];

function layerOf(node: string): number {
  const i = LAYERS.findIndex((names) => names.includes(node));
  if (i < 0) throw new Error(`src/${node} is in no layer of test/architecture.test.ts: add it where it belongs`);
  return i;
}

/** A file's node: its top folder under src/, or the file itself at the top. */
function nodeOf(file: string): string {
  return path.relative(SRC, file).split(path.sep)[0] as string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Every import between two different nodes: from -> to, with the file and specifier that make it. */
function imports(): { from: string; to: string; where: string }[] {
  return sourceFiles(SRC).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].flatMap(([, spec]) => {
      const target = path.resolve(path.dirname(file), spec as string).replace(/\.js$/, '.ts');
      const from = nodeOf(file);
      const to = nodeOf(target);
      return from === to ? [] : [{ from, to, where: `${path.relative(SRC, file)} imports ${spec}` }];
    }),
  );
}

/** The cycles of the node graph, each as a path a -> b -> ... -> a. */
function cycles(edges: { from: string; to: string }[]): string[] {
  const next = new Map<string, Set<string>>();
  for (const { from, to } of edges) (next.get(from) ?? next.set(from, new Set()).get(from))?.add(to);
  const found = new Set<string>();
  const walk = (node: string, trail: string[]): void => {
    const at = trail.indexOf(node);
    if (at >= 0) {
      const loop = trail.slice(at);
      const start = loop.indexOf([...loop].sort()[0] as string);
      found.add([...loop.slice(start), ...loop.slice(0, start), loop[start]].join(' -> '));
      return;
    }
    for (const to of next.get(node) ?? []) walk(to, [...trail, node]);
  };
  for (const node of next.keys()) walk(node, []);
  return [...found];
}

describe('the shape of src/', () => {
  const edges = imports();

  test('no folder imports a folder above it', () => {
    const upward = edges.filter((e) => layerOf(e.to) < layerOf(e.from)).map((e) => `${e.from} -> ${e.to}: ${e.where}`);
    expect(upward).toEqual([]);
  });

  test('no two folders import each other, directly or round about', () => {
    expect(cycles(edges)).toEqual([]);
  });

  test('release/ reaches the steps through their folders, never through commands/', () => {
    expect(edges.filter((e) => e.from === 'release' && e.to === 'commands').map((e) => e.where)).toEqual([]);
  });
});
