/** Pure parts of the OCI client: references, tags, challenges, Retry-After, backoff, redaction. */
import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  formatReference,
  isValidTag,
  nextRetryDelay,
  normalizeReference,
  parseChallenge,
  parseLayoutReference,
  parseReference,
  parseRetryAfter,
  parseTargetReference,
  redact,
  Redactor,
  retryPolicy,
  parseOciErrors,
  isRetryableNetworkError,
  mergeScopes,
} from '../../src/oci/index.js';

const DIGEST = `sha256:${'ab'.repeat(32)}`;

describe('references', () => {
  it('parses host, port, namespace, name, tag and digest; tolerates oci://', () => {
    expect(parseReference('ghcr.io/vfarcic/dot-ai:1.6.1')).toEqual({ registry: 'ghcr.io', repository: 'vfarcic/dot-ai', tag: '1.6.1' });
    expect(parseReference('oci://ghcr.io/vfarcic/charts/dot-ai')).toEqual({ registry: 'ghcr.io', repository: 'vfarcic/charts/dot-ai' });
    expect(parseReference(`127.0.0.1:5000/team/app@${DIGEST}`)).toEqual({ registry: '127.0.0.1:5000', repository: 'team/app', digest: DIGEST });
    expect(parseReference(`localhost:5000/a/b:v1@${DIGEST}`)).toEqual({ registry: 'localhost:5000', repository: 'a/b', tag: 'v1', digest: DIGEST });
    expect(formatReference(parseReference('ghcr.io/vfarcic/dot-ai:1.6.1'))).toBe('ghcr.io/vfarcic/dot-ai:1.6.1');
  });

  it('rejects references without a registry host, empty repositories and bad digests', () => {
    expect(() => parseReference('vfarcic/dot-ai:1.6.1')).toThrow('must start with a registry host (e.g. ghcr.io/vfarcic/dot-ai:1.6.1); "vfarcic" is not a host');
    expect(() => parseReference('ghcr.io')).toThrow('has no repository');
    expect(() => parseReference('ghcr.io/a/b@sha256')).toThrow('invalid digest');
    expect(() => parseReference('ghcr.io/a//b')).toThrow('repository "a//b" in "ghcr.io/a//b" has an empty path segment');
  });

  it('rejects uppercase repositories, and normalizeReference lowercases and says so', () => {
    expect(() => parseReference('ghcr.io/VFarcic/dot-ai:1.6.1')).toThrow('has the component "VFarcic", which must be lowercase (normalizeReference() lowercases and reports it)');
    const normalized = normalizeReference('ghcr.io/VFarcic/Dot-AI:RC1');
    expect(normalized.reference).toEqual({ registry: 'ghcr.io', repository: 'vfarcic/dot-ai', tag: 'RC1' });
    expect(normalized.lowercased).toBe(true);
    expect(normalized.notice).toBe('repository "VFarcic/Dot-AI" lowercased to "vfarcic/dot-ai" (registries require lowercase repository names)');
    expect(normalizeReference('ghcr.io/vfarcic/dot-ai').lowercased).toBe(false);
  });

  it('validates tags against the distribution-spec grammar', () => {
    for (const good of ['1.6.1', 'latest', '_x', 'v1.6.1-rc.1_build', 'A'.repeat(128)]) expect(isValidTag(good)).toBe(true);
    for (const bad of ['', '.hidden', '-x', 'a+b', 'A'.repeat(129), 'a/b']) expect(isValidTag(bad)).toBe(false);
    expect(() => parseReference('ghcr.io/a/b:-bad')).toThrow('invalid tag "-bad"');
  });

  it('parses oci-layout references with or without tag and digest', () => {
    expect(parseLayoutReference('oci-layout:///tmp/out:1.6.1')).toEqual({ path: '/tmp/out', tag: '1.6.1' });
    expect(parseLayoutReference('oci-layout://./rel/dir')).toEqual({ path: './rel/dir' });
    expect(parseLayoutReference(`oci-layout:///tmp/out@${DIGEST}`)).toEqual({ path: '/tmp/out', digest: DIGEST });
    expect(parseTargetReference('oci-layout:///x:t')).toEqual({ kind: 'layout', path: '/x', tag: 't' });
    expect(parseTargetReference('ghcr.io/a/b:t')).toEqual({ kind: 'registry', registry: 'ghcr.io', repository: 'a/b', tag: 't' });
  });
});

describe('WWW-Authenticate challenges', () => {
  it('merges token scopes per repository', () => {
    expect(mergeScopes(['repository:a:pull,push', 'repository:a:pull', 'repository:b:pull'])).toEqual(['repository:a:pull,push', 'repository:b:pull']);
  });

  it('parses GHCR and Docker Hub Bearer challenges with commas inside quoted scope', () => {
    expect(parseChallenge('Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:vfarcic/dot-ai:pull,push"')).toEqual({
      scheme: 'bearer',
      params: { realm: 'https://ghcr.io/token', service: 'ghcr.io', scope: 'repository:vfarcic/dot-ai:pull,push' },
    });
    expect(parseChallenge('Basic realm="Registry Realm"')).toEqual({ scheme: 'basic', params: { realm: 'Registry Realm' } });
    expect(parseChallenge('Bearer realm=https://x/token, service=x')).toEqual({ scheme: 'bearer', params: { realm: 'https://x/token', service: 'x' } });
  });
});

describe('retry policy', () => {
  it('parses Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('12', now)).toBe(12_000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 00:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it('backs off exponentially with jitter, capped, within attempt and time budgets', () => {
    const low = retryPolicy({ random: () => 0 });
    const high = retryPolicy({ random: () => 1 });
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(low, n))).toEqual([250, 500, 1000, 2000, 4000, 5000]);
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(high, n))).toEqual([500, 1000, 2000, 4000, 8000, 10000]);
    let now = 0;
    const policy = retryPolicy({ now: () => now, random: () => 1 });
    expect(nextRetryDelay(policy, 5, 0, undefined)).toBeUndefined();
    expect(nextRetryDelay(policy, 1, 0, 61_000)).toBeUndefined();
    now = 59_800;
    expect(nextRetryDelay(policy, 1, 0, undefined)).toBeUndefined();
    expect(nextRetryDelay(policy, 1, 0, 200)).toBe(200);
  });

  it('treats resets as retryable, refusals as not', () => {
    const reset = new TypeError('fetch failed', { cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }) });
    // node:http's "socket hang up" carries code ECONNRESET: decisions go by code, never by message text.
    const hangUp = new Error('socket hang up', { cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }) });
    const noCode = new Error('socket hang up');
    const refused = new TypeError('fetch failed', { cause: new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })]) });
    expect(isRetryableNetworkError(reset)).toBe(true);
    expect(isRetryableNetworkError(hangUp)).toBe(true);
    expect(isRetryableNetworkError(refused)).toBe(false);
    expect(isRetryableNetworkError(noCode)).toBe(false);
  });
});

describe('redaction and OCI error bodies', () => {
  it('masks known secrets and credential-shaped text', () => {
    expect(redact('password is hunter2-long', ['hunter2-long'])).toBe('password is ***');
    expect(redact('Authorization: Bearer abc.def.ghi')).toBe('Authorization: Bearer ***');
    expect(redact('{"token":"xyz","access_token":"q"}')).toBe('{"token":"***","access_token":"***"}');
    // The whole userinfo: a username can be a token too (https://TOKEN@host).
    expect(redact('https://user:pa55@ghcr.io/v2/')).toBe('https://***@ghcr.io/v2/');
    expect(redact('https://ghp_tokenvalue@ghcr.io/v2/')).toBe('https://***@ghcr.io/v2/');
    expect(redact('GET /token?scope=x&access_token=secretvalue')).toBe('GET /token?scope=x&access_token=***');
    const r = new Redactor();
    r.add('ghs_abcdef123456');
    r.add(undefined);
    expect(r.redact('token ghs_abcdef123456 used')).toBe('token *** used');
  });

  it('reads errors[].code/message and ignores non-JSON bodies', () => {
    expect(parseOciErrors('{"errors":[{"code":"DENIED","message":"permission_denied: write_package"}]}')).toEqual([
      { code: 'DENIED', message: 'permission_denied: write_package' },
    ]);
    expect(parseOciErrors('<html>502</html>')).toEqual([]);
    expect(parseOciErrors('{"errors":"nope"}')).toEqual([]);
  });
});
