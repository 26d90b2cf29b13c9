/** The one error type the OCI client throws for registry failures, with a one-line human message per case. */

import { UserError } from '../errors.js';
export interface OciErrorDetail {
  code: string;
  message: string;
}

export type RegistryErrorKind =
  | 'unauthorized' // 401: missing or wrong credentials
  | 'denied' // 403: authenticated but not allowed
  | 'not-found' // 404: repository, manifest or blob unknown
  | 'rate-limited' // 429 after retries
  | 'server-error' // 5xx after retries
  | 'unreachable' // connection refused / DNS failure
  | 'network' // connection reset or similar after retries
  | 'timeout' // a connect, response-header or request deadline passed, after retries
  | 'integrity' // digest mismatch, blob missing before a manifest push
  | 'protocol'; // any other unexpected answer: garbage, over a size cap, a refused redirect

export interface RegistryErrorInit {
  kind: RegistryErrorKind;
  message: string;
  registry: string;
  operation: string;
  status?: number;
  ociErrors?: OciErrorDetail[];
  repository?: string;
  attempts?: number;
  cause?: unknown;
}

export class RegistryError extends UserError {
  override name = 'RegistryError';
  readonly kind: RegistryErrorKind;
  readonly status: number | undefined;
  /** `errors[]` of the registry's JSON body (codes like NAME_UNKNOWN, DENIED, MANIFEST_UNKNOWN). */
  readonly ociErrors: OciErrorDetail[];
  readonly registry: string;
  readonly repository: string | undefined;
  /** What we were doing, e.g. "push manifest 1.6.1 to vfarcic/dot-ai". */
  readonly operation: string;
  readonly attempts: number | undefined;

  constructor(init: RegistryErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.status = init.status;
    this.ociErrors = init.ociErrors ?? [];
    this.registry = init.registry;
    this.repository = init.repository;
    this.operation = init.operation;
    this.attempts = init.attempts;
  }

  hasCode(code: string): boolean {
    return this.ociErrors.some((e) => e.code === code);
  }
}

/**
 * Text a registry sent, made fit for a one-line message: control characters (newlines, ESC) become
 * spaces and it is cut at `max` characters, so no answer can forge lines or flood the log.
 */
export function remoteText(text: string, max = 200): string {
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/** Parse `{"errors":[{"code","message"}]}`; anything else yields no details. */
export function parseOciErrors(body: string): OciErrorDetail[] {
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed !== 'object' || parsed === null || !('errors' in parsed)) return [];
    const errors = (parsed as { errors: unknown }).errors;
    if (!Array.isArray(errors)) return [];
    return errors.flatMap((e: unknown) => {
      if (typeof e !== 'object' || e === null) return [];
      const { code, message } = e as { code?: unknown; message?: unknown };
      return [{ code: typeof code === 'string' ? remoteText(code, 60) : 'UNKNOWN', message: typeof message === 'string' ? remoteText(message) : '' }];
    });
  } catch {
    return [];
  }
}

export interface ResponseErrorContext {
  registry: string;
  repository?: string;
  operation: string;
  /** Username in use, named in 401 messages; never the password. */
  username?: string;
  attempts?: number;
  /** Who answered, when not the registry itself: `token endpoint H of registry R`, `blob storage H (...)`. */
  peer?: string;
  /** A Retry-After the registry asked for, and the retry budget it did not fit in. */
  retryAfterMs?: number;
  retryBudgetMs?: number;
}

function peerOf(ctx: ResponseErrorContext): string {
  return ctx.peer ?? `registry ${ctx.registry}`;
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

/** ` and asked to wait 3600 s (Retry-After), beyond the 60 s retry budget` when that is why we stopped. */
function retryAfterNote(ctx: ResponseErrorContext): string {
  if (ctx.retryAfterMs === undefined || ctx.retryBudgetMs === undefined || ctx.retryAfterMs <= ctx.retryBudgetMs) return '';
  return `; it asked to wait ${seconds(ctx.retryAfterMs)} (Retry-After), beyond the ${seconds(ctx.retryBudgetMs)} retry budget`;
}

function describeOciErrors(errors: OciErrorDetail[]): string {
  if (errors.length === 0) return '';
  return ': ' + errors.map((e) => (e.message ? `${e.code} ${e.message}` : e.code)).join('; ');
}

/** Build the RegistryError for an unexpected HTTP answer. `body` is the (already redacted) response text. */
export function errorFromResponse(status: number, body: string, ctx: ResponseErrorContext): RegistryError {
  const ociErrors = parseOciErrors(body);
  const details = describeOciErrors(ociErrors);
  const base = { registry: ctx.registry, repository: ctx.repository, operation: ctx.operation, status, ociErrors, attempts: ctx.attempts };
  const where = ctx.repository ? `${ctx.registry}/${ctx.repository}` : ctx.registry;

  const peer = peerOf(ctx);
  if (status === 401) {
    const who = ctx.username
      ? `rejected the credentials of user "${remoteText(ctx.username, 100)}"`
      : 'requires authentication and no credentials were given';
    return new RegistryError({ ...base, kind: 'unauthorized', message: `${ctx.operation}: ${peer} ${who} (HTTP 401${details})` });
  }
  if (status === 403) {
    const text = ociErrors.map((e) => `${e.code} ${e.message}`).join(' ');
    const ghcrWrite = /permission_denied/i.test(text) && /write_package/i.test(text);
    const hint = ghcrWrite
      ? '; the workflow needs `permissions: packages: write`, and the package\'s "Manage Actions access" settings must grant this repository the Write role'
      : '';
    const user = ctx.username ? ` for user "${remoteText(ctx.username, 100)}"` : '';
    return new RegistryError({ ...base, kind: 'denied', message: `${ctx.operation}: ${peer} denied access to ${where}${user} (HTTP 403${details})${hint}` });
  }
  if (status === 404) {
    const nameUnknown = ociErrors.some((e) => e.code === 'NAME_UNKNOWN');
    const what = nameUnknown
      ? `repository ${where} does not exist (NAME_UNKNOWN); check the namespace/name spelling and that it was pushed before`
      : `not found in ${where} (HTTP 404${details})`;
    return new RegistryError({ ...base, kind: 'not-found', message: `${ctx.operation}: ${what}` });
  }
  if (status === 429) {
    return new RegistryError({ ...base, kind: 'rate-limited', message: `${ctx.operation}: ${peer} is rate limiting us (HTTP 429) and still was after ${ctx.attempts ?? 1} attempt(s)${retryAfterNote(ctx)}; wait and retry later${details}` });
  }
  if (status >= 500) {
    return new RegistryError({ ...base, kind: 'server-error', message: `${ctx.operation}: ${peer} failed with HTTP ${status} after ${ctx.attempts ?? 1} attempt(s)${retryAfterNote(ctx)}${details}` });
  }
  return new RegistryError({ ...base, kind: 'protocol', message: `${ctx.operation}: ${peer} answered HTTP ${status}${details}` });
}

/** Error codes found anywhere in a network failure's cause chain (by code, never by message text). */
export function networkErrorCodes(error: unknown): string[] {
  const codes: string[] = [];
  const seen = new Set<unknown>();
  const visit = (e: unknown, depth: number): void => {
    if (depth > 6 || e === null || typeof e !== 'object' || seen.has(e)) return;
    seen.add(e);
    const { code, cause, errors } = e as { code?: unknown; cause?: unknown; errors?: unknown };
    if (typeof code === 'string') codes.push(code);
    visit(cause, depth + 1);
    if (Array.isArray(errors)) for (const inner of errors) visit(inner, depth + 1);
  };
  visit(error, 0);
  return codes;
}

const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

export function isUnreachable(error: unknown): boolean {
  return networkErrorCodes(error).some((c) => UNREACHABLE_CODES.has(c));
}

interface TransportDetail {
  limitMs?: number;
  limitBytes?: number;
  receivedBytes?: number;
  expectedBytes?: number;
  bodyName?: string;
}

function bytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}

export function errorFromNetworkFailure(error: unknown, ctx: ResponseErrorContext): RegistryError {
  const codes = networkErrorCodes(error);
  const base = { registry: ctx.registry, repository: ctx.repository, operation: ctx.operation, attempts: ctx.attempts, cause: error };
  const peer = peerOf(ctx);
  const tries = `${ctx.attempts ?? 1} attempt(s)`;
  const unreachable = codes.find((c) => UNREACHABLE_CODES.has(c));
  if (unreachable) {
    const reason = unreachable === 'ECONNREFUSED' ? 'connection refused' : unreachable;
    const who = ctx.peer ?? `registry ${ctx.registry}`;
    return new RegistryError({ ...base, kind: 'unreachable', message: `${ctx.operation}: cannot reach ${who} (${reason})` });
  }
  const detail = ((error as { detail?: TransportDetail }).detail ?? {}) as TransportDetail;
  const code = codes[0];
  const what = detail.bodyName ?? 'body';
  switch (code) {
    case 'DEADLINE_CONNECT':
      return new RegistryError({ ...base, kind: 'timeout', message: `${ctx.operation}: ${peer} did not accept a connection within ${seconds(detail.limitMs ?? 0)} (connect deadline, ${tries})` });
    case 'DEADLINE_HEADERS':
      return new RegistryError({ ...base, kind: 'timeout', message: `${ctx.operation}: ${peer} accepted the request but did not answer within ${seconds(detail.limitMs ?? 0)} (response-header deadline, ${tries})` });
    case 'DEADLINE_REQUEST':
      return new RegistryError({ ...base, kind: 'timeout', message: `${ctx.operation}: ${peer} did not finish its answer within ${seconds(detail.limitMs ?? 0)} (request deadline, ${tries})` });
    case 'BODY_TOO_LARGE':
      return new RegistryError({ ...base, kind: 'protocol', message: `${ctx.operation}: ${peer} sent a ${what} larger than ${bytes(detail.limitBytes ?? 0)}, the cap for it; refusing to read more` });
    case 'BODY_SIZE_MISMATCH':
      return new RegistryError({ ...base, kind: 'integrity', message: `${ctx.operation}: ${peer} sent a ${what} of ${detail.receivedBytes} bytes, but its descriptor says ${detail.expectedBytes}` });
    case 'BODY_INCOMPLETE':
      return new RegistryError({ ...base, kind: 'network', message: `${ctx.operation}: ${peer} cut the ${what} short (${error instanceof Error ? error.message : ''}) after ${tries}` });
    case 'BAD_URL':
      return new RegistryError({ ...base, kind: 'protocol', message: `${ctx.operation}: ${error instanceof Error ? error.message : 'bad URL'}` });
    default:
      return new RegistryError({ ...base, kind: 'network', message: `${ctx.operation}: connection to ${peer} failed (${remoteText(code ?? (error instanceof Error ? error.message : String(error)), 100)}) after ${tries}` });
  }
}
