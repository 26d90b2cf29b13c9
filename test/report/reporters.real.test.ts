/** The action reporter's preflight against a FIFO where an output file should be (made with mkfifo: a process, so an integration test). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { ActionReporter } from '../../src/report/action-reporter.js';

const dir = mkdtempSync(path.join(tmpdir(), 'reporters-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('preflight refuses a GITHUB_OUTPUT that is a FIFO (a read would block), changing nothing', () => {
  const target = mkdtempSync(path.join(dir, 'runner-'));
  const file = path.join(target, 'out');
  execFileSync('mkfifo', [file]);
  writeFileSync(path.join(target, 'ok'), '');
  const env = { GITHUB_OUTPUT: file, GITHUB_STEP_SUMMARY: path.join(target, 'ok') };
  expect(() => new ActionReporter(dir, env).preflight()).toThrow(`GITHUB_OUTPUT: ${file} is a FIFO, not a file; nothing was changed`);
});
