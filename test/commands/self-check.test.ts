import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { ROOT, runCli } from '../helpers/repo.js';

// The deployment kit carries the dot-ai release version everywhere (chart, values, examples, docs).
test('check passes on this repository, whose config reads the dot-ai version from the chart', async () => {
  const appVersion = String((parse(readFileSync(path.join(ROOT, 'charts/dot-ai/Chart.yaml'), 'utf8')) as { appVersion: unknown }).appVersion);
  const run = await runCli(['check', '--working-directory', ROOT, '--json']);
  expect(run.stderr).not.toContain('error');
  const result = JSON.parse(run.stdout);
  expect(result).toMatchObject({ ok: true, version: appVersion, 'chart-version': appVersion, 'drift-count': 0, drift: [] });
  expect(result.references).toBeGreaterThan(40);
});
