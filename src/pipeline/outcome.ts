/**
 * What a step can say besides "done" (goreleaser-style): it declined to run, or it found its work
 * already done in the world (a registry, a git remote). Steps return these; failures are thrown.
 */
export class Skip {
  readonly kind = 'skipped';
  constructor(readonly reason: string) {}
}

/** The step's result already exists (e.g. the same chart version with the same content is published). */
export class AlreadyDone {
  readonly kind = 'already-done';
  constructor(readonly reason: string) {}
}

export type StepStatus = 'done' | 'skipped' | 'already-done' | 'failed' | 'not-run';

/** One line per step for logs, summaries and `--json`. */
export interface StepRecord {
  name: string;
  status: StepStatus;
  /** Why it was skipped, already done, or how it failed (one line). */
  reason?: string;
  ms: number;
}

/** A step threw: the pipeline stopped there. `error` is what the step threw, unchanged. */
export interface StepFailure {
  step: string;
  error: unknown;
}

/** Human form of a record's result, for tables: `done (120 ms)`, `skipped: dry run`, ... */
export function describeRecord(record: StepRecord): string {
  switch (record.status) {
    case 'done':
      return `done (${record.ms} ms)`;
    case 'skipped':
      return `skipped: ${record.reason ?? ''}`;
    case 'already-done':
      return `already done: ${record.reason ?? ''}`;
    case 'failed':
      return `failed: ${record.reason ?? ''}`;
    case 'not-run':
      return 'not run (an earlier step failed)';
  }
}
