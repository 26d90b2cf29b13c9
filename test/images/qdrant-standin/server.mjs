/* global process, console, Buffer, URL */
// A Qdrant STAND-IN for tests only (dot-ai-release/qdrant-standin:test). The official qdrant/qdrant
// image cannot be pulled or built on the test machines, so this small server answers the part of
// Qdrant's REST API (v1.15) that the reference MCP server (@qdrant/js-client-rest), the Helm chart's
// probes and the tests use:
//   GET  /  /healthz  /livez  /readyz
//   GET  /collections                       PUT|GET|DELETE /collections/{name}   GET /collections/{name}/exists
//   PUT  /collections/{name}/points         (upsert: {points:[...]} or {batch:{ids,vectors,payloads}})
//   POST /collections/{name}/points         (retrieve by ids)
//   POST /collections/{name}/points/scroll  (filter: must/should/must_not of match.value|text|any)
//   POST /collections/{name}/points/search  (cosine similarity over the stored vectors)
//   POST /collections/{name}/points/count   POST /collections/{name}/points/delete
// It is NOT Qdrant: no gRPC (6334 is not served), no indexes, no clustering. Data is kept in memory and
// written to /qdrant/storage/standin.json after each change (so a PersistentVolume matters).
// QDRANT__SERVICE__HTTP_PORT / QDRANT__SERVICE__HOST choose where it listens (port 0: any free one,
// logged). QDRANT__SERVICE__API_KEY, when set, is required in the `api-key` header (or `Authorization: Bearer`)
// on everything except the health endpoints, as Qdrant does.
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const port = Number(process.env.QDRANT__SERVICE__HTTP_PORT || 6333);
const apiKey = process.env.QDRANT__SERVICE__API_KEY || '';
const storageDir = process.env.QDRANT__STORAGE__STORAGE_PATH || '/qdrant/storage';
const stateFile = join(storageDir, 'standin.json');
const VERSION = '1.15.5-standin';
const MAX_BODY = 16 * 1024 * 1024;

/** name -> { config, points: Map(id -> {id, vector, payload}) } */
const collections = new Map();

function load() {
  try {
    const saved = JSON.parse(readFileSync(stateFile, 'utf8'));
    for (const [name, c] of Object.entries(saved)) {
      collections.set(name, { config: c.config, points: new Map(c.points.map((p) => [String(p.id), p])) });
    }
    console.log(`qdrant-standin: loaded ${collections.size} collection(s) from ${stateFile}`);
  } catch (error) {
    if (error.code !== 'ENOENT') console.error(`qdrant-standin: cannot read ${stateFile}: ${error.message}`);
  }
}

function save() {
  const out = {};
  for (const [name, c] of collections) out[name] = { config: c.config, points: [...c.points.values()] };
  mkdirSync(storageDir, { recursive: true });
  writeFileSync(`${stateFile}.tmp`, JSON.stringify(out));
  renameSync(`${stateFile}.tmp`, stateFile);
}

const started = process.hrtime.bigint();
function reply(res, statusCode, result, t0) {
  const time = Number(process.hrtime.bigint() - t0) / 1e9;
  const body = statusCode < 400 ? { result, status: 'ok', time } : { status: { error: result }, time };
  res.writeHead(statusCode, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (c) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(Object.assign(new Error('payload too large'), { status: 413 }));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        resolve(text ? JSON.parse(text) : {});
      } catch {
        reject(Object.assign(new Error('Format error in JSON body'), { status: 400 }));
      }
    });
    req.on('error', reject);
  });
}

// --- filters -----------------------------------------------------------------------------------
function valuesAt(payload, key) {
  let values = [payload];
  for (const part of key.split('.')) {
    values = values.flatMap((v) => (v && typeof v === 'object' ? [v[part]] : [])).flatMap((v) => (Array.isArray(v) ? v : [v]));
  }
  return values.filter((v) => v !== undefined);
}

function matchCondition(point, condition) {
  if (condition.has_id) return condition.has_id.map(String).includes(String(point.id));
  if (condition.must || condition.should || condition.must_not) return matchFilter(point, condition);
  const values = valuesAt(point.payload ?? {}, condition.key ?? '');
  const m = condition.match;
  if (!m) return values.length > 0;
  if ('value' in m) return values.some((v) => v === m.value);
  if ('any' in m) return values.some((v) => m.any.includes(v));
  if ('except' in m) return values.every((v) => !m.except.includes(v));
  if ('text' in m) {
    // Without a full-text index Qdrant matches the phrase as a substring; with one, every token.
    const words = String(m.text).toLowerCase().split(/\s+/).filter(Boolean);
    return values.some((v) => typeof v === 'string' && words.every((w) => v.toLowerCase().includes(w)));
  }
  return false;
}

function matchFilter(point, filter) {
  if (!filter) return true;
  const must = filter.must ?? [];
  const should = filter.should ?? [];
  const mustNot = filter.must_not ?? [];
  return (
    must.every((c) => matchCondition(point, c)) &&
    (should.length === 0 || should.some((c) => matchCondition(point, c))) &&
    mustNot.every((c) => !matchCondition(point, c))
  );
}

function cosine(a, b) {
  let dot = 0, na = 0, nb = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    dot += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

function view(point, withPayload = true, withVector = false) {
  return { id: point.id, ...(withPayload !== false ? { payload: point.payload ?? {} } : {}), ...(withVector ? { vector: point.vector } : {}) };
}

function collectionInfo(c) {
  return {
    status: 'green',
    optimizer_status: 'ok',
    points_count: c.points.size,
    indexed_vectors_count: 0,
    segments_count: 1,
    config: { params: c.config ?? {} },
    payload_schema: {},
  };
}

// --- routes ------------------------------------------------------------------------------------
async function handle(req, res) {
  const t0 = process.hrtime.bigint();
  const url = new URL(req.url ?? '/', 'http://localhost');
  const path = url.pathname.replace(/\/+$/, '') || '/';
  const method = req.method ?? 'GET';

  if (method === 'GET' && (path === '/healthz' || path === '/livez')) {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('healthz check passed');
    return;
  }
  if (method === 'GET' && path === '/readyz') {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('all shards are ready');
    return;
  }
  if (apiKey) {
    const given = req.headers['api-key'] ?? (req.headers.authorization ?? '').replace(/^Bearer\s+/i, '');
    if (given !== apiKey) {
      res.writeHead(401, { 'content-type': 'text/plain' });
      res.end('Must provide an API key or an Authorization bearer token');
      return;
    }
  }
  if (method === 'GET' && path === '/') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ title: 'qdrant - vector search engine (dot-ai-release test stand-in)', version: VERSION }));
    return;
  }
  if (method === 'GET' && path === '/collections') {
    return reply(res, 200, { collections: [...collections.keys()].map((name) => ({ name })) }, t0);
  }

  const m = /^\/collections\/([^/]+)(?:\/(.*))?$/.exec(path);
  if (!m) return reply(res, 404, `Not found: ${path}`, t0);
  const name = decodeURIComponent(m[1]);
  const rest = m[2] ?? '';
  const collection = collections.get(name);
  const missing = () => reply(res, 404, `Not found: Collection \`${name}\` doesn't exist!`, t0);

  if (rest === '') {
    if (method === 'GET') return collection ? reply(res, 200, collectionInfo(collection), t0) : missing();
    if (method === 'PUT') {
      const body = await readBody(req);
      if (collection) return reply(res, 409, `Wrong input: Collection \`${name}\` already exists!`, t0);
      collections.set(name, { config: { vectors: body.vectors ?? {} }, points: new Map() });
      save();
      return reply(res, 200, true, t0);
    }
    if (method === 'DELETE') {
      const existed = collections.delete(name);
      if (existed) save();
      return reply(res, 200, existed, t0);
    }
  }
  if (rest === 'exists' && method === 'GET') return reply(res, 200, { exists: Boolean(collection) }, t0);
  if (!collection) return missing();

  const body = method === 'GET' ? {} : await readBody(req);
  if (rest === 'points' && method === 'PUT') {
    let points = body.points ?? [];
    if (body.batch) {
      const { ids = [], vectors = [], payloads = [] } = body.batch;
      points = ids.map((id, i) => ({ id, vector: vectors[i], payload: payloads[i] }));
    }
    for (const p of points) {
      if (p.id === undefined) return reply(res, 400, 'Wrong input: point without id', t0);
      collection.points.set(String(p.id), { id: p.id, vector: p.vector ?? [], payload: p.payload ?? {} });
    }
    save();
    return reply(res, 200, { operation_id: Date.now(), status: 'completed' }, t0);
  }
  if (rest === 'points' && method === 'POST') {
    const ids = (body.ids ?? []).map(String);
    const found = ids.map((id) => collection.points.get(id)).filter(Boolean);
    return reply(res, 200, found.map((p) => view(p, body.with_payload, body.with_vector)), t0);
  }
  const one = /^points\/([^/]+)$/.exec(rest);
  if (one && method === 'GET') {
    const p = collection.points.get(decodeURIComponent(one[1]));
    return p ? reply(res, 200, view(p, true, true), t0) : reply(res, 404, `Not found: No point with id ${one[1]} found`, t0);
  }
  if (rest === 'points/scroll' && method === 'POST') {
    const limit = Number(body.limit ?? 10);
    const all = [...collection.points.values()].filter((p) => matchFilter(p, body.filter));
    const start = body.offset === undefined || body.offset === null ? 0 : Math.max(0, all.findIndex((p) => String(p.id) === String(body.offset)));
    const page = all.slice(start, start + limit);
    const next = all[start + limit];
    return reply(res, 200, { points: page.map((p) => view(p, body.with_payload, body.with_vector)), next_page_offset: next ? next.id : null }, t0);
  }
  if (rest === 'points/search' && method === 'POST') {
    const vector = Array.isArray(body.vector) ? body.vector : (body.vector?.vector ?? []);
    const scored = [...collection.points.values()]
      .filter((p) => matchFilter(p, body.filter))
      .map((p) => ({ ...view(p, body.with_payload ?? false, body.with_vector), version: 0, score: cosine(vector, Array.isArray(p.vector) ? p.vector : []) }))
      .sort((a, b) => b.score - a.score)
      .slice(body.offset ?? 0, (body.offset ?? 0) + (body.limit ?? 10));
    return reply(res, 200, scored, t0);
  }
  if (rest === 'points/count' && method === 'POST') {
    return reply(res, 200, { count: [...collection.points.values()].filter((p) => matchFilter(p, body.filter)).length }, t0);
  }
  if (rest === 'points/delete' && method === 'POST') {
    const doomed = body.points ? body.points.map(String) : [...collection.points.values()].filter((p) => matchFilter(p, body.filter)).map((p) => String(p.id));
    for (const id of doomed) collection.points.delete(id);
    save();
    return reply(res, 200, { operation_id: Date.now(), status: 'completed' }, t0);
  }
  return reply(res, 404, `Not found: ${method} ${path} is not implemented by the stand-in`, t0);
}

load();
const server = createServer((req, res) => {
  handle(req, res).catch((error) => {
    if (!res.headersSent) reply(res, error.status ?? 500, error.message, process.hrtime.bigint());
    else res.destroy();
  });
});
server.requestTimeout = 30_000;
server.listen(port, process.env.QDRANT__SERVICE__HOST || '0.0.0.0', () => {
  // The port bound (PORT 0: one the OS picked, for tests running it as a process).
  console.log(`qdrant-standin ${VERSION}: listening on ${server.address().port}; storage ${storageDir}; api key ${apiKey ? 'required' : 'not required'}; started in ${Number(process.hrtime.bigint() - started) / 1e6} ms`);
});
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.close(() => process.exit(0)));
