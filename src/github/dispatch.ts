/**
 * repository_dispatch events to other repositories (dot-ai tells its CLI and its website that a
 * server release is out), through @actions/github, with the toolkit's client rules (deadlines,
 * caps, the token to the API's hosts only). The job's GITHUB_TOKEN reaches only its own
 * repository, so another repository takes a token of its own; its refusals (404: the token cannot
 * see the repository; 403: it may not write there) are named with the fix.
 */
import { GitHubError, type GitHubClient } from './client.js';

/** GitHub keeps at most 10 top-level keys of client_payload. */
export const MAX_PAYLOAD_KEYS = 10;

function explained(error: unknown, what: string, client: GitHubClient): unknown {
  if (!(error instanceof GitHubError) || /rate limit/.test(error.message)) return error;
  const target = client.fullName;
  if (error.kind === 'not-found') {
    return new GitHubError(`${what}: GitHub answered 404: ${target} does not exist, or the token cannot see it; give a token that can (the dispatch-token input, or the target's tokenEnv): the job's GITHUB_TOKEN reaches only the repository the job runs in`, 'not-found', 404, error.details);
  }
  const said = /\(HTTP \d+ \((.*)\)\)/.exec(error.message)?.[1];
  const answered = `GitHub answered ${error.status}${said ? ` (${said})` : ''}`;
  if (error.kind === 'unauthorized') return new GitHubError(`${what}: ${answered}: the token is not valid; give a valid token for ${target} (the dispatch-token input, or the target's tokenEnv)`, error.kind, error.status, error.details);
  if (error.kind === 'forbidden') {
    return new GitHubError(`${what}: ${answered}: the token may not send events to ${target}; it needs Contents: read and write on ${target} (a fine-grained token) or the repo scope (a classic token)`, error.kind, error.status, error.details);
  }
  return error;
}

/** Can the token see the target repository? A read (GET /repos/{owner}/{repo}): nothing is sent. */
export async function checkDispatchTarget(client: GitHubClient, event: string): Promise<void> {
  const { owner, repo } = client;
  const what = `check that ${event} can be sent to ${client.fullName}`;
  try {
    await client.call(what, (o) => o.request('GET /repos/{owner}/{repo}', { owner, repo }));
  } catch (error) {
    throw explained(error, what, client);
  }
}

/** Sends `event` with `payload` as client_payload (answered 204, no content). */
export async function sendDispatch(client: GitHubClient, event: string, payload: Record<string, unknown>): Promise<void> {
  const { owner, repo } = client;
  const keys = Object.keys(payload);
  if (keys.length > MAX_PAYLOAD_KEYS) throw new GitHubError(`send ${event} to ${client.fullName}: client_payload has ${keys.length} top-level keys; GitHub keeps at most ${MAX_PAYLOAD_KEYS}`, 'invalid', undefined);
  const what = `send ${event} to ${client.fullName}`;
  try {
    await client.call(what, (o) => o.request('POST /repos/{owner}/{repo}/dispatches', { owner, repo, event_type: event, client_payload: payload }));
  } catch (error) {
    throw explained(error, what, client);
  }
}
