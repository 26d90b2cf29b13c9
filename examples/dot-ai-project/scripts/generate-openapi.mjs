/* global URL */
// Writes schema/openapi.json: the REST surface of the server, versioned with package.json, the way
// dot-ai regenerates its spec for every release. Offline and deterministic: the same package.json
// gives the same bytes (no timestamps, keys in a fixed order).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const unauthorized = {
  description: 'No or a wrong Bearer token (dot-ai error envelope)',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};
const spec = {
  openapi: '3.1.0',
  info: { title: 'dot-ai demo REST API', version: pkg.version },
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    schemas: {
      Error: {
        type: 'object',
        required: ['success', 'error'],
        properties: {
          success: { const: false },
          error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } },
        },
      },
    },
  },
  paths: {
    '/healthz': { get: { summary: 'Health', security: [], responses: { 200: { description: 'Up' } } } },
    '/': {
      post: {
        summary: 'MCP over streamable HTTP',
        security: [{ bearer: [] }],
        responses: { 200: { description: 'JSON-RPC answer (JSON or SSE)' }, 401: unauthorized },
      },
    },
  },
};
mkdirSync(new URL('../schema/', import.meta.url), { recursive: true });
writeFileSync(new URL('../schema/openapi.json', import.meta.url), `${JSON.stringify(spec, null, 2)}\n`);
