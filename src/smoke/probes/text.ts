/** Text helpers for what the probe prints: server text made safe for one line, secrets scrubbed. */

/**
 * Server-controlled text on one line: whitespace runs become one space, other control characters
 * (ANSI escapes included) are shown as \uXXXX, and it is cut at `max` characters with an ellipsis.
 */
export function oneLine(text: string, max = 200): string {
  const flat = text
    .replace(/[\t\n\r\f\v ]+/g, ' ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/** Cut at `max` characters, saying how much was left out. */
export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length - max} more characters)` : text;
}

export function seconds(ms: number): string {
  const s = ms / 1000;
  return Number.isInteger(s) ? `${s} s` : `${s.toFixed(1)} s`;
}

export function bytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / 1024 / 1024} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}

/** Header names whose values are credentials in any request. */
const CREDENTIAL_HEADERS = ['authorization', 'proxy-authorization', 'cookie'];

/** Scrubs the probe's secrets (token, header values) from any text, and redacts credential headers. */
export class Redactor {
  private readonly secrets: string[];
  private readonly headerNames: Set<string>;

  constructor(secrets: string[], secretHeaderNames: string[]) {
    // Longest first, so a secret that contains another is scrubbed whole.
    this.secrets = [...new Set(secrets.filter((s) => s.length > 0))].sort((a, b) => b.length - a.length);
    this.headerNames = new Set([...CREDENTIAL_HEADERS, ...secretHeaderNames.map((n) => n.toLowerCase())]);
  }

  text(value: string): string {
    return this.secrets.reduce((t, s) => t.split(s).join('***'), value);
  }

  header(name: string, value: string): string {
    return this.headerNames.has(name.toLowerCase()) ? '***' : this.text(value);
  }
}

const VERSION = /^v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/;
const VERSIONS_IN_TEXT = /(?<![0-9A-Za-z.+-])v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*)?)(?![0-9A-Za-z+-]|\.[0-9A-Za-z])/g;

// `version` as a word of its own: "version": "1.2.3", not nodeVersion (dot-ai's version tool reports both).
const LABELLED_VERSION = /(?<![A-Za-z])version["']?\s*[:=]?\s*["']?v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*)?)(?![0-9A-Za-z+-]|\.[0-9A-Za-z])/gi;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Whether `text` shows `expected`. A version must appear whole: 1.6.1 is not found in 1.6.10,
 * 11.6.1 or 1.6.1-rc.1 (a leading v is allowed). Anything else is a plain substring.
 */
export function showsExpected(text: string, expected: string): boolean {
  const version = VERSION.exec(expected)?.[1];
  if (!version) return text.includes(expected);
  return new RegExp(`(?<![0-9A-Za-z.+-])v?${escapeRegExp(version)}(?![0-9A-Za-z+-]|\\.[0-9A-Za-z])`).test(text);
}

/** What a result shows instead of `expected`: the versions in it when a version was expected, else its text. */
export function whatItShows(text: string, expected: string): string {
  if (VERSION.test(expected)) {
    // A version labelled as one ("version":"1.2.3", version 1.2.3) says more than any other (a node v20.20.2).
    const labelled = [...text.matchAll(LABELLED_VERSION)].map((m) => m[1] as string);
    const found = [...new Set(labelled.length ? labelled : [...text.matchAll(VERSIONS_IN_TEXT)].map((m) => m[1] as string))];
    if (found.length > 0) return found.slice(0, 3).join(', ');
  }
  return text.trim() === '' ? 'nothing (no text)' : JSON.stringify(oneLine(text, 120));
}
