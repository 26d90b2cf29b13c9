import { UserError } from '../../../errors.js';
import type { Stream, Updater, VersionSlot } from '../../slot.js';
import { parseYaml, yamlScalarSlot } from '../yaml-fields.js';

export interface FieldSpec {
  /** Dotted path, numeric segments index lists: `image.tag`, `images.0.newTag`. */
  path: string;
  stream: Stream;
  /** Where the path was configured, for the error when it does not exist. */
  origin: string;
  /** An empty value means "follow the chart's appVersion" and is left alone (values.yaml image tags). */
  emptyMeansDefault?: boolean;
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
        slots.push(...found.filter((s) => !(field.emptyMeansDefault && s.current === '')));
      }
      return slots;
    },
  };
}
