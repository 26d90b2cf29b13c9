import { afterEach, describe, expect, it } from 'vitest';
import { toolPath, valuePathPattern } from './tools-helpers.js';

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

  it('value paths match helm 3 and helm 4 spellings', () => {
    const re = valuePathPattern('qdrant.persistence.size');
    expect("- qdrant.persistence.size: Invalid type").toMatch(re);
    expect("- at '/qdrant/persistence/size': got number").toMatch(re);
    expect('- qdrant.persistence: x').not.toMatch(re);
  });
});
