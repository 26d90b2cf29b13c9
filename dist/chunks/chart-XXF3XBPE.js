import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  CHART_STAGES,
  chartContext,
  countByRule,
  disposeChartContext,
  parseInputs
} from "./chunk-AK6TECAX.js";
import {
  describeRecord,
  pipelineResult,
  runPipeline
} from "./chunk-4MIFV7TE.js";
import "./chunk-HCJAPFST.js";
import "./chunk-EDL5QZO6.js";
import "./chunk-UEAZNNQA.js";
import "./chunk-6ZUX5ST6.js";
import "./chunk-EPMUPLEO.js";
import "./chunk-MBL3Z2YT.js";
import "./chunk-OOIETZWO.js";
import "./chunk-B2IBVPIQ.js";
import {
  markdownTable,
  md
} from "./chunk-YWG6HEQV.js";
import "./chunk-IXRSKL5H.js";
import "./chunk-HANBNIMK.js";

// src/chart/report.ts
function installCommand(job) {
  if (job.destination.kind !== "registry") return "(an OCI image layout: copy it to a registry to install)";
  return `helm install ${job.chart.name} ${job.destination.display} --version ${job.chart.version}${job.plainHttp ? " --plain-http" : ""}`;
}
function policySummary(run2) {
  const policy = run2.findings.filter((f) => f.check === "policy");
  if (!policy.length) return [];
  const open = policy.filter((f) => !f.waived);
  const waived = policy.length - open.length;
  const counts = open.length ? `: ${md.text(countByRule(open)).source}` : "";
  return ["", `Policy (${run2.job.policy.mode}): ${open.length} open finding${open.length === 1 ? "" : "s"}${counts}${waived ? `; ${waived} waived` : ""} (see docs/policy.md).`];
}
function chartCommandResult(run2) {
  const { job, published, digest } = run2;
  const ref = `${job.destination.display}:${job.chart.version}`;
  const outputs = {
    "chart-ref": digest ? ref : "",
    "chart-digest": digest,
    "chart-version": job.chart.version,
    "package-path": run2.packagePath ?? "",
    findings: JSON.stringify(run2.findings)
  };
  const failed = run2.records.find((r) => r.status === "failed");
  const summary = [
    `### Chart ${md.code(job.chart.name).source} ${md.code(job.chart.version).source}${failed ? `: failed at ${failed.name}` : ""}`,
    markdownTable(["Step", "Result"], run2.records.map((r) => [r.name, describeRecord(r)])),
    ...policySummary(run2),
    ...published ? ["", `Reference: ${md.code(ref).source}  
Digest: ${md.code(digest).source}`, "", md.codeBlock(installCommand(job), "sh").source] : []
  ].join("\n");
  return pipelineResult(run2, outputs, summary, {
    chart: job.chart.name,
    "app-version": job.chart.appVersion,
    digest,
    status: published?.status ?? "not-pushed",
    "bytes-uploaded": published?.bytesUploaded ?? 0,
    "policy-mode": job.policy.mode,
    findings: run2.findings,
    steps: run2.records
  });
}

// src/chart/run.ts
import path from "node:path";
async function runChart(job, reporter, cleanup) {
  reporter.info(`chart ${job.chart.name} ${job.chart.version} (appVersion ${job.chart.appVersion}) from ${path.relative(job.root, job.chartDir) || "."} to ${job.destination.display}`);
  const ctx = chartContext(job, reporter, cleanup);
  try {
    const run2 = await runPipeline(CHART_STAGES, ctx, reporter);
    const published = ctx.artifacts.find("published");
    return {
      job,
      records: run2.records,
      failure: run2.failure,
      published,
      digest: published?.digest ?? ctx.artifacts.find("artifact")?.manifestDigest ?? "",
      packagePath: job.packageDir ? ctx.artifacts.find("packagePath") : void 0,
      findings: ctx.artifacts.find("findings") ?? []
    };
  } finally {
    for (const problem of await disposeChartContext(ctx)) reporter.warning(`not removed: ${problem}`);
  }
}

// src/commands/chart.ts
async function run(options, reporter, { cleanup }) {
  return chartCommandResult(await runChart(await parseInputs(options, reporter), reporter, cleanup));
}
export {
  run
};
