/** The `chart` step's entry: the chart steps (src/chart/pipeline.ts) on a parsed job, with a typed result. */
import path from 'node:path';
import { runPipeline, type StepFailure, type StepRecord } from '../pipeline/index.js';
import type { Reporter } from '../report/reporter.js';
import type { CleanupRegistry } from '../tools/cleanup.js';
import { CHART_STAGES, chartContext, disposeChartContext, type ChartJob } from './pipeline.js';
import type { ReportedFinding } from './findings.js';
import type { PublishResult } from './publish.js';

export interface ChartRun {
  job: ChartJob;
  records: StepRecord[];
  failure?: StepFailure;
  published?: PublishResult;
  /** The manifest digest published, or (dry run) that would be. */
  digest: string;
  /** The kept package (with package-dir). */
  packagePath?: string;
  /** The validation findings (none when validate did not run), waived ones marked. */
  findings: ReportedFinding[];
}

export async function runChart(job: ChartJob, reporter: Reporter, cleanup: CleanupRegistry): Promise<ChartRun> {
  reporter.info(`chart ${job.chart.name} ${job.chart.version} (appVersion ${job.chart.appVersion}) from ${path.relative(job.root, job.chartDir) || '.'} to ${job.destination.display}`);
  const ctx = chartContext(job, reporter, cleanup);
  try {
    const run = await runPipeline(CHART_STAGES, ctx, reporter);
    const published = ctx.artifacts.find('published');
    return {
      job, records: run.records, failure: run.failure, published,
      digest: published?.digest ?? ctx.artifacts.find('artifact')?.manifestDigest ?? '',
      packagePath: job.packageDir ? ctx.artifacts.find('packagePath') : undefined,
      findings: ctx.artifacts.find('findings') ?? [],
    };
  } finally {
    for (const problem of await disposeChartContext(ctx)) reporter.warning(`not removed: ${problem}`);
  }
}
