/** The `image` step's entry: the image steps (src/image/pipeline.ts) on a parsed job, with a typed result. */
import { runPipeline, type StepFailure, type StepRecord } from '../pipeline/index.js';
import type { Reporter } from '../report/reporter.js';
import type { CleanupRegistry } from '../tools/cleanup.js';
import type { Builder, ImageJob } from './context.js';
import { disposeImageContext, IMAGE_STEPS, imageContext } from './pipeline.js';
import type { ComputedTags } from './tags.js';
import type { IndexCheck, StartResult } from './verify.js';

export interface ImageRun {
  job: ImageJob;
  builder: Builder;
  records: StepRecord[];
  failure?: StepFailure;
  tags?: ComputedTags;
  /** The pushed digest ('' unless pushed). */
  digest: string;
  index?: IndexCheck;
  started: StartResult[];
}

export async function runImage(job: ImageJob, reporter: Reporter, cleanup: CleanupRegistry): Promise<ImageRun> {
  const ctx = await imageContext(job, reporter, cleanup);
  try {
    const run = await runPipeline(IMAGE_STEPS, ctx, reporter);
    const { artifacts } = ctx;
    return {
      job, builder: ctx.builder, records: run.records, failure: run.failure,
      tags: artifacts.find('tags'),
      digest: job.output === 'push' ? (artifacts.find('digest') ?? '') : '',
      index: artifacts.find('index'),
      started: ctx.started,
    };
  } finally {
    for (const problem of await disposeImageContext(ctx)) reporter.warning(`not removed: ${problem}`);
  }
}
