/**
 * A repository to release for real: a copy of examples/demo-project with the reference MCP server
 * as its image (server/) and the docker deployment method's files, committed, with a REAL bare git
 * remote it was pushed to. Git runs with a fixed identity for the set-up commits only (the release
 * makes its own commits with its own identity).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { copyDemoProject, ROOT } from '../helpers/repo.js';

export const SETUP_IDENTITY = {
  GIT_AUTHOR_NAME: 'Test Maintainer', GIT_AUTHOR_EMAIL: 'maintainer@example.com', GIT_AUTHOR_DATE: '2026-01-02T03:04:05Z',
  GIT_COMMITTER_NAME: 'Test Maintainer', GIT_COMMITTER_EMAIL: 'maintainer@example.com', GIT_COMMITTER_DATE: '2026-01-02T03:04:05Z',
};

export interface ReleaseRepo {
  /** The working copy (on branch main, clean). */
  dir: string;
  /** The bare remote (`origin`). */
  remote: string;
  git(args: string[], cwd?: string): string;
  /** A fresh clone of the remote, as a runner's checkout of main would be. */
  clone(): string;
}

const made: string[] = [];

export function git(args: string[], cwd: string): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...SETUP_IDENTITY, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' }, stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** Copies the reference server (sources only) into `dir`. */
function copyServer(dir: string): void {
  const from = path.join(ROOT, 'examples/mcp-server');
  cpSync(from, dir, { recursive: true, filter: (src) => !/[/\\](node_modules|dist)([/\\]|$)/.test(path.relative(from, src) ? `/${path.relative(from, src)}` : '') });
}

/** `prepare` changes the copy before its first commit (a second image, another configuration). */
export function releaseRepo(prepare?: (dir: string) => void): ReleaseRepo {
  const dir = copyDemoProject();
  const home = mkdtempSync(path.join(tmpdir(), 'dot-ai-release-remote-'));
  made.push(home);
  copyServer(path.join(dir, 'server'));
  // The docker method's files, as examples/deployments/docker documents them.
  mkdirSync(path.join(dir, 'examples/deployments/docker'), { recursive: true });
  cpSync(path.join(ROOT, 'examples/deployments/docker/.env.example'), path.join(dir, 'examples/deployments/docker/.env.example'));
  writeFileSync(path.join(dir, '.gitignore'), 'node_modules/\n');
  prepare?.(dir);
  const remote = path.join(home, 'origin.git');
  git(['init', '--quiet', '--bare', '--initial-branch=main', remote], home);
  git(['init', '--quiet', '--initial-branch=main'], dir);
  git(['add', '--all'], dir);
  git(['commit', '--quiet', '--message', 'demo project'], dir);
  git(['remote', 'add', 'origin', remote], dir);
  git(['push', '--quiet', 'origin', 'main'], dir);
  git(['branch', '--quiet', '--set-upstream-to=origin/main'], dir);
  return {
    dir,
    remote,
    git: (args, cwd = dir) => git(args, cwd),
    clone: () => {
      const clone = mkdtempSync(path.join(tmpdir(), 'dot-ai-release-clone-'));
      made.push(clone);
      git(['clone', '--quiet', '--branch', 'main', remote, clone], home);
      return clone;
    },
  };
}

/** Renames the repository's npm package (package.json `name`), committed and pushed: a package of its own on the registry a file's tests share. */
export function renamePackage(repo: ReleaseRepo, name: string): void {
  const file = path.join(repo.dir, 'package.json');
  const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  writeFileSync(file, `${JSON.stringify({ ...json, name }, null, 2)}\n`);
  repo.git(['commit', '--quiet', '--all', '--message', `package ${name}`]);
  repo.git(['push', '--quiet', 'origin', 'main']);
}

export function removeReleaseRepos(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Tags on the remote: name -> { commit it peels to, annotated }. */
export function remoteTags(remote: string): Map<string, { commit: string; annotated: boolean }> {
  const out = git(['ls-remote', '--tags', remote], path.dirname(remote));
  const objects = new Map<string, string>();
  const peeled = new Map<string, string>();
  for (const line of out.split('\n').filter(Boolean)) {
    const [sha, ref] = line.split('\t') as [string, string];
    const name = ref.replace(/^refs\/tags\//, '');
    if (name.endsWith('^{}')) peeled.set(name.slice(0, -3), sha);
    else objects.set(name, sha);
  }
  return new Map([...objects].map(([name, sha]) => [name, { commit: peeled.get(name) ?? sha, annotated: peeled.has(name) }]));
}

/** The work tree's files and their bytes (.git aside: a refused release may leave unreferenced objects there, which change nothing). */
export function workTree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string): void => {
    for (const entry of readdirSync(d)) {
      if (d === dir && entry === '.git') continue;
      const p = path.join(d, entry);
      if (statSync(p).isDirectory()) walk(p);
      else files.set(path.relative(dir, p), readFileSync(p).toString('base64'));
    }
  };
  walk(dir);
  return files;
}

/** A line every pre-build of the two-image repository appends to `$PREBUILD_LOG` (when set): which image, which release commit's checkout. */
const PREBUILD = `// A pre-build on the runner: what the image's Dockerfile COPYs is made here (like dot-ai's npm pack / npm run build).
import { appendFileSync, copyFileSync, mkdirSync } from 'node:fs';
const image = process.argv[2] ?? 'plugin';
if (image === 'plugin') {
  mkdirSync('dist', { recursive: true });
  copyFileSync('src/plugin.mjs', 'dist/plugin.mjs');
}
if (process.env.PREBUILD_LOG) appendFileSync(process.env.PREBUILD_LOG, \`\${image} \${process.cwd()}\\n\`);
console.log(\`pre-built \${image}\`);
`;

/** A small second image: a plugin serving HTTP on 8080, built from what its pre-build made (dist/ is not committed). */
const PLUGIN = `import { createServer } from 'node:http';
createServer((req, res) => res.end('{"ok":true}')).listen(8080, () => console.log('plugin on 8080'));
`;

/** A plugin that exits at once: its image builds, but does not start. */
export const BROKEN_PLUGIN = `console.error('plugin: no configuration'); process.exit(3);\n`;

const PLUGIN_DOCKERFILE = `ARG NODE_IMAGE=node:24-slim
FROM \${NODE_IMAGE}
WORKDIR /app
COPY dist/ ./dist/
USER 10001
EXPOSE 8080
CMD ["node", "dist/plugin.mjs"]
`;

/**
 * A repository releasing two images, laid out like dot-ai 2.x: the server (server/, the reference
 * MCP server) and a plugin (plugin/, COPYing the output of its pre-build), both with a pre-build, both
 * pinned in the chart's values.yaml (image.tag, ui.image.tag).
 */
export function twoImageRepo(registryHost: string, name: string, plugin = PLUGIN): ReleaseRepo {
  return releaseRepo((dir) => {
    mkdirSync(path.join(dir, 'plugin/src'), { recursive: true });
    writeFileSync(path.join(dir, 'plugin/src/plugin.mjs'), plugin);
    writeFileSync(path.join(dir, 'plugin/Dockerfile'), PLUGIN_DOCKERFILE);
    writeFileSync(path.join(dir, 'plugin/prebuild.mjs'), PREBUILD);
    writeFileSync(path.join(dir, 'prebuild.mjs'), PREBUILD);
    writeFileSync(path.join(dir, '.gitignore'), 'node_modules/\ndist/\n');
    const config = readFileSync(path.join(dir, 'dot-ai-release.yaml'), 'utf8').replace(
      /images:[\s\S]*?references:/,
      [
        'images:',
        `  - name: ${registryHost}/acme/${name}-server`,
        '    valuesPath: image.tag',
        '    context: server',
        '    preBuild: { run: [[node, prebuild.mjs, server]] }',
        `  - name: ${registryHost}/acme/${name}-plugin`,
        '    valuesPath: ui.image.tag',
        '    context: plugin',
        '    preBuild: { dir: plugin, run: ["node prebuild.mjs"], timeout: 120 }',
        'references:',
      ].join('\n'),
    );
    writeFileSync(path.join(dir, 'dot-ai-release.yaml'), config);
  });
}
