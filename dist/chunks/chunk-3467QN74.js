import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  Artifacts,
  Skip,
  createdTimestamp,
  openRepository
} from "./chunk-4MIFV7TE.js";
import {
  MEDIA_TYPE,
  RegistryError,
  isIndexMediaType,
  parseManifestJson
} from "./chunk-EDL5QZO6.js";
import {
  registryCredentials
} from "./chunk-UEAZNNQA.js";
import {
  goArchitecture,
  localHost
} from "./chunk-H2SKQNUD.js";
import {
  Buildah,
  Docker,
  buildahBinary,
  dockerBinary
} from "./chunk-ZXSDCEXT.js";
import {
  expectedVersions
} from "./chunk-YLDWLXP3.js";
import {
  assertInsideRepo,
  booleanOption,
  boundedNumber,
  configOverrides,
  isLoopbackHost,
  isValidTag,
  listOption,
  loadConfig,
  normalizeReference,
  parseReleaseVersion,
  repositoryRoot,
  require_semver,
  resolveInRepo,
  stringOption,
  withDefaults
} from "./chunk-EPMUPLEO.js";
import {
  Git,
  exec
} from "./chunk-OOIETZWO.js";
import {
  UserError
} from "./chunk-IXRSKL5H.js";
import {
  __toESM
} from "./chunk-HANBNIMK.js";

// src/image/inputs.ts
import { existsSync as existsSync2, statSync } from "node:fs";
import path2 from "node:path";

// src/image/context.ts
var BUILDERS = ["auto", "buildx", "buildah", "docker"];
function fullRef(job, tag2) {
  return `${job.image}:${tag2}`;
}

// src/image/labels.ts
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
var OCI = "org.opencontainers.image";
function readJsonFile(file) {
  if (!existsSync(file)) return {};
  try {
    const parsed = JSON.parse(readFileSync(file, "utf8"));
    return typeof parsed === "object" && parsed !== null ? parsed : {};
  } catch {
    return {};
  }
}
function readPackageJson(config, context) {
  const file = config.packageJsons[0]?.file;
  const versioned = file ? readJsonFile(path.join(config.root, file)) : {};
  const own = context && path.resolve(context) !== path.resolve(config.root) ? readJsonFile(path.join(context, "package.json")) : {};
  const pick = (key) => own[key] !== void 0 && own[key] !== null ? own[key] : versioned[key];
  return { name: pick("name"), description: pick("description"), license: pick("license"), homepage: pick("homepage"), repository: pick("repository") };
}
function headCommit(root, env = process.env) {
  if (env.GITHUB_SHA && /^[0-9a-f]{40,64}$/i.test(env.GITHUB_SHA)) return env.GITHUB_SHA.toLowerCase();
  return new Git(root).headCommit();
}
function repoUrl(pkg) {
  const repo = pkg.repository;
  const url = typeof repo === "string" ? repo : typeof repo === "object" && repo && typeof repo.url === "string" ? repo.url : void 0;
  if (!url) return void 0;
  const github = /^github:(.+)$/.exec(url) ?? /^([\w.-]+\/[\w.-]+)$/.exec(url);
  if (github) return `https://github.com/${github[1]}`;
  return url.replace(/^git\+/, "").replace(/\.git$/, "").replace(/^git@github\.com:/, "https://github.com/");
}
function ociLabels(sources) {
  const env = sources.env ?? process.env;
  const pkg = readPackageJson(sources.config, sources.context);
  const repo = sources.config.repository;
  const server = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/$/, "");
  const source = repo ? `${server}/${repo.owner}/${repo.repo}` : repoUrl(pkg);
  const name = typeof pkg.name === "string" ? pkg.name.replace(/^@[^/]+\//, "") : sources.image.split("/").pop();
  const labels = {
    [`${OCI}.title`]: name,
    [`${OCI}.description`]: typeof pkg.description === "string" ? pkg.description : void 0,
    [`${OCI}.version`]: sources.version,
    [`${OCI}.revision`]: headCommit(sources.config.root, env),
    [`${OCI}.source`]: source,
    [`${OCI}.url`]: typeof pkg.homepage === "string" ? pkg.homepage : source,
    [`${OCI}.created`]: createdTimestamp(env, sources.now),
    [`${OCI}.licenses`]: typeof pkg.license === "string" ? pkg.license : void 0
  };
  return Object.fromEntries(Object.entries(labels).filter((e) => typeof e[1] === "string" && e[1] !== ""));
}

// src/image/platforms.ts
var KNOWN = {
  amd64: { variants: ["v2", "v3", "v4"] },
  arm64: { variants: ["v8"] },
  arm: { variants: ["v5", "v6", "v7"], defaultVariant: "v7" },
  "386": { variants: [] },
  ppc64le: { variants: [] },
  s390x: { variants: [] },
  riscv64: { variants: [] },
  mips64le: { variants: [] },
  loong64: { variants: [] }
};
var KNOWN_PLATFORMS = Object.keys(KNOWN).map((a) => `linux/${a}`);
function parsePlatform(value, what = "input platforms") {
  const parts = value.trim().split("/");
  const [os = "", architecture = "", variant] = parts;
  const known = KNOWN[architecture];
  if (parts.length < 2 || parts.length > 3 || os !== "linux" || !known || variant !== void 0 && !known.variants.includes(variant)) {
    throw new UserError(`${what}: ${JSON.stringify(value)} is not a known platform (expected os/arch[/variant], e.g. ${KNOWN_PLATFORMS.slice(0, 3).join(", ")}, linux/arm/v7)`);
  }
  const v = architecture === "arm64" && variant === "v8" ? void 0 : variant ?? known.defaultVariant;
  return { os, architecture, ...v ? { variant: v } : {}, id: [os, architecture, v].filter(Boolean).join("/") };
}
function parsePlatforms(values, what = "input platforms") {
  if (values.length === 0) throw new UserError(`${what}: no platform given`);
  const seen = /* @__PURE__ */ new Map();
  for (const value of values) {
    const platform = parsePlatform(value, what);
    if (!seen.has(platform.id)) seen.set(platform.id, platform);
  }
  return [...seen.values()];
}
function platformMatches(requested, found) {
  if (found.os !== requested.os || found.architecture !== requested.architecture) return false;
  const variant = found.variant ?? KNOWN[requested.architecture]?.defaultVariant;
  if (requested.architecture === "arm64") return (variant ?? "v8") === (requested.variant ?? "v8");
  return (variant ?? "") === (requested.variant ?? "");
}
function missingEmulation(platforms, host) {
  const native = (arch) => arch === host.architecture || host.architecture === "amd64" && arch === "386" || host.architecture === "arm64" && arch === "arm";
  return platforms.filter((p) => !native(p.architecture) && !host.emulates(p.architecture));
}

// src/image/tags.ts
var import_semver = __toESM(require_semver(), 1);
var MAX_TAG = 128;
function stableVersions(tags) {
  return tags.map((t) => t.startsWith("v") ? t.slice(1) : t).filter((t) => import_semver.default.valid(t) !== null && import_semver.default.prerelease(t) === null && !t.includes("+"));
}
function computeTags(input) {
  const v = import_semver.default.parse(input.version);
  if (!v || v.build.length > 0) throw new UserError(`input version: ${JSON.stringify(input.version)} is not a SemVer version without build metadata`);
  const tags = [v.version];
  const notes = [];
  let latest = false;
  if (v.prerelease.length > 0) {
    notes.push(`${v.version} is a prerelease: only its own tag (no ${v.major}.${v.minor}, ${v.major}, latest)`);
  } else {
    const others = stableVersions(input.existingTags).filter((t) => t !== v.version);
    const higher = (filter) => others.map((o) => new import_semver.default.SemVer(o)).filter((o) => filter(o) && import_semver.default.gt(o, v)).sort(import_semver.default.rcompare)[0]?.version;
    const moving = [
      [`${v.major}.${v.minor}`, higher((o) => o.major === v.major && o.minor === v.minor)],
      [`${v.major}`, higher((o) => o.major === v.major)],
      ["latest", higher(() => true)]
    ];
    for (const [tag2, above] of moving) {
      if (tag2 === "0") {
        notes.push('no "0" tag: 0.x versions promise no compatibility');
      } else if (above) {
        notes.push(`not moving ${tag2}: ${above} is already in the registry and is higher`);
      } else {
        tags.push(tag2);
        if (tag2 === "latest") latest = true;
      }
    }
  }
  if (input.sha) {
    const short = input.sha.toLowerCase().replace(/[^0-9a-f]/g, "").slice(0, 7);
    if (short.length < 7) throw new UserError(`commit ${JSON.stringify(input.sha)}: not a git commit hash (for the sha- tag)`);
    tags.push(`sha-${short}`);
  }
  for (const tag2 of validateExtraTags(input.extra ?? [])) {
    if (tag2 === "latest" && !latest) notes.push("latest set by input tags");
    if (tag2 === "latest") latest = true;
    tags.push(tag2);
  }
  return { tags: [...new Set(tags)], latest, notes };
}
function validateExtraTags(tags) {
  for (const tag2 of tags) {
    if (!isValidTag(tag2)) {
      throw new UserError(`input tags: ${JSON.stringify(tag2)} is not a valid tag (letters, digits, _ . -; starts with a letter, digit or _; at most ${MAX_TAG} characters)`);
    }
  }
  return tags;
}

// src/image/inputs.ts
function parseBuildArgs(value, what = "input build-args") {
  if (!value) return [];
  const entries = value.includes("\n") ? value.split(/\r?\n/) : value.split(",");
  return entries.map((e) => e.trim()).filter(Boolean).map((entry) => {
    const eq = entry.indexOf("=");
    const name = eq > 0 ? entry.slice(0, eq) : "";
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new UserError(`${what}: ${JSON.stringify(entry)} must be NAME=VALUE`);
    return [name, entry.slice(eq + 1)];
  });
}
async function parseInputs(raw, reporter, overrides = {}) {
  const options = withDefaults("image", raw);
  const root = repositoryRoot(options);
  const config = overrides.config ?? loadConfig(root, configOverrides(options));
  if (!overrides.config) for (const notice of config.notices) reporter.warning(notice);
  const imageInput = overrides.image ?? stringOption(options, "image") ?? config.images[0]?.name;
  if (!imageInput) throw new UserError("input image: required (no GITHUB_REPOSITORY or git remote to derive ghcr.io/<owner>/<repo>)");
  let normalized;
  try {
    normalized = normalizeReference(imageInput);
  } catch (err) {
    throw new UserError(`input image: ${err.message}`);
  }
  const { reference } = normalized;
  if (reference.tag !== void 0 || reference.digest !== void 0) throw new UserError(`input image: ${JSON.stringify(imageInput)} carries a tag or digest; give the repository only (tags come from the version)`);
  if (normalized.notice) reporter.warning(`input image: ${normalized.notice}`);
  const image = `${reference.registry}/${reference.repository}`;
  const platforms = parsePlatforms(listOption(options, "platforms") ?? []);
  const contextInput = stringOption(options, "context") ?? ".";
  const contextDir = resolveInRepo(root, contextInput, "input context");
  assertInsideRepo(root, contextDir, "input context");
  if (!existsSync2(contextDir) || !statSync(contextDir).isDirectory()) throw new UserError(`input context: ${contextInput} is not a directory`);
  const dockerfileInput = stringOption(options, "dockerfile");
  const dockerfile = dockerfileInput ? resolveInRepo(root, dockerfileInput, "input dockerfile") : path2.join(contextDir, "Dockerfile");
  assertInsideRepo(root, dockerfile, "input dockerfile");
  if (!existsSync2(dockerfile) || !statSync(dockerfile).isFile()) throw new UserError(`input dockerfile: ${path2.relative(root, dockerfile) || dockerfile} not found`);
  const buildArgs = parseBuildArgs(stringOption(options, "build-args"));
  const versionInput = overrides.version ?? stringOption(options, "version");
  const version = parseReleaseVersion(versionInput ?? expectedVersions(config).app, versionInput ? "input version" : `${config.versionSource.file}: ${config.versionSource.field}`);
  const extraTags = validateExtraTags(listOption(options, "tags") ?? []);
  const shaTag = booleanOption(options, "sha-tag");
  const sha = shaTag ? headCommit(root) : void 0;
  if (shaTag && !sha) throw new UserError("input sha-tag: no commit to name (no GITHUB_SHA and not a git checkout)");
  const requestedBuilder = stringOption(options, "builder") ?? "auto";
  if (!BUILDERS.includes(requestedBuilder)) throw new UserError(`input builder: ${JSON.stringify(requestedBuilder)} is not one of ${BUILDERS.join(", ")}`);
  const load = booleanOption(options, "load");
  const push2 = booleanOption(options, "push") && !booleanOption(options, "dry-run");
  const output = overrides.output ?? (load ? "load" : push2 ? "push" : "none");
  if (output === "load" && platforms.length > 1) throw new UserError(`input load: the local Docker engine holds one platform, but platforms lists ${platforms.map((p) => p.id).join(", ")}`);
  const verifyTimeoutMs = (boundedNumber(options, "image", "verify-timeout") ?? 180) * 1e3;
  const credentials = overrides.credentials === null ? void 0 : overrides.credentials ?? await registryCredentials(options, reporter);
  if (output === "push" && overrides.credentials !== null && !credentials && !isLoopbackHost(reference.registry)) {
    throw new UserError(`input password: pushing to ${reference.registry} needs credentials (username and password, or --password-stdin on the CLI); nothing was built or pushed`);
  }
  const host = overrides.host ?? localHost();
  const missing = missingEmulation(platforms, host);
  if (missing.length) {
    throw new UserError(`input platforms: ${missing.map((p) => p.id).join(", ")} cannot run on this linux/${host.architecture} machine without QEMU (binfmt_misc has no handler), so it would fail with "exec format error"; on GitHub add docker/setup-qemu-action, on Debian apt-get install qemu-user-static binfmt-support`);
  }
  return {
    root,
    image,
    registry: reference.registry,
    repository: reference.repository,
    context: contextDir,
    dockerfile,
    platforms,
    buildArgs,
    version,
    extraTags,
    sha,
    labels: ociLabels({ config, version, image, context: contextDir }),
    requestedBuilder,
    output,
    cache: booleanOption(options, "cache"),
    provenance: booleanOption(options, "provenance"),
    sbom: booleanOption(options, "sbom"),
    plainHttp: booleanOption(options, "plain-http"),
    credentials,
    verify: overrides.verify ?? booleanOption(options, "verify"),
    verifyTimeoutMs
  };
}

// src/image/build.ts
import { mkdtempSync as mkdtempSync2, readFileSync as readFileSync3 } from "node:fs";
import { tmpdir as tmpdir2 } from "node:os";
import path4 from "node:path";

// src/tools/buildx.ts
import { mkdtempSync, readFileSync as readFileSync2, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path3 from "node:path";
function ghaCacheAvailable(env = process.env) {
  return Boolean(env.ACTIONS_RUNTIME_TOKEN && (env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL));
}
function buildxArgs(b, env = process.env) {
  const index = b.platforms.length > 1 || b.provenance || b.sbom;
  const args = ["buildx", "build", "--platform", b.platforms.join(","), "--file", b.dockerfile];
  for (const [k, v] of b.buildArgs) args.push("--build-arg", `${k}=${v}`);
  for (const [k, v] of Object.entries(b.labels)) args.push("--label", `${k}=${v}`);
  if (b.output === "push" || b.output === "push-by-digest") for (const [k, v] of Object.entries(b.annotations)) args.push("--annotation", `${index ? "index" : "manifest"}:${k}=${v}`);
  if (b.output === "push-by-digest") {
    args.push("--output", `type=image,name=${b.tags[0]},push-by-digest=true,name-canonical=true,push=true`);
  } else {
    for (const tag2 of b.tags) args.push("--tag", tag2);
    if (b.output !== "none") args.push(b.output === "push" ? "--push" : "--load");
  }
  args.push(`--provenance=${b.provenance ? "mode=max" : "false"}`, `--sbom=${b.sbom ? "true" : "false"}`);
  if (!b.cache) args.push("--no-cache");
  else if (ghaCacheAvailable(env)) args.push("--cache-from", `type=gha,scope=${b.cacheScope}`, "--cache-to", `type=gha,mode=max,scope=${b.cacheScope}`);
  args.push("--metadata-file", b.metadataFile, b.context);
  return args;
}
function failedPlatforms(stderr, platforms) {
  const named = new Set([...stderr.matchAll(/^\s*> \[([a-z0-9]+\/[a-z0-9]+(?:\/v\d+)?) [^\]]*\]/gm)].map((m) => m[1]));
  return platforms.filter((p) => named.has(p));
}
async function buildxBuild(bin, b, env) {
  const dir = mkdtempSync(path3.join(tmpdir(), "dot-ai-release-buildx-"));
  const metadataFile = path3.join(dir, "metadata.json");
  try {
    const what = `docker buildx build (${b.platforms.join(", ")})`;
    const result = await exec(bin, buildxArgs({ ...b, metadataFile }, env), { env });
    if (result.code !== 0) {
      const detail = (result.stderr || result.stdout).trim().split("\n").slice(-5).join(" | ");
      const failed = failedPlatforms(result.stderr, b.platforms);
      const error = `${what} failed (exit ${result.code}): ${detail}`;
      throw new UserError(failed.length ? `platform ${failed.join(", ")}: the build failed, nothing was pushed: ${error}` : error);
    }
    const metadata = JSON.parse(readFileSync2(metadataFile, "utf8"));
    const digest = metadata["containerimage.digest"];
    if ((b.output === "push" || b.output === "push-by-digest") && typeof digest !== "string") throw new UserError("docker buildx build: no containerimage.digest in its metadata file");
    return typeof digest === "string" ? digest : void 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// src/image/build.ts
async function buildImage(ctx) {
  if (ctx.builder === "buildx") await buildWithBuildx(ctx);
  else if (ctx.builder === "buildah") await buildWithBuildah(ctx);
  else await buildWithDocker(ctx);
}
async function buildWithBuildx(ctx) {
  const { job } = ctx;
  const tags = ctx.artifacts.get("tags", "build").tags;
  const digest = await buildxBuild(ctx.docker.bin, {
    platforms: job.platforms.map((p) => p.id),
    context: job.context,
    dockerfile: job.dockerfile,
    buildArgs: job.buildArgs,
    labels: job.labels,
    annotations: job.labels,
    tags: job.output === "push" ? [fullRef(job, tags[0])] : tags.map((t) => fullRef(job, t)),
    output: job.output,
    cache: job.cache,
    cacheScope: job.image,
    provenance: job.provenance,
    sbom: job.sbom
  }, ctx.docker.env);
  if (digest) ctx.artifacts.set("digest", digest, "build");
}
async function buildWithBuildah(ctx) {
  const { job } = ctx;
  const tags = ctx.artifacts.get("tags", "build").tags;
  const list = `dot-ai-release-${process.pid}-${Date.now()}`;
  ctx.artifacts.set("built", list, "build");
  ctx.cleanup.add({ kind: "buildah-manifest", name: list });
  const authfile = ctx.creds.writeAuthFile(job.registry, job.credentials);
  const iidDir = mkdtempSync2(path4.join(tmpdir2(), "dot-ai-release-iid-"));
  ctx.cleanup.add({ kind: "directory", path: iidDir });
  const images = [];
  for (const [i, platform] of job.platforms.entries()) {
    const started = performance.now();
    const iidfile = path4.join(iidDir, `iid-${i}`);
    try {
      await ctx.buildah.build({
        platform: platform.id,
        manifest: list,
        context: job.context,
        dockerfile: job.dockerfile,
        buildArgs: job.buildArgs,
        labels: job.labels,
        cache: job.cache,
        authfile,
        tlsVerify: !job.plainHttp,
        iidfile
      });
    } catch (err) {
      throw new UserError(`platform ${platform.id}: the build failed, nothing was pushed: ${err.message}`);
    }
    const id = readFileSync3(iidfile, "utf8").trim();
    images.push(id);
    ctx.cleanup.add({ kind: "buildah-image", id });
    ctx.reporter.info(`built ${platform.id} (${((performance.now() - started) / 1e3).toFixed(1)} s)`);
  }
  const [image] = images;
  const [first, ...more] = tags;
  if (job.output === "load" && image && first) {
    const archive = path4.join(iidDir, "image.tar");
    await ctx.buildah.saveDockerArchive(image, fullRef(job, first), archive);
    await ctx.docker.load(archive);
    for (const tag2 of more) await ctx.docker.tag(fullRef(job, first), fullRef(job, tag2));
  }
}
async function buildWithDocker(ctx) {
  const { job } = ctx;
  const tags = ctx.artifacts.get("tags", "build").tags;
  const env = { ...ctx.docker.env };
  const buildx = await ctx.docker.buildxVersion();
  if (env.DOCKER_BUILDKIT === void 0 && !buildx) {
    env.DOCKER_BUILDKIT = "0";
    ctx.reporter.info("docker build with the classic builder (DOCKER_BUILDKIT=0): no buildx plugin for BuildKit");
  }
  const load = Boolean(buildx) && !["0", "false"].includes(env.DOCKER_BUILDKIT ?? "");
  const [platform] = job.platforms;
  const args = [
    "--file",
    job.dockerfile,
    ...platform.architecture === goArchitecture() ? [] : ["--platform", platform.id],
    ...job.cache ? [] : ["--no-cache"],
    ...load ? ["--load"] : [],
    ...job.buildArgs.flatMap(([k, v]) => ["--build-arg", `${k}=${v}`]),
    ...Object.entries(job.labels).flatMap(([k, v]) => ["--label", `${k}=${v}`]),
    ...(job.output === "push" ? [tags[0]] : tags).flatMap((t) => ["--tag", fullRef(job, t)]),
    job.context
  ];
  try {
    await ctx.docker.build(args, env);
  } catch (err) {
    throw new UserError(`platform ${platform.id}: the build failed, nothing was pushed: ${err.message}`);
  }
  ctx.artifacts.set("built", fullRef(job, tags[0]), "build");
}
async function pushImage(ctx, ref) {
  const { job } = ctx;
  let digest;
  if (ctx.builder === "buildah") {
    const digestfile = path4.join(ctx.creds.dir, "digest");
    const authfile = ctx.creds.writeAuthFile(job.registry, job.credentials);
    digest = await ctx.buildah.manifestPush(ctx.artifacts.get("built", "push"), ref, { authfile, tlsVerify: !job.plainHttp, digestfile });
    const { bytes, descriptor } = await ctx.target.fetchManifest(digest);
    if (descriptor.mediaType === MEDIA_TYPE.ociIndex) {
      const index = JSON.parse(Buffer.from(bytes).toString("utf8"));
      index.annotations = { ...index.annotations, ...job.labels };
      const annotated = await ctx.target.pushManifest(new TextEncoder().encode(JSON.stringify(index)), descriptor.mediaType, ctx.artifacts.get("tags", "push").tags[0]);
      digest = annotated.digest;
    } else {
      ctx.reporter.warning(`${ref} is a ${descriptor.mediaType} (no annotations possible); labels are on each image`);
    }
  } else {
    digest = await ctx.docker.push(ref);
  }
  return digest;
}

// src/image/builder-choice.ts
async function chooseBuilder(requested, platforms, docker, buildah, pushByDigest = false) {
  if (!BUILDERS.includes(requested)) throw new UserError(`input builder: ${JSON.stringify(requested)} is not one of ${BUILDERS.join(", ")}`);
  const multi = platforms.length > 1;
  const dockerOnlyOne = () => new UserError(`input builder: docker builds one platform, but platforms lists ${platforms.length} (${platforms.map((p) => p.id).join(", ")}); use buildx or buildah, or one platform`);
  const buildxCannot = async () => {
    const { name, driver, platforms: listed, containerdStore } = await docker.buildxDriver();
    if (multi && driver === "docker" && !containerdStore) {
      return `the current buildx builder uses the docker driver, which builds one platform (docker/setup-buildx-action creates a docker-container builder that builds several)`;
    }
    if (pushByDigest && driver === "docker" && !containerdStore) {
      return `the current buildx builder uses the docker driver, which cannot push an image by digest without a tag, as a release candidate is (docker/setup-buildx-action creates a docker-container builder that can)`;
    }
    if (listed.length === 0) return void 0;
    const supported = listed.flatMap((id) => {
      try {
        return [parsePlatform(id)];
      } catch {
        return [];
      }
    });
    const missing = platforms.filter((p) => !supported.some((s) => platformMatches(p, s)));
    return missing.length ? `the current buildx builder ${name} (${driver} driver) cannot build ${missing.map((p) => p.id).join(", ")}: it lists ${listed.join(", ")} (on GitHub: docker/setup-qemu-action before docker/setup-buildx-action)` : void 0;
  };
  if (requested === "buildx") {
    const v = await docker.buildxVersion();
    if (!v) throw new UserError("input builder: buildx is not installed (on GitHub: docker/setup-buildx-action)");
    const cannot = await buildxCannot();
    if (cannot) throw new UserError(`input builder: ${cannot}`);
    return { builder: "buildx", detail: v };
  }
  if (requested === "buildah") {
    const v = await buildah.version();
    if (!v) throw new UserError(`input builder: buildah (${buildah.bin}) is not installed (apt-get install buildah)`);
    return { builder: "buildah", detail: `buildah ${v}` };
  }
  if (requested === "docker") {
    if (multi) throw dockerOnlyOne();
    return { builder: "docker", detail: "docker build" };
  }
  const bx = await docker.buildxVersion();
  const bxCannot = bx ? await buildxCannot() : void 0;
  if (bx && !bxCannot) return { builder: "buildx", detail: `${bx} (auto)` };
  const bh = await buildah.version();
  if (bh) return { builder: "buildah", detail: `buildah ${bh} (auto: ${bxCannot ?? "no buildx"})` };
  if (bxCannot) throw new UserError(`input platforms: ${platforms.map((p) => p.id).join(", ")}: ${bxCannot}, and buildah is not installed`);
  if (multi) throw new UserError(`input platforms: ${platforms.map((p) => p.id).join(", ")} needs buildx or buildah, and neither is installed (the docker builder builds one platform)`);
  return { builder: "docker", detail: "docker build (auto: no buildx, no buildah)" };
}

// src/image/credentials.ts
import { chmodSync, existsSync as existsSync3, mkdirSync, mkdtempSync as mkdtempSync3, symlinkSync, writeFileSync } from "node:fs";
import { homedir, tmpdir as tmpdir3 } from "node:os";
import path5 from "node:path";
function authKey(registry) {
  return registry === "docker.io" || registry === "index.docker.io" || registry === "registry-1.docker.io" ? "https://index.docker.io/v1/" : registry;
}
var CredentialsDir = class {
  dir;
  env;
  constructor(prefix = "dot-ai-release-auth-") {
    this.dir = mkdtempSync3(path5.join(tmpdir3(), prefix));
    chmodSync(this.dir, 448);
  }
  /**
   * An auth file in the containers-auth.json format (Docker's config.json `auths`), written 0600:
   * what `buildah --authfile` reads. The password never reaches an argument.
   */
  writeAuthFile(registry, credentials) {
    const file = path5.join(this.dir, "auth.json");
    const auths = credentials ? { [authKey(registry)]: { auth: Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64") } } : {};
    writeFileSync(file, `${JSON.stringify({ auths }, null, 2)}
`, { mode: 384 });
    return file;
  }
  /**
   * The environment for docker with a config directory of our own (DOCKER_CONFIG, filled by
   * `docker login --password-stdin`), that still finds the user's CLI plugins and buildx builders
   * (BUILDX_CONFIG), so a builder made by docker/setup-buildx-action keeps working.
   */
  dockerEnv(env = process.env) {
    if (!this.env) {
      const original = env.DOCKER_CONFIG || path5.join(homedir(), ".docker");
      const dir = path5.join(this.dir, "docker");
      mkdirSync(dir, { mode: 448 });
      writeFileSync(path5.join(dir, "config.json"), '{"auths":{}}\n', { mode: 384 });
      if (existsSync3(path5.join(original, "cli-plugins"))) symlinkSync(path5.join(original, "cli-plugins"), path5.join(dir, "cli-plugins"));
      this.env = { ...env, DOCKER_CONFIG: dir, BUILDX_CONFIG: env.BUILDX_CONFIG || path5.join(original, "buildx") };
    }
    return this.env;
  }
};

// src/image/verify.ts
function isAttestation(d) {
  return d.annotations?.["vnd.docker.reference.type"] === "attestation-manifest" || d.platform?.os === "unknown" && d.platform.architecture === "unknown";
}
async function checkIndex(target, tag2, platforms) {
  const { descriptor, bytes } = await target.fetchManifest(tag2);
  const json = parseManifestJson(bytes);
  if (isIndexMediaType(descriptor.mediaType) || Array.isArray(json.manifests)) {
    const entries = json.manifests ?? [];
    const runnable = entries.filter((d) => !isAttestation(d));
    const images = platforms.map((platform2) => {
      const found = runnable.find((d) => d.platform && platformMatches(platform2, d.platform));
      if (!found) {
        const listed = runnable.map((d) => [d.platform?.os, d.platform?.architecture, d.platform?.variant].filter(Boolean).join("/")).join(", ") || "none";
        throw new UserError(`platform ${platform2.id}: ${target.name}:${tag2} has no image for it (the index lists ${listed})`);
      }
      return { platform: platform2, digest: found.digest };
    });
    return { digest: descriptor.digest, mediaType: descriptor.mediaType, images, attestations: entries.length - runnable.length };
  }
  if (platforms.length !== 1 || !json.config) {
    throw new UserError(`${target.name}:${tag2} is a single image, not an index of ${platforms.map((p) => p.id).join(", ")}`);
  }
  const config = JSON.parse(Buffer.from(await target.fetchBlob(json.config.digest, json.config.size)).toString("utf8"));
  const [platform] = platforms;
  if (!platformMatches(platform, config)) {
    throw new UserError(`platform ${platform.id}: ${target.name}:${tag2} holds a ${config.os}/${config.architecture} image`);
  }
  return { digest: descriptor.digest, mediaType: descriptor.mediaType, images: [{ platform, digest: descriptor.digest }], attestations: 0 };
}
var NO_HEALTHCHECK_MS = 5e3;
var EMULATED_HEALTH_TIMEOUT_S = 30;
async function startAndWait(docker, ref, platform, timeoutMs, warn) {
  const started = performance.now();
  const emulated = platform.split("/")[1] !== goArchitecture();
  const id = await docker.runDetached(ref, platform, { "dot-ai-release.verify": "true" }, emulated ? EMULATED_HEALTH_TIMEOUT_S : void 0);
  try {
    for (; ; ) {
      const state = await docker.state(id);
      const elapsed = performance.now() - started;
      const health = state.Health?.Status;
      if (health === "healthy") return { platform, status: "healthy", ms: Math.round(elapsed) };
      let failure;
      if (state.Status === "exited" || state.Status === "dead") failure = `exited with code ${state.ExitCode}`;
      else if (health === "unhealthy") failure = `is unhealthy (last probe: ${state.Health?.Log?.at(-1)?.Output.trim().split("\n").slice(-2).join(" ") || `exit ${state.Health?.Log?.at(-1)?.ExitCode ?? "?"}`})`;
      else if (health === void 0 && elapsed >= NO_HEALTHCHECK_MS) return { platform, status: "running", ms: Math.round(elapsed) };
      else if (elapsed > timeoutMs) failure = `is still "${health ?? state.Status}" after ${Math.round(timeoutMs / 1e3)} s`;
      if (failure) {
        const logs = (await docker.logs(id)).split("\n").slice(-5).join(" | ");
        throw new UserError(`platform ${platform}: ${ref} does not start: the container ${failure}${logs ? `; last log lines: ${logs}` : ""}`);
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  } finally {
    await docker.removeContainer(id).catch((error) => warn(`not removed: ${error.message}`));
  }
}
async function startPlatforms(ctx, index) {
  const started = [];
  for (const { platform, digest } of index.images) {
    const ref = `${ctx.job.image}@${digest}`;
    await ctx.docker.pull(ref, platform.id);
    ctx.cleanup.add({ kind: "docker-image", ref });
    const result = await startAndWait(ctx.docker, ref, platform.id, ctx.job.verifyTimeoutMs, (line) => ctx.reporter.warning(line));
    started.push(result);
    ctx.reporter.info(`${platform.id}: ${ref} is ${result.status} after ${(result.ms / 1e3).toFixed(1)} s${result.status === "running" ? " (no HEALTHCHECK: checked only that it keeps running)" : ""}`);
  }
  return started;
}

// src/image/pipeline.ts
async function existingTags(ctx) {
  try {
    return await ctx.target.listTags();
  } catch (err) {
    if (err instanceof RegistryError && err.kind === "not-found") return [];
    throw err;
  }
}
var resolve = {
  name: "resolve",
  async run(ctx) {
    const { job } = ctx;
    const existing = job.output === "push" ? await existingTags(ctx) : [];
    const computed = computeTags({ version: job.version, existingTags: existing, sha: job.sha, extra: job.extraTags });
    ctx.artifacts.set("tags", computed, "resolve");
    for (const note of computed.notes) ctx.reporter.info(note);
    ctx.reporter.info(`tags: ${computed.tags.join(", ")}${job.output === "push" ? ` (the registry holds ${existing.length} tags)` : " (not pushing: latest decided without the registry)"}`);
  }
};
var build = {
  name: "build",
  async run(ctx) {
    await buildImage(ctx);
  }
};
var push = {
  name: "push",
  async run(ctx) {
    const { job } = ctx;
    if (job.output === "load") return new Skip("load: the image was loaded into the local Docker engine, nothing is pushed");
    if (job.output === "none") return new Skip("dry run: built, nothing is pushed");
    const ref = fullRef(job, ctx.artifacts.get("tags", "push").tags[0]);
    if (ctx.builder === "buildx") return new Skip(`buildx pushed ${ref} while building (${ctx.artifacts.get("digest", "push")})`);
    const digest = await pushImage(ctx, ref);
    ctx.artifacts.set("digest", digest, "push");
    ctx.reporter.info(`pushed ${ref}@${digest}`);
  }
};
var verify = {
  name: "verify",
  async run(ctx) {
    const { job, artifacts } = ctx;
    if (!job.verify) return new Skip("input verify is false");
    if (job.output === "none") return new Skip("dry run: nothing was pushed or loaded to start");
    const tag2 = artifacts.get("tags", "verify").tags[0];
    if (job.output === "load") {
      const ref = fullRef(job, tag2);
      const [platform] = job.platforms;
      const result = await startAndWait(ctx.docker, ref, platform.id, job.verifyTimeoutMs, (line) => ctx.reporter.warning(line));
      ctx.started.push(result);
      ctx.reporter.info(`${platform.id}: ${ref} is ${result.status} after ${(result.ms / 1e3).toFixed(1)} s`);
      return;
    }
    const index = await checkIndex(ctx.target, tag2, job.platforms);
    artifacts.set("index", index, "verify");
    const digest = artifacts.get("digest", "verify");
    if (index.digest !== digest) throw new UserError(`${job.image}:${tag2} resolves to ${index.digest}, not the pushed ${digest}`);
    ctx.reporter.info(`${job.image}:${tag2} lists ${index.images.map((i) => i.platform.id).join(", ")}${index.attestations ? ` (+${index.attestations} attestation manifests, set aside)` : ""}`);
    ctx.started.push(...await startPlatforms(ctx, index));
  }
};
var tag = {
  name: "tag",
  async run(ctx) {
    const { job, artifacts } = ctx;
    const tags = artifacts.get("tags", "tag").tags;
    const rest = tags.slice(1);
    if (job.output === "load") return new Skip(`load: tagged locally as ${tags.join(", ")}`);
    if (job.output === "none") return new Skip("dry run: nothing was pushed");
    if (rest.length === 0) return new Skip(`${tags[0]} is the only tag`);
    const digest = artifacts.get("digest", "tag");
    for (const t of rest) {
      await ctx.target.tag(digest, t);
      const resolved = (await ctx.target.resolve(t)).digest;
      if (resolved !== digest) throw new UserError(`${job.image}:${t} resolves to ${resolved} after tagging, not ${digest}`);
    }
    ctx.reporter.info(`tagged ${job.image}@${digest} as ${rest.join(", ")}`);
  }
};
var IMAGE_STEPS = [resolve, build, push, verify, tag];
async function imageContext(job, reporter, registry, candidate = false) {
  const creds = new CredentialsDir();
  const cleanup = registry.child("image");
  cleanup.add({ kind: "directory", path: creds.dir });
  try {
    const baseDocker = new Docker(dockerBinary());
    const buildah = new Buildah(buildahBinary());
    const { builder, detail } = await chooseBuilder(job.requestedBuilder, job.platforms, baseDocker, buildah, candidate);
    const needsDocker = builder !== "buildah" || job.output === "load" || job.output === "push" && job.verify;
    if (needsDocker && !await baseDocker.serverVersion()) {
      throw new UserError(`the Docker engine does not answer (${baseDocker.bin}): it is needed to ${builder === "buildah" ? "start each platform (set verify to false to skip that)" : "build"}`);
    }
    const docker = baseDocker.withEnv(creds.dockerEnv());
    if (job.credentials && (builder !== "buildah" || job.output === "push")) await docker.login(job.registry, job.credentials.username, job.credentials.password);
    const how = job.output === "push" ? `push to ${job.registry}` : job.output === "load" ? "load into the local Docker engine" : "dry run: build only";
    reporter.info(`image ${job.image} ${job.version} for ${job.platforms.map((p) => p.id).join(", ")} with ${detail}, ${how}`);
    return {
      job,
      reporter,
      builder,
      creds,
      docker,
      buildah,
      target: openRepository(job.registry, job.repository, { credentials: job.credentials, plainHttp: job.plainHttp || void 0 }),
      artifacts: new Artifacts(),
      started: [],
      cleanup
    };
  } catch (err) {
    await cleanup.runAll();
    throw err;
  }
}
async function disposeImageContext(ctx) {
  return ctx.cleanup.runAll();
}

export {
  OCI,
  computeTags,
  parseBuildArgs,
  parseInputs,
  buildxBuild,
  buildImage,
  checkIndex,
  startAndWait,
  startPlatforms,
  IMAGE_STEPS,
  imageContext,
  disposeImageContext
};
