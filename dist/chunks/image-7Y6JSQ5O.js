import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  IMAGE_STEPS,
  disposeImageContext,
  imageContext,
  parseInputs
} from "./chunk-3467QN74.js";
import {
  describeRecord,
  pipelineResult,
  runPipeline
} from "./chunk-4MIFV7TE.js";
import "./chunk-EDL5QZO6.js";
import "./chunk-UEAZNNQA.js";
import "./chunk-H2SKQNUD.js";
import "./chunk-ZXSDCEXT.js";
import "./chunk-YLDWLXP3.js";
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

// src/image/report.ts
function imageCommandResult(run2) {
  const { job, tags, digest, index } = run2;
  const failed = run2.records.find((r) => r.status === "failed");
  const summary = [
    `### Image ${job.image} ${job.version}${failed ? `: failed at ${failed.name}` : ""}`,
    markdownTable(["Step", "Result"], run2.records.map((r) => [r.name, describeRecord(r)])),
    "",
    markdownTable(["Platform", "Image", "Started"], job.platforms.map((p) => {
      const s = run2.started.find((r) => r.platform === p.id);
      const img = index?.images.find((i) => i.platform.id === p.id);
      return [p.id, img ? md.code(img.digest) : "", s ? `${s.status} after ${(s.ms / 1e3).toFixed(1)} s` : "not started"];
    })),
    "",
    tags ? `Tags: ${tags.tags.map((t) => `\`${t}\``).join(", ")}${tags.notes.length ? `  
${tags.notes.join("  \n")}` : ""}` : "",
    digest ? `
Reference: \`${job.image}@${digest}\`` : ""
  ].join("\n");
  const outputs = {
    digest,
    "image-ref": digest ? `${job.image}@${digest}` : "",
    tags: (tags?.tags ?? []).map((t) => `${job.image}:${t}`).join("\n"),
    platforms: job.platforms.map((p) => p.id).join(",")
  };
  return pipelineResult(run2, outputs, summary, {
    // Lists as lists: the same names as the outputs, which join them with newlines.
    tags: (tags?.tags ?? []).map((t) => `${job.image}:${t}`),
    image: job.image,
    version: job.version,
    builder: run2.builder,
    output: job.output,
    latest: tags?.latest ?? false,
    index,
    started: run2.started,
    labels: job.labels,
    steps: run2.records
  });
}

// src/image/run.ts
async function runImage(job, reporter, cleanup) {
  const ctx = await imageContext(job, reporter, cleanup);
  try {
    const run2 = await runPipeline(IMAGE_STEPS, ctx, reporter);
    const { artifacts } = ctx;
    return {
      job,
      builder: ctx.builder,
      records: run2.records,
      failure: run2.failure,
      tags: artifacts.find("tags"),
      digest: job.output === "push" ? artifacts.find("digest") ?? "" : "",
      index: artifacts.find("index"),
      started: ctx.started
    };
  } finally {
    for (const problem of await disposeImageContext(ctx)) reporter.warning(`not removed: ${problem}`);
  }
}

// src/commands/image.ts
async function run(options, reporter, { cleanup, host }) {
  return imageCommandResult(await runImage(await parseInputs(options, reporter, { host }), reporter, cleanup));
}
export {
  run
};
