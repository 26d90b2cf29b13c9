import type { Reporter } from './report/reporter.js';

/** A step may decline to run: it returns a Skip saying why (goreleaser-style "skip, because ..."). */
export class Skip {
  constructor(readonly reason: string) {}
}

export interface Step<Context> {
  name: string;
  run(context: Context): Promise<void | Skip>;
}

export interface StepRecord {
  name: string;
  status: 'done' | 'skipped';
  reason?: string;
  ms: number;
}

/**
 * Runs named steps in order over one shared context. The first failure stops the pipeline (it
 * propagates), so nothing after a failed gate runs: a release publishes only when every gate passed.
 */
export async function runPipeline<Context>(steps: Step<Context>[], context: Context, reporter: Reporter): Promise<StepRecord[]> {
  const records: StepRecord[] = [];
  for (const step of steps) {
    const start = performance.now();
    const outcome = await step.run(context);
    const ms = Math.round(performance.now() - start);
    if (outcome instanceof Skip) {
      reporter.info(`• ${step.name}: skipped, ${outcome.reason}`);
      records.push({ name: step.name, status: 'skipped', reason: outcome.reason, ms });
    } else {
      reporter.info(`• ${step.name}: done (${ms} ms)`);
      records.push({ name: step.name, status: 'done', ms });
    }
  }
  return records;
}
