/* global performance */
// `npm run demo`: the whole release of a dot-ai-like project, on a temporary copy of
// examples/dot-ai-project, with nothing leaving the machine: both images (server and agentic-tools
// plugin) built with buildah into OCI image layouts, started and smoke-tested with the plugin and a
// generated token, the npm package published into a verdaccio started for the demo, the chart into
// an OCI layout, the release commit and tag pushed to a bare git remote, the GitHub requests printed.
// Then the same button pressed again: everything is already done.
//
// It first sets up what it needs and is missing (scripts/setup.mjs: helm, verdaccio; as root also the
// Docker engine, buildah and the amd64 Node base), each step with its time. What cannot be set up is
// named with the reason, and the release goes on without it. Everything it starts (verdaccio, the
// release and its containers) and the temporary copy are removed at the end, on failure and on Ctrl-C.
// Runs the committed bundle (dist/), as users do. KEEP_DEMO=1 keeps the copy.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { copyDotAiProject, ROOT } from './lib/dot-ai-project.mjs';
import { startVerdaccio, VERDACCIO_BIN } from './lib/verdaccio.mjs';

const cli = path.join(ROOT, 'dist/cli.js');
const helm = path.join(ROOT, '.tools/bin/helm');
const docker = process.env.DOCKER_BIN || 'docker';
const buildah = process.env.BUILDAH_BIN || 'buildah';
const NODE_BASE = 'local/node:bookworm';
const IMAGES = ['ghcr.io/acme/dot-ai-demo', 'ghcr.io/acme/dot-ai-demo-agentic-tools'];
const started = performance.now();

/** Printable: control characters (a terminal escape from a file or a server) shown, not obeyed. */
const visible = (text) => [...String(text)].map((c) => {
  const code = c.charCodeAt(0);
  return (code < 0x20 && c !== '\n' && c !== '\t') || (code >= 0x7f && code <= 0x9f) ? `\\x${code.toString(16).padStart(2, '0')}` : c;
}).join('');
const say = (text) => process.stdout.write(`${visible(text)}\n`);
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

// ---- clean-up: what the demo started, removed once, at the end, on failure and on Ctrl-C ----
const cleanups = [];
let child;
let cleaning;
/** Runs once; whoever calls it (the end of the run, a signal) waits for the same clean-up to finish. */
function cleanUp() {
  cleaning ??= (async () => {
    for (const fn of cleanups.splice(0).reverse()) {
      try {
        await fn();
      } catch (error) {
        say(`clean-up: ${error.message}`);
      }
    }
  })();
  return cleaning;
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    say(`\n${signal}: stopping; the release removes what it started, the demo what it started`);
    // The release (same process group) got the signal too; wait for it to clean up before removing its copy.
    const exited = child && child.exitCode === null ? new Promise((r) => child.once('exit', r)) : Promise.resolve();
    Promise.race([exited, new Promise((r) => setTimeout(r, 60_000))]).then(cleanUp).finally(() => process.exit(130));
  });
}

/** Does `bin args...` run and exit 0 (within 20 s)? */
function answers(bin, args) {
  return spawnSync(bin, args, { stdio: 'ignore', timeout: 20_000 }).status === 0;
}
function output(bin, args) {
  const result = spawnSync(bin, args, { encoding: 'utf8', timeout: 20_000 });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** Runs `bin args` with its output shown (a set-up step, the copy's build); resolves to its exit code. */
function runShown(bin, args, options = {}) {
  return new Promise((resolve) => {
    child = spawn(bin, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
    child.on('error', () => resolve(127));
    child.on('close', (code) => resolve(code ?? 1));
  });
}

// ---- 1. set up what is missing, each step timed ----
const skipped = []; // what this release goes without, and why
const isRoot = process.getuid?.() === 0;
const engineAnswers = () => answers(docker, ['version', '--format', '{{.Server.Version}}']);
const have = {
  helm: () => existsSync(helm),
  verdaccio: () => existsSync(VERDACCIO_BIN),
  docker: engineAnswers,
  qemu: () => answers(buildah, ['--version']), // scripts/setup/qemu.sh installs buildah (and QEMU for foreign platforms)
  'base-images': () => engineAnswers() && answers(docker, ['image', 'inspect', NODE_BASE]),
};
const what = { helm: 'helm (the chart gates)', verdaccio: 'verdaccio (the npm registry)', docker: 'a Docker engine that answers (docker version)', qemu: 'buildah', 'base-images': `the amd64 Node base ${NODE_BASE}` };

say('=== set-up: what the release needs on this machine');
let t = performance.now();
const missing = Object.keys(have).filter((name) => !have[name]());
say(`checked helm, verdaccio, the Docker engine, buildah, ${NODE_BASE}: ${missing.length ? `missing ${missing.map((m) => what[m]).join(', ')}` : 'all in place'} (${seconds(t)})`);
const needRoot = ['docker', 'qemu', 'base-images'];
const toSetUp = missing.filter((name) => isRoot || !needRoot.includes(name));
if (!isRoot && missing.some((name) => needRoot.includes(name))) {
  say(`not root: ${missing.filter((n) => needRoot.includes(n)).map((m) => what[m]).join(', ')} not installed (their set-up installs Debian packages and starts dockerd, which needs root)`);
}
if (toSetUp.length) {
  say(`setting up ${toSetUp.join(', ')} (scripts/setup.mjs: each step's output and time below; a few minutes on a fresh machine)`);
  t = performance.now();
  const code = await runShown(process.execPath, [path.join(ROOT, 'scripts/setup.mjs'), ...toSetUp]);
  say(`set-up ${code === 0 ? 'done' : `failed (exit ${code}): the release goes on without what it could not set up`} (${seconds(t)})`);
}
const ready = Object.fromEntries(Object.keys(have).map((name) => [name, have[name]()]));
const withImages = ready.docker && ready.qemu && ready['base-images'];
if (!withImages) {
  const lacking = ['docker', 'qemu', 'base-images'].filter((n) => !ready[n]).map((m) => what[m]);
  skipped.push(`both images and the smoke gate: they need ${lacking.join(', ')} (scripts/setup/docker.sh, qemu.sh, base-images.sh, as root)`);
} else {
  // buildah reads FROM local/node:bookworm from its own storage; the base is made in the engine: copy it over once (seconds).
  t = performance.now();
  const engineId = output(docker, ['image', 'inspect', '--format', '{{.Id}}', NODE_BASE])?.replace(/^sha256:/, '');
  const buildahId = output(buildah, ['images', '--no-trunc', '--format', '{{.ID}}', `docker.io/${NODE_BASE}`])?.split('\n')[0]?.replace(/^sha256:/, '');
  if (engineId && engineId === buildahId) {
    say(`${NODE_BASE} for buildah: in its storage already, the engine's image (${seconds(t)})`);
  } else {
    const copied = spawnSync(buildah, ['pull', '--quiet', `docker-daemon:${NODE_BASE}`], { stdio: ['ignore', 'ignore', 'inherit'], timeout: 300_000 }).status === 0;
    say(`${NODE_BASE} for buildah: ${copied ? 'copied from the engine into its storage' : 'could not be copied from the engine'} (${seconds(t)})`);
    if (!copied) skipped.push(`both images and the smoke gate: buildah could not read ${NODE_BASE} from the engine`);
  }
}
const imagesOn = withImages && !skipped.some((s) => s.startsWith('both images'));
if (!ready.helm) skipped.push('the chart: helm is not installed (scripts/setup/helm.sh)');
if (!ready.verdaccio) skipped.push('the npm package: verdaccio is not installed (scripts/setup/verdaccio.sh)');
const towncrier = answers('towncrier', ['--version']);
if (!towncrier) say('towncrier is not installed: the changelog hook runs an offline stand-in (test/fixtures/changelog/build-changelog.mjs: the same headings from the same fragments, in Node)');

// ---- 2. the repository: a copy of the example, its bare remote, and what its workflow does before the release ----
const work = mkdtempSync(path.join(tmpdir(), 'dot-ai-release-demo-'));
cleanups.push(() => {
  if (process.env.KEEP_DEMO) say(`kept (KEEP_DEMO): ${work}`);
  else rmSync(work, { recursive: true, force: true });
});
const repo = path.join(work, 'dot-ai-demo');
const remote = path.join(work, 'origin.git');
const layout = path.join(work, 'oci-layout');
// Only the demo's own set-up commit needs an identity; the release makes its commits with its own.
const setupIdentity = { GIT_AUTHOR_NAME: 'Demo Maintainer', GIT_AUTHOR_EMAIL: 'demo@example.com', GIT_COMMITTER_NAME: 'Demo Maintainer', GIT_COMMITTER_EMAIL: 'demo@example.com' };
const git = (args, cwd = repo) => execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...setupIdentity }, stdio: ['ignore', 'pipe', 'pipe'] }).trim();

let exitCode = 0;
try {
  t = performance.now();
  copyDotAiProject(repo, { changelogStandIn: !towncrier });
  git(['init', '--quiet', '--bare', '--initial-branch=main', remote], work);
  git(['init', '--quiet', '--initial-branch=main']);
  git(['add', '--all']);
  git(['commit', '--quiet', '--message', 'dot-ai demo project']);
  git(['remote', 'add', 'origin', remote]);
  git(['push', '--quiet', 'origin', 'main']);
  git(['branch', '--quiet', '--set-upstream-to=origin/main']);
  say(`\n=== the repository: a copy of examples/dot-ai-project in ${repo}, pushed to ${remote} (${seconds(t)})`);

  let npmRegistry;
  if (ready.verdaccio) {
    // The package's dist/ is what npm publishes: the workflow builds it before the release step (dot-ai's does too).
    t = performance.now();
    say('$ npm ci && npm run build   (in the copy, as the release workflow does before the release: the package publishes dist/)');
    const built = (await runShown('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: repo })) === 0 && (await runShown('npm', ['run', 'build', '--silent'], { cwd: repo })) === 0;
    say(`the package ${built ? 'built' : 'did not build'} (${seconds(t)})`);
    if (!built) skipped.push('the npm package: npm ci / npm run build failed in the copy (above)');
    else {
      t = performance.now();
      const verdaccio = await startVerdaccio();
      cleanups.push(() => verdaccio.stop());
      npmRegistry = { url: verdaccio.url, token: verdaccio.users.releaser.token, verdaccio };
      say(`verdaccio: started on ${verdaccio.url}, user releaser (its token goes to the release in NODE_AUTH_TOKEN, never in argv) (${seconds(t)})`);
    }
  }

  const current = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')).version;
  const [major, minor] = current.split('.').map(Number);
  const next = `${major}.${minor + 1}.0`;
  const args = [
    'release', '--working-directory', repo, '--bump', 'minor', '--summary', '-',
    '--github-release', 'print', '--repository', 'acme/dot-ai-demo',
  ];
  if (ready.helm) args.push('--chart-registry', `oci-layout://${layout}/charts`);
  else args.push('--chart', 'false');
  if (npmRegistry) args.push('--npm-registry', npmRegistry.url);
  else args.push('--npm', 'false');
  if (imagesOn) {
    args.push(
      // Both images of dot-ai-release.yaml, each into a layout of its own under images/.
      '--image', `oci-layout://${layout}/images`, '--images', IMAGES.join(','),
      '--platforms', 'linux/amd64', '--builder', 'buildah', '--build-args', `NODE_IMAGE=${NODE_BASE}`, '--verify-timeout', '120',
      // The docker method of dot-ai-release.yaml (server, plugin, generated token) on the engine; the
      // Qdrant beside it is a stand-in container (the demo server answers without a vector database).
      '--smoke-provider', 'docker', '--smoke-qdrant-image', NODE_BASE,
    );
  } else {
    args.push('--image', 'false', '--smoke-methods', 'none');
  }
  const env = { ...process.env, HELM_BIN: helm, ...(npmRegistry ? { NODE_AUTH_TOKEN: npmRegistry.token } : {}) };

  const release = async (title) => {
    say(`\n=== ${title}\n$ dot-ai-release ${args.join(' ')}\n`);
    const t0 = performance.now();
    const code = await runShown(process.execPath, [cli, ...args], { env });
    if (code !== 0) throw Object.assign(new Error(`the release stopped (exit ${code})`), { exitCode: code });
    say(`\n(${title.split(':')[0]}: ${seconds(t0)})`);
  };

  say(`\nReleasing ${current} -> ${next}.${skipped.length ? `\nLeft out of this release:\n${skipped.map((s) => `  - ${s}`).join('\n')}` : ''}`);
  const parts = ['preflight', 'version and hooks', npmRegistry && 'npm pack', imagesOn && 'both images built by digest and started', ready.helm && 'chart gated', imagesOn && 'smoke (docker: server, plugin, token)', npmRegistry && 'npm publish', (imagesOn || ready.helm) && 'tags', 'git', 'GitHub (printed)'];
  await release(`1. the release (the button pressed): ${parts.filter(Boolean).join(', ')}`);
  await release('2. the same button pressed again: everything is already done, nothing is written');

  say('\n=== what landed');
  say(`$ git log --oneline -2 origin/main\n${git(['log', '--oneline', '-2', 'main'], remote)}`);
  say(`$ git ls-remote --tags origin\n${git(['ls-remote', '--tags', remote], work)}`);
  const layouts = [...(ready.helm ? [path.join(layout, 'charts/dot-ai-demo')] : []), ...(imagesOn ? IMAGES.map((i) => path.join(layout, 'images', i.slice(i.lastIndexOf('/') + 1))) : [])];
  for (const dir of layouts) {
    const index = JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8'));
    say(`${path.relative(work, dir)}: ${index.manifests.map((m) => `${m.annotations?.['org.opencontainers.image.ref.name'] ?? '(untagged)'} -> ${m.digest.slice(0, 19)}…`).join(', ')}`);
  }
  if (npmRegistry) {
    const doc = await npmRegistry.verdaccio.packument('@acme/dot-ai-demo');
    say(`npm ${npmRegistry.url}: @acme/dot-ai-demo versions ${Object.keys(doc?.versions ?? {}).join(', ')}, dist-tags ${JSON.stringify(doc?.['dist-tags'] ?? {})}`);
  }
  // The tag line under each released image's repository line.
  const lines = git(['show', 'HEAD:charts/values.yaml']).split('\n');
  const pins = lines.flatMap((line, i) => (/repository: ghcr\.io\/acme\//.test(line) && /^\s*tag:/.test(lines[i + 1] ?? '') ? [`${line.trim().slice('repository: '.length)} ${lines[i + 1].trim()}`] : []));
  say(`charts/values.yaml in the release commit: ${pins.join(', ')}`);
  say(`\nDemo finished in ${seconds(started)}${skipped.length ? `, without ${skipped.length} part(s) named above` : ''}: the release ran on a temporary copy${process.env.KEEP_DEMO ? '' : ', removed now'}.`);
} catch (error) {
  exitCode = error.exitCode ?? 1;
  say(`\n${error.exitCode === undefined ? `The demo failed: ${error.message}` : error.message}`);
} finally {
  await cleanUp();
}
process.exit(exitCode);
