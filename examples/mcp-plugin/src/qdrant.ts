// The two Qdrant REST calls the plugin's tools need (list collections, one collection's info),
// with plain fetch: a deadline per call, the API key in Qdrant's `api-key` header only.

export interface QdrantSettings {
  /** QDRANT_URL; undefined when not set (every tool then answers with an error naming it). */
  url: string | undefined;
  /** QDRANT_API_KEY; never logged, never returned. */
  apiKey: string | undefined;
  timeoutMs: number;
}

export class QdrantError extends Error {}

/** Qdrant's answer envelope: {"result": ..., "status": "ok", "time": ...}. */
async function get(settings: QdrantSettings, path: string): Promise<{ status: number; result: unknown }> {
  if (!settings.url) throw new QdrantError('QDRANT_URL is not set');
  let response: Response;
  try {
    response = await fetch(`${settings.url}${path}`, {
      headers: { accept: 'application/json', ...(settings.apiKey ? { 'api-key': settings.apiKey } : {}) },
      signal: AbortSignal.timeout(settings.timeoutMs),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: unknown } }).cause;
    const detail = error instanceof Error && error.name === 'TimeoutError' ? 'timed out' : typeof cause?.code === 'string' ? cause.code : String(error);
    throw new QdrantError(`Qdrant is unreachable at ${settings.url} (${detail})`, { cause: error });
  }
  const text = await response.text();
  if (response.status === 401 || response.status === 403) throw new QdrantError(`Qdrant at ${settings.url} refused the request (HTTP ${response.status}); check QDRANT_API_KEY`);
  if (response.status === 404) return { status: 404, result: undefined };
  if (!response.ok) throw new QdrantError(`Qdrant at ${settings.url} answered HTTP ${response.status} for ${path}`);
  try {
    return { status: response.status, result: (JSON.parse(text) as { result?: unknown }).result };
  } catch {
    throw new QdrantError(`Qdrant at ${settings.url} answered ${path} with something that is not JSON`);
  }
}

export async function listCollections(settings: QdrantSettings): Promise<string[]> {
  const { result } = await get(settings, '/collections');
  const collections = (result as { collections?: Array<{ name?: unknown }> } | undefined)?.collections ?? [];
  return collections.map((c) => c.name).filter((n): n is string => typeof n === 'string');
}

export interface CollectionStats {
  exists: boolean;
  pointsCount: number;
  vectorSize: number;
  status: string;
  /** Where the plugin reaches Qdrant: the server reports it as the vector DB's URL. */
  url: string;
}

export async function collectionStats(settings: QdrantSettings, collection: string): Promise<CollectionStats> {
  const url = settings.url ?? 'unknown';
  // Listing first also proves Qdrant answers when the collection does not exist.
  const names = await listCollections(settings);
  if (!names.includes(collection)) return { exists: false, pointsCount: 0, vectorSize: 0, status: 'not_found', url };
  const { result } = await get(settings, `/collections/${encodeURIComponent(collection)}`);
  const info = (result ?? {}) as { points_count?: unknown; status?: unknown; config?: { params?: { vectors?: unknown } } };
  const vectors = info.config?.params?.vectors;
  const size = typeof vectors === 'number' ? vectors : typeof (vectors as { size?: unknown } | undefined)?.size === 'number' ? (vectors as { size: number }).size : 0;
  return {
    exists: true,
    pointsCount: typeof info.points_count === 'number' ? info.points_count : 0,
    vectorSize: size,
    status: typeof info.status === 'string' ? info.status : 'unknown',
    url,
  };
}
