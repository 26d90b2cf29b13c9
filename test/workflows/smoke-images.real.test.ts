/**
 * The reusable workflow's smoke job turns the candidate job's `images` output into the smoke's
 * `image` input: its step's own script, run here with bash and jq as a runner runs it, then the
 * smoke's parser on what it wrote. The server goes in the server's place, every other image beside
 * it; a plugin released alone never stands in for the server.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { parseInputs } from '../../src/smoke/inputs.js';
import { exec } from '../../src/tools/exec.js';
import { DOT_AI_VERSION, ROOT } from '../helpers/repo.js';

interface Step {
  id?: string;
  run?: string;
}
const workflow = parse(readFileSync(path.join(ROOT, '.github/workflows/release-reusable.yml'), 'utf8')) as { jobs: Record<string, { steps: Step[] }> };
const script = workflow.jobs.smoke?.steps.find((s) => s.id === 'images')?.run;
const dir = mkdtempSync(path.join(tmpdir(), 'dot-ai-release-smoke-images-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SERVER = 'ghcr.io/vfarcic/dot-ai';
const PLUGIN = 'ghcr.io/vfarcic/dot-ai-agentic-tools';
const digest = (c: string) => `sha256:${c.repeat(64)}`;
/** One entry of the release's `images` output (src/release/report.ts). */
const released = (name: string, c: string, server: boolean) => ({ name, digest: digest(c), ref: `${name}@${digest(c)}`, tags: [DOT_AI_VERSION], server });

/** The step's outputs for an `images` output, and the smoke candidate they make. */
async function imagesStep(images: unknown[]): Promise<{ outputs: Record<string, string>; candidate: ReturnType<typeof parseInputs>['candidate'] }> {
  const output = path.join(dir, `output-${Math.random().toString(36).slice(2)}`);
  const run = await exec('bash', ['-eo', 'pipefail', '-c', script as string], { env: { ...process.env, IMAGES: JSON.stringify(images), GITHUB_OUTPUT: output }, timeoutMs: 30_000 });
  expect(run.code, run.stderr).toBe(0);
  const outputs = Object.fromEntries(readFileSync(output, 'utf8').trim().split('\n').map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
  const { candidate } = parseInputs({ 'working-directory': ROOT, provider: 'docker', methods: 'docker', image: outputs.image });
  return { outputs, candidate };
}

describe("the smoke job's candidate images, from the candidate job's output", () => {
  test('the step is there', () => {
    expect(script).toContain('jq');
  });

  test('the server and the plugin: the server in its place, the plugin by repository', async () => {
    const { outputs, candidate } = await imagesStep([released(SERVER, 'a', true), released(PLUGIN, 'b', false)]);
    expect(outputs.image).toBe(`${SERVER}@${digest('a')},${PLUGIN}=${PLUGIN}@${digest('b')}`);
    expect(outputs.hosts).toBe('ghcr.io');
    expect(candidate).toMatchObject({ image: `${SERVER}@${digest('a')}`, repository: SERVER, others: [{ repository: PLUGIN, image: `${PLUGIN}@${digest('b')}` }] });
  });

  test('the plugin released alone: beside the configured server at the release version, never in its place', async () => {
    const { outputs, candidate } = await imagesStep([released(PLUGIN, 'b', false)]);
    expect(outputs.image).toBe(`${PLUGIN}=${PLUGIN}@${digest('b')}`);
    expect(candidate).toMatchObject({ image: `${SERVER}:${DOT_AI_VERSION}`, repository: SERVER, others: [{ repository: PLUGIN, image: `${PLUGIN}@${digest('b')}` }] });
  });

  test('a server under another name (a fork): in the place of the server the files name', async () => {
    const fork = 'ghcr.io/someone/dot-ai';
    const { candidate } = await imagesStep([released(fork, 'c', true)]);
    expect(candidate).toMatchObject({ image: `${fork}@${digest('c')}`, repository: SERVER, others: [] });
  });
});
