/**
 * Smoke: every configured deployment method on the exact candidate: the image by digest (the
 * engine holds it, pulled by digest) and the chart package, through the smoke command. A failed
 * method stops the release: nothing is published.
 */
import * as core from '@actions/core';
import { execute as runSmoke } from '../../commands/smoke.js';
import type { CleanupAction } from '../../smoke/cleanup.js';
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
    // The exact candidate: the image by digest (the engine holds it), the chart package (a file, not the chart directory).
    let image = inputs.smoke.candidate.image;
    if (inputs.image) {
      if (!artifacts.has('imageLocalRef')) await loadForSmoke(ctx, artifacts.get('imageDigest', 'smoke'));
      image = artifacts.get('imageLocalRef', 'smoke');
    }
    const chart = inputs.chart ? { path: artifacts.get('chartPackage', 'smoke'), kind: 'package' as const } : inputs.smoke.candidate.chart;
    // As the smoke command does on Actions: what is left to remove is saved for the action's post step (a cancelled job).
    const persist = process.env.GITHUB_STATE ? (actions: CleanupAction[]) => core.saveState('smoke-cleanup', JSON.stringify(actions)) : undefined;
    const result = await runSmoke({ ...inputs.smoke, candidate: { ...inputs.smoke.candidate, image, ...(chart ? { chart } : {}) } }, reporter, persist);
    // The local tag the smoke command gave the candidate (kind load and compose need one) goes when the release ends.
    const tagged = (result.json as { image?: { ref?: string } } | undefined)?.image?.ref;
    if (ctx.image && tagged && tagged !== image) {
      const docker = ctx.image.docker;
      ctx.cleanup.push(() => docker.removeImage(tagged));
    }
    const results = (result.json as { results?: { status?: string }[] } | undefined)?.results ?? [];
    const failed = results.filter((r) => r.status !== 'passed').length;
    artifacts.set('smoke', { passed: results.length - failed, failed, summary: result.summary ?? '', results }, 'smoke');
    if (!result.ok || result.error !== undefined) {
      throw result.error instanceof Error ? result.error : new UserError(`smoke: ${failed} of ${results.length} methods failed; nothing was published`);
    }
    reporter.info(`smoke: all ${results.length} methods passed on ${image}${inputs.chart ? ` and ${inputs.chart.chart.name}-${inputs.chart.chart.version}.tgz` : ''}`);
  },
};
