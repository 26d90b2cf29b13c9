/**
 * The release's vocabulary: the typed inputs (parsed once, from the step folders' own parsers),
 * what preflight finds in the world, the artifacts record the steps hand on, and the one context
 * they share.
 */
import type { ChartArtifact } from '../chart/artifact.js';
import type { DispatchTarget, ReleaseHooks } from '../config/release-settings.js';
import type { NotesSource } from './changelog.js';
import type { Trigger } from './trigger.js';
import type { ChartContext, ChartJob } from '../chart/pipeline.js';
import type { PublishResult } from '../chart/publish.js';
import type { GitHubClient } from '../github/client.js';
import type { ReleaseInfo } from '../github/releases.js';
import type { ImageOrigin } from '../image/candidate.js';
import type { PreBuild } from '../config/config.js';
import type { ImageJob } from '../image/context.js';
import type { StartResult } from '../image/verify.js';
import type { NpmJob } from '../npm/job.js';
import type { NpmContext } from '../npm/pipeline.js';
import type { PackageState } from '../npm/registry.js';
import type { Artifacts } from '../pipeline/index.js';
import type { Reporter } from '../report/reporter.js';
import type { SmokeGateResult } from '../smoke/gate.js';
import type { SmokeInputs } from '../smoke/inputs.js';
import type { CleanupRegistry } from '../tools/cleanup.js';
import type { Git, RemoteTag } from '../tools/git.js';
import type { VersionJob } from '../version/inputs.js';
import type { ImageProgress } from './images.js';

/**
 * `all`: the whole release in one job. `candidate`: up to the chart package (a workflow's smoke
 * jobs take over from there). `publish`: a candidate the workflow's smoke jobs passed is published.
 */
export const PHASES = ['all', 'candidate', 'publish'] as const;
export type Phase = (typeof PHASES)[number];

/** create: through the API; print: say what would be sent (local runs, the demo); skip: no GitHub release. */
export const GITHUB_MODES = ['create', 'print', 'skip'] as const;
export type GitHubMode = (typeof GITHUB_MODES)[number];

/** Where the image goes: a registry repository, or an OCI image layout (local dry runs, the demo). */
export type ImageDestination = { kind: 'registry' } | { kind: 'layout'; dir: string };

/** One image the release builds and publishes. */
export interface ReleaseImage {
  job: ImageJob;
  destination: ImageDestination;
  /** Commands run before the build, in a checkout of the release commit the image is then built from (none: built from the work tree). */
  preBuild?: PreBuild;
  /** Where the image was named (`dot-ai-release.yaml: images[1]`, `input image`), for messages. */
  origin: string;
  /** The MCP server's image (deployed in the server's place); false for the others (the plugin), deployed where a method names them. */
  server: boolean;
}

export interface GitSettings {
  remote: string;
  branch: string;
  /** Also point the major tag (v1) at the release commit, when it is the highest stable release of its major. */
  movingMajorTag: boolean;
  /** Who makes the release commit and tag: git's configured user, else the Actions bot (a runner's fresh checkout). */
  identity: { name: string; email: string };
}


export interface GitHubSettings {
  mode: GitHubMode;
  owner: string;
  repo: string;
  token?: string;
  apiUrl: string;
  /** Where the release notes come from, joined in order (empty: no notes). */
  notes: NotesSource[];
}

/** A repository_dispatch event to send once the release is published, with the token for its repository (absent: printed only). */
export interface DispatchRequest extends DispatchTarget {
  token?: string;
}

export interface DispatchSettings {
  targets: DispatchRequest[];
  /** Send again what a GitHub release records as sent already. */
  redispatch: boolean;
}

/** phase publish: what the candidate job handed over (each image's digest by name, the chart package, the npm tarball). */
export interface HandedCandidate {
  images: Map<string, string>;
  chartPackage?: string;
  npmTarball?: string;
}

/** Everything the release needs, checked once before anything runs. */
export interface ReleaseInputs {
  root: string;
  /** The version released (SemVer) and the one before it. */
  version: string;
  previousVersion: string;
  chartVersion?: string;
  /** `v`: what the git tag and the GitHub release put before the version. */
  tagPrefix: string;
  /** `v1.2.3`: the git tag and the GitHub release. */
  tag: string;
  prerelease: boolean;
  /** The version job for the version step: set to exactly this version (a bump is computed once, here). */
  versionJob: VersionJob;
  /** HEAD is already the release commit of this version (a run that got past the git step locally). */
  headIsReleaseCommit: boolean;
  /** How the release was started: dispatched (bump or set), or by a pushed tag (see trigger.ts). */
  trigger: Trigger;
  phase: Phase;
  /** Build, gate and smoke; publish nothing (no tag, no push, no GitHub release). */
  dryRun: boolean;
  /** Only the notes of the existing GitHub release are made again and replaced; nothing else is published. */
  notesOnly: boolean;
  /** Every image released, in order (the first is the one `image-ref` names): built, smoke-tested and tagged together. */
  images: ReleaseImage[];
  chart?: ChartJob;
  /** The npm package published (package.json publishable and npm not off); `npmOff` says why there is none. */
  npm?: NpmJob;
  npmOff?: string;
  /** The smoke job, parsed up front (methods checked); the candidate image and chart package are set once they exist. */
  smoke?: SmokeInputs;
  /** phase publish: the candidate the smoke jobs passed (empty in the other phases). */
  handed: HandedCandidate;
  git: GitSettings;
  github: GitHubSettings;
  /** Run after the version edits (the configured hooks, then the build-command input); their changes go into the release commit. */
  hooks: ReleaseHooks;
  /** Events for other repositories, sent after the GitHub release. */
  dispatch: DispatchSettings;
}

/** What preflight found in the world before anything was written. */
export interface World {
  /** HEAD when the release started. */
  head: string;
  /** The remote branch's commit (undefined: the branch is not on the remote yet). */
  remoteHead?: string;
  /** The release tag on the remote. */
  remoteTag?: RemoteTag;
  /** Stable `vX.Y.Z` tags on the remote (for the moving major tag). */
  remoteVersionTags: string[];
  /** Each image's version tag that exists, by image name, and what it says about its origin. */
  images: Map<string, ImageOrigin>;
  /** The chart version's manifest digest in its registry. */
  chartDigest?: string;
  /** The npm package as its registry holds it (every version's integrity, the dist-tags). */
  npm?: PackageState;
  release?: ReleaseInfo;
}

/** Already done (the same way) per artifact, as judged against the release commit. */
export interface Done {
  /** Images whose version tag is published from the release commit. */
  images: Set<string>;
  chart: boolean;
  git: boolean;
  release: boolean;
}

/** What the steps hand on, by name: a step that needs something reads it here, and is told which step should have made it. */
export interface ReleaseArtifacts {
  world: World;
  /** Each image's progress (its target, candidate, tags), in the order of the inputs; opened by preflight. */
  images: ImageProgress[];
  /** The GitHub API client, when the release is made through it (preflight). */
  github: GitHubClient;
  /** The commit the release tags: the version changes on top of HEAD, made with a fixed identity and date. */
  releaseCommit: string;
  changedFiles: string[];
  done: Done;
  /** The chart steps' context (its gates ran; its registry target opened). */
  chartContext: ChartContext;
  chartPackage: string;
  chartArtifact: ChartArtifact;
  chartDigest: string;
  chartPublish: PublishResult;
  /** The npm steps' context (the job, its session, the tarball, the publish result), opened by the first step that needs it. */
  npmContext: NpmContext;
  smoke: SmokeGateResult;
  release: ReleaseInfo;
  /** The npm package published (set by the npm step, when the release has one): named in the dispatched events. */
  npmPackage: { name: string; version: string; registry?: string };
}

export interface ReleaseContext {
  inputs: ReleaseInputs;
  reporter: Reporter;
  artifacts: Artifacts<ReleaseArtifacts>;
  git: Git;
  started: StartResult[];
  /** Lines to print in the summary (what was printed instead of sent, notes). */
  notes: string[];
  /** What the run made for itself (temporary packages, pulled images, credentials): the release's part of the command's registry. */
  cleanup: CleanupRegistry;
  /** Aborted by SIGINT/SIGTERM: the smoke methods stop and clean up. */
  signal: AbortSignal;
}
