/**
 * Keeping credentials out of logs and error messages. Every line the OCI code logs and every
 * RegistryError message passes through a Redactor that knows the secrets in use.
 */

import { MASK, maskSecrets } from '../report/mask.js';

/** Patterns that look like credentials whatever their value (headers, token JSON, URL userinfo). */
const GENERIC_PATTERNS: Array<[RegExp, string]> = [
  [/\b(authorization\s*[:=]\s*)(basic|bearer)\s+[^\s,;"']+/gi, `$1$2 ${MASK}`],
  [/\b(basic|bearer)\s+[A-Za-z0-9+/=._~-]{12,}/gi, `$1 ${MASK}`],
  [/("(?:token|access_token|refresh_token|password|secret)"\s*:\s*")[^"]*(")/gi, `$1${MASK}$2`],
  [/([?&](?:token|access_token|password)=)[^&\s]+/gi, `$1${MASK}`],
  // URL userinfo (`//user:pass@host`, `//token@host`): the whole of it.
  [/(\/\/)[^/@\s"']+@/g, `$1${MASK}@`],
];

/** Replace every known secret and every credential-looking pattern in `text`. */
export function redact(text: string, secrets: Iterable<string> = []): string {
  // Secrets shorter than 3 characters would mask ordinary text; the rule itself is report/mask.ts's.
  let out = maskSecrets(text, [...secrets].filter((s) => s.length >= 3));
  for (const [pattern, replacement] of GENERIC_PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

/** Collects the secrets of one client (password, its Basic encoding, tokens) as they appear. */
export class Redactor {
  private readonly secrets = new Set<string>();

  add(secret: string | undefined): void {
    if (secret !== undefined && secret !== '') this.secrets.add(secret);
  }

  redact(text: string): string {
    return redact(text, this.secrets);
  }
}

export type LogSink = (line: string) => void;

/** A log sink that redacts before writing; `undefined` sink means silent. */
export function redactingLog(sink: LogSink | undefined, redactor: Redactor): LogSink {
  return (line) => {
    if (sink) sink(redactor.redact(line));
  };
}

/**
 * A URL as it may appear in a log line or a message: userinfo masked, query string dropped (it
 * can carry signed-URL signatures, GHCR redirects blob downloads to such URLs, or upload state).
 */
export function urlForMessage(url: string): string {
  try {
    const parsed = new URL(url);
    const userinfo = parsed.username !== '' || parsed.password !== '' ? `${MASK}@` : '';
    return `${parsed.protocol}//${userinfo}${parsed.host}${parsed.pathname}${parsed.search || parsed.hash ? '?…' : ''}`;
  } catch {
    const cut = url.search(/[?#]/);
    return `${redactReference(cut < 0 ? url : url.slice(0, cut))}${cut < 0 ? '' : '?…'}`;
  }
}

/** `@sha256:...` (any digest algorithm) closing a reference. */
const TRAILING_DIGEST = /@[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;

/**
 * A registry reference or URL as typed by a user (`oci://user:pass@host/ns`,
 * `user:token@ghcr.io/a/b:1`) with its userinfo masked. No host or repository may hold an `@`, so
 * everything up to the last `@` that is not the digest separator is userinfo, even when the
 * password holds a `/`. Image-layout paths (`oci-layout://`) are left alone: a path may hold `@`.
 */
export function redactReference(reference: string): string {
  if (reference.startsWith('oci-layout://')) return reference;
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(reference)?.[0] ?? '';
  const digest = TRAILING_DIGEST.exec(reference)?.[0] ?? '';
  const body = reference.slice(scheme.length, reference.length - digest.length);
  const at = body.lastIndexOf('@');
  if (at < 0) return reference;
  // An `@` after the first `/` is userinfo only when a path follows it (a password holding `/`);
  // otherwise it is a malformed digest (`host/a/b@sha256`), which is no secret.
  const firstSlash = body.indexOf('/');
  if (firstSlash >= 0 && at > firstSlash && !body.slice(at + 1).includes('/')) return reference;
  return `${scheme}${MASK}@${body.slice(at + 1)}${digest}`;
}

/** True when a registry reference or URL carries userinfo (credentials). */
export function hasUserinfo(reference: string): boolean {
  return redactReference(reference) !== reference;
}
