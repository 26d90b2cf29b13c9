/**
 * Every command's name, inputs and outputs, in one light module: the action entry, the CLI
 * (`--help`, flag parsing) and the action.yml test all read it, and it loads no command code.
 * Action input `foo-bar` is CLI flag `--foo-bar`; values arrive as strings and are parsed by the command.
 */
/** The values a number may take (whole numbers only): shown in the help and action.yml, checked by `boundedNumber`. */
export interface NumberRange {
  min: number;
  max: number;
}

/**
 * Every bounded number the toolkit takes, in one place: the options below and the configuration
 * file's numbers share them. Deadlines stay far below what Node's timers hold (2^31-1 ms, 24.8 days).
 */
export const RANGES = {
  /** Seconds a platform may take to become healthy. */
  verifyTimeout: { min: 1, max: 3600 },
  /** Seconds a smoke method may take (deploy, probe, diagnostics). */
  methodTimeout: { min: 1, max: 7200 },
  /** Smoke methods at once. */
  parallel: { min: 1, max: 64 },
  /** Seconds the probe's health check and each MCP step may take. */
  probeTimeout: { min: 1, max: 3600 },
  /** Calls repeated in the same session. */
  followUps: { min: 0, max: 1000 },
  /** Seconds a JSON assertion on the tool result may take to hold (the call is repeated meanwhile). */
  jsonWithin: { min: 0, max: 3600 },
  /** A TCP port. */
  port: { min: 1, max: 65535 },
  /** Seconds an image's pre-build may take, all its commands together. */
  preBuildTimeout: { min: 1, max: 7200 },
  /** Seconds a release hook may take. */
  hookTimeout: { min: 1, max: 3600 },
} as const satisfies Record<string, NumberRange>;

/** How a range is written in descriptions and messages. */
export function describeRange(range: NumberRange): string {
  return `from ${range.min} to ${range.max}`;
}

/** Why `value` (a number, or the text of one) is not a whole number within `range`, or undefined when it is one. */
export function rangeProblem(value: unknown, range: NumberRange): string | undefined {
  const number = typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,16}$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  return Number.isInteger(number) && number >= range.min && number <= range.max ? undefined : `is not a whole number ${describeRange(range)}`;
}

export interface OptionSpec {
  name: string;
  description: string;
  /** A whole number within this range (the help and action.yml say so; `boundedNumber` checks it). */
  range?: NumberRange;
  /** Boolean options are flags on the CLI and `true`/`false` inputs in the action. */
  boolean?: boolean;
  /** Default shown in help and action.yml; commands apply it themselves. */
  default?: string;
  /** Only on the CLI (e.g. `--json`: the action has outputs instead). */
  cliOnly?: boolean;
}

export interface OutputSpec {
  name: string;
  description: string;
}

export interface CommandSpec {
  name: string;
  summary: string;
  usage: string;
  options: OptionSpec[];
  outputs: OutputSpec[];
  /** The option a CLI positional argument sets (e.g. probe's `url`); none: positionals are refused. */
  positional?: string;
}

/** Options every command takes. */
export const COMMON_OPTIONS: OptionSpec[] = [
  { name: 'working-directory', description: 'Repository root to release.', default: '.' },
  { name: 'config', description: 'Configuration file, relative to the repository root.', default: 'dot-ai-release.yaml' },
  { name: 'json', description: 'Print the result as JSON on stdout (logs go to stderr).', boolean: true, cliOnly: true },
  { name: 'summary', description: 'Write the Markdown summary of the result to this file (- for stdout). Without it the summary goes only to $GITHUB_STEP_SUMMARY when that is set.', cliOnly: true },
];

const SELECTION_OPTIONS: OptionSpec[] = [
  { name: 'chart', description: 'Chart directory (overrides chart.path; default: the one chart under charts/).' },
  { name: 'chart-versioning', description: 'follow: the chart version is the app version; independent: the chart has its own version.' },
  { name: 'images', description: 'Image repositories released, comma or newline separated (overrides images; default ghcr.io/<owner>/<repo>).' },
];

export const COMMANDS: CommandSpec[] = [
  {
    name: 'version',
    summary: 'Bump the release version, or set it, and write it everywhere it lives (all files or none).',
    usage: 'dot-ai-release version (--bump KIND [--preid ID] | --set VERSION) [options]',
    options: [
      { name: 'bump', description: 'Bump kind: major, minor, patch, premajor, preminor, prepatch or prerelease.' },
      { name: 'preid', description: 'Prerelease identifier for pre* bumps, e.g. rc or beta.' },
      { name: 'set', description: 'Explicit version to release, e.g. 1.2.3 (a leading v is dropped). Instead of bump.' },
      { name: 'chart-version', description: 'With chart-versioning independent: the chart version to write (default: the chart version bumped by the same kind).' },
      { name: 'allow-downgrade', description: 'Allow a version lower than the current one.', boolean: true, default: 'false' },
      { name: 'dry-run', description: 'Compute and report every edit without writing any file.', boolean: true, default: 'false' },
      ...SELECTION_OPTIONS,
    ],
    outputs: [
      { name: 'version', description: 'The new version.' },
      { name: 'previous-version', description: 'The version before the bump.' },
      { name: 'chart-version', description: 'The chart version written to Chart.yaml.' },
      { name: 'changed-files', description: 'Files changed, one per line.' },
    ],
  },
  {
    name: 'chart',
    summary: 'Gate (lint, render, Kubernetes schema, policy), package and push the Helm chart as an OCI artifact; idempotent and verified.',
    usage: 'dot-ai-release chart [--chart DIR] [--registry oci://HOST/NAMESPACE | oci-layout://PATH] [--username U --password-stdin] [options]',
    options: [
      { name: 'chart', description: 'Chart directory (default: chart.path, else the one chart under charts/).' },
      { name: 'registry', description: 'Where to push: oci://HOST/NAMESPACE (no tag, no chart name) or oci-layout://PATH.', default: 'oci://ghcr.io/<owner>/charts' },
      { name: 'username', description: 'Registry user (default: GITHUB_ACTOR on Actions).' },
      { name: 'password', description: 'Registry password or token, e.g. ${{ github.token }} for GHCR (masked; never passed to a process).' },
      { name: 'password-stdin', description: 'Read the registry password from stdin.', boolean: true, cliOnly: true },
      { name: 'plain-http', description: 'Talk plain HTTP to the registry (a local registry without TLS).', boolean: true, default: 'false' },
      { name: 'overwrite', description: 'Replace a published version whose content differs (released versions are otherwise immutable).', boolean: true, default: 'false' },
      { name: 'chart-version', description: 'Version to package (default: Chart.yaml version).' },
      { name: 'app-version', description: 'appVersion to package (default: Chart.yaml appVersion).' },
      { name: 'image-tag', description: 'The image tag being released: refused when it differs from the appVersion.' },
      { name: 'values', description: 'Values files to lint and validate the chart with, comma or newline separated (the chart defaults are always checked).' },
      { name: 'skip-policies', description: 'Policy rules to waive, comma or newline separated, each with its reason (printed), on top of chart.policy.waive: rule=reason for the whole chart, rule@Kind/name=reason for one object, rule@charts/SUBCHART=reason for one subchart, *@charts/SUBCHART=reason for every rule in one subchart (docs/policy.md).' },
      { name: 'policy-mode', description: 'enforce: a policy finding fails the chart; warn: every finding is a warning on its template line and the chart passes (default: chart.policy.mode, else enforce).' },
      { name: 'helm', description: 'helm binary (default: HELM_BIN, else helm on the PATH).' },
      { name: 'package-dir', description: 'Keep the packaged .tgz in this directory (relative to the repository root); default: a temporary directory removed when the command ends.' },
      { name: 'dry-run', description: 'Gate and package, but push nothing.', boolean: true, default: 'false' },
    ],
    outputs: [
      { name: 'chart-ref', description: 'oci://HOST/NAMESPACE/CHART:VERSION of the published chart.' },
      { name: 'chart-digest', description: 'Manifest digest of the published chart.' },
      { name: 'chart-version', description: 'The chart version packaged.' },
      { name: 'package-path', description: 'Path of the packaged .tgz when package-dir is given (empty otherwise: the package is removed).' },
      { name: 'findings', description: 'JSON list of the validation findings: check, rule, object, container, subchart, values, file, line, message, waived (and the waiver).' },
    ],
  },
  {
    name: 'check',
    summary: 'Report every place whose version differs from the release version; fail on any drift.',
    usage: 'dot-ai-release check [options]',
    options: [...SELECTION_OPTIONS],
    outputs: [
      { name: 'version', description: 'The expected (current) release version.' },
      { name: 'chart-version', description: 'The expected chart version (the release version unless the chart is versioned on its own).' },
      { name: 'drift-count', description: 'How many places disagree with it.' },
    ],
  },
  {
    name: 'image',
    summary: 'Build the image for every platform, tag and label it, push it once, add the moving tags, and prove each platform starts (health check).',
    usage: 'dot-ai-release image [--image HOST/NAME] [--platforms linux/amd64,linux/arm64] [--builder auto|buildx|buildah|docker] [--username U --password-stdin | --load] [options]',
    options: [
      { name: 'image', description: 'Image repository, without a tag (uppercase is lowercased, with a warning).', default: 'ghcr.io/<owner>/<repo>' },
      { name: 'context', description: 'Build context directory, relative to the repository root.', default: '.' },
      { name: 'dockerfile', description: 'Dockerfile, relative to the repository root (default: Dockerfile in the context).' },
      { name: 'platforms', description: 'Platforms to build, comma or newline separated (foreign ones need QEMU: docker/setup-qemu-action).', default: 'linux/amd64,linux/arm64' },
      { name: 'build-args', description: 'Build arguments NAME=VALUE, one per line (or comma separated on one line).' },
      { name: 'version', description: 'Version to tag (default: the release version). Tags X.Y.Z, then X.Y, X and latest only when it is the highest stable version in the registry; a prerelease gets its own tag only.' },
      { name: 'tags', description: 'Extra tags, comma or newline separated (invalid ones are refused).' },
      { name: 'sha-tag', description: 'Also tag sha-<short commit> (GITHUB_SHA, else git rev-parse HEAD).', boolean: true, default: 'false' },
      { name: 'builder', description: 'auto (buildx when present, else buildah, else docker for one platform), buildx, buildah or docker.', default: 'auto' },
      { name: 'push', description: 'Push to the registry (pushed once under X.Y.Z; the other tags point at the same digest).', boolean: true, default: 'true' },
      { name: 'load', description: 'Load the image into the local Docker engine instead of pushing (one platform).', boolean: true, default: 'false' },
      { name: 'cache', description: 'Use a build cache: the GitHub Actions cache (type=gha) with buildx on runners, local layers (--layers) with buildah, the engine cache with docker. false: --no-cache.', boolean: true, default: 'true' },
      { name: 'provenance', description: 'buildx only: attach a provenance attestation. It adds an unknown/unknown entry per platform to the index (GHCR lists them as platforms), and such an index cannot be loaded by `kind load`.', boolean: true, default: 'false' },
      { name: 'sbom', description: 'buildx only: attach an SBOM attestation (same unknown/unknown index entries as provenance).', boolean: true, default: 'false' },
      { name: 'username', description: 'Registry user (default: GITHUB_ACTOR on Actions).' },
      { name: 'password', description: 'Registry password or token (masked; to docker via stdin, to buildah via a 0600 auth file; never in a process argument).' },
      { name: 'password-stdin', description: 'Read the registry password from stdin.', boolean: true, cliOnly: true },
      { name: 'plain-http', description: 'Talk plain HTTP to the registry (a local registry without TLS).', boolean: true, default: 'false' },
      { name: 'verify', description: 'After pushing (or loading), check the index lists every platform and start each platform\'s image until its health check passes (foreign arches under QEMU).', boolean: true, default: 'true' },
      { name: 'verify-timeout', description: 'Seconds each platform may take to become healthy.', default: '180', range: RANGES.verifyTimeout },
      { name: 'dry-run', description: 'Build every platform, but push, load and start nothing.', boolean: true, default: 'false' },
    ],
    outputs: [
      { name: 'digest', description: 'Digest of the pushed index (or single-platform manifest).' },
      { name: 'image-ref', description: 'NAME@DIGEST of the pushed image.' },
      { name: 'tags', description: 'Every tag pushed, as NAME:TAG, one per line.' },
      { name: 'platforms', description: 'Platforms built, comma separated.' },
    ],
  },
  {
    name: 'release',
    summary: 'One gated, resumable release: preflight, version, npm pack, image by digest, chart gates, smoke on the exact candidate, then npm publish, image tags and chart, the git tag and the GitHub release; a re-run finishes what is missing.',
    usage: 'dot-ai-release release (--bump KIND [--preid ID] | --set VERSION) [--image HOST/NAME | --image false] [--chart-registry oci://HOST/NAMESPACE] [--github-release create|print|skip] [options]',
    options: [
      { name: 'bump', description: 'Bump kind: major, minor, patch, premajor, preminor, prepatch or prerelease.' },
      { name: 'preid', description: 'Prerelease identifier for pre* bumps, e.g. rc or beta.' },
      { name: 'set', description: 'Explicit version to release, e.g. 1.2.3 (a leading v is dropped). Instead of bump; also how a stopped release of that version is resumed.' },
      { name: 'allow-downgrade', description: 'Allow a version lower than the current one.', boolean: true, default: 'false' },
      { name: 'from-tag', description: 'Release a pushed tag (vX.Y.Z): the version is the tag\'s, the checkout must be at it. Default on a tag push (GITHUB_REF refs/tags/...) when bump is not given and set is not either, or names the tag\'s version. A tree that holds the version everywhere is released as it is; otherwise the release commit is made on top of the tag and pushed to release-branch, and the tag is never moved.' },
      { name: 'release-branch', description: 'A tag release: the branch its release commit is pushed to (default: the repository\'s default branch, from the workflow\'s event, else main).' },
      { name: 'dry-run', description: 'Build the candidate (pushed by digest, untagged), gate and smoke it; publish nothing: no tag, no chart, no git push, no GitHub release.', boolean: true, default: 'false' },
      { name: 'phase', description: 'all: the whole release. candidate: up to the chart package (for workflows whose smoke jobs fan out). publish: publish the candidate the smoke jobs passed (with candidate-image and candidate-chart).', default: 'all' },
      { name: 'candidate-image', description: 'phase publish: NAME@DIGEST of each candidate image, comma or newline separated (the candidate phase\'s image-ref output, or every ref of its images output).' },
      { name: 'candidate-chart', description: 'phase publish: the candidate chart package (.tgz) the candidate phase handed over.' },
      { name: 'candidate-npm', description: 'phase publish: the npm tarball (.tgz) the candidate phase handed over (its npm-tarball output).' },
      { name: 'image', description: 'The one image to release (default: every image under images: in dot-ai-release.yaml, else ghcr.io/<owner>/<repo>), oci-layout://PATH for a local release, or false for a release without an image.' },
      { name: 'context', description: 'Build context directory, relative to the repository root (with several images: each one\'s images[].context).', default: '.' },
      { name: 'dockerfile', description: 'Dockerfile, relative to the repository root (default: Dockerfile in the context; with several images: each one\'s images[].dockerfile).' },
      { name: 'platforms', description: 'Platforms to build, comma or newline separated, for every image (foreign ones need QEMU).', default: 'linux/amd64,linux/arm64' },
      { name: 'build-args', description: 'Build arguments NAME=VALUE, one per line (or comma separated on one line), for every image (over each one\'s images[].buildArgs).' },
      { name: 'builder', description: 'auto (buildx when present, else buildah), buildx or buildah. The docker builder cannot push untagged and is refused.', default: 'auto' },
      { name: 'cache', description: 'Use a build cache (GitHub Actions cache with buildx on runners, --layers with buildah).', boolean: true, default: 'true' },
      { name: 'verify-timeout', description: 'Seconds each platform may take to become healthy.', default: '180', range: RANGES.verifyTimeout },
      { name: 'chart-registry', description: 'Where the chart is pushed: oci://HOST/NAMESPACE or oci-layout://PATH (default: chart.repository, else oci://ghcr.io/<owner>/charts).' },
      { name: 'values', description: 'Values files to lint and validate the chart with, comma or newline separated.' },
      { name: 'skip-policies', description: 'Chart policy rules to waive, each with its reason (as for the chart command).' },
      { name: 'policy-mode', description: 'enforce or warn: whether chart policy findings fail the release (as for the chart command).' },
      { name: 'helm', description: 'helm binary (default: HELM_BIN, else helm on the PATH).' },
      { name: 'username', description: 'Registry user (default: GITHUB_ACTOR on Actions).' },
      { name: 'password', description: 'Registry password or token (masked; never in a process argument). For GHCR the job needs permissions: packages: write.' },
      { name: 'password-stdin', description: 'Read the registry password from stdin.', boolean: true, cliOnly: true },
      { name: 'plain-http', description: 'Talk plain HTTP to the registries (local registries without TLS).', boolean: true, default: 'false' },
      { name: 'smoke-methods', description: 'Deployment methods the smoke gate runs, comma separated (default: every method this repository documents).' },
      { name: 'smoke-provider', description: 'Where the Kubernetes methods run: kind, cluster or docker (as for the smoke command).' },
      { name: 'smoke-parallel', description: 'Smoke methods run at once.', range: RANGES.parallel },
      { name: 'smoke-timeout', description: 'Seconds each smoke method may take.', range: RANGES.methodTimeout },
      { name: 'smoke-image-map', description: 'Images to use instead of others in the deployed files, REPOSITORY=IMAGE, comma or newline separated.' },
      { name: 'smoke-qdrant-image', description: 'The Qdrant image for methods that need one beside them.' },
      { name: 'smoke-probe-image', description: 'A Node image for the in-cluster probe pod.' },
      { name: 'kind-node-image', description: 'kind node image for the smoke cluster.' },
      { name: 'diagnostics-dir', description: 'Where the smoke diagnostics are written (a workflow uploads it as an artifact).' },
      { name: 'git-remote', description: 'The git remote the release commit and tag are pushed to (credentials from the checkout, never an argument).', default: 'origin' },
      { name: 'tag-prefix', description: 'Prefix of the git tag and GitHub release name.', default: 'v' },
      { name: 'moving-major-tag', description: 'Also point the major tag (v1) at the release, when it is the newest stable release of that major (what `uses: owner/action@v1` resolves).', boolean: true, default: 'false' },
      { name: 'npm', description: 'The npm package: true (publish it), false (none), or empty: published when the package.json the release versions is publishable (not "private": true) and dot-ai-release.yaml has no npm: false.' },
      { name: 'npm-registry', description: "Registry the npm package is published to (default: package.json's publishConfig.registry, else npm.registry, else https://registry.npmjs.org/)." },
      { name: 'npm-token', description: "npm registry token (default: NODE_AUTH_TOKEN; masked; only in the environment of npm's registry commands, through a temporary .npmrc outside the work tree, never in an argument). On the CLI set NODE_AUTH_TOKEN instead of the flag." },
      { name: 'npm-provenance', description: 'npm publish --provenance (default: npm.provenance, else on when publishing to npmjs from GitHub Actions; the job needs permissions: id-token: write).', boolean: true },
      { name: 'build-command', description: 'A command run after the version edits, without a shell (e.g. npm run build for a committed bundle); its changes are committed with the version.' },
      { name: 'github-release', description: 'create: the GitHub release through the API; print: print the requests instead (local runs); skip: none.', default: 'create' },
      { name: 'github-token', description: 'Token for the GitHub API (default: GITHUB_TOKEN); needs permissions: contents: write.' },
      { name: 'github-api-url', description: 'GitHub API root (default: GITHUB_API_URL, else https://api.github.com).' },
      { name: 'repository', description: 'OWNER/REPO the GitHub release is made in (default: GITHUB_REPOSITORY, else the git remote).' },
      { name: 'dispatch-token', description: 'Token for the repositories dispatch: in dot-ai-release.yaml sends events to (masked; the job\'s GITHUB_TOKEN reaches only its own repository). A target\'s tokenEnv wins.' },
      { name: 'redispatch', description: 'Send the dispatch: events again, although the GitHub release records them as sent.', boolean: true, default: 'false' },
      { name: 'release-notes', description: 'Where the notes come from: generated (GitHub\'s notes since the previous release), changelog (the version\'s section of the changelog, read after the hooks ran), both (changelog,generated), none, or a Markdown file in the repository. Default: notes in dot-ai-release.yaml, else generated.' },
      { name: 'notes-only', description: 'Only make the notes of the GitHub release of this version (set, or the pushed tag) again and replace them in its body (its published references stay); nothing else is published. The release must exist.', boolean: true, default: 'false' },
      { name: 'release-notes-config', description: 'GitHub\'s release notes configuration file (e.g. .github/release.yml) grouping the generated notes.' },
      ...SELECTION_OPTIONS,
    ],
    outputs: [
      { name: 'version', description: 'The version released.' },
      { name: 'tag', description: 'The git tag (vX.Y.Z).' },
      { name: 'image-ref', description: 'NAME@DIGEST of the released image (the first one, when several; the candidate in phase candidate).' },
      { name: 'image-digest', description: 'Digest of that image\'s index.' },
      { name: 'images', description: 'JSON: every image released, in order: name, digest, ref (NAME@DIGEST), tags.' },
      { name: 'chart-ref', description: 'oci://HOST/NAMESPACE/CHART:VERSION of the published chart.' },
      { name: 'chart-digest', description: 'Manifest digest of the published chart.' },
      { name: 'chart-package', description: 'phase candidate: path of the chart package to hand over to the smoke and publish jobs.' },
      { name: 'npm-package', description: 'NAME@VERSION of the published npm package.' },
      { name: 'npm-integrity', description: 'Integrity (sha512) of the published npm tarball, as the registry holds it.' },
      { name: 'npm-dist-tag', description: 'The dist-tag the npm version carries (latest; a prerelease its preid or next; a backport latest-X or latest-X.Y).' },
      { name: 'npm-tarball', description: 'phase candidate: path of the npm tarball to hand over to the publish job (candidate-npm).' },
      { name: 'release-url', description: 'URL of the GitHub release.' },
      { name: 'release-commit', description: 'The commit the tag points at.' },
    ],
  },
  {
    name: 'smoke',
    summary: 'Deploy every documented method (container, compose, manifests, chart, ToolHive) for real and prove each serves MCP: health, initialize, tools/list, a tool call.',
    usage: 'dot-ai-release smoke [--methods LIST] [--provider kind|cluster|docker] [--image REF[,REPOSITORY=REF...]] [--chart PATH] [--bearer-token-stdin] [--keep] [options]',
    options: [
      { name: 'methods', description: 'Methods to run, comma or newline separated (default: every documented method whose files exist: docker, compose, compose-prod, compose-dev, kubernetes, helm, helm-external-qdrant, helm-prod, toolhive).' },
      { name: 'provider', description: 'Where the Kubernetes methods run: kind (a cluster made for the run, or kind-cluster), cluster (the current kubeconfig context, own namespaces only), or docker (Docker methods only).', default: 'kind' },
      { name: 'image', description: "The release candidate: NAME@sha256:... (from the image step) or NAME:TAG, the server; the release's other images as REPOSITORY=REF (e.g. ghcr.io/vfarcic/dot-ai-agentic-tools=local/plugin:1.0), comma or newline separated, each deployed wherever a method names its repository; in the local Docker engine or pulled once (default: every configured image at the release version)." },
      { name: 'chart', description: 'The chart to install: a packaged .tgz (from the chart step) or a chart directory (default: the configured chart).' },
      { name: 'version', description: 'The release version the tool call must show (default: the release version).' },
      { name: 'keep', description: 'Leave every deployment (and the kind cluster) running for a look afterwards.', boolean: true, default: 'false' },
      { name: 'parallel', description: 'At most this many methods at once.', default: '3', range: RANGES.parallel },
      { name: 'timeout', description: 'Seconds each method may take to deploy and pass its probe.', default: '600', range: RANGES.methodTimeout },
      { name: 'diagnostics-dir', description: 'Where diagnostics are written, one folder per method (default: a new temporary directory).' },
      { name: 'kind-node-image', description: "kind's node image (default: kind's own)." },
      { name: 'kind-cluster', description: 'Reuse this kind cluster instead of creating one (it is not deleted).' },
      { name: 'kubeconfig', description: 'provider cluster: the kubeconfig (default: KUBECONFIG, else ~/.kube/config).' },
      { name: 'context', description: 'provider cluster: the context (default: the current one).' },
      { name: 'qdrant-image', description: 'Qdrant for the methods that need one beside them.', default: 'qdrant/qdrant:v1.15.5' },
      { name: 'probe-image', description: 'A Node.js image for the in-cluster probe pod.', default: 'node:24-slim' },
      { name: 'toolhive-charts', description: 'Where the ToolHive operator is installed from when the cluster runs none: oci://REGISTRY/PATH holding toolhive-operator-crds and toolhive-operator, or a directory holding operator-crds/ and operator/.', default: 'oci://ghcr.io/stacklok/toolhive' },
      { name: 'toolhive-version', description: 'Version of the ToolHive charts from oci:// (the version the ToolHive example is tested with).', default: '0.47.0' },
      { name: 'image-map', description: 'Images to substitute wherever a method names them, REPOSITORY=IMAGE, comma or newline separated (e.g. a mirror of qdrant/qdrant).' },
      { name: 'mcp-path', description: 'Where MCP is served: auto (/ then /mcp), / or /mcp.', default: 'auto' },
      { name: 'tool', description: 'Tool to call (default: version, when the server lists it).' },
      { name: 'tool-args', description: 'Arguments of the tool call, a JSON object.' },
      { name: 'expect', description: 'Text the tool result must contain (default: the release version).' },
      { name: 'expect-tools', description: 'Tools tools/list must include, comma separated.' },
      { name: 'bearer-token', description: 'A token the probes send to methods without a token of their own (auth: false), and the one deployed by methods with auth.token input (masked; methods otherwise get a token generated for the run).' },
      { name: 'bearer-token-stdin', description: 'Read that token from stdin (keeps it out of the process arguments).', boolean: true, cliOnly: true },
      { name: 'header', description: "Extra request headers for every probe, Name: value, one per line; sent only to the server's origin, values masked." },
    ],
    outputs: [
      { name: 'results', description: 'JSON: per method its status, seconds, probe results and the cause of a failure.' },
      { name: 'diagnostics-path', description: 'Folder with each failed method\'s diagnostics (upload it as an artifact).' },
    ],
  },
  {
    name: 'probe',
    summary: 'Probe a deployed MCP server: health, initialize, tools/list, a tool call and follow-up calls in one session; fails naming the cause.',
    usage: 'dot-ai-release probe URL [--health URL|PATH] [--mcp-path auto|/|/mcp] [--tool NAME --tool-args JSON --expect TEXT] [--expect-tools a,b] [--bearer-token-stdin | --header "Name: value"] [--timeout S]',
    positional: 'url',
    options: [
      { name: 'url', description: "The server's URL, e.g. https://dot-ai.example.com/ (on the CLI also the only argument)." },
      { name: 'health', description: 'Health URL, or a path on the server such as /healthz, checked until it answers 2xx (default: no health check).' },
      { name: 'mcp-path', description: "Where MCP is served: auto (the URL's own path when it has one, else / and then /mcp), or a path such as / or /mcp.", default: 'auto' },
      { name: 'tool', description: 'Tool to call. Default: version, when the server lists it.' },
      { name: 'tool-args', description: 'Arguments of the tool call, a JSON object.', default: '{}' },
      { name: 'expect', description: 'Text the tool result must contain; a version must appear whole. Default for the version tool: the release version of the repository at working-directory, when it has one.' },
      { name: 'expect-tools', description: 'Tools the server must list, comma separated (the list must not be empty in any case).' },
      { name: 'expect-server', description: 'The server name initialize must report.' },
      { name: 'follow-ups', description: 'Calls repeated in the same session after the tool call; through a Service with several replicas they prove session affinity.', default: '5', range: RANGES.followUps },
      { name: 'bearer-token', description: "Token for a server behind auth, sent as Authorization: Bearer only to the URL's origin (masked; never in the transcript)." },
      { name: 'bearer-token-stdin', description: 'Read the bearer token from stdin (keeps it out of the process arguments).', boolean: true, cliOnly: true },
      { name: 'header', description: "Extra request headers, Name: value, one per line; sent only to the URL's origin, values masked." },
      { name: 'timeout', description: 'Seconds the health check may take to pass, and each MCP step to answer.', default: '60', range: RANGES.probeTimeout },
    ],
    outputs: [{ name: 'result', description: 'The probe result as JSON: ok, cause, each stage with status and time, server, tools, the tool call, the transcript.' }],
  },
];

export function findCommand(name: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.name === name);
}

export function optionsOf(spec: CommandSpec): OptionSpec[] {
  return [...COMMON_OPTIONS, ...spec.options];
}
