// What action.yml declares, against the commands' spec (the action itself runs in action.real.test.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { COMMANDS, COMMON_OPTIONS, describeRange } from '../src/config/spec.js';
import { ROOT } from './helpers/repo.js';

describe('action.yml documents every input and output', () => {
  const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8'));

  test('runs the committed bundle on node24, with a post step that removes what a cancelled smoke run left', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js', post: 'dist/post.js', 'post-if': 'always()' });
  });

  test('inputs are exactly the command options (CLI-only flags aside)', () => {
    const options = new Set(['command', ...[...COMMON_OPTIONS, ...COMMANDS.flatMap((c) => c.options)].filter((o) => !o.cliOnly).map((o) => o.name)]);
    expect(new Set(Object.keys(action.inputs))).toEqual(options);
    for (const [name, input] of Object.entries<{ description?: string }>(action.inputs)) {
      expect(input.description, name).toBeTruthy();
    }
  });

  test('every bounded number input says its range (the one the parsers check)', () => {
    for (const option of [...COMMON_OPTIONS, ...COMMANDS.flatMap((c) => c.options)]) {
      if (!option.range || option.cliOnly) continue;
      expect(action.inputs[option.name].description, option.name).toContain(describeRange(option.range));
    }
  });

  test('outputs are exactly the commands outputs', () => {
    expect(new Set(Object.keys(action.outputs))).toEqual(new Set(COMMANDS.flatMap((c) => c.outputs.map((o) => o.name))));
  });
});
