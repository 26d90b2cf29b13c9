import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DEMO_PROJECT = path.join(ROOT, 'examples/demo-project');

const made: string[] = [];

/** A fresh copy of the demo project (laid out like a real MCP server repo) in a temp dir. */
export function copyDemoProject(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dot-ai-release-repo-'));
  made.push(dir);
  cpSync(DEMO_PROJECT, dir, { recursive: true });
  return dir;
}

export function removeTempRepos(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Every file of a tree with its bytes, to prove a refused command changed nothing. */
export function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const entry of readdirSync(d)) {
      const p = path.join(d, entry);
      if (statSync(p).isDirectory()) walk(p);
      else files.set(path.relative(dir, p), readFileSync(p).toString('base64'));
    }
  };
  walk(dir);
  return files;
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the bundled CLI users run (dist/cli.js) with an argument array. */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}, stdin?: string): Promise<Run> {
  return runNode(path.join(ROOT, 'dist/cli.js'), args, env, stdin);
}

/** Runs the bundled action entry (dist/index.js) the way the runner does: inputs as INPUT_* env. */
export function runAction(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const inputEnv = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
  return runNode(path.join(ROOT, 'dist/index.js'), [], { ...inputEnv, ...env });
}

function runNode(script: string, args: string[], env: NodeJS.ProcessEnv, stdin?: string): Promise<Run> {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('INPUT_') && !k.startsWith('GITHUB_')),
  );
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [script, ...args], { env: { ...base, ...env }, encoding: 'utf8' }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
    child.stdin?.end(stdin ?? '');
  });
}

/**
 * This repository's dot-ai release version, read from its source of truth (charts/dot-ai/Chart.yaml
 * appVersion, as dot-ai-release.yaml says), so tests survive the next bump.
 */
export const DOT_AI_VERSION: string = (() => {
  const match = /^appVersion:\s*"?([^"\s]+)"?\s*$/m.exec(readFileSync(path.join(ROOT, 'charts/dot-ai/Chart.yaml'), 'utf8'));
  if (!match?.[1]) throw new Error('charts/dot-ai/Chart.yaml has no appVersion');
  return match[1];
})();

/** The moving tags a first release of `version` gets in an empty registry: X.Y.Z, X.Y, X (not for 0.x), latest. */
export function releaseTags(version: string): string[] {
  const [major, minor] = version.split('.');
  return [version, `${major}.${minor}`, ...(major === '0' ? [] : [major as string]), 'latest'];
}

/** A stable version lower than `version`, and the tags it gets once `version` is in the registry (a backport). */
export function olderRelease(version: string): { version: string; tags: string[] } {
  const [major, minor] = version.split('.').map(Number) as [number, number];
  if (minor > 0) return { version: `${major}.${minor - 1}.9`, tags: [`${major}.${minor - 1}.9`, `${major}.${minor - 1}`] };
  return { version: `${major - 1}.99.0`, tags: [`${major - 1}.99.0`, `${major - 1}.99`, ...(major - 1 === 0 ? [] : [`${major - 1}`])] };
}
