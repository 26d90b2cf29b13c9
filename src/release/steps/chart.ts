/**
 * Chart: the chart's gates and package (CHART_GATES: dependencies, lint, render and validate,
 * package, a read-only look at the registry), with the release version; nothing is pushed. The
 * package is kept for the smoke methods, the publish step and the GitHub release.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chartArtifact } from '../../chart/artifact.js';
import { CHART_GATES, chartContext } from '../../chart/pipeline.js';
import { samePublishedContent } from '../../chart/publish.js';
import { UserError } from '../../errors.js';
import { AlreadyDone, runPipeline, Skip, type Step } from '../../pipeline/index.js';
import type { ReleaseContext } from '../types.js';

export const chart: Step<ReleaseContext> = {
  name: 'chart',
  async run(ctx) {
    const { inputs, artifacts, reporter } = ctx;
    const job = inputs.chart;
    if (!job) return new Skip('no chart is released (input chart: false, or no chart in the repository)');
    const packageDir = mkdtempSync(path.join(process.env.RUNNER_TEMP || tmpdir(), 'dot-ai-release-package-'));
    const chartCtx = chartContext({ ...job, packageDir }, reporter, ctx.cleanup);
    // phase candidate hands the package to the next jobs (the chart-package output): it stays.
    if (inputs.phase !== 'candidate') chartCtx.cleanup.add({ kind: 'directory', path: packageDir });
    artifacts.set('chartContext', chartCtx, 'chart');
    const run = await runPipeline(CHART_GATES, chartCtx, reporter);
    if (run.failure) throw run.failure.error;

    let artifact = chartCtx.artifacts.get('artifact', 'chart');
    let packagePath = chartCtx.artifacts.get('packagePath', 'chart');
    const handed = inputs.handed.chartPackage;
    if (inputs.phase === 'publish') {
      if (!handed) throw new UserError('input candidate-chart: required with phase publish');
      // The package the smoke jobs deployed is the one published: it must be this commit's chart.
      const candidate = chartArtifact(readFileSync(handed), path.basename(handed));
      if (candidate.contentDigest !== artifact.contentDigest) {
        throw new UserError(`input candidate-chart: ${path.basename(handed)} holds other content than this release's chart (${candidate.contentDigest.slice(0, 19)}… vs ${artifact.contentDigest.slice(0, 19)}…)`);
      }
      chartCtx.artifacts.set('artifact', candidate, 'candidate job');
      chartCtx.artifacts.set('packagePath', handed, 'candidate job');
      artifact = candidate;
      packagePath = handed;
    }
    artifacts.set('chartPackage', packagePath, 'chart');
    artifacts.set('chartArtifact', artifact, 'chart');

    const published = chartCtx.artifacts.find('publishedBefore');
    if (published) {
      const target = chartCtx.artifacts.get('target', 'chart');
      if (!(await samePublishedContent(target, artifact, job.chart.version, published))) {
        throw new UserError(`${job.destination.display}:${job.chart.version} is already published (${published}) with other content than this release's chart: a published version is immutable; release another version`);
      }
      artifacts.get('done', 'chart').chart = true;
      artifacts.set('chartDigest', published, 'chart');
      return new AlreadyDone(`${job.destination.display}:${job.chart.version} is published with this content (${published}); packaged for the GitHub release only`);
    }
  },
};
