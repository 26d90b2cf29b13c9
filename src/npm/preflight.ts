/**
 * Before anything is built or written: can this run publish the package? Provenance needs GitHub's
 * OIDC token (`permissions: id-token: write`) and a package.json naming this repository; the token
 * must be one the registry accepts (`npm whoami`), and its user must be allowed to publish an
 * existing package (`npm access list collaborators`, else the packument's maintainers). A new
 * package name needs only a valid token. Nothing is written; each refusal names its fix.
 */
import { UserError } from '../errors.js';
import { NpmError, type NpmSession } from '../tools/npm.js';
import { scopeOf, type NpmJob } from './job.js';
import type { PackageState } from './registry.js';

/** `owner/repo` of a package.json repository URL on `host` (git+https, git://, ssh, `github:` and `owner/repo` shorthands), lowercased. */
export function githubRepositoryOf(url: string, host = 'github.com'): string | undefined {
  const bare = (text: string) => /^([\w.-]+\/[\w.-]+?)(?:\.git)?$/.exec(text)?.[1]?.toLowerCase();
  if (url.startsWith('github:')) return host === 'github.com' ? bare(url.slice('github:'.length)) : undefined;
  if (!url.includes(':')) return host === 'github.com' ? bare(url) : undefined; // npm reads `owner/repo` as GitHub's
  const escaped = host.replace(/\./g, '\\.');
  const match =
    new RegExp(`^(?:git\\+)?(?:https?|git|ssh)://(?:[^@/]+@)?${escaped}(?::\\d+)?/([\\w.-]+/[\\w.-]+?)(?:\\.git)?/?$`, 'i').exec(url) ??
    new RegExp(`^(?:git\\+ssh://)?git@${escaped}[:/]([\\w.-]+/[\\w.-]+?)(?:\\.git)?$`, 'i').exec(url);
  return match?.[1]?.toLowerCase();
}

/**
 * What stops `npm publish --provenance` here, each with its fix (empty: nothing). npm makes
 * provenance from GitHub's OIDC token, which a job gets only with `id-token: write`; npmjs refuses
 * a provenance whose repository is not package.json's, and a new scoped package that is not public.
 */
export function provenanceProblems(job: Pick<NpmJob, 'provenance' | 'env' | 'repositoryUrl' | 'name' | 'access' | 'publishConfigAccess'>, state?: Pick<PackageState, 'exists'>): string[] {
  if (!job.provenance) return [];
  const env = job.env;
  const off = 'or turn provenance off (npm.provenance: false in dot-ai-release.yaml)';
  if (env.GITHUB_ACTIONS !== 'true') return [`npm --provenance is made only on GitHub Actions (GITHUB_ACTIONS is not true here): publish from a workflow, ${off}`];
  const problems: string[] = [];
  if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    problems.push(`npm --provenance needs GitHub's OIDC token, which this job may not request (ACTIONS_ID_TOKEN_REQUEST_URL is not set): give the job \`permissions: id-token: write\`, ${off}`);
  }
  const repository = env.GITHUB_REPOSITORY?.toLowerCase();
  if (repository) {
    const host = (() => {
      try {
        return new URL(env.GITHUB_SERVER_URL || 'https://github.com').host;
      } catch {
        return 'github.com';
      }
    })();
    const named = job.repositoryUrl ? githubRepositoryOf(job.repositoryUrl, host) : undefined;
    if (named !== repository) {
      const fix = `set "repository": {"type": "git", "url": "git+https://${host}/${env.GITHUB_REPOSITORY}.git"}`;
      problems.push(`package.json: repository ${job.repositoryUrl ? `is ${JSON.stringify(job.repositoryUrl)}` : 'is missing'}, but the provenance names ${host}/${env.GITHUB_REPOSITORY}: the registry refuses a provenance of another repository; ${fix}`);
    }
  }
  const access = job.access ?? job.publishConfigAccess;
  if (scopeOf(job.name) && state && !state.exists && access !== 'public') {
    problems.push(`${job.name} is a new scoped package: with provenance it must be published public; set npm.access: public in dot-ai-release.yaml (or publishConfig.access in package.json)`);
  }
  return problems;
}

/** Who may publish, as the registry says. */
export type PublishRight = { ok: true; how: string } | { ok: false; why: string } | { ok: 'unknown'; why: string };

/**
 * May `user` publish a package that exists? By its collaborators (npm's access list) when the
 * registry gives them, else by the maintainers its packument lists; with neither, unknown.
 */
export function publishRight(user: string, collaborators: Record<string, string> | undefined, maintainers: string[]): PublishRight {
  if (collaborators) {
    const access = collaborators[user];
    if (access === 'read-write') return { ok: true, how: `${user} has read-write access` };
    const listed = Object.entries(collaborators).map(([u, a]) => `${u} (${a})`).join(', ');
    return { ok: false, why: `${user} ${access ? `has ${access} access` : 'is not a collaborator'} (collaborators: ${listed || 'none'})` };
  }
  if (maintainers.length) {
    if (maintainers.includes(user)) return { ok: true, how: `${user} is a maintainer` };
    return { ok: false, why: `${user} is not one of its maintainers (${maintainers.join(', ')})` };
  }
  return { ok: 'unknown', why: 'the registry lists neither collaborators nor maintainers' };
}

export interface NpmPermission {
  user: string;
  /** What was checked, for the log. */
  notes: string[];
}

const TOKEN_REFUSED = new Set(['E401', 'ENEEDAUTH', 'E403']);
/** Codes of a registry that does not implement `npm access list collaborators`. */
const NOT_IMPLEMENTED = new Set(['E404', 'E405', 'E400', 'E501']);

/**
 * The token's checks (no write): whoami, then the user's right to publish an existing package.
 * `state` is the registry's look at the package (preflight reads it once).
 */
export async function checkNpmPermission(job: NpmJob, session: NpmSession, state: PackageState): Promise<NpmPermission> {
  if (!job.token) {
    throw new UserError(`npm: no token to publish ${job.name} to ${job.registry}: set NODE_AUTH_TOKEN (on GitHub: \`env: NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}\`, a token with write access to ${job.name})`);
  }
  let user: string;
  try {
    user = await job.npm.whoami(session);
  } catch (error) {
    if (error instanceof NpmError && error.npmCode && TOKEN_REFUSED.has(error.npmCode)) {
      throw new UserError(`npm whoami at ${job.registry}: the registry does not accept the token in NODE_AUTH_TOKEN (${error.npmCode}); set it to a token that registry issued, with write access to ${job.name} (on npmjs: a granular access token with "Read and write" on the package or its scope)`);
    }
    throw error;
  }
  if (!user) throw new UserError(`npm whoami at ${job.registry}: the registry names no user for the token in NODE_AUTH_TOKEN; set it to a token that registry issued`);
  if (!state.exists) return { user, notes: [`${job.name} is new at ${job.registry}: ${user} publishes it first`] };

  let collaborators: Record<string, string> | undefined;
  try {
    collaborators = await job.npm.collaborators(session, job.name);
  } catch (error) {
    if (!(error instanceof NpmError) || !error.npmCode || !NOT_IMPLEMENTED.has(error.npmCode)) throw error;
  }
  const right = publishRight(user, collaborators, state.maintainers);
  if (right.ok === false) {
    throw new UserError(`npm user ${user} may not publish ${job.name} at ${job.registry}: ${right.why}; a maintainer can add it (npm owner add ${user} ${job.name}), or set NODE_AUTH_TOKEN to a maintainer's token`);
  }
  return { user, notes: [right.ok === true ? `${right.how} to ${job.name}` : `${job.registry}: ${right.why} of ${job.name}: whether ${user} may publish it is known only when it does`] };
}
