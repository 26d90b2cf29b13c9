import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq } from 'yaml';
import { UserError } from '../errors.js';
import type { ChartDependency } from '../fs/chart-yaml.js';
import { existsInRepo, readRepoText } from '../fs/read.js';
import { lineAt } from '../fs/lines.js';
import { parseYaml, typeName } from '../fs/yaml.js';

/**
 * The versions Chart.lock pins, read the one way repository files are read; a malformed lock
 * is one line naming the file, the line and what is wrong (helm would refuse it too).
 */
export function lockedDependencies(root: string, chartDir: string): { name: string; version?: string }[] {
  const file = path.posix.join(path.relative(root, chartDir).split(path.sep).join('/') || '.', 'Chart.lock');
  if (!existsInRepo(root, file)) return [];
  const text = readRepoText(root, file);
  const lineOf = (node: unknown): number => lineAt(text, (node as { range?: number[] } | null)?.range?.[0] ?? 0);
  const [doc] = parseYaml(text, file);
  const contents = doc?.contents;
  if (!doc || !contents || (isScalar(contents) && contents.value === null)) return [];
  if (!isMap(contents)) throw new UserError(`${file}:${lineOf(contents)}: expected a map with dependencies, got ${typeName(doc.toJS())}`);
  const deps = contents.get('dependencies', true);
  if (deps === undefined || (isScalar(deps) && deps.value === null)) return [];
  if (!isSeq(deps)) throw new UserError(`${file}:${lineOf(deps)}: dependencies: expected a list, got ${typeName((deps as { toJSON(): unknown }).toJSON())}`);
  return deps.items.map((item, i) => {
    const at = `${file}:${lineOf(item)}: dependencies[${i}]`;
    if (!isMap(item)) throw new UserError(`${at}: expected a map (name, version, repository), got ${typeName((item as { toJSON?: () => unknown } | null)?.toJSON?.() ?? item)}`);
    const name = item.get('name');
    const version = item.get('version');
    if (typeof name !== 'string' || !name) throw new UserError(`${at}.name: expected a non-empty string, got ${typeName(name)}`);
    if (version !== undefined && version !== null && typeof version !== 'string' && typeof version !== 'number') throw new UserError(`${at}.version: expected a string, got ${typeName(version)}`);
    return { name, version: version === undefined || version === null ? undefined : String(version) };
  });
}

/**
 * Dependencies of a chart that are not vendored under its `charts/` folder, neither as an
 * unpacked chart (`charts/<name>/Chart.yaml`) nor as an archive of the locked version
 * (`charts/<name>-<version>.tgz`, version from Chart.lock, else Chart.yaml when it is exact).
 */
export function missingDependencies(root: string, chartDir: string, dependencies: ChartDependency[]): ChartDependency[] {
  const vendored = path.join(chartDir, 'charts');
  const archives = existsSync(vendored) ? readdirSync(vendored).filter((f) => f.endsWith('.tgz')) : [];
  const locked = lockedDependencies(root, chartDir);
  return dependencies.filter((dep) => {
    if (existsSync(path.join(vendored, dep.name, 'Chart.yaml'))) return false;
    const version = locked.find((l) => l.name === dep.name)?.version ?? dep.version;
    // A range (^1.2, ~1) cannot name an archive: then any archive of the chart counts.
    if (!version || !/^\d+\.\d+\.\d+/.test(version) || /[\s^~<>=*|xX]/.test(version)) {
      return !archives.some((a) => a.startsWith(`${dep.name}-`));
    }
    return !archives.includes(`${dep.name}-${version}.tgz`);
  });
}
