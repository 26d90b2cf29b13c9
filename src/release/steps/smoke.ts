/**
 * Smoke: every configured deployment method on the exact candidate: the image by digest (the
 * engine holds it, pulled by digest) and the chart package, through the smoke command. A failed
 * method stops the release: nothing is published.
 */
import { LOADERS } from '../../commands/load.js';
import { UserError } from '../../errors.js';
import { AlreadyDone, Skip, type Step } from '../../pipeline/index.js';
import type { ReleaseContext } from '../types.js';
import { loadForSmoke } from './image.js';

export const smoke: Step<ReleaseContext> = {
  name: 'smoke',
  async run(ctx) {
    const { inputs, artifacts, reporter } = ctx;
    if (!inputs.smoke) return new Skip('nothing to deploy: this release has no image and no chart');
    if (inputs.phase === 'candidate') return new Skip("phase candidate: the workflow's smoke jobs deploy this candidate next");
    if (inputs.phase === 'publish') return new Skip("phase publish: the workflow's smoke jobs passed on this candidate (this job needs them)");
    const done = artifacts.get('done', 'smoke');
    if ((done.image || !inputs.image) && (done.chart || !inputs.chart)) {
      return new AlreadyDone(`${inputs.tag} is published already: it passed the smoke gate before it was published`);
    }
    const options = { ...inputs.smoke.options };
    if (inputs.image) {
      if (!artifacts.has('imageLocalRef')) await loadForSmoke(ctx, artifacts.get('imageDigest', 'smoke'));
      options.image = artifacts.get('imageLocalRef', 'smoke');
    }
    if (inputs.chart) options.chart = artifacts.get('chartPackage', 'smoke');
    const load = LOADERS.smoke;
    if (!load) throw new UserError('smoke: this build of the toolkit has no smoke command');
    const result = await (await load()).run(options, reporter);
    const results = (result.json as { results?: { status?: string }[] } | undefined)?.results ?? [];
    const failed = results.filter((r) => r.status !== 'passed').length;
    artifacts.set('smoke', { passed: results.length - failed, failed, summary: result.summary ?? '', results }, 'smoke');
    if (!result.ok || result.error !== undefined) {
      throw result.error instanceof Error ? result.error : new UserError(`smoke: ${failed} of ${results.length} methods failed; nothing was published`);
    }
    reporter.info(`smoke: all ${results.length} methods passed on ${options.image ?? ''}${inputs.chart ? ` and ${inputs.chart.chart.name}-${inputs.chart.chart.version}.tgz` : ''}`);
  },
};
