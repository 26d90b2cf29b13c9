/**
 * The probe from inside the cluster: a short-lived pod in the method's namespace runs
 * dist/probe-pod.mjs (mounted from a ConfigMap) against a Service URL, so the probe goes through
 * the Service (and its session affinity), which a port-forward skips. The pod meets Pod Security
 * "restricted", has a deadline, prints one JSON line (its ProbeResult) that is read from its logs,
 * and is removed with its ConfigMap whatever happens.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../../errors.js';
import type { KubeObject, Kubectl } from '../../tools/kubectl.js';
import type { ProbeExpectations, ProbeResult, ProbeTarget } from '../probes/index.js';

const BUNDLE_NAME = 'probe-pod.mjs';
const MOUNT = '/probe';
/** What the probe runs as: any non-root uid works for a Node image (node is world-executable). */
const PROBE_UID = 10001;

/**
 * dist/probe-pod.mjs: beside the running bundle (dist/, or dist/chunks/ one up), or under dist/ of
 * the checkout when running from src/ (tests). DOT_AI_RELEASE_PROBE_BUNDLE overrides.
 */
export function probeBundlePath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.DOT_AI_RELEASE_PROBE_BUNDLE) return env.DOT_AI_RELEASE_PROBE_BUNDLE;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    for (const candidate of [path.join(dir, BUNDLE_NAME), path.join(dir, 'dist', BUNDLE_NAME)]) {
      if (existsSync(candidate)) return candidate;
    }
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  throw new UserError(`the in-cluster probe needs ${BUNDLE_NAME} (dist/${BUNDLE_NAME}, made by \`npm run build\`); it is not beside this program`);
}

/** The environment a probe pod reads credentials from (pod-entry.ts), as Secret keys. */
export function credentialData(target: ProbeTarget): Record<string, string> {
  const data: Record<string, string> = {};
  if (target.bearerToken) data.PROBE_BEARER_TOKEN = target.bearerToken;
  const headers = Object.entries(target.headers ?? {});
  if (headers.length) data.PROBE_HEADERS = headers.map(([name, value]) => `${name}: ${value}`).join('\n');
  return data;
}

/**
 * The probe pod's spec: restricted Pod Security, no token, read-only root, a deadline. Credentials
 * come from `secret` (the keys of credentialData), never from the config in its environment.
 */
export function probePodManifest(options: { name: string; namespace: string; configMap: string; image: string; config: unknown; deadlineSeconds: number; secret?: { name: string; keys: string[] } }): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: options.name, namespace: options.namespace, labels: { 'app.kubernetes.io/name': 'dot-ai-release-probe', 'dot-ai-release.smoke/probe': 'true' } },
    spec: {
      restartPolicy: 'Never',
      activeDeadlineSeconds: options.deadlineSeconds,
      automountServiceAccountToken: false,
      enableServiceLinks: false,
      terminationGracePeriodSeconds: 1,
      securityContext: { runAsNonRoot: true, runAsUser: PROBE_UID, runAsGroup: PROBE_UID, seccompProfile: { type: 'RuntimeDefault' } },
      containers: [
        {
          name: 'probe',
          image: options.image,
          imagePullPolicy: 'IfNotPresent',
          command: ['node', `${MOUNT}/${BUNDLE_NAME}`],
          env: [
            { name: 'PROBE_CONFIG', value: JSON.stringify(options.config) },
            ...(options.secret?.keys ?? []).map((key) => ({ name: key, valueFrom: { secretKeyRef: { name: options.secret?.name as string, key } } })),
            { name: 'HOME', value: '/tmp' },
            { name: 'NODE_OPTIONS', value: '--max-old-space-size=96' },
          ],
          securityContext: {
            runAsNonRoot: true,
            runAsUser: PROBE_UID,
            allowPrivilegeEscalation: false,
            readOnlyRootFilesystem: true,
            capabilities: { drop: ['ALL'] },
            seccompProfile: { type: 'RuntimeDefault' },
          },
          resources: { requests: { cpu: '10m', memory: '64Mi' }, limits: { cpu: '500m', memory: '192Mi' } },
          volumeMounts: [
            { name: 'bundle', mountPath: MOUNT, readOnly: true },
            { name: 'tmp', mountPath: '/tmp' },
          ],
        },
      ],
      volumes: [
        { name: 'bundle', configMap: { name: options.configMap } },
        { name: 'tmp', emptyDir: { sizeLimit: '16Mi' } },
      ],
    },
  };
}

interface ContainerStatus {
  state?: { waiting?: { reason?: string; message?: string }; terminated?: { exitCode?: number; reason?: string } };
}

/** Why a probe pod cannot run (an image it cannot pull, a config it cannot start with), or undefined. */
function stuck(pod: KubeObject | undefined): string | undefined {
  const statuses = ((pod?.status?.containerStatuses as ContainerStatus[] | undefined) ?? []);
  for (const s of statuses) {
    const waiting = s.state?.waiting;
    if (waiting?.reason && /ImagePullBackOff|ErrImageNeverPull|InvalidImageName|CreateContainerConfigError|CreateContainerError/.test(waiting.reason)) {
      return `${waiting.reason}${waiting.message ? `: ${waiting.message}` : ''}`;
    }
  }
  return undefined;
}

/** The last line of the pod's output that is a JSON object (the probe prints exactly one). */
export function resultFromLogs(logs: string, url: string): ProbeResult {
  const lines = logs.split('\n').map((l) => l.trim()).filter(Boolean);
  for (const line of [...lines].reverse()) {
    if (!line.startsWith('{')) continue;
    try {
      const parsed = JSON.parse(line) as Partial<ProbeResult>;
      if (typeof parsed.ok === 'boolean') return { url, stages: [], ms: 0, transcript: [], ...parsed } as ProbeResult;
    } catch {
      // not the result line
    }
  }
  const last = lines.at(-1);
  return { ok: false, url, stages: [], ms: 0, transcript: [], cause: `the probe pod printed no result${last ? ` (last line: ${last.slice(0, 300)})` : ' (no output)'}` };
}

async function sleep(ms: number, signal: AbortSignal): Promise<void> {
  await new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

export interface ProbePodOptions {
  namespace: string;
  image: string;
  target: ProbeTarget;
  expectations: ProbeExpectations;
  timeoutMs: number;
  signal: AbortSignal;
  bundle?: string;
}

/** Runs the probe in a pod of `namespace` and resolves to its result; the pod and its ConfigMap are always removed. */
export async function probeInPod(kubectl: Kubectl, options: ProbePodOptions): Promise<ProbeResult> {
  const { namespace } = options;
  const name = `smoke-probe-${randomBytes(3).toString('hex')}`;
  const bundle = readFileSync(options.bundle ?? probeBundlePath(), 'utf8');
  const deadlineSeconds = Math.max(30, Math.ceil(options.timeoutMs / 1000));
  // Credentials go through a Secret of the pod's own, never into its spec (or the describe of a failure).
  const { bearerToken: _token, headers: _headers, ...target } = options.target;
  const credentials = credentialData(options.target);
  const config = {
    target,
    expectations: options.expectations,
    // The pod's own budget, a little inside its deadline, so it still prints its result.
    options: { healthTimeoutMs: Math.max(10_000, options.timeoutMs - 60_000) },
  };
  const started = performance.now();
  try {
    await kubectl.create(
      JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace, labels: { 'dot-ai-release.smoke/probe': 'true' } }, data: { [BUNDLE_NAME]: bundle } }),
    );
    if (Object.keys(credentials).length) {
      await kubectl.create(JSON.stringify({ apiVersion: 'v1', kind: 'Secret', metadata: { name, namespace, labels: { 'dot-ai-release.smoke/probe': 'true' } }, type: 'Opaque', stringData: credentials }));
    }
    const secret = Object.keys(credentials).length ? { name, keys: Object.keys(credentials) } : undefined;
    await kubectl.create(JSON.stringify(probePodManifest({ name, namespace, configMap: name, image: options.image, config, deadlineSeconds, secret })));
    const until = Date.now() + (deadlineSeconds + 30) * 1000;
    let pod: KubeObject | undefined;
    for (;;) {
      if (options.signal.aborted) throw options.signal.reason instanceof Error ? options.signal.reason : new UserError('probe pod cancelled');
      [pod] = await kubectl.get(`pod/${name}`, { namespace });
      const phase = String(pod?.status?.phase ?? '');
      if (phase === 'Succeeded' || phase === 'Failed') break;
      const why = stuck(pod);
      if (why) return { ok: false, url: options.target.url, stages: [], transcript: [], ms: performance.now() - started, cause: `probe pod ${name} cannot run: ${why}` };
      if (Date.now() > until) return { ok: false, url: options.target.url, stages: [], transcript: [], ms: performance.now() - started, cause: `probe pod ${name} did not finish within ${deadlineSeconds + 30} s (phase ${phase || 'unknown'})` };
      await sleep(500, options.signal);
    }
    const logs = await kubectl.logs(name, { namespace, container: 'probe' });
    const result = resultFromLogs(logs, options.target.url);
    if (!result.ok && !result.cause) {
      const reason = String(pod?.status?.reason ?? '');
      result.cause = reason === 'DeadlineExceeded' ? `probe pod ${name} passed its deadline of ${deadlineSeconds} s` : 'probe failed';
    }
    return result;
  } finally {
    await kubectl.run(['delete', 'pod,configmap,secret', name, '--namespace', namespace, '--ignore-not-found', '--wait=false']);
  }
}
