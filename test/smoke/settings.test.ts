/**
 * Which methods run and with what (src/smoke/settings.ts, methods/defaults.ts, methods/docker.ts's
 * pure parts): every method gets a token by default, the way its kind gives one; the helm methods
 * deploy the release's chart; a docker method runs dot-ai's plugin beside the server when the run
 * has its image; probe settings (headers, JSON assertions) from the file.
 */
import { describe, expect, test } from 'vitest';
import type { SmokeSettings } from '../../src/config/file.js';
import { envFileWith, pluginImage, pluginsFile } from '../../src/smoke/methods/docker.js';
import { AGENTIC_TOOLS } from '../../src/smoke/methods/defaults.js';
import { selectMethods } from '../../src/smoke/settings.js';
import { ROOT } from '../helpers/repo.js';

const select = (settings: SmokeSettings | undefined, chart = true) => selectMethods(ROOT, '2.2.2', settings, { provider: 'kind', chart });

describe('the default methods (this repository)', () => {
  test('each gets a generated token, given the way its kind gives one', () => {
    const methods = select(undefined);
    expect(Object.fromEntries(methods.map((m) => [m.name, m.auth]))).toMatchObject({
      docker: { token: 'generate', env: 'DOT_AI_AUTH_TOKEN' },
      compose: { token: 'generate', env: 'DOT_AI_AUTH_TOKEN' },
      kubernetes: { token: 'generate', env: 'DOT_AI_AUTH_TOKEN' },
      helm: { token: 'generate', set: 'secrets.auth.token' },
      toolhive: { token: 'generate', env: 'DOT_AI_AUTH_TOKEN' },
    });
    expect(methods.every((m) => m.podSecurity === 'restricted')).toBe(true);
  });

  test("the helm methods deploy the release's chart (no files of their own), and exist only when there is one", () => {
    const helm = select(undefined).filter((m) => m.kind === 'helm');
    expect(helm.map((m) => [m.name, m.files])).toEqual([['helm', []], ['helm-external-qdrant', []], ['helm-prod', []]]);
    expect(select(undefined, false).some((m) => m.kind === 'helm')).toBe(false);
  });

  test("the docker method runs dot-ai's plugin beside the server, when the run has its image", () => {
    expect(select(undefined).find((m) => m.name === 'docker')?.plugins).toEqual([AGENTIC_TOOLS]);
  });
});

describe('methods of dot-ai-release.yaml', () => {
  test("dot-ai's own: a docker method without files, a helm method on the chart at a lower Pod Security level without helm test", () => {
    const [docker, helm] = select({
      probe: { json: { 'system.vectorDB.connected': true } },
      methods: [{ name: 'docker', kind: 'docker' }, { name: 'helm', kind: 'helm', podSecurity: 'baseline', helmTest: false }],
    });
    expect(docker).toMatchObject({ files: [], auth: { token: 'generate', env: 'DOT_AI_AUTH_TOKEN' }, plugins: [AGENTIC_TOOLS] });
    expect(docker?.probe.expectations.toolCall).toEqual({ name: 'version', expect: '2.2.2', optional: true, json: { 'system.vectorDB.connected': true }, jsonWithinMs: 60_000 });
    expect(helm).toMatchObject({ files: [], auth: { token: 'generate', set: 'secrets.auth.token' }, podSecurity: 'baseline', helmTest: false });
  });

  test('auth: off, from the input, in another place, in another header', () => {
    const methods = select({
      methods: [
        { name: 'a', kind: 'docker', auth: false },
        { name: 'b', kind: 'docker', auth: { token: 'input' } },
        { name: 'c', kind: 'helm', auth: { env: 'MY_TOKEN' } },
        { name: 'd', kind: 'compose', files: ['x.yml'], auth: { header: 'X-Dot-AI-Authorization' } },
      ],
    });
    expect(methods.map((m) => m.auth)).toEqual([
      undefined,
      { token: 'input', env: 'DOT_AI_AUTH_TOKEN' },
      { token: 'generate', env: 'MY_TOKEN' },
      { token: 'generate', env: 'DOT_AI_AUTH_TOKEN', header: 'X-Dot-AI-Authorization' },
    ]);
  });

  test('probe headers apply to every method; a bad JSON path is refused naming the method', () => {
    const [m] = select({ probe: { headers: { 'X-Api-Key': 'k1' } }, methods: [{ name: 'a', kind: 'docker' }] });
    expect(m?.probe.headers).toEqual({ 'X-Api-Key': 'k1' });
    expect(() => select({ methods: [{ name: 'a', kind: 'docker', probe: { json: { 'a..b': 1 } } }] })).toThrow('dot-ai-release.yaml: smoke method a: probe.json: "a..b" is not a path (dotted names, [N] for an array element)');
  });
});

describe("the docker method's files", () => {
  test('the env file: the token set where the example leaves it commented out, added when absent, said once', () => {
    const example = '# Optional bearer token\n# DOT_AI_AUTH_TOKEN=\nPORT=3456\n';
    expect(envFileWith(example, { DOT_AI_AUTH_TOKEN: 'T', DOT_AI_TELEMETRY: 'false' })).toBe('# Optional bearer token\nDOT_AI_AUTH_TOKEN=T\nPORT=3456\nDOT_AI_TELEMETRY=false\n');
  });

  test("a plugin's image: the release's, else the image map's, else none for an optional plugin", () => {
    const plugin = { repository: 'ghcr.io/vfarcic/dot-ai-agentic-tools', ref: 'local/plugin:2.2.2', localRepository: 'local/plugin', localTag: '2.2.2' };
    expect(pluginImage(AGENTIC_TOOLS, { images: [plugin], imageMap: {} })).toBe('local/plugin:2.2.2');
    expect(pluginImage(AGENTIC_TOOLS, { images: [], imageMap: { 'ghcr.io/vfarcic/dot-ai-agentic-tools': 'mirror/p:1' } })).toBe('mirror/p:1');
    expect(pluginImage(AGENTIC_TOOLS, { images: [], imageMap: {} })).toBeUndefined();
    expect(pluginImage({ ...AGENTIC_TOOLS, image: 'my/plugin:1', optional: false }, { images: [], imageMap: {} })).toBe('my/plugin:1');
  });

  test('the plugins file the server reads: each plugin at its alias on the run\'s network', () => {
    expect(JSON.parse(pluginsFile([AGENTIC_TOOLS]))).toEqual([{ name: 'agentic-tools', url: 'http://agentic-tools:8080' }]);
  });
});
