/**
 * Dispatch: once the GitHub release is published, a repository_dispatch event to each repository
 * `dispatch:` names (dot-ai's CLI and website rebuild on a server release), with the version and
 * the published references (images with digests, the chart, the npm package, the release URL) as
 * client_payload.
 *
 * Sent once per release: each event sent is recorded in the GitHub release's body, as an HTML
 * comment after the notes (`<!-- dot-ai-release dispatched: OWNER/NAME EVENT -->`), and a re-run
 * finds it there and sends nothing (redispatch sends again). The body is the record because it is
 * the one place every job and every re-run of this release reads anyway (the github-release step
 * reads the release), that lives as long as the release, that the job's own token may write, and
 * that a maintainer can see and edit (delete the line to send again); a workflow artifact or cache
 * is per run, a file or tag would need a push. An event is recorded right after it was accepted: a
 * run killed between the two sends it again (at least once, never silently lost).
 */
import { GitHubClient } from '../../github/client.js';
import { checkDispatchTarget, sendDispatch } from '../../github/dispatch.js';
import { findRelease, updateReleaseBody, type ReleaseInfo } from '../../github/releases.js';
import { AlreadyDone, Skip, type Step } from '../../pipeline/index.js';
import { published } from '../notes.js';
import type { DispatchRequest, ReleaseContext, World } from '../types.js';

/** How long one event (its check or its sending and recording) may take, all requests together. */
const DISPATCH_DEADLINE_MS = 2 * 60_000;

const RECORD = /^<!-- dot-ai-release dispatched: (\S+) (\S+) -->$/gm;

function key(target: { owner: string; repo: string; event: string }): string {
  return `${target.owner}/${target.repo} ${target.event}`.toLowerCase();
}

/** The events a release body records as sent. */
export function dispatchedEvents(body: string): Set<string> {
  return new Set([...body.matchAll(RECORD)].map((m) => `${m[1]} ${m[2]}`.toLowerCase()));
}

/** The body with `target` recorded as sent (once). */
export function withDispatchRecord(body: string, target: { owner: string; repo: string; event: string }): string {
  if (dispatchedEvents(body).has(key(target))) return body;
  return `${body.trimEnd()}\n<!-- dot-ai-release dispatched: ${target.owner}/${target.repo} ${target.event} -->\n`;
}

/** The client_payload: the version and what was published (at most 10 top-level keys, as GitHub keeps). */
export function dispatchPayload(ctx: ReleaseContext): Record<string, unknown> {
  const { inputs, artifacts } = ctx;
  const what = published(ctx);
  const npm = artifacts.find('npmPackage');
  return {
    version: inputs.version,
    tag: inputs.tag,
    prerelease: inputs.prerelease,
    repository: inputs.github.owner && inputs.github.repo ? `${inputs.github.owner}/${inputs.github.repo}` : null,
    release_url: artifacts.find('release')?.htmlUrl ?? null,
    release_commit: artifacts.find('releaseCommit') ?? null,
    images: what.image ? [{ name: what.image.name, tag: what.image.version, digest: what.image.digest, ref: `${what.image.name}@${what.image.digest}` }] : [],
    chart: what.chart ? { ref: `${what.chart.ref}:${what.chart.version}`, version: what.chart.version, digest: what.chart.digest } : null,
    npm: npm ? { name: npm.name, version: npm.version, ...(npm.registry ? { registry: npm.registry } : {}) } : null,
  };
}

/** Preflight: each target that still gets its event can be seen with its token (a read; nothing is sent). */
export function checkDispatchTargets(ctx: ReleaseContext, world: World): Promise<void>[] {
  const { inputs } = ctx;
  const { dispatch, github } = inputs;
  if (!dispatch.targets.length || github.mode !== 'create' || inputs.phase === 'candidate') return [];
  const sent = dispatch.redispatch ? new Set<string>() : dispatchedEvents(world.release?.body ?? '');
  return dispatch.targets
    .filter((t): t is DispatchRequest & { token: string } => !!t.token && !sent.has(key(t)))
    .map((t) => {
      const client = new GitHubClient({ owner: t.owner, repo: t.repo, token: t.token, baseUrl: github.apiUrl });
      return client.within(`preflight: ${t.origin}`, DISPATCH_DEADLINE_MS, () => checkDispatchTarget(client, t.event));
    });
}

export const dispatch: Step<ReleaseContext> = {
  name: 'dispatch',
  async run(ctx) {
    const { inputs, artifacts, reporter } = ctx;
    const { github } = inputs;
    const { targets, redispatch } = inputs.dispatch;
    if (!targets.length) return new Skip('no events to send (dispatch: in dot-ai-release.yaml names none)');
    if (inputs.phase === 'candidate') return new Skip('phase candidate: the publish job sends the events');
    if (github.mode === 'skip') return new Skip('input github-release: skip: events are sent, and recorded, with the GitHub release');
    const payload = dispatchPayload(ctx);
    const gh = artifacts.find('github');
    if (inputs.dryRun || github.mode === 'print' || !gh) {
      for (const t of targets) {
        reporter.info(`dispatch (printed, not sent): POST ${github.apiUrl}/repos/${t.owner}/${t.repo}/dispatches  ${JSON.stringify({ event_type: t.event, client_payload: payload })}`);
      }
      ctx.notes.push(`events: ${targets.map((t) => `${t.event} to ${t.owner}/${t.repo}`).join(', ')} printed, not sent`);
      return new Skip(inputs.dryRun ? 'dry run: the events above were printed, not sent' : 'input github-release is print: the events above were printed, not sent');
    }
    let release: ReleaseInfo = artifacts.get('release', 'dispatch');
    const sent = dispatchedEvents(release.body);
    const todo = targets.filter((t) => redispatch || !sent.has(key(t)));
    if (!todo.length) {
      return new AlreadyDone(`sent before, as the GitHub release ${inputs.tag} records: ${targets.map((t) => `${t.event} to ${t.owner}/${t.repo}`).join(', ')} (redispatch sends them again)`);
    }
    for (const target of todo) {
      const { token } = target;
      if (!token) throw new Error(`no token for ${target.origin} (inputs should have refused it)`);
      const client = new GitHubClient({ owner: target.owner, repo: target.repo, token, baseUrl: github.apiUrl });
      await client.within(`dispatch: ${target.origin}`, DISPATCH_DEADLINE_MS, () => sendDispatch(client, target.event, payload));
      // Recorded at once, on the body as it is now (the notes may have been edited meanwhile).
      release = await gh.within(`dispatch: record ${target.event}`, DISPATCH_DEADLINE_MS, async () => {
        const current = (await findRelease(gh, inputs.tag)) ?? release;
        return updateReleaseBody(gh, current, withDispatchRecord(current.body, target));
      });
      reporter.info(`sent ${target.event} to ${target.owner}/${target.repo}${redispatch && sent.has(key(target)) ? ' (again: redispatch)' : ''}; recorded in the GitHub release ${inputs.tag}`);
    }
    artifacts.set('release', release, 'dispatch');
    ctx.notes.push(`events sent: ${todo.map((t) => `${t.event} to ${t.owner}/${t.repo}`).join(', ')}`);
    return undefined;
  },
};
