import { execFileSync } from 'node:child_process';

export interface RepositoryId {
  owner: string;
  repo: string;
  /** Where owner/repo came from, for messages. */
  source: 'GITHUB_REPOSITORY' | 'git remote';
}

/** `git@github.com:Owner/Repo.git`, `https://github.com/Owner/Repo(.git)`, `ssh://...` -> owner/repo. */
export function parseRemoteUrl(url: string): { owner: string; repo: string } | undefined {
  const match = /[/:]([^/:]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url.trim());
  return match ? { owner: match[1] as string, repo: match[2] as string } : undefined;
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
  let url: string;
  try {
    url = execFileSync('git', ['-C', root, 'config', '--get', 'remote.origin.url'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
  const parsed = parseRemoteUrl(url);
  return parsed && { owner: parsed.owner.toLowerCase(), repo: parsed.repo.toLowerCase(), source: 'git remote' };
}
