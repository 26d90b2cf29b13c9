// Benchmark of the release's idempotent re-run: a complete release of two images laid out like
// dot-ai 2.x (the tests' two-image repository: the reference server and a plugin, each with a
// pre-build; real registry, real bare git remote, real buildah builds, the docker smoke method, the
// fake GitHub API server of the tests) run again from a fresh checkout, as a workflow re-run does.
// Its figures, each beside its baseline from the same run:
// - requests by method to the registry and to GitHub, git remote operations, bytes uploaded
//   (target: reads only, 0 bytes);
// - our time (the CLI, median of 5) beside the same reads done by curl and git ls-remote, one
//   process per read as a script would (target: at most 1.5x that).
// The registry is reached through a counting proxy in this process; git through a wrapper (GIT_BIN)
// that logs each operation.
import { execFile, spawn } from 'node:child_process';
import { Buffer } from 'node:buffer';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importTs, median, root, timed } from './lib.mjs';

const RUNS = 5;
const cli = path.join(root, 'dist/cli.js');
const helm = path.join(root, '.tools/bin/helm');
const work = mkdtempSync(path.join(tmpdir(), 'bench-release-'));

const [{ startRegistry }, { startFakeGitHub }, { pushMultiArchNodeBase }, { twoImageRepo, removeReleaseRepos }] = await Promise.all([
  importTs('test/helpers/registry.ts'), importTs('test/release/fake-github-helpers.ts'), importTs('test/helpers/multiarch.ts'), importTs('test/release/helpers.ts'),
]);

/** A proxy in front of the registry that records every request (method, path, Accept, request body bytes). */
async function countingProxy(target) {
  const log = [];
  const server = createServer((req, res) => {
    let bytes = 0;
    const chunks = [];
    req.on('data', (c) => ((bytes += c.length), chunks.push(c)));
    req.on('end', () => {
      log.push({ method: req.method, path: req.url, accept: req.headers.accept, bytes });
      const upstream = request({ host: '127.0.0.1', port: Number(target.split(':')[1]), method: req.method, path: req.url, headers: req.headers }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      upstream.on('error', () => res.writeHead(502).end());
      upstream.end(Buffer.concat(chunks));
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { host: `127.0.0.1:${server.address().port}`, log, stop: () => new Promise((resolve) => server.close(resolve)) };
}

const registry = await startRegistry();
const baseRegistry = await startRegistry();
const proxy = await countingProxy(registry.host);
const github = await startFakeGitHub();
const gitLog = path.join(work, 'git.log');
const gitWrapper = path.join(work, 'git');
writeFileSync(gitWrapper, `#!/bin/sh\nprintf '%s\\n' "$*" >> '${gitLog}'\nexec git "$@"\n`);
chmodSync(gitWrapper, 0o755);

try {
  const base = await pushMultiArchNodeBase(baseRegistry.host);
  // Its images are named after the proxy, so every registry request is counted.
  const repo = twoImageRepo(proxy.host, 'bench');
  const args = (dir) => [
    'release', '--working-directory', dir, '--set', '0.5.0',
    '--platforms', 'linux/amd64', '--builder', 'buildah',
    '--build-args', `NODE_IMAGE=${base}\nVERSION=0.5.0`, '--chart-registry', `oci://${proxy.host}/charts`, '--plain-http', '--helm', helm,
    '--smoke-methods', 'docker', '--smoke-provider', 'docker', '--smoke-qdrant-image', 'local/node:bookworm',
    '--github-api-url', github.url, '--repository', `${github.owner}/${github.repo}`, '--json',
    // The demo project's package.json is publishable; this bench measures the image, chart, git and GitHub reads, without an npm registry.
    '--npm', 'false',
  ];
  const env = { ...process.env, GITHUB_TOKEN: github.token, GIT_BIN: gitWrapper };
  // Not spawnSync: the counting proxy answers from this very process.
  const release = (dir) =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [cli, ...args(dir)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (c) => (stdout += c));
      child.stderr.on('data', (c) => (stderr += c));
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve(JSON.parse(stdout)) : reject(new Error(`release failed (exit ${code}): ${stderr.split('\n').slice(-8).join('\n')}`))));
    });

  const first = await timed(() => release(repo.dir));
  console.log(`complete release of two images (pre-builds, builds, start, smoke, publish, git, GitHub): ${(first.ms / 1000).toFixed(1)} s`);

  const times = [];
  let counts;
  for (let i = 0; i < RUNS; i++) {
    const clone = repo.clone(); // a workflow re-run: a fresh checkout of the branch
    proxy.log.length = 0;
    github.requests.length = 0;
    writeFileSync(gitLog, '');
    const run = await timed(() => release(clone));
    const statuses = run.result.steps.map((s) => s.status);
    if (statuses.slice(1).some((s) => s === 'done')) throw new Error(`the re-run did something: ${JSON.stringify(run.result.steps)}`);
    times.push(run.ms);
    const gitOps = readFileSync(gitLog, 'utf8').split('\n').filter((l) => /^-C \S+ (ls-remote|fetch|push)\b/.test(l));
    counts = {
      registry: proxy.log.map((r) => ({ ...r })),
      github: github.requests.map((r) => ({ ...r })),
      git: gitOps,
    };
  }

  const byMethod = (requests) => Object.entries(requests.reduce((acc, r) => ((acc[r.method] = (acc[r.method] ?? 0) + 1), acc), {})).map(([m, n]) => `${n} ${m}`).join(', ') || 'none';
  const uploaded = counts.registry.reduce((sum, r) => sum + r.bytes, 0);
  const writes = [...counts.registry, ...counts.github].filter((r) => !['GET', 'HEAD'].includes(r.method)).length + counts.git.filter((l) => / push\b/.test(l)).length;

  // The baseline: the same reads, one curl (or git ls-remote) process each, as a script would do them.
  // Asynchronous: the fake GitHub answers from this very process.
  const run = (bin, args) => new Promise((resolve, reject) => execFile(bin, args, (error) => (error ? reject(error) : resolve())));
  const curl = (r, url, headers) => run('curl', ['-s', '-o', '/dev/null', ...(r.method === 'HEAD' ? ['-I'] : []), ...headers.flatMap((h) => ['-H', h]), url]);
  const baseline = await timed(async () => {
    for (const r of counts.registry) await curl(r, `http://${registry.host}${r.path}`, r.accept ? [`Accept: ${r.accept}`] : []);
    for (const r of counts.github) await curl(r, `${github.url}${r.path}`, [`Authorization: token ${github.token}`]);
    for (let i = 0; i < counts.git.length; i++) await run('git', ['ls-remote', repo.remote]);
  });

  const ratio = median(times) / baseline.ms;
  console.log(`idempotent re-run of the complete two-image release v0.5.0, from a fresh checkout (median of ${RUNS}):`);
  console.log(`  registry requests   ${byMethod(counts.registry)}`);
  console.log(`  GitHub requests     ${byMethod(counts.github)}`);
  console.log(`  git remote          ${counts.git.map((l) => l.split(' ')[2]).join(', ') || 'none'}`);
  console.log(`  bytes uploaded      ${uploaded}   writes ${writes}   (target: 0 and 0)`);
  console.log(`  the same reads by curl and git ls-remote   ${baseline.ms.toFixed(0).padStart(6)} ms   (baseline)`);
  console.log(`  dot-ai-release release, re-run             ${median(times).toFixed(0).padStart(6)} ms   ${ratio.toFixed(2)}x the baseline (target <= 1.5x; runs: ${times.map((t) => t.toFixed(0)).join(', ')})`);
} finally {
  await proxy.stop();
  await github.stop();
  await registry.stop();
  await baseRegistry.stop();
  removeReleaseRepos();
  rmSync(work, { recursive: true, force: true });
}
