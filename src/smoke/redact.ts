/**
 * The one redaction of the smoke gate: every diagnostic file a method writes (docker inspect,
 * compose config, helm arguments and renderings, kubectl describe, events, logs, probe
 * transcripts) and every input quoted in a message passes through here. Two layers:
 *   - the secrets the run knows (the generated token, header values, the registry password...)
 *     are masked wherever they appear, raw or JSON-escaped;
 *   - values that look like credentials whatever they are: environment entries and keys named
 *     like a secret (ANTHROPIC_API_KEY=..., "token": "..."), Kubernetes Secrets' data, URL
 *     userinfo, Authorization headers.
 * JSON and YAML files are redacted by structure (and re-written, redact-file.ts), anything else
 * line by line. (This module holds no YAML parser: the in-cluster probe bundles it.)
 */
import { redact as redactCredentials } from '../oci/redact.js';
import { MASK } from '../report/mask.js';
import { visible } from '../report/escape.js';

/** A name (env variable, map key, `--set` path) whose value is a credential. */
const SECRET_NAME = /(KEY|TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|CREDENTIAL|AUTH|PRIVATE|COOKIE|SESSION_?ID)/i;
/** Names that match but hold no secret: where a secret is, not what it is. */
const NOT_SECRET = /^(key|keys|keyName|secretName|secretKeyRef|secretRef|secrets?|existingSecret|authorization|auth|tokenPath|keyPath|private|optional)$/i;
/** Values that say where a secret comes from (kubectl describe, compose interpolation), not the secret. */
const REFERENCE_VALUE = /^(<set to the key|<none>|\$\{[A-Za-z_][A-Za-z0-9_]*\}$|\*\*\*$)/;

export function isSecretName(name: string): boolean {
  const last = name.split(/[.[\]/]/).filter(Boolean).at(-1) ?? name;
  return SECRET_NAME.test(last) && !NOT_SECRET.test(last);
}

function secretValue(name: string, value: string): boolean {
  return value.trim() !== '' && isSecretName(name) && !REFERENCE_VALUE.test(value.trim());
}

const LINE_RULES: Array<(line: string) => string> = [
  // KEY=VALUE (env files, `docker inspect` Env, `--set path=value`, logs that print their environment)
  (line) =>
    line.replace(/(^|[\s"',[{(])((?:--set(?:-string)?\s+)?([A-Za-z_][A-Za-z0-9_.\-[\]\\]*))=([^\s"',]*)/g, (all, pre: string, lhs: string, name: string, value: string) =>
      secretValue(name, value) ? `${pre}${lhs}=${MASK}` : all,
    ),
  // NAME: VALUE (YAML, kubectl describe's Environment, "name": "value" in JSON)
  (line) =>
    line.replace(/^(\s*(?:-\s+)?["']?([A-Za-z_][A-Za-z0-9_.-]*)["']?\s*:\s+)(.*\S)\s*$/, (all, lhs: string, name: string, value: string) =>
      secretValue(name, value.replace(/^["']|["'],?$/g, '')) ? `${lhs}${MASK}` : all,
    ),
  (line) =>
    line.replace(/("([A-Za-z_][A-Za-z0-9_.-]*)"\s*:\s*")((?:[^"\\]|\\.)*)(")/g, (all, lhs: string, name: string, value: string, end: string) =>
      secretValue(name, value) ? `${lhs}${MASK}${end}` : all,
    ),
];

/** Plain text (logs, events, describe): known secrets, credential patterns, secret-named values, line by line. */
export function redactText(text: string, secrets: Iterable<string> = []): string {
  let out = redactCredentials(text, secrets);
  out = out
    .split('\n')
    .map((line) => LINE_RULES.reduce((l, rule) => rule(l), line))
    .join('\n');
  // `- name: X_API_KEY` followed by `value: ...` (a container's env as YAML).
  return out.replace(/(\bname:\s*["']?([A-Za-z_][A-Za-z0-9_.-]*)["']?[ \t]*\r?\n[ \t]*value:[ \t]*)(\S[^\n]*)/g, (all, lhs: string, name: string, value: string) =>
    secretValue(name, value.replace(/^["']|["']$/g, '')) ? `${lhs}${MASK}` : all,
  );
}

/** Walks a parsed JSON/YAML value, replacing what holds a credential. */
export function redactValue(node: unknown): unknown {
  if (Array.isArray(node)) {
    return node.map((item) => {
      // docker inspect's Config.Env: ["KEY=VALUE", ...]
      if (typeof item === 'string' && /^[A-Za-z_][A-Za-z0-9_]*=/.test(item)) {
        const eq = item.indexOf('=');
        return secretValue(item.slice(0, eq), item.slice(eq + 1)) ? `${item.slice(0, eq)}=${MASK}` : item;
      }
      return redactValue(item);
    });
  }
  if (!node || typeof node !== 'object') return node;
  const object = node as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const isSecret = object.kind === 'Secret';
  for (const [key, value] of Object.entries(object)) {
    if (isSecret && (key === 'data' || key === 'stringData') && value && typeof value === 'object') {
      out[key] = Object.fromEntries(Object.keys(value).map((k) => [k, MASK]));
    } else if (key === 'value' && typeof object.name === 'string' && typeof value === 'string' && secretValue(object.name, value)) {
      out[key] = MASK; // {name: X_API_KEY, value: ...}
    } else if (typeof value === 'string' && secretValue(key, value)) {
      out[key] = MASK;
    } else {
      out[key] = redactValue(value);
    }
  }
  return out;
}

/**
 * An input quoted in a one-line message: credentials in it (URL userinfo `http://user:pass@`,
 * a registry login `user:pass@host/...`) and known secrets replaced, control characters shown.
 */
export function quoteInput(value: string, secrets: Iterable<string> = []): string {
  return JSON.stringify(visible(redactInput(value, secrets)));
}

/** The same redaction on a message that quotes an input (e.g. an image-reference parser's error). */
export function redactInput(text: string, secrets: Iterable<string> = []): string {
  return redactCredentials(text, secrets).replace(/(^|[\s"'(=])([^\s/@"'=]+)@(?!sha\d+:|[a-z0-9]+:[0-9a-f]{32,})/g, `$1${MASK}@`);
}
