/**
 * `probe` as users run it: the bundled CLI (dist/cli.js) and the action entry (dist/index.js)
 * against the real reference server, an auth gateway in front of it, and the npm registry's
 * @modelcontextprotocol/server-everything on its own path. Needs `npm run build` first.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProbeResult } from '../../src/smoke/probes/index.js';
import { ROOT, runAction, runCli } from '../helpers/repo.js';
import { ensureServerBuilt, RELEASE_VERSION, startServer, type RunningServer } from '../helpers/reference-server.js';
import { bearerAuthProxy, EVERYTHING_VERSION, installServerEverything, listen, startServerEverything, type ChildServer, type Listening } from '../smoke/probes/servers.js';

const TOKEN = 'cli-probe-token-93be07';
const cleanups: Array<() => Promise<void>> = [];
let workDir: string;
let server: RunningServer;
let gateway: Listening;

async function reference(env: Record<string, string> = {}): Promise<RunningServer> {
  // The reference server requires a token like dot-ai; the gateway in front of it checks the same one.
  const s = await startServer({ DOT_AI_SESSION_DIR: await mkdtemp(path.join(workDir, 'sessions-')), DOT_AI_AUTH_TOKEN: TOKEN, ...env });
  cleanups.push(() => s.stop());
  return s;
}

beforeAll(async () => {
  await ensureServerBuilt();
  workDir = await mkdtemp(path.join(tmpdir(), 'probe-command-test-'));
  server = await reference();
  gateway = await listen(bearerAuthProxy(server.url, TOKEN));
  cleanups.push(() => gateway.close());
}, 300_000);

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe('dot-ai-release probe (CLI)', () => {
  it('passes against the reference server, expecting this repository\'s release version by default', async () => {
    const run = await runCli(['probe', server.url, '--health', '/healthz', '--bearer-token-stdin', '--working-directory', ROOT], {}, `${TOKEN}\n`);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`probing ${server.url} (health /healthz): tool version if listed, expecting "${RELEASE_VERSION}" (the release version of ${ROOT})`);
    expect(run.stderr).toContain('• follow-ups: passed');
    expect(run.stdout).toContain(`### MCP probe passed: \`${server.url}\``);
    expect(run.stdout).toContain(`| tool call | passed |`);
    expect(run.stdout).toContain(`| tool call | passed | `);
    expect(run.stdout).toContain(`\`version shows ${RELEASE_VERSION}\``);
  });

  it('--json prints the result', async () => {
    const run = await runCli(['probe', '--url', server.url, '--expect-tools', 'version,search_knowledge', '--follow-ups', '2', '--json', '--bearer-token-stdin', '--working-directory', ROOT], {}, `${TOKEN}\n`);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as ProbeResult;
    expect(result).toMatchObject({ ok: true, followUps: { requested: 2, passed: 2 }, toolCall: { name: 'version', isError: false } });
    expect(result.transcript.length).toBeGreaterThan(5);
  });

  it('a server running another version fails with the cause and prints the transcript', async () => {
    const old = await reference({ APP_VERSION: '1.2.3' });
    const run = await runCli(['probe', old.url, '--bearer-token-stdin', '--working-directory', ROOT], {}, `${TOKEN}\n`);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`error: probe: tool version returned 1.2.3, expected ${RELEASE_VERSION}\n`);
    expect(run.stderr).toContain('transcript:');
    expect(run.stderr).toMatch(/tool call: POST http:\/\/127\.0\.0\.1:\d+\/ \(tools\/call version\) → HTTP 200 text\/event-stream/);
    expect(run.stderr.trimEnd().split('\n').at(-1)).toBe(`error: probe: tool version returned 1.2.3, expected ${RELEASE_VERSION}`);
    expect(run.stdout).toContain(`**Cause:** \`tool version returned 1.2.3, expected ${RELEASE_VERSION}\``);
  });

  it('behind auth: refused without the token; with it from stdin every stage passes; the token is never printed', async () => {
    const refused = await runCli(['probe', gateway.url, '--tool', 'version']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('error: probe: initialize refused: HTTP 401 {"error":"missing or wrong bearer token"} (WWW-Authenticate: Bearer realm="probe-test")\n');

    const passed = await runCli(['probe', gateway.url, '--bearer-token-stdin', '--json', '--working-directory', ROOT], {}, `${TOKEN}\n`);
    expect(passed.code).toBe(0);
    expect(JSON.parse(passed.stdout)).toMatchObject({ ok: true });
    expect(passed.stdout + passed.stderr).not.toContain(TOKEN);
  });

  it('a header carrying the token: masked in the transcript printed on failure', async () => {
    const run = await runCli(['probe', gateway.url, '--header', `Authorization: Bearer ${TOKEN}\nX-Tenant: team-a-secret`, '--expect', '9.9.9']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`error: probe: tool version returned ${RELEASE_VERSION}, expected 9.9.9`);
    expect(run.stderr).toContain('authorization=***');
    expect(run.stdout + run.stderr).not.toContain(TOKEN);
    expect(run.stdout + run.stderr).not.toContain('team-a-secret');
  });

  it.each<[string[], string]>([
    [[], 'error: input url: required (the MCP server to probe, e.g. http://127.0.0.1:3456/)'],
    [['http://a/', 'http://b/'], 'error: probe: expects one URL, given once'],
    [['localhost:3456'], 'error: input url: "localhost:3456" must be an http:// or https:// URL'],
    [['http://127.0.0.1:1/', '--mcp-path', 'mcp'], 'error: input mcp-path: "mcp" must be auto or a path starting with / (e.g. / or /mcp)'],
    [['http://127.0.0.1:1/', '--tool-args', '[1]'], 'error: input tool-args: must be a JSON object, e.g. {"message":"hello"}'],
    [['http://127.0.0.1:1/', '--tool-args', '{'], 'error: input tool-args: not JSON'],
    [['http://127.0.0.1:1/', '--timeout', '0'], 'error: input timeout: "0" must be a number from 1 to 3600'],
    [['http://127.0.0.1:1/', '--follow-ups', 'many'], 'error: input follow-ups: "many" must be a number from 0 to 1000'],
    [['http://127.0.0.1:1/', '--header', 'no colon here'], 'error: input header: a line is not "Name: value" (no colon)'],
  ])('bad input %j is refused with one line', async (args, message) => {
    const run = await runCli(['probe', ...args]);
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n')[0]).toContain(message);
    expect(run.stdout).toBe('');
  });
});

describe(`probe against @modelcontextprotocol/server-everything ${EVERYTHING_VERSION} (npm registry; MCP at /mcp)`, () => {
  let everything: ChildServer;
  beforeAll(async () => {
    everything = await startServerEverything(await installServerEverything());
    cleanups.push(() => everything.close());
  }, 360_000);

  it('finds /mcp with mcp-path auto and calls its echo tool', async () => {
    const run = await runCli(['probe', everything.url, '--tool', 'echo', '--tool-args', '{"message":"from the CLI"}', '--expect', 'Echo: from the CLI', '--expect-tools', 'echo', '--json']);
    expect(run.stderr).toContain(`MCP answered at ${everything.url}mcp (/: HTTP 404, /mcp: answered)`);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as ProbeResult;
    expect(result).toMatchObject({ ok: true, endpoint: `${everything.url}mcp`, server: { name: 'mcp-servers/everything' }, toolCall: { text: 'Echo: from the CLI' } });
  });
});

describe('command: probe (the action)', () => {
  it('sets the result output and writes the job summary; the token is only ever masked', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'runner-'));
    const output = path.join(dir, 'output');
    const summary = path.join(dir, 'summary');
    writeFileSync(output, '');
    writeFileSync(summary, '');
    try {
      const run = await runAction(
        { command: 'probe', url: gateway.url, health: '/healthz', 'bearer-token': TOKEN, 'follow-ups': '2', 'working-directory': ROOT },
        { GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary, GITHUB_ACTIONS: 'true' },
      );
      expect(run.code).toBe(0);
      // The runner learns the secret from ::add-mask:: before anything else is printed; nowhere else.
      const lines = run.stdout.split('\n');
      expect(lines[0]).toBe(`::add-mask::${TOKEN}`);
      expect(lines.slice(1).join('\n')).not.toContain(TOKEN);
      const text = readFileSync(output, 'utf8');
      const match = /^result<<(\S+)\n([\s\S]*?)\n\1$/m.exec(text);
      const result = JSON.parse(match?.[2] ?? '') as ProbeResult;
      expect(result).toMatchObject({ ok: true, followUps: { requested: 2, passed: 2 } });
      expect(text).not.toContain(TOKEN);
      const table = readFileSync(summary, 'utf8');
      expect(table).toContain('| Stage | Status | Time | Detail |');
      expect(table).toMatch(new RegExp(`\\| initialize \\| passed \\| \\d+ ms \\| \`dot-ai-reference-server ${RELEASE_VERSION.replace(/\./g, '\\.')}, protocol [\\d-]+, session [0-9a-f]{8}…, at /\` \\|`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
