/**
 * The reference agentic-tools plugin (examples/mcp-plugin) as a real process, pre-built the way its
 * image is (npm ci, build, prune), in front of the Qdrant stand-in process: dot-ai's plugin contract
 * (health, ready, describe, invoke and its errors) and the Qdrant calls its tools make.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensurePluginBuilt, startPlugin, startQdrantStandIn, type RunningServer } from '../../helpers/reference-server.js';

const QDRANT_KEY = 'test-qdrant-key-not-a-secret';
let workDir: string;
let qdrant: RunningServer;
let plugin: RunningServer;

async function execute(body: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(new URL('/execute', plugin.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  await ensurePluginBuilt();
  workDir = await mkdtemp(join(tmpdir(), 'mcp-plugin-test-'));
  qdrant = await startQdrantStandIn(join(workDir, 'qdrant'), QDRANT_KEY);
  plugin = await startPlugin({ QDRANT_URL: `http://127.0.0.1:${qdrant.port}/`, QDRANT_API_KEY: QDRANT_KEY });
  const headers = { 'content-type': 'application/json', 'api-key': QDRANT_KEY };
  await fetch(`http://127.0.0.1:${qdrant.port}/collections/capabilities`, { method: 'PUT', headers, body: JSON.stringify({ vectors: { size: 8, distance: 'Cosine' } }) });
  await fetch(`http://127.0.0.1:${qdrant.port}/collections/capabilities/points`, { method: 'PUT', headers, body: JSON.stringify({ points: [{ id: 1, vector: [1, 0, 0, 0, 0, 0, 0, 0], payload: {} }] }) });
}, 300_000);

afterAll(async () => {
  await plugin?.stop();
  await qdrant?.stop();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe('reference agentic-tools plugin', () => {
  it('answers /health and /ready, 404 elsewhere', async () => {
    expect(await (await fetch(new URL('/health', plugin.url))).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(new URL('/ready', plugin.url))).json()).toEqual({ status: 'ready' });
    expect((await fetch(new URL('/tools', plugin.url))).status).toBe(404);
  });

  it('describes itself as agentic-tools with its tools', async () => {
    const { status, body } = await execute({ hook: 'describe' });
    expect(status).toBe(200);
    expect(body).toMatchObject({ name: 'agentic-tools', version: '1.0.0' });
    const tools = body.tools as Array<{ name: string; type: string; inputSchema: { type: string } }>;
    expect(tools.map((t) => t.name)).toEqual(['collection_list', 'collection_stats']);
    for (const t of tools) expect(t).toMatchObject({ type: 'agentic', inputSchema: { type: 'object' } });
  });

  it('invokes collection_stats against Qdrant, with the API key, and says where Qdrant is', async () => {
    const { body } = await execute({ hook: 'invoke', sessionId: 's1', payload: { tool: 'collection_stats', args: { collection: 'capabilities' }, state: { kept: 1 } } });
    expect(body).toEqual({
      sessionId: 's1',
      success: true,
      result: {
        success: true,
        data: { exists: true, pointsCount: 1, vectorSize: 8, status: 'green', url: `http://127.0.0.1:${qdrant.port}` },
        message: "Collection 'capabilities': 1 documents, 8D vectors, status: green",
      },
      state: { kept: 1 },
    });
    const missing = await execute({ hook: 'invoke', payload: { tool: 'collection_stats', args: { collection: 'resources' } } });
    expect(missing.body.result).toMatchObject({ success: true, data: { exists: false, status: 'not_found' } });
    const list = await execute({ hook: 'invoke', payload: { tool: 'collection_list', args: {} } });
    expect(list.body.result).toMatchObject({ success: true, data: ['capabilities'] });
  });

  it('reports a tool failure inside a successful invoke when Qdrant refuses the key, never echoing it', async () => {
    const wrongKey = await startPlugin({ QDRANT_URL: `http://127.0.0.1:${qdrant.port}`, QDRANT_API_KEY: 'wrong-key' });
    try {
      const response = await fetch(new URL('/execute', wrongKey.url), { method: 'POST', body: JSON.stringify({ hook: 'invoke', payload: { tool: 'collection_list', args: {} } }) });
      const body = (await response.json()) as { success: boolean; result: { success: boolean; error: string } };
      expect(body.success).toBe(true);
      expect(body.result).toMatchObject({ success: false, error: `Qdrant at http://127.0.0.1:${qdrant.port} refused the request (HTTP 401); check QDRANT_API_KEY` });
      expect(JSON.stringify(body) + wrongKey.output()).not.toContain('wrong-key');
    } finally {
      await wrongKey.stop();
    }
  });

  it('names a missing QDRANT_URL in the tool result', async () => {
    const bare = await startPlugin({});
    try {
      const response = await fetch(new URL('/execute', bare.url), { method: 'POST', body: JSON.stringify({ hook: 'invoke', payload: { tool: 'collection_stats', args: { collection: 'x' } } }) });
      expect(((await response.json()) as { result: unknown }).result).toMatchObject({ success: false, error: 'QDRANT_URL is not set' });
    } finally {
      await bare.stop();
    }
  });

  it('refuses what is not the protocol: bad JSON, no hook, unknown hook, no tool; an unknown tool is a failed invoke', async () => {
    expect(await execute('{')).toEqual({ status: 400, body: { error: 'Invalid JSON body' } });
    expect(await execute({})).toEqual({ status: 400, body: { error: 'Missing required field: hook' } });
    expect(await execute({ hook: 'explode' })).toEqual({ status: 400, body: { error: 'Unknown hook: explode' } });
    expect(await execute({ hook: 'invoke', payload: {} })).toEqual({ status: 400, body: { error: 'Missing required field: payload.tool' } });
    const unknown = await execute({ hook: 'invoke', payload: { tool: 'kubectl_get', args: {} } });
    expect(unknown.body).toMatchObject({ success: false, error: { code: 'UNKNOWN_TOOL', message: "Tool 'kubectl_get' is not implemented" } });
    const noArg = await execute({ hook: 'invoke', payload: { tool: 'collection_stats', args: {} } });
    expect(noArg.body.result).toMatchObject({ success: false, error: 'Missing required parameter: collection' });
  });
});
