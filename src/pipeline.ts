import type { Reporter } from './report/reporter.js';

/** A step may decline to run: it returns a Skip saying why (goreleaser-style "skip, because ..."). */
export class Skip {
  constructor(readonly reason: string) {}
}

export interface Step<Context> {
  name: string;
  run(context: Context): Promise<void | Skip>;
}

/** Steps in a list run side by side (independent gates); the pipeline goes on when all of them are done. */
export type Stage<Context> = Step<Context> | Step<Context>[];

export interface StepRecord {
  name: string;
  status: 'done' | 'skipped';
  reason?: string;
  ms: number;
}

async function runStep<Context>(step: Step<Context>, context: Context, reporter: Reporter): Promise<StepRecord> {
  const start = performance.now();
  const outcome = await step.run(context);
  const ms = Math.round(performance.now() - start);
  if (outcome instanceof Skip) {
    reporter.info(`• ${step.name}: skipped, ${outcome.reason}`);
    return { name: step.name, status: 'skipped', reason: outcome.reason, ms };
  }
  reporter.info(`• ${step.name}: done (${ms} ms)`);
  return { name: step.name, status: 'done', ms };
}

/**
 * Runs stages in order over one shared context; the steps of a parallel stage run side by side.
 * The first failure stops the pipeline (once its stage has settled, so no process is left behind):
 * nothing after a failed gate runs, and a release publishes only when every gate passed.
 */
export async function runPipeline<Context>(stages: Stage<Context>[], context: Context, reporter: Reporter): Promise<StepRecord[]> {
  const records: StepRecord[] = [];
  for (const stage of stages) {
    const steps = Array.isArray(stage) ? stage : [stage];
    const settled = await Promise.allSettled(steps.map((step) => runStep(step, context, reporter)));
    const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) throw failed.reason;
    records.push(...settled.map((s) => (s as PromiseFulfilledResult<StepRecord>).value));
  }
  return records;
}
