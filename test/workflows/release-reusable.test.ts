// What the reusable release workflow wires, read from its file (release-reusable.real.test.ts runs it):
// what actionlint cannot see, since the action its jobs run (`uses: ./toolkit`) is checked out at run time.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/repo.js';

interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, string>;
}
interface Workflow {
  on: { workflow_call: { inputs: Record<string, unknown>; outputs: Record<string, { value: string }> } };
  jobs: Record<string, { steps: Step[]; outputs?: Record<string, string> }>;
}

const text = readFileSync(path.join(ROOT, '.github/workflows/release-reusable.yml'), 'utf8');
const workflow = parse(text) as Workflow;
const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
const toolkitSteps = Object.entries(workflow.jobs).flatMap(([job, j]) => j.steps.filter((s) => s.uses === './toolkit').map((s) => ({ job, step: s })));

describe('release-reusable.yml', () => {
  test('every input of the workflow reaches a job', () => {
    const jobsText = JSON.stringify(workflow.jobs);
    expect(Object.keys(workflow.on.workflow_call.inputs).filter((name) => !new RegExp(`inputs\\.${name}(?![\\w-])`).test(jobsText))).toEqual([]);
  });

  test('every input its jobs give the action is one the action declares', () => {
    expect(toolkitSteps.length).toBeGreaterThanOrEqual(3);
    expect(toolkitSteps.flatMap(({ job, step }) => Object.keys(step.with ?? {}).filter((k) => !(k in action.inputs)).map((k) => `${job}: ${k}`))).toEqual([]);
  });

  test('every job that runs the action sets up helm first (a runner image need not ship it)', () => {
    for (const [job, j] of Object.entries(workflow.jobs)) {
      const helm = j.steps.findIndex((s) => s.uses?.startsWith('azure/setup-helm@'));
      const toolkit = j.steps.findIndex((s) => s.uses === './toolkit');
      expect(helm, job).toBeGreaterThanOrEqual(0);
      expect(helm, job).toBeLessThan(toolkit);
    }
  });

  test('publish releases the version the candidate was built and smoke-tested as, not a bump derived again', () => {
    const publish = toolkitSteps.find((s) => s.job === 'publish')!.step.with!;
    expect(publish.set).toBe('${{ needs.candidate.outputs.version }}');
    expect(publish).not.toHaveProperty('bump');
    expect(publish).not.toHaveProperty('preid');
    expect(publish['candidate-image']).toBe('${{ needs.candidate.outputs.image-ref }}');
  });

  test('every output of the workflow is a job output that a step sets', () => {
    for (const [name, { value }] of Object.entries(workflow.on.workflow_call.outputs)) {
      const [, job, output] = /^\$\{\{ jobs\.([\w-]+)\.outputs\.([\w-]+) \}\}$/.exec(value) ?? [];
      expect(workflow.jobs[job!]?.outputs?.[output!], name).toMatch(/^\$\{\{ steps\.[\w-]+\.outputs\.[\w-]+ \}\}$/);
    }
  });
});
