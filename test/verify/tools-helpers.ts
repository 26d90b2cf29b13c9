/**
 * Locations of the real tools the kit tests run. A missing tool fails the test loudly with the
 * setup command to run; nothing is skipped.
 */
import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const chartDir = join(repoRoot, 'charts', 'dot-ai');
export const helmExamplesDir = join(repoRoot, 'examples', 'deployments', 'helm');
export const kubernetesExamplesDir = join(repoRoot, 'examples', 'deployments', 'kubernetes');
export const dockerExamplesDir = join(repoRoot, 'examples', 'deployments', 'docker');
export const toolhiveExamplesDir = join(repoRoot, 'examples', 'deployments', 'toolhive');

const SETUP_HINT: Record<string, string> = {
  helm3: 'bash scripts/setup/helm.sh',
  helm4: 'bash scripts/setup/helm.sh',
  kubectl: 'bash scripts/setup/helm.sh',
  'kubectl-1.31': 'bash scripts/setup/helm.sh',
};
const ENV_OVERRIDE: Record<string, string> = { helm3: 'HELM3_BIN', helm4: 'HELM4_BIN', kubectl: 'KUBECTL_BIN', 'kubectl-1.31': 'KUBECTL131_BIN' };

/** Path of a pinned binary from .tools/bin (or its env override); throws with the setup command if absent. */
export function toolPath(name: keyof typeof SETUP_HINT): string {
  const override = ENV_OVERRIDE[name] ? process.env[ENV_OVERRIDE[name]] : undefined;
  const path = override || join(repoRoot, '.tools', 'bin', name);
  try {
    accessSync(path, constants.X_OK);
  } catch {
    throw new Error(`required tool ${name} is missing at ${path}: run \`${SETUP_HINT[name]}\``);
  }
  return path;
}

export const HELM_VERSIONS = ['helm3', 'helm4'] as const;

/** Files of a directory with one of the extensions, sorted; [] when the directory does not exist. */
export function listFiles(dir: string, exts: readonly string[]): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => exts.some((e) => f.endsWith(e)))
    .sort()
    .map((f) => join(dir, f));
}

/** Directories under `dir` (recursively) holding a kustomization file. */
export function kustomizationDirs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    const entries = readdirSync(d, { withFileTypes: true });
    if (entries.some((e) => e.isFile() && /^kustomization\.ya?ml$|^Kustomization$/.test(e.name))) out.push(d);
    for (const e of entries) if (e.isDirectory() && e.name !== 'node_modules') walk(join(d, e.name));
  };
  walk(dir);
  return out.sort();
}

/** Accepts a value path as helm 3 prints it (`image.tag`) or as helm 4 does (`/image/tag`). */
export function valuePathPattern(path: string): RegExp {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const parts = path.split('.');
  return new RegExp(`${parts.map(esc).join('\\.')}|/${parts.map(esc).join('/')}`);
}
