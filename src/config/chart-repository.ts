/**
 * Where the docs say the chart is published: the `oci://HOST/PATH/<chart>` references the
 * repository's Markdown already holds (dot-ai's say `oci://ghcr.io/vfarcic/dot-ai/charts/dot-ai:...`),
 * read when the configuration does not say. Only a repository every reference agrees on is taken;
 * files that cannot be read are passed over here (the version scan reads them and names them).
 */
import { globSync } from 'tinyglobby';
import { IGNORED } from '../fs/glob.js';
import { readRepoBytes } from '../fs/read.js';

/** Docs larger than this are not looked at for the chart's repository (the scan still reads them). */
const MAX_DOC_BYTES = 4 * 1024 * 1024;

function escape(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The distinct `oci://HOST/PATH` repositories the docs name `chart` in (sorted), and how many references they hold. */
export function chartRepositoryFromDocs(root: string, globs: string[], chart: string): { repositories: string[]; references: number } {
  // oci://host[:port]/path/<chart>, then a tag, the end of a word, or a --version flag.
  const pattern = new RegExp(`oci://((?:[a-z0-9-]+\\.)*[a-z0-9-]+(?::\\d+)?(?:/[a-z0-9._-]+)*)/${escape(chart)}(?![a-z0-9._/-])`, 'g');
  const found = new Set<string>();
  let references = 0;
  // Only patterns inside the repository (the configuration's are checked by name later).
  const inside = globs.filter((g) => !g.startsWith('/') && !g.split('/').includes('..'));
  const docs = globSync(inside, { cwd: root, ignore: IGNORED, dot: false }).filter((f) => /\.mdx?$/i.test(f));
  for (const file of docs) {
    let text: string;
    try {
      text = readRepoBytes(root, file, file, MAX_DOC_BYTES).toString('latin1');
    } catch {
      continue;
    }
    if (!text.includes('oci://')) continue;
    for (const match of text.matchAll(pattern)) {
      found.add(`oci://${match[1] as string}`);
      references++;
    }
  }
  return { repositories: [...found].sort(), references };
}
