import type { CommandResult, Reporter } from '../report/reporter.js';
import { AlreadyDone, Skip, type StepFailure, type StepRecord } from './outcome.js';

export interface Step<Context> {
  name: string;
  run(context: Context): Promise<void | Skip | AlreadyDone>;
}

/** Steps in a list run side by side (independent gates); the pipeline goes on when all of them are done. */
export type Stage<Context> = Step<Context> | Step<Context>[];

export interface PipelineRun {
  /** Every step, in order: what ran, what was skipped and why, what failed, what never ran. */
  records: StepRecord[];
  /** The first failure (undefined when every step succeeded). */
  failure?: StepFailure;
}

function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? '';
}

async function runStep<Context>(step: Step<Context>, context: Context, reporter: Reporter): Promise<StepRecord> {
  const start = performance.now();
  const outcome = await step.run(context);
  const ms = Math.round(performance.now() - start);
  if (outcome instanceof Skip || outcome instanceof AlreadyDone) {
    reporter.info(`• ${step.name}: ${outcome.kind === 'skipped' ? 'skipped' : 'already done'}, ${outcome.reason}`);
    return { name: step.name, status: outcome.kind, reason: outcome.reason, ms };
  }
  reporter.info(`• ${step.name}: done (${ms} ms)`);
  return { name: step.name, status: 'done', ms };
}

/**
 * Runs stages in order over one shared context; the steps of a parallel stage run side by side.
 * The first failure stops the pipeline once its stage has settled (so no process is left behind):
 * nothing after a failed gate runs, and a release publishes only when every gate passed. It never
 * throws for a step's failure: the run records which step failed and why, and the command decides
 * what to report (a summary of what is known, then the cause).
 */
export async function runPipeline<Context>(stages: Stage<Context>[], context: Context, reporter: Reporter): Promise<PipelineRun> {
  const records: StepRecord[] = [];
  let failure: StepFailure | undefined;
  for (const stage of stages) {
    const steps = Array.isArray(stage) ? stage : [stage];
    if (failure) {
      records.push(...steps.map((s) => ({ name: s.name, status: 'not-run' as const, ms: 0 })));
      continue;
    }
    const started = performance.now();
    // A step alone folds its lines into a log group; steps side by side cannot (their lines interleave).
    const settled =
      steps.length === 1
        ? [await reporter.group(steps[0]!.name, () => runStep(steps[0]!, context, reporter)).then((value) => ({ status: 'fulfilled' as const, value }), (reason: unknown) => ({ status: 'rejected' as const, reason }))]
        : await Promise.allSettled(steps.map((step) => runStep(step, context, reporter)));
    reporter.debug(`stage ${steps.map((s) => s.name).join(' + ')} settled after ${Math.round(performance.now() - started)} ms`);
    settled.forEach((s, i) => {
      const name = steps[i]!.name;
      if (s.status === 'fulfilled') {
        records.push(s.value);
        return;
      }
      records.push({ name, status: 'failed', reason: oneLine(s.reason), ms: Math.round(performance.now() - started) });
      reporter.info(`• ${name}: failed`);
      failure ??= { step: name, error: s.reason };
    });
  }
  return { records, failure };
}

/**
 * A pipeline's run as a command's result, also when a step failed: the outputs and the summary say
 * what is known, `--json` carries the outputs' names and then `details`; the failure comes last.
 */
export function pipelineResult(run: { failure?: StepFailure }, outputs: Record<string, string>, summary: string, details: Record<string, unknown>): CommandResult {
  return { ok: !run.failure, error: run.failure?.error, outputs, summary, json: { ...outputs, ...details } };
}
