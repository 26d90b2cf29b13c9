/**
 * `helm`: the candidate chart (the package from the chart step, or the chart directory) installed
 * with the method's values files, as its guide installs it, in a namespace of its own:
 *   - the image values the chart documents (an object with `repository`/`tag`, or an image string,
 *     wherever in the values they are) pointed at the release's images by repository (the server,
 *     its plugin; pullPolicy IfNotPresent) and at the image map's substitutes (Qdrant), with
 *     `--set-string`; then the method's own `set`;
 *   - the run's token in the chart value that holds it (auth.set, e.g. secrets.auth.token), and
 *     DOT_AI_TELEMETRY=false in `extraEnv` when the chart has one, in a private values file (0600,
 *     removed at the end): never a process argument;
 *   - with an external Qdrant, one placed beside the release and the chart's Qdrant URL value
 *     (e.g. qdrant.external.url) pointed at it;
 *   - the Secrets the values name but the chart does not create (existingSecret...), with placeholders;
 *   - `helm install --wait` within the budget, watched at the same time so CrashLoopBackOff,
 *     ImagePullBackOff or a Pod Security rejection end it at once; then `helm test` (helmTest).
 * The namespace enforces the method's Pod Security level (restricted unless it says otherwise); a
 * lower level is a warning naming what restricted would refuse (the API server's warnings).
 */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { UserError } from '../../errors.js';
import { readRepoText, resolveRepoFile } from '../../fs/read.js';
import { assertInsideRepo, resolveInRepo } from '../../fs/repo-path.js';
import { Helm } from '../../tools/helm.js';
import { ToolError } from '../../tools/exec.js';
import { candidateFor, mappedImage } from '../candidate.js';
import { splitImageName } from '../../oci/reference.js';
import { diagnosed, writeNamespaceDiagnostics } from '../diagnostics.js';
import type { Candidate, Deployed, MethodEnv, SmokeMethod } from '../types.js';
import { SMOKE_SERVER_ENV } from './defaults.js';
import { clusterOf, createNamespace, deployQdrantBeside, readyToApply, giveToken, lowerLevelWarning, missingSecrets, namespaceWatch, parseManifests, registerClusterScoped, secondsLeft, serviceEndpoints, waitNamespaceReady } from './kubernetes.js';
import { checkpoint } from '../wait.js';

type Values = Record<string, unknown>;

function isObject(v: unknown): v is Values {
  return Boolean(v) && typeof v === 'object' && !Array.isArray(v);
}

/** Helm's values merge: maps merge key by key, anything else is replaced. */
export function mergeValues(base: Values, over: Values): Values {
  const out: Values = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = isObject(v) && isObject(out[k]) ? mergeValues(out[k] as Values, v) : v;
  return out;
}

/** A `--set` path segment: dots, commas and equals signs escaped. */
function key(k: string): string {
  return k.replace(/([.,=\\])/g, '\\$1');
}

function join(at: string, k: string | number): string {
  return typeof k === 'number' ? `${at}[${k}]` : at ? `${at}.${key(k)}` : key(k);
}

/**
 * `--set-string` entries pointing every image the values name at the release's image of that
 * repository (the server, its plugin) or at the image map's substitute: objects with `repository`
 * (+ `registry`, `tag`, `digest`, `pullPolicy`) and image strings (`repo:tag`). `found` tells
 * whether the server's image was among them; `released` lists the repositories pointed at a candidate.
 * `byValuesPath` (the release's own chart): a released image no block names by repository goes
 * into the block its configured valuesPath points at.
 */
export function imageValueOverrides(values: Values, candidate: Pick<Candidate, 'image' | 'images' | 'imageMap'>, byValuesPath = false): { setStrings: string[]; found: boolean; released: string[] } {
  const sets: string[] = [];
  const released = new Set<string>();
  const walk = (node: unknown, at: string): void => {
    if (Array.isArray(node)) return node.forEach((n, i) => walk(n, join(at, i)));
    if (!isObject(node)) return;
    if (typeof node.repository === 'string') {
      const registry = typeof node.registry === 'string' && node.registry ? `${node.registry}/` : '';
      const full = `${registry}${node.repository}`;
      const tagged = typeof node.tag === 'string' && node.tag ? `${full}:${node.tag}` : full;
      let target: { repository: string; tag?: string; digest?: string } | undefined;
      const own = candidateFor(candidate, full);
      if (own) {
        released.add(own.repository);
        target = { repository: own.localRepository, tag: own.localTag };
        sets.push(`${join(at, 'pullPolicy')}=IfNotPresent`);
      } else {
        const mapped = mappedImage(tagged, candidate.imageMap);
        if (mapped !== tagged) target = splitImageName(mapped);
      }
      if (target) {
        if (registry) sets.push(`${join(at, 'registry')}=`);
        sets.push(`${join(at, 'repository')}=${target.repository}`);
        if (target.tag || 'tag' in node) sets.push(`${join(at, 'tag')}=${target.tag ?? ''}`);
        if ('digest' in node || target.digest) sets.push(`${join(at, 'digest')}=${target.digest ?? ''}`);
      }
    }
    for (const [k, v] of Object.entries(node)) {
      if (typeof v === 'string' && /^[a-z0-9][\w./-]*(:[\w.-]+)?(@sha256:[0-9a-f]{64})?$/.test(v) && v.includes('/') && (k.toLowerCase().includes('image'))) {
        const own = candidateFor(candidate, v);
        if (own) {
          released.add(own.repository);
          sets.push(`${join(at, k)}=${own.ref}`);
        } else {
          const mapped = mappedImage(v, candidate.imageMap);
          if (mapped !== v) sets.push(`${join(at, k)}=${mapped}`);
        }
      } else if (typeof v === 'object') walk(v, join(at, k));
    }
  };
  walk(values, '');
  if (byValuesPath) {
    // A released image the values name by another repository (a mirror, a registry of one's own):
    // the block its configured valuesPath points into gets it, as the version step wrote its tag there.
    for (const image of candidate.images) {
      if (released.has(image.repository) || !image.valuesPath) continue;
      const keys = image.valuesPath.split('.');
      const tagKey = keys.pop();
      const block = keys.reduce<unknown>((node, key) => (isObject(node) ? node[key] : undefined), values);
      if (!tagKey || !keys.length || !isObject(block)) continue;
      const at = keys.join('.');
      released.add(image.repository);
      sets.push(`${at}.repository=${image.localRepository}`, `${at}.${tagKey}=${image.localTag}`, `${at}.pullPolicy=IfNotPresent`);
    }
  }
  return { setStrings: sets, found: released.has(candidate.image.repository), released: [...released] };
}

/** The value holding the external Qdrant's URL (e.g. qdrant.external.url): a `url` under a key naming Qdrant. */
export function qdrantUrlKey(values: Values): string | undefined {
  let found: string | undefined;
  const walk = (node: unknown, at: string, underQdrant: boolean): void => {
    if (!isObject(node) || found) return;
    for (const [k, v] of Object.entries(node)) {
      const here = join(at, k);
      const q = underQdrant || /qdrant/i.test(k);
      if (q && /^(url|QDRANT_URL)$/.test(k) && (typeof v === 'string' || v === null)) found ??= here;
      else walk(v, here, q);
    }
  };
  walk(values, '', false);
  return found;
}

/** Paths compared as the same directory (trailing slashes, ./). */
function sameDir(a: string, b: string): boolean {
  return path.posix.normalize(a.replace(/\\/g, '/')).replace(/\/+$/, '') === path.posix.normalize(b.replace(/\\/g, '/')).replace(/\/+$/, '');
}

/**
 * The chart a method installs. Its own `files` when it names one: the candidate of that same chart
 * (its package) stands in for it, a candidate of another chart is refused naming both; without
 * `files`, the candidate (input chart, the release's package, else the configured chart).
 */
export function chartOf(env: Pick<MethodEnv, 'root' | 'spec' | 'candidate'>): string {
  const { spec, candidate, root } = env;
  const [own, ...more] = spec.files;
  if (more.length) throw new UserError(`smoke method ${spec.name}: files names one chart directory, not ${spec.files.length}`);
  const chart = candidate.chart;
  if (own !== undefined) {
    const dir = resolveInRepo(root, own, `smoke method ${spec.name}: files[0]`);
    assertInsideRepo(root, dir, `smoke method ${spec.name}: files[0]`);
    if (!chart || chart.byDefault) return dir;
    if ((chart.source !== undefined && sameDir(chart.source, own)) || (chart.kind === 'dir' && path.resolve(chart.path) === path.resolve(dir))) return chart.path;
    const candidateName = chart.source ?? chart.path;
    throw new UserError(`smoke method ${spec.name}: files names the chart ${own}, but the candidate chart is ${candidateName}${chart.kind === 'package' ? ' (a package)' : ''}: a method deploys what its files name; leave files out to deploy the candidate, or name the same chart`);
  }
  if (!chart) throw new UserError(`smoke method ${spec.name}: no chart to install (this repository has no chart; name the chart directory in files, or give input chart)`);
  return chart.path;
}

function releaseOf(env: Pick<MethodEnv, 'spec'>): string {
  return env.spec.service ?? 'dot-ai';
}

/** A chart value path (`secrets.auth.token`) as nested values. */
export function valueAt(dotted: string, value: unknown): Values {
  const keys = dotted.split(/(?<!\\)\./).map((k) => k.replace(/\\\./g, '.'));
  return keys.reduceRight<Values>((inner, key) => ({ [key]: inner }), value as Values) as Values;
}

/** Values the run decides and nobody may read: the token, the telemetry switch in extraEnv. */
function privateValues(env: MethodEnv, values: Values): { values: Values; notes: string[] } {
  let out: Values = {};
  const notes: string[] = [];
  if (env.token && env.spec.auth?.set) {
    out = mergeValues(out, valueAt(env.spec.auth.set, env.token));
    notes.push(`a generated token in ${env.spec.auth.set} (a private values file)`);
  }
  // A chart's documented place for extra environment: dot-ai's `extraEnv` list (kept, added to).
  if (Array.isArray(values.extraEnv)) {
    const current = values.extraEnv as Array<{ name?: string }>;
    const added = Object.entries(SMOKE_SERVER_ENV).filter(([name]) => !current.some((e) => e?.name === name)).map(([name, value]) => ({ name, value }));
    if (added.length) {
      out.extraEnv = [...current, ...added];
      notes.push(`extraEnv: ${added.map((e) => `${e.name}=${e.value}`).join(', ')}`);
    }
  }
  return { values: out, notes };
}

export const helmMethod: SmokeMethod = {
  preflight(env) {
    const chart = chartOf(env);
    const shown = path.relative(env.root, chart) || chart;
    if (!existsSync(chart)) throw new UserError(`smoke method ${env.spec.name}: chart ${shown} not found`);
    if (statSync(chart).isDirectory() && !existsSync(path.join(chart, 'Chart.yaml'))) throw new UserError(`smoke method ${env.spec.name}: ${shown} holds no Chart.yaml`);
    // Values files: the one reader (inside the repository, symlinks resolved, regular files).
    for (const f of env.spec.values) resolveRepoFile(env.root, path.relative(env.root, resolveInRepo(env.root, f, `smoke method ${env.spec.name}: values`)), `smoke method ${env.spec.name}: values file ${f}`);
    if (env.spec.auth && !env.spec.auth.set && !env.spec.auth.env) throw new UserError(`smoke method ${env.spec.name}: auth: name the chart value that holds the token (auth.set, e.g. secrets.auth.token) or the variable read from a Secret (auth.env)`);
  },

  async deploy(env: MethodEnv): Promise<Deployed> {
    const deadline = Date.now() + env.spec.timeoutMs;
    const cluster = clusterOf(env);
    const { kubectl } = cluster;
    const helm = new Helm();
    const target = { kubeconfig: cluster.kubeconfig, context: cluster.context };
    const chart = chartOf(env);
    const release = releaseOf(env);
    const namespace = await createNamespace(env, kubectl, env.runName);
    const valuesFiles = env.spec.values.map((f) => path.join(env.root, f));

    let values = (parse(await helm.showValues(chart)) ?? {}) as Values;
    for (const f of env.spec.values) values = mergeValues(values, (parse(readRepoText(env.root, path.normalize(f))) ?? {}) as Values);
    const images = imageValueOverrides(values, env.candidate, true);
    const setStrings = [...images.setStrings];
    if (!images.found) {
      env.reporter.warning(`the chart's values name no image ${env.candidate.image.repository}: setting image.repository, image.tag and image.pullPolicy`);
      setStrings.push(`image.repository=${env.candidate.image.localRepository}`, `image.tag=${env.candidate.image.localTag}`, 'image.pullPolicy=IfNotPresent');
    }
    const sets: string[] = [];
    let qdrantUrl: string | undefined;
    if (env.spec.externalQdrant) {
      const urlKey = qdrantUrlKey(values);
      if (!urlKey) throw new UserError(`smoke method ${env.spec.name}: expects an external Qdrant, but no Qdrant URL value is in the chart's values (name it in the method's set, e.g. qdrant.external.url)`);
      qdrantUrl = await deployQdrantBeside(env, kubectl, namespace);
      if (!Object.keys(env.spec.set).includes(urlKey)) setStrings.push(`${urlKey}=${qdrantUrl}`);
    }
    sets.push(...Object.entries(env.spec.set).map(([k, v]) => `${k}=${v}`));

    // What nobody may read goes in a private values file, last (after the method's own files).
    const { privateDir } = env;
    const own = privateValues(env, values);
    const allValues = [...valuesFiles];
    if (Object.keys(own.values).length) {
      const file = path.join(privateDir, 'smoke-values.yaml');
      writeFileSync(file, stringify(own.values), { mode: 0o600 });
      allValues.push(file);
    }

    const rendered = await helm.template({ chartDir: chart, releaseName: release, namespace, valuesFiles: allValues, sets, setStrings, signal: env.signal });
    env.write('rendered.yaml', rendered);
    env.write('helm-args.txt', `${[...valuesFiles.map((f) => `-f ${f}`), ...(allValues.length > valuesFiles.length ? ['-f (private values: the token, extraEnv)'] : []), ...setStrings.map((s) => `--set-string ${s}`), ...sets.map((s) => `--set ${s}`)].join('\n')}\n`);
    const objects = parseManifests(rendered);
    // The token read from a Secret the chart does not make (auth.env): that Secret is made with it.
    let tokenValues: Array<{ secret: string; key: string; value: string }> = [];
    if (env.token && env.spec.auth?.env && !env.spec.auth.set) {
      const given = giveToken(objects, env.spec.auth.env, env.token, `smoke method ${env.spec.name}`);
      if (given.inPlace.length) throw new UserError(`smoke method ${env.spec.name}: the chart makes Secret ${given.inPlace.join(', ')} holding ${env.spec.auth.env} itself: give the token through its value (auth.set)`);
      tokenValues = given.values.map((v) => ({ ...v, value: env.token as string }));
    }
    const secrets = missingSecrets(objects, namespace, env.spec.env, tokenValues);
    checkpoint(env);
    if (secrets.length) await kubectl.apply(secrets.map((s) => JSON.stringify(s)).join('\n---\n'));
    registerClusterScoped(env, objects);
    await readyToApply(env, objects, { withTests: env.spec.helmTest });
    env.cleanup.add({ kind: 'helm-release', kubeconfig: cluster.kubeconfig, context: cluster.context, name: release, namespace });

    // helm waits; the watcher re-checks beside it and stops helm on what will not heal.
    env.reporter.info(`helm install ${release} ${path.relative(env.root, chart) || chart} -n ${namespace}${env.spec.values.length ? ` -f ${env.spec.values.join(' -f ')}` : ''} --wait${env.spec.podSecurity !== 'restricted' ? ` (Pod Security ${env.spec.podSecurity})` : ''}`);
    const stopWatching = new AbortController();
    const stopHelm = new AbortController();
    let fatal: Error | undefined;
    const watcher = waitNamespaceReady({ ...env, signal: AbortSignal.any([env.signal, stopWatching.signal]) }, kubectl, namespace, `release ${release} in ${namespace}`).catch((error: Error) => {
      if (stopWatching.signal.aborted || env.signal.aborted) return;
      fatal = error;
      stopHelm.abort();
    });
    const waitSeconds = secondsLeft(deadline, env.spec.helmTest ? 30 : 10);
    let installed: { warnings: string[] };
    try {
      installed = await helm.install(target, { release, chart, namespace, valuesFiles: allValues, sets, setStrings, waitSeconds, signal: AbortSignal.any([env.signal, stopHelm.signal]) });
    } catch (error) {
      if (fatal) throw fatal;
      if (/context deadline exceeded|timed out waiting for the condition/.test((error as Error).message)) {
        throw new UserError(`helm install ${release} --wait: not ready within its timeout of ${waitSeconds} s (the method's budget less time for helm test and the probes)`);
      }
      if (error instanceof ToolError) env.write('helm-install.txt', `${error.stdout}${error.stderr}`);
      throw error;
    } finally {
      stopWatching.abort();
      await watcher;
    }
    if (fatal) throw fatal;
    if (installed.warnings.length) env.write('helm-install-warnings.txt', `${installed.warnings.join('\n')}\n`);
    const lower = lowerLevelWarning(env, installed.warnings);
    if (lower) env.warn(lower);
    await waitNamespaceReady(env, kubectl, namespace, `release ${release} in ${namespace}`);

    const notes: string[] = [...own.notes];
    if (env.spec.helmTest) {
      // What is left of the method's budget: a test pod fails fast when it fails; one that waits is waiting for
      // room on a busy cluster (Pending: Insufficient cpu while the other methods run), which frees up as they end.
      const test = await helm.test(target, release, namespace, secondsLeft(deadline, 20), env.signal);
      env.write('helm-test.txt', test.output);
      if (!test.ok) {
        const hooks = (await kubectl.get('pods', { namespace })).filter((p) => p.metadata.annotations?.['helm.sh/hook']?.includes('test'));
        const lines = await Promise.all(hooks.map(async (p) => `${p.metadata.name}: ${(await kubectl.logs(p.metadata.name, { namespace, tail: 5 })).trim().split('\n').at(-1) ?? ''}`));
        throw new UserError(`helm test ${release} failed: ${test.output.trim().split('\n').filter(Boolean).at(-1) ?? ''}${lines.length ? ` (${lines.join('; ')})` : ''}`);
      }
      const suites = [...test.output.matchAll(/TEST SUITE:\s+(\S+)[\s\S]*?Phase:\s+(\w+)/g)].map((m) => `${m[1]} ${m[2]}`);
      notes.push(`helm test: ${suites.join(', ') || 'passed (no test hooks)'}`);
    } else {
      notes.push('helm test: not run (helmTest: false)');
    }
    const servers = (await kubectl.get('pods', { namespace })).filter((p) => p.metadata.labels?.['app.kubernetes.io/instance'] === release && !p.metadata.annotations?.['helm.sh/hook'] && p.metadata.labels?.['app.kubernetes.io/name'] !== 'qdrant' && !/qdrant/.test(p.metadata.name));
    if (servers.length > 1) {
      // Per workload (the server's replicas, each plugin's), so a replica count shows as such.
      const counts = new Map<string, number>();
      for (const p of servers) {
        // Its workload: the Deployment behind its ReplicaSet (the name without the template hash), else its owner.
        const owner = p.metadata.ownerReferences?.[0];
        const name = owner ? (owner.kind === 'ReplicaSet' ? owner.name.replace(/-[a-z0-9]{6,10}$/, '') : owner.name) : p.metadata.name;
        counts.set(name, (counts.get(name) ?? 0) + 1);
      }
      notes.push(`pods of release ${release} behind their Services: ${[...counts].sort(([a], [b]) => a.localeCompare(b)).map(([name, n]) => `${n} of ${name}`).join(', ')}`);
    }
    if (qdrantUrl) notes.push(`external Qdrant beside it (${qdrantUrl})`);
    if (secrets.length) notes.push(`Secret(s) ${secrets.map((s) => s.metadata.name).join(', ')} created${tokenValues.length ? ' (with the token where it is read)' : ''}, placeholder values elsewhere`);
    const others = images.released.filter((r) => r !== env.candidate.image.repository);
    return {
      endpoints: await serviceEndpoints(env, kubectl, namespace, release),
      watch: namespaceWatch(kubectl, namespace),
      how: `helm install of ${env.candidate.chart?.kind === 'package' && chart === env.candidate.chart.path ? 'the chart package' : 'the chart'} ${path.relative(env.root, chart) || chart}${env.spec.values.length ? ` with ${env.spec.values.join(', ')}` : ''} (--set-string of the image values -> ${env.candidate.image.ref}${others.length ? `, ${others.map((r) => candidateFor(env.candidate, r)?.ref).join(', ')}` : ''})`,
      notes,
    };
  },

  async diagnose(env: MethodEnv, failure?: string): Promise<string | undefined> {
    const cluster = clusterOf(env);
    const release = releaseOf(env);
    env.write('helm-status.txt', await new Helm().status({ kubeconfig: cluster.kubeconfig, context: cluster.context }, release, env.runName));
    const cause = await writeNamespaceDiagnostics(cluster.kubectl, env.runName, env.write);
    return diagnosed(failure) ? undefined : cause;
  },
};
