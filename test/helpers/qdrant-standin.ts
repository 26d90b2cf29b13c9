/**
 * A Qdrant STAND-IN image, for tests only: Qdrant cannot be pulled or built on the test machines, so
 * this small Node server answers the part of Qdrant's REST API that the reference server, the compose
 * health checks and the probes use: `/readyz`, `/healthz`, `/livez`, collections (list, get, create)
 * and points (upsert, scroll), on port 6333, with the `api-key` header checked when
 * QDRANT__SERVICE__API_KEY is set. It is built FROM local/node:bookworm (scripts/setup/base-images.sh),
 * which also has the bash the compose files' health check uses. On GitHub's runners the real
 * qdrant/qdrant runs instead. The tag carries a digest of this file's server code, so a change rebuilds it.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildImage, imageExists, LOCAL_NODE_IMAGE, requireDockerEngine, requireImage } from './docker.js';

/** The stand-in's server, plain JavaScript for the image's Node 18. One collection is seeded: knowledge. */
const SERVER = String.raw`'use strict';
const http = require('node:http');
const apiKey = process.env.QDRANT__SERVICE__API_KEY || '';
const collections = new Map([['knowledge', new Map([[7, { id: 7, payload: { text: 'Deploy dot-ai with Helm', source: 'docs' } }]])]]);
const send = (res, status, result) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(status < 400 ? { result, status: 'ok', time: 0.0001 } : { status: { error: result }, time: 0.0001 }));
};
http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const url = new URL(req.url, 'http://qdrant');
    const parts = url.pathname.split('/').filter(Boolean);
    if (['/healthz', '/livez', '/readyz'].includes(url.pathname)) { res.writeHead(200, { 'content-type': 'text/plain' }); res.end(url.pathname.slice(1) + ' check passed'); return; }
    if (url.pathname === '/') return send(res, 200, { title: 'qdrant stand-in for tests', version: '1.15.5' });
    if (apiKey && req.headers['api-key'] !== apiKey) return send(res, 401, 'Must provide an API key or an Authorization bearer token');
    let body = {};
    try { body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {}; } catch { return send(res, 400, 'Format error in JSON body'); }
    if (parts[0] !== 'collections') return send(res, 404, 'Not found');
    if (parts.length === 1 && req.method === 'GET') return send(res, 200, { collections: [...collections.keys()].map((name) => ({ name })) });
    const name = parts[1];
    const points = collections.get(name);
    if (parts.length === 2 && req.method === 'PUT') { if (!points) collections.set(name, new Map()); return send(res, 200, true); }
    if (!points) return send(res, 404, 'Not found: Collection ' + name + ' does not exist!');
    if (parts.length === 2 && req.method === 'GET') return send(res, 200, { status: 'green', points_count: points.size, config: {} });
    if (parts[2] === 'points' && parts.length === 3 && req.method === 'PUT') {
      for (const p of body.points || []) points.set(p.id, { id: p.id, payload: p.payload || {} });
      return send(res, 200, { operation_id: 0, status: 'completed' });
    }
    if (parts[2] === 'points' && parts[3] === 'scroll' && req.method === 'POST') {
      const must = (body.filter && body.filter.must) || [];
      const hits = [...points.values()].filter((p) => must.every((m) => String(p.payload[m.key] || '').toLowerCase().includes(String((m.match && (m.match.text || m.match.value)) || '').toLowerCase())));
      return send(res, 200, { points: hits.slice(0, body.limit || 10), next_page_offset: null });
    }
    return send(res, 404, 'Not found');
  });
}).listen(6333, '0.0.0.0', () => console.log('qdrant stand-in listening on 6333'));
process.on('SIGTERM', () => process.exit(0));
`;

const digest = createHash('sha256').update(SERVER).digest('hex').slice(0, 12);
/** The stand-in's tag in the local Docker engine. */
export const QDRANT_STANDIN_IMAGE = `dot-ai-release-test/qdrant-standin:${digest}`;

/** Builds the stand-in image when the engine does not have this version of it; resolves to its tag. */
export async function ensureQdrantStandInImage(): Promise<string> {
  await requireDockerEngine();
  if (await imageExists(QDRANT_STANDIN_IMAGE)) return QDRANT_STANDIN_IMAGE;
  await requireImage(LOCAL_NODE_IMAGE);
  const context = mkdtempSync(path.join(tmpdir(), 'qdrant-standin-'));
  try {
    writeFileSync(path.join(context, 'server.js'), SERVER);
    writeFileSync(path.join(context, 'Dockerfile'), [
      'ARG NODE_IMAGE',
      'FROM ${NODE_IMAGE}',
      'LABEL org.opencontainers.image.title="qdrant stand-in (tests only)" dot-ai-release.test=qdrant-standin',
      'COPY server.js /opt/qdrant-standin/server.js',
      'EXPOSE 6333',
      'CMD ["node", "/opt/qdrant-standin/server.js"]',
      '',
    ].join('\n'));
    await buildImage({ context, tag: QDRANT_STANDIN_IMAGE, buildArgs: { NODE_IMAGE: LOCAL_NODE_IMAGE } });
  } finally {
    rmSync(context, { recursive: true, force: true });
  }
  return QDRANT_STANDIN_IMAGE;
}
