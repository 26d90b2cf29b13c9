import { UserError } from '../../../errors.js';
import type { Updater, VersionSlot } from '../../slot.js';
import { parseYaml, yamlScalarSlot } from '../yaml-fields.js';

/** Chart.yaml: `version` (the chart's stream) and `appVersion` (the application's). */
export const chartYaml: Updater = {
  name: 'Chart.yaml',
  find(text, file) {
    const [doc] = parseYaml(text, file);
    if (!doc) throw new UserError(`${file}: empty Chart.yaml`);
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
