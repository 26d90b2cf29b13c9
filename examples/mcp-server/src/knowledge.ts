// search_knowledge: a plain text match over one Qdrant collection's payload, through Qdrant's
// official JS client. No embeddings: the point is to prove the deployment's wiring to Qdrant
// (URL, API key, network policy), not to rank results.
import { QdrantClient } from '@qdrant/js-client-rest';

export interface KnowledgeSettings {
  url: string | undefined;
  apiKey: string | undefined;
  textField: string;
}

export interface KnowledgeHit {
  id: string | number;
  text: string;
  payload: Record<string, unknown>;
}

export type KnowledgeResult =
  | { ok: true; collection: string; hits: KnowledgeHit[] }
  | { ok: false; message: string };

/** Why a Qdrant call failed, in words an operator can act on (no secrets: the API key never appears). */
function describeFailure(error: unknown, url: string, collection: string): string {
  const status = (error as { status?: unknown }).status;
  if (status === 404) return `Qdrant at QDRANT_URL=${url} has no collection "${collection}"`;
  if (status === 401 || status === 403) {
    return `Qdrant at QDRANT_URL=${url} refused the request (HTTP ${status}); check QDRANT_API_KEY`;
  }
  // Network errors from fetch carry the interesting part (ECONNREFUSED, ENOTFOUND) in `cause`.
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  const detail = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  return typeof status === 'number'
    ? `Qdrant at QDRANT_URL=${url} answered HTTP ${status} for collection "${collection}"`
    : `Qdrant is unreachable at QDRANT_URL=${url} (${String(detail)})`;
}

export class KnowledgeBase {
  private client: QdrantClient | undefined;

  constructor(private readonly settings: KnowledgeSettings) {}

  private clientFor(url: string): QdrantClient {
    // checkCompatibility would query the server at construction and warn on stderr when it is down;
    // the tool reports reachability itself, per call.
    this.client ??= new QdrantClient({ url, apiKey: this.settings.apiKey, checkCompatibility: false, timeout: 10_000 });
    return this.client;
  }

  async search(query: string, collection: string, limit: number): Promise<KnowledgeResult> {
    const url = this.settings.url;
    if (!url) {
      return { ok: false, message: 'Qdrant is not configured: set QDRANT_URL (and QDRANT_API_KEY if the instance needs one)' };
    }
    const field = this.settings.textField;
    try {
      // A full-text "match.text" condition: token match with a text index on the field, otherwise
      // a per-term substring match; either way no vectors are needed.
      const page = await this.clientFor(url).scroll(collection, {
        filter: { must: [{ key: field, match: { text: query } }] },
        limit,
        with_payload: true,
        with_vector: false,
      });
      const hits = page.points.map((point) => {
        const payload = (point.payload ?? {}) as Record<string, unknown>;
        const text = payload[field];
        return { id: point.id, text: typeof text === 'string' ? text : '', payload };
      });
      return { ok: true, collection, hits };
    } catch (error) {
      return { ok: false, message: describeFailure(error, url, collection) };
    }
  }
}
