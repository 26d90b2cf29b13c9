import { isMap } from 'yaml';
import { UserError } from '../../../errors.js';
import type { Updater, VersionSlot } from '../../slot.js';
import { parseYaml } from '../../../fs/yaml.js';
import { yamlScalarSlot } from '../yaml-fields.js';

/** Chart.yaml: `version` (the chart's stream) and `appVersion` (the application's). */
export const chartYaml: Updater = {
  name: 'Chart.yaml',
  find(text, file) {
    const [doc] = parseYaml(text, file);
    if (!doc || doc.contents === null) throw new UserError(`${file}: empty Chart.yaml`);
    if (!isMap(doc.contents)) throw new UserError(`${file}: expected a map of fields at the top level, got ${describeNode(doc.contents)}`);
    const slots: VersionSlot[] = [];
    const version = yamlScalarSlot(text, doc, 'version', file, 'chart');
    if (!version) throw new UserError(`${file}: no "version" field`);
    slots.push(version);
    const appVersion = yamlScalarSlot(text, doc, 'appVersion', file, 'app');
    if (!appVersion) throw new UserError(`${file}: no "appVersion" field`);
    slots.push(appVersion);
    return slots;
  },
};

function describeNode(node: unknown): string {
  return node && typeof node === 'object' && 'items' in node ? 'a list' : 'a single value';
}
