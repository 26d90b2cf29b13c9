/**
 * Keeping credentials out of logs and error messages. Every line the OCI code logs and every
 * RegistryError message passes through a Redactor that knows the secrets in use.
 */

const MASK = '***';

/** Patterns that look like credentials whatever their value (headers, token JSON, URL userinfo). */
const GENERIC_PATTERNS: Array<[RegExp, string]> = [
  [/\b(authorization\s*[:=]\s*)(basic|bearer)\s+[^\s,;"']+/gi, `$1$2 ${MASK}`],
  [/\b(basic|bearer)\s+[A-Za-z0-9+/=._~-]{12,}/gi, `$1 ${MASK}`],
  [/("(?:token|access_token|refresh_token|password|secret)"\s*:\s*")[^"]*(")/gi, `$1${MASK}$2`],
  [/([?&](?:token|access_token|password)=)[^&\s]+/gi, `$1${MASK}`],
  [/(\/\/[^/@\s:]+:)[^/@\s]+@/g, `$1${MASK}@`],
];

/** Replace every known secret and every credential-looking pattern in `text`. */
export function redact(text: string, secrets: Iterable<string> = []): string {
  let out = text;
  // Longest first so a secret containing another is masked whole.
  const sorted = [...secrets].filter((s) => s.length >= 3).sort((a, b) => b.length - a.length);
  for (const secret of sorted) out = out.split(secret).join(MASK);
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
 * A URL as it may appear in logs: query strings dropped, since they can carry signed-URL
 * signatures (GHCR redirects blob downloads to signed storage URLs) or upload state.
 */
export function urlForLog(url: string): string {
  const cut = url.indexOf('?');
  return cut < 0 ? url : `${url.slice(0, cut)}?…`;
}
