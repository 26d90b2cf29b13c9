/**
 * The chart's validation findings as users see them: each placed on its template and line,
 * printed as an error (it fails the chart) or a warning (policy mode warn), listed for `--json`
 * and the action's `findings` output, and counted by rule for the summary. Waivers are printed
 * with their reasons and what they covered; a waiver that covers nothing is said, so a stale or
 * misspelt one does not linger.
 */
import type { Location, Reporter } from '../report/reporter.js';
import { describeWaiver, formatFinding, type Finding, type PolicyWaiver, type RenderedObject } from '../verify/index.js';
import { placeFindings, type ChartTemplates, type FindingPlace } from './templates.js';

export type PolicyMode = 'enforce' | 'warn';

/** One finding, for `--json` and the action's `findings` output (kebab-free keys, like the rest of a finding). */
export interface ReportedFinding {
  check: Finding['check'];
  rule: string;
  /** `Kind/name`, as rendered. */
  object: string;
  container?: string;
  subchart?: string;
  /** The values the chart was rendered with: `default values` or the values file. */
  values: string;
  kubeVersion?: string;
  /** The template (repository-relative), or the subchart archive holding it. */
  file: string;
  /** The template inside the archive `file`. */
  entry?: string;
  /** The template line (in `entry` when there is one). */
  line?: number;
  /** Why there is no line. */
  unmapped?: string;
  message: string;
  waived: boolean;
  waiver?: { waiver: string; reason: string; origin?: string };
}

/** The findings of one render (the chart's defaults, or one values file). */
export interface RenderFindings {
  /** `default values` or the values file, repository-relative. */
  values: string;
  findings: Finding[];
  waivedFindings: Finding[];
  objects: RenderedObject[];
}

function reported(finding: Finding, place: FindingPlace, values: string): ReportedFinding {
  const waiver = finding.waiver;
  return {
    check: finding.check,
    rule: finding.rule,
    object: `${finding.kind}/${finding.name}`,
    ...(finding.container ? { container: finding.container } : {}),
    ...(finding.subchart ? { subchart: finding.subchart } : {}),
    values,
    ...(finding.kubeVersion ? { kubeVersion: finding.kubeVersion } : {}),
    file: place.file,
    ...(place.entry ? { entry: place.entry } : {}),
    ...(place.line !== undefined ? { line: place.line } : {}),
    ...(place.unmapped ? { unmapped: place.unmapped } : {}),
    message: finding.message,
    waived: waiver !== undefined,
    ...(waiver ? { waiver: { waiver: describeWaiver(waiver), reason: waiver.reason, ...(waiver.origin ? { origin: waiver.origin } : {}) } } : {}),
  };
}

/** Every finding of every render, placed (waived ones too, marked). */
export function reportFindings(templates: ChartTemplates, renders: readonly RenderFindings[]): { finding: Finding; reported: ReportedFinding }[] {
  return renders.flatMap((render) => {
    const all = [...render.findings, ...render.waivedFindings];
    const places = placeFindings(templates, all, render.objects);
    return all.map((finding, i) => ({ finding, reported: reported(finding, places[i] as FindingPlace, render.values) }));
  });
}

/** Where an annotation goes: the template and line; an archive gets no line (the line is in the message). */
export function annotationOf(f: ReportedFinding): Location {
  return f.entry || f.line === undefined ? { file: f.file } : { file: f.file, line: f.line };
}

/** The one line printed for a finding (the CLI and the annotation put the file and line in front). */
export function findingLine(finding: Finding, f: ReportedFinding): string {
  const inArchive = f.entry ? ` (in ${f.entry}${f.line === undefined ? '' : `:${f.line}`})` : '';
  return `${f.values}: ${formatFinding({ ...finding, source: undefined })}${inArchive}`;
}

/** `capabilities 5, seccomp-profile 5, ...`: counts by rule, most first. */
export function countByRule(findings: readonly ReportedFinding[]): string {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([rule, n]) => `${rule} ${n}`).join(', ');
}

/**
 * Prints the findings: what fails (enforce mode: every policy finding; always: schema and
 * removed-API findings) as errors, the rest of the policy findings as warnings (warn mode), each
 * on its template line; then the waivers with what they covered, and what has no line. Returns
 * how many findings fail the chart.
 */
export function printFindings(
  reporter: Reporter,
  all: readonly { finding: Finding; reported: ReportedFinding }[],
  waivers: readonly PolicyWaiver[],
  mode: PolicyMode,
): number {
  let failing = 0;
  for (const { finding, reported: f } of all) {
    if (f.waived) continue;
    const line = findingLine(finding, f);
    if (f.check === 'policy' && mode === 'warn') {
      reporter.warning(line, annotationOf(f));
    } else {
      reporter.error(line, annotationOf(f));
      failing++;
    }
  }
  for (const waiver of waivers) {
    const covered = all.filter(({ finding }) => finding.waiver === waiver).length;
    const where = waiver.origin ? ` (${waiver.origin})` : '';
    if (covered) reporter.warning(`policy waiver ${describeWaiver(waiver)}${where}: ${covered} finding${covered === 1 ? '' : 's'} waived: ${waiver.reason}`);
    else reporter.warning(`policy waiver ${describeWaiver(waiver)}${where} covers no finding: remove it, or check its scope (objects are named as the chart renders them)`);
  }
  const policy = all.filter(({ reported: f }) => f.check === 'policy');
  const open = policy.filter(({ reported: f }) => !f.waived).map(({ reported: f }) => f);
  const waived = policy.length - open.length;
  if (policy.length) {
    reporter.info(
      `policy (${mode}): ${open.length} finding${open.length === 1 ? '' : 's'}${open.length ? ` (${countByRule(open)})` : ''}${waived ? `, ${waived} waived` : ''}`,
    );
  }
  const unmapped = all.filter(({ reported: f }) => f.unmapped && !f.waived);
  if (unmapped.length) {
    const why = new Map<string, number>();
    for (const { reported: f } of unmapped) why.set(f.unmapped as string, (why.get(f.unmapped as string) ?? 0) + 1);
    reporter.info(`${unmapped.length} finding${unmapped.length === 1 ? ' has' : 's have'} no template line: ${[...why].map(([reason, n]) => `${reason} (${n})`).join('; ')}`);
  }
  return failing;
}
