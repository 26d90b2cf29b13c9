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
  | 'integrity' // digest mismatch, blob missing before a manifest push
  | 'protocol'; // any other unexpected answer

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
      return [{ code: typeof code === 'string' ? code : 'UNKNOWN', message: typeof message === 'string' ? message : '' }];
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

  if (status === 401) {
    const who = ctx.username
      ? `rejected the credentials of user "${ctx.username}"`
      : 'requires authentication and no credentials were given';
    return new RegistryError({ ...base, kind: 'unauthorized', message: `${ctx.operation}: registry ${ctx.registry} ${who} (HTTP 401${details})` });
  }
  if (status === 403) {
    const text = ociErrors.map((e) => `${e.code} ${e.message}`).join(' ');
    const ghcrWrite = /permission_denied/i.test(text) && /write_package/i.test(text);
    const hint = ghcrWrite
      ? '; the workflow needs `permissions: packages: write`, and the package\'s "Manage Actions access" settings must grant this repository the Write role'
      : '';
    const user = ctx.username ? ` for user "${ctx.username}"` : '';
    return new RegistryError({ ...base, kind: 'denied', message: `${ctx.operation}: registry ${ctx.registry} denied access to ${where}${user} (HTTP 403${details})${hint}` });
  }
  if (status === 404) {
    const nameUnknown = ociErrors.some((e) => e.code === 'NAME_UNKNOWN');
    const what = nameUnknown
      ? `repository ${where} does not exist (NAME_UNKNOWN); check the namespace/name spelling and that it was pushed before`
      : `not found in ${where} (HTTP 404${details})`;
    return new RegistryError({ ...base, kind: 'not-found', message: `${ctx.operation}: ${what}` });
  }
  if (status === 429) {
    return new RegistryError({ ...base, kind: 'rate-limited', message: `${ctx.operation}: registry ${ctx.registry} is rate limiting us (HTTP 429) and still was after ${ctx.attempts ?? 1} attempt(s); wait and retry later${details}` });
  }
  if (status >= 500) {
    return new RegistryError({ ...base, kind: 'server-error', message: `${ctx.operation}: registry ${ctx.registry} failed with HTTP ${status} after ${ctx.attempts ?? 1} attempt(s)${details}` });
  }
  return new RegistryError({ ...base, kind: 'protocol', message: `${ctx.operation}: registry ${ctx.registry} answered HTTP ${status}${details}` });
}

/** Error codes found anywhere in a fetch failure's cause chain (undici wraps socket errors). */
export function networkErrorCodes(error: unknown): string[] {
  const codes: string[] = [];
  const seen = new Set<unknown>();
  const visit = (e: unknown, depth: number): void => {
    if (depth > 6 || e === null || typeof e !== 'object' || seen.has(e)) return;
    seen.add(e);
    const { code, message, cause, errors } = e as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
    if (typeof code === 'string') codes.push(code);
    if (typeof message === 'string') {
      if (/socket hang up/i.test(message)) codes.push('ECONNRESET');
      if (/other side closed/i.test(message)) codes.push('UND_ERR_SOCKET');
    }
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

export function errorFromNetworkFailure(error: unknown, ctx: ResponseErrorContext): RegistryError {
  const codes = networkErrorCodes(error);
  const base = { registry: ctx.registry, repository: ctx.repository, operation: ctx.operation, attempts: ctx.attempts, cause: error };
  const unreachable = codes.find((c) => UNREACHABLE_CODES.has(c));
  if (unreachable) {
    const reason = unreachable === 'ECONNREFUSED' ? 'connection refused' : unreachable;
    return new RegistryError({ ...base, kind: 'unreachable', message: `${ctx.operation}: cannot reach registry ${ctx.registry} (${reason})` });
  }
  const code = codes[0] ?? (error instanceof Error ? error.message : String(error));
  return new RegistryError({ ...base, kind: 'network', message: `${ctx.operation}: connection to registry ${ctx.registry} failed (${code}) after ${ctx.attempts ?? 1} attempt(s)` });
}
