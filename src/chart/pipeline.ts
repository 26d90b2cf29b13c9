/**
 * The chart's release steps: dependencies, then the gates (lint, validate) beside the package and a
 * read-only look-up of the registry, then the publish. Nothing is pushed unless every gate passed.
 * The `chart` command runs them all; the `release` command runs the gates and the package first and
 * the publish only after everything else passed, with the same typed job.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError } from '../errors.js';
import type { Credentials, Target } from '../oci/index.js';
import { AlreadyDone, Artifacts, Skip, type Stage, type Step } from '../pipeline/index.js';
import type { Reporter } from '../report/reporter.js';
import type { CleanupRegistry } from '../tools/cleanup.js';
import type { Helm } from '../tools/helm.js';
import { ToolError } from '../tools/exec.js';
import { realRoot } from '../fs/read.js';
import { repoRelative } from '../fs/repo-path.js';
import { verifyChart, type PolicyWaiver } from '../verify/index.js';
import { reproducibleChartPackage } from './archive.js';
import { printFindings, reportFindings, type PolicyMode, type RenderFindings, type ReportedFinding } from './findings.js';
import { ChartTemplates } from './templates.js';
import { chartArtifact, type ChartArtifact } from './artifact.js';
import type { ChartMetadata } from '../fs/chart-yaml.js';
import { missingDependencies } from './dependencies.js';
import type { ChartDestination } from './destination.js';
import { openChartTarget, publishChart, publishedDigest, samePublishedContent, type PublishResult } from './publish.js';

export type { PolicyMode } from './findings.js';

/** Everything the chart steps need, parsed and checked once (by the `chart` or `release` command). */
export interface ChartJob {
  /** Repository root: findings and annotations are relative to it. */
  root: string;
  /** Absolute chart directory. */
  chartDir: string;
  /** Chart.yaml as read, with `version` and `appVersion` set to what is packaged. */
  chart: ChartMetadata & { appVersion: string };
  /** Absolute values files to lint and validate with, besides the chart's defaults. */
  valuesFiles: string[];
  destination: ChartDestination;
  credentials?: Credentials;
  plainHttp: boolean;
  overwrite: boolean;
  /** Gate and package, contact no registry, push nothing. */
  dryRun: boolean;
  /** Whether policy findings fail the chart, and the waivers (chart.policy in the config, and the input skip-policies). */
  policy: { mode: PolicyMode; waivers: PolicyWaiver[] };
  helm: Helm;
  /** Keep the package here (absolute); undefined: a temporary directory removed by `dispose`. */
  packageDir?: string;
}

/** What the steps hand on. */
export interface ChartArtifacts {
  packagePath: string;
  artifact: ChartArtifact;
  /** The registry (or layout) the chart goes to. */
  target: Target;
  /** What the version tag points at before the publish (undefined: not published yet). */
  publishedBefore: string;
  published: PublishResult;
  /** Every validation finding, placed on its template line (waived ones marked). */
  findings: ReportedFinding[];
}

export interface ChartContext {
  job: ChartJob;
  reporter: Reporter;
  artifacts: Artifacts<ChartArtifacts>;
  /** What the run made for itself (the package's temporary directory): the chart's part of the command's clean-up registry. */
  cleanup: CleanupRegistry;
  /**
   * Aborted when the registry already holds this version with the same content: lint and validate
   * stop there (their processes are stopped), which makes an idempotent re-run cost a look-up and a package.
   */
  gates: AbortController;
  /**
   * Settles once the look-up and the package have both ended (done, skipped or failed): validate waits
   * for it before printing its findings, so a re-run of a published chart does not print them again.
   */
  lookedUp: { promise: Promise<void>; oneEnded: () => void };
}

export function chartContext(job: ChartJob, reporter: Reporter, cleanup: CleanupRegistry): ChartContext {
  let remaining = 2;
  let resolve = (): void => undefined;
  const promise = new Promise<void>((r) => (resolve = r));
  const oneEnded = () => {
    if (--remaining === 0) resolve();
  };
  return { job, reporter, artifacts: new Artifacts<ChartArtifacts>(), cleanup: cleanup.child('chart'), gates: new AbortController(), lookedUp: { promise, oneEnded } };
}

/**
 * Once both the look-up and the package are done: the same content already published makes the
 * rest of the run moot (nothing to publish), so the gates do not run (or stop, if they started).
 */
async function stopGatesIfPublished(ctx: ChartContext): Promise<void> {
  const { artifacts, job } = ctx;
  const current = artifacts.find('publishedBefore');
  const artifact = artifacts.find('artifact');
  const target = artifacts.find('target');
  if (!current || !artifact || !target || ctx.gates.signal.aborted || job.overwrite) return;
  if (await samePublishedContent(target, artifact, job.chart.version, current)) {
    artifacts.set('published', { status: 'already-published', digest: current, bytesUploaded: 0 }, 'registry');
    ctx.gates.abort();
  }
}

const ALREADY_PUBLISHED = 'this version is already published with the same content (it passed its gates when it was published); nothing to publish';

/** Runs a gate; if the gates are stopped because the version is already published, says so instead of failing. */
async function gate(ctx: ChartContext, work: (signal: AbortSignal) => Promise<void>): Promise<void | AlreadyDone> {
  if (ctx.gates.signal.aborted) return new AlreadyDone(ALREADY_PUBLISHED);
  try {
    await work(ctx.gates.signal);
  } catch (err) {
    if (ctx.gates.signal.aborted) return new AlreadyDone(ALREADY_PUBLISHED);
    throw err;
  }
  if (ctx.gates.signal.aborted) return new AlreadyDone(ALREADY_PUBLISHED);
}

/** Removes what the run made for itself (the package, unless it was asked to be kept); returns what could not be removed. */
export function disposeChartContext(ctx: ChartContext): Promise<string[]> {
  return ctx.cleanup.runAll();
}

const dependencies: Step<ChartContext> = {
  name: 'dependencies',
  async run({ job, reporter }) {
    const deps = job.chart.dependencies ?? [];
    if (deps.length === 0) return new Skip('the chart has no dependencies');
    const missing = missingDependencies(job.root, job.chartDir, deps);
    if (missing.length === 0) return new Skip(`all ${deps.length} dependencies are vendored under charts/ (no network needed)`);
    reporter.info(`building dependencies: ${missing.map((d) => `${d.name} ${d.version ?? ''} from ${d.repository ?? 'charts/'}`.trim()).join(', ')}`);
    await job.helm.dependencyBuild(job.chartDir);
  },
};

const registryLookup: Step<ChartContext> = {
  name: 'registry',
  async run(ctx) {
    try {
      const { job, reporter, artifacts } = ctx;
      if (job.dryRun) return new Skip('dry run: the registry is not contacted');
      const target = await openChartTarget(job.destination, { credentials: job.credentials, plainHttp: job.plainHttp });
      artifacts.set('target', target, 'registry');
      const current = await publishedDigest(target, job.chart.version);
      if (current) artifacts.set('publishedBefore', current, 'registry');
      reporter.info(`${job.destination.display}:${job.chart.version} ${current ? `is published (${current})` : 'is not published yet'}`);
      await stopGatesIfPublished(ctx);
    } finally {
      ctx.lookedUp.oneEnded();
    }
  },
};

const lint: Step<ChartContext> = {
  name: 'lint',
  async run(ctx) {
    const { job } = ctx;
    return gate(ctx, async (signal) => {
      await job.helm.lint(job.chartDir, [], signal);
      for (const file of job.valuesFiles) if (!signal.aborted) await job.helm.lint(job.chartDir, [file], signal);
    });
  },
};

const validate: Step<ChartContext> = {
  name: 'validate',
  async run(ctx) {
    return gate(ctx, async (signal) => {
      const print = await validateChart(ctx, signal);
      // Found published with this content meanwhile: its gates passed when it was published; nothing said twice.
      await ctx.lookedUp.promise;
      if (!signal.aborted) print();
    });
  },
};

/** Renders and checks the chart; returns what prints the findings (and fails on them), called once it is known to matter. */
async function validateChart({ job, reporter, artifacts }: ChartContext, signal: AbortSignal): Promise<() => void> {
  // The chart's defaults and each values file, side by side.
  const renders: RenderFindings[] = await Promise.all(
    [undefined, ...job.valuesFiles].map(async (valuesFile) => {
      // values files are real paths (symlinks resolved when the inputs were read)
      const values = valuesFile ? repoRelative(realRoot(job.root), valuesFile) : 'default values';
      try {
        const result = await verifyChart({ helm: job.helm, chartDir: job.chartDir, valuesFiles: valuesFile ? [valuesFile] : [], policy: { waivers: job.policy.waivers }, signal });
        return { values, findings: result.findings, waivedFindings: result.waivedFindings, objects: [...result.rendered.values()].flat() };
      } catch (err) {
        if (err instanceof ToolError) {
          const tail = err.stderr.trim().split('\n').slice(-3).join(' | ');
          throw new UserError(`helm template ${repoRelative(job.root, job.chartDir)}${valuesFile ? ` -f ${values}` : ''}: ${tail}`);
        }
        throw err;
      }
    }),
  );
  const all = reportFindings(new ChartTemplates(job.root, repoRelative(job.root, job.chartDir)), renders);
  artifacts.set('findings', all.map((f) => f.reported), 'validate');
  return () => {
    const failing = printFindings(reporter, all, job.policy.waivers, job.policy.mode);
    if (failing) {
      const hint = job.policy.mode === 'enforce' && all.every(({ reported: f }) => f.check === 'policy') ? ' (fix them, waive them with a reason, or set the policy mode to warn: docs/policy.md)' : '';
      throw new UserError(`chart ${job.chart.name}: ${failing} validation finding${failing === 1 ? '' : 's'} (see above)${hint}; nothing was published`);
    }
  };
}

const packageChart: Step<ChartContext> = {
  name: 'package',
  async run(ctx) {
    try {
      const { job, reporter, artifacts } = ctx;
      let dir = job.packageDir;
      if (!dir) {
        dir = mkdtempSync(path.join(tmpdir(), 'dot-ai-release-chart-'));
        ctx.cleanup.add({ kind: 'directory', path: dir });
      }
      const packagePath = await job.helm.package(job.chartDir, job.chart.version, job.chart.appVersion, dir);
      // helm stamps the time of packaging into the archive, and orders subcharts as they load: rewritten so the same chart gives the same bytes.
      const bytes = reproducibleChartPackage(readFileSync(packagePath), path.basename(packagePath));
      writeFileSync(packagePath, bytes);
      const artifact = chartArtifact(bytes, path.basename(packagePath));
      artifacts.set('packagePath', packagePath, 'package');
      artifacts.set('artifact', artifact, 'package');
      reporter.info(`packaged ${path.basename(packagePath)} (${artifact.layer.size} bytes, content ${artifact.contentDigest.slice(0, 19)}…)`);
      await stopGatesIfPublished(ctx);
    } finally {
      ctx.lookedUp.oneEnded();
    }
  },
};

export const publish: Step<ChartContext> = {
  name: 'publish',
  async run({ job, reporter, artifacts }) {
    if (job.dryRun) return new Skip('dry run: nothing is pushed');
    const ref = `${job.destination.display}:${job.chart.version}`;
    const found = artifacts.find('published');
    if (found) return new AlreadyDone(`${ref} is already published with the same content (${found.digest})`);
    const published = await publishChart(artifacts.get('target', 'publish'), artifacts.get('artifact', 'publish'), job.chart.version, { overwrite: job.overwrite }, artifacts.find('publishedBefore'));
    artifacts.set('published', published, 'publish');
    if (published.status === 'already-published') return new AlreadyDone(`${ref} is already published with the same content (${published.digest})`);
    reporter.info(`${published.status} ${ref}@${published.digest} (${published.bytesUploaded} bytes uploaded); verified`);
  },
};

/**
 * Gates and package: everything before a push (the release runs these before its smoke tests).
 * All four side by side (helm is the slow part); when the look-up and the package find the same
 * content already published, lint and validate are stopped: nothing is left to publish, so an
 * idempotent re-run costs about a look-up and a package.
 */
export const CHART_GATES: Stage<ChartContext>[] = [dependencies, [registryLookup, packageChart, lint, validate]];

/** The whole `chart` command. */
export const CHART_STAGES: Stage<ChartContext>[] = [...CHART_GATES, publish];
