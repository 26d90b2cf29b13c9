/**
 * Runs this repository's GitHub workflows for REAL with nektos/act (scripts/setup/act.sh builds it):
 * every job on this host (`-P ubuntu-latest=-self-hosted`: no container image can be pulled here), the
 * workflow files as they are, only what cannot run here stood in for:
 * - every pinned third-party action (`uses: OWNER/REPO@SHA`) by its stand-in under
 *   test/fixtures/actions/OWNER/REPO (act's `--local-repository`), found by reading the workflows: a
 *   workflow that gains an action without a stand-in is refused, naming the directory to add;
 * - a reusable workflow called as `OWNER/REPO/.github/workflows/F.yml@REF` by a local directory;
 * - GitHub's git hosting by a directory of bare repositories (GitServer), which the checkout stand-in
 *   clones from and the release pushes to;
 * - the artifact and cache services by act's own (on 127.0.0.1, ports chosen at run time).
 * Dispatch inputs go into the event file as strings, as GitHub sends them (act reads a JSON `true` of a
 * boolean input as false). Secrets go through a 0600 file, never argv. The run is read from act's JSON
 * log: per job its result, its steps' results and the outputs its steps set.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { exec } from '../../src/tools/exec.js';
import { git } from '../release/helpers.js';
import { ROOT } from './repo.js';

export const ACT_SETUP_HINT = 'run `bash scripts/setup/act.sh` (builds act from its Go module)';
export const STAND_INS = path.join(ROOT, 'test/fixtures/actions');
/** The Node the stand-ins and the action (runs.using: node24) run on, first on the jobs' PATH. */
export const NODE24_BIN = path.join(ROOT, '.tools/node24/bin');
/** The pinned helm binaries the setup-helm stand-in takes from. */
export const HELM_DIR = path.join(ROOT, '.tools/bin');

const actBin = (): string => process.env.ACT_BIN ?? 'act';
/** Directories of runs and served repositories, removed by removeRunDirs(). */
const runDirs: string[] = [];

/** Throws, naming the set-up script, unless act, Node 24 and the pinned helm are there. */
export async function requireAct(): Promise<string> {
  const version = await exec(actBin(), ['--version']).catch((error: unknown) => ({ code: 127, stdout: '', stderr: String(error) }));
  if (version.code !== 0) throw new Error(`test prerequisite missing: ${actBin()} does not run (${version.stderr.trim()}); ${ACT_SETUP_HINT}`);
  if (!existsSync(path.join(NODE24_BIN, 'node'))) throw new Error('test prerequisite missing: .tools/node24/bin/node; run `bash scripts/setup/node.sh`');
  if (!existsSync(path.join(HELM_DIR, 'helm3'))) throw new Error('test prerequisite missing: .tools/bin/helm3; run `bash scripts/setup/helm.sh`');
  return version.stdout.trim();
}

/** A directory of bare repositories, OWNER/REPO.git, standing in for GitHub's git hosting. */
export class GitServer {
  constructor(readonly dir: string) {}

  /** Serves `bare` (an existing bare repository) as OWNER/REPO. */
  serve(repository: string, bare: string): void {
    const where = path.join(this.dir, `${repository}.git`);
    mkdirSync(path.dirname(where), { recursive: true });
    symlinkSync(bare, where);
  }

  /** A new repository OWNER/REPO holding `paths` of `root` (symlinks followed) in one commit on main, tagged `tags`; the work tree it was made in. */
  publish(repository: string, root: string, paths: string[], tags: string[] = []): string {
    const work = mkdtempSync(path.join(tmpdir(), 'act-git-'));
    runDirs.push(work);
    for (const p of paths) cpSync(path.join(root, p), path.join(work, p), { recursive: true, dereference: true });
    git(['init', '--quiet', '--initial-branch=main'], work);
    git(['add', '--all'], work);
    git(['commit', '--quiet', '--message', `${repository} as served to the workflows`], work);
    for (const tag of tags) git(['tag', tag], work);
    const bare = path.join(this.dir, `${repository}.git`);
    mkdirSync(path.dirname(bare), { recursive: true });
    git(['clone', '--quiet', '--bare', work, bare], work);
    return work;
  }
}

export interface StepRun {
  name: string;
  stage: string;
  result: string;
}

export interface JobRun {
  /** The job's id in its workflow (`candidate`, `smoke`, `report`). */
  id: string;
  /** act's name for it: `release/release (reusable)/candidate` for a job of a called workflow. */
  name: string;
  matrix: Record<string, unknown>;
  /** success, failure, skipped, or unknown (act said nothing: the job never ended). */
  result: string;
  steps: StepRun[];
  /** What its steps set with $GITHUB_OUTPUT: by step id (its `id:`, else its index), output name. */
  outputs: Record<string, Record<string, string>>;
  /** Its log lines, as act printed them. */
  lines: string[];
}

export interface WorkflowRun {
  code: number;
  jobs: JobRun[];
  /** The job of that id (and matrix values); throws listing the jobs when there is none. */
  job(id: string, matrix?: Record<string, unknown>): JobRun;
  /** `id:result` of every job that ran, a matrix job as `id(value,...)`, sorted. */
  results(): string[];
  /** What the run's log shows, as a person reads it: every message act printed (its record of an `::add-mask::` command, which holds the value and is never shown, aside) and its stderr. */
  shown: string;
  /** The run's directory: act's artifact server storage under `artifacts/`, and whatever the jobs wrote into $WORKFLOW_RUN_DIR. */
  dir: string;
  /** One readable transcript, for failure messages. */
  transcript(): string;
}

export interface RunWorkflowOptions {
  /** The repository the workflow belongs to, checked out (its HEAD is the event's commit). */
  workdir: string;
  /** The workflow file, relative to `workdir`. */
  workflow: string;
  /** A dispatch (with inputs), or a push of `ref` (a branch, or a tag: refs/tags/vX.Y.Z) at the workdir's HEAD. */
  event: 'workflow_dispatch' | 'push';
  /** github.ref (default refs/heads/main). */
  ref?: string;
  /** Dispatch inputs; every value reaches the event file as a string. */
  inputs?: Record<string, string | boolean>;
  /** OWNER/REPO: github.repository. */
  repository: string;
  actor: string;
  /** github.token is `secrets.GITHUB_TOKEN`. */
  secrets: Record<string, string>;
  /** Variables of the GitHub context act takes from its env (GITHUB_API_URL, ...). */
  githubEnv?: Record<string, string>;
  /** Reusable workflows called remotely: `OWNER/REPO@REF` -> the directory holding its .github/workflows/. */
  reusable?: Record<string, string>;
  gitServer: GitServer;
  /** Extra environment of the jobs (they inherit act's). */
  env?: Record<string, string>;
  timeoutMs?: number;
  /** Every line of act's output as it comes (progress). */
  onLine?: (line: string) => void;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** `OWNER/REPO[/PATH]@REF` of every action or reusable workflow of other repositories a workflow text uses. */
export function remoteUses(text: string): string[] {
  return [...text.matchAll(/^\s*(?:-\s+)?uses:\s*['"]?([^\s'"#]+)/gm)].map((m) => m[1]!).filter((u) => !u.startsWith('./') && !u.startsWith('docker://'));
}

/** `--local-repository` mappings: each remote action's stand-in, each reusable workflow's directory. */
export function localRepositories(workflowTexts: string[], reusable: Record<string, string>): string[] {
  const mappings = new Map<string, string>(Object.entries(reusable));
  for (const uses of workflowTexts.flatMap(remoteUses)) {
    const [name, ref] = uses.split('@') as [string, string | undefined];
    const [owner, repo] = name.split('/');
    const key = `${owner}/${repo}@${ref}`;
    if (mappings.has(key)) continue;
    if (/\/\.github\/workflows\//.test(name)) throw new Error(`${uses}: a reusable workflow the test did not give a directory for (options.reusable)`);
    const standIn = path.join(STAND_INS, owner!.toLowerCase(), repo!.toLowerCase());
    if (!existsSync(path.join(standIn, 'action.yml'))) {
      throw new Error(`${uses}: no stand-in for ${owner}/${repo}; add ${path.relative(ROOT, standIn)}/action.yml (see test/fixtures/actions/README.md)`);
    }
    mappings.set(key, standIn);
  }
  return [...mappings].map(([key, dir]) => `${key}=${dir}`);
}

/**
 * GitHub refuses a call of a reusable workflow with an input it does not declare, or without one it
 * requires, before any job starts; act ignores the first silently. So the harness refuses both.
 */
function checkCalls(workflowText: string, reusable: Record<string, string>): void {
  const workflow = parse(workflowText) as { jobs?: Record<string, { uses?: string; with?: Record<string, unknown> }> };
  for (const [job, { uses, with: given = {} }] of Object.entries(workflow.jobs ?? {})) {
    const m = uses ? /^([^/]+\/[^/]+)\/(\.github\/workflows\/[^@]+)@(.+)$/.exec(uses) : null;
    const dir = m ? reusable[`${m[1]}@${m[3]}`] : undefined;
    if (!m || !dir) continue;
    const called = parse(readFileSync(path.join(dir, m[2]!), 'utf8')) as { on?: { workflow_call?: { inputs?: Record<string, { required?: boolean }> } } };
    const declared = called.on?.workflow_call?.inputs ?? {};
    const unknown = Object.keys(given).filter((k) => !(k in declared));
    const missing = Object.entries(declared).filter(([k, d]) => d.required && !(k in given)).map(([k]) => k);
    if (unknown.length || missing.length) {
      throw new Error(`job ${job} calls ${uses}: ${[...unknown.map((k) => `input ${k} is not defined in the called workflow`), ...missing.map((k) => `required input ${k} is not given`)].join('; ')} (GitHub refuses such a call)`);
    }
  }
}

interface ActLine {
  msg?: string;
  job?: string;
  jobID?: string;
  stepID?: string[];
  matrix?: Record<string, unknown>;
  step?: string;
  stage?: string;
  stepResult?: string;
  jobResult?: string;
  command?: string;
  name?: string;
  arg?: string;
}

function readRun(output: string): JobRun[] {
  const jobs = new Map<string, JobRun>();
  for (const raw of output.split('\n')) {
    let line: ActLine;
    try {
      line = JSON.parse(raw) as ActLine;
    } catch {
      continue;
    }
    if (!line.job) continue;
    const job = jobs.get(line.job) ?? { id: line.jobID ?? line.job, name: line.job, matrix: line.matrix ?? {}, result: 'unknown', steps: [], outputs: {}, lines: [] };
    jobs.set(line.job, job);
    if (line.msg !== undefined) job.lines.push(line.msg.replace(/\n$/, ''));
    if (line.jobResult) job.result = line.jobResult;
    if (line.stepResult && line.step) job.steps.push({ name: line.step, stage: line.stage ?? '', result: line.stepResult });
    if (line.command === 'set-output' && line.name) {
      const step = (line.stepID ?? []).join('/');
      job.outputs[step] = { ...job.outputs[step], [line.name]: line.arg ?? '' };
    }
  }
  // A job that calls a reusable workflow has no result line of its own: it is its called jobs'.
  for (const call of jobs.values()) {
    const called = [...jobs.values()].filter((j) => j.name.startsWith(`${call.name}/`) || j.name.startsWith(`${call.name} `));
    if (call.result !== 'unknown' || called.length === 0) continue;
    call.result = called.some((j) => j.result === 'failure') ? 'failure' : called.every((j) => j.result === 'success' || j.result === 'skipped') ? 'success' : 'unknown';
  }
  return [...jobs.values()];
}

const label = (job: JobRun): string => `${job.id}${Object.keys(job.matrix).length ? `(${Object.values(job.matrix).join(',')})` : ''}`;

/** Runs one workflow with act and reads the run back; the run's directory stays until `removeRunDirs()`. */
export async function runWorkflow(options: RunWorkflowOptions): Promise<WorkflowRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'act-run-'));
  runDirs.push(dir);
  const workflowText = readFileSync(path.join(options.workdir, options.workflow), 'utf8');
  const calledTexts = Object.values(options.reusable ?? {}).flatMap((d) => {
    const workflows = path.join(d, '.github/workflows');
    return readdirSync(workflows).filter((f) => /\.ya?ml$/.test(f)).map((f) => readFileSync(path.join(workflows, f), 'utf8'));
  });
  const mappings = localRepositories([workflowText, ...calledTexts], options.reusable ?? {});
  checkCalls(workflowText, options.reusable ?? {});

  const event = {
    ...(options.event === 'workflow_dispatch' ? { inputs: Object.fromEntries(Object.entries(options.inputs ?? {}).map(([k, v]) => [k, String(v)])) } : {}),
    ref: options.ref ?? 'refs/heads/main',
    // github.sha: the commit the event is for, the workdir's HEAD.
    after: git(['rev-parse', 'HEAD'], options.workdir),
    deleted: false,
    repository: { full_name: options.repository, name: options.repository.split('/')[1], owner: { login: options.repository.split('/')[0] }, default_branch: 'main' },
    sender: { login: options.actor },
  };
  writeFileSync(path.join(dir, 'event.json'), JSON.stringify(event, null, 2));
  const secretFile = path.join(dir, 'secrets.env');
  writeFileSync(secretFile, Object.entries(options.secrets).map(([k, v]) => `${k}=${v}\n`).join(''), { mode: 0o600 });
  // A Docker config directory of the run's own, as a runner's home has one (buildah reads $DOCKER_CONFIG/config.json when DOCKER_CONFIG is set).
  mkdirSync(path.join(dir, 'docker-config'));
  writeFileSync(path.join(dir, 'docker-config/config.json'), '{"auths":{}}\n', { mode: 0o600 });
  const [artifactPort, cachePort] = await Promise.all([freePort(), freePort()]);

  const args = [
    options.event,
    '--workflows', options.workflow,
    '--eventpath', path.join(dir, 'event.json'),
    '--directory', options.workdir,
    '--platform', 'ubuntu-latest=-self-hosted',
    '--actor', options.actor,
    '--secret-file', secretFile,
    '--env-file', path.join(dir, 'none.env'),
    '--var-file', path.join(dir, 'none.vars'),
    '--input-file', path.join(dir, 'none.input'),
    '--defaultbranch', 'main',
    '--no-skip-checkout',
    '--action-cache-path', path.join(dir, 'actions'),
    '--artifact-server-path', path.join(dir, 'artifacts'),
    '--artifact-server-addr', '127.0.0.1',
    '--artifact-server-port', String(artifactPort),
    '--cache-server-path', path.join(dir, 'cache'),
    '--cache-server-addr', '127.0.0.1',
    '--cache-server-port', String(cachePort),
    '--json',
    ...mappings.flatMap((m) => ['--local-repository', m]),
    ...Object.entries({ GITHUB_REPOSITORY: options.repository, ...options.githubEnv }).flatMap(([k, v]) => ['--env', `${k}=${v}`]),
  ];
  // The jobs inherit act's environment: Node 24 first on the PATH, a Docker config of the run's own
  // (logins stay in it), the machine's buildx builders, the stand-ins' settings. Nothing of a runner
  // this test may itself run in (GITHUB_*, INPUT_*, RUNNER_*, ACTIONS_*), nor of the npm script running it (npm_*).
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_|npm_)/i.test(k)));
  const env: NodeJS.ProcessEnv = {
    ...inherited,
    PATH: `${NODE24_BIN}${path.delimiter}${process.env.PATH ?? ''}`,
    DOCKER_CONFIG: path.join(dir, 'docker-config'),
    BUILDX_CONFIG: process.env.BUILDX_CONFIG ?? path.join(process.env.DOCKER_CONFIG ?? path.join(homedir(), '.docker'), 'buildx'),
    STANDIN_GIT_SERVER: options.gitServer.dir,
    STANDIN_HELM_DIR: HELM_DIR,
    WORKFLOW_RUN_DIR: dir,
    ...options.env,
  };
  const result = await exec(actBin(), args, {
    env,
    timeoutMs: options.timeoutMs ?? 20 * 60_000,
    secrets: Object.values(options.secrets),
    ...(options.onLine ? { onLine: (line: string) => options.onLine?.(line) } : {}),
  });
  writeFileSync(path.join(dir, 'act.log'), `${result.stdout}\n${result.stderr}`);
  const shown = [
    ...result.stdout.split('\n').map((raw) => {
      try {
        return (JSON.parse(raw) as ActLine).msg ?? '';
      } catch {
        return raw;
      }
    }),
    result.stderr,
  ].join('\n');
  const jobs = readRun(result.stdout);
  const transcript = (): string =>
    [
      `act exited ${result.code}${result.timedOut ? ' (timed out)' : ''}; jobs: ${jobs.map((j) => `${label(j)}=${j.result}`).join(', ')}; log: ${path.join(dir, 'act.log')}`,
      ...jobs.flatMap((j) => [`--- ${j.name} (${j.result})`, ...j.lines.filter((l) => /::error|❌/u.test(l)), '...', ...j.lines.slice(-40)]),
      result.stderr.trim().split('\n').slice(-20).join('\n'),
    ].join('\n');
  return {
    code: result.code,
    jobs,
    shown,
    dir,
    transcript,
    results: () => jobs.map((j) => `${label(j)}:${j.result}`).sort(),
    job: (id, matrix = {}) =>
      jobs.find((j) => j.id === id && Object.entries(matrix).every(([k, v]) => j.matrix[k] === v)) ??
      (() => {
        throw new Error(`no job ${id} ${JSON.stringify(matrix)} in the run (jobs: ${jobs.map(label).join(', ')})\n${transcript()}`);
      })(),
  };
}

/** Removes every run's directory (workspaces, artifacts, caches, the Docker config with its logins); ACT_KEEP_RUNS=1 keeps them for a look. */
export function removeRunDirs(): void {
  if (process.env.ACT_KEEP_RUNS === '1') return void console.info(`act runs kept: ${runDirs.splice(0).join(' ')}`);
  for (const dir of runDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}
