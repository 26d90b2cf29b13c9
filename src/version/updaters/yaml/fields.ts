import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import { UserError } from '../../../errors.js';
import type { Stream } from '../../../config/config.js';
import type { Updater, VersionSlot } from '../../slot.js';
import { parseYaml } from '../../../fs/yaml.js';
import { yamlScalarSlot } from '../yaml-fields.js';

export interface FieldSpec {
  /** Dotted path, numeric segments index lists: `image.tag`, `images.0.newTag`. */
  path: string;
  stream: Stream;
  /** Where the path was configured, for the error when it does not exist. */
  origin: string;
  /** An empty value means "follow the chart's appVersion" and is left alone (values.yaml image tags). */
  emptyMeansDefault?: boolean;
  /** The released image whose tag this field is. */
  image?: string;
}

/**
 * Version fields at configured paths of a YAML (or JSON) file: values.yaml image tags,
 * a kustomization's `newTag`, any other field a repository points at. A path must exist in at
 * least one document of the file; a missing one is an error naming file, path and setting.
 */
export function yamlFields(name: string, fields: FieldSpec[]): Updater {
  return {
    name,
    find(text, file) {
      const docs = parseYaml(text, file);
      const slots: VersionSlot[] = [];
      for (const field of fields) {
        const found = docs
          .map((doc) => yamlScalarSlot(text, doc, field.path, file, field.stream))
          .filter((s): s is VersionSlot => s !== undefined);
        if (found.length === 0) {
          throw new UserError(`${file}: ${field.path}: no such value (configured by ${field.origin})`);
        }
        const kept = found.filter((s) => !(field.emptyMeansDefault && s.current === ''));
        slots.push(...(field.image ? kept.map((s) => ({ ...s, image: field.image })) : kept));
      }
      return slots;
    },
  };
}

export interface ImageTagPlace {
  /** Dotted path of the tag (`ui.image.tag`), or of the map naming the image when it has no tag. */
  path: string;
  hasTag: boolean;
}

/** A map naming an image (`repository`, or `registry` + `/` + `repository`) in a YAML document, with its `tag` when it has one. */
export interface ImageBlock {
  /** The image as the map names it (`registry/repository` when both are given). */
  image: string;
  /** Dotted path of the tag (`ui.image.tag`), or of the map itself when it has no tag. */
  path: string;
  /** The tag's text, when the map has a scalar tag. */
  tag?: string;
}

/**
 * Every map of the documents that names an image: `repository` (or `registry` + `/` +
 * `repository`) with its `tag` beside it (Helm's common `image: {repository, tag}` layout). Keys
 * holding dots cannot be addressed by a dotted path and are passed over.
 */
export function findImageBlocks(docs: Document[]): ImageBlock[] {
  const found: ImageBlock[] = [];
  const visit = (node: unknown, at: (string | number)[]) => {
    if (isMap(node)) {
      const scalar = (key: string) => {
        const value = node.get(key, true);
        return isScalar(value) && typeof value.value === 'string' ? value.value : undefined;
      };
      const repository = scalar('repository');
      const registry = scalar('registry');
      if (repository) {
        const tag = node.get('tag', true);
        const image = registry ? `${registry}/${repository}` : repository;
        const place = isScalar(tag) ? { path: [...at, 'tag'].join('.'), tag: String(tag.value ?? '') } : { path: at.join('.') };
        found.push({ image, ...place });
        if (registry) found.push({ image: repository, ...place }); // `repository` alone may be the full name
      }
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if ((typeof key === 'string' && !key.includes('.')) || typeof key === 'number') visit(pair.value, [...at, key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => visit(item, [...at, i]));
    }
  };
  for (const doc of docs) visit(doc.contents as Node | null, []);
  return found;
}

export interface ImageTagPlace {
  /** Dotted path of the tag (`ui.image.tag`), or of the map naming the image when it has no tag. */
  path: string;
  hasTag: boolean;
}

/**
 * Where values.yaml pins an image that has no configured valuesPath: every map naming the image,
 * with its `tag` beside it. A map without `tag` follows the chart's appVersion.
 */
export function findImageTags(docs: Document[], image: string): ImageTagPlace[] {
  const names = new Set([image, image.replace(/^docker\.io\//, ''), image.startsWith('docker.io/') ? image : `docker.io/${image}`]);
  const places = new Map<string, ImageTagPlace>();
  for (const block of findImageBlocks(docs)) {
    if (names.has(block.image)) places.set(block.path, { path: block.path, hasTag: block.tag !== undefined });
  }
  return [...places.values()];
}
