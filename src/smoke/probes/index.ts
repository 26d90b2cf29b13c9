/**
 * The MCP probe: proves a deployed server is healthy and serves MCP (initialize, tools/list, a tool
 * call, follow-up calls in one session), through the official SDK client. Used by `probe`, by
 * `smoke` for every method, and bundled alone as dist/probe-pod.mjs to run inside a cluster.
 */
export { parseHeaderLines, probeMcp, resolveTarget, ProbeInputError } from './probe.js';
export { formatEntry, formatProbe } from './transcript.js';
export { DEFAULT_FOLLOW_UPS, DEFAULT_PROBE_OPTIONS, STAGES } from './types.js';
export type { ProbeExpectations, ProbeOptions, ProbeResult, ProbeTarget, StageName, StageResult, ToolCallExpectation, TranscriptEntry } from './types.js';
