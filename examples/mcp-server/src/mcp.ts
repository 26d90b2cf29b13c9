// The MCP side: one McpServer per session (the SDK binds a server to one transport), with the two tools.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { SERVER_NAME } from './config.js';
import type { KnowledgeBase } from './knowledge.js';
import type { PluginRegistry } from './plugins.js';
import { versionReport } from './version-report.js';

export interface ToolContext {
  version: string;
  knowledge: KnowledgeBase;
  defaultCollection: string;
  /** undefined when no plugins file exists. */
  plugins: PluginRegistry | undefined;
}

export function createMcpServer(context: ToolContext): McpServer {
  const server = new McpServer({ name: SERVER_NAME, version: context.version });

  server.registerTool(
    'version',
    {
      title: 'Server version',
      description:
        'Reports the release version and the state of the system: the vector database (through the agentic-tools plugin) and the plugins. Same JSON as dot-ai\'s version tool.',
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async () => {
      // One text block of 2-space indented JSON, as dot-ai answers it (no structured content).
      const report = await versionReport(context.version, context.plugins);
      return { content: [{ type: 'text', text: JSON.stringify(report, null, 2) }] };
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
