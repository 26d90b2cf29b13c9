/**
 * Static verification of a Helm chart (or of raw manifests): render, then schema-validate against
 * the oldest and newest supported Kubernetes releases, flag removed APIs, and apply the policy rules.
 * A fork's chart gets the same checks by passing its own chartDir and values files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { readChartYaml } from '../fs/chart-yaml.js';
import { ToolError } from '../tools/exec.js';
import { checkDeprecations } from './deprecations.js';
import { NEWEST_KUBE_VERSION, OLDEST_KUBE_VERSION } from './kube-api-schemas.js';
import { checkPolicies } from './policy.js';
import type { PolicyOptions, PolicyWaiver } from './policy.js';
import { renderChart } from './render.js';
import type { RenderOptions } from './render.js';
import { validateSchemas } from './schema.js';
import type { Finding, RenderedObject } from './types.js';
import { formatFinding } from './types.js';

export { checkDeprecations, findRemovedApi, REMOVED_APIS } from './deprecations.js';
export { NEWEST_KUBE_VERSION, OLDEST_KUBE_VERSION, loadKubeApiSchema } from './kube-api-schemas.js';
export { ANY_RULE, checkPolicies, covers, describeWaiver, imageProblems, isHelmTestHook, podSpecOf, podSpecPath, POLICY_RULES, subchartsOf } from './policy.js';
export { parseWaiver, PolicyWaiverError, waiverFromMap } from './policy.js';
export type { PolicyOptions, PolicyResult, PolicyWaiver } from './policy.js';
export { templateLineOf } from './template-lines.js';
export { renderChart, splitManifests } from './render.js';
export type { RenderOptions } from './render.js';
export { DEFAULT_KUBE_VERSIONS, validateSchemas } from './schema.js';
export { formatFinding, kindOf, nameOf } from './types.js';
export type { Finding, KeyPath, KubeObject, RenderedObject } from './types.js';

export interface VerifyOptions {
  /** Kubernetes minors to check against; default the oldest (1.24) and newest (1.34) supported. */
  kubeVersions?: readonly string[];
  policy?: PolicyOptions;
}

export interface VerifyResult {
  /** What fails the gate. */
  findings: Finding[];
  /** Policy findings a waiver covers (each with its `waiver`): reported, never failing. */
  waivedFindings: Finding[];
  /** Policy rules turned off, with their reasons. */
  waived: PolicyWaiver[];
  /** Rendered objects per Kubernetes minor. */
  rendered: Map<string, RenderedObject[]>;
}

/** Drops findings that several renders (one per Kubernetes version) report identically. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = formatFinding(f);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Schema + deprecation + policy checks of objects that are already rendered (kustomize output, raw files). */
export async function verifyManifests(objects: readonly RenderedObject[], opts: VerifyOptions = {}): Promise<Omit<VerifyResult, 'rendered'>> {
  const schema = await validateSchemas(objects, { kubeVersions: opts.kubeVersions });
  const policy = checkPolicies(objects, opts.policy);
  return { findings: [...schema, ...checkDeprecations(objects), ...policy.findings], waivedFindings: policy.waivedFindings, waived: policy.waived };
}

export type VerifyChartOptions = Omit<RenderOptions, 'kubeVersion'> & VerifyOptions;

/**
 * Whether a chart renders the same whatever the Kubernetes version: true when no template (of the
 * chart or of an unpacked subchart) reads `.Capabilities`. Packed subcharts (.tgz) are not read,
 * so they count as "may differ".
 */
export function rendersAlikeOnEveryKubeVersion(chartDir: string): boolean {
  const walk = (dir: string): boolean =>
    readdirSync(dir, { withFileTypes: true }).every((entry) => {
      const file = join(dir, entry.name);
      if (entry.isDirectory()) return walk(file);
      if (entry.name.endsWith('.tgz')) return false;
      return !/\.(ya?ml|tpl|txt|json)$/.test(entry.name) || !readFileSync(file, 'utf8').includes('.Capabilities');
    });
  return walk(chartDir);
}

/** Helm's own check of Chart.yaml `kubeVersion`, for the versions a single render stands for. */
function assertKubeVersionAllowed(chartDir: string, minor: string): void {
  const constraint = readChartYaml(chartDir).kubeVersion;
  const version = `${minor}.0`;
  if (constraint && !semver.satisfies(version, constraint, { includePrerelease: true })) {
    const message = `chart requires kubeVersion: ${constraint} which is incompatible with Kubernetes v${version}`;
    throw new ToolError(message, 'helm', 1, '', `Error: ${message}\n`);
  }
}

/**
 * Renders the chart for each Kubernetes version (`--kube-version`, so templates that look at
 * Capabilities and the chart's kubeVersion constraint are exercised) and checks each render
 * against that version's schema. A chart whose templates never read `.Capabilities` renders the
 * same for every version: it is rendered once (the oldest) and that render checked against every
 * version. Helm refusing the values throws a ToolError (its stderr names the value). Objects are
 * named after a release called like the chart (not a fixed name), as a user installing it would see them.
 */
export async function verifyChart(opts: VerifyChartOptions): Promise<VerifyResult> {
  const versions = opts.kubeVersions ?? [OLDEST_KUBE_VERSION, NEWEST_KUBE_VERSION];
  const once = versions.length > 1 && rendersAlikeOnEveryKubeVersion(opts.chartDir);
  if (once) for (const v of versions.slice(1)) assertKubeVersionAllowed(opts.chartDir, v);
  // Renders run side by side (helm is the slow part).
  const releaseName = opts.releaseName ?? readChartYaml(opts.chartDir).name;
  const renders = await Promise.all(
    (once ? versions.slice(0, 1) : versions).map((v) => renderChart({ ...opts, releaseName, kubeVersion: `v${v}.0` })),
  );
  const findings: Finding[] = [];
  const waivedFindings: Finding[] = [];
  const rendered = new Map<string, RenderedObject[]>();
  let waived: VerifyResult['waived'] = [];
  for (const [i, v] of versions.entries()) {
    const objects = renders[once ? 0 : i] as RenderedObject[];
    rendered.set(v, objects);
    const r = await verifyManifests(objects, { kubeVersions: [v], policy: opts.policy });
    findings.push(...r.findings);
    waivedFindings.push(...r.waivedFindings);
    waived = r.waived;
  }
  return { findings: dedupe(findings), waivedFindings: dedupe(waivedFindings), waived, rendered };
}
