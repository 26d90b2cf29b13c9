import { isMap, isScalar, isSeq } from 'yaml';
import type { Updater, VersionSlot } from '../../slot.js';
import { parseYaml } from '../../../fs/yaml.js';
import { yamlScalarSlot } from '../yaml-fields.js';

/** A file Kustomize reads as its kustomization. */
export function isKustomization(file: string): boolean {
  return /(^|\/)(kustomization\.ya?ml|Kustomization)$/.test(file);
}

/**
 * kustomization.yaml: the `newTag` of each `images:` entry whose `name` (or `newName`) is one of
 * the released images, found by name so the entry's position in the list does not matter.
 */
export function kustomizationImages(images: string[]): Updater {
  const released = new Set(images);
  return {
    name: 'kustomization images',
    find(text, file) {
      const slots: VersionSlot[] = [];
      for (const doc of parseYaml(text, file)) {
        const list = doc.get('images', true);
        if (!isSeq(list)) continue;
        list.items.forEach((item, i) => {
          if (!isMap(item)) return;
          const name = item.get('newName') ?? item.get('name');
          if (typeof name !== 'string' || !released.has(name)) return;
          if (!isScalar(item.get('newTag', true))) return;
          const slot = yamlScalarSlot(text, doc, `images.${i}.newTag`, file, 'app');
          if (slot) slots.push({ ...slot, field: `images[name=${name}].newTag`, image: name });
        });
      }
      return slots;
    },
  };
}
