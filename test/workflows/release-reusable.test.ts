// What the reusable release workflow wires, read from its file (release-reusable.real.test.ts runs it):
// what actionlint cannot see, since the action its jobs run (`uses: ./toolkit`) is checked out at run time.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { findCommand, optionsOf } from '../../src/config/spec.js';
import { ROOT } from '../helpers/repo.js';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, string | boolean>;
}
interface Job {
  if?: string;
  needs?: string | string[];
  permissions?: Record<string, string>;
  steps: Step[];
  outputs?: Record<string, string>;
}
interface Workflow {
  on: { workflow_call: { inputs: Record<string, unknown>; secrets: Record<string, unknown>; outputs: Record<string, { value: string }> } };
  jobs: Record<string, Job>;
}

const text = readFileSync(path.join(ROOT, '.github/workflows/release-reusable.yml'), 'utf8');
const workflow = parse(text) as Workflow;
const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
const toolkitSteps = Object.entries(workflow.jobs).flatMap(([job, j]) => j.steps.filter((s) => s.uses === './toolkit').map((s) => ({ job, step: s })));
const toolkitStep = (job: string): Step => toolkitSteps.find((s) => s.job === job)!.step;
const withOf = (job: string): Record<string, string | boolean> => toolkitStep(job).with ?? {};

/**
 * The release command's inputs the workflow does not take from its caller, each with the reason.
 * Every other one is forwarded: an input (or secret) of the workflow of the same name, or a `with:` of a job's step taken from one (set from version).
 */
const NOT_FORWARDED: Record<string, string> = {
  'working-directory': 'the jobs check the repository out into repo/',
  'from-tag': 'a tag push is the trigger itself: GITHUB_REF names the tag and every job checks it out',
  phase: "the workflow's own wiring: candidate, then publish",
  'candidate-image': "the workflow's own wiring: the candidate job's images output",
  'candidate-chart': "the workflow's own wiring: the chart package artifact",
  'candidate-npm': "the workflow's own wiring: the npm tarball artifact",
  builder: 'the candidate job sets up buildx, which auto takes',
  cache: "on: buildx's GitHub Actions cache, scoped per image",
  helm: 'setup-helm puts helm-version on the PATH',
  username: "the job's actor, as GHCR takes it",
  password: "the job's token (packages: write), as GHCR takes it",
  'smoke-parallel': 'one smoke job per method: nothing runs side by side in a job',
  'diagnostics-dir': "each smoke job uploads its diagnostics-path as an artifact",
  'git-remote': "origin: the checkout's remote and credentials",
  'github-release': 'create (a dry run makes none)',
  'github-token': "the job's token (contents: write)",
  'github-api-url': "the runner's GITHUB_API_URL",
  repository: 'the repository the workflow runs in',
  chart: "the chart dot-ai-release.yaml or the layout names (chart.path)",
  'chart-versioning': 'dot-ai-release.yaml chart.versioning',
  images: 'image (one of them), else every image under images: in dot-ai-release.yaml',
};

describe('release-reusable.yml', () => {
  test('every input and secret of the workflow reaches a job', () => {
    const jobsText = JSON.stringify(workflow.jobs);
    expect(Object.keys(workflow.on.workflow_call.inputs).filter((name) => !new RegExp(`inputs\\.${name}(?![\\w-])`).test(jobsText))).toEqual([]);
    expect(Object.keys(workflow.on.workflow_call.secrets).filter((name) => !new RegExp(`secrets\\.${name}(?![\\w-])`).test(jobsText))).toEqual([]);
  });

  test('every input the release command takes is forwarded, or listed here as deliberately not (with the reason)', () => {
    const release = findCommand('release')!;
    const names = optionsOf(release).filter((o) => !o.cliOnly).map((o) => o.name);
    // Forwarded: taken from the caller (an input or secret of the workflow), not the workflow's own wiring (phase: candidate, candidate-image from a step).
    const fromCaller = toolkitSteps.flatMap(({ step }) => Object.entries(step.with ?? {}).filter(([, v]) => /\$\{\{ (inputs|secrets)\./.test(String(v))).map(([k]) => k));
    const given = new Set([...fromCaller, ...Object.keys(workflow.on.workflow_call.inputs), ...Object.keys(workflow.on.workflow_call.secrets)]);
    expect(names.filter((n) => !given.has(n) && !(n in NOT_FORWARDED))).toEqual([]);
    // The list holds no input that is forwarded after all, nor one the action no longer has.
    expect(Object.keys(NOT_FORWARDED).filter((n) => given.has(n) || !names.includes(n))).toEqual([]);
  });

  test('every input its jobs give the action is one the action declares', () => {
    expect(toolkitSteps.length).toBeGreaterThanOrEqual(4);
    expect(toolkitSteps.flatMap(({ job, step }) => Object.keys(step.with ?? {}).filter((k) => !(k in action.inputs)).map((k) => `${job}: ${k}`))).toEqual([]);
  });

  test('every job that gates or deploys a chart sets up helm first (a runner image need not ship it)', () => {
    for (const job of ['candidate', 'smoke', 'publish']) {
      const { steps } = workflow.jobs[job]!;
      const helm = steps.findIndex((s) => s.uses?.startsWith('azure/setup-helm@'));
      const toolkit = steps.findIndex((s) => s.uses === './toolkit');
      expect(helm, job).toBeGreaterThanOrEqual(0);
      expect(helm, job).toBeLessThan(toolkit);
    }
  });

  test('publish releases the version the candidate was built and smoke-tested as, and exactly its images, chart and npm tarball', () => {
    const publish = withOf('publish');
    expect(publish.set).toBe('${{ needs.candidate.outputs.version }}');
    expect(publish).not.toHaveProperty('bump');
    expect(publish).not.toHaveProperty('preid');
    // Every candidate image (NAME@DIGEST, comma separated), from the candidate job's images output.
    expect(publish['candidate-image']).toBe('${{ steps.candidate.outputs.images }}');
    const handed = workflow.jobs.publish!.steps.find((s) => s.id === 'candidate')!;
    expect(handed.env?.IMAGES).toBe('${{ needs.candidate.outputs.images }}');
    expect(handed.run).toContain(`jq -r 'map(.ref) | join(",")'`);
    expect(publish['candidate-chart']).toBe('${{ steps.candidate.outputs.chart }}');
    expect(publish['candidate-npm']).toBe('${{ steps.candidate.outputs.npm }}');
  });

  test('the npm tarball goes from the candidate job to publish as an artifact; the token reaches only publish; publish may mint an OIDC token for provenance', () => {
    const upload = workflow.jobs.candidate!.steps.find((s) => s.with?.name === 'release-candidate-npm');
    expect(upload?.with?.path).toBe('${{ steps.release.outputs.npm-tarball }}');
    expect(upload?.if).toBe("steps.release.outputs.npm-tarball != ''");
    const download = workflow.jobs.publish!.steps.find((s) => s.uses?.startsWith('actions/download-artifact@') && s.with?.name === 'release-candidate-npm');
    expect(download?.if).toBe("needs.candidate.outputs.npm-tarball != ''");
    expect(toolkitStep('publish').env).toEqual({ NODE_AUTH_TOKEN: '${{ secrets.npm-token }}' });
    expect(Object.entries(workflow.jobs).filter(([, j]) => JSON.stringify(j).includes('secrets.npm-token')).map(([name]) => name)).toEqual(['publish']);
    expect(workflow.jobs.publish!.permissions).toMatchObject({ 'id-token': 'write', contents: 'write', packages: 'write' });
    expect(workflow.jobs.candidate!.permissions).not.toHaveProperty('id-token');
    expect(withOf('publish')['npm-provenance']).toBe('${{ inputs.npm-provenance }}');
  });

  test('dispatch-token reaches the candidate (refused there when missing, before anything is built) and publish (which sends the events), nothing else', () => {
    expect(withOf('candidate')['dispatch-token']).toBe('${{ secrets.dispatch-token }}');
    expect(withOf('publish')['dispatch-token']).toBe('${{ secrets.dispatch-token }}');
    expect(Object.entries(workflow.jobs).filter(([, j]) => JSON.stringify(j).includes('secrets.dispatch-token')).map(([name]) => name).sort()).toEqual(['candidate', 'publish']);
  });

  test('the smoke jobs deploy every candidate image: the server as REF, the others as REPOSITORY=REF (test/workflows/smoke-images.real.test.ts runs it)', () => {
    const images = workflow.jobs.smoke!.steps.find((s) => s.id === 'images')!;
    expect(images.env?.IMAGES).toBe('${{ needs.candidate.outputs.images }}');
    expect(images.run).toContain('map(if .server then .ref else "\\(.name)=\\(.ref)" end)');
    expect(withOf('smoke').image).toBe('${{ steps.images.outputs.image }}');
    expect(workflow.jobs.candidate!.outputs?.images).toBe('${{ steps.release.outputs.images }}');
  });

  test('a notes-only run is the notes job alone: nothing built, smoke-tested or published', () => {
    for (const job of ['candidate', 'smoke', 'publish']) expect(workflow.jobs[job]!.if, job).toBe('${{ !inputs.notes-only }}');
    expect(workflow.jobs.notes!.if).toBe('${{ inputs.notes-only }}');
    expect(workflow.jobs.notes!.needs).toBeUndefined();
    expect(withOf('notes')).toMatchObject({ command: 'release', 'notes-only': true, set: '${{ inputs.version }}' });
    expect(withOf('notes')).not.toHaveProperty('phase');
    expect(workflow.jobs.notes!.permissions).toEqual({ contents: 'write' });
  });

  test('the setup input runs before the release in the candidate and publish jobs alike (the hooks make the same release commit in both), through the environment, not pasted into the script', () => {
    for (const job of ['candidate', 'publish']) {
      const { steps } = workflow.jobs[job]!;
      const setup = steps.findIndex((s) => s.env?.SETUP === '${{ inputs.setup }}');
      expect(setup, job).toBeGreaterThanOrEqual(0);
      expect(setup, job).toBeLessThan(steps.findIndex((s) => s.uses === './toolkit'));
      expect(steps[setup]).toMatchObject({ if: "inputs.setup != ''", 'working-directory': 'repo', run: 'bash -euo pipefail -c "$SETUP"' });
    }
  });

  test('several images: the build settings the workflow passes are empty unless given, so each image keeps its own', () => {
    const inputs = workflow.on.workflow_call.inputs as Record<string, { default?: unknown }>;
    for (const name of ['image', 'context', 'dockerfile', 'platforms', 'build-args']) expect(inputs[name]?.default, name).toBe('');
  });

  test('every output of the workflow is a job output that a step sets', () => {
    for (const [name, { value }] of Object.entries(workflow.on.workflow_call.outputs)) {
      const refs = [...value.matchAll(/jobs\.([\w-]+)\.outputs\.([\w-]+)/g)];
      expect(refs.length, name).toBeGreaterThan(0);
      expect(value, name).toMatch(/^\$\{\{ jobs\.[\w-]+\.outputs\.[\w-]+( \|\| jobs\.[\w-]+\.outputs\.[\w-]+)* \}\}$/);
      for (const [, job, output] of refs) expect(workflow.jobs[job!]?.outputs?.[output!], `${name}: ${job}.${output}`).toMatch(/^\$\{\{ steps\.[\w-]+\.outputs\.[\w-]+ \}\}$/);
    }
  });
});
