/**
 * `kustomize`: each kustomization directory of the method (e.g. examples/deployments/kubernetes/
 * standalone and with-qdrant) applied as a user applies it, each in a namespace of its own, through
 * a throw-away overlay (kubernetes-overlay.ts) that points the images at the candidate. The Secret
 * the guide has users create by hand is made with placeholder values. A kustomization that expects
 * an external Qdrant (none among its images) gets one beside it, QDRANT_URL pointed at it.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../../errors.js';
import { confinedPath } from '../../fs/confined.js';
import { assertInsideRepo, resolveInRepo } from '../../fs/repo-path.js';
import { splitImageName } from '../../oci/reference.js';
import { diagnosed, writeNamespaceDiagnostics } from '../diagnostics.js';
import type { Deployed, Endpoint, MethodEnv, SmokeMethod } from '../types.js';
import { SMOKE_SERVER_ENV } from './defaults.js';
import { allOrFirstFailure, clusterOf, createNamespace, deployQdrantBeside, dnsLabel, readyToApply, giveToken, imagesOf, lowerLevelWarning, missingSecrets, namespaceWatch, parseManifests, registerClusterScoped, serviceEndpoints, waitNamespaceReady, withServerEnv } from './kubernetes.js';
import { checkpoint } from '../wait.js';
import { buildOverlay, isKustomization } from './kubernetes-overlay.js';

/** The namespace of one kustomization of a method run (also what diagnose looks at). */
export function kustomizationNamespace(runName: string, dir: string): string {
  return dnsLabel(`${runName}-${path.basename(dir)}`);
}

async function deployOne(env: MethodEnv, dir: string): Promise<{ endpoints: Endpoint[]; note?: string }> {
  const { kubectl } = clusterOf(env);
  const source = path.join(env.root, dir);
  const label = path.basename(dir);
  const namespace = await createNamespace(env, kubectl, kustomizationNamespace(env.runName, dir));
  const original = parseManifests(await kubectl.kustomize(source));
  const bringsQdrant = imagesOf(original).some((i) => /(^|\/)qdrant$/.test(splitImageName(i).repository));
  const qdrantUrl = env.spec.externalQdrant && !bringsQdrant ? await deployQdrantBeside(env, kubectl, namespace) : undefined;
  const overlayDir = confinedPath(env.workDir, `overlay-${label}`, `smoke method ${env.spec.name}: ${dir}`);
  const overlay = await buildOverlay(kubectl, {
    root: env.root, source, original, dir: overlayDir, namespace, candidate: env.candidate, qdrantUrl,
    keepRendered: (rendered) => env.write(`overlay-${label}/rendered.yaml`, rendered),
  });
  // The run's token where the server reads it (a Secret it names), its telemetry off.
  let objects = withServerEnv(overlay.objects, env.candidate.image.ref, SMOKE_SERVER_ENV);
  let tokenValues: Array<{ secret: string; key: string; value: string }> = [];
  if (env.token && env.spec.auth?.env) {
    const given = giveToken(objects, env.spec.auth.env, env.token, `${dir}`);
    objects = given.objects;
    tokenValues = given.values.map((v) => ({ ...v, value: env.token as string }));
  }
  const secrets = missingSecrets(objects, namespace, { ...overlay.secretKeys, ...env.spec.env }, tokenValues);
  checkpoint(env);
  if (secrets.length) await kubectl.apply(secrets.map((s) => JSON.stringify(s)).join('\n---\n'));
  registerClusterScoped(env, objects);
  await readyToApply(env, objects);
  checkpoint(env);
  env.reporter.info(`${label}: kubectl apply of ${dir} through ${path.relative(env.workDir, overlay.dir)} into namespace ${namespace}`);
  // The objects, not the rendering: the token is in them, and never written down.
  const applied = await kubectl.checked(`kubectl apply of ${dir}`, ['apply', '-f', '-'], objects.map((o) => JSON.stringify(o)).join('\n---\n'));
  const lower = lowerLevelWarning(env, applied.stderr.split('\n'));
  if (lower) env.warn(`${label}: ${lower}`);
  const service = env.spec.service ?? 'dot-ai';
  await waitNamespaceReady(env, kubectl, namespace, label);
  const endpoints = await serviceEndpoints(env, kubectl, namespace, service, label);
  const note = [
    secrets.length ? `${label}: Secret(s) ${secrets.map((s) => s.metadata.name).join(', ')} created${tokenValues.length ? ' (the token where it is read)' : ''}, placeholder values elsewhere` : undefined,
    qdrantUrl ? `${label}: external Qdrant beside it (${qdrantUrl})` : undefined,
  ].filter(Boolean).join('; ');
  return { endpoints, note: note || undefined };
}

export const kustomizeMethod: SmokeMethod = {
  preflight({ root, spec }) {
    if (spec.files.length === 0) throw new UserError(`smoke method ${spec.name}: files must name at least one kustomization directory`);
    for (const dir of spec.files) {
      const absolute = resolveInRepo(root, dir, `smoke method ${spec.name}: files`);
      assertInsideRepo(root, absolute, `smoke method ${spec.name}: files`);
      if (!existsSync(absolute) || !statSync(absolute).isDirectory()) throw new UserError(`smoke method ${spec.name}: ${dir} is not a directory`);
      if (!isKustomization(absolute)) throw new UserError(`smoke method ${spec.name}: ${dir} holds no kustomization.yaml`);
    }
    if (spec.auth && !spec.auth.env) throw new UserError(`smoke method ${spec.name}: auth.env: name the variable the server reads its token from (its Secret gets the token)`);
  },

  async deploy(env: MethodEnv): Promise<Deployed> {
    const deployed = await allOrFirstFailure(env, env.spec.files.map((dir) => (sub: MethodEnv) => deployOne(sub, dir)));
    const { kubectl } = clusterOf(env);
    const watches = env.spec.files.map((dir) => ({ label: path.basename(dir), watch: namespaceWatch(kubectl, kustomizationNamespace(env.runName, dir)) }));
    return {
      endpoints: deployed.flatMap((d) => d.endpoints),
      watch: async () => {
        for (const { label, watch } of watches) {
          const failure = await watch();
          if (failure) return `${label}: ${failure}`;
        }
        return undefined;
      },
      how: `kubectl apply of ${env.spec.files.join(' and ')}, each through a throw-away overlay (namespace, kustomize images: ${env.candidate.image.repository} -> ${env.candidate.image.ref}${Object.keys(env.candidate.imageMap).length ? ', image map' : ''})`,
      notes: deployed.map((d) => d.note).filter((n): n is string => Boolean(n)),
    };
  },

  async diagnose(env: MethodEnv, failure?: string): Promise<string | undefined> {
    const { kubectl } = clusterOf(env);
    const causes: string[] = [];
    for (const dir of env.spec.files) {
      const label = path.basename(dir);
      const namespace = kustomizationNamespace(env.runName, dir);
      const cause = await writeNamespaceDiagnostics(kubectl, namespace, env.write);
      const told = failure?.startsWith(`${label}: `) && diagnosed(failure);
      if (cause && !told) causes.push(`${label}: ${cause}`);
    }
    env.write('README.txt', `One folder per namespace (objects, events, describe, logs); overlay-*/ holds each overlay and its rendering (rendered.yaml, Secrets redacted).\n`);
    return causes.length ? causes.join('; ') : undefined;
  },
};
