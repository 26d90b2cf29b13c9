// Bearer-token authentication with dot-ai's contract (dot-ai >= 1.6): every request except
// GET /healthz and the protected-resource metadata needs the token; without one configured the
// server refuses everything. Same status, headers, JSON bodies and messages as dot-ai, so a client
// (or a smoke test) cannot tell the two apart on a refusal.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export const MESSAGES = {
  notConfigured: 'Authentication is not configured. Set DOT_AI_AUTH_TOKEN in your deployment.',
  missing: 'Authentication required. Provide Authorization: Bearer <token> header.',
  badFormat: 'Invalid authorization format. Expected: Bearer <token>',
  empty: 'Bearer token is empty.',
  wrong: 'Invalid authentication token.',
} as const;

export type AuthOutcome = { ok: true } | { ok: false; message: string };

function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Equal in constant time for equal lengths; hashing both first makes the time independent of
 * where they differ and of the lengths (timingSafeEqual itself needs equal lengths).
 */
function sameToken(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}

/**
 * Checks one request's credentials. `X-Dot-AI-Authorization` wins over `Authorization` when both
 * are sent (dot-ai's header for paths where a proxy, e.g. the Kubernetes API server's, replaces
 * Authorization). The scheme is case-insensitive.
 */
export function authenticate(headers: IncomingHttpHeaders, expectedToken: string | undefined): AuthOutcome {
  if (expectedToken === undefined) return { ok: false, message: MESSAGES.notConfigured };
  const header = firstValue(headers['x-dot-ai-authorization']) ?? firstValue(headers.authorization);
  if (header === undefined) return { ok: false, message: MESSAGES.missing };
  const space = header.indexOf(' ');
  if (space < 0 || header.slice(0, space).toLowerCase() !== 'bearer') return { ok: false, message: MESSAGES.badFormat };
  const token = header.slice(space + 1).trim();
  if (token === '') return { ok: false, message: MESSAGES.empty };
  return sameToken(token, expectedToken) ? { ok: true } : { ok: false, message: MESSAGES.wrong };
}

/** The JSON body of every 401 (dot-ai's error envelope). */
export function unauthorizedBody(message: string): { success: false; error: { code: 'UNAUTHORIZED'; message: string } } {
  return { success: false, error: { code: 'UNAUTHORIZED', message } };
}

/** `WWW-Authenticate` of every 401: where a client finds the protected-resource metadata (RFC 9728). */
export function wwwAuthenticate(baseUrl: string): string {
  return `Bearer resource_metadata="${baseUrl}/.well-known/oauth-protected-resource"`;
}
