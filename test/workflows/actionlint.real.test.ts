/**
 * The REAL actionlint (scripts/setup/actionlint.sh builds it from its Go module; shellcheck from Debian,
 * as on GitHub's runners) over every workflow under .github/workflows/ and over the workflow examples in
 * README.md and docs/: every ```yaml block that is a workflow, or a list of steps (linted inside a
 * one-job workflow). Examples use `vfarcic/dot-ai-release@vN`; they are linted as `uses: ./` in a scratch
 * project holding this action.yml, so actionlint also checks their `with:` inputs against the action's.
 * Beside actionlint: no `${{ }}` expression inside a `run:` script (a value that reaches a shell through
 * an expression is pasted into the script's text; it goes through `env:` instead), and every action
 * of another repository pinned by full commit SHA (a tag can be moved; the version is in a comment).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { exec } from '../../src/tools/exec.js';
import { ROOT } from '../helpers/repo.js';

const SETUP_HINT = 'run `bash scripts/setup/actionlint.sh` (builds actionlint from its Go module and installs shellcheck)';
const actionlintBin = (): string => process.env.ACTIONLINT_BIN ?? 'actionlint';

interface Finding {
  message: string;
  filepath: string;
  line: number;
  column: number;
  kind: string;
}

/** A ```yaml block of a Markdown file that is a workflow or a list of steps, as a workflow file. */
interface Example {
  /** `README.md:43` */
  where: string;
  kind: 'workflow' | 'steps';
  /** The workflow text actionlint reads. */
  text: string;
  /** Lines the wrapper put before the block (steps), to map findings back to the Markdown line. */
  offset: number;
  firstLine: number;
}

const STEPS_HEADER = ['# a README step example, linted inside a one-job workflow', 'on: workflow_dispatch', 'jobs:', '  example:', '    runs-on: ubuntu-latest', '    steps:'];

/** Points the action's published name at the scratch project's copy (`./`). */
function asLocalAction(text: string): string {
  // The action itself, and this repository's reusable workflows (`owner/repo/.github/workflows/x.yml@v1`).
  return text.replace(/(uses:\s*)vfarcic\/dot-ai-release@\S+/g, '$1./').replace(/(uses:\s*)vfarcic\/dot-ai-release\/(\.github\/workflows\/[^@\s]+)@\S+/g, '$1./$2');
}

function workflowExamples(file: string): Example[] {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  const examples: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ya?ml\s*$/.test(lines[i]!)) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^```\s*$/.test(lines[end]!)) end++;
    const block = lines.slice(start, end);
    i = end;
    let doc: unknown;
    try {
      doc = parse(block.join('\n'));
    } catch {
      continue; // not YAML on its own (a fragment): not a workflow example
    }
    const where = `${path.relative(ROOT, file)}:${start + 1}`;
    if (doc && typeof doc === 'object' && !Array.isArray(doc) && 'jobs' in doc && 'on' in doc) {
      examples.push({ where, kind: 'workflow', text: asLocalAction(block.join('\n')), offset: 0, firstLine: start + 1 });
    } else if (Array.isArray(doc) && doc.length > 0 && doc.every((s) => s && typeof s === 'object' && ('uses' in s || 'run' in s))) {
      const indent = Math.min(...block.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
      const steps = block.map((l) => (l.trim() ? `      ${l.slice(indent)}` : ''));
      examples.push({ where, kind: 'steps', text: asLocalAction([...STEPS_HEADER, ...steps].join('\n')), offset: STEPS_HEADER.length, firstLine: start + 1 });
    }
  }
  return examples;
}

async function actionlint(cwd: string, files: string[]): Promise<Finding[]> {
  const result = await exec(actionlintBin(), ['-no-color', '-format', '{{json .}}', ...files], { cwd });
  if (result.code !== 0 && result.code !== 1) throw new Error(`actionlint failed (exit ${result.code}): ${result.stderr.trim()}`);
  return result.stdout.trim() ? (JSON.parse(result.stdout) as Finding[]) : [];
}

/** `run:` scripts of a workflow text that hold a `${{ }}` expression, as `job/step-index`. */
function expressionsInRun(text: string): string[] {
  const doc = parse(text) as { jobs?: Record<string, { steps?: { run?: unknown }[] }> };
  return Object.entries(doc.jobs ?? {}).flatMap(([job, j]) =>
    (j.steps ?? []).flatMap((step, i) => (typeof step.run === 'string' && step.run.includes('${{') ? [`${job}, step ${i + 1}: ${step.run.trim().split('\n')[0]}`] : [])));
}

/** `uses:` of other repositories' actions not pinned by a full commit SHA (local `./` and this action's own examples aside). */
function unpinned(text: string): string[] {
  return [...text.matchAll(/uses:\s*(\S+)/g)].map((m) => m[1]!).filter((uses) => !uses.startsWith('./') && !uses.startsWith('docker://') && !/@[0-9a-f]{40}$/.test(uses));
}

const show = (findings: Finding[], where: (f: Finding) => string): string[] => findings.map((f) => `${where(f)}: [${f.kind}] ${f.message}`);

/** A scratch project (`.git`, this action.yml, its dist/) where `uses: ./` is this action. */
function scratchProject(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'actionlint-'));
  mkdirSync(path.join(dir, '.git'));
  mkdirSync(path.join(dir, '.github/workflows'), { recursive: true });
  writeFileSync(path.join(dir, 'action.yml'), readFileSync(path.join(ROOT, 'action.yml')));
  symlinkSync(path.join(ROOT, 'dist'), path.join(dir, 'dist'));
  // Reusable workflows the examples call (`uses: ./.github/workflows/...` once made local), inputs checked.
  for (const file of readdirSync(path.join(ROOT, '.github/workflows')).filter((f) => /\.ya?ml$/.test(f))) {
    writeFileSync(path.join(dir, '.github/workflows', file), readFileSync(path.join(ROOT, '.github/workflows', file)));
  }
  return dir;
}

const markdownFiles = [path.join(ROOT, 'README.md'), ...readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => path.join(ROOT, 'docs', f))];
const examples = markdownFiles.flatMap(workflowExamples);
const scratchDirs: string[] = [];

beforeAll(() => {
  for (const [tool, args] of [[actionlintBin(), ['-version']], ['shellcheck', ['--version']]] as const) {
    const run = spawnSync(tool, args, { encoding: 'utf8' });
    if (run.error || run.status !== 0) throw new Error(`test prerequisite missing: ${tool} does not run (${run.error?.message ?? run.stderr.trim()}); ${SETUP_HINT}`);
  }
});

afterAll(() => {
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
});

describe('actionlint', () => {
  test('every workflow under .github/workflows/ passes', async () => {
    const dir = path.join(ROOT, '.github/workflows');
    const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).map((f) => path.join('.github/workflows', f));
    expect(files.length).toBeGreaterThan(0);
    const findings = await actionlint(ROOT, files);
    expect(show(findings, (f) => `${f.filepath}:${f.line}:${f.column}`)).toEqual([]);
    expect(files.flatMap((f) => expressionsInRun(readFileSync(path.join(ROOT, f), 'utf8')).map((s) => `${f}: ${s}`))).toEqual([]);
    expect(files.flatMap((f) => unpinned(readFileSync(path.join(ROOT, f), 'utf8')).map((u) => `${f}: ${u}`))).toEqual([]);
  });

  test('the README holds a whole workflow and step examples of every command it documents', () => {
    const readme = examples.filter((e) => e.where.startsWith('README.md:'));
    expect(readme.filter((e) => e.kind === 'workflow').length).toBeGreaterThanOrEqual(1);
    for (const command of ['version', 'check', 'chart', 'image']) {
      expect(readme.some((e) => new RegExp(`command:\\s*${command}\\b`).test(e.text)), `a README example runs command: ${command}`).toBe(true);
    }
  });

  test('every workflow example in README.md and docs/ passes, its inputs checked against action.yml', async () => {
    const project = scratchProject();
    scratchDirs.push(project);
    const byFile = new Map<string, Example>();
    examples.forEach((e, i) => {
      const file = `.github/workflows/example-${i}.yml`;
      writeFileSync(path.join(project, file), `${e.text}\n`);
      byFile.set(file, e);
    });
    const findings = await actionlint(project, [...byFile.keys()]);
    // Findings point at the Markdown line of the example.
    expect(show(findings, (f) => {
      const e = byFile.get(f.filepath)!;
      return `${e.where.split(':')[0]}:${e.firstLine + f.line - 1 - e.offset}:${f.column}`;
    })).toEqual([]);
    expect(examples.flatMap((e) => expressionsInRun(e.text).map((s) => `${e.where}: ${s}`))).toEqual([]);
    expect(examples.flatMap((e) => unpinned(e.text).map((u) => `${e.where}: ${u}`))).toEqual([]);
  });

  test('it would catch a misspelt input, a missing required one and an unquoted shell variable', async () => {
    const project = scratchProject();
    scratchDirs.push(project);
    const file = '.github/workflows/broken.yml';
    writeFileSync(path.join(project, file), [...STEPS_HEADER, '      - uses: vfarcic/dot-ai-release@v1', '        with:', '          comand: image', '      - run: echo $HOME', ''].join('\n').replace(/vfarcic\/dot-ai-release@v1/, './'));
    const messages = (await actionlint(project, [file])).map((f) => `${f.kind}: ${f.message}`);
    expect(messages).toEqual(expect.arrayContaining([
      expect.stringMatching(/^action: input "comand" is not defined in action "dot-ai-release"/),
      expect.stringMatching(/^action: missing input "command" which is required/),
      expect.stringMatching(/^shellcheck: .*SC2086/),
    ]));
  });
});
