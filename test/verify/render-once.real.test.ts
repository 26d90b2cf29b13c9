import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { ToolError } from '../../src/tools/exec.js';
import { Helm } from '../../src/tools/helm.js';
import { rendersAlikeOnEveryKubeVersion, verifyChart } from '../../src/verify/index.js';
import { ROOT } from '../helpers/repo.js';

const helm = new Helm(path.join(ROOT, '.tools/bin/helm3'));
const work = mkdtempSync(path.join(tmpdir(), 'render-once-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function chartCopy(name: string): string {
  const dir = path.join(work, name);
  cpSync(path.join(ROOT, 'charts/dot-ai'), dir, { recursive: true });
  return dir;
}

test('charts/dot-ai reads no .Capabilities: one render stands for every Kubernetes version', async () => {
  expect(rendersAlikeOnEveryKubeVersion(path.join(ROOT, 'charts/dot-ai'))).toBe(true);
  const result = await verifyChart({ helm, chartDir: path.join(ROOT, 'charts/dot-ai') });
  expect([...result.rendered.keys()]).toEqual(['1.24', '1.34']);
  expect(result.rendered.get('1.24')).toBe(result.rendered.get('1.34'));
  expect(result.findings).toEqual([]);
});

test('a template reading .Capabilities is rendered once per Kubernetes version', async () => {
  const dir = chartCopy('capabilities');
  writeFileSync(
    path.join(dir, 'templates/capabilities.yaml'),
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: caps\n  labels:\n    app.kubernetes.io/name: caps\n    app.kubernetes.io/instance: caps\ndata:\n  kube: {{ .Capabilities.KubeVersion.Version | quote }}\n',
  );
  expect(rendersAlikeOnEveryKubeVersion(dir)).toBe(false);
  const result = await verifyChart({ helm, chartDir: dir });
  const kube = (v: string) => result.rendered.get(v)?.find((o) => o.object.metadata?.name === 'caps')?.object.data;
  expect(kube('1.24')).toEqual({ kube: 'v1.24.0' });
  expect(kube('1.34')).toEqual({ kube: 'v1.34.0' });
});

test("Chart.yaml kubeVersion is still enforced for the versions a single render stands for", async () => {
  const dir = chartCopy('old-only');
  const chartYaml = path.join(dir, 'Chart.yaml');
  writeFileSync(chartYaml, readFileSync(chartYaml, 'utf8').replace(/kubeVersion: .*/, 'kubeVersion: ">=1.24.0-0 <1.30.0-0"'));
  const run = verifyChart({ helm, chartDir: dir });
  await expect(run).rejects.toBeInstanceOf(ToolError);
  await expect(run).rejects.toThrow('chart requires kubeVersion: >=1.24.0-0 <1.30.0-0 which is incompatible with Kubernetes v1.34.0');
});
