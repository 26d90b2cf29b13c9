/**
 * The GitHub release, through @actions/github: the notes (GitHub's generated notes, the version's
 * section of the changelog read once the hooks ran, a file, or several of them), the
 * published references and install commands in the body, the chart package attached (the exact
 * bytes the registry holds). Made as a draft, its asset attached, then published: a release never
 * shows without its asset, and a draft a killed run left is finished, not duplicated. A prerelease
 * is marked so and never made latest. An existing release with other assets is refused, unchanged.
 */
import semver from 'semver';
import { UserError } from '../../errors.js';
import { createDraft, deleteAsset, findRelease, generateNotes, publishDraft, uploadAsset, type ReleaseInfo } from '../../github/releases.js';
import { manifestReferences } from '../../oci/index.js';
import { AlreadyDone, Skip, type Step } from '../../pipeline/index.js';
import { composeNotes } from '../changelog.js';
import { releaseBody } from '../notes.js';
import type { ReleaseContext } from '../types.js';

interface ExpectedAsset {
  name: string;
  bytes: Uint8Array;
  digest: string;
  contentType: string;
}

/** The chart package as published: the layer the registry holds, byte for byte. */
async function expectedAssets(ctx: ReleaseContext): Promise<ExpectedAsset[]> {
  const { inputs } = ctx;
  if (!inputs.chart) return [];
  const artifact = ctx.artifacts.get('chartArtifact', 'github-release');
  const target = ctx.artifacts.get('chartContext', 'github-release').artifacts.get('target', 'github-release');
  const { bytes: manifest, descriptor } = await target.fetchManifest(inputs.chart.chart.version);
  const layer = manifestReferences(manifest, descriptor.mediaType).blobs.find((l) => l.mediaType === artifact.layer.mediaType) ?? artifact.layer;
  const bytes = await target.fetchBlob(layer.digest);
  return [{ name: `${inputs.chart.chart.name}-${inputs.chart.chart.version}.tgz`, bytes, digest: layer.digest, contentType: 'application/gzip' }];
}

/** Is this the newest stable release (GitHub's "latest")? The image's rule when there is an image; else the git tags'. */
function isLatest(ctx: ReleaseContext): boolean {
  const { inputs, artifacts } = ctx;
  if (inputs.prerelease) return false;
  const [first] = inputs.images.length ? artifacts.get('images', 'github-release') : [];
  if (first) return first.latest ?? false;
  return !artifacts.get('world', 'github-release').remoteVersionTags.some((v) => semver.gt(v, inputs.version));
}

/** Same assets (names, and digests where GitHub gives them, else sizes)? Returns what differs. */
function assetDifferences(release: ReleaseInfo, expected: ExpectedAsset[]): string[] {
  const problems: string[] = [];
  for (const a of release.assets) {
    const mine = expected.find((e) => e.name === a.name);
    if (!mine) problems.push(`${a.name} is not this release's`);
    else if (a.state === 'uploaded' && (a.digest ? a.digest !== mine.digest : a.size !== mine.bytes.byteLength)) problems.push(`${a.name} holds other bytes (${a.digest ?? `${a.size} bytes`}, not ${mine.digest})`);
  }
  return problems;
}

/** How long the step's GitHub requests may take together (each request has its own deadline too). */
export const GITHUB_RELEASE_DEADLINE_MS = 10 * 60_000;

export const githubRelease: Step<ReleaseContext> = {
  name: 'github-release',
  async run(ctx) {
    const { inputs, artifacts, reporter } = ctx;
    const { github } = inputs;
    if (github.mode === 'skip') return new Skip('input github-release: skip');
    if (inputs.dryRun) {
      // What the notes would be, from the tree as the hooks left it: a missing changelog section shows now, not at release time.
      const notes = await composeNotes(inputs.root, inputs.version, github.notes, async () => '', (w) => reporter.warning(w));
      const changelog = github.notes.find((n) => n.kind === 'changelog');
      if (changelog && notes) reporter.info(`release notes: the section of ${inputs.version} in ${changelog.file} (${notes.split('\n').length} lines) would be the notes`);
      return new Skip('dry run: no GitHub release');
    }
    if (inputs.phase === 'candidate') return new Skip('phase candidate: the publish job makes the GitHub release');
    const commit = artifacts.get('releaseCommit', 'github-release');
    const expected = await expectedAssets(ctx);
    const latest = isLatest(ctx);

    const gh = artifacts.find('github');
    if (github.mode === 'print' || !gh) {
      const api = `${github.apiUrl}/repos/${github.owner || 'OWNER'}/${github.repo || 'REPO'}`;
      const generated = github.notes.flatMap((n) => (n.kind === 'generated' ? [n] : []));
      const notes = await composeNotes(inputs.root, inputs.version, github.notes, async () => `(GitHub's generated notes for ${inputs.tag})`, (w) => reporter.warning(w));
      const body = releaseBody(notes, ctx);
      const printed = [
        ...generated.map((n) => `POST ${api}/releases/generate-notes  {"tag_name":"${inputs.tag}","target_commitish":"${commit}"${n.configurationFile ? `,"configuration_file_path":"${n.configurationFile}"` : ''}}`),
        `POST ${api}/releases  {"tag_name":"${inputs.tag}","target_commitish":"${commit}","name":"${inputs.tag}","draft":true,"prerelease":${inputs.prerelease}}`,
        ...expected.map((a) => `POST <upload_url>?name=${a.name}  (${a.bytes.byteLength} bytes, ${a.digest})`),
        `PATCH ${api}/releases/<id>  {"draft":false,"make_latest":"${latest ? 'true' : 'false'}"}`,
      ];
      for (const line of printed) reporter.info(`github-release (printed, not sent): ${line}`);
      reporter.info('github-release body (printed, not sent):');
      for (const line of body.trimEnd().split('\n')) reporter.info(`  ${line}`);
      ctx.notes.push('GitHub release: printed, not sent (github-release: print)');
      return new Skip('input github-release is print: the requests above were printed, not sent');
    }
    return gh.within('github-release', GITHUB_RELEASE_DEADLINE_MS, async () => {
      let release = await findRelease(gh, inputs.tag);
      if (release && !release.draft) {
        const problems = assetDifferences(release, expected);
        const { assets } = release;
        const missing = expected.filter((e) => !assets.some((a) => a.name === e.name && a.state === 'uploaded'));
        if (problems.length || missing.length) {
          throw new UserError(`the GitHub release ${inputs.tag} exists with other assets (${[...problems, ...missing.map((m) => `${m.name} is missing`)].join('; ')}); nothing was changed: delete that release (the git tag stays) and run again, or fix its assets by hand`);
        }
        artifacts.set('release', release, 'github-release');
        return new AlreadyDone(`the GitHub release ${inputs.tag} is published with its ${expected.length ? 'asset' : 'body'} (${release.htmlUrl})`);
      }
      if (release) {
        const foreign = assetDifferences(release, expected);
        if (foreign.length) throw new UserError(`the draft GitHub release ${inputs.tag} holds other assets (${foreign.join('; ')}); nothing was changed: delete the draft and run again`);
        reporter.info(`finishing the draft GitHub release ${inputs.tag} a previous run left`);
      } else {
        const notes = await composeNotes(inputs.root, inputs.version, github.notes, async (n) => (await generateNotes(gh, { tag: inputs.tag, target: commit, configurationFile: n.configurationFile })).body, (w) => reporter.warning(w));
        release = await createDraft(gh, { tag: inputs.tag, target: commit, name: inputs.tag, body: releaseBody(notes, ctx), prerelease: inputs.prerelease });
        // 422 already_exists: made meanwhile (a retried request had landed, or another run): look again.
        release ??= await findRelease(gh, inputs.tag);
        if (!release) throw new UserError(`GitHub said the release ${inputs.tag} exists, but it cannot be found`);
        if (!release.draft) throw new UserError(`the GitHub release ${inputs.tag} was published meanwhile by someone else; nothing was changed: compare it with this release`);
      }

      for (const asset of expected) {
        const present = release.assets.find((a) => a.name === asset.name);
        if (present?.state === 'uploaded') continue;
        if (present) await deleteAsset(gh, present); // an upload a killed run left unfinished
        const uploaded = await uploadAsset(gh, release, asset);
        if (!uploaded) {
          const again = await findRelease(gh, inputs.tag);
          const landed = again?.assets.find((a) => a.name === asset.name);
          if (!landed || (landed.digest ? landed.digest !== asset.digest : landed.size !== asset.bytes.byteLength)) throw new UserError(`attaching ${asset.name} to ${inputs.tag}: GitHub says it exists, with other bytes`);
        }
      }
      const publishedRelease = await publishDraft(gh, release, latest);
      // Read back: published, with exactly its assets.
      const check = await findRelease(gh, inputs.tag);
      if (!check || check.draft || assetDifferences(check, expected).length || expected.some((e) => !check.assets.some((a) => a.name === e.name && a.state === 'uploaded'))) {
        throw new UserError(`the GitHub release ${inputs.tag} does not read back as published with its assets`);
      }
      artifacts.set('release', check, 'github-release');
      reporter.info(`GitHub release ${inputs.tag}: ${publishedRelease.htmlUrl}${inputs.prerelease ? ' (prerelease)' : latest ? ' (latest)' : ''}`);
      return undefined;
    });
  },
};
