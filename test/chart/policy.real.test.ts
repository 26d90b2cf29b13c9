/**
 * The chart policy on a chart shaped like dot-ai's (test/chart/policy-helpers.ts), with real helm:
 * enforce fails on 33 findings, warn passes with them as warnings on their template lines, the
 * waivers dot-ai needs (written in dot-ai-release.yaml) let enforce pass; findings in --json and
 * the findings output. Also: values files and Chart.lock read the one way repository files are
 * read, and the package is the same bytes however often and whenever it is made.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { contentDigest, readTgz } from '../../src/chart/archive.js';
import type { ReportedFinding } from '../../src/chart/findings.js';
import { chartCommand, runInProcess } from '../helpers/capture.js';
import { ROOT, runAction, runCli } from '../helpers/repo.js';
import { startRegistry } from '../helpers/registry.js';
import { dotAiShapedRepo, WAIVERS, writePolicy } from './policy-helpers.js';

const HELM = path.join(ROOT, '.tools/bin/helm3');
try {
  execFileSync(HELM, ['version', '--short']);
} catch {
  throw new Error(`${HELM} is missing: run node scripts/setup.mjs helm`);
}

const work = mkdtempSync(path.join(tmpdir(), 'chart-policy-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function chart(repo: string, options: Record<string, string | boolean> = {}) {
  return runInProcess(chartCommand, { 'working-directory': repo, helm: HELM, registry: 'oci://localhost:5000/charts', 'dry-run': true, ...options });
}

const findingsOf = (run: Awaited<ReturnType<typeof chart>>): ReportedFinding[] => JSON.parse(run.result?.outputs.findings ?? 'null');
const byRule = (findings: ReportedFinding[]) => {
  const counts: Record<string, number> = {};
  for (const f of findings) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
  return counts;
};
const DOT_AI_COUNTS = { capabilities: 5, 'seccomp-profile': 5, 'rbac-no-wildcards': 5, 'run-as-non-root': 4, 'no-privilege-escalation': 4, 'read-only-root-filesystem': 4, resources: 4, probes: 1, 'image-tag': 1 };

describe('a chart shaped like dot-ai\'s', () => {
  const repo = dotAiShapedRepo(work);

  test('enforce (the default): 33 findings over 9 rules, 18 in the subchart, each an error on its template line; nothing published', async () => {
    const run = await chart(repo);
    expect(run.error).toBe('chart mcp-app: 33 validation findings (see above) (fix them, waive them with a reason, or set the policy mode to warn: docs/policy.md); nothing was published');
    const findings = findingsOf(run);
    expect(findings).toHaveLength(33);
    expect(byRule(findings)).toEqual(DOT_AI_COUNTS);
    expect(findings.filter((f) => f.subchart === 'vecstore')).toHaveLength(18);
    expect(findings.every((f) => f.line !== undefined && !f.unmapped && !f.waived)).toBe(true);
    expect(run.reporter.lines.filter((l) => l.startsWith('error: ') && l.includes('[policy:'))).toHaveLength(33);
    expect(run.result?.json).toMatchObject({ 'policy-mode': 'enforce', findings });
  });

  test('findings point at the template line of their key, or of its nearest parent the template writes', async () => {
    const findings = findingsOf(await chart(repo, { 'policy-mode': 'warn' }));
    const at = (rule: string, object: string, container?: string) =>
      findings.filter((f) => f.rule === rule && f.object === object && f.container === container).map((f) => [f.file, f.entry, f.line, f.message]);
    // the chart's own templates: the container's `- name:` line (no securityContext at all), the RBAC rule's own key
    expect(at('capabilities', 'Deployment/mcp-app', 'mcp-server')).toEqual([['charts/templates/deployment.yaml', undefined, 17, 'capabilities.drop does not include ALL']]);
    expect(at('seccomp-profile', 'Deployment/mcp-app-tools', 'tools')).toEqual([['charts/templates/plugin-deployment.yaml', undefined, 17, expect.stringContaining('seccompProfile type is not set')]]);
    expect(at('rbac-no-wildcards', 'ClusterRole/mcp-app').map((f) => [f[2], f[3]])).toEqual([
      [10, 'rules[0].resources has a wildcard'],
      [9, 'rules[0].apiGroups has a wildcard'],
      [14, 'rules[1].resources has a wildcard'],
      [13, 'rules[1].apiGroups has a wildcard'],
      [16, 'rules[2].nonResourceURLs has a wildcard'],
    ]);
    // inside the vendored archive: the file is the archive, the entry and line the template inside it
    const archive = 'charts/charts/vecstore-0.3.0.tgz';
    expect(at('capabilities', 'StatefulSet/mcp-app-vecstore', 'vecstore')).toEqual([[archive, 'vecstore/templates/statefulset.yaml', 33, 'capabilities.drop does not include ALL']]);
    expect(at('resources', 'StatefulSet/mcp-app-vecstore', 'vecstore').map((f) => f[2])).toEqual([30, 30]);
    expect(at('probes', 'StatefulSet/mcp-app-vecstore', 'vecstore').map((f) => f[2])).toEqual([24]);
    expect(at('run-as-non-root', 'StatefulSet/mcp-app-vecstore', 'ensure-dir-ownership').map((f) => f[2])).toEqual([20]);
    expect(at('image-tag', 'Pod/mcp-app-vecstore-test-db', 'test-script')).toEqual([[archive, 'vecstore/templates/tests/test-db.yaml', 13, 'image registry.example/bci-base:latest uses the mutable tag latest']]);
  });

  test('warn, from the input or from the config: every finding a warning, and the chart passes', async () => {
    const fromInput = await chart(repo, { 'policy-mode': 'warn' });
    expect(fromInput.error).toBeUndefined();
    const warnings = fromInput.reporter.lines.filter((l) => l.startsWith('warning: ') && l.includes('[policy:'));
    expect(warnings).toHaveLength(33);
    expect(warnings).toContain('warning: charts/templates/deployment.yaml: default values: [policy:capabilities] Deployment/mcp-app container mcp-server: capabilities.drop does not include ALL');
    expect(warnings).toContain('warning: charts/charts/vecstore-0.3.0.tgz: default values: [policy:probes] StatefulSet/mcp-app-vecstore container vecstore: livenessProbe is not set (in vecstore/templates/statefulset.yaml:24)');
    expect(fromInput.reporter.text()).toContain('policy (warn): 33 findings (capabilities 5, rbac-no-wildcards 5, seccomp-profile 5, no-privilege-escalation 4, read-only-root-filesystem 4, resources 4, run-as-non-root 4, image-tag 1, probes 1)');
    expect(fromInput.result?.summary).toContain('Policy (warn): 33 open findings: capabilities 5');
    expect(fromInput.reporter.text()).toContain('• validate: done');

    const configured = dotAiShapedRepo(work);
    writePolicy(configured, ['mode: warn']);
    const fromConfig = await chart(configured);
    expect(fromConfig.error).toBeUndefined();
    expect(findingsOf(fromConfig)).toHaveLength(33);
    // the input wins over the file
    expect((await chart(configured, { 'policy-mode': 'enforce' })).error).toMatch(/^chart mcp-app: 33 validation findings/);
  });

  test('enforce with the waivers dot-ai needs in dot-ai-release.yaml (10 lines): passes, each waiver printed with its reason and count', async () => {
    const waived = dotAiShapedRepo(work);
    writePolicy(waived, ['waive:', ...WAIVERS.map((w) => `  - ${w}`)]);
    expect(readFileSync(path.join(waived, 'dot-ai-release.yaml'), 'utf8').trimEnd().split('\n')).toHaveLength(10);
    const run = await chart(waived);
    expect(run.error).toBeUndefined();
    const findings = findingsOf(run);
    expect(findings).toHaveLength(33);
    expect(findings.every((f) => f.waived)).toBe(true);
    expect(findings.filter((f) => f.waiver?.waiver === '*@charts/vecstore')).toHaveLength(18);
    expect(findings.find((f) => f.rule === 'rbac-no-wildcards')?.waiver).toEqual({ waiver: 'rbac-no-wildcards@ClusterRole/mcp-app', reason: 'manages every kind of resource by design', origin: 'dot-ai-release.yaml: chart.policy.waive[1]' });
    const text = run.reporter.text();
    expect(text).toContain('warning: policy waiver *@charts/vecstore (dot-ai-release.yaml: chart.policy.waive[0]): 18 findings waived: the vendored store keeps upstream defaults (root init container, no resources, test pod on :latest)');
    expect(text).toContain('warning: policy waiver capabilities (dot-ai-release.yaml: chart.policy.waive[4]): 2 findings waived: no securityContext value yet');
    expect(text).toContain('policy (enforce): 0 findings, 33 waived');
    expect(run.reporter.lines.filter((l) => l.includes('[policy:'))).toEqual([]);
  });

  test('the input skip-policies adds to the file\'s waivers; a waiver that covers nothing is said', async () => {
    const partly = dotAiShapedRepo(work);
    writePolicy(partly, ['waive:', ...WAIVERS.slice(0, -1).map((w) => `  - ${w}`), '  - rule: probes', '    object: Deployment/gone', '    reason: an object that no longer exists']);
    expect((await chart(partly)).error).toMatch(/^chart mcp-app: 2 validation findings/);
    const run = await chart(partly, { 'skip-policies': 'read-only-root-filesystem=sessions on the container file system' });
    expect(run.error).toBeUndefined();
    expect(run.reporter.text()).toContain('warning: policy waiver read-only-root-filesystem (input skip-policies[0]): 2 findings waived: sessions on the container file system');
    expect(run.reporter.text()).toContain('warning: policy waiver probes@Deployment/gone (dot-ai-release.yaml: chart.policy.waive[6]) covers no finding: remove it, or check its scope');
  });

  test('a subchart under an alias, and one unpacked under charts/: waivers and templates found by the name helm renders them under', async () => {
    const aliased = dotAiShapedRepo(work);
    const chartYaml = path.join(aliased, 'charts/Chart.yaml');
    writeFileSync(chartYaml, readFileSync(chartYaml, 'utf8').replace('    condition: vecstore.enabled', '    alias: store\n    condition: store.enabled'));
    const run = await chart(aliased, { 'policy-mode': 'warn', 'skip-policies': 'probes@charts/store=no liveness upstream' });
    const findings = findingsOf(run);
    expect(findings.filter((f) => f.subchart === 'store')).toHaveLength(18);
    expect(findings.find((f) => f.rule === 'probes')).toMatchObject({ subchart: 'store', file: 'charts/charts/vecstore-0.3.0.tgz', entry: 'vecstore/templates/statefulset.yaml', line: 24, waived: true });

    const unpacked = dotAiShapedRepo(work);
    const archive = path.join(unpacked, 'charts/charts/vecstore-0.3.0.tgz');
    for (const e of readTgz(readFileSync(archive), 'vecstore')) {
      mkdirSync(path.dirname(path.join(unpacked, 'charts/charts', e.name)), { recursive: true });
      writeFileSync(path.join(unpacked, 'charts/charts', e.name), e.content);
    }
    rmSync(archive);
    const fromDir = findingsOf(await chart(unpacked, { 'policy-mode': 'warn' }));
    expect(fromDir.find((f) => f.rule === 'probes')).toMatchObject({ subchart: 'vecstore', file: 'charts/charts/vecstore/templates/statefulset.yaml', line: 24 });
    expect(fromDir.find((f) => f.rule === 'probes')?.entry).toBeUndefined();
  });

  test('a bad waiver in the config is refused by file, field and index before helm runs', async () => {
    const bad = dotAiShapedRepo(work);
    writePolicy(bad, ['waive:', '  - rule: capabilites', '    subchart: vecstore', '    reason: typo']);
    const run = await chart(bad);
    expect(run.error).toMatch(/^dot-ai-release.yaml: chart.policy.waive\[0\].rule: unknown policy rule "capabilites"; known: /);
    expect(run.spawned.filter((argv) => argv[0] === HELM)).toEqual([]);
  });

  test('--json on the CLI lists the findings; the exit code follows the mode', async () => {
    const warn = await runCli(['chart', '--working-directory', repo, '--helm', HELM, '--registry', 'oci://localhost:5000/charts', '--dry-run', '--policy-mode', 'warn', '--json']);
    expect(warn.code).toBe(0);
    const json = JSON.parse(warn.stdout) as { findings: ReportedFinding[]; 'policy-mode': string };
    expect(json['policy-mode']).toBe('warn');
    expect(json.findings).toHaveLength(33);
    expect(json.findings[0]).toEqual({
      check: 'policy', rule: 'rbac-no-wildcards', object: 'ClusterRole/mcp-app', values: 'default values',
      file: 'charts/templates/clusterrole.yaml', line: 10, message: 'rules[0].resources has a wildcard', waived: false,
    });
    expect(warn.stderr).toContain('warning: charts/templates/clusterrole.yaml:10: default values: [policy:rbac-no-wildcards] ClusterRole/mcp-app: rules[0].resources has a wildcard');
    const enforce = await runCli(['chart', '--working-directory', repo, '--helm', HELM, '--registry', 'oci://localhost:5000/charts', '--dry-run', '--json']);
    expect(enforce.code).toBe(1);
    expect(JSON.parse(enforce.stdout).findings).toHaveLength(33);
  });
});

describe('the action (dist/index.js)', () => {
  test('warn: a warning annotation on each template line, the findings output as JSON, the step passes', async () => {
    const repo = dotAiShapedRepo(work);
    const runner = mkdtempSync(path.join(work, 'runner-'));
    const env = { GITHUB_OUTPUT: path.join(runner, 'output'), GITHUB_STEP_SUMMARY: path.join(runner, 'summary'), GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: repo, HELM_BIN: HELM };
    writeFileSync(env.GITHUB_OUTPUT, '');
    writeFileSync(env.GITHUB_STEP_SUMMARY, '');
    const run = await runAction({ command: 'chart', 'working-directory': repo, registry: 'oci://localhost:5000/charts', 'dry-run': 'true', 'policy-mode': 'warn' }, env);
    expect(run.code).toBe(0);
    const annotations = run.stdout.split('\n').filter((l) => l.startsWith('::warning file=') && l.includes('[policy:'));
    expect(annotations).toHaveLength(33);
    expect(annotations).toContain('::warning file=charts/templates/deployment.yaml,line=17::default values: [policy:capabilities] Deployment/mcp-app container mcp-server: capabilities.drop does not include ALL');
    // a template inside an archive: the annotation is on the archive, the line is in the message
    expect(annotations).toContain('::warning file=charts/charts/vecstore-0.3.0.tgz::default values: [policy:probes] StatefulSet/mcp-app-vecstore container vecstore: livenessProbe is not set (in vecstore/templates/statefulset.yaml:24)');
    const output = /^findings<<(\S+)\n([\s\S]*?)\n\1$/m.exec(readFileSync(env.GITHUB_OUTPUT, 'utf8'));
    const findings = JSON.parse(output?.[2] ?? 'null') as ReportedFinding[];
    expect(findings).toHaveLength(33);
    expect(findings.filter((f) => f.entry === 'vecstore/templates/statefulset.yaml')).toHaveLength(12);
    expect(readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8')).toContain('Policy (warn): 33 open findings');
  });
});

describe('files the chart command takes are read the one way repository files are read', () => {
  test('a values file symlinked outside the repository is refused before helm reads it', async () => {
    const repo = dotAiShapedRepo(work);
    const outside = path.join(mkdtempSync(path.join(work, 'outside-')), 'secret-values.yaml');
    writeFileSync(outside, 'image:\n  tag: "stolen"\n');
    symlinkSync(outside, path.join(repo, 'values-prod.yaml'));
    const run = await chart(repo, { values: 'values-prod.yaml', 'policy-mode': 'warn' });
    expect(run.error).toBe(`input values[0]: "values-prod.yaml" is a symlink to ${outside}, outside the repository`);
    expect(run.spawned.filter((argv) => argv[0] === HELM)).toEqual([]);
    // a values file inside the repository, through a symlink inside it, is read
    mkdirSync(path.join(repo, 'values'));
    writeFileSync(path.join(repo, 'values/prod.yaml'), 'image:\n  tag: "2.0.1"\n');
    symlinkSync('values/prod.yaml', path.join(repo, 'values-inside.yaml'));
    const inside = await chart(repo, { values: 'values-inside.yaml', 'policy-mode': 'warn' });
    expect(inside.error).toBeUndefined();
    expect(findingsOf(inside).filter((f) => f.values === 'values/prod.yaml')).toHaveLength(33);
  });

  test('a malformed Chart.lock is one line naming the file and line, exit 1', async () => {
    const repo = dotAiShapedRepo(work);
    writeFileSync(path.join(repo, 'charts/Chart.lock'), 'dependencies:\n- name: vecstore\n  version: [0.3.0\ndigest: x\n');
    const run = await runCli(['chart', '--working-directory', repo, '--helm', HELM, '--registry', 'oci://localhost:5000/charts', '--dry-run']);
    expect(run.code).toBe(1);
    const errors = run.stderr.split('\n').filter((l) => l.startsWith('error: '));
    // the parser notices the unclosed [ where the next key starts
    expect(errors).toEqual(['error: charts/Chart.lock:4: malformed YAML (Flow sequence in block collection must be sufficiently indented and end with a ])']);
    expect(run.stderr).not.toContain('unexpected error');

    writeFileSync(path.join(repo, 'charts/Chart.lock'), 'dependencies:\n- name: vecstore\n  version: {major: 0}\n');
    const wrongType = await runCli(['chart', '--working-directory', repo, '--helm', HELM, '--registry', 'oci://localhost:5000/charts', '--dry-run']);
    expect(wrongType.code).toBe(1);
    expect(wrongType.stderr).toContain('error: charts/Chart.lock:2: dependencies[0].version: expected a string, got a map');
  });
});

describe('packaging is reproducible', () => {
  test('the same chart packaged twice, seconds apart, is the same bytes (helm alone is not)', async () => {
    const repo = dotAiShapedRepo(work);
    const packageOnce = async () => {
      const dir = mkdtempSync(path.join(work, 'package-'));
      const run = await chart(repo, { 'policy-mode': 'warn', 'package-dir': dir });
      expect(run.error).toBeUndefined();
      return { bytes: readFileSync(run.result?.outputs['package-path'] as string) };
    };
    const first = await packageOnce();
    await new Promise((resolve) => setTimeout(resolve, 2100)); // tar headers hold seconds
    const second = await packageOnce();
    expect(second.bytes.equals(first.bytes)).toBe(true);
    const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
    expect(sha(second.bytes)).toBe(sha(first.bytes));
    expect(contentDigest(readTgz(second.bytes, 'second'))).toBe(contentDigest(readTgz(first.bytes, 'first')));
    expect(readTgz(first.bytes, 'first').map((e) => e.name)).toContain('mcp-app/charts/vecstore/templates/statefulset.yaml');

    // What helm itself writes differs from one second to the next (the time in every tar header).
    const raw = async () => {
      const dir = mkdtempSync(path.join(work, 'raw-'));
      execFileSync(HELM, ['package', path.join(repo, 'charts'), '--destination', dir]);
      return readFileSync(path.join(dir, readdirSync(dir)[0] as string));
    };
    const rawFirst = await raw();
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await raw()).equals(rawFirst)).toBe(false);
  });
});

describe('a re-run of a chart published with its findings as warnings', () => {
  test('published with 33 warnings; run again, it is found published and says none of them again', async () => {
    const registry = await startRegistry();
    try {
      const repo = dotAiShapedRepo(mkdtempSync(path.join(work, 'republish-')));
      const options = { 'policy-mode': 'warn', 'dry-run': false, registry: `oci://${registry.host}/charts`, 'plain-http': true };
      const policyWarnings = (run: Awaited<ReturnType<typeof chart>>) => run.reporter.lines.filter((l) => l.startsWith('warning: ') && l.includes('[policy:'));
      const first = await chart(repo, options);
      expect(first.error, first.reporter.text()).toBeUndefined();
      expect(policyWarnings(first)).toHaveLength(33);
      const again = await chart(repo, options);
      expect(again.error, again.reporter.text()).toBeUndefined();
      expect(again.result?.json).toMatchObject({ status: 'already-published' });
      expect(policyWarnings(again)).toEqual([]);
    } finally {
      await registry.stop();
    }
  });
});
