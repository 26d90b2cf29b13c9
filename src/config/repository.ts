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
export function parseRemoteUrl(url: string): { owner: string; repo: string } | undefined {
  const remote = url.trim();
  let path: string;
  const withScheme = /^([a-z][a-z0-9+.-]*):\/\/([^/]*)(\/.*)?$/i.exec(remote);
  if (withScheme) {
    const [, scheme, authority, rest] = withScheme;
    if ((scheme as string).toLowerCase() === 'file' || !authority) return undefined;
    path = rest ?? '';
  } else {
    // scp-like `[user@]host:path`: git's rule is a colon before any slash; a drive letter is not a host
    const scp = /^(?:[^@/]+@)?([^/:]+):(.+)$/.exec(remote);
    if (!scp || /^[a-z]$/i.test(scp[1] as string) || (scp[2] as string).startsWith('\\')) return undefined;
    path = scp[2] as string;
  }
  const match = /^\/?(?:.*\/)?([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(path);
  if (!match || match[1] === '.' || match[1] === '..' || match[2] === '.' || match[2] === '..') return undefined;
  return { owner: match[1] as string, repo: match[2] as string };
}

/**
 * The repository's owner and name, lowercased (registries refuse uppercase): GITHUB_REPOSITORY
 * on Actions, else the `origin` remote of the checkout. Undefined when neither is known.
 */
export function detectRepository(root: string, env: NodeJS.ProcessEnv = process.env): RepositoryId | undefined {
  const fromEnv = env.GITHUB_REPOSITORY?.split('/');
  if (fromEnv?.length === 2 && fromEnv[0] && fromEnv[1]) {
    return { owner: fromEnv[0].toLowerCase(), repo: fromEnv[1].toLowerCase(), source: 'GITHUB_REPOSITORY' };
  }
  const url = new Git(root).configValue('remote.origin.url');
  if (!url) return undefined;
  const parsed = parseRemoteUrl(url);
  return parsed && { owner: parsed.owner.toLowerCase(), repo: parsed.repo.toLowerCase(), source: 'git remote' };
}
