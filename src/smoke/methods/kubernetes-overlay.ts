/**
 * The throw-away kustomize overlay a kustomization is deployed through, never editing the user's
 * files: it takes the user's directory as its only resource and changes only what the run must:
 *   - `namespace:` the run's own (the user's Namespace object, if any, is renamed with it and keeps
 *     enforcing Pod Security "restricted");
 *   - `images:` the candidate for the released repository, and each image-map entry (e.g. qdrant/qdrant
 *     to a stand-in); custom resources with a `spec.image` (ToolHive's MCPServer) included, through a
 *     `configurations:` image field spec;
 *   - cluster-scoped objects (ClusterRole, ClusterRoleBinding...) get the namespace as a name suffix,
 *     so runs side by side do not share them (kustomize follows the references);
 *   - QDRANT_URL, wherever the manifests set it (a ConfigMap key or a container's env), pointed at the
 *     Qdrant placed beside the deployment, when the method expects an external one.
 * The overlay and its rendering are kept in the method's folder (diagnostics).
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { UserError } from '../../errors.js';
import { readRepoText } from '../../fs/read.js';
import type { KubeObject, Kubectl } from '../../tools/kubectl.js';
import { splitImageName } from '../../oci/reference.js';
import type { Candidate } from '../types.js';
import { envExampleKeys, imagesOf, isClusterScoped, parseManifests } from './kubernetes.js';

const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

export function isKustomization(dir: string): boolean {
  return KUSTOMIZATION_FILES.some((f) => existsSync(path.join(dir, f)));
}

/** Built-in kinds kustomize's image transformer already knows. */
const BUILTIN = new Set(['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob', 'ReplicationController']);

interface ImageEntry {
  name: string;
  newName?: string;
  newTag?: string;
  digest?: string;
}

function imageEntry(from: string, to: string): ImageEntry {
  const target = splitImageName(to);
  return { name: splitImageName(from).repository, newName: target.repository, ...(target.digest ? { digest: target.digest } : { newTag: target.tag ?? 'latest' }) };
}

/** Kustomize's hash suffix on generated ConfigMaps and Secrets: `-` and ten characters. */
function originalName(name: string): string {
  return name.replace(/-[a-z0-9]{10}$/, '');
}

interface JsonPatchTarget {
  target: { group?: string; version?: string; kind: string; name: string };
  ops: Array<{ op: 'replace' | 'add'; path: string; value: unknown }>;
}

function targetOf(o: KubeObject, name = o.metadata.name): JsonPatchTarget['target'] {
  const [group, version] = o.apiVersion.includes('/') ? o.apiVersion.split('/') : ['', o.apiVersion];
  return { ...(group ? { group } : {}), version, kind: o.kind, name };
}

/** JSON pointers of every `env` entry named `name` with a literal value, in one object. */
function envPointers(node: unknown, name: string, at = ''): string[] {
  if (Array.isArray(node)) return node.flatMap((n, i) => envPointers(n, name, `${at}/${i}`));
  if (!node || typeof node !== 'object') return [];
  const out: string[] = [];
  for (const [k, v] of Object.entries(node)) {
    const here = `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (k === 'env' && Array.isArray(v)) {
      v.forEach((e: { name?: string; value?: unknown }, i) => {
        if (e && e.name === name && typeof e.value === 'string') out.push(`${here}/${i}/value`);
      });
    }
    out.push(...envPointers(v, name, here));
  }
  return out;
}

export interface OverlayOptions {
  /** The repository root (files beside the kustomization are read the one way repository files are). */
  root: string;
  /** The user's kustomization directory (absolute). */
  source: string;
  /** Its rendering, when the caller has it already. */
  original?: KubeObject[];
  /** Where the overlay is written (a folder of the method's own). */
  dir: string;
  namespace: string;
  candidate: Candidate;
  /** Point QDRANT_URL here (the Qdrant beside the deployment). */
  qdrantUrl?: string;
  /** Keeps the rendering as a diagnostic (redacted by the method's writer); default: nowhere. */
  keepRendered?: (rendered: string) => unknown;
}

export interface Overlay {
  dir: string;
  /** The user's kustomization as they would apply it. */
  original: KubeObject[];
  /** What is applied: the overlay rendered. */
  rendered: string;
  objects: KubeObject[];
  /** API keys of the env example files beside the kustomization (for the Secrets it reads whole), as placeholders. */
  secretKeys: Record<string, string>;
}

/** Renders the user's kustomization, writes the overlay, renders it and checks it did what it must. */
export async function buildOverlay(kubectl: Kubectl, options: OverlayOptions): Promise<Overlay> {
  const { source, candidate, namespace } = options;
  const original = options.original ?? parseManifests(await kubectl.kustomize(source));
  const images = imagesOf(original);
  const released = candidate.image.repository;
  if (!images.some((i) => splitImageName(i).repository === released) && !original.some((o) => typeof o.spec?.image === 'string' && splitImageName(o.spec.image as string).repository === released)) {
    throw new UserError(`${source}: no container runs ${released} (images: ${images.join(', ') || 'none'}); nothing would deploy the candidate`);
  }

  // Every released image (the server, its plugin), then the image map (third-party stand-ins).
  const imageEntries: ImageEntry[] = [...candidate.images.map((c) => imageEntry(c.repository, c.ref)), ...Object.entries(candidate.imageMap).map(([from, to]) => imageEntry(from, to))];
  const customImageKinds = [...new Set(original.filter((o) => !BUILTIN.has(o.kind) && typeof o.spec?.image === 'string').map((o) => o.kind))];

  const patches: Array<{ target: JsonPatchTarget['target']; patch: string; options?: Record<string, boolean> }> = [];
  for (const o of original) {
    if (!isClusterScoped(o.kind) || o.kind === 'Namespace' || o.kind === 'CustomResourceDefinition') continue;
    patches.push({ target: targetOf(o), options: { allowNameChange: true }, patch: stringify([{ op: 'replace', path: '/metadata/name', value: `${o.metadata.name}-${namespace}` }]) });
  }
  if (original.some((o) => o.kind === 'Namespace')) {
    patches.push({
      target: { kind: 'Namespace', name: '.*' },
      patch: stringify({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'any', labels: { 'pod-security.kubernetes.io/enforce': 'restricted', 'pod-security.kubernetes.io/enforce-version': 'latest' } } }),
    });
  }
  if (options.qdrantUrl) {
    let found = 0;
    for (const o of original) {
      if (o.kind === 'ConfigMap' && typeof (o.data as Record<string, unknown> | undefined)?.QDRANT_URL === 'string') {
        patches.push({ target: targetOf(o, originalName(o.metadata.name)), patch: stringify([{ op: 'replace', path: '/data/QDRANT_URL', value: options.qdrantUrl }]) });
        found++;
      }
      const pointers = envPointers(o, 'QDRANT_URL');
      if (pointers.length) {
        patches.push({ target: targetOf(o), patch: stringify(pointers.map((p) => ({ op: 'replace', path: p, value: options.qdrantUrl }))) });
        found++;
      }
    }
    if (!found) throw new UserError(`${source}: the method expects an external Qdrant, but nothing here sets QDRANT_URL (a ConfigMap key or a container env)`);
  }

  mkdirSync(options.dir, { recursive: true });
  const kustomization: Record<string, unknown> = {
    apiVersion: 'kustomize.config.k8s.io/v1beta1',
    kind: 'Kustomization',
    namespace,
    resources: [path.relative(options.dir, source) || '.'],
    images: imageEntries,
    ...(patches.length ? { patches } : {}),
  };
  if (customImageKinds.length) {
    writeFileSync(path.join(options.dir, 'image-fields.yaml'), stringify({ images: customImageKinds.map((kind) => ({ path: 'spec/image', kind })) }));
    kustomization.configurations = ['image-fields.yaml'];
  }
  writeFileSync(path.join(options.dir, 'kustomization.yaml'), `# Written by dot-ai-release smoke: deploys ${source} unchanged but for the run's namespace, images and names.\n${stringify(kustomization)}`);

  const rendered = await kubectl.kustomize(options.dir);
  options.keepRendered?.(rendered);
  const objects = parseManifests(rendered);

  // What the overlay must have done, checked on its output.
  const stale = (image: string): boolean => candidate.images.some((c) => splitImageName(image).repository === c.repository && image !== c.ref);
  const left = imagesOf(objects).filter(stale);
  const customLeft = objects.filter((o) => typeof o.spec?.image === 'string' && stale(o.spec.image as string));
  if (left.length || customLeft.length) throw new UserError(`${source}: the overlay did not point every released image at the candidate (${[...left, ...customLeft.map((o) => String(o.spec?.image))].join(', ')})`);
  if (options.qdrantUrl) {
    const values = objects.flatMap((o) => [
      ...(o.kind === 'ConfigMap' && typeof (o.data as Record<string, unknown> | undefined)?.QDRANT_URL === 'string' ? [(o.data as Record<string, string>).QDRANT_URL] : []),
      ...envPointers(o, 'QDRANT_URL').map((p) => p.split('/').slice(1).reduce<unknown>((n, k) => (n as Record<string, unknown>)[k.replace(/~1/g, '/').replace(/~0/g, '~')], o) as string),
    ]);
    const wrong = values.filter((v) => v !== options.qdrantUrl);
    if (wrong.length) throw new UserError(`${source}: the overlay could not point QDRANT_URL at the Qdrant beside it (still ${wrong.join(', ')})`);
  }

  // API keys of the env example files get placeholders (a server may refuse to start without its
  // provider key); other keys stay out (the token is the run's: giveToken).
  const secretKeys: Record<string, string> = {};
  for (const f of readdirSync(source).filter((f) => f.endsWith('.env.example'))) {
    const text = readRepoText(options.root, path.relative(options.root, path.join(source, f)));
    for (const [k, v] of Object.entries(envExampleKeys(text))) if (k.endsWith('_API_KEY')) secretKeys[k] = v;
  }
  return { dir: options.dir, original, rendered, objects, secretKeys };
}
