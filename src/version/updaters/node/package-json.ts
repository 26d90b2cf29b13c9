import { UserError } from '../../../errors.js';
import type { Updater, VersionSlot } from '../../slot.js';
import { jsonStringSlot, parseJson } from '../json-fields.js';

/** package.json: the top-level `version`. */
export const packageJson: Updater = {
  name: 'package.json',
  find(text, file) {
    const root = parseJson(text, file);
    const slot = jsonStringSlot(text, root, ['version'], file, 'app');
    if (!slot) throw new UserError(`${file}: no "version" field`);
    return [slot];
  },
};

/** package-lock.json: the root `version` and `packages[""].version` (lockfile v2/v3). */
export const packageLockJson: Updater = {
  name: 'package-lock.json',
  find(text, file) {
    const root = parseJson(text, file);
    const slots: VersionSlot[] = [];
    for (const path of [['version'], ['packages', '', 'version']]) {
      const slot = jsonStringSlot(text, root, path, file, 'app');
      if (slot) slots.push(slot);
    }
    if (slots.length === 0) throw new UserError(`${file}: no "version" field`);
    return slots;
  },
};
