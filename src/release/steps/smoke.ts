/**
 * Smoke: every configured deployment method on the exact candidates: each image by digest (the
 * engine holds it, pulled by digest) and the chart package, through the smoke gate. A failed
 * method stops the release: nothing is published.
 */
import { UserError } from '../../errors.js';
import { AlreadyDone, Skip, type Step } from '../../pipeline/index.js';
import { runSmokeGate } from '../../smoke/gate.js';
import { smokeFailure } from '../../smoke/report.js';
import { imagesOf } from '../images.js';
import type { ReleaseContext } from '../types.js';
import { loadForSmoke } from './image.js';

export const smoke: Step<ReleaseContext> = {
  name: 'smoke',
  async run(ctx) {
    const { inputs, artifacts, reporter } = ctx;
    const settings = inputs.smoke;
    if (!settings) {
      return new Skip(inputs.images.length || inputs.chart ? 'input smoke-methods: none' : 'nothing to deploy: this release has no image and no chart');
    }
    if (inputs.phase === 'candidate') return new Skip("phase candidate: the workflow's smoke jobs deploy this candidate next");
    if (inputs.phase === 'publish') return new Skip("phase publish: the workflow's smoke jobs passed on this candidate (this job needs them)");
    const done = artifacts.get('done', 'smoke');
    const images = imagesOf(ctx, 'smoke');
    if (images.every((i) => done.images.has(i.name)) && (done.chart || !inputs.chart)) {
      return new AlreadyDone(`${inputs.tag} is published already: it passed the smoke gate before it was published`);
    }
    // The exact candidates: every image by digest (the engine holds them), the chart package (a file, not the chart directory).
    const candidates = new Map<string, string>();
    for (const image of images) candidates.set(image.name, await loadForSmoke(ctx, image));
    // The server in the server's place (not released here: the configured one at this version); the
    // others (the plugin) wherever a method names their repository.
    const server = images.find((i) => i.image.server);
    const image = server ? (candidates.get(server.name) ?? settings.candidate.image) : settings.candidate.image;
    const rest = images.filter((i) => i !== server);
    const others = images.length ? rest.map((o) => ({ repository: o.name, image: candidates.get(o.name) ?? o.name })) : (settings.candidate.others ?? []);
    const repository = server ? server.name : settings.candidate.repository;
    const chart = inputs.chart ? { path: artifacts.get('chartPackage', 'smoke'), kind: 'package' as const, source: settings.candidate.chart?.source } : settings.candidate.chart;
    const result = await runSmokeGate({ ...settings, candidate: { ...settings.candidate, image, repository, others, ...(chart ? { chart } : {}) } }, reporter, ctx.cleanup, ctx.signal);
    artifacts.set('smoke', result, 'smoke');
    if (!result.ok) throw smokeFailure(result) ?? new UserError(`smoke: ${result.failed.length} of ${result.results.length} methods failed; nothing was published`);
    const deployed = [...candidates.values(), ...(inputs.chart ? [`${inputs.chart.chart.name}-${inputs.chart.chart.version}.tgz`] : [])];
    reporter.info(`smoke: all ${result.results.length} methods passed on ${deployed.join(' and ') || image}`);
  },
};
