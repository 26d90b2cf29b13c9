/**
 * `helm`: the candidate chart (the package from the chart step, or the chart directory) installed
 * with the method's values files, as its guide installs it, in a namespace of its own:
 *   - the image values the chart documents (an object with `repository`/`tag`, or an image string,
 *     wherever in the values they are) pointed at the candidate (pullPolicy IfNotPresent) and at the
 *     image map's substitutes, with `--set-string`; then the method's own `set`;
 *   - with an external Qdrant, one placed beside the release and the chart's Qdrant URL value
 *     (e.g. qdrant.external.url) pointed at it;
 *   - the Secrets the values name but the chart does not create (existingSecret...), with placeholders;
 *   - `helm install --wait` within the budget, watched at the same time so CrashLoopBackOff,
 *     ImagePullBackOff or a Pod Security rejection end it at once; then `helm test`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { UserError } from '../../errors.js';
import { Helm } from '../../tools/helm.js';
import { mappedImage } from '../candidate.js';
import { splitImageName } from '../../oci/reference.js';
import { diagnosed, writeNamespaceDiagnostics } from '../diagnostics.js';
import type { Candidate, Deployed, MethodEnv, SmokeMethod } from '../types.js';
import { checkpoint, clusterOf, createNamespace, deployQdrantBeside, ensureImagesOf, missingSecrets, parseManifests, registerClusterScoped, secondsLeft, serviceEndpoints, waitNamespaceReady } from './kubernetes.js';

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
 * `--set-string` entries pointing every image the values name at the candidate (its repository) or
 * at the image map's substitute: objects with `repository` (+ `registry`, `tag`, `digest`,
 * `pullPolicy`) and image strings (`repo:tag`). `found` tells whether the candidate's image was among them.
 */
export function imageValueOverrides(values: Values, candidate: Candidate): { setStrings: string[]; found: boolean } {
  const sets: string[] = [];
  let found = false;
  const released = candidate.image.repository;
  const walk = (node: unknown, at: string): void => {
    if (Array.isArray(node)) return node.forEach((n, i) => walk(n, join(at, i)));
    if (!isObject(node)) return;
    if (typeof node.repository === 'string') {
      const registry = typeof node.registry === 'string' && node.registry ? `${node.registry}/` : '';
      const full = `${registry}${node.repository}`;
      const tagged = typeof node.tag === 'string' && node.tag ? `${full}:${node.tag}` : full;
      let target: { repository: string; tag?: string; digest?: string } | undefined;
      if (full === released) {
        found = true;
        target = { repository: candidate.image.localRepository, tag: candidate.image.localTag };
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
        if (splitImageName(v).repository === released) {
          found = true;
          sets.push(`${join(at, k)}=${candidate.image.ref}`);
        } else {
          const mapped = mappedImage(v, candidate.imageMap);
          if (mapped !== v) sets.push(`${join(at, k)}=${mapped}`);
        }
      } else if (typeof v === 'object') walk(v, join(at, k));
    }
  };
  walk(values, '');
  return { setStrings: sets, found };
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

function chartOf(env: Pick<MethodEnv, 'root' | 'spec' | 'candidate'>): string {
  if (env.candidate.chart) return env.candidate.chart.path;
  const [dir] = env.spec.files;
  if (!dir) throw new UserError(`smoke method ${env.spec.name}: files must name the chart directory (or give input chart)`);
  return path.join(env.root, dir);
}

function releaseOf(env: Pick<MethodEnv, 'spec'>): string {
  return env.spec.service ?? 'dot-ai';
}

export const helmMethod: SmokeMethod = {
  preflight(env) {
    const chart = chartOf(env);
    if (!existsSync(chart)) throw new UserError(`smoke method ${env.spec.name}: chart ${path.relative(env.root, chart) || chart} not found`);
    if (!env.candidate.chart && !existsSync(path.join(chart, 'Chart.yaml'))) throw new UserError(`smoke method ${env.spec.name}: ${env.spec.files[0]} holds no Chart.yaml`);
    for (const f of env.spec.values) if (!existsSync(path.join(env.root, f))) throw new UserError(`smoke method ${env.spec.name}: values file ${f} not found`);
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
    for (const f of valuesFiles) values = mergeValues(values, (parse(readFileSync(f, 'utf8')) ?? {}) as Values);
    const images = imageValueOverrides(values, env.candidate);
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

    const rendered = await helm.template({ chartDir: chart, releaseName: release, namespace, valuesFiles, sets, setStrings, signal: env.signal });
    writeFileSync(path.join(env.workDir, 'rendered.yaml'), rendered);
    writeFileSync(path.join(env.workDir, 'helm-args.txt'), `${[...valuesFiles.map((f) => `-f ${f}`), ...setStrings.map((s) => `--set-string ${s}`), ...sets.map((s) => `--set ${s}`)].join('\n')}\n`);
    const objects = parseManifests(rendered);
    const secrets = missingSecrets(objects, namespace, env.spec.env);
    checkpoint(env);
    if (secrets.length) await kubectl.apply(secrets.map((s) => JSON.stringify(s)).join('\n---\n'));
    registerClusterScoped(env, objects);
    await ensureImagesOf(env, objects);
    env.cleanup.add({ kind: 'helm-release', kubeconfig: cluster.kubeconfig, context: cluster.context, name: release, namespace });

    // helm waits; the watcher re-checks beside it and stops helm on what will not heal.
    env.reporter.info(`helm install ${release} ${path.relative(env.root, chart) || chart} -n ${namespace}${env.spec.values.length ? ` -f ${env.spec.values.join(' -f ')}` : ''} --wait`);
    const stopWatching = new AbortController();
    const stopHelm = new AbortController();
    let fatal: Error | undefined;
    const watcher = waitNamespaceReady({ ...env, signal: AbortSignal.any([env.signal, stopWatching.signal]) }, kubectl, namespace, `release ${release} in ${namespace}`).catch((error: Error) => {
      if (stopWatching.signal.aborted || env.signal.aborted) return;
      fatal = error;
      stopHelm.abort();
    });
    const waitSeconds = secondsLeft(deadline, 30);
    try {
      await helm.install(target, { release, chart, namespace, valuesFiles, sets, setStrings, waitSeconds, signal: AbortSignal.any([env.signal, stopHelm.signal]) });
    } catch (error) {
      if (fatal) throw fatal;
      if (/context deadline exceeded|timed out waiting for the condition/.test((error as Error).message)) {
        throw new UserError(`helm install ${release} --wait: not ready within its timeout of ${waitSeconds} s (the method's budget less time for helm test and the probes)`);
      }
      throw error;
    } finally {
      stopWatching.abort();
      await watcher;
    }
    if (fatal) throw fatal;
    await waitNamespaceReady(env, kubectl, namespace, `release ${release} in ${namespace}`);

    const notes: string[] = [];
    const test = await helm.test(target, release, namespace, Math.min(180, secondsLeft(deadline, 20)), env.signal);
    writeFileSync(path.join(env.workDir, 'helm-test.txt'), test.output);
    if (!test.ok) {
      const hooks = (await kubectl.get('pods', { namespace })).filter((p) => p.metadata.annotations?.['helm.sh/hook']?.includes('test'));
      const lines = await Promise.all(hooks.map(async (p) => `${p.metadata.name}: ${(await kubectl.logs(p.metadata.name, { namespace, tail: 5 })).trim().split('\n').at(-1) ?? ''}`));
      throw new UserError(`helm test ${release} failed: ${test.output.trim().split('\n').filter(Boolean).at(-1) ?? ''}${lines.length ? ` (${lines.join('; ')})` : ''}`);
    }
    const suites = [...test.output.matchAll(/TEST SUITE:\s+(\S+)[\s\S]*?Phase:\s+(\w+)/g)].map((m) => `${m[1]} ${m[2]}`);
    notes.push(`helm test: ${suites.join(', ') || 'passed (no test hooks)'}`);
    const servers = (await kubectl.get('pods', { namespace })).filter((p) => p.metadata.labels?.['app.kubernetes.io/instance'] === release && !p.metadata.annotations?.['helm.sh/hook'] && p.metadata.labels?.['app.kubernetes.io/name'] !== 'qdrant' && !/qdrant/.test(p.metadata.name));
    if (servers.length > 1) notes.push(`${servers.length} replicas behind Service ${release}: the in-cluster probe's follow-up calls in one session went through its session affinity`);
    if (qdrantUrl) notes.push(`external Qdrant beside it (${qdrantUrl})`);
    if (secrets.length) notes.push(`Secret(s) ${secrets.map((s) => s.metadata.name).join(', ')} created with placeholder values`);
    return {
      endpoints: await serviceEndpoints(env, kubectl, namespace, release),
      how: `helm install of ${env.candidate.chart?.kind === 'package' ? 'the chart package' : 'the chart'} ${path.relative(env.root, chart) || chart}${env.spec.values.length ? ` with ${env.spec.values.join(', ')}` : ''} (--set-string of the image values -> ${env.candidate.image.ref})`,
      notes,
    };
  },

  async diagnose(env: MethodEnv, failure?: string): Promise<string | undefined> {
    const cluster = clusterOf(env);
    const release = releaseOf(env);
    writeFileSync(path.join(env.workDir, 'helm-status.txt'), await new Helm().status({ kubeconfig: cluster.kubeconfig, context: cluster.context }, release, env.runName));
    const cause = await writeNamespaceDiagnostics(cluster.kubectl, env.runName, env.workDir);
    return diagnosed(failure) ? undefined : cause;
  },
};
