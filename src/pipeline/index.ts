export { Artifacts } from './artifacts.js';
export { AlreadyDone, describeRecord, Skip, type StepFailure, type StepRecord, type StepStatus } from './outcome.js';
export { pipelineResult, runPipeline, type PipelineRun, type Stage, type Step } from './pipeline.js';
