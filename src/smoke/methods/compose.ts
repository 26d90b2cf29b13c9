/**
 * `compose`: deploys exactly the user's compose file(s), never edited, as a project of the run's own.
 * What the gate needs differently is said in an override file beside the diagnostics: the service
 * images named after the release's repository run the candidate (images in the image map run their
 * stand-ins; services built from source are built, as `up --build` does, under a tag of the run's
 * own), every published port moves to 127.0.0.1 at a host port the engine picks (parallel runs,
 * nothing on other interfaces), and each container gets the smoke label. Env files a user copies
 * from an `.example` are copied for the run (0600, removed at the end), and host paths into the
 * runner's home (a kubeconfig) are given a file of the run's own. Compose v2 when it works, else v1
 * (COMPOSE_CLI=v1|v2, or the method's env, forces one).
 *
 * Ports: v1 and v2 both add an override's `ports` to the file's instead of replacing them, so the
 * file's fixed host ports (127.0.0.1:3456) would stay and clash between parallel runs. Compose v2
 * 2.24.4+ replaces the list with `!override`; with v1 (and older v2) compose's own merged model of
 * the files plus the override (`compose config`) is deployed with the ports replaced in it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../../errors.js';
import { confinedPath } from '../../fs/confined.js';
import { readRepoBytes, readRepoText, resolveRepoFile } from '../../fs/read.js';
import { resolveInRepo } from '../../fs/repo-path.js';
import { visible } from '../../report/escape.js';
import { Compose, findComposeCli, type ComposeCli } from '../../tools/compose.js';
import { Docker } from '../../tools/docker.js';
import type { ExecResult } from '../../tools/exec.js';
import type { Deployed, MethodEnv, MethodSpec, SmokeMethod } from '../types.js';
import {
  composeYaml,
  homeStandIn,
  hostAccess,
  overrideYaml,
  parseCompose,
  planOverride,
  seedsFor,
  supportsOverrideTag,
  withPortsReplaced,
} from './compose-plan.js';
import { tellingLogLine } from '../diagnostics.js';
import { SMOKE_SERVER_ENV } from './defaults.js';

/** What diagnose and the cleanup need to address the project again (written beside the diagnostics; paths, no secrets). */
interface RunState {
  cli: ComposeCli;
  files: string[];
  project: string;
  env: Record<string, string>;
  service: string;
}

const STATE_FILE = 'compose-run.json';
/** `up` processes still running, by project: diagnose waits for them (a budget abort leaves one stopping). */
const inFlight = new Map<string, Promise<ExecResult>>();

function cliPreference(spec: MethodSpec): 'v1' | 'v2' | undefined {
  const raw = spec.env.COMPOSE_CLI ?? process.env.COMPOSE_CLI;
  if (raw === undefined || raw === '') return undefined;
  if (raw !== 'v1' && raw !== 'v2') throw new UserError(`smoke method ${spec.name}: COMPOSE_CLI ${JSON.stringify(raw)} is not v1 or v2`);
  return raw;
}

/** The service serving MCP: the configured one, or the only service of the files. */
function serviceOf(spec: MethodSpec, services: string[]): string {
  if (spec.service) {
    if (!services.includes(spec.service)) throw new UserError(`smoke method ${spec.name}: service ${spec.service} is not in ${spec.files.join(', ')} (services: ${services.join(', ') || 'none'})`);
    return spec.service;
  }
  if (services.length === 1) return services[0] as string;
  throw new UserError(`smoke method ${spec.name}: service: name the service that serves MCP (one of ${services.join(', ') || 'none'})`);
}

interface ContainerView {
  id: string;
  name: string;
  service: string;
  status: string;
  exitCode: number;
  restartCount: number;
  health?: { status: string; last?: { exitCode: number; output: string } };
}

async function containersOf(compose: Compose, signal?: AbortSignal): Promise<ContainerView[]> {
  const docker = new Docker();
  const views: ContainerView[] = [];
  for (const id of await compose.containerIds({ signal })) {
    const inspect = await docker.inspect(id);
    if (!inspect) continue; // removed meanwhile
    const state = inspect.State as { Status: string; ExitCode: number; Restarting?: boolean; Health?: { Status: string; Log?: Array<{ ExitCode: number; Output: string }> } };
    const labels = ((inspect.Config as { Labels?: Record<string, string> } | undefined)?.Labels ?? {}) as Record<string, string>;
    const last = state.Health?.Log?.at(-1);
    views.push({
      id,
      name: String(inspect.Name ?? id).replace(/^\//, ''),
      service: labels['com.docker.compose.service'] ?? '?',
      status: state.Restarting ? 'restarting' : state.Status,
      exitCode: state.ExitCode,
      restartCount: Number(inspect.RestartCount ?? 0),
      ...(state.Health ? { health: { status: state.Health.Status, ...(last ? { last: { exitCode: last.ExitCode, output: last.Output } } : {}) } } : {}),
    });
  }
  return views;
}

function oneLine(text: string, max = 240): string {
  const line = text.trim().split('\n').map((l) => l.trim()).filter(Boolean).at(-1) ?? '';
  return line.length > max ? `${line.slice(0, max)}...` : line;
}

async function lastLogLine(id: string): Promise<string> {
  return tellingLogLine(await new Docker().logs(id, 30).catch(() => ''));
}

/** Why a container means the deployment failed, in one line; undefined while it is fine (or still starting). */
async function failureOf(c: ContainerView, mcpService: string): Promise<string | undefined> {
  const who = `service ${c.service} (container ${c.name})`;
  const withLog = async (what: string): Promise<string> => {
    const log = await lastLogLine(c.id);
    return `${who} ${what}${log ? `: ${log}` : ''}`;
  };
  // The same words whenever it is seen (the wait, then diagnose), so the cause is not said twice.
  if (c.status === 'restarting' || c.restartCount > 0) return withLog(`keeps restarting (last exit code ${c.exitCode})`);
  if (c.status === 'exited' || c.status === 'dead') {
    // A one-shot job (volume-permissions) ends with 0; the MCP service must not end at all.
    if (c.exitCode !== 0 || c.service === mcpService) return withLog(`exited with code ${c.exitCode}`);
    return undefined;
  }
  if (c.health?.status === 'unhealthy') {
    const last = c.health.last;
    const log = await lastLogLine(c.id);
    return `${who} is unhealthy${last ? `: health check exit ${last.exitCode}${oneLine(last.output) ? `: ${oneLine(last.output)}` : ''}` : ''}${log ? `; its log: ${log}` : ''}`;
  }
  return undefined;
}

function describeState(c: ContainerView): string {
  const last = c.health?.last;
  return `service ${c.service} (container ${c.name}) ${c.status}${c.health ? `, health ${c.health.status}${last ? ` (last check exit ${last.exitCode}${oneLine(last.output) ? `: ${oneLine(last.output)}` : ''})` : ''}` : ''}`;
}

function ready(c: ContainerView): boolean {
  return c.status === 'running' && (c.health ? c.health.status === 'healthy' : true);
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const onAbort = (): void => (clearTimeout(timer), resolve());
    const timer = setTimeout(() => (signal.removeEventListener('abort', onAbort), resolve()), ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** A repository file, checked the one way files are read: inside the repository (symlinks resolved), a regular file. */
function repoFile(root: string, file: string, what: string): string {
  const relative = path.relative(root, resolveInRepo(root, file, what));
  return resolveRepoFile(root, relative, `${what}: ${file}`).absolute;
}

/** Service names the files declare, read as Compose reads YAML (merge keys applied). */
function declaredServices(root: string, spec: MethodSpec): string[] {
  const names = new Set<string>();
  for (const file of spec.files) {
    const absolute = repoFile(root, file, `smoke method ${spec.name}`);
    let model;
    try {
      model = parseCompose(readRepoText(root, path.relative(root, absolute), `smoke method ${spec.name}: ${file}`));
    } catch (err) {
      throw new UserError(`smoke method ${spec.name}: ${file}: not YAML (${(err as Error).message.split('\n')[0]})`);
    }
    for (const name of Object.keys(model.services)) names.add(name);
  }
  return [...names];
}

export const composeMethod: SmokeMethod = {
  preflight({ root, spec }) {
    if (spec.files.length === 0) throw new UserError(`smoke method ${spec.name}: files must name the compose file(s) a user runs`);
    serviceOf(spec, declaredServices(root, spec));
    cliPreference(spec);
  },

  async deploy(env: MethodEnv): Promise<Deployed> {
    const { spec, candidate, runName, signal } = env;
    const files = spec.files.map((f) => repoFile(env.root, f, `smoke method ${spec.name}`));
    const projectDir = path.dirname(files[0] as string);
    const service = serviceOf(spec, declaredServices(env.root, spec));
    const cli = await findComposeCli(cliPreference(spec));
    const label = `Compose v${cli.major} ${cli.version}`;
    env.reporter.info(`${label} (${cli.command.join(' ')}), project ${runName}`);

    // Env file copies and home stand-ins: not left among the diagnostics a workflow uploads.
    const { privateDir } = env;

    const given = Object.fromEntries(Object.entries(spec.env).filter(([k]) => k !== 'COMPOSE_CLI'));
    const seeds = seedsFor(files.map((f) => readRepoText(env.root, path.relative(env.root, f))), projectDir, existsSync, given);
    const vars: Record<string, string> = {};
    const notes: string[] = [];
    for (const { variable, example, name } of seeds.examples) {
      // Read the one way repository files are read: an example symlinked (or pointed) outside is refused.
      const bytes = readRepoBytes(env.root, path.relative(env.root, example), `smoke method ${spec.name}: ${variable}`);
      const copy = confinedPath(privateDir, `${variable}-${name}`, `smoke method ${spec.name}: ${variable}`);
      writeFileSync(copy, bytes, { mode: 0o600 });
      vars[variable] = copy;
      notes.push(`${variable}: a copy of ${path.relative(env.root, example)}`);
    }
    for (const { variable, fallback } of seeds.homePaths) {
      const standIn = confinedPath(privateDir, variable, `smoke method ${spec.name}: ${variable}`);
      writeFileSync(standIn, homeStandIn(variable, fallback), { mode: 0o600 });
      vars[variable] = standIn;
      notes.push(`${variable}: ${homeStandIn(variable, fallback) ? 'an empty kubeconfig' : 'an empty file'} instead of ${fallback} (the runner's own files are never mounted)`);
    }
    Object.assign(vars, given);
    // The token only in the environment of compose's own processes: never in a file, an argument or the saved state.
    const processEnv = { ...process.env, ...vars, ...(env.token && spec.auth?.env ? { [spec.auth.env]: env.token } : {}) };
    const environment = [...Object.entries(SMOKE_SERVER_ENV).map(([k, v]) => `${k}=${v}`), ...(env.token && spec.auth?.env ? [spec.auth.env] : [])];

    // Compose's own resolved model of the user's files: interpolation, merge keys, several files.
    const user = new Compose(cli, files, runName, processEnv);
    const model = parseCompose((await user.run(`${label} config`, ['config'], { signal, timeoutMs: 120_000 })).stdout);
    if (!model.services[service]) throw new UserError(`${spec.files.join(', ')}: no service ${service} after interpolation`);
    for (const finding of hostAccess(model)) env.warn(`${spec.files.join(', ')}: ${visible(finding)}: started as the file says; whoever follows it hands that container the host`);
    const plan = planOverride({
      model,
      candidate,
      service,
      port: spec.port,
      runName,
      environment,
      readDockerfile: (file) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined),
    });
    notes.push(...plan.changes);

    // Read by compose (so written as it is, not re-serialised); it holds no secret: the token is named, never valued.
    const override = path.join(env.workDir, 'compose.smoke-override.yml');
    let deployFiles: string[];
    let how: string;
    if (supportsOverrideTag(cli)) {
      writeFileSync(override, overrideYaml(plan, { replacePorts: true }));
      deployFiles = [...files, override];
      how = `${label}: ${spec.files.join(' + ')} + override ${path.basename(override)} (ports: !override)`;
    } else {
      writeFileSync(override, overrideYaml(plan, { replacePorts: false }));
      const merged = new Compose(cli, [...files, override], runName, processEnv);
      const mergedModel = parseCompose((await merged.run(`${label} config`, ['config'], { signal, timeoutMs: 120_000 })).stdout);
      // Holds the env files' values (compose inlines them): private.
      const derived = path.join(privateDir, 'compose.smoke.yml');
      writeFileSync(derived, composeYaml(withPortsReplaced(mergedModel, plan)), { mode: 0o600 });
      deployFiles = [derived];
      how = `${label}: compose's merged model of ${spec.files.join(' + ')} + override ${path.basename(override)}, ports replaced in it (v${cli.major} merges port lists)`;
    }
    how += `, project ${runName}; ${plan.changes.filter((c) => /image|built/.test(c)).join('; ')}`;

    // Past this point containers exist: not started at all once the budget is spent.
    if (signal.aborted) throw signal.reason instanceof Error ? signal.reason : new UserError('cancelled');
    const state: RunState = { cli, files: deployFiles, project: runName, env: vars, service };
    env.write(STATE_FILE, `${JSON.stringify(state, null, 2)}\n`);
    // Removed newest first: the project (containers, networks, volumes), then built images, then the private files.
    for (const ref of plan.built) env.cleanup.add({ kind: 'docker-image', ref });
    env.cleanup.add({ kind: 'compose-project', command: cli.command, files: deployFiles, project: runName, cwd: projectDir, env: vars });

    const compose = new Compose(cli, deployFiles, runName, processEnv);
    const stopUp = new AbortController();
    const onAbort = (): void => stopUp.abort();
    signal.addEventListener('abort', onAbort, { once: true });
    const up = compose.try(['up', '--detach', ...(plan.build ? ['--build'] : [])], {
      signal: stopUp.signal,
      timeoutMs: spec.timeoutMs,
      onLine: (line) => env.reporter.debug(line),
    });
    inFlight.set(runName, up);
    let upResult: ExecResult | undefined;
    void up.then((r) => (upResult = r), () => undefined);
    try {
      // Re-checked every second while `up` runs: an exited or unhealthy container fails at once.
      for (;;) {
        if (signal.aborted) throw signal.reason instanceof Error ? signal.reason : new UserError('cancelled');
        const containers = await containersOf(compose, signal);
        for (const c of containers) {
          const failure = await failureOf(c, service);
          if (failure) throw new UserError(failure);
        }
        const finished = upResult as ExecResult | undefined;
        if (finished) {
          if (finished.code !== 0) throw new UserError(`${cli.command.join(' ')} up failed (exit ${finished.code}): ${oneLine(finished.stderr || finished.stdout)}`);
          const own = containers.filter((c) => c.service === service);
          if (own.length === 0) throw new UserError(`service ${service}: no container after up`);
          if (own.every(ready)) break;
        }
        await sleep(1_000, signal);
      }
    } finally {
      signal.removeEventListener('abort', onAbort);
      if (!upResult) stopUp.abort();
      const finished = await up.catch(() => undefined);
      inFlight.delete(runName);
      if (finished) env.write('up.log', `${finished.stdout}${finished.stderr}`);
    }

    const address = await compose.publishedAddress(service, spec.port, { signal });
    const watch = async (): Promise<string | undefined> => {
      for (const c of await containersOf(compose)) {
        const failure = await failureOf(c, service);
        if (failure) return failure;
      }
      return undefined;
    };
    return { endpoints: [{ label: 'published port', url: `http://${address}/` }], how, notes, watch };
  },

  async diagnose(env: MethodEnv): Promise<string | undefined> {
    const stateFile = path.join(env.workDir, STATE_FILE);
    if (!existsSync(stateFile)) return undefined; // failed before compose ran: the cause says why
    const state = JSON.parse(readFileSync(stateFile, 'utf8')) as RunState;
    await inFlight.get(state.project)?.catch(() => undefined);
    const compose = new Compose(state.cli, state.files, state.project, { ...process.env, ...state.env });
    const options = { signal: env.signal, timeoutMs: 120_000 };
    const write = (name: string, text: string): void => void env.write(name, text.endsWith('\n') ? text : `${text}\n`);

    const ps = await compose.try(['ps', '--all'], options);
    write('compose-ps.txt', `${ps.stdout}${ps.stderr}`);
    const logs = await compose.try(['logs', '--no-color', '--timestamps', '--tail', '500'], options);
    write('compose-logs.txt', `${logs.stdout}${logs.stderr}`);
    const config = await compose.try(['config'], options);
    write('compose-config.yml', config.code === 0 ? config.stdout : `# compose config failed (exit ${config.code})\n${config.stderr}`);

    const docker = new Docker();
    const causes: string[] = [];
    const containers = await containersOf(compose, env.signal);
    const pending: ContainerView[] = [];
    for (const c of containers) {
      const failure = await failureOf(c, state.service);
      const done = c.status === 'exited' && c.exitCode === 0 && c.service !== state.service; // a one-shot job that did its work
      if (!failure && (done || (ready(c) && c.service !== state.service))) continue;
      const inspect = await docker.inspect(c.id);
      if (inspect) write(`${c.name}.inspect.json`, JSON.stringify(inspect, null, 2));
      if (failure) causes.push(failure);
      else if (!ready(c)) pending.push(c);
    }
    if (causes.length) return causes.join('; ');
    // Nothing failed (yet): what the deployment was still waiting for (a budget spent, a probe that failed).
    const own = containers.filter((c) => c.service === state.service);
    if (own.length === 0 && containers.length === 0) return undefined;
    const waiting = pending.map(describeState);
    if (own.length === 0) return `service ${state.service} not started${waiting.length ? `; waiting for ${waiting.join('; ')}` : ''}`;
    return waiting.length ? waiting.join('; ') : undefined;
  },
};
