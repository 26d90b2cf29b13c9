/**
 * A notes-only run (dot-ai's `notes_only` switch): the notes of a GitHub release that exists are
 * made again (the changelog's section as the tree has it now, GitHub's generated notes, a file)
 * and replace the old ones in its body; what the release itself wrote after them (the published
 * references, the install commands, what was dispatched) is kept. Nothing else is published: no
 * version edit, image, chart, tag or event.
 */
import { UserError } from '../../errors.js';
import { GitHubClient } from '../../github/client.js';
import { findRelease, generateNotes, updateReleaseBody } from '../../github/releases.js';
import { AlreadyDone, Skip, type Step } from '../../pipeline/index.js';
import { composeNotes } from '../changelog.js';
import { withNotes } from '../notes.js';
import type { ReleaseContext } from '../types.js';
import { PREFLIGHT_GITHUB_DEADLINE_MS } from '../world.js';

/** How long updating the notes may take, all requests together. */
const NOTES_DEADLINE_MS = 5 * 60_000;

/** The release must exist: notes-only changes its notes and nothing else. */
export const notesOnlyPreflight: Step<ReleaseContext> = {
  name: 'preflight',
  async run(ctx) {
    const { inputs, artifacts, reporter } = ctx;
    const { github } = inputs;
    if (github.mode !== 'create' || !github.token) return new Skip(`github-release ${github.mode === 'create' ? 'without a token (dry run)' : github.mode}: the release is not read; the notes are printed`);
    const client = new GitHubClient({ owner: github.owner, repo: github.repo, token: github.token, baseUrl: github.apiUrl });
    artifacts.set('github', client, 'preflight');
    const release = await client.within('preflight: read the GitHub release', PREFLIGHT_GITHUB_DEADLINE_MS, () => findRelease(client, inputs.tag));
    if (!release) {
      throw new UserError(`input notes-only: there is no GitHub release ${inputs.tag} in ${client.fullName} to update; release ${inputs.version} first (notes-only changes the notes of a release that exists, and publishes nothing)`);
    }
    artifacts.set('release', release, 'preflight');
    reporter.info(`the GitHub release ${inputs.tag}${release.draft ? ' (a draft)' : ''} is there: ${release.htmlUrl}`);
  },
};

export const notesOnly: Step<ReleaseContext> = {
  name: 'release-notes',
  async run(ctx) {
    const { inputs, artifacts, reporter } = ctx;
    const { github } = inputs;
    const gh = artifacts.find('github');
    const release = artifacts.find('release');
    const update = async () => {
      const generate = async ({ configurationFile }: { configurationFile?: string }) =>
        gh && release ? (await generateNotes(gh, { tag: inputs.tag, target: release.targetCommitish, configurationFile })).body : `(GitHub's generated notes for ${inputs.tag})`;
      const notes = await composeNotes(inputs.root, inputs.version, github.notes, generate, (w) => reporter.warning(w));
      if (!notes) throw new UserError(`input notes-only: no notes for ${inputs.tag} (${github.notes.length ? 'see the warning above' : 'release-notes is none'}); the release is left as it is`);
      const body = release ? withNotes(release.body, notes) : notes;
      if (release && body === release.body) return new AlreadyDone(`the notes of ${inputs.tag} are these already (${release.htmlUrl})`);
      if (!gh || !release || inputs.dryRun) {
        const api = `${github.apiUrl}/repos/${github.owner || 'OWNER'}/${github.repo || 'REPO'}`;
        reporter.info(`release-notes (printed, not sent): PATCH ${api}/releases/${release?.id ?? '<id>'}  {"body": <below>}`);
        for (const line of body.trimEnd().split('\n')) reporter.info(`  ${line}`);
        ctx.notes.push(`notes of ${inputs.tag}: printed, not sent`);
        return new Skip(inputs.dryRun ? 'dry run: the notes above were not sent' : `github-release ${github.mode}: the notes above were not sent`);
      }
      const updated = await updateReleaseBody(gh, release, body);
      artifacts.set('release', updated, 'release-notes');
      reporter.info(`the notes of ${inputs.tag} are updated: ${updated.htmlUrl}`);
      ctx.notes.push(`notes only: the notes of ${inputs.tag} were replaced; nothing else was published`);
      return undefined;
    };
    return gh ? gh.within('release-notes', NOTES_DEADLINE_MS, update) : update();
  },
};
