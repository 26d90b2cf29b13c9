/**
 * What `smoke` and `probe` take, checked before anything starts: the release's images (several,
 * by repository), the candidate chart and where it comes from, the token and headers (masked at
 * once), and no password of any input ever printed (issue 17 item 3, issue 18 items 1 and 3).
 */
import { describe, expect, test } from 'vitest';
import { isUserError } from '../../src/errors.js';
import { resolveTarget } from '../../src/smoke/probes/index.js';
import { parseInputs, readCredentials } from '../../src/smoke/inputs.js';
import { CapturingReporter } from '../helpers/capture.js';
import { DOT_AI_VERSION, ROOT } from '../helpers/repo.js';

const base = { 'working-directory': ROOT, provider: 'docker', methods: 'docker' };

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (isUserError(err) || (err as Error).name === 'ProbeInputError') return (err as Error).message;
    throw err;
  }
  throw new Error('not refused');
}

describe('the candidate images', () => {
  test('one image: the server, under the repository the configuration names', () => {
    expect(parseInputs({ ...base, image: 'local/dot-ai:rc' }).candidate).toMatchObject({ image: 'local/dot-ai:rc', repository: 'ghcr.io/vfarcic/dot-ai', others: [] });
  });

  test("the release's other images by repository, in any order; the server first", () => {
    const { candidate } = parseInputs({ ...base, image: 'ghcr.io/vfarcic/dot-ai-agentic-tools=local/plugin@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\nlocal/dot-ai:rc' });
    expect(candidate).toMatchObject({
      image: 'local/dot-ai:rc',
      repository: 'ghcr.io/vfarcic/dot-ai',
      others: [{ repository: 'ghcr.io/vfarcic/dot-ai-agentic-tools', image: 'local/plugin@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef' }],
    });
  });

  test("only the plugin given (a release of it alone): it runs beside the configured server at the release version, never in the server's place", () => {
    expect(parseInputs({ ...base, image: 'ghcr.io/vfarcic/dot-ai-agentic-tools=local/plugin:rc' }).candidate).toMatchObject({
      image: `ghcr.io/vfarcic/dot-ai:${DOT_AI_VERSION}`,
      repository: 'ghcr.io/vfarcic/dot-ai',
      others: [{ repository: 'ghcr.io/vfarcic/dot-ai-agentic-tools', image: 'local/plugin:rc' }],
    });
  });

  test('none given: every configured image at the release version', () => {
    expect(parseInputs(base).candidate).toMatchObject({
      image: `ghcr.io/vfarcic/dot-ai:${DOT_AI_VERSION}`,
      others: [{ repository: 'ghcr.io/vfarcic/dot-ai-agentic-tools', image: `ghcr.io/vfarcic/dot-ai-agentic-tools:${DOT_AI_VERSION}` }],
    });
  });

  test('refused before anything starts: two servers, a repository twice, a reference that is not one (its password never printed)', () => {
    expect(refusal(() => parseInputs({ ...base, image: 'a/b:1,c/d:2' }))).toBe('input image: "c/d:2" and "a/b:1": only one image without REPOSITORY= (the server\'s); name the others\' repositories');
    expect(refusal(() => parseInputs({ ...base, image: 'x/p=a/b:1,x/p=a/b:2' }))).toBe('input image: "x/p" is given twice');
    const bad = refusal(() => parseInputs({ ...base, image: 'user:pa55w0rd@host/x:1' }));
    expect(bad).toMatch(/^input image: /);
    expect(bad).not.toContain('pa55w0rd');
  });
});

describe('the candidate chart', () => {
  test('by default the configured chart (its own files may name another); input chart is given, with the chart it is', () => {
    expect(parseInputs(base).candidate.chart).toEqual({ path: `${ROOT}/charts/dot-ai`, kind: 'dir', source: 'charts/dot-ai', byDefault: true });
    expect(parseInputs({ ...base, chart: 'charts/dot-ai' }).candidate.chart).toEqual({ path: `${ROOT}/charts/dot-ai`, kind: 'dir', source: 'charts/dot-ai' });
    expect(refusal(() => parseInputs({ ...base, chart: 'nope' }))).toBe('input chart: "nope" not found');
  });
});

describe('credentials', () => {
  test('the token and header values are registered as secrets before anything else', async () => {
    const reporter = new CapturingReporter();
    const credentials = await readCredentials({ 'bearer-token': 'tok-1', header: 'X-Api-Key: key-2\nX-Other: v' }, reporter);
    expect(credentials).toEqual({ bearerToken: 'tok-1', headers: { 'X-Api-Key': 'key-2', 'X-Other': 'v' } });
    expect(reporter.secrets).toEqual(['tok-1', 'key-2', 'v']);
    expect(reporter.lines).toEqual([]);
  });

  test('a malformed header or token is refused without printing it', async () => {
    await expect(readCredentials({ header: 'no colon here' }, new CapturingReporter())).rejects.toThrow('input header: a line is not "Name: value" (no colon)');
    await expect(readCredentials({ 'bearer-token': 'two words' }, new CapturingReporter())).rejects.toThrow('input bearer-token: contains whitespace or a control character');
  });
});

describe("probe's URL: credentials in it are never printed (issue 17 item 3)", () => {
  test.each(['http://user:pass@127.0.0.1:99999/', 'ftp://user:pass@host/', 'http://user:pass@[::1'])('%s', (url) => {
    const message = refusal(() => resolveTarget({ url }));
    expect(message).toMatch(/^url: "/);
    expect(message).not.toContain('pass@');
    expect(message).toContain('***@');
  });
});
