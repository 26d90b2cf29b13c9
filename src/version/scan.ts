import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { glob } from 'tinyglobby';
import type { ReleaseConfig } from '../config/config.js';
import { UserError } from '../errors.js';
import { assertInsideRepo } from '../fs/repo-path.js';
import { jsonStringSlot, parseJson } from './updaters/json-fields.js';
import { packageJson, packageLockJson } from './updaters/node/package-json.js';
import { serverJson } from './updaters/mcp/server-json.js';
import { chartYaml } from './updaters/helm/chart-yaml.js';
import { chartReferences, imageReferences } from './updaters/text/references.js';
import { yamlFields, type FieldSpec } from './updaters/yaml/fields.js';
import { isKustomization, kustomizationImages } from './updaters/kustomize/kustomization.js';
import { parseYaml, splitPath, yamlScalarSlot } from './updaters/yaml-fields.js';
import { withoutOverlaps, type Updater, type VersionSlot } from './slot.js';

/** One file the release touches, with the updaters that find its version slots. */
export interface PlannedFile {
  file: string;
  updaters: Updater[];
}

export interface ScannedFile {
  file: string;
  absolute: string;
  text: string;
  slots: VersionSlot[];
  updaters: Updater[];
}

const IGNORED = ['**/node_modules/**', '**/.git/**', 'dist/**', '**/charts/*/charts/**', '**/*.tgz'];
const MAX_TEXT_FILE = 2 * 1024 * 1024;

/** The chart references as they are written in docs: `oci://host/namespace/<chart>`. */
export function chartRefs(config: ReleaseConfig): string[] {
  const { chart } = config;
  return chart?.repository ? [`${chart.repository.replace(/\/+$/, '')}/${chart.name}`] : [];
}

/** Decides which updaters read which files; configured files and globs that match nothing are errors. */
export async function planFiles(config: ReleaseConfig): Promise<PlannedFile[]> {
  const { root } = config;
  const plan = new Map<string, Updater[]>();
  const add = (file: string, updater: Updater) => plan.set(file, [...(plan.get(file) ?? []), updater]);

  for (const [i, { file }] of config.packageJsons.entries()) {
    add(file, packageJson);
    const lock = path.posix.join(path.posix.dirname(file), 'package-lock.json');
    if (existsSync(path.join(root, lock))) add(lock, packageLockJson);
    if (i === 0 && config.serverJson) {
      const name = (JSON.parse(readFileSync(path.join(root, file), 'utf8')) as { name?: string }).name;
      add(config.serverJson.file, serverJson({ npmPackage: name, images: config.images.map((img) => img.name) }));
    }
  }
  if (config.serverJson && config.packageJsons.length === 0) {
    add(config.serverJson.file, serverJson({ images: config.images.map((img) => img.name) }));
  }

  const tagFields = config.images
    .filter((img) => img.valuesPath)
    .map((img) => ({
      explicit: img.explicit,
      spec: { path: img.valuesPath as string, stream: 'app', origin: `${img.origin}.valuesPath`, emptyMeansDefault: true } satisfies FieldSpec,
    }));
  const firstExplicit = tagFields.find((t) => t.explicit);
  if (config.chart) {
    add(`${config.chart.dir}/Chart.yaml`, chartYaml);
    const values = `${config.chart.dir}/values.yaml`;
    if (existsSync(path.join(root, values))) {
      // A default image's tag is used only when values.yaml has it; a configured one must exist.
      const docs = parseYaml(readFileSync(path.join(root, values), 'utf8'), values);
      const present = tagFields.filter((t) => t.explicit || docs.some((d) => d.hasIn(splitPath(t.spec.path))));
      if (present.length) add(values, yamlFields('values.yaml', present.map((t) => t.spec)));
    } else if (firstExplicit) {
      throw new UserError(`${values}: not found (needed by ${firstExplicit.spec.origin})`);
    }
  } else if (firstExplicit) {
    throw new UserError(`${firstExplicit.spec.origin}: there is no chart to hold values (no Chart.yaml found)`);
  }

  for (const field of config.fields) {
    const files = await glob(field.file, { cwd: root, ignore: IGNORED, dot: true });
    if (files.length === 0) throw new UserError(`${field.origin}.file: ${field.file} matches no file`);
    for (const file of files) add(file, yamlFields('field', [{ path: field.path, stream: field.stream, origin: field.origin }]));
  }

  // The version source is always written, even when no other updater knows its field.
  add(config.versionSource.file, versionSourceUpdater(config));

  const references = [imageReferences(config.images.map((img) => img.name)), chartReferences(chartRefs(config))];
  const globbed = await Promise.all(
    config.references.globs.map((pattern) => glob(pattern, { cwd: root, ignore: IGNORED, dot: false })),
  );
  globbed.forEach((files, i) => {
    if (files.length === 0 && config.references.explicit) {
      throw new UserError(`${config.configFile}: references[${i}]: ${config.references.globs[i]} matches no file`);
    }
  });
  const kustomize = kustomizationImages(config.images.map((img) => img.name));
  for (const file of new Set(globbed.flat())) {
    if (isKustomization(file)) add(file, kustomize);
    for (const updater of references) add(file, updater);
  }

  return [...plan.entries()].map(([file, updaters]) => ({ file, updaters })).sort((a, b) => (a.file < b.file ? -1 : 1));
}

function readText(root: string, file: string): string | undefined {
  const absolute = path.join(root, file);
  assertInsideRepo(root, absolute, file);
  const buffer = readFileSync(absolute);
  if (buffer.length > MAX_TEXT_FILE || buffer.includes(0)) return undefined; // binary or huge: no references in it
  return buffer.toString('utf8');
}

/** Reads every planned file once and finds its slots. */
export function scanFiles(config: ReleaseConfig, plan: PlannedFile[]): ScannedFile[] {
  const scanned: ScannedFile[] = [];
  for (const { file, updaters } of plan) {
    const absolute = path.join(config.root, file);
    if (!existsSync(absolute)) throw new UserError(`${file}: not found`);
    if (!statSync(absolute).isFile()) continue;
    const text = readText(config.root, file);
    if (text === undefined) continue;
    const slots = withoutOverlaps(updaters.flatMap((u) => u.find(text, file)));
    scanned.push({ file, absolute, text, slots, updaters });
  }
  return scanned;
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
  const absolute = path.join(config.root, file);
  if (!existsSync(absolute)) throw new UserError(`${file}: not found (${origin})`);
  const [slot] = versionSourceUpdater(config).find(readFileSync(absolute, 'utf8'), file);
  return { version: (slot as VersionSlot).current, line: (slot as VersionSlot).line };
}
