/**
 * Pulls shell commands out of Markdown so the docs can be checked against the real chart,
 * compose files and kustomizations: ```sh/```bash/```shell blocks, `\` continuations joined,
 * comments and prompts dropped, words split like a shell would (quotes, no expansion), and
 * `&&`/`;`/`|` separating commands. `cd DIR` inside a block moves the working directory for the
 * commands after it.
 */
import { posix } from 'node:path';

export interface DocCommand {
  /** Markdown file and 1-based line of the command's first line. */
  file: string;
  line: number;
  argv: string[];
  /** Directory the command runs in, relative to the repo root ('' = root), after `cd`s in its block. */
  cwd: string;
}

const FENCE_LANGS = new Set(['sh', 'bash', 'shell']);

/** Shell-like word split: single and double quotes, backslash escapes; operators as their own words. */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  let cur = '';
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (ch === "'") {
      const end = line.indexOf("'", i + 1);
      cur += line.slice(i + 1, end === -1 ? undefined : end);
      i = end === -1 ? line.length : end;
      inWord = true;
    } else if (ch === '"') {
      let j = i + 1;
      for (; j < line.length && line[j] !== '"'; j++) {
        if (line[j] === '\\' && j + 1 < line.length) j++;
        cur += line[j];
      }
      i = j;
      inWord = true;
    } else if (ch === '\\' && i + 1 < line.length) {
      cur += line[++i];
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(cur);
      cur = '';
      inWord = false;
    } else if (ch === '#' && !inWord) {
      break; // comment
    } else if (ch === '&' && line[i + 1] === '&') {
      if (inWord) words.push(cur);
      words.push('&&');
      cur = '';
      inWord = false;
      i++;
    } else if (ch === ';' || ch === '|') {
      if (inWord) words.push(cur);
      words.push(ch === '|' && line[i + 1] === '|' ? '||' : ch);
      if (line[i + 1] === '|') i++;
      cur = '';
      inWord = false;
    } else {
      cur += ch;
      inWord = true;
    }
  }
  if (inWord) words.push(cur);
  return words;
}

/** Commands of every shell block of one Markdown text. */
export function extractShellCommands(markdown: string, file: string): DocCommand[] {
  const out: DocCommand[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^\s*(`{3,}|~{3,})\s*([\w-]*)/.exec(lines[i] ?? '');
    if (!open?.[1]) continue;
    const fence = open[1];
    const lang = (open[2] ?? '').toLowerCase();
    const body: { text: string; line: number }[] = [];
    for (i++; i < lines.length && !(lines[i] ?? '').trim().startsWith(fence); i++) body.push({ text: lines[i] ?? '', line: i + 1 });
    if (!FENCE_LANGS.has(lang)) continue;
    let cwd = '';
    for (let k = 0; k < body.length; k++) {
      const first = body[k];
      if (!first) continue;
      let text = first.text.replace(/^\s*\$ /, '');
      while (/\\\s*$/.test(text) && k + 1 < body.length) text = text.replace(/\\\s*$/, ' ') + (body[++k]?.text ?? '');
      const words = shellWords(text);
      let argv: string[] = [];
      const flush = () => {
        if (argv[0] === 'cd' && argv[1]) cwd = posix.normalize(posix.join(cwd, argv[1])).replace(/^\.$/, '');
        else if (argv.length) out.push({ file, line: first.line, argv, cwd });
        argv = [];
      };
      for (const w of words) {
        if (w === '&&' || w === ';' || w === '|' || w === '||') flush();
        else argv.push(w);
      }
      flush();
    }
  }
  return out;
}

/** Flags a Helm install/upgrade/template command carries that matter for rendering. */
export interface HelmDocCommand {
  verb: 'install' | 'upgrade' | 'template';
  releaseName?: string;
  chart: string;
  valuesFiles: string[];
  sets: string[];
  setStrings: string[];
  namespace?: string;
  version?: string;
}

const HELM_VALUE_FLAGS = new Set([
  '-f', '--values', '--set', '--set-string', '--set-json', '--set-file', '--set-literal', '-n', '--namespace', '--version',
  '--kube-version', '--timeout', '--description', '--post-renderer', '--repo', '--username', '--password', '--api-versions',
  '-a', '--output-dir', '--wait-for', '--name-template',
]);

/** Parses `helm install|upgrade|template ...`; undefined for other commands. */
export function parseHelmCommand(argv: readonly string[]): HelmDocCommand | undefined {
  if (argv[0] !== 'helm') return undefined;
  const verb = argv[1];
  if (verb !== 'install' && verb !== 'upgrade' && verb !== 'template') return undefined;
  const cmd: HelmDocCommand = { verb, chart: '', valuesFiles: [], sets: [], setStrings: [] };
  const positionals: string[] = [];
  for (let i = 2; i < argv.length; i++) {
    let a = argv[i] as string;
    let value: string | undefined;
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 0) {
      value = a.slice(eq + 1);
      a = a.slice(0, eq);
    } else if (HELM_VALUE_FLAGS.has(a)) {
      value = argv[++i];
    } else if (a.startsWith('-')) {
      continue; // boolean flag (--install, --create-namespace, --wait, ...)
    } else {
      positionals.push(a);
      continue;
    }
    if (value === undefined) continue;
    if (a === '-f' || a === '--values') cmd.valuesFiles.push(...value.split(','));
    else if (a === '--set') cmd.sets.push(value);
    else if (a === '--set-string') cmd.setStrings.push(value);
    else if (a === '-n' || a === '--namespace') cmd.namespace = value;
    else if (a === '--version') cmd.version = value;
  }
  // install/upgrade/template NAME CHART (template may omit NAME with --generate-name: then CHART is first)
  cmd.chart = positionals[1] ?? positionals[0] ?? '';
  if (positionals.length >= 2) cmd.releaseName = positionals[0];
  return cmd;
}

/** Value of `-f X`, `--flag X` or `--flag=X` at argv[i], for the given flag names. */
function flagValue(argv: readonly string[], i: number, names: readonly string[]): { value: string; next: number } | undefined {
  const a = argv[i] as string;
  if (names.includes(a) && i + 1 < argv.length) return { value: argv[i + 1] as string, next: i + 1 };
  const eq = a.indexOf('=');
  if (a.startsWith('--') && eq > 0 && names.includes(a.slice(0, eq))) return { value: a.slice(eq + 1), next: i };
  return undefined;
}

const KUBECTL_FILE_VERBS = new Set(['apply', 'create', 'delete', 'diff', 'replace']);
/** Compose global options that take a value (before the subcommand). */
const COMPOSE_VALUE_OPTIONS = ['-p', '--project-name', '--env-file', '--profile', '--project-directory', '--ansi', '--progress', '-H', '--host'];

/**
 * Files a command reads through its file flag, in the command's own sense of that flag:
 * helm `-f/--values`, kubectl apply/create/delete/diff/replace `-f/--filename`, and Compose's
 * global `-f/--file` (before the subcommand: `logs -f` means follow). URLs and stdin are skipped.
 */
export function fileArguments(argv: readonly string[]): string[] {
  const files: string[] = [];
  const add = (v: string) => {
    if (v !== '-' && !/^[a-z]+:\/\//i.test(v)) files.push(...v.split(','));
  };
  const [cmd, sub] = argv;
  if (cmd === 'helm') {
    for (let i = 2; i < argv.length; i++) {
      const f = flagValue(argv, i, ['-f', '--values']);
      if (f) {
        add(f.value);
        i = f.next;
      }
    }
  } else if (cmd === 'kubectl' && argv.some((w) => KUBECTL_FILE_VERBS.has(w))) {
    for (let i = 1; i < argv.length; i++) {
      const f = flagValue(argv, i, ['-f', '--filename']);
      if (f) {
        add(f.value);
        i = f.next;
      }
    }
  } else if (cmd === 'docker-compose' || (cmd === 'docker' && sub === 'compose')) {
    for (let i = cmd === 'docker' ? 2 : 1; i < argv.length; i++) {
      const a = argv[i] as string;
      if (!a.startsWith('-')) break; // the subcommand: its own -f means something else
      const f = flagValue(argv, i, ['-f', '--file']);
      if (f) {
        add(f.value);
        i = f.next;
        continue;
      }
      const other = flagValue(argv, i, COMPOSE_VALUE_OPTIONS);
      if (other) i = other.next;
    }
  }
  return files;
}
