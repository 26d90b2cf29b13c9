import { Git } from '../tools/git.js';

export interface RepositoryId {
  owner: string;
  repo: string;
  /** Where owner/repo came from, for messages. */
  source: 'GITHUB_REPOSITORY' | 'git remote';
}

/**
 * `git@github.com:Owner/Repo.git`, `https://github.com/Owner/Repo(.git)`, `ssh://...` -> owner/repo.
 * Only remotes on a host count: a local path (`/srv/git/repo.git`, `../repo`, `file://...`,
 * `C:\repos\x`) names no owner, whatever its last two folders are.
 */
export function parseRemoteUrl(url: string): { owner: string; repo: string; host: string } | undefined {
  const remote = url.trim();
  let path: string;
  let host: string;
  const withScheme = /^([a-z][a-z0-9+.-]*):\/\/([^/]*)(\/.*)?$/i.exec(remote);
  if (withScheme) {
    const [, scheme, authority, rest] = withScheme;
    if ((scheme as string).toLowerCase() === 'file' || !authority) return undefined;
    host = authority.replace(/^.*@/, '').replace(/:\d*$/, '');
    path = rest ?? '';
  } else {
    // scp-like `[user@]host:path`: git's rule is a colon before any slash; a drive letter is not a host
    const scp = /^(?:[^@/]+@)?([^/:]+):(.+)$/.exec(remote);
    if (!scp || /^[a-z]$/i.test(scp[1] as string) || (scp[2] as string).startsWith('\\')) return undefined;
    host = scp[1] as string;
    path = scp[2] as string;
  }
  const match = /^\/?(?:.*\/)?([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(path);
  if (!match || match[1] === '.' || match[1] === '..' || match[2] === '.' || match[2] === '..') return undefined;
  return { owner: match[1] as string, repo: match[2] as string, host: host.toLowerCase() };
}

/** Hosts whose owners own packages on GHCR: github.com, and the server a runner names (GitHub Enterprise). */
function isGitHubHost(host: string, env: NodeJS.ProcessEnv): boolean {
  let server: string | undefined;
  try {
    server = env.GITHUB_SERVER_URL ? new URL(env.GITHUB_SERVER_URL).hostname.toLowerCase() : undefined;
  } catch {
    server = undefined;
  }
  return host === 'github.com' || host === 'ssh.github.com' || host === 'www.github.com' || host === server;
}

/**
 * The repository's owner and name, lowercased (registries refuse uppercase): GITHUB_REPOSITORY
 * on Actions, else the `origin` remote of the checkout when it is on GitHub (the owner of a
 * GitLab project owns nothing on ghcr.io). Undefined when neither is known.
 */
export function detectRepository(root: string, env: NodeJS.ProcessEnv = process.env): RepositoryId | undefined {
  return findRepository(root, env).id;
}

/** The repository's owner and name, or why they are unknown (for the messages that need them). */
export function findRepository(root: string, env: NodeJS.ProcessEnv = process.env): { id?: RepositoryId; why?: string } {
  const fromEnv = env.GITHUB_REPOSITORY?.split('/');
  if (fromEnv?.length === 2 && fromEnv[0] && fromEnv[1]) {
    return { id: { owner: fromEnv[0].toLowerCase(), repo: fromEnv[1].toLowerCase(), source: 'GITHUB_REPOSITORY' } };
  }
  const url = new Git(root).configValue('remote.origin.url');
  if (!url) return { why: 'no GITHUB_REPOSITORY and no git remote origin' };
  const parsed = parseRemoteUrl(url);
  if (!parsed) return { why: 'no GITHUB_REPOSITORY, and the git remote origin is a local path' };
  if (!isGitHubHost(parsed.host, env)) return { why: `no GITHUB_REPOSITORY, and the git remote origin is on ${parsed.host}, not on GitHub` };
  return { id: { owner: parsed.owner.toLowerCase(), repo: parsed.repo.toLowerCase(), source: 'git remote' } };
}
