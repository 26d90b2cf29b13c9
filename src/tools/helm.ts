import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError } from '../errors.js';
import { exec, execChecked } from './exec.js';

/** The helm binary: HELM_BIN, else `helm` on the PATH. Helm 3 and Helm 4 are supported (pushing is our own OCI client's job). */
export function helmBinary(env: NodeJS.ProcessEnv = process.env): string {
  return env.HELM_BIN || 'helm';
}

export class Helm {
  constructor(readonly bin: string = helmBinary()) {}

  /** `helm dependency build`, offline (`--skip-refresh`) so vendored subcharts need no network. */
  async dependencyBuild(chartDir: string): Promise<void> {
    await execChecked(`helm dependency build ${chartDir}`, this.bin, ['dependency', 'build', chartDir, '--skip-refresh']);
  }

  /** `helm lint --strict`; resolves to the lint output, rejects with its errors. */
  async lint(chartDir: string, valuesFiles: string[] = []): Promise<string> {
    const args = ['lint', chartDir, '--strict', ...valuesFiles.flatMap((f) => ['-f', f])];
    const result = await exec(this.bin, args);
    if (result.code !== 0) {
      const errors = `${result.stdout}\n${result.stderr}`
        .split('\n')
        .filter((l) => /\[ERROR\]|\[WARNING\]|^Error/.test(l))
        .map((l) => l.trim());
      throw new UserError(`helm lint --strict ${chartDir}${valuesFiles.length ? ` -f ${valuesFiles.join(' -f ')}` : ''}: ${errors.join(' | ') || result.stderr.trim()}`);
    }
    return result.stdout;
  }

  /** `helm package` with the release version and appVersion into a fresh directory; returns the .tgz path. */
  async package(chartDir: string, version: string, appVersion: string): Promise<string> {
    const destination = mkdtempSync(path.join(tmpdir(), 'dot-ai-release-chart-'));
    await execChecked(`helm package ${chartDir}`, this.bin, ['package', chartDir, '--version', version, '--app-version', appVersion, '--destination', destination]);
    const [tgz] = readdirSync(destination).filter((f) => f.endsWith('.tgz'));
    if (!tgz) throw new UserError(`helm package ${chartDir}: no .tgz was written`);
    return path.join(destination, tgz);
  }
}
