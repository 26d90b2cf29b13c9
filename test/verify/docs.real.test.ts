/**
 * The docs are checked against the real chart, compose files and kustomizations: every command of
 * every ```sh block in docs/*.md, examples/**\/README.md and charts/dot-ai/README.md that installs
 * the chart, runs compose or applies a kustomization is replayed locally (helm template, compose
 * config, kubectl kustomize); every `-f FILE` it names must exist. The chart README's values table
 * must list exactly the leaf keys of values.yaml with their defaults.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { composeConfigErrors, exampleEnvFor, findComposeCli } from '../helpers/compose-spec.js';
import { extractShellCommands, fileArguments, parseHelmCommand } from '../helpers/doc-commands.js';
import type { DocCommand } from '../helpers/doc-commands.js';
import { formatFinding, verifyChart } from '../../src/verify/index.js';
import { execChecked } from '../../src/tools/exec.js';
import { Helm } from '../../src/tools/helm.js';
import { chartDir, repoRoot, toolPath } from './tools-helpers.js';

const OCI_CHART = 'oci://ghcr.io/vfarcic/charts/dot-ai';
const chartVersion = String((parse(readFileSync(join(chartDir, 'Chart.yaml'), 'utf8')) as { version: unknown }).version);

function markdownFiles(): string[] {
  const files: string[] = [];
  const docs = join(repoRoot, 'docs');
  if (existsSync(docs)) for (const f of readdirSync(docs)) if (f.endsWith('.md')) files.push(join(docs, f));
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory() && e.name !== 'node_modules') walk(join(d, e.name));
      else if (e.isFile() && e.name === 'README.md') files.push(join(d, e.name));
    }
  };
  if (existsSync(join(repoRoot, 'examples'))) walk(join(repoRoot, 'examples'));
  if (existsSync(join(chartDir, 'README.md'))) files.push(join(chartDir, 'README.md'));
  return files.sort();
}

const commands: DocCommand[] = markdownFiles().flatMap((f) => extractShellCommands(readFileSync(f, 'utf8'), relative(repoRoot, f)));
const label = (c: DocCommand) => `${c.file}:${c.line} ${c.argv.join(' ').slice(0, 110)}`;

/** Leading `NAME=value` words of a command are its environment. */
function splitEnv(argv: readonly string[]): { env: Record<string, string>; argv: string[] } {
  const env: Record<string, string> = {};
  let i = 0;
  for (; i < argv.length && /^[A-Za-z_]\w*=/.test(argv[i] as string); i++) {
    const w = argv[i] as string;
    env[w.slice(0, w.indexOf('='))] = w.slice(w.indexOf('=') + 1);
  }
  return { env, argv: argv.slice(i) };
}
const cmdOf = (c: DocCommand) => splitEnv(c.argv);
const at = (c: DocCommand, p: string) => resolve(repoRoot, c.cwd, p);

const helmCommands = commands.filter((c) => parseHelmCommand(cmdOf(c).argv)?.chart === OCI_CHART);
const ociMentions = commands.filter((c) => cmdOf(c).argv[0] === 'helm' && cmdOf(c).argv.includes(OCI_CHART));
const isCompose = (argv: string[]) => argv[0] === 'docker-compose' || (argv[0] === 'docker' && argv[1] === 'compose');
const composeCommands = commands.filter((c) => isCompose(cmdOf(c).argv));
const kustomizeCommands = commands.filter((c) => {
  const a = cmdOf(c).argv;
  return a[0] === 'kubectl' && (a.includes('-k') || a.includes('kustomize') || a.some((w) => w.startsWith('--kustomize')));
});
const fileCommands = commands.filter((c) => ['helm', 'kubectl', 'docker', 'docker-compose', 'kustomize'].includes(cmdOf(c).argv[0] ?? ''));

describe('commands in the docs', () => {
  it('the docs hold helm, compose and kustomize commands to check', () => {
    expect(helmCommands.length).toBeGreaterThan(0);
    expect(composeCommands.length).toBeGreaterThan(0);
    expect(kustomizeCommands.length).toBeGreaterThan(0);
  });

  it.each(ociMentions.map((c) => [label(c), c]))('chart version pinned to Chart.yaml: %s', (_l, c) => {
    const argv = cmdOf(c).argv;
    const i = argv.indexOf('--version');
    const version = i >= 0 ? argv[i + 1] : argv.find((w) => w.startsWith('--version='))?.slice(10);
    expect(version, 'helm command on the OCI chart without --version').toBe(chartVersion);
  });

  it.each(fileCommands.map((c) => [label(c), c]))('every -f file exists: %s', (_l, c) => {
    for (const f of fileArguments(cmdOf(c).argv)) expect(existsSync(at(c, f)), `${f} (from ${c.cwd || 'repo root'})`).toBe(true);
  });

  it.each(helmCommands.map((c) => [label(c), c]))('renders against charts/dot-ai and passes every check: %s', async (_l, c) => {
    const h = parseHelmCommand(cmdOf(c).argv);
    if (!h) throw new Error('not a helm command');
    const r = await verifyChart({
      helm: new Helm(toolPath('helm3')),
      chartDir,
      releaseName: h.releaseName ?? 'dot-ai',
      namespace: h.namespace,
      valuesFiles: h.valuesFiles.map((f) => at(c, f)),
      sets: h.sets,
      setStrings: h.setStrings,
    });
    expect(r.findings.map(formatFinding)).toEqual([]);
  });

  it.each(composeCommands.map((c) => [label(c), c]))('compose file exists and passes config: %s', async (_l, c) => {
    const { env, argv } = cmdOf(c);
    // A variable the reader fills from their own shell (DOT_AI_SRC=$HOME/src/dot-ai) points at
    // their checkout: stand in an empty directory for it.
    for (const [k, v] of Object.entries(env)) if (v.includes('$')) env[k] = mkdtempSync(join(tmpdir(), 'kit-doc-env-'));
    const files = fileArguments(argv).map((f) => at(c, f));
    if (files.length === 0) files.push(at(c, 'docker-compose.yml'));
    const cli = await findComposeCli();
    for (const f of files) {
      expect(existsSync(f), f).toBe(true);
      const text = readFileSync(f, 'utf8');
      const dir = resolve(f, '..');
      expect(await composeConfigErrors(cli, f, { ...exampleEnvFor(text, existsSync, dir), ...env })).toBeUndefined();
    }
  });

  it.each(kustomizeCommands.map((c) => [label(c), c]))('kustomization builds: %s', async (_l, c) => {
    const argv = cmdOf(c).argv;
    const k = argv.indexOf('-k');
    const dir = k >= 0 ? argv[k + 1] : argv.find((w) => w.startsWith('--kustomize='))?.slice(12) ?? argv[argv.indexOf('kustomize') + 1];
    expect(dir, 'no directory in the command').toBeDefined();
    const path = at(c, dir as string);
    expect(existsSync(path) && statSync(path).isDirectory(), path).toBe(true);
    const { stdout } = await execChecked('tool', toolPath('kubectl'), ['kustomize', path]);
    expect(stdout).toMatch(/^kind: /m);
  });
});

describe('chart README values table', () => {
  const readme = readFileSync(join(chartDir, 'README.md'), 'utf8');
  const values = parse(readFileSync(join(chartDir, 'values.yaml'), 'utf8')) as Record<string, unknown>;
  const start = readme.indexOf('<!-- values-table:start -->');
  const end = readme.indexOf('<!-- values-table:end -->');
  const rows = readme
    .slice(start, end)
    .split('\n')
    .filter((l) => /^\|\s*[\w.-]+\s*\|/.test(l) && !/^\|\s*(Key|-+)\s*\|/.test(l))
    .map((l) => {
      const cells = l.split(/(?<!\\)\|/).map((s) => s.trim());
      return { key: cells[1] ?? '', type: cells[2] ?? '', def: (cells[3] ?? '').replace(/^`|`$/g, '') };
    });
  const table = new Map(rows.map((r) => [r.key, r]));

  const get = (path: string): unknown => path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), values);
  const isMap = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
  /** Leaves of values.yaml: scalars, lists, empty maps, and maps the table documents as one row. */
  const leaves: string[] = [];
  const walk = (o: Record<string, unknown>, prefix: string) => {
    for (const [k, v] of Object.entries(o)) {
      const p = prefix ? `${prefix}.${k}` : k;
      if (isMap(v) && Object.keys(v).length > 0 && !table.has(p)) walk(v, p);
      else leaves.push(p);
    }
  };
  walk(values, '');

  it('has the markers and rows', () => {
    expect(start).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);
    expect(rows.length).toBeGreaterThan(20);
  });

  it('lists exactly the leaf keys of values.yaml', () => {
    expect(rows.map((r) => r.key).sort()).toEqual([...leaves].sort());
  });

  it('no key is listed twice', () => {
    expect(rows.length).toBe(table.size);
  });

  it.each(rows.map((r) => [r.key, r]))('%s: default matches values.yaml', (key, r) => {
    const actual = get(key);
    expect(actual, `${key} is not in values.yaml`).not.toBeUndefined();
    expect(JSON.parse(r.def)).toEqual(actual);
    const type = Array.isArray(actual) ? 'list' : isMap(actual) ? 'object' : typeof actual === 'boolean' ? 'bool' : typeof actual === 'number' ? (Number.isInteger(actual) ? 'int' : 'float') : 'string';
    expect(r.type).toBe(type);
  });
});
