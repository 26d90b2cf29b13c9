/**
 * `docker`: the single container against an external Qdrant, as examples/deployments/docker/README.md
 * runs it: non-root, read-only root filesystem with tmpfs, a chowned named volume for the sessions,
 * the example env file (copied, 0600, with the run's token), no capabilities, no-new-privileges,
 * limits, and the port on 127.0.0.1 only. The "external" Qdrant is a container of its own on a
 * network made for the run; the server's plugins (dot-ai's agentic-tools: its vector DB access)
 * run beside it, listed in the plugins file the server reads (/etc/dot-ai/plugins.json).
 */
import { chmodSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../../errors.js';
import { readRepoText, resolveRepoFile } from '../../fs/read.js';
import { resolveInRepo } from '../../fs/repo-path.js';
import { Docker } from '../../tools/docker.js';
import { candidateFor, mappedImage } from '../candidate.js';
import type { Candidate, Deployed, MethodEnv, PluginSpec, SmokeMethod } from '../types.js';
import { checkpoint, waitFor } from '../wait.js';
import { tellingLogLine } from '../diagnostics.js';
import { SMOKE_SERVER_ENV } from './defaults.js';

const SESSION_DIR = '/app/sessions';
const RUN_USER = '10001:10001';
/** Where dot-ai reads the plugins it calls. */
export const PLUGINS_FILE = '/etc/dot-ai/plugins.json';

/** KEY=VALUE lines of an env file with the keys in `override` replaced or added (comments kept). */
export function envFileWith(text: string, override: Record<string, string>): string {
  const seen = new Set<string>();
  const lines = (text.replace(/\n+$/, '') === '' ? [] : text.replace(/\n+$/, '').split('\n')).map((line) => {
    const key = /^\s*#?\s*([A-Za-z_][A-Za-z0-9_]*)=/.exec(line)?.[1];
    // A commented-out `# KEY=` the override sets becomes the setting (so the file says it once).
    if (!key || !(key in override) || seen.has(key)) return line;
    seen.add(key);
    return `${key}=${override[key]}`;
  });
  for (const [key, value] of Object.entries(override)) if (!seen.has(key)) lines.push(`${key}=${value}`);
  return `${lines.join('\n').replace(/\n*$/, '')}\n`;
}

/** The image a plugin runs: the release's candidate for its repository, else the image map's, else as written (undefined: none for an optional plugin). */
export function pluginImage(plugin: PluginSpec, candidate: Pick<Candidate, 'images' | 'imageMap'>): string | undefined {
  const released = candidateFor(candidate, plugin.image);
  if (released) return released.ref;
  const mapped = mappedImage(plugin.image, candidate.imageMap);
  if (mapped !== plugin.image) return mapped;
  return plugin.optional ? undefined : plugin.image;
}

/** The plugins file the server reads: each plugin by name at its container's alias on the run's network. */
export function pluginsFile(plugins: PluginSpec[]): string {
  return `${JSON.stringify(plugins.map((p) => ({ name: p.name, url: `http://${p.name}:${p.port}` })))}\n`;
}

function labelArgs(env: MethodEnv): string[] {
  return ['--label', `dot-ai-release.smoke=${env.runName}`];
}

async function containerFailure(docker: Docker, name: string): Promise<string | undefined> {
  const state = await docker.state(name).catch(() => undefined);
  if (!state) return `container ${name} is gone`;
  if (state.Status === 'exited' || state.Status === 'dead') {
    const last = tellingLogLine(await docker.logs(name, 30));
    return `container ${name} exited with code ${state.ExitCode}${last ? `: ${last}` : ''}`;
  }
  if (state.Health?.Status === 'unhealthy') {
    const log = state.Health.Log?.at(-1);
    return `container ${name} is unhealthy${log ? `: health check exit ${log.ExitCode}: ${log.Output.trim().split('\n').at(-1)}` : ''}`;
  }
  return undefined;
}

/** The containers of one run: the server, its Qdrant, its plugins. */
function containersOf(env: Pick<MethodEnv, 'runName' | 'spec'>): string[] {
  return [env.runName, `${env.runName}-qdrant`, ...env.spec.plugins.map((p) => `${env.runName}-${p.name}`)];
}

export const dockerMethod: SmokeMethod = {
  preflight({ root, spec }) {
    const [envFile, ...more] = spec.files;
    if (more.length) throw new UserError(`smoke method ${spec.name}: files names one env file (the one a user copies), not ${spec.files.length}`);
    // The one reader: a file inside the repository (symlinks resolved), regular.
    if (envFile) resolveRepoFile(root, path.relative(root, resolveInRepo(root, envFile, `smoke method ${spec.name}: files[0]`)), `smoke method ${spec.name}: ${envFile}`);
    if (spec.auth && !spec.auth.env) throw new UserError(`smoke method ${spec.name}: auth.env: name the variable the server reads its token from (e.g. DOT_AI_AUTH_TOKEN)`);
  },

  async deploy(env: MethodEnv): Promise<Deployed> {
    const docker = new Docker();
    const { spec, candidate, runName } = env;
    const port = spec.port;
    const notes: string[] = [];
    // Each thing is registered before it is made: a creation that fails half-way (created, not started)
    // or ends after the budget is still removed (removing what is not there is fine).
    checkpoint(env);
    env.cleanup.add({ kind: 'docker-network', name: runName });
    await docker.createNetwork(runName, { 'dot-ai-release.smoke': runName });

    const qdrant = `${runName}-qdrant`;
    checkpoint(env);
    env.cleanup.add({ kind: 'docker-container', name: qdrant });
    await docker.runContainer(`docker run ${candidate.qdrantImage}`, ['--name', qdrant, '--network', runName, '--network-alias', 'qdrant', ...labelArgs(env), candidate.qdrantImage]);

    // The plugins first, so the server finds them when it starts.
    const plugins: PluginSpec[] = [];
    for (const plugin of spec.plugins) {
      const image = pluginImage(plugin, candidate);
      if (!image) {
        notes.push(`plugin ${plugin.name} not deployed: no image of ${plugin.image} among the release's images or the image map`);
        continue;
      }
      const name = `${runName}-${plugin.name}`;
      const pluginEnv = { QDRANT_URL: 'http://qdrant:6333', PORT: String(plugin.port), ...plugin.env };
      checkpoint(env);
      env.cleanup.add({ kind: 'docker-container', name });
      await docker.runContainer(`docker run ${image}`, [
        '--name', name, '--network', runName, '--network-alias', plugin.name,
        '--read-only', '--tmpfs', '/tmp:rw,size=64m,mode=1777',
        '--cap-drop', 'ALL', '--security-opt', 'no-new-privileges', '--memory', '512m',
        ...Object.entries(pluginEnv).flatMap(([k, v]) => ['-e', `${k}=${v}`]),
        ...labelArgs(env), image,
      ]);
      plugins.push(plugin);
      notes.push(`plugin ${plugin.name}: ${image} beside it (QDRANT_URL http://qdrant:6333), listed in ${PLUGINS_FILE}`);
    }

    const volume = `${runName}-sessions`;
    checkpoint(env);
    env.cleanup.add({ kind: 'docker-volume', name: volume });
    await docker.createVolume(volume, { 'dot-ai-release.smoke': runName });
    // The volume is root-owned when created: hand it to the server's uid once (as the guide does).
    checkpoint(env);
    await docker.runToCompletion('chown of the sessions volume', ['--network', 'none', '--user', '0:0', '--cap-drop', 'ALL', '--cap-add', 'CHOWN', '--entrypoint', 'chown', '-v', `${volume}:/mnt/sessions`, candidate.image.ref, '10001:10001', '/mnt/sessions']);

    // Env file and token: in a private folder (0700) that is removed at the end, never among the diagnostics.
    const { privateDir } = env;
    const envFile = path.join(privateDir, '.env');
    const [example] = spec.files;
    const text = example ? readRepoText(env.root, path.relative(env.root, resolveInRepo(env.root, example, `smoke method ${spec.name}: files[0]`)), `smoke method ${spec.name}: ${example}`) : '';
    const override = { QDRANT_URL: 'http://qdrant:6333', DOT_AI_SESSION_DIR: SESSION_DIR, ...SMOKE_SERVER_ENV, ...spec.env, ...(env.token && spec.auth?.env ? { [spec.auth.env]: env.token } : {}) };
    writeFileSync(envFile, envFileWith(text, override), { mode: 0o600 });
    chmodSync(envFile, 0o600);
    // The guide mounts the user's kubeconfig read-only; the smoke run gives an empty one.
    const kubeconfig = env.write('kubeconfig', 'apiVersion: v1\nkind: Config\nclusters: []\ncontexts: []\nusers: []\n');
    const mounts = ['-v', `${kubeconfig}:/etc/dot-ai/kubeconfig:ro`];
    if (plugins.length) mounts.push('-v', `${env.write('plugins.json', pluginsFile(plugins))}:${PLUGINS_FILE}:ro`);

    checkpoint(env);
    env.cleanup.add({ kind: 'docker-container', name: runName });
    await docker.runContainer(`docker run ${candidate.image.ref}`, [
      '--name', runName,
      '--network', runName,
      '--user', RUN_USER,
      '--read-only',
      '--tmpfs', '/tmp:rw,size=128m,mode=1777',
      '--tmpfs', '/app/tmp:rw,size=128m,uid=10001,gid=10001,mode=0700',
      '-v', `${volume}:${SESSION_DIR}:nocopy`,
      ...mounts,
      '--env-file', envFile,
      '-e', 'HOME=/tmp',
      '-e', 'KUBECONFIG=/etc/dot-ai/kubeconfig',
      '--cap-drop', 'ALL',
      '--security-opt', 'no-new-privileges',
      '--memory', '512m', '--cpus', '0.5',
      '-p', `127.0.0.1::${port}`,
      ...labelArgs(env),
      candidate.image.ref,
    ]);

    // Ready when the image's own health check says so (no HEALTHCHECK: running is enough, the probe checks health).
    const others = plugins.map((p) => `${runName}-${p.name}`);
    await waitFor(`container ${runName} healthy`, env.signal, async () => {
      for (const name of [runName, ...others]) {
        const failure = await containerFailure(docker, name);
        if (failure) throw new UserError(failure);
      }
      const state = await docker.state(runName);
      return state.Health ? state.Health.Status === 'healthy' : state.Status === 'running';
    });
    const address = await docker.publishedAddress(runName, port);
    const given = [example ? `${example} (copied to a 0600 .env` : 'an env file of its own (0600', 'QDRANT_URL pointed at a Qdrant container on the run\'s network', ...(env.token ? [`a generated ${spec.auth?.env}`] : [])].join(', ');
    return {
      endpoints: [{ label: 'published port', url: `http://${address}/` }],
      watch: async () => {
        for (const name of [runName, ...others]) {
          const failure = await containerFailure(docker, name);
          if (failure) return failure;
        }
        return undefined;
      },
      how: `docker run of ${candidate.image.ref} with ${given})${plugins.length ? ` and ${plugins.map((p) => p.name).join(', ')} beside it` : ''}`,
      notes,
    };
  },

  async diagnose(env: MethodEnv): Promise<string | undefined> {
    const docker = new Docker();
    const parts: string[] = [];
    for (const name of containersOf(env)) {
      const inspect = await docker.inspect(name);
      if (!inspect && name !== env.runName) continue; // a plugin not deployed, or never started
      env.write(`${name}.inspect.json`, `${JSON.stringify(inspect ?? null, null, 2)}\n`);
      env.write(`${name}.log`, inspect ? await docker.logs(name, 200) : '(no such container)\n');
      const failure = inspect ? await containerFailure(docker, name) : undefined;
      if (failure) parts.push(failure);
    }
    return parts.length ? parts.join('; ') : undefined;
  },
};
