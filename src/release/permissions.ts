/**
 * Can the release write where it will write? Each check changes nothing a user can see:
 * a registry upload session opened and cancelled (push access is what the registry checks before
 * it opens one), `git push --dry-run` (the remote checks push access before it advertises its
 * refs for a push), and the GitHub release check in github/releases.ts.
 */
import { UserError } from '../errors.js';
import { RegistryError, repositoryScope, type RegistryRepository } from '../oci/index.js';
import type { Git } from '../tools/git.js';

/** Opens an upload session in `repository` and cancels it; a registry that refuses names the fix. */
export async function checkRegistryWrite(repository: RegistryRepository, what: string): Promise<void> {
  const { client } = repository;
  const operation = `check that the token may push to ${repository.name}`;
  const scopes = [repositoryScope(repository.repository, 'pull,push')];
  try {
    const opened = await client.send({ method: 'POST', url: `${client.baseUrl}/v2/${repository.repository}/blobs/uploads/`, scopes, operation, repository: repository.repository, maxBodyBytes: 0 });
    client.expect(opened, [202], { operation, repository: repository.repository });
    const location = opened.headers.get('location');
    // Cancelled only at the registry that opened it (a Location elsewhere gets nothing, and no credentials).
    if (location) {
      const url = client.sameOriginUrl(location, opened.url, operation, repository.repository, 'an upload location', 'not cancelling it there');
      await client.send({ method: 'DELETE', url, scopes, operation: `${operation} (cancel the session)`, repository: repository.repository, maxBodyBytes: 0 });
    }
  } catch (error) {
    if (error instanceof RegistryError && (error.kind === 'denied' || error.kind === 'unauthorized')) {
      const ghcr = client.registry === 'ghcr.io' ? '; on GitHub the job needs `permissions: packages: write` (and, for a package that exists, the repository needs the Write role in its "Manage Actions access")' : '';
      throw new UserError(`${what}: ${error.message}${ghcr}`);
    }
    throw error;
  }
}

/**
 * `git push --dry-run` of the branch: the remote checks that we may push, and a branch that moved
 * on is named now, before anything is built, not after the image is published.
 */
export async function checkGitPush(git: Git, remote: string, branch: string): Promise<void> {
  const result = await git.push(remote, [`HEAD:refs/heads/${branch}`], { dryRun: true, timeoutMs: 60_000 });
  if (result.code === 0) return;
  const output = `${result.stdout}\n${result.stderr}`;
  if (/\[rejected\]|non-fast-forward|fetch first/.test(output)) {
    throw new UserError(`git push --dry-run ${remote} ${branch}: the remote branch has commits this checkout lacks; release from the newest commit (git pull, or run the workflow again on the latest ${branch})`);
  }
  if (/403|denied|not allowed|Permission to/i.test(output)) {
    throw new UserError(`git push --dry-run ${remote} ${branch}: the remote refused the push (${lastLine(output)}); on GitHub the job needs \`permissions: contents: write\` (and actions/checkout's default persist-credentials)`);
  }
  throw new UserError(`git push --dry-run ${remote} ${branch} failed: ${lastLine(output)}`);
}

function lastLine(text: string): string {
  return text.trim().split('\n').map((l) => l.trim()).filter(Boolean).at(-1) ?? '';
}
