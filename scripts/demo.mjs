// `npm run demo`: a dry run of the release on a temporary copy of examples/demo-project.
// Runs the committed bundle (dist/), so it needs no install, no network and no credentials.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist/cli.js');
const work = mkdtempSync(path.join(tmpdir(), 'dot-ai-release-demo-'));
const repo = path.join(work, 'demo-project');
cpSync(path.join(root, 'examples/demo-project'), repo, { recursive: true });

function step(title, args) {
  process.stdout.write(`\n=== ${title}\n$ dot-ai-release ${args.join(' ')}\n`);
  execFileSync(process.execPath, [cli, ...args, '--working-directory', repo], { stdio: 'inherit' });
}

try {
  process.stdout.write(`Releasing a copy of examples/demo-project in ${repo}\n`);
  step('1. check: every version reference agrees before the release', ['check']);
  step('2. version: bump minor and align every file (all or nothing)', ['version', '--bump', 'minor']);
  step('3. check: the drift check passes on the result', ['check']);
  process.stdout.write('\nDemo finished: nothing outside the temporary copy was changed.\n');
} finally {
  if (!process.env.KEEP_DEMO) rmSync(work, { recursive: true, force: true });
}
