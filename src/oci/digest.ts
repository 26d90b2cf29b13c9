import { createHash } from 'node:crypto';
import { UserError } from '../errors.js';

/** A malformed digest, or content that does not hash to the digest it should. */
export class DigestError extends UserError {
  override name = 'DigestError';
}

/** `algorithm:encoded` as in the OCI image spec; we compute and verify sha256 only. */
const DIGEST_RE = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
const SHA256_RE = /^sha256:[a-f0-9]{64}$/;

export function sha256Digest(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

export function isDigest(value: string): boolean {
  return DIGEST_RE.test(value);
}

/** Throws unless `digest` is a well-formed sha256 digest (the only algorithm we can verify). */
export function assertSha256Digest(digest: string): void {
  if (!SHA256_RE.test(digest)) {
    throw new DigestError(`unsupported or malformed digest "${JSON.stringify(digest).slice(1, -1).slice(0, 100)}": expected sha256:<64 lowercase hex>`);
  }
}

/** Throws when `bytes` do not hash to `expected`: catches truncated or corrupted transfers. */
export function verifyDigest(bytes: Uint8Array, expected: string, what: string): void {
  assertSha256Digest(expected);
  const actual = sha256Digest(bytes);
  if (actual !== expected) {
    throw new DigestError(`digest mismatch for ${what}: expected ${expected}, content hashes to ${actual}`);
  }
}

/** Incremental sha256 for content read in chunks (chunked uploads, files). */
export class Sha256Accumulator {
  private readonly hash = createHash('sha256');
  update(chunk: Uint8Array): void {
    this.hash.update(chunk);
  }
  digest(): string {
    return `sha256:${this.hash.digest('hex')}`;
  }
}
