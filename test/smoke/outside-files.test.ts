/**
 * Files from outside the repository never reach a deployment (issue 17 item 2): each method's
 * preflight reads its files the one way repository files are read (src/fs/read.ts) and refuses,
 * naming the method and the file, a path that leaves the repository and a symlink that points out
 * of it. On a temporary repository (files only).
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { composeMethod } from '../../src/smoke/methods/compose.js';
import { dockerMethod } from '../../src/smoke/methods/docker.js';
import { helmMethod } from '../../src/smoke/methods/helm.js';
import { kustomizeMethod } from '../../src/smoke/methods/kustomize.js';
import type { Candidate, MethodSpec } from '../../src/smoke/types.js';

const top = mkdtempSync(path.join(tmpdir(), 'outside-'));
const root = path.join(top, 'repo');
const outside = path.join(top, 'outside');
mkdirSync(path.join(root, 'deploy/chart'), { recursive: true });
mkdirSync(path.join(root, 'deploy/kustomize'), { recursive: true });
mkdirSync(outside);
writeFileSync(path.join(outside, 'secret.env'), 'ANTHROPIC_API_KEY=sk-outside\n');
writeFileSync(path.join(outside, 'values.yaml'), 'secret: outside\n');
symlinkSync(path.join(outside, 'secret.env'), path.join(root, 'deploy/.env.example'));
symlinkSync(path.join(outside, 'values.yaml'), path.join(root, 'deploy/values.yaml'));
symlinkSync(outside, path.join(root, 'deploy/kustomize-out'));
writeFileSync(path.join(root, 'deploy/chart/Chart.yaml'), 'apiVersion: v2\nname: x\nversion: 1.0.0\n');
writeFileSync(path.join(root, 'deploy/compose.yml'), 'services:\n  dot-ai:\n    image: ghcr.io/vfarcic/dot-ai:1.0.0\n');
symlinkSync(path.join(outside, 'secret.env'), path.join(root, 'deploy/compose-out.yml'));
afterAll(() => rmSync(top, { recursive: true, force: true }));

const candidate = { images: [], imageMap: {} } as unknown as Candidate;
const spec = (over: Partial<MethodSpec>): MethodSpec => ({ name: 'm', kind: 'docker', files: [], values: [], set: {}, port: 3456, externalQdrant: false, env: {}, plugins: [], podSecurity: 'restricted', helmTest: true, probe: {} as MethodSpec['probe'], timeoutMs: 1, auth: { token: 'generate', env: 'DOT_AI_AUTH_TOKEN' }, ...over });

describe('docker: the env file', () => {
  test('a path out of the repository', () => {
    expect(() => dockerMethod.preflight({ root, candidate, spec: spec({ files: ['../outside/secret.env'] }) })).toThrow('smoke method m: files[0]: "../outside/secret.env" leaves the repository ("..")');
  });
  test('an .env.example symlinked outside', () => {
    expect(() => dockerMethod.preflight({ root, candidate, spec: spec({ files: ['deploy/.env.example'] }) })).toThrow(/^smoke method m: deploy\/\.env\.example: "deploy\/\.env\.example" is a symlink to .*outside\/secret\.env, outside the repository$/);
  });
});

describe('compose: the files', () => {
  test('a compose file symlinked outside, or out by path', () => {
    expect(() => composeMethod.preflight({ root, candidate, spec: spec({ kind: 'compose', files: ['deploy/compose-out.yml'] }) })).toThrow(/outside the repository$/);
    expect(() => composeMethod.preflight({ root, candidate, spec: spec({ kind: 'compose', files: ['../outside/secret.env'] }) })).toThrow(/leaves the repository/);
  });
});

describe('helm: values files and the chart', () => {
  test('a values file symlinked outside', () => {
    expect(() => helmMethod.preflight({ root, candidate, spec: spec({ kind: 'helm', files: ['deploy/chart'], values: ['deploy/values.yaml'], auth: { token: 'generate', set: 'secrets.auth.token' } }) })).toThrow(
      /^smoke method m: values file deploy\/values\.yaml: "deploy\/values\.yaml" is a symlink to .*outside\/values\.yaml, outside the repository$/,
    );
  });
  test('a chart directory out by path', () => {
    expect(() => helmMethod.preflight({ root, candidate, spec: spec({ kind: 'helm', files: ['../outside'] }) })).toThrow('smoke method m: files[0]: "../outside" leaves the repository ("..")');
  });
});

describe('kustomize: the directories', () => {
  test('a kustomization directory symlinked outside', () => {
    expect(() => kustomizeMethod.preflight({ root, candidate, spec: spec({ kind: 'kustomize', files: ['deploy/kustomize-out'] }) })).toThrow(/^smoke method m: files: "deploy\/kustomize-out" is a symlink to .*outside, outside the repository$/);
  });
});
