import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MEDIA_TYPE,
  RegistryClient,
  RegistryRepository,
  declaredMediaType,
  manifestReferences,
  toBlobSource
} from "./chunk-EDL5QZO6.js";
import {
  Sha256Accumulator,
  assertSha256Digest,
  assertValidTag,
  isDigest,
  sha256Digest,
  verifyDigest
} from "./chunk-EPMUPLEO.js";
import {
  UserError
} from "./chunk-IXRSKL5H.js";

// src/oci/layout.ts
import { randomBytes } from "node:crypto";
import { lstat, mkdir, open, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve as resolvePath } from "node:path";
var REF_NAME_ANNOTATION = "org.opencontainers.image.ref.name";
var LAYOUT_FILE_CONTENT = JSON.stringify({ imageLayoutVersion: "1.0.0" });
var MAX_INDEX_BYTES = 16 * 1024 * 1024;
var READ_CHUNK = 4 * 1024 * 1024;
var LayoutError = class extends UserError {
  /** The layout, tag or blob does not exist (as a registry's 404): callers may treat it as "absent". */
  constructor(message, notFound = false) {
    super(message);
    this.notFound = notFound;
  }
  notFound;
  name = "LayoutError";
};
async function exists(path) {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
async function writeAtomic(path, data) {
  const temp = `${path}.tmp-${randomBytes(6).toString("hex")}`;
  await writeFile(temp, data);
  await rename(temp, path);
}
var OciLayoutTarget = class {
  path;
  name;
  /** Serialises index.json read-modify-write cycles within this process. */
  indexLock = Promise.resolve();
  constructor(path) {
    this.path = resolvePath(path);
    this.name = `oci-layout://${this.path}`;
  }
  blobPath(digest) {
    assertSha256Digest(digest);
    const [algorithm, hex] = digest.split(":");
    return join(this.path, "blobs", algorithm, hex);
  }
  /**
   * A layout we write holds no symlinks: one planted at `blobs`, `blobs/sha256`, `index.json` or
   * `oci-layout` would send our writes outside the directory the user named.
   */
  async assertNoSymlinks() {
    for (const entry of ["blobs", join("blobs", "sha256"), "index.json", "oci-layout"]) {
      const info = await lstat(join(this.path, entry)).catch(() => void 0);
      if (info?.isSymbolicLink()) throw new LayoutError(`${this.name}: ${entry} is a symlink; refusing to write through it`);
    }
  }
  /** Create `oci-layout`, an empty `index.json` and `blobs/sha256` when missing. */
  async init() {
    await this.assertNoSymlinks();
    await mkdir(join(this.path, "blobs", "sha256"), { recursive: true });
    const layoutFile = join(this.path, "oci-layout");
    if (!await exists(layoutFile)) await writeAtomic(layoutFile, LAYOUT_FILE_CONTENT);
    const indexFile = join(this.path, "index.json");
    if (!await exists(indexFile)) {
      await writeAtomic(indexFile, JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPE.ociIndex, manifests: [] }));
    }
  }
  async readIndex() {
    const file = join(this.path, "index.json");
    const info = await stat(file).catch(() => void 0);
    if (!info) throw new LayoutError(`${this.name} is not an OCI image layout: ${file} is missing`, true);
    if (!info.isFile()) throw new LayoutError(`${this.name}: ${file} is not a regular file`);
    if (info.size > MAX_INDEX_BYTES) throw new LayoutError(`${this.name}: ${file} is ${info.size} bytes, over the ${MAX_INDEX_BYTES / (1024 * 1024)} MiB an index may have`);
    const text = await readFile(file, "utf8");
    let parsed;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new LayoutError(`${this.name}: ${file} is not JSON`);
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new LayoutError(`${this.name}: ${file} is not a JSON object`);
    return { ...parsed, schemaVersion: 2, mediaType: parsed.mediaType ?? MEDIA_TYPE.ociIndex, manifests: Array.isArray(parsed.manifests) ? parsed.manifests : [] };
  }
  async updateIndex(change) {
    const run = this.indexLock.then(async () => {
      await this.init();
      const index = await this.readIndex();
      change(index);
      await writeAtomic(join(this.path, "index.json"), JSON.stringify(index, null, 2));
    });
    this.indexLock = run.catch(() => void 0);
    await run;
  }
  async resolve(reference) {
    const index = await this.readIndex();
    if (isDigest(reference)) {
      const listed = index.manifests.find((m) => m.digest === reference);
      if (listed) return stripRefName(listed);
      const bytes = await this.fetchBlob(reference);
      return { mediaType: declaredMediaType(bytes) ?? MEDIA_TYPE.ociManifest, digest: reference, size: bytes.byteLength };
    }
    const tagged = index.manifests.filter((m) => m.annotations?.[REF_NAME_ANNOTATION] === reference);
    const found = tagged.at(-1);
    if (!found) throw new LayoutError(`tag "${reference}" not found in ${this.name}`, true);
    return stripRefName(found);
  }
  async fetchManifest(reference) {
    const descriptor = await this.resolve(reference);
    const bytes = await this.fetchBlob(descriptor.digest);
    return { descriptor: { ...descriptor, size: bytes.byteLength }, bytes };
  }
  async blobExists(digest) {
    return exists(this.blobPath(digest));
  }
  async fetchBlob(digest, size) {
    const file = this.blobPath(digest);
    const info = await stat(file).catch(() => void 0);
    if (!info?.isFile()) throw new LayoutError(`blob ${digest} not found in ${this.name}`, true);
    if (size !== void 0 && info.size !== size) throw new LayoutError(`blob ${digest} in ${this.name} is ${info.size} bytes, its descriptor says ${size}`);
    const bytes = new Uint8Array(await readFile(file));
    verifyDigest(bytes, digest, `blob in ${this.name}`);
    return bytes;
  }
  async openBlob(descriptor) {
    const file = this.blobPath(descriptor.digest);
    const info = await stat(file).catch(() => void 0);
    if (!info?.isFile()) throw new LayoutError(`blob ${descriptor.digest} not found in ${this.name}`, true);
    return {
      size: info.size,
      read: async (offset, length) => {
        const handle = await open(file, "r");
        try {
          const buffer = new Uint8Array(length);
          const { bytesRead } = await handle.read(buffer, 0, length, offset);
          return buffer.subarray(0, bytesRead);
        } finally {
          await handle.close();
        }
      }
    };
  }
  async pushBlob(descriptor, content) {
    const target = this.blobPath(descriptor.digest);
    if (await exists(target)) return false;
    await this.init();
    const source = toBlobSource(content);
    const temp = `${target}.tmp-${randomBytes(6).toString("hex")}`;
    const hash = new Sha256Accumulator();
    const handle = await open(temp, "w");
    try {
      for (let offset = 0; offset < source.size; ) {
        const chunk = await source.read(offset, Math.min(READ_CHUNK, source.size - offset));
        if (chunk.byteLength === 0) break;
        hash.update(chunk);
        await handle.write(chunk);
        offset += chunk.byteLength;
      }
    } finally {
      await handle.close();
    }
    const digest = hash.digest();
    const size = (await stat(temp)).size;
    if (digest !== descriptor.digest || size !== descriptor.size) {
      await rm(temp, { force: true });
      throw new LayoutError(`blob for ${this.name} hashes to ${digest} (${size} bytes), expected ${descriptor.digest} (${descriptor.size} bytes)`);
    }
    await mkdir(dirname(target), { recursive: true });
    await rename(temp, target);
    return true;
  }
  async pushManifest(bytes, mediaType, tag) {
    if (tag !== void 0) assertValidTag(tag);
    const refs = manifestReferences(bytes, mediaType);
    for (const needed of [...refs.blobs, ...refs.manifests]) {
      if (!await this.blobExists(needed.digest)) {
        throw new LayoutError(`cannot store manifest in ${this.name}: it references ${needed.digest}, which is not in the layout`);
      }
    }
    const descriptor = { mediaType, digest: sha256Digest(bytes), size: bytes.byteLength };
    await this.pushBlob(descriptor, bytes);
    if (tag !== void 0) await this.setTag(descriptor, tag);
    return descriptor;
  }
  async setTag(descriptor, tag) {
    await this.updateIndex((index) => {
      index.manifests = index.manifests.filter((m) => m.annotations?.[REF_NAME_ANNOTATION] !== tag);
      index.manifests.push({ ...stripRefName(descriptor), annotations: { ...descriptor.annotations, [REF_NAME_ANNOTATION]: tag } });
    });
  }
  async tag(reference, newTag) {
    assertValidTag(newTag);
    const descriptor = await this.resolve(reference);
    await this.setTag(descriptor, newTag);
    return descriptor;
  }
  async listTags() {
    const index = await this.readIndex();
    const tags = index.manifests.map((m) => m.annotations?.[REF_NAME_ANNOTATION]).filter((t) => t !== void 0);
    return [...new Set(tags)];
  }
};
function stripRefName(descriptor) {
  const { annotations, ...rest } = descriptor;
  if (!annotations) return rest;
  const { [REF_NAME_ANNOTATION]: _refName, ...others } = annotations;
  return Object.keys(others).length > 0 ? { ...rest, annotations: others } : rest;
}

// src/oci/copy.ts
var MAX_NESTING = 4;
function mountSource(src, dst) {
  if (!(src instanceof RegistryRepository) || !(dst instanceof RegistryRepository)) return void 0;
  if (src.client.registry !== dst.client.registry || src.repository === dst.repository) return void 0;
  return src.repository;
}
async function forEachLimited(items, limit, work) {
  let next = 0;
  const lanes = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) {
      const item = items[next++];
      await work(item);
    }
  });
  await Promise.all(lanes);
}
async function copy(src, dst, reference, options = {}) {
  const tag = options.tag ?? (isDigest(reference) ? void 0 : reference);
  const log = options.log ?? (() => void 0);
  const result = { blobsCopied: 0, blobsSkipped: 0, blobsMounted: 0, manifestsCopied: 0 };
  const mountFrom = mountSource(src, dst);
  const copyManifest = async (ref, asTag, depth) => {
    if (depth > MAX_NESTING) throw new UserError(`copy ${src.name}@${ref}: indexes nested over ${MAX_NESTING} levels deep`);
    const { bytes, descriptor: descriptor2 } = await src.fetchManifest(ref);
    const refs = manifestReferences(bytes, descriptor2.mediaType);
    for (const child of refs.manifests) await copyManifest(child.digest, void 0, depth + 1);
    await forEachLimited(refs.blobs, options.concurrency ?? 3, async (blob) => {
      if (await dst.blobExists(blob.digest)) {
        result.blobsSkipped++;
        return;
      }
      if (mountFrom !== void 0 && dst instanceof RegistryRepository && await dst.mountBlob(blob, mountFrom)) {
        result.blobsMounted++;
        return;
      }
      const uploaded = await dst.pushBlob(blob, await src.openBlob(blob));
      if (uploaded) result.blobsCopied++;
      else result.blobsSkipped++;
    });
    const pushed = await dst.pushManifest(bytes, descriptor2.mediaType, asTag);
    result.manifestsCopied++;
    log(`oci: copied ${src.name}@${descriptor2.digest} to ${dst.name}${asTag ? `:${asTag}` : ""}`);
    return pushed;
  };
  const descriptor = await copyManifest(reference, tag, 0);
  return { descriptor, ...result };
}
function describeBytes(mediaType, bytes, annotations) {
  const descriptor = { mediaType, digest: sha256Digest(bytes), size: bytes.byteLength };
  if (annotations) descriptor.annotations = annotations;
  return descriptor;
}
function buildImageManifest(input) {
  const manifest = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPE.ociManifest,
    ...input.artifactType ? { artifactType: input.artifactType } : {},
    config: input.config,
    layers: input.layers,
    ...input.annotations ? { annotations: input.annotations } : {}
  };
  return { bytes: new TextEncoder().encode(JSON.stringify(manifest)), mediaType: MEDIA_TYPE.ociManifest };
}

// src/oci/index.ts
function openRepository(registry, repository, options = {}) {
  return new RegistryClient({ ...options, registry }).repository(repository);
}

// src/pipeline/outcome.ts
var Skip = class {
  constructor(reason) {
    this.reason = reason;
  }
  reason;
  kind = "skipped";
};
var AlreadyDone = class {
  constructor(reason) {
    this.reason = reason;
  }
  reason;
  kind = "already-done";
};
function describeRecord(record) {
  switch (record.status) {
    case "done":
      return `done (${record.ms} ms)`;
    case "skipped":
      return `skipped: ${record.reason ?? ""}`;
    case "already-done":
      return `already done: ${record.reason ?? ""}`;
    case "failed":
      return `failed: ${record.reason ?? ""}`;
    case "not-run":
      return "not run (an earlier step failed)";
  }
}

// src/pipeline/pipeline.ts
function oneLine(error) {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0] ?? "";
}
async function runStep(step, context, reporter) {
  const start = performance.now();
  const outcome = await step.run(context);
  const ms = Math.round(performance.now() - start);
  if (outcome instanceof Skip || outcome instanceof AlreadyDone) {
    reporter.info(`\u2022 ${step.name}: ${outcome.kind === "skipped" ? "skipped" : "already done"}, ${outcome.reason}`);
    return { name: step.name, status: outcome.kind, reason: outcome.reason, ms };
  }
  reporter.info(`\u2022 ${step.name}: done (${ms} ms)`);
  return { name: step.name, status: "done", ms };
}
async function runPipeline(stages, context, reporter) {
  const records = [];
  let failure;
  for (const stage of stages) {
    const steps = Array.isArray(stage) ? stage : [stage];
    if (failure) {
      records.push(...steps.map((s) => ({ name: s.name, status: "not-run", ms: 0 })));
      continue;
    }
    const started = performance.now();
    const settled = steps.length === 1 ? [await reporter.group(steps[0].name, () => runStep(steps[0], context, reporter)).then((value) => ({ status: "fulfilled", value }), (reason) => ({ status: "rejected", reason }))] : await Promise.allSettled(steps.map((step) => runStep(step, context, reporter)));
    reporter.debug(`stage ${steps.map((s) => s.name).join(" + ")} settled after ${Math.round(performance.now() - started)} ms`);
    settled.forEach((s, i) => {
      const name = steps[i].name;
      if (s.status === "fulfilled") {
        records.push(s.value);
        return;
      }
      records.push({ name, status: "failed", reason: oneLine(s.reason), ms: Math.round(performance.now() - started) });
      reporter.info(`\u2022 ${name}: failed`);
      failure ??= { step: name, error: s.reason };
    });
  }
  return { records, failure };
}
function pipelineResult(run, outputs, summary, details) {
  return { ok: !run.failure, error: run.failure?.error, outputs, summary, json: { ...outputs, ...details } };
}

// src/pipeline/artifacts.ts
var Artifacts = class {
  values = {};
  producers = /* @__PURE__ */ new Map();
  /** Records `value` under `key`, produced by `step` (named in later errors and `--json`). */
  set(key, value, step = "unknown step") {
    this.values[key] = value;
    this.producers.set(key, step);
  }
  has(key) {
    return this.values[key] !== void 0;
  }
  /** The value, or undefined when no step produced it (for summaries written after a failure). */
  find(key) {
    return this.values[key];
  }
  /** The value; throws a programming error naming the key when no earlier step produced it. */
  get(key, neededBy = "a step") {
    const value = this.values[key];
    if (value === void 0) throw new Error(`${neededBy} needs ${String(key)}, which no earlier step produced`);
    return value;
  }
  /** Everything recorded so far, for `--json`. */
  toJSON() {
    return { ...this.values };
  }
};

// src/created.ts
function createdTimestamp(env = process.env, now = /* @__PURE__ */ new Date()) {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch) {
    if (!/^\d+$/.test(epoch)) throw new UserError(`SOURCE_DATE_EPOCH: ${JSON.stringify(epoch)} is not a number of seconds since 1970`);
    return new Date(Number(epoch) * 1e3).toISOString().replace(/\.\d{3}Z$/, "Z");
  }
  return now.toISOString().replace(/\.\d{3}Z$/, "Z");
}

export {
  LayoutError,
  OciLayoutTarget,
  copy,
  describeBytes,
  buildImageManifest,
  openRepository,
  Artifacts,
  Skip,
  AlreadyDone,
  describeRecord,
  runPipeline,
  pipelineResult,
  createdTimestamp
};
