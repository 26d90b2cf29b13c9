import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { ChartDependency } from '../fs/chart-yaml.js';

/**
 * Dependencies of a chart that are not vendored under its `charts/` folder, neither as an
 * unpacked chart (`charts/<name>/Chart.yaml`) nor as an archive of the locked version
 * (`charts/<name>-<version>.tgz`, version from Chart.lock, else Chart.yaml when it is exact).
 */
export function missingDependencies(chartDir: string, dependencies: ChartDependency[]): ChartDependency[] {
  const vendored = path.join(chartDir, 'charts');
  const archives = existsSync(vendored) ? readdirSync(vendored).filter((f) => f.endsWith('.tgz')) : [];
  const lockFile = path.join(chartDir, 'Chart.lock');
  const locked = existsSync(lockFile)
    ? ((parse(readFileSync(lockFile, 'utf8')) as { dependencies?: ChartDependency[] }).dependencies ?? [])
    : [];
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
