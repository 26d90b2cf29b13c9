// The plugin's tools, in the describe/invoke format of dot-ai's plugins: each tool has a
// definition (name, type "agentic", description, JSON Schema of its arguments) and a handler
// whose result is {success, data, message} or {success: false, error, message}.
import { collectionStats, listCollections, QdrantError, type QdrantSettings } from './qdrant.js';

export interface ToolDefinition {
  name: string;
  type: 'agentic';
  description: string;
  inputSchema: { type: 'object'; properties: Record<string, unknown>; required?: string[] };
}

export type ToolResult = { success: true; data: unknown; message: string } | { success: false; error: string; message: string };

interface Tool {
  definition: ToolDefinition;
  handler: (args: Record<string, unknown>, qdrant: QdrantSettings) => Promise<ToolResult>;
}

function failure(error: unknown, what: string): ToolResult {
  // Only our own, already phrased errors are passed on; anything else is a bug worth its message too.
  const message = error instanceof QdrantError || error instanceof Error ? error.message : String(error);
  return { success: false, error: message, message: `${what}: ${message}` };
}

export const TOOLS: Tool[] = [
  {
    definition: {
      name: 'collection_list',
      type: 'agentic',
      description: 'Lists the names of the collections in the vector database.',
      inputSchema: { type: 'object', properties: {} },
    },
    handler: async (_args, qdrant) => {
      try {
        const names = await listCollections(qdrant);
        return { success: true, data: names, message: `${names.length} collection(s)` };
      } catch (error) {
        return failure(error, 'Failed to list collections');
      }
    },
  },
  {
    definition: {
      name: 'collection_stats',
      type: 'agentic',
      description: 'Statistics of one collection: whether it exists, its document count, vector size and status, and the vector database URL.',
      inputSchema: { type: 'object', properties: { collection: { type: 'string', description: 'Collection name' } }, required: ['collection'] },
    },
    handler: async (args, qdrant) => {
      const collection = args.collection;
      if (typeof collection !== 'string' || collection === '') {
        return { success: false, error: 'Missing required parameter: collection', message: 'collection_stats requires parameter: collection' };
      }
      try {
        const stats = await collectionStats(qdrant, collection);
        const message = stats.exists
          ? `Collection '${collection}': ${stats.pointsCount} documents, ${stats.vectorSize}D vectors, status: ${stats.status}`
          : `Collection '${collection}' does not exist`;
        return { success: true, data: stats, message };
      } catch (error) {
        return failure(error, `Failed to get stats for collection '${collection}'`);
      }
    },
  },
];
