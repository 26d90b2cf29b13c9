/**
 * Smoke: every configured deployment method on the exact candidate: the image by digest (the
 * engine holds it, pulled by digest) and the chart package, through the smoke gate. A failed
 * method stops the release: nothing is published.
 */
import { UserError } from '../../errors.js';
import { AlreadyDone, Skip, type Step } from '../../pipeline/index.js';
import { runSmokeGate } from '../../smoke/gate.js';
import { smokeFailure } from '../../smoke/report.js';
import type { ReleaseContext } from '../types.js';
import { loadForSmoke } from './image.js';

export const smoke: Step<ReleaseContext> = {
  name: 'smoke',
  async run(ctx) {
    const { inputs, artifacts, reporter } = ctx;
    const settings = inputs.smoke;
    if (!settings) {
      return new Skip(inputs.image || inputs.chart ? 'input smoke-methods: none' : 'nothing to deploy: this release has no image and no chart');
    }
    if (inputs.phase === 'candidate') return new Skip("phase candidate: the workflow's smoke jobs deploy this candidate next");
    if (inputs.phase === 'publish') return new Skip("phase publish: the workflow's smoke jobs passed on this candidate (this job needs them)");
    const done = artifacts.get('done', 'smoke');
    if ((done.image || !inputs.image) && (done.chart || !inputs.chart)) {
      return new AlreadyDone(`${inputs.tag} is published already: it passed the smoke gate before it was published`);
    }
    // The exact candidate: the image by digest (the engine holds it), the chart package (a file, not the chart directory).
    let image = settings.candidate.image;
    if (inputs.image) {
      image = artifacts.find('imageLocalRef') ?? (await loadForSmoke(ctx, inputs.image, artifacts.get('imageDigest', 'smoke')));
      artifacts.set('imageLocalRef', image, 'smoke');
    }
    const chart = inputs.chart ? { path: artifacts.get('chartPackage', 'smoke'), kind: 'package' as const, source: settings.candidate.chart?.source } : settings.candidate.chart;
    const result = await runSmokeGate({ ...settings, candidate: { ...settings.candidate, image, ...(chart ? { chart } : {}) } }, reporter, ctx.cleanup, ctx.signal);
    // The local tag the gate gave the candidate (kind load and compose need one) goes when the release ends.
    if (result.candidate.image.ref !== image) ctx.cleanup.add({ kind: 'docker-image', ref: result.candidate.image.ref });
    artifacts.set('smoke', result, 'smoke');
    if (!result.ok) throw smokeFailure(result) ?? new UserError(`smoke: ${result.failed.length} of ${result.results.length} methods failed; nothing was published`);
    reporter.info(`smoke: all ${result.results.length} methods passed on ${image}${inputs.chart ? ` and ${inputs.chart.chart.name}-${inputs.chart.chart.version}.tgz` : ''}`);
  },
};
