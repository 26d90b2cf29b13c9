/**
 * The private place npm's registry commands run in: a temporary directory outside the work tree
 * holding a userconfig .npmrc (0600) that names the token by reference only,
 * `//host/path/:_authToken=${NODE_AUTH_TOKEN}`, so npm sends it to that registry alone (npm keys
 * credentials by host and path), and the token itself travels in the child's environment.
 * Removed when the run ends.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Reporter } from '../report/reporter.js';
import type { NpmSession } from '../tools/npm.js';
import { scopeOf, type NpmJob } from './job.js';
import { temporaryDir } from './temp.js';

/**
 * npm's key for a registry's credentials ("nerf dart"): `//host[:port]/path/`, without the
 * scheme, so `https://npm.example.com/team/` gets `//npm.example.com/team/`.
 */
export function registryKey(registry: string): string {
  const url = new URL(registry);
  return `//${url.host}${url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`}`;
}

/** The userconfig .npmrc: the token for this registry only, by reference to the environment; nothing else. */
export function npmrcText(registry: string, withToken: boolean): string {
  return withToken ? `${registryKey(registry)}:_authToken=\${NODE_AUTH_TOKEN}\n` : '';
}

/** Opens the session: the directory and its .npmrc; the token is registered with the reporter as a secret. */
export function openSession(job: Pick<NpmJob, 'root' | 'registry' | 'name' | 'token' | 'env'>, reporter: Pick<Reporter, 'secret'>): NpmSession {
  if (job.token) reporter.secret(job.token);
  const dir = temporaryDir(job.root, 'dot-ai-release-npm-', job.env);
  const userconfig = path.join(dir, '.npmrc');
  try {
    writeFileSync(userconfig, npmrcText(job.registry, !!job.token), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const scope = scopeOf(job.name);
  return { registry: job.registry, dir, userconfig, ...(scope ? { scope } : {}), ...(job.token ? { token: job.token } : {}) };
}

/** Removes the session's directory and its .npmrc. */
export function closeSession(session: NpmSession): void {
  rmSync(session.dir, { recursive: true, force: true });
}
