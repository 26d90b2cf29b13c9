import { describe, expect, test } from 'vitest';
import { AlreadyDone, Artifacts, describeRecord, runPipeline, Skip, type Step } from '../../src/pipeline/index.js';
import { UserError } from '../../src/errors.js';
import { CapturingReporter } from '../helpers/capture.js';

interface Ctx {
  order: string[];
  artifacts: Artifacts<{ digest: string; ref: string }>;
}

const step = (name: string, body: (ctx: Ctx) => Promise<void | Skip | AlreadyDone> = async () => undefined): Step<Ctx> => ({
  name,
  async run(ctx) {
    ctx.order.push(`start ${name}`);
    const outcome = await body(ctx);
    ctx.order.push(`end ${name}`);
    return outcome;
  },
});

const context = (): Ctx => ({ order: [], artifacts: new Artifacts() });

describe('runPipeline', () => {
  test('tells done, skipped (with why) and already done (with what was found) apart, in order', async () => {
    const reporter = new CapturingReporter();
    const run = await runPipeline(
      [step('build'), step('push', async () => new Skip('dry run')), step('publish', async () => new AlreadyDone('1.2.3 is published with the same content'))],
      context(),
      reporter,
    );
    expect(run.failure).toBeUndefined();
    expect(run.records.map((r) => [r.name, r.status, r.reason])).toEqual([
      ['build', 'done', undefined],
      ['push', 'skipped', 'dry run'],
      ['publish', 'already-done', '1.2.3 is published with the same content'],
    ]);
    expect(reporter.text()).toContain('• push: skipped, dry run');
    expect(reporter.text()).toContain('• publish: already done, 1.2.3 is published with the same content');
    expect(run.records.map(describeRecord)).toEqual([expect.stringMatching(/^done \(\d+ ms\)$/), 'skipped: dry run', 'already done: 1.2.3 is published with the same content']);
  });

  test('a failure names its step, lets its parallel stage settle, and nothing after it runs', async () => {
    const ctx = context();
    const slowSibling = step('lint', () => new Promise((resolve) => setTimeout(resolve, 50)));
    const failing = step('validate', async () => {
      throw new UserError('chart x: 2 validation findings');
    });
    const run = await runPipeline([step('dependencies'), [slowSibling, failing], step('publish')], ctx, new CapturingReporter());
    expect(run.failure?.step).toBe('validate');
    expect((run.failure?.error as Error).message).toBe('chart x: 2 validation findings');
    expect(run.records.map((r) => [r.name, r.status])).toEqual([
      ['dependencies', 'done'],
      ['lint', 'done'],
      ['validate', 'failed'],
      ['publish', 'not-run'],
    ]);
    expect(run.records[2]!.reason).toBe('chart x: 2 validation findings');
    // the sibling finished before the pipeline gave up; publish never started
    expect(ctx.order).toContain('end lint');
    expect(ctx.order).not.toContain('start publish');
    expect(describeRecord(run.records[3]!)).toBe('not run (an earlier step failed)');
  });

  test('steps hand results on through the artifacts record', async () => {
    const ctx = context();
    await runPipeline(
      [
        step('push', async (c) => c.artifacts.set('digest', 'sha256:abc', 'push')),
        step('tag', async (c) => c.artifacts.set('ref', `img@${c.artifacts.get('digest', 'tag')}`, 'tag')),
      ],
      ctx,
      new CapturingReporter(),
    );
    expect(ctx.artifacts.get('ref')).toBe('img@sha256:abc');
    expect(ctx.artifacts.toJSON()).toEqual({ digest: 'sha256:abc', ref: 'img@sha256:abc' });
  });

  test('a step that needs what no earlier step produced fails naming both', async () => {
    const run = await runPipeline([step('tag', async (c) => void c.artifacts.get('digest', 'tag'))], context(), new CapturingReporter());
    expect(run.failure?.step).toBe('tag');
    expect(run.records[0]!.reason).toBe('tag needs digest, which no earlier step produced');
  });
});
