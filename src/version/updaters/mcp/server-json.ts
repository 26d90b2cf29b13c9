import { findNodeAtLocation } from 'jsonc-parser';
import { UserError } from '../../../errors.js';
import type { Updater, VersionSlot } from '../../slot.js';
import { lineAt } from '../../../fs/lines.js';
import { jsonStringSlot, parseJson } from '../json-fields.js';

export interface ServerJsonOptions {
  /** The npm package this repository publishes (package.json `name`), if any. */
  npmPackage?: string;
  /** Image repositories this repository releases, e.g. `ghcr.io/vfarcic/dot-ai`. */
  images: string[];
}

/**
 * server.json, the MCP registry's server description: the top-level `version`, and under
 * `packages` the entries that are this server's own (its npm package or one of its images):
 * their `version`, and the tag of an OCI `identifier` that carries one. Entries for other
 * packages are left alone.
 */
export function serverJson(options: ServerJsonOptions): Updater {
  const images = new Set(options.images);
  return {
    name: 'server.json',
    find(text, file) {
      const root = parseJson(text, file);
      const top = jsonStringSlot(text, root, ['version'], file, 'app');
      if (!top) throw new UserError(`${file}: no "version" field`);
      const slots: VersionSlot[] = [top];
      const packages = findNodeAtLocation(root, ['packages']);
      for (const [i, entry] of (packages?.type === 'array' ? (packages.children ?? []) : []).entries()) {
        const identifierNode = findNodeAtLocation(entry, ['identifier']);
        if (identifierNode?.type !== 'string') continue;
        const identifier = String(identifierNode.value);
        const registryType = String(findNodeAtLocation(entry, ['registryType'])?.value ?? findNodeAtLocation(entry, ['registry_type'])?.value ?? '');
        const tagAt = identifier.lastIndexOf(':');
        const hasTag = tagAt > identifier.lastIndexOf('/');
        const repository = hasTag ? identifier.slice(0, tagAt) : identifier;
        const ownNpm = registryType === 'npm' && identifier === options.npmPackage;
        const image = repository.replace(/^docker\.io\//, '');
        const ownImage = registryType === 'oci' && images.has(image);
        if (!ownNpm && !ownImage) continue;
        const version = jsonStringSlot(text, root, ['packages', i, 'version'], file, 'app');
        if (version) slots.push(ownImage ? { ...version, image } : version);
        if (ownImage && hasTag) {
          const start = identifierNode.offset + 1 + tagAt + 1;
          const end = identifierNode.offset + identifierNode.length - 1;
          slots.push({
            file,
            field: `packages[${i}].identifier tag`,
            stream: 'app',
            current: identifier.slice(tagAt + 1),
            start,
            end,
            line: lineAt(text, start),
            image,
          });
        }
      }
      return slots;
    },
  };
}
