/** The chart run as the action's outputs, the job summary and `--json`, also when a step failed. */
import { describeRecord, pipelineResult } from '../pipeline/index.js';
import { markdownTable, md, type CommandResult } from '../report/reporter.js';
import { countByRule } from './findings.js';
import type { ChartJob } from './pipeline.js';
import type { ChartRun } from './run.js';

/** The command a user runs to install what was published (with --plain-http when the push used it). */
export function installCommand(job: ChartJob): string {
  if (job.destination.kind !== 'registry') return '(an OCI image layout: copy it to a registry to install)';
  return `helm install ${job.chart.name} ${job.destination.display} --version ${job.chart.version}${job.plainHttp ? ' --plain-http' : ''}`;
}

/** One paragraph on the policy: the mode, what is open by rule, what is waived (nothing when validate found nothing). */
function policySummary(run: ChartRun): string[] {
  const policy = run.findings.filter((f) => f.check === 'policy');
  if (!policy.length) return [];
  const open = policy.filter((f) => !f.waived);
  const waived = policy.length - open.length;
  const counts = open.length ? `: ${md.text(countByRule(open)).source}` : '';
  return ['', `Policy (${run.job.policy.mode}): ${open.length} open finding${open.length === 1 ? '' : 's'}${counts}${waived ? `; ${waived} waived` : ''} (see docs/policy.md).`];
}

export function chartCommandResult(run: ChartRun): CommandResult {
  const { job, published, digest } = run;
  const ref = `${job.destination.display}:${job.chart.version}`;
  // chart-ref and chart-digest say what is (or, in a dry run, would be) published.
  const outputs = {
    'chart-ref': digest ? ref : '',
    'chart-digest': digest,
    'chart-version': job.chart.version,
    'package-path': run.packagePath ?? '',
    findings: JSON.stringify(run.findings),
  };
  const failed = run.records.find((r) => r.status === 'failed');
  const summary = [
    `### Chart ${md.code(job.chart.name).source} ${md.code(job.chart.version).source}${failed ? `: failed at ${failed.name}` : ''}`,
    markdownTable(['Step', 'Result'], run.records.map((r) => [r.name, describeRecord(r)])),
    ...policySummary(run),
    ...(published ? ['', `Reference: ${md.code(ref).source}  \nDigest: ${md.code(digest).source}`, '', md.codeBlock(installCommand(job), 'sh').source] : []),
  ].join('\n');
  return pipelineResult(run, outputs, summary, {
    chart: job.chart.name,
    'app-version': job.chart.appVersion,
    digest,
    status: published?.status ?? 'not-pushed',
    'bytes-uploaded': published?.bytesUploaded ?? 0,
    'policy-mode': job.policy.mode,
    findings: run.findings,
    steps: run.records,
  });
}
