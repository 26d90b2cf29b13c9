import { afterEach, describe, expect, it } from 'vitest';
import { findComposeCli } from '../helpers/compose-spec.js';
import { toolPath, valuePathPattern } from './tools.js';

describe('prerequisites fail loudly', () => {
  const saved = process.env.HELM4_BIN;
  afterEach(() => {
    if (saved === undefined) delete process.env.HELM4_BIN;
    else process.env.HELM4_BIN = saved;
  });

  it('a missing helm binary names itself and the setup command', () => {
    process.env.HELM4_BIN = '/nonexistent/helm4';
    expect(() => toolPath('helm4')).toThrow('required tool helm4 is missing at /nonexistent/helm4: run `bash scripts/setup/helm.sh`');
  });

  it('the pinned tools this suite needs are installed', () => {
    for (const t of ['helm3', 'helm4', 'kubectl', 'kubectl-1.31'] as const) expect(toolPath(t)).toMatch(new RegExp(`${t}$`));
  });

  it('a Compose CLI is found (else: run scripts/setup/compose.sh)', async () => {
    const cli = await findComposeCli();
    expect(cli.version).toMatch(/^v?\d+\.\d+/);
  });

  it('value paths match helm 3 and helm 4 spellings', () => {
    const re = valuePathPattern('qdrant.persistence.size');
    expect("- qdrant.persistence.size: Invalid type").toMatch(re);
    expect("- at '/qdrant/persistence/size': got number").toMatch(re);
    expect('- qdrant.persistence: x').not.toMatch(re);
  });
});
