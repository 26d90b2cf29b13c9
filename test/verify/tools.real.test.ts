import { describe, expect, it } from 'vitest';
import { findComposeCli } from '../helpers/compose-spec.js';
import { toolPath } from './tools-helpers.js';

describe('the real tools the verify tests run are installed', () => {
  it('the pinned tools this suite needs are installed', () => {
    for (const t of ['helm3', 'helm4', 'kubectl', 'kubectl-1.31'] as const) expect(toolPath(t)).toMatch(new RegExp(`${t}$`));
  });

  it('a Compose CLI is found (else: run scripts/setup/compose.sh)', async () => {
    const cli = await findComposeCli();
    expect(cli.version).toMatch(/^v?\d+\.\d+/);
  });
});
