/**
 * The smoke orchestrator: every method in a place of its own, side by side (at most `parallel` at
 * once; the Docker methods while the cluster starts), each within its time budget; one failing method never stops the others; every method is
 * probed through each endpoint it offers, diagnosed when it fails, and removed at the end.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError } from '../errors.js';
import { confinedPath } from '../fs/confined.js';
import type { Reporter } from '../report/reporter.js';
import { CleanupRegistry } from '../tools/cleanup.js';
import type { SmokeCredentials } from './inputs.js';
import { methodFor } from './methods/index.js';
import { probeMcp, type ProbeResult, type ProbeTarget } from './probes/index.js';
import type { ClusterProvider } from './providers/types.js';
import { redactDiagnostic } from './redact-file.js';
import { maskSecrets } from '../report/mask.js';
import { platformOf, type Candidate, type ClusterHandle, type Deployed, type MethodEnv, type MethodResult, type MethodSpec, type ProbeRecord } from './types.js';

export interface SmokeJob {
  root: string;
  methods: MethodSpec[];
  candidate: Candidate;
  /** Where Kubernetes methods run; undefined when no method needs a cluster. */
  cluster?: ClusterProvider;
  /** At most this many methods at once. */
  parallel: number;
  /** Diagnostics go here, one folder per method (kept; a workflow uploads it as an artifact). */
  diagnosticsDir: string;
  /** Leave everything running (the cluster too) for a look afterwards; failures are still diagnosed. */
  keep: boolean;
  /** A token and headers the run was given (for methods with `auth.token: input`, and every probe). */
  credentials?: SmokeCredentials;
}

export interface SmokeRun {
  results: MethodResult[];
  /** What could not be removed at the end (one line each). */
  leftovers: string[];
  cluster?: { name: string; created: boolean; seconds: number };
}

/** Prefixes a method's lines with its name, so parallel methods stay readable. */
function prefixed(reporter: Reporter, name: string): Reporter {
  return {
    info: (m) => reporter.info(`[${name}] ${m}`),
    warning: (m, w) => reporter.warning(`[${name}] ${m}`, w),
    error: (m, w) => reporter.error(`[${name}] ${m}`, w),
    debug: (m) => reporter.debug(`[${name}] ${m}`),
    // Methods run side by side: their lines interleave, so no log groups (the prefix tells them apart).
    group: (_title, fn) => fn(),
    secret: (v) => reporter.secret(v),
  };
}

/** A DNS-1123 label, unique per run: `smoke-<method>-<6 hex>`. */
export function runNameFor(method: string): string {
  const base = method.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);
  return `smoke-${base}-${randomBytes(3).toString('hex')}`;
}

/** Checks every method before anything starts: a missing file or an unknown kind is named here. */
export function preflight(job: Pick<SmokeJob, 'root' | 'methods' | 'candidate' | 'credentials'>): void {
  const seen = new Set<string>();
  for (const spec of job.methods) {
    if (seen.has(spec.name)) throw new UserError(`smoke method ${spec.name}: listed twice`);
    seen.add(spec.name);
    if (spec.auth?.token === 'input' && !job.credentials?.bearerToken) {
      throw new UserError(`smoke method ${spec.name}: auth.token input: give the token (input bearer-token, or --bearer-token-stdin)`);
    }
    methodFor(spec.kind).preflight({ root: job.root, spec, candidate: job.candidate });
  }
}

/** A token for one method's deployment: 32 random bytes, URL-safe (no character a shell or YAML treats specially). */
export function generateToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Each method's folder under the diagnostics directory: its name confined to it, and new or
 * empty (a folder of an earlier run is never deleted: the run stops before anything starts).
 */
export function methodFolders(diagnosticsDir: string, methods: MethodSpec[]): Map<string, string> {
  const folders = new Map<string, string>();
  for (const spec of methods) {
    const dir = confinedPath(diagnosticsDir, spec.name, `smoke method ${JSON.stringify(spec.name)}`);
    if (existsSync(dir) && readdirSync(dir).length > 0) {
      throw new UserError(`diagnostics-dir: ${dir} holds files already (an earlier run's?); nothing is deleted there: give an empty diagnostics-dir, or remove it`);
    }
    folders.set(spec.name, dir);
  }
  return folders;
}

function abortAfter(ms: number, parent?: AbortSignal): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new UserError(`time budget of ${Math.round(ms / 1000)} s spent`)), ms);
  const onParent = (): void => controller.abort(parent?.reason);
  parent?.addEventListener('abort', onParent, { once: true });
  return {
    signal: controller.signal,
    dispose: () => {
      clearTimeout(timer);
      parent?.removeEventListener('abort', onParent);
    },
  };
}

/** Rejects when the signal aborts, so a hung step cannot outlive its budget. */
function racing<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (v) => (signal.removeEventListener('abort', onAbort), resolve(v)),
      (e) => (signal.removeEventListener('abort', onAbort), reject(e)),
    );
  });
}

async function probeEndpoint(env: MethodEnv, endpoint: Deployed['endpoints'][number], credentials: SmokeCredentials): Promise<ProbeResult> {
  const { spec } = env;
  const headers = { ...spec.probe.headers, ...credentials.headers };
  const bearerToken = env.token ?? credentials.bearerToken;
  const base: Omit<ProbeTarget, 'url'> = {
    mcpPath: spec.probe.mcpPath,
    health: spec.probe.health || undefined,
    ...(bearerToken ? { bearerToken } : {}),
    ...(spec.auth?.header ? { tokenHeader: spec.auth.header } : {}),
    ...(Object.keys(headers).length ? { headers } : {}),
  };
  if (endpoint.inCluster) {
    if (!env.cluster) throw new Error(`${spec.name}: an in-cluster endpoint without a cluster`);
    const target: ProbeTarget = { url: endpoint.inCluster.url, ...base };
    return env.cluster.probeInCluster(endpoint.inCluster.namespace, target, spec.probe.expectations, spec.probe.healthTimeoutMs + 60_000, env.signal);
  }
  const target: ProbeTarget = { url: endpoint.url as string, ...base };
  return probeMcp(target, spec.probe.expectations, { healthTimeoutMs: spec.probe.healthTimeoutMs, signal: env.signal });
}

/**
 * Probes one endpoint while the deployment is watched: when the watch names a failure (the server's
 * container exited meanwhile), the probe is stopped and that failure is the outcome.
 */
async function probeWatched(env: MethodEnv, endpoint: Deployed['endpoints'][number], credentials: SmokeCredentials, watch: Deployed['watch']): Promise<{ result: ProbeResult; failure?: string }> {
  if (!watch) return { result: await probeEndpoint(env, endpoint, credentials) };
  const stop = new AbortController();
  let failure: string | undefined;
  const polling = (async () => {
    while (!stop.signal.aborted) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, 2_000);
        function done(): void {
          clearTimeout(timer);
          stop.signal.removeEventListener('abort', done);
          resolve();
        }
        stop.signal.addEventListener('abort', done, { once: true });
      });
      if (stop.signal.aborted) return;
      failure = await watch().catch(() => undefined);
      if (failure) stop.abort();
    }
  })();
  try {
    const result = await probeEndpoint({ ...env, signal: AbortSignal.any([env.signal, stop.signal]) }, endpoint, credentials);
    return failure ? { result, failure } : { result };
  } finally {
    stop.abort();
    await polling;
  }
}

/** What one method runs with that the run decided: its folder, its token, every secret to mask. */
interface MethodRun {
  workDir: string;
  privateDir: string;
  token?: string;
  secrets: string[];
}

/** Deploys, probes, diagnoses and (unless kept) removes one method; never throws. */
async function runMethod(job: SmokeJob, spec: MethodSpec, run: MethodRun, reporter: Reporter, cluster: ClusterHandle | undefined, cleanup: CleanupRegistry, cancel: AbortSignal): Promise<MethodResult> {
  const started = performance.now();
  const seconds = (): number => Math.round((performance.now() - started) / 100) / 10;
  const { workDir, privateDir, secrets } = run;
  mkdirSync(workDir, { recursive: true });
  mkdirSync(privateDir, { mode: 0o700 });
  const budget = abortAfter(spec.timeoutMs, cancel);
  const own = cleanup.scope(spec.name);
  const warnings: string[] = [];
  const lines = prefixed(reporter, spec.name);
  const env: MethodEnv = {
    root: job.root, spec, candidate: job.candidate, reporter: lines, workDir, privateDir,
    runName: runNameFor(spec.name), signal: budget.signal, cleanup: own, cluster,
    ...(run.token ? { token: run.token } : {}),
    secrets,
    write: (relative, content) => {
      const file = confinedPath(workDir, relative, `diagnostics of ${spec.name}`);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, redactDiagnostic(relative, content, secrets));
      return file;
    },
    warn: (message) => {
      const line = maskSecrets(message, secrets);
      if (!warnings.includes(line)) warnings.push(line);
      lines.warning(line);
    },
  };
  const method = methodFor(spec.kind);
  const probes: ProbeRecord[] = [];
  let deployed: Deployed | undefined;
  let cause: string | undefined;
  let deploying: Promise<unknown> = Promise.resolve();
  try {
    const what = spec.files.length ? spec.files.join(', ') : spec.kind === 'helm' ? `the chart ${job.candidate.chart ? path.relative(job.root, job.candidate.chart.path) || job.candidate.chart.path : '?'}` : 'no files';
    env.reporter.info(`deploying (${spec.kind}: ${what}${run.token ? `; a token generated for it, given as ${spec.auth?.set ?? spec.auth?.env}` : ''})`);
    const work = method.deploy(env);
    deploying = work.catch(() => undefined);
    deployed = await racing(work, budget.signal);
    env.reporter.info(`deployed: ${deployed.how}`);
    for (const endpoint of deployed.endpoints) {
      const { result, failure } = await racing(probeWatched(env, endpoint, job.credentials ?? {}, deployed.watch), budget.signal);
      probes.push({ endpoint: endpoint.label, result });
      if (failure) {
        cause = `${endpoint.label}: while probed: ${failure}`;
        env.reporter.info(cause);
        break;
      }
      env.reporter.info(`${endpoint.label}: ${result.ok ? `MCP ok (${result.server?.name ?? '?'} ${result.server?.version ?? ''}, ${result.tools?.length ?? 0} tools, ${(result.ms / 1000).toFixed(1)} s)` : result.cause}`);
      if (!result.ok) {
        cause = `${endpoint.label}: ${result.cause ?? 'probe failed'}`;
        break;
      }
    }
  } catch (err) {
    cause = err instanceof Error ? err.message.split('\n')[0] : String(err);
  }
  budget.dispose();
  // A deploy cut off by its budget stops at its next step (it sees the signal); let it, so nothing it
  // does lands after the cleanup below (a re-created namespace would be left behind).
  await Promise.race([deploying, new Promise((r) => setTimeout(r, 30_000).unref())]);
  if (cause) {
    // Diagnostics get a budget of their own: a method that ran out of time still explains itself.
    const diagnosis = abortAfter(120_000, undefined);
    try {
      const found = await racing(method.diagnose({ ...env, signal: diagnosis.signal }, cause), diagnosis.signal);
      if (found && !cause.includes(found)) cause = `${cause} (${found})`;
    } catch (err) {
      env.reporter.warning(`diagnostics incomplete: ${maskSecrets((err as Error).message, secrets)}`);
    } finally {
      diagnosis.dispose();
    }
    cause = maskSecrets(cause, secrets);
    env.reporter.error(cause);
  }
  env.write('probe.json', `${JSON.stringify(probes, null, 2)}\n`);
  // Removed once diagnosed, unless asked to keep everything for a look afterwards.
  if (!job.keep) {
    for (const p of await own.runAll()) env.reporter.warning(`not removed: ${maskSecrets(p, secrets)}`);
  }
  // Its room on the cluster goes to the methods waiting for it (kept: its pods run on, but no longer for this run).
  cluster?.releaseRoom(env.runName);
  return {
    method: spec.name, kind: spec.kind, runName: env.runName, status: cause ? 'failed' : 'passed', seconds: seconds(), cause,
    how: deployed?.how, notes: deployed?.notes, probes, diagnostics: cause ? workDir : undefined,
    ...(warnings.length ? { warnings } : {}),
  };
}

/** At most `limit` tasks at once; the others wait their turn in the order they asked. */
function slots(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let free = Math.max(1, limit);
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (free > 0) free--;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      // The slot passes straight to the next in line (or is freed).
      const next = waiting.shift();
      if (next) next();
      else free++;
    }
  };
}

/**
 * Runs every method. `cleanup` holds what the run started (the cluster it created, what kept
 * methods left running); the caller removes it at the end (or the post step does).
 */
export async function runSmoke(job: SmokeJob, reporter: Reporter, cleanup: CleanupRegistry, cancel: AbortSignal): Promise<SmokeRun> {
  preflight(job);
  mkdirSync(job.diagnosticsDir, { recursive: true });
  const folders = methodFolders(job.diagnosticsDir, job.methods);
  // What nobody may read (env files with the token, private values): one 0700 folder for the run,
  // outside the diagnostics, removed when the run ends whatever happens (also when kept).
  const privateRoot = mkdtempSync(path.join(process.env.RUNNER_TEMP || tmpdir(), 'dot-ai-release-private-'));
  chmodSync(privateRoot, 0o700);
  cleanup.add({ kind: 'directory', path: privateRoot });
  try {
    return await runMethods(job, folders, privateRoot, reporter, cleanup, cancel);
  } finally {
    rmSync(privateRoot, { recursive: true, force: true });
  }
}

async function runMethods(job: SmokeJob, folders: Map<string, string>, privateRoot: string, reporter: Reporter, cleanup: CleanupRegistry, cancel: AbortSignal): Promise<SmokeRun> {
  // Every token made before anything starts, and masked everywhere: in each method's files, any other's.
  const tokens = new Map<string, string>();
  for (const spec of job.methods) {
    if (!spec.auth) continue;
    const token = spec.auth.token === 'input' ? (job.credentials?.bearerToken as string) : generateToken();
    reporter.secret(token);
    tokens.set(spec.name, token);
  }
  for (const value of job.methods.flatMap((m) => Object.values(m.probe.headers ?? {}))) reporter.secret(value);
  const secrets = [...tokens.values(), ...(job.credentials?.bearerToken ? [job.credentials.bearerToken] : []), ...Object.values(job.credentials?.headers ?? {}), ...job.methods.flatMap((m) => Object.values(m.probe.headers ?? {}))];
  const needsCluster = job.methods.some((m) => platformOf(m.kind) === 'kubernetes');
  let clusterInfo: SmokeRun['cluster'];
  let clusterReady: Promise<ClusterHandle | undefined> = Promise.resolve(undefined);
  if (needsCluster) {
    const provider = job.cluster;
    if (!provider) throw new UserError('smoke: Kubernetes methods need a provider (kind or cluster)');
    const started = performance.now();
    // What the methods will need (the release's images, the probe's, Qdrant's and the image map's
    // substitutes): present while the cluster starts where the provider can do that.
    const { candidate } = job;
    const wanted = [...candidate.images.map((i) => i.ref), candidate.probeImage, ...(job.methods.some((m) => m.externalQdrant && platformOf(m.kind) === 'kubernetes') ? [candidate.qdrantImage] : []), ...Object.values(candidate.imageMap)];
    clusterReady = provider.open(cleanup, reporter, wanted).then((opened) => {
      clusterInfo = { name: opened.handle.name, created: opened.created, seconds: Math.round((performance.now() - started) / 100) / 10 };
      reporter.info(`cluster ${opened.handle.name} ${opened.created ? 'created' : 'reused'} in ${clusterInfo.seconds} s`);
      // Not waited for here: each method waits for the images its manifests name (ensureImagesOf), the
      // in-cluster probe for its own; a failure is each waiting method's cause.
      opened.handle.ensureImages([...candidate.images.map((i) => i.ref), candidate.probeImage]).catch(() => undefined);
      return opened.handle;
    });
  }
  // The Docker methods start at once, while the cluster starts; the Kubernetes ones take their turn once it runs.
  const turn = slots(job.parallel);
  const settled = await Promise.all(
    job.methods.map(async (spec) => {
      let cluster: ClusterHandle | undefined;
      if (platformOf(spec.kind) === 'kubernetes') {
        cluster = await clusterReady.catch(() => undefined);
        if (!cluster) return undefined; // the cluster's failure is the run's, said below
      }
      return turn(() => runMethod(job, spec, { workDir: folders.get(spec.name) as string, privateDir: path.join(privateRoot, spec.name), token: tokens.get(spec.name), secrets }, reporter, cluster, cleanup, cancel));
    }),
  );
  // A cluster that did not start fails the run, once the methods that did not need it have ended (nothing left running).
  await clusterReady;
  const results = settled.filter((r): r is MethodResult => r !== undefined);
  return { results, leftovers: [], cluster: clusterInfo };
}
