/** The MCP side of the probe: one official SDK client session over streamable HTTP, through ProbeHttp. */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { ProbeHttp } from './http.js';

export const PROBE_CLIENT = { name: 'dot-ai-release-probe', version: '1.0.0' };

export interface McpSession {
  endpoint: URL;
  client: Client;
  transport: StreamableHTTPClientTransport;
}

export function openSession(endpoint: URL, http: ProbeHttp): McpSession {
  const transport = new StreamableHTTPClientTransport(endpoint, {
    fetch: http.fetch,
    // A dropped server-to-client stream is not re-opened: the probe wants each exchange once, in order.
    reconnectionOptions: { maxRetries: 0, initialReconnectionDelay: 1_000, maxReconnectionDelay: 1_000, reconnectionDelayGrowFactor: 1 },
  });
  const client = new Client(PROBE_CLIENT, { capabilities: {} });
  // Stream errors (a closed GET stream, an aborted body) are in the transcript; requests fail on their own.
  client.onerror = () => undefined;
  return { endpoint, client, transport };
}

/** Ends the session politely (DELETE, so servers that keep sessions in memory free it), then closes the client. */
export async function closeSession(session: McpSession): Promise<void> {
  if (session.transport.sessionId) await session.transport.terminateSession().catch(() => undefined);
  await session.client.close().catch(() => undefined);
}

/** Every tool name, following pagination (at most `maxPages` pages). */
export async function listToolNames(client: Client, options: { signal: AbortSignal; timeout: number }, maxPages = 20): Promise<string[]> {
  const names: string[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const result = await client.listTools(cursor ? { cursor } : undefined, options);
    names.push(...result.tools.map((tool) => tool.name));
    cursor = result.nextCursor;
    if (!cursor) break;
  }
  return names;
}

/** The text a tool result shows: its text parts, else its structured content as JSON. */
export function resultText(result: { content?: unknown; structuredContent?: unknown }): string {
  const parts = Array.isArray(result.content) ? (result.content as Array<{ type?: string; text?: unknown }>) : [];
  const text = parts
    .filter((part) => part.type === 'text' && typeof part.text === 'string')
    .map((part) => part.text as string)
    .join('\n');
  if (text !== '' || result.structuredContent === undefined) return text;
  return JSON.stringify(result.structuredContent);
}
