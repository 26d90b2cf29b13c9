/**
 * Where a validation finding is in the repository: the template helm names in its `# Source:`
 * comment (`dot-ai/templates/deployment.yaml`, `dot-ai/charts/qdrant/templates/statefulset.yaml`),
 * found in the chart directory or inside a vendored subchart archive (`charts/qdrant-1.18.0.tgz`),
 * and the line of that template the finding's key comes from (src/verify/template-lines.ts).
 * Files are read the one way repository files are read (src/fs/read.ts: inside the repository,
 * regular files, size-capped).
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { isUserError } from '../errors.js';
import { decodeUtf8, existsInRepo, readRepoBytes } from '../fs/read.js';
import { alignLines, templateLineOf } from '../verify/template-lines.js';
import { kindOf, nameOf, type Finding, type RenderedObject } from '../verify/index.js';
import { readTgz, type ArchiveEntry } from './archive.js';

/** Where a finding points. */
export interface FindingPlace {
  /** Repository-relative: the template, or the archive of a packed subchart that holds it. */
  file: string;
  /** The template inside `file` when `file` is an archive (`qdrant/templates/statefulset.yaml`; nested archives joined by ` » `). */
  entry?: string;
  /** Line of the template (in `file`, or in `entry` for an archive). */
  line?: number;
  /** The line is the finding's own key (false: the nearest parent key the template writes). */
  exact?: boolean;
  /** Why there is no line. */
  unmapped?: string;
}

/** A folder of files: the chart directory in the repository, or the inside of an archive. */
interface Tree {
  read(relative: string): Buffer | undefined;
  isDir(relative: string): boolean;
  /** Archive files directly in this folder. */
  archives(relative: string): string[];
  /** Where a file of this tree is, for FindingPlace: the repository file and the path inside archives. */
  place(relative: string): { file: string; entry?: string };
}

function repositoryTree(root: string, base: string): Tree {
  const full = (relative: string) => path.posix.join(base, relative);
  return {
    read: (relative) => (existsInRepo(root, full(relative)) && !isDirectory(root, full(relative)) ? readRepoBytes(root, full(relative)) : undefined),
    isDir: (relative) => isDirectory(root, full(relative)),
    archives: (relative) => (isDirectory(root, full(relative)) ? readdirSync(path.join(root, full(relative))).filter((f) => f.endsWith('.tgz')).sort() : []),
    place: (relative) => ({ file: full(relative) }),
  };
}

function isDirectory(root: string, relative: string): boolean {
  try {
    return statSync(path.join(root, relative)).isDirectory();
  } catch {
    return false;
  }
}

function archiveTree(entries: ArchiveEntry[], prefix: string, outer: { file: string; entry?: string }): Tree {
  const byName = new Map(entries.map((e) => [e.name, e.content]));
  const inside = (relative: string) => `${prefix}${relative}`;
  return {
    read: (relative) => byName.get(inside(relative)),
    isDir: (relative) => entries.some((e) => e.name.startsWith(`${inside(relative)}/`)),
    archives: (relative) =>
      entries
        .map((e) => e.name)
        .filter((n) => n.startsWith(`${inside(relative)}/`) && n.endsWith('.tgz') && !n.slice(inside(relative).length + 1).includes('/'))
        .map((n) => path.posix.basename(n)),
    place: (relative) => ({ file: outer.file, entry: [outer.entry, inside(relative)].filter(Boolean).join(' » ') }),
  };
}

/** Templates of one chart, read once each. */
export class ChartTemplates {
  private readonly texts = new Map<string, { text: string; place: { file: string; entry?: string } } | { why: string }>();
  private readonly archives = new Map<string, ArchiveEntry[]>();

  constructor(
    private readonly root: string,
    /** The chart directory, relative to the root. */
    readonly chartDir: string,
  ) {}

  /** The template a `# Source:` comment names, or why it cannot be read. */
  template(source: string): { text: string; place: { file: string; entry?: string } } | { why: string } {
    let found = this.texts.get(source);
    if (!found) {
      try {
        const rest = source.split('/').slice(1).join('/');
        found = this.resolve(repositoryTree(this.root, this.chartDir), rest) ?? { why: `${source} is neither a file of the chart nor inside one of its subchart archives` };
      } catch (err) {
        if (!isUserError(err)) throw err;
        found = { why: err.message };
      }
      this.texts.set(source, found);
    }
    return found;
  }

  private resolve(tree: Tree, relative: string): { text: string; place: { file: string; entry?: string } } | { why: string } | undefined {
    const bytes = tree.read(relative);
    if (bytes) {
      const text = decodeUtf8(bytes);
      return text === undefined ? { why: `${relative} is not UTF-8 text` } : { text, place: tree.place(relative) };
    }
    const parts = relative.split('/');
    if (parts[0] !== 'charts' || parts.length < 3) return undefined;
    const sub = parts[1] as string;
    const rest = parts.slice(2).join('/');
    if (tree.isDir(`charts/${sub}`)) return this.resolve(subtree(tree, `charts/${sub}`), rest);
    // A packed subchart: its archive holds <chart name>/..., and helm names it by its alias when it has one.
    const name = aliasedName(tree, sub);
    for (const archive of tree.archives('charts')) {
      const at = tree.place(`charts/${archive}`);
      const key = [at.file, at.entry].filter(Boolean).join(' » ');
      let entries = this.archives.get(key);
      if (!entries) {
        entries = readTgz(tree.read(`charts/${archive}`) ?? Buffer.alloc(0), key);
        this.archives.set(key, entries);
      }
      if (entries.some((e) => e.name === `${name}/Chart.yaml`)) return this.resolve(archiveTree(entries, `${name}/`, at), rest);
    }
    return undefined;
  }
}

function subtree(tree: Tree, folder: string): Tree {
  return {
    read: (relative) => tree.read(`${folder}/${relative}`),
    isDir: (relative) => tree.isDir(`${folder}/${relative}`),
    archives: (relative) => tree.archives(`${folder}/${relative}`),
    place: (relative) => tree.place(`${folder}/${relative}`),
  };
}

/** The chart name of a dependency helm renders under `charts/<sub>`: its `name` when `sub` is an alias. */
function aliasedName(tree: Tree, sub: string): string {
  const chartYaml = tree.read('Chart.yaml');
  if (!chartYaml) return sub;
  try {
    const deps = (parse(chartYaml.toString('utf8')) as { dependencies?: { name?: unknown; alias?: unknown }[] } | null)?.dependencies;
    const dep = Array.isArray(deps) ? deps.find((d) => d?.alias === sub) : undefined;
    return typeof dep?.name === 'string' ? dep.name : sub;
  } catch {
    return sub; // Chart.yaml itself is checked elsewhere (and by helm)
  }
}

/**
 * Where each finding is: the template file (or the subchart archive holding it) and the line its
 * key comes from. `objects` are the rendered objects the findings were made from.
 */
export function placeFindings(templates: ChartTemplates, findings: readonly Finding[], objects: readonly RenderedObject[]): FindingPlace[] {
  // One alignment per rendered object, whatever the number of its findings.
  const alignments = new Map<RenderedObject, ReturnType<typeof alignLines>>();
  return findings.map((finding) => {
    if (!finding.source) return { file: templates.chartDir, unmapped: 'the finding names no template' };
    const template = templates.template(finding.source);
    if ('why' in template) return { file: templates.chartDir, unmapped: template.why };
    const object = objects.find((o) => o.source === finding.source && kindOf(o.object) === finding.kind && nameOf(o.object) === finding.name);
    if (!object?.text) return { ...template.place, unmapped: 'the rendered object was not kept' };
    if (!alignments.has(object)) alignments.set(object, alignLines(object.text, template.text));
    const mapped = templateLineOf(template.text, object.text, finding.path ?? [], alignments.get(object));
    if (mapped.line === undefined) return { ...template.place, unmapped: mapped.why };
    return { ...template.place, line: mapped.line, exact: mapped.exact };
  });
}
