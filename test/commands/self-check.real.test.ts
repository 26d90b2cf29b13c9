import { expect, test } from 'vitest';
import { DOT_AI_VERSION, ROOT, runCli } from '../helpers/repo.js';

// The deployment kit carries the dot-ai release version everywhere (chart, values, examples, docs).
test('check passes on this repository, whose config reads the dot-ai version from the chart', async () => {
  const run = await runCli(['check', '--working-directory', ROOT, '--json']);
  expect(run.stderr).not.toContain('error');
  const result = JSON.parse(run.stdout);
  expect(result).toMatchObject({ ok: true, version: DOT_AI_VERSION, 'chart-version': DOT_AI_VERSION, 'drift-count': 0, drift: [] });
  expect(result.references).toBeGreaterThan(40);
});
