/**
 * package.json promises Node >= 20.19 ("engines") while the suite runs on Node 24, the action's
 * runtime: the built CLI (dist/cli.js) runs a real command on Node 20.19.0, the floor itself,
 * installed by scripts/setup/node.sh (.tools/node20; NODE20_BIN overrides).
 */
import { execFile, execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { copyDemoProject, removeTempRepos, ROOT } from './helpers/repo.js';

afterAll(removeTempRepos);

const node20 = process.env['NODE20_BIN'] ?? path.join(ROOT, '.tools/node20/bin/node');

function cliOnNode20(args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(node20, [path.join(ROOT, 'dist/cli.js'), ...args], { encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: stdout + stderr });
    });
  });
}

test('the Node it runs on is the floor of package.json "engines"', () => {
  const engines = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
  const floor = /^>=(\d+\.\d+)$/.exec(engines)?.[1];
  expect(floor, `engines.node is "${engines}"`).toBeDefined();
  let version: string;
  try {
    version = execFileSync(node20, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(`test prerequisite missing: ${node20} does not run; run \`bash scripts/setup/node.sh\``);
  }
  expect(version.startsWith(`v${floor}.`), `${node20} is ${version}, engines says ${engines}`).toBe(true);
});

test('on Node 20.19, check passes on the demo project and names the file and line of a drift', async () => {
  const repo = copyDemoProject();
  const version = (JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as { version: string }).version;

  const clean = await cliOnNode20(['check', '--working-directory', repo]);
  expect(clean.output).not.toMatch(/error/i);
  expect(clean.output).toContain(version);
  expect(clean.code).toBe(0);

  const compose = path.join(repo, 'docker-compose.yml');
  const lines = readFileSync(compose, 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes(`demo-mcp-ui:${version}`)) + 1;
  expect(line).toBeGreaterThan(0);
  lines[line - 1] = lines[line - 1]!.replace(`demo-mcp-ui:${version}`, 'demo-mcp-ui:0.0.1');
  writeFileSync(compose, lines.join('\n'));
  const drifted = await cliOnNode20(['check', '--working-directory', repo]);
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  expect(drifted.output).toMatch(new RegExp(`docker-compose\\.yml:${line}\\b.*0\\.0\\.1.*${escape(version)}`));
  expect(drifted.code).toBe(1);
});
