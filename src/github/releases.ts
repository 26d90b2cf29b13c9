/**
 * GitHub releases as the release step needs them: find one by tag (published or a draft a killed
 * run left), generate notes, create a draft, upload assets, publish it; and a check that the token
 * may write releases that changes nothing.
 */
import { GitHubError, type GitHubClient } from './client.js';

export interface AssetInfo {
  id: number;
  name: string;
  size: number;
  /** `uploaded`, or `starter` for an upload that never finished (GitHub keeps it; it must be deleted before the name is used again). */
  state: string;
  /** `sha256:...` (GitHub computes it for assets uploaded since mid-2025; absent on older ones and some servers). */
  digest?: string;
  contentType: string;
  downloadUrl: string;
}

export interface ReleaseInfo {
  id: number;
  tagName: string;
  name: string;
  draft: boolean;
  prerelease: boolean;
  htmlUrl: string;
  uploadUrl: string;
  targetCommitish: string;
  body: string;
  assets: AssetInfo[];
}

interface ApiAsset {
  id: number;
  name: string;
  size: number;
  state: string;
  digest?: string | null;
  content_type: string;
  browser_download_url: string;
}

interface ApiRelease {
  id: number;
  tag_name: string;
  name: string | null;
  draft: boolean;
  prerelease: boolean;
  html_url: string;
  upload_url: string;
  target_commitish: string;
  body?: string | null;
  assets: ApiAsset[];
}

function toAsset(a: ApiAsset): AssetInfo {
  return { id: a.id, name: a.name, size: a.size, state: a.state, ...(a.digest ? { digest: a.digest } : {}), contentType: a.content_type, downloadUrl: a.browser_download_url };
}

function toRelease(r: ApiRelease): ReleaseInfo {
  return {
    id: r.id, tagName: r.tag_name, name: r.name ?? '', draft: r.draft, prerelease: r.prerelease, htmlUrl: r.html_url,
    uploadUrl: r.upload_url, targetCommitish: r.target_commitish, body: r.body ?? '', assets: (r.assets ?? []).map(toAsset),
  };
}

/**
 * The release of `tag`: the published one (one request), else a draft with that tag among the
 * newest releases (drafts have no tag yet, so the by-tag lookup misses them; a run killed between
 * creating its draft and publishing it leaves one). Undefined when there is none.
 */
export async function findRelease(client: GitHubClient, tag: string): Promise<ReleaseInfo | undefined> {
  const { owner, repo } = client;
  try {
    const data = await client.call(`read the release ${tag} of ${client.fullName}`, (o) =>
      o.request('GET /repos/{owner}/{repo}/releases/tags/{tag}', { owner, repo, tag }));
    return toRelease(data as unknown as ApiRelease);
  } catch (error) {
    if (!(error instanceof GitHubError && error.kind === 'not-found')) throw error;
  }
  const page = await client.call(`list the releases of ${client.fullName}`, (o) =>
    o.request('GET /repos/{owner}/{repo}/releases', { owner, repo, per_page: 100 }));
  const draft = (page as unknown as ApiRelease[]).find((r) => r.tag_name === tag && r.draft);
  return draft && toRelease(draft);
}

export interface NotesRequest {
  tag: string;
  /** The commit the tag is (or will be) on. */
  target: string;
  /** Notes from this tag on; default: GitHub picks the previous release. */
  previousTag?: string;
  /** A `.github/release.yml`-style file in the repository grouping the changes (GitHub's own format). */
  configurationFile?: string;
}

/** GitHub's generated notes (the changes since the previous release, grouped by its configuration): a read, nothing is created. */
export async function generateNotes(client: GitHubClient, request: NotesRequest): Promise<{ name: string; body: string }> {
  const { owner, repo } = client;
  return client.call(`generate release notes for ${request.tag}`, (o) =>
    o.request('POST /repos/{owner}/{repo}/releases/generate-notes', {
      owner, repo, tag_name: request.tag, target_commitish: request.target,
      ...(request.previousTag ? { previous_tag_name: request.previousTag } : {}),
      ...(request.configurationFile ? { configuration_file_path: request.configurationFile } : {}),
    }));
}

export interface NewRelease {
  tag: string;
  target: string;
  name: string;
  body: string;
  prerelease: boolean;
}

/**
 * Creates the release as a draft: it is published (and so visible, and `latest`) only once its
 * assets are attached. A 422 `already_exists` (another run created it meanwhile, or a retried
 * request had landed) is returned as `undefined` for the caller to look again.
 */
export async function createDraft(client: GitHubClient, release: NewRelease): Promise<ReleaseInfo | undefined> {
  const { owner, repo } = client;
  try {
    const data = await client.call(`create the release ${release.tag}`, (o) =>
      o.request('POST /repos/{owner}/{repo}/releases', {
        owner, repo, tag_name: release.tag, target_commitish: release.target, name: release.name, body: release.body,
        draft: true, prerelease: release.prerelease,
      }));
    return toRelease(data as unknown as ApiRelease);
  } catch (error) {
    if (error instanceof GitHubError && error.hasCode('already_exists', 'tag_name')) return undefined;
    throw error;
  }
}

/** Attaches an asset. A 422 `already_exists` (a retried upload had landed) is returned as `undefined`. */
export async function uploadAsset(client: GitHubClient, release: ReleaseInfo, asset: { name: string; bytes: Uint8Array; contentType: string }): Promise<AssetInfo | undefined> {
  try {
    const data = await client.call(`attach ${asset.name} to the release ${release.tagName}`, (o) =>
      o.request({
        method: 'POST',
        url: release.uploadUrl,
        name: asset.name,
        data: asset.bytes,
        headers: { 'content-type': asset.contentType, 'content-length': String(asset.bytes.byteLength) },
      }));
    return toAsset(data as ApiAsset);
  } catch (error) {
    if (error instanceof GitHubError && error.hasCode('already_exists')) return undefined;
    throw error;
  }
}

/** Deletes an asset (an unfinished upload of our own, state `starter`). */
export async function deleteAsset(client: GitHubClient, asset: AssetInfo): Promise<void> {
  const { owner, repo } = client;
  await client.call(`delete the unfinished asset ${asset.name}`, (o) =>
    o.request('DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}', { owner, repo, asset_id: asset.id }));
}

/** Publishes a draft: the tag becomes a release; `latest` only when asked (never for a prerelease). */
export async function publishDraft(client: GitHubClient, release: ReleaseInfo, latest: boolean): Promise<ReleaseInfo> {
  const { owner, repo } = client;
  const data = await client.call(`publish the release ${release.tagName}`, (o) =>
    o.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', {
      owner, repo, release_id: release.id, draft: false, prerelease: release.prerelease, make_latest: latest && !release.prerelease ? 'true' : 'false',
    }));
  return toRelease(data as unknown as ApiRelease);
}

/** A tag name git refuses ("not well-formed"): a release with it can never be created. */
export const PERMISSION_PROBE_TAG = 'dot-ai-release permission check..';

/**
 * Does the token hold `contents: write`, checked without side effects: a release with a tag name
 * git refuses (spaces, `..`) and `draft: false`. With the permission GitHub validates the body and
 * answers 422 (the tag is not well-formed; published releases need a valid tag); without it, it
 * answers 403 before looking at the body. Nothing is created either way.
 */
export async function checkReleaseWrite(client: GitHubClient): Promise<void> {
  const { owner, repo } = client;
  try {
    const data = await client.call(`check that the token may create releases in ${client.fullName}`, (o) =>
      o.request('POST /repos/{owner}/{repo}/releases', { owner, repo, tag_name: PERMISSION_PROBE_TAG, draft: false, name: 'dot-ai-release permission check (never created)' }));
    // Not expected: the API accepted the malformed tag. Remove what it made, and say so.
    const made = data as unknown as ApiRelease;
    await client.call(`delete the permission-check release ${made.id}`, (o) =>
      o.request('DELETE /repos/{owner}/{repo}/releases/{release_id}', { owner, repo, release_id: made.id }));
  } catch (error) {
    if (error instanceof GitHubError && error.kind === 'invalid') return; // 422: permitted, and nothing created
    if (error instanceof GitHubError && error.kind === 'forbidden') {
      throw new GitHubError(`the token may not create releases in ${client.fullName} (HTTP 403); add \`permissions: contents: write\` to the job (it also lets the job push the release commit and tag)`, 'forbidden', 403, error.details);
    }
    throw error;
  }
}

/** Replaces a release's body (its notes), nothing else. */
export async function updateReleaseBody(client: GitHubClient, release: ReleaseInfo, body: string): Promise<ReleaseInfo> {
  const { owner, repo } = client;
  const data = await client.call(`update the notes of the release ${release.tagName}`, (o) =>
    o.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', { owner, repo, release_id: release.id, body }));
  return toRelease(data as unknown as ApiRelease);
}
