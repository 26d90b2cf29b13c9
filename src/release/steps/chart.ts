/**
 * Chart: the chart command's gates and package (CHART_GATES: dependencies, lint, render and
 * validate, package, a read-only look at the registry), with the release version; nothing is
 * pushed. The package is kept for the smoke methods, the publish step and the GitHub release.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chartArtifact } from '../../chart/artifact.js';
import { CHART_GATES, chartContext, disposeChartContext } from '../../chart/pipeline.js';
import { samePublishedContent } from '../../chart/publish.js';
import { UserError } from '../../errors.js';
import { AlreadyDone, runPipeline, Skip, type Step } from '../../pipeline/index.js';
import type { ReleaseContext } from '../types.js';

export const chart: Step<ReleaseContext> = {
  name: 'chart',
  async run(ctx) {
    const { inputs, artifacts, reporter } = ctx;
    if (!inputs.chart) return new Skip('no chart is released (input chart: false, or no chart in the repository)');
    // phase candidate hands the package to the next jobs (the chart-package output): it stays.
    const packageDir = mkdtempSync(path.join(process.env.RUNNER_TEMP || tmpdir(), 'dot-ai-release-package-'));
    const chartCtx = chartContext({ ...inputs.chart, packageDir }, reporter);
    if (inputs.phase !== 'candidate') chartCtx.temporary.push(packageDir);
    ctx.chart = chartCtx;
    ctx.cleanup.push(() => disposeChartContext(chartCtx));
    const run = await runPipeline(CHART_GATES, chartCtx, reporter);
    if (run.failure) throw run.failure.error;

    let artifact = chartCtx.artifacts.get('artifact', 'chart');
    let packagePath = chartCtx.artifacts.get('packagePath', 'chart');
    if (inputs.phase === 'publish') {
      // The package the smoke jobs deployed is the one published: it must be this commit's chart.
      const handed = chartArtifact(readFileSync(inputs.candidate!.chartPackage!), path.basename(inputs.candidate!.chartPackage!));
      if (handed.contentDigest !== artifact.contentDigest) {
        throw new UserError(`input candidate-chart: ${path.basename(inputs.candidate!.chartPackage!)} holds other content than this release's chart (${handed.contentDigest.slice(0, 19)}… vs ${artifact.contentDigest.slice(0, 19)}…)`);
      }
      chartCtx.artifacts.set('artifact', handed, 'candidate job');
      chartCtx.artifacts.set('packagePath', inputs.candidate!.chartPackage!, 'candidate job');
      artifact = handed;
      packagePath = inputs.candidate!.chartPackage!;
    }
    artifacts.set('chartPackage', packagePath, 'chart');
    artifacts.set('chartArtifact', artifact, 'chart');

    const published = chartCtx.artifacts.find('publishedBefore');
    if (published) {
      const target = chartCtx.artifacts.get('target', 'chart');
      if (!(await samePublishedContent(target, artifact, inputs.chart.chart.version, published))) {
        throw new UserError(`${inputs.chart.destination.display}:${inputs.chart.chart.version} is already published (${published}) with other content than this release's chart: a published version is immutable; release another version`);
      }
      artifacts.get('done', 'chart').chart = true;
      artifacts.set('chartDigest', published, 'chart');
      return new AlreadyDone(`${inputs.chart.destination.display}:${inputs.chart.chart.version} is published with this content (${published}); packaged for the GitHub release only`);
    }
  },
};
