// What the `version` tool answers: the JSON dot-ai's own `version` tool answers (same keys and
// nesting), filled with what this server knows. The vector database is seen only through the
// agentic-tools plugin, as in dot-ai 2.x, so the report proves the plugin -> Qdrant wiring.
import type { PluginRegistry } from './plugins.js';

/** The plugin that reaches the vector database, and the collections dot-ai keeps there. */
export const VECTOR_PLUGIN = 'agentic-tools';
const COLLECTIONS = { capabilities: 'capabilities', resources: 'resources', knowledgeBase: 'knowledge-base' } as const;

interface CollectionStatus {
  exists: boolean;
  documentsCount?: number;
  error?: string;
}

export interface VectorDbStatus {
  connected: boolean;
  url: string;
  error?: string;
  collections: Record<keyof typeof COLLECTIONS, CollectionStatus>;
}

export interface VersionReport {
  status: 'success';
  identity: { userId: string; groups: string[]; source: 'token' };
  system: {
    version: { version: string; nodeVersion: string; platform: string; arch: string };
    vectorDB: VectorDbStatus;
    plugins?: {
      pluginCount: number;
      toolCount: number;
      plugins: Array<{ name: string; version: string; toolCount: number }>;
      pendingDiscovery: string[];
      backgroundDiscoveryActive: boolean;
    };
  };
  summary: {
    overall: 'healthy' | 'degraded';
    vectorDB: 'connected' | 'disconnected';
    plugins: 'ready' | 'pending' | 'none';
  };
  timestamp: string;
}

/** collection_stats' data as the plugin returns it ({exists, pointsCount, url, ...}). */
interface CollectionStats {
  exists?: unknown;
  pointsCount?: unknown;
  url?: unknown;
}

function statsOf(result: unknown): { ok: boolean; data: CollectionStats; message: string } {
  const r = (result ?? {}) as { success?: unknown; data?: CollectionStats; error?: unknown; message?: unknown };
  const message = typeof r.error === 'string' ? r.error : typeof r.message === 'string' ? r.message : 'no answer';
  return { ok: r.success === true, data: r.data ?? {}, message };
}

function everyCollection(status: CollectionStatus): VectorDbStatus['collections'] {
  return { capabilities: { ...status }, resources: { ...status }, knowledgeBase: { ...status } };
}

/**
 * Asks the plugin for each collection's statistics. Connected means Qdrant itself answered (not
 * only the plugin): the URL is then the one the plugin reaches Qdrant at.
 */
async function vectorDbStatus(registry: PluginRegistry | undefined): Promise<VectorDbStatus> {
  if (!registry) {
    return {
      connected: false,
      url: 'unknown',
      error: 'No plugins configured: the vector database is reached through the agentic-tools plugin (mount plugins.json at /etc/dot-ai/plugins.json)',
      collections: everyCollection({ exists: false, error: 'Vector DB connection failed' }),
    };
  }
  if (!registry.has(VECTOR_PLUGIN)) {
    return {
      connected: false,
      url: 'unknown',
      error: `Plugin '${VECTOR_PLUGIN}' is not available`,
      collections: everyCollection({ exists: false, error: 'Vector DB not accessible' }),
    };
  }
  const entries = Object.entries(COLLECTIONS) as Array<[keyof typeof COLLECTIONS, string]>;
  const answers = await Promise.all(entries.map(([, collection]) => registry.invoke(VECTOR_PLUGIN, 'collection_stats', { collection })));
  const first = answers[0];
  if (!first?.ok) {
    return {
      connected: false,
      url: 'unknown',
      error: first ? first.message : 'no answer',
      collections: everyCollection({ exists: false, error: 'Vector DB not accessible' }),
    };
  }
  const firstStats = statsOf(first.result);
  if (!firstStats.ok) {
    // The plugin answered, Qdrant did not.
    return { connected: false, url: 'unknown', error: firstStats.message, collections: everyCollection({ exists: false, error: firstStats.message }) };
  }
  const collections = {} as VectorDbStatus['collections'];
  entries.forEach(([key, collection], i) => {
    const answer = answers[i];
    if (!answer?.ok) {
      collections[key] = { exists: false, error: answer ? answer.message : 'no answer' };
      return;
    }
    const stats = statsOf(answer.result);
    if (!stats.ok) collections[key] = { exists: false, error: stats.message };
    else if (stats.data.exists === true) collections[key] = { exists: true, documentsCount: Number(stats.data.pointsCount ?? 0) };
    else collections[key] = { exists: false, error: `${collection} collection does not exist` };
  });
  return { connected: true, url: typeof firstStats.data.url === 'string' ? firstStats.data.url : 'unknown', collections };
}

/** The report of one `version` call. Healthy: Qdrant answers through the plugin and every listed plugin is discovered. */
export async function versionReport(version: string, registry: PluginRegistry | undefined): Promise<VersionReport> {
  const vectorDB = await vectorDbStatus(registry);
  const plugins = registry
    ? {
        pluginCount: registry.plugins().length,
        toolCount: registry.plugins().reduce((n, p) => n + p.tools.length, 0),
        plugins: registry.plugins().map((p) => ({ name: p.name, version: p.version, toolCount: p.tools.length })),
        pendingDiscovery: registry.pending(),
        backgroundDiscoveryActive: registry.backgroundActive(),
      }
    : undefined;
  const pluginState = !plugins ? 'none' : plugins.pendingDiscovery.length > 0 ? 'pending' : 'ready';
  return {
    status: 'success',
    // Every request that reaches a tool carried the static token (auth.ts refuses the others).
    identity: { userId: 'anonymous', groups: [], source: 'token' },
    system: {
      version: { version, nodeVersion: process.version, platform: process.platform, arch: process.arch },
      vectorDB,
      ...(plugins ? { plugins } : {}),
    },
    summary: {
      overall: vectorDB.connected && pluginState === 'ready' ? 'healthy' : 'degraded',
      vectorDB: vectorDB.connected ? 'connected' : 'disconnected',
      plugins: pluginState,
    },
    timestamp: new Date().toISOString(),
  };
}
