import { closeSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import type { ReleaseConfig } from '../config/config.js';
import { Problems, UserError } from '../errors.js';
import { globRepo, IGNORED as IGNORED_ALWAYS } from '../fs/glob.js';
import { decodeUtf8, existsInRepo, MAX_READ_BYTES, mib, notUtf8, readRepoBytes, readRepoText, resolveRepoFile } from '../fs/read.js';
import { jsonStringSlot, parseJson } from './updaters/json-fields.js';
import { packageJson, packageLockJson } from './updaters/node/package-json.js';
import { serverJson } from './updaters/mcp/server-json.js';
import { chartYaml } from './updaters/helm/chart-yaml.js';
import { chartReferences, imageReferences } from './updaters/text/references.js';
import { findImageBlocks, findImageTags, yamlFields, type FieldSpec } from './updaters/yaml/fields.js';
import { isKustomization, kustomizationImages } from './updaters/kustomize/kustomization.js';
import { parseYaml } from '../fs/yaml.js';
import type { Document } from 'yaml';
import { imageNameProblem } from '../config/image-name.js';
import { isSemver } from './semver.js';
import { splitPath, yamlScalarSlot } from './updaters/yaml-fields.js';
import { withoutOverlaps, type Updater, type VersionSlot } from './slot.js';

/** One file the release touches, with the updaters that find its version slots. */
export interface PlannedFile {
  file: string;
  updaters: Updater[];
}

export interface ScannedFile {
  file: string;
  absolute: string;
  /** The bytes as read; edits change the version characters and nothing else. */
  bytes: Buffer;
  /**
   * The bytes as text: UTF-8, or for a text file in another encoding (a Latin-1 doc) one
   * character per byte, so an edit of the (ASCII) version leaves every other byte as it was.
   */
  text: string;
  encoding: 'utf8' | 'latin1';
  slots: VersionSlot[];
  updaters: Updater[];
}

const IGNORED = [...IGNORED_ALWAYS, '**/charts/*/charts/**'];

/** The chart references as they are written in docs: `oci://host/namespace/<chart>`. */
export function chartRefs(config: ReleaseConfig): string[] {
  const { chart } = config;
  return chart?.repository ? [`${chart.repository.replace(/\/+$/, '')}/${chart.name}`] : [];
}

export interface Plan {
  files: PlannedFile[];
  /** Images values.yaml pins (an empty tag, or none beside the repository, follows appVersion): tracked even without another reference. */
  trackedInValues: Set<string>;
  /** Images found in values.yaml, not configured, aligned as the release's (see `siblingImages`). */
  discovered: DiscoveredImage[];
}

/** An image values.yaml pins that no setting names, taken as one of the release's images. */
export interface DiscoveredImage {
  name: string;
  /** `charts/values.yaml: plugins.agentic-tools.image.tag` */
  where: string;
}

/**
 * Without configured images, the images a chart's values.yaml pins beside the default image
 * (dot-ai's agentic-tools plugin) are released with it, so their tags are aligned and checked too,
 * instead of being left behind while `check` says all is well. A map naming an image of the same
 * owner on the same registry (`ghcr.io/<owner>/...`) is one when its tag holds the release version,
 * or when it is named after the default image (`ghcr.io/<owner>/<repo>-...`) and its tag is a bare
 * SemVer version (so a plugin left at an older version is found; `dot-ai-dex` at `v2.44.0`, a
 * version of its own, is not).
 */
function siblingImages(config: ReleaseConfig, docs: Document[], values: string): DiscoveredImage[] {
  const [first] = config.images;
  if (!first || config.images.some((img) => img.explicit)) return [];
  const namespace = first.name.slice(0, first.name.lastIndexOf('/') + 1);
  const current = readCurrentVersion(config).version;
  const found = new Map<string, DiscoveredImage>();
  for (const block of findImageBlocks(docs)) {
    if (block.tag === undefined || !block.image.startsWith(namespace) || block.image === first.name || imageNameProblem(block.image)) continue;
    const named = block.image.startsWith(`${first.name}-`) && isSemver(block.tag);
    if (block.tag !== current && !named) continue;
    if (!found.has(block.image)) found.set(block.image, { name: block.image, where: `${values}: ${block.path}` });
  }
  return [...found.values()];
}

/** Decides which updaters read which files; configured files and globs that match nothing are errors. */
export async function planFiles(config: ReleaseConfig): Promise<Plan> {
  const { root } = config;
  const plan = new Map<string, Updater[]>();
  const add = (file: string, updater: Updater) => plan.set(file, [...(plan.get(file) ?? []), updater]);
  const trackedInValues = new Set<string>();
  const ignore = config.chart ? [...IGNORED, `${config.chart.dir}/charts/**`] : IGNORED;

  const valuesFile = config.chart ? `${config.chart.dir}/values.yaml` : undefined;
  const valuesDocs = valuesFile && existsInRepo(root, valuesFile) ? parseYaml(readRepoText(root, valuesFile), valuesFile) : undefined;
  const discovered = valuesFile && valuesDocs ? siblingImages(config, valuesDocs, valuesFile) : [];
  const imageNames = [...config.images.map((img) => img.name), ...discovered.map((img) => img.name)];

  for (const [i, { file }] of config.packageJsons.entries()) {
    add(file, packageJson);
    const lock = path.posix.join(path.posix.dirname(file), 'package-lock.json');
    if (existsInRepo(root, lock)) add(lock, packageLockJson);
    if (i === 0 && config.serverJson) {
      const name = packageName(readRepoText(root, file), file);
      add(config.serverJson.file, serverJson({ npmPackage: name, images: imageNames }));
    }
  }
  if (config.serverJson && config.packageJsons.length === 0) {
    add(config.serverJson.file, serverJson({ images: imageNames }));
  }

  if (config.chart && valuesFile) {
    add(`${config.chart.dir}/Chart.yaml`, chartYaml);
    const firstConfigured = config.images.find((img) => img.valuesPath && img.explicit);
    if (valuesDocs) {
      const docs = valuesDocs;
      const specs: FieldSpec[] = [];
      for (const img of config.images) {
        const origin = `${img.origin}.valuesPath`;
        if (img.valuesPath) {
          // A default image's tag is used only when values.yaml has it; a configured one must exist.
          if (!img.explicit && !docs.some((d) => d.hasIn(splitPath(img.valuesPath as string)))) continue;
          specs.push({ path: img.valuesPath, stream: 'app', origin, emptyMeansDefault: true, image: img.name });
          trackedInValues.add(img.name);
        } else {
          // No valuesPath: the tag beside `repository: <image>` (Helm's common layout), wherever it is.
          for (const place of findImageTags(docs, img.name)) {
            trackedInValues.add(img.name);
            if (place.hasTag) specs.push({ path: place.path, stream: 'app', origin: `${img.origin} (found at ${place.path})`, emptyMeansDefault: true, image: img.name });
          }
        }
      }
      for (const img of discovered) {
        for (const place of findImageTags(docs, img.name)) {
          trackedInValues.add(img.name);
          if (place.hasTag) specs.push({ path: place.path, stream: 'app', origin: `${img.where} (an image of the release's owner, aligned with it)`, emptyMeansDefault: true, image: img.name });
        }
      }
      if (specs.length) add(valuesFile, yamlFields('values.yaml', specs));
    } else if (firstConfigured) {
      throw new UserError(`${valuesFile}: not found (needed by ${firstConfigured.origin}.valuesPath)`);
    }
  } else {
    const configured = config.images.find((img) => img.valuesPath && img.explicit);
    if (configured) throw new UserError(`${configured.origin}.valuesPath: there is no chart to hold values (no Chart.yaml found)`);
  }

  for (const field of config.fields) {
    const files = await globRepo(root, field.file, { ignore, dot: true });
    if (files.length === 0) throw new UserError(`${field.origin}.file: ${field.file} matches no file`);
    for (const file of files) add(file, yamlFields('field', [{ path: field.path, stream: field.stream, origin: field.origin }]));
  }

  // The version source is always written, even when no other updater knows its field.
  add(config.versionSource.file, versionSourceUpdater(config));

  const references = [imageReferences(imageNames), chartReferences(chartRefs(config))];
  const globbed = await Promise.all(config.references.globs.map((pattern) => globRepo(root, pattern, { ignore, dot: false })));
  globbed.forEach((files, i) => {
    if (files.length === 0 && config.references.explicit) {
      throw new UserError(`${config.configFile}: references[${i}]: ${config.references.globs[i]} matches no file`);
    }
  });
  const kustomize = kustomizationImages(imageNames);
  for (const file of new Set(globbed.flat())) {
    if (isKustomization(file)) add(file, kustomize);
    for (const updater of references) add(file, updater);
  }

  const files = [...plan.entries()].map(([file, updaters]) => ({ file, updaters })).sort((a, b) => (a.file < b.file ? -1 : 1));
  return { files, trackedInValues, discovered };
}

function packageName(text: string, file: string): string | undefined {
  const node = parseJson(text, file);
  const name = node.type === 'object' ? node.children?.find((p) => p.children?.[0]?.value === 'name')?.children?.[1] : undefined;
  return name?.type === 'string' ? String(name.value) : undefined;
}

/** Reads every planned file once and finds its slots (see `scanFile` for what is refused). */
export function scanFiles(config: ReleaseConfig, plan: PlannedFile[]): ScannedFile[] {
  const scanned: ScannedFile[] = [];
  for (const planned of plan) {
    const file = scanFile(config.root, planned);
    if (file) scanned.push(file);
  }
  return scanned;
}

/**
 * Plans and scans the repository, then refuses a released image that nothing pins: a name
 * that matches nothing (a typo, junk in an input) would otherwise let `check` pass.
 */
export async function scanRepository(config: ReleaseConfig): Promise<ScannedFile[]> {
  return (await scanRepositoryPlan(config)).files;
}

/** `scanRepository`, with the images found in values.yaml that no setting names (see `siblingImages`). */
export async function scanRepositoryPlan(config: ReleaseConfig): Promise<{ files: ScannedFile[]; discovered: DiscoveredImage[] }> {
  const plan = await planFiles(config);
  const scanned = scanFiles(config, plan.files);
  const pinned = new Set([...plan.trackedInValues, ...scanned.flatMap((f) => f.slots.map((s) => s.image))]);
  const problems = new Problems();
  for (const img of config.images) {
    if (!img.explicit || pinned.has(img.name)) continue;
    const values = config.chart ? `no tag beside "repository: ${img.name}" in ${config.chart.dir}/values.yaml, ` : '';
    problems.add(`${img.origin}: ${img.name}: its version is pinned nowhere (${values}no ${img.name}:<version> in the scanned files); check the name${config.chart ? ', or set its valuesPath' : ''}`);
  }
  problems.throwIfAny();
  return { files: scanned, discovered: plan.discovered };
}

/** Files read by structured updaters are read whole up to this size; larger text files are searched in pieces. */
const CHUNK = 4 * 1024 * 1024;
const CHUNK_OVERLAP = 64 * 1024;

/**
 * Reads one planned file and finds its slots. Nothing is skipped silently:
 * - a file read by a structured updater (JSON, YAML fields) must be UTF-8 text a parser accepts;
 * - a file read only by text scanners (docs, manifests) may be anything; when it holds a
 *   version reference it must be text: a binary file (NUL bytes), a UTF-16 file and a file too
 *   large to read whole are refused by name, since an edit cannot be made (or made safely);
 *   without a reference such a file is not a place that holds a version, and is passed over.
 * Either way `check` and `version` cover exactly the same places.
 */
function scanFile(root: string, { file, updaters }: PlannedFile): ScannedFile | undefined {
  const textOnly = updaters.every((u) => u.text);
  const resolved = resolveRepoFile(root, file); // regular files inside the repository only
  if (textOnly && resolved.stat.size > MAX_READ_BYTES) {
    const slot = findInPieces(resolved.real, file, updaters);
    if (slot) throw new UserError(`${file}:${slot.line}: holds ${slot.field} ${slot.current}, but at ${mib(resolved.stat.size)} the file is larger than the ${mib(MAX_READ_BYTES)} this tool edits; exclude it from references`);
    return undefined;
  }
  const bytes = readRepoBytes(root, file, file, MAX_READ_BYTES, resolved);
  const absolute = path.join(root, file);
  if (!textOnly) {
    const text = decodeUtf8(bytes);
    if (text === undefined) throw notUtf8(file, bytes);
    const slots = withoutOverlaps(updaters.flatMap((u) => u.find(text, file)));
    return { file, absolute, bytes, text, encoding: 'utf8', slots, updaters };
  }
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (utf16) {
    const decoded = bytes[0] === 0xff ? bytes.toString('utf16le') : Buffer.from(bytes).swap16().toString('utf16le');
    const slot = updaters.flatMap((u) => u.find(decoded, file))[0];
    if (slot) throw new UserError(`${file}:${slot.line}: holds ${slot.field} ${slot.current}, but the file is UTF-16 text, which this tool does not edit; save it as UTF-8`);
    return undefined;
  }
  const utf8 = decodeUtf8(bytes);
  const text = utf8 ?? bytes.toString('latin1');
  const slots = withoutOverlaps(updaters.flatMap((u) => u.find(text, file)));
  if (bytes.includes(0)) {
    const slot = slots[0];
    if (slot) throw new UserError(`${file}:${slot.line}: holds ${slot.field} ${slot.current}, but the file is binary (it has NUL bytes), which this tool does not edit; exclude it from references`);
    return undefined;
  }
  return { file, absolute, bytes, text, encoding: utf8 === undefined ? 'latin1' : 'utf8', slots, updaters };
}

/** The first slot text scanners find in a file too large to read whole, searched in overlapping pieces. */
function findInPieces(real: string, file: string, updaters: Updater[]): VersionSlot | undefined {
  const fd = openSync(real, 'r');
  try {
    const buffer = Buffer.alloc(CHUNK + CHUNK_OVERLAP);
    let lines = 0;
    for (let position = 0; ; position += CHUNK) {
      const n = readSync(fd, buffer, 0, buffer.length, position);
      if (n === 0) return undefined;
      const piece = buffer.toString('latin1', 0, n);
      const slot = updaters.flatMap((u) => u.find(piece, file))[0];
      if (slot) return { ...slot, line: lines + slot.line };
      if (n < buffer.length) return undefined;
      for (let i = 0; i < CHUNK; i++) if (buffer[i] === 0x0a) lines++;
    }
  } finally {
    closeSync(fd);
  }
}

function versionSourceUpdater(config: ReleaseConfig): Updater {
  const { file: sourceFile, field, origin } = config.versionSource;
  return {
    name: 'version source',
    find(text, file) {
      const slot = sourceFile.endsWith('.json')
        ? jsonStringSlot(text, parseJson(text, file), splitPath(field), file, 'app')
        : parseYaml(text, file)
            .map((doc) => yamlScalarSlot(text, doc, field, file, 'app'))
            .find((s) => s !== undefined);
      if (!slot) throw new UserError(`${file}: ${field}: no such value (${origin})`);
      return [slot];
    },
  };
}

/** The current release version, from the configured source (package.json `version` by default). */
export function readCurrentVersion(config: ReleaseConfig): { version: string; line: number } {
  const { file, origin } = config.versionSource;
  if (!existsInRepo(config.root, file)) throw new UserError(`${file}: not found (${origin})`);
  const [slot] = versionSourceUpdater(config).find(readRepoText(config.root, file), file);
  return { version: (slot as VersionSlot).current, line: (slot as VersionSlot).line };
}
