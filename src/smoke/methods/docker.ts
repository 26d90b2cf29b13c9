/**
 * `docker`: the single container against an external Qdrant, as examples/deployments/docker/README.md
 * runs it: non-root, read-only root filesystem with tmpfs, a chowned named volume for the sessions,
 * the example env file (copied, 0600), no capabilities, no-new-privileges, limits, and the port on
 * 127.0.0.1 only. The "external" Qdrant is a container of its own on a network made for the run.
 */
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../../errors.js';
import { Docker } from '../../tools/docker.js';
import type { Deployed, MethodEnv, SmokeMethod } from '../types.js';
import { waitFor } from '../wait.js';

const SESSION_DIR = '/app/sessions';
const RUN_USER = '10001:10001';

/** KEY=VALUE lines of an env file with the keys in `override` replaced or added (comments kept). */
export function envFileWith(text: string, override: Record<string, string>): string {
  const seen = new Set<string>();
  const lines = text.split('\n').map((line) => {
    const key = /^\s*([A-Za-z_][A-Za-z0-9_]*)=/.exec(line)?.[1];
    if (!key || !(key in override)) return line;
    seen.add(key);
    return `${key}=${override[key]}`;
  });
  for (const [key, value] of Object.entries(override)) if (!seen.has(key)) lines.push(`${key}=${value}`);
  return `${lines.join('\n').replace(/\n*$/, '')}\n`;
}

function labels(env: MethodEnv): Record<string, string> {
  return { 'dot-ai-release.smoke': env.runName };
}

async function containerFailure(docker: Docker, name: string): Promise<string | undefined> {
  const state = await docker.state(name).catch(() => undefined);
  if (!state) return `container ${name} is gone`;
  if (state.Status === 'exited' || state.Status === 'dead') {
    const last = (await docker.logs(name, 5)).split('\n').filter(Boolean).at(-1);
    return `container ${name} exited with code ${state.ExitCode}${last ? `: ${last}` : ''}`;
  }
  if (state.Health?.Status === 'unhealthy') {
    const log = state.Health.Log?.at(-1);
    return `container ${name} is unhealthy${log ? `: health check exit ${log.ExitCode}: ${log.Output.trim().split('\n').at(-1)}` : ''}`;
  }
  return undefined;
}

export const dockerMethod: SmokeMethod = {
  preflight({ root, spec }) {
    const [envFile] = spec.files;
    if (!envFile) throw new UserError(`smoke method ${spec.name}: files must name the env file a user copies (e.g. examples/deployments/docker/.env.example)`);
    const absolute = path.join(root, envFile);
    if (!existsSync(absolute) || !statSync(absolute).isFile()) throw new UserError(`smoke method ${spec.name}: ${envFile} not found`);
  },

  async deploy(env: MethodEnv): Promise<Deployed> {
    const docker = new Docker();
    const { spec, candidate, runName } = env;
    const port = spec.port;
    await docker.createNetwork(runName, labels(env));
    env.cleanup.add({ kind: 'docker-network', name: runName });

    const qdrant = `${runName}-qdrant`;
    await docker.runContainer(`docker run ${candidate.qdrantImage}`, ['--name', qdrant, '--network', runName, '--network-alias', 'qdrant', ...Object.entries(labels(env)).flatMap(([k, v]) => ['--label', `${k}=${v}`]), candidate.qdrantImage]);
    env.cleanup.add({ kind: 'docker-container', name: qdrant });

    const volume = `${runName}-sessions`;
    await docker.createVolume(volume, labels(env));
    env.cleanup.add({ kind: 'docker-volume', name: volume });
    // The volume is root-owned when created: hand it to the server's uid once (as the guide does).
    await docker.runToCompletion('chown of the sessions volume', ['--user', '0:0', '--cap-drop', 'ALL', '--cap-add', 'CHOWN', '--entrypoint', 'chown', '-v', `${volume}:/mnt/sessions`, candidate.image.ref, '10001:10001', '/mnt/sessions']);

    const envFile = path.join(env.workDir, '.env');
    const example = readFileSync(path.join(env.root, spec.files[0] as string), 'utf8');
    writeFileSync(envFile, envFileWith(example, { QDRANT_URL: 'http://qdrant:6333', ...spec.env }), { mode: 0o600 });
    chmodSync(envFile, 0o600);
    // Not left among the diagnostics a workflow uploads: env files are where users put keys.
    env.cleanup.add({ kind: 'directory', path: envFile });
    // The guide mounts the user's kubeconfig read-only; the smoke run gives an empty one.
    const kubeconfig = path.join(env.workDir, 'kubeconfig');
    writeFileSync(kubeconfig, 'apiVersion: v1\nkind: Config\nclusters: []\ncontexts: []\nusers: []\n', { mode: 0o644 });

    await docker.runContainer(`docker run ${candidate.image.ref}`, [
      '--name', runName,
      '--network', runName,
      '--user', RUN_USER,
      '--read-only',
      '--tmpfs', '/tmp:rw,size=128m,mode=1777',
      '--tmpfs', '/app/tmp:rw,size=128m,uid=10001,gid=10001,mode=0700',
      '-v', `${volume}:${SESSION_DIR}:nocopy`,
      '-v', `${kubeconfig}:/etc/dot-ai/kubeconfig:ro`,
      '--env-file', envFile,
      '-e', 'HOME=/tmp',
      '-e', 'KUBECONFIG=/etc/dot-ai/kubeconfig',
      '--cap-drop', 'ALL',
      '--security-opt', 'no-new-privileges',
      '--memory', '512m', '--cpus', '0.5',
      '-p', `127.0.0.1::${port}`,
      ...Object.entries(labels(env)).flatMap(([k, v]) => ['--label', `${k}=${v}`]),
      candidate.image.ref,
    ]);
    env.cleanup.add({ kind: 'docker-container', name: runName });

    // Ready when the image's own health check says so (no HEALTHCHECK: running is enough, the probe checks health).
    await waitFor(`container ${runName} healthy`, env.signal, async () => {
      const failure = await containerFailure(docker, runName);
      if (failure) throw new UserError(failure);
      const state = await docker.state(runName);
      return state.Health ? state.Health.Status === 'healthy' : state.Status === 'running';
    });
    const address = await docker.publishedAddress(runName, port);
    return {
      endpoints: [{ label: 'published port', url: `http://${address}/` }],
      how: `docker run of ${candidate.image.ref} with ${spec.files[0]} (copied to a 0600 .env, QDRANT_URL pointed at a Qdrant container on the run's network)`,
    };
  },

  async diagnose(env: MethodEnv): Promise<string | undefined> {
    const docker = new Docker();
    const qdrant = `${env.runName}-qdrant`;
    const parts: string[] = [];
    for (const name of [env.runName, qdrant]) {
      const inspect = await docker.inspect(name);
      writeFileSync(path.join(env.workDir, `${name}.inspect.json`), `${JSON.stringify(inspect ?? null, null, 2)}\n`);
      writeFileSync(path.join(env.workDir, `${name}.log`), inspect ? await docker.logs(name, 200) : '(no such container)\n');
      const failure = inspect ? await containerFailure(docker, name) : undefined;
      if (failure) parts.push(failure);
    }
    return parts.length ? parts.join('; ') : undefined;
  },
};
