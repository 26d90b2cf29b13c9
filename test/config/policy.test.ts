// chart.policy in dot-ai-release.yaml: the mode and the waivers, checked when the file is read (docs/policy.md).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../../src/config/config.js';
import { validateConfig } from '../../src/config/file.js';
import type { UserError } from '../../src/errors.js';
import { parseWaiver, POLICY_RULES, waiverFromMap } from '../../src/verify/policy.js';
import { copyDemoProject, removeTempRepos, ROOT } from '../helpers/repo.js';

afterAll(removeTempRepos);

/** The demo project with `policy` (YAML text, indented under chart:) added to its chart settings. */
function withPolicy(policy: string): string {
  const repo = copyDemoProject();
  const file = path.join(repo, 'dot-ai-release.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('  repository: oci://ghcr.io/acme/charts\n', `  repository: oci://ghcr.io/acme/charts\n  policy:\n${policy}`));
  return repo;
}

function problemsOf(fn: () => unknown): readonly string[] {
  try {
    fn();
  } catch (err) {
    return (err as UserError).problems;
  }
  return [];
}

describe('chart.policy', () => {
  test('absent: no mode (enforce is the default of the chart step) and no waivers', () => {
    expect(loadConfig(copyDemoProject(), {}, {}).chart?.policy).toEqual({ mode: undefined, waivers: [] });
  });

  test('the mode and waivers in both forms, each remembering where it was written', () => {
    const repo = withPolicy(
      [
        '    mode: warn',
        '    waive:',
        '      - "*@charts/qdrant=vendored: upstream defaults, root init container"',
        '      - capabilities@Deployment/demo-mcp=needs NET_ADMIN, for now',
        '      - rule: probes',
        '        subchart: charts/qdrant',
        '        object: StatefulSet/demo-mcp-qdrant',
        '        reason: no liveness probe upstream',
        '',
      ].join('\n'),
    );
    const policy = loadConfig(repo, {}, {}).chart?.policy;
    expect(policy?.mode).toBe('warn');
    expect(policy?.waivers).toEqual([
      { rule: '*', subchart: 'qdrant', reason: 'vendored: upstream defaults, root init container', origin: 'dot-ai-release.yaml: chart.policy.waive[0]' },
      { rule: 'capabilities', object: { kind: 'Deployment', name: 'demo-mcp' }, reason: 'needs NET_ADMIN, for now', origin: 'dot-ai-release.yaml: chart.policy.waive[1]' },
      { rule: 'probes', subchart: 'qdrant', object: { kind: 'StatefulSet', name: 'demo-mcp-qdrant' }, reason: 'no liveness probe upstream', origin: 'dot-ai-release.yaml: chart.policy.waive[2]' },
    ]);
  });

  test('every bad waiver at once, by file, field and index', () => {
    const repo = withPolicy(
      [
        '    waive:',
        '      - capabilites=typo',
        '      - probes',
        '      - probes@Deployment=no name',
        '      - "*=everything"',
        '      - rule: seccomp-profile',
        '        object: demo-mcp',
        '        reason: x',
        '      - rule: nope',
        '        reason: x',
        '',
      ].join('\n'),
    );
    expect(problemsOf(() => loadConfig(repo, {}, {}))).toEqual([
      expect.stringMatching(/^dot-ai-release.yaml: chart.policy.waive\[0\]: unknown policy rule "capabilites"; known: run-as-non-root, /),
      expect.stringMatching(/^dot-ai-release.yaml: chart.policy.waive\[1\]: "probes" must be rule=reason, .* \(a reason is required\)$/),
      expect.stringMatching(/^dot-ai-release.yaml: chart.policy.waive\[2\]: scope "Deployment" of "probes@Deployment=no name" must be Kind\/name or charts\/SUBCHART$/),
      'dot-ai-release.yaml: chart.policy.waive[3]: * needs a scope (a subchart or an object); to report every rule without failing, use the policy mode warn',
      expect.stringMatching(/^dot-ai-release.yaml: chart.policy.waive\[4\].object: "demo-mcp" is not Kind\/name/),
      expect.stringMatching(/^dot-ai-release.yaml: chart.policy.waive\[5\].rule: unknown policy rule "nope"/),
    ]);
  });

  test('shapes: the mode, the list, each entry, unknown keys and a missing reason are named', () => {
    expect(problemsOf(() => validateConfig({ chart: { policy: { mode: 'lenient', waive: 'probes=x', extra: 1 } } }, 'dot-ai-release.yaml'))).toEqual([
      'dot-ai-release.yaml: chart.policy.mode: expected one of enforce, warn, got string "lenient"',
      'dot-ai-release.yaml: chart.policy.waive: expected a list, got string "probes=x"',
      'dot-ai-release.yaml: chart.policy.extra: unknown key (known: mode, waive)',
    ]);
    expect(problemsOf(() => validateConfig({ chart: { policy: { waive: [3, { rule: 'probes' }, { rule: 'probes', reason: 'x', scope: 'y' }, ''] } } }, 'f.yaml'))).toEqual([
      'f.yaml: chart.policy.waive[0]: expected "rule@scope=reason" or a map {rule, object, subchart, reason}, got number 3',
      'f.yaml: chart.policy.waive[1].reason: is required',
      'f.yaml: chart.policy.waive[2].scope: unknown key (known: rule, object, subchart, reason)',
      'f.yaml: chart.policy.waive[3]: expected a non-empty string, got string ""',
    ]);
  });

  test('an unquoted * in YAML is an alias: refused naming the line, with the fix', () => {
    const repo = withPolicy('    waive:\n      - *@charts/qdrant=vendored\n');
    expect(problemsOf(() => loadConfig(repo, {}, {}))).toEqual(['dot-ai-release.yaml:10: *@charts/qdrant=vendored is read as a YAML alias to no anchor; quote the value ("*@charts/qdrant=vendored")']);
  });
});

describe('docs/policy.md', () => {
  const doc = readFileSync(path.join(ROOT, 'docs/policy.md'), 'utf8');

  test('has a section for every rule, and none for a rule that does not exist', () => {
    const sections = [...doc.matchAll(/^### `([^`]+)`$/gm)].map((m) => m[1]);
    expect(sections).toEqual(Object.keys(POLICY_RULES));
  });

  test('its configuration examples are valid configuration, waivers included', () => {
    const blocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] as string).filter((b) => /^(# dot-ai-release.yaml\n)?chart:/.test(b));
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    for (const block of blocks) {
      const config = validateConfig(parse(block), 'docs/policy.md');
      const policy = config.chart ? config.chart.policy : undefined;
      (policy?.waive ?? []).forEach((w, i) => (typeof w === 'string' ? parseWaiver(w, `waive[${i}]`) : waiverFromMap(w, `waive[${i}]`)));
    }
  });
});
