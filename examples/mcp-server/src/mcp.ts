// The MCP side: one McpServer per session (the SDK binds a server to one transport), with the two tools.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { SERVER_NAME } from './config.js';
import type { KnowledgeBase } from './knowledge.js';

export interface ToolContext {
  version: string;
  knowledge: KnowledgeBase;
  defaultCollection: string;
}

export function createMcpServer(context: ToolContext): McpServer {
  const server = new McpServer({ name: SERVER_NAME, version: context.version });

  server.registerTool(
    'version',
    {
      title: 'Server version',
      description: 'Returns the release version this server was built as, so a deployment can prove which release it runs.',
      outputSchema: { name: z.string(), version: z.string(), node: z.string() },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async () => {
      const info = { name: SERVER_NAME, version: context.version, node: process.version };
      return { content: [{ type: 'text', text: JSON.stringify(info) }], structuredContent: info };
    },
  );

  server.registerTool(
    'search_knowledge',
    {
      title: 'Search the knowledge base',
      description:
        'Finds points in a Qdrant collection whose text payload contains all words of the query (plain text match, no embeddings).',
      inputSchema: {
        query: z.string().min(1).describe('Words to look for'),
        collection: z.string().min(1).optional().describe(`Collection to search (default: ${context.defaultCollection})`),
        limit: z.number().int().min(1).max(100).optional().describe('Maximum number of hits (default 10)'),
      },
      annotations: { readOnlyHint: true, openWorldHint: true },
    },
    async ({ query, collection, limit }) => {
      const result = await context.knowledge.search(query, collection ?? context.defaultCollection, limit ?? 10);
      if (!result.ok) {
        return { isError: true, content: [{ type: 'text', text: result.message }] };
      }
      const summary = `${result.hits.length} hit(s) in collection "${result.collection}"`;
      return {
        content: [
          { type: 'text', text: summary },
          ...result.hits.map((hit) => ({ type: 'text' as const, text: JSON.stringify(hit) })),
        ],
      };
    },
  );

  return server;
}
