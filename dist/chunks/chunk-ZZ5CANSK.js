import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  applyVersions,
  expectedVersions,
  scanRepositoryPlan,
  withoutOverlaps
} from "./chunk-YLDWLXP3.js";
import {
  bump,
  compare,
  describeFsError,
  describeKind,
  isInside,
  realRoot
} from "./chunk-EPMUPLEO.js";
import {
  visible
} from "./chunk-YWG6HEQV.js";
import {
  UserError
} from "./chunk-IXRSKL5H.js";

// src/fs/repository-writer.ts
import { rmdirSync } from "node:fs";
import path4 from "node:path";

// src/fs/atomic-write.ts
import { createHash, randomBytes } from "node:crypto";
import {
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fsyncSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync
} from "node:fs";
import path from "node:path";
var JOURNAL = "journal.json";
var BESIDE_TARGET = /^\..+\.dot-ai-release-[0-9a-f]{8}\.tmp$/;
var sha256 = (bytes) => createHash("sha256").update(bytes).digest("hex");
function writeAllOrNothing(root, stateDir, all) {
  const byTarget = /* @__PURE__ */ new Map();
  for (const write of all) {
    const target = checkTarget(root, write);
    const other = byTarget.get(target);
    if (other && !other.content.equals(write.content)) {
      throw new UserError(`${visible(write.file)}: is the same file as ${visible(other.file)} (a symlink), and the two edits differ; nothing was changed`);
    }
    if (!other) byTarget.set(target, write);
  }
  const targets = [...byTarget.keys()];
  const writes = [...byTarget.values()];
  if (writes.length === 0) return;
  const stateDev = statSync(stateDir).dev;
  const id = randomBytes(4).toString("hex");
  const staged = [];
  try {
    targets.forEach((target, i) => {
      const write = writes[i];
      const stat = statSync(target);
      const beside = statSync(path.dirname(target)).dev !== stateDev;
      const temp = beside ? path.join(path.dirname(target), `.${path.basename(target)}.dot-ai-release-${id}.tmp`) : path.join(stateDir, `${id}-${i}.tmp`);
      const entry = { write, target, temp, backup: path.join(stateDir, `${id}-${i}.orig`) };
      staged.push(entry);
      writeSynced(temp, write.content, stat);
      writeSynced(entry.backup, write.original, stat);
    });
  } catch (err) {
    removeStaged(staged);
    const failed = staged.at(-1)?.write.file ?? writes[0]?.file ?? "";
    throw new UserError(`${visible(failed)}: ${describeFsError(err, "write")}; nothing was changed`);
  }
  const journal = { pid: process.pid, entries: staged.map((s) => ({ target: s.target, temp: s.temp, backup: s.backup, sha256: sha256(s.write.content) })) };
  const journalFile = path.join(stateDir, JOURNAL);
  try {
    writeSynced(journalFile, Buffer.from(JSON.stringify(journal)));
  } catch (err) {
    removeStaged(staged);
    throw new UserError(`${visible(journalFile)}: ${describeFsError(err, "write")}; nothing was changed`);
  }
  const fault = faultInjection();
  const renamed = [];
  for (const entry of staged) {
    if (fault?.killAfterRenames === renamed.length) process.kill(process.pid, "SIGKILL");
    try {
      renameSync(entry.temp, entry.target);
      renamed.push(entry);
    } catch (err) {
      for (const done of renamed) writeFileSync(done.target, done.write.original);
      removeStaged(staged);
      rmSync(journalFile, { force: true });
      throw new UserError(`${visible(entry.write.file)}: ${describeFsError(err, "write")}; nothing was changed`);
    }
  }
  removeStaged(staged);
  rmSync(journalFile, { force: true });
}
function checkTarget(root, write) {
  const name = visible(write.file);
  let target;
  try {
    target = realpathSync.native(write.absolute);
  } catch (err) {
    throw new UserError(`${name}: ${describeFsError(err)}; nothing was changed`);
  }
  if (!isInside(realRoot(root), target)) {
    throw new UserError(`${name}: is a symlink to ${visible(target)}, outside the repository; nothing was changed`);
  }
  const stat = lstatSync(target);
  const kind = describeKind(stat);
  if (kind) throw new UserError(`${name}: is ${kind}, not a regular file; nothing was changed`);
  if (stat.nlink > 1) {
    throw new UserError(`${name}: has ${stat.nlink} hard links; an edit would split them (make it a single file or a symlink); nothing was changed`);
  }
  for (const [what, p] of [["the file", target], ["its folder", path.dirname(target)]]) {
    try {
      accessSync(p, constants.W_OK);
    } catch (err) {
      throw new UserError(`${name}: cannot write ${what} (${describeFsError(err, "write").replace(/^cannot write \((.*)\)$/, "$1")}); nothing was changed`);
    }
  }
  return target;
}
function writeSynced(file, bytes, like) {
  const fd = openSync(file, "wx", 384);
  try {
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    if (like) {
      if (process.getuid?.() === 0) fchownSync(fd, like.uid, like.gid);
      fchmodSync(fd, like.mode & 4095);
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
function removeStaged(staged) {
  for (const { temp, backup } of staged) {
    rmSync(temp, { force: true });
    if (backup) rmSync(backup, { force: true });
  }
}
function recoverInterruptedWrite(root, stateDir) {
  const journalFile = path.join(stateDir, JOURNAL);
  const restored = [];
  let journal;
  try {
    journal = JSON.parse(readFileSync(journalFile, "utf8"));
  } catch {
    journal = void 0;
  }
  const repository = realRoot(root);
  const ours = (p) => typeof p === "string" && (path.dirname(p) === stateDir || BESIDE_TARGET.test(path.basename(p)));
  for (const entry of Array.isArray(journal?.entries) ? journal.entries : []) {
    if (typeof entry.target !== "string" || !isInside(repository, entry.target) || !ours(entry.temp) || entry.backup !== void 0 && !ours(entry.backup)) continue;
    try {
      if (entry.backup && lstatSync(entry.target).isFile() && sha256(readFileSync(entry.target)) === entry.sha256) {
        writeFileSync(entry.target, readFileSync(entry.backup));
        restored.push(entry.target);
      }
    } catch {
    }
    rmSync(entry.temp, { force: true });
  }
  rmSync(journalFile, { force: true });
  for (const name of readdirSync(stateDir)) {
    if (/^[0-9a-f]{8}-\d+\.(tmp|orig)$/.test(name)) rmSync(path.join(stateDir, name), { force: true });
  }
  return restored;
}
function removeStaleTemps(folders) {
  const removed = [];
  for (const folder of new Set(folders)) {
    let names;
    try {
      names = readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names) {
      if (!BESIDE_TARGET.test(name)) continue;
      rmSync(path.join(folder, name), { force: true });
      removed.push(path.join(folder, name));
    }
  }
  return removed;
}
function faultInjection() {
  const match = /^kill-after-renames:(\d+)$/.exec(process.env.DOT_AI_RELEASE_FAULT_INJECTION ?? "");
  return match ? { killAfterRenames: Number(match[1]) } : void 0;
}

// src/fs/lock.ts
import { closeSync as closeSync2, mkdirSync, openSync as openSync2, readFileSync as readFileSync2, statSync as statSync2, unlinkSync, writeSync as writeSync2 } from "node:fs";
import { hostname } from "node:os";
import path2 from "node:path";
function lockRepository(stateDir) {
  const file = path2.join(stateDir, "lock");
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd;
    try {
      fd = openSync2(file, "wx", 384);
    } catch (err) {
      if (err.code === "ENOENT" && attempt === 0) {
        try {
          mkdirSync(stateDir, { mode: 448 });
        } catch {
        }
        continue;
      }
      if (err.code !== "EEXIST") {
        throw new UserError(`cannot take the repository lock ${file}: ${describeFsError(err, "create")}`);
      }
      const holder2 = readHolder(file);
      if (!holder2 && youngerThan(file, 5e3)) {
        throw new UserError(`another dot-ai-release run is writing this repository; wait for it to finish (lock: ${file})`);
      }
      if (holder2 && isAlive(holder2)) {
        throw new UserError(
          `another dot-ai-release run (process ${holder2.pid}, since ${holder2.since}) is writing this repository; wait for it to finish (lock: ${file})`
        );
      }
      try {
        unlinkSync(file);
      } catch {
      }
      continue;
    }
    const holder = { pid: process.pid, host: hostname(), since: (/* @__PURE__ */ new Date()).toISOString() };
    writeSync2(fd, JSON.stringify(holder));
    closeSync2(fd);
    return {
      dir: stateDir,
      release: () => {
        try {
          if (readHolder(file)?.pid === process.pid) unlinkSync(file);
        } catch {
        }
      }
    };
  }
  throw new UserError(`another dot-ai-release run is writing this repository; wait for it to finish (lock: ${file})`);
}
function readHolder(file) {
  try {
    const holder = JSON.parse(readFileSync2(file, "utf8"));
    return typeof holder.pid === "number" ? holder : void 0;
  } catch {
    return void 0;
  }
}
function isAlive(holder) {
  if (holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (err) {
    return err.code === "EPERM";
  }
}
function youngerThan(file, ms) {
  try {
    return Date.now() - statSync2(file).mtimeMs < ms;
  } catch {
    return false;
  }
}

// src/fs/state-dir.ts
import { createHash as createHash2 } from "node:crypto";
import { lstatSync as lstatSync2, mkdirSync as mkdirSync2, mkdtempSync, readFileSync as readFileSync3, statSync as statSync3 } from "node:fs";
import { tmpdir } from "node:os";
import path3 from "node:path";
function repositoryStateDir(root) {
  const gitDir = findGitDir(realRoot(root));
  if (gitDir) {
    const dir2 = path3.join(gitDir, "dot-ai-release");
    try {
      mkdirSync2(dir2, { mode: 448 });
    } catch {
    }
    if (isPrivateDir(dir2)) return dir2;
  }
  const dir = path3.join(tmpdir(), `dot-ai-release-${createHash2("sha256").update(realRoot(root)).digest("hex").slice(0, 16)}`);
  try {
    mkdirSync2(dir, { mode: 448 });
  } catch {
  }
  if (isPrivateDir(dir)) return dir;
  return mkdtempSync(path3.join(tmpdir(), "dot-ai-release-"));
}
function isPrivateDir(dir) {
  try {
    const stat = lstatSync2(dir);
    const uid = process.getuid?.();
    return stat.isDirectory() && (uid === void 0 || stat.uid === uid) && (stat.mode & 63) === 0;
  } catch {
    return false;
  }
}
function findGitDir(dir) {
  for (let current = dir; ; current = path3.dirname(current)) {
    const dotGit = path3.join(current, ".git");
    try {
      const stat = statSync3(dotGit);
      let gitDir;
      if (stat.isDirectory()) gitDir = dotGit;
      else if (stat.isFile()) {
        const pointer = /^gitdir:\s*(.+?)\s*$/m.exec(readFileSync3(dotGit, "utf8"))?.[1];
        if (pointer) gitDir = path3.resolve(current, pointer);
      }
      if (gitDir) return looksLikeGitDir(gitDir) ? gitDir : void 0;
    } catch {
    }
    if (path3.dirname(current) === current) return void 0;
  }
}
function looksLikeGitDir(dir) {
  try {
    return statSync3(path3.join(dir, "HEAD")).isFile() && (statSync3(path3.join(dir, "objects")).isDirectory() || statSync3(path3.join(dir, "commondir")).isFile());
  } catch {
    return false;
  }
}

// src/fs/repository-writer.ts
function openRepositoryWriter(root) {
  const stateDir = repositoryStateDir(root);
  const lock = lockRepository(stateDir);
  try {
    const restored = recoverInterruptedWrite(root, stateDir);
    return {
      restored,
      write(writes) {
        removeStaleTemps(writes.map((w) => path4.dirname(w.absolute)));
        writeAllOrNothing(root, stateDir, writes);
      },
      close: () => {
        lock.release();
        try {
          rmdirSync(stateDir);
        } catch {
        }
      }
    };
  } catch (err) {
    lock.release();
    throw err;
  }
}

// src/version/edit.ts
function editFiles(scanned, versions) {
  const writes = [];
  const changes = [];
  const changedFiles = [];
  for (const file of scanned) {
    const text = applyVersions(file.text, file.slots, versions);
    changes.push(
      ...file.slots.filter((s) => s.current !== versions[s.stream]).map((s) => ({ file: s.file, line: s.line, field: s.field, from: s.current, to: versions[s.stream] }))
    );
    if (text === file.text) continue;
    let reread;
    try {
      reread = withoutOverlaps(file.updaters.flatMap((u) => u.find(text, file.file)));
    } catch (err) {
      throw new UserError(`${file.file}: the edited file does not parse (${err.message}); nothing was written`);
    }
    const wrong = reread.find((s) => s.current !== versions[s.stream]);
    if (reread.length !== file.slots.length || wrong) {
      throw new UserError(`${file.file}: the edited file does not read back ${wrong ? `${versions[wrong.stream]} at ${wrong.field}` : "the same fields"}; nothing was written`);
    }
    writes.push({ file: file.file, absolute: file.absolute, original: file.bytes, content: Buffer.from(text, file.encoding) });
    changedFiles.push(file.file);
  }
  return { writes, changes, changedFiles };
}

// src/version/apply.ts
function nextVersions(job, current = expectedVersions(job.config)) {
  const { request } = job;
  const independentChart = job.config.chart?.versioning === "independent";
  const app = "bump" in request ? bump(current.app, request.bump, request.preid) : request.set;
  let chart = "bump" in request && independentChart ? bump(current.chart, request.bump, request.preid) : app;
  if (job.chartVersion) chart = job.chartVersion;
  if (!job.allowDowngrade) {
    if (compare(app, current.app) < 0) {
      throw new UserError(`input ${"set" in request ? "set" : "bump"}: ${app} is lower than the current version ${current.app} (pass input allow-downgrade to release it anyway)`);
    }
    if (independentChart && compare(chart, current.chart) < 0) {
      throw new UserError(`input chart-version: ${chart} is lower than the current chart version ${current.chart} (pass input allow-downgrade to release it anyway)`);
    }
  }
  return { app, chart };
}
async function applyVersion(job, reporter) {
  const { config, dryRun } = job;
  for (const notice of config.notices) reporter.warning(notice);
  const writer = dryRun ? void 0 : openRepositoryWriter(config.root);
  try {
    if (writer?.restored.length) {
      reporter.warning(`an earlier version run was interrupted while writing; ${writer.restored.length} files were put back as they were before it`);
    }
    const { files: scanned, discovered } = await scanRepositoryPlan(config);
    const previous = expectedVersions(config);
    const independentChart = config.chart?.versioning === "independent";
    const versions = nextVersions(job, previous);
    const { writes, changes, changedFiles } = editFiles(scanned, versions);
    writer?.write(writes);
    const what = `${previous.app} -> ${versions.app}${independentChart ? ` (chart ${previous.chart} -> ${versions.chart})` : ""}`;
    reporter.info(`${dryRun ? "Dry run: would change" : "Changed"} ${changes.length} version references in ${changedFiles.length} files: ${what}`);
    return { versions, previous, independentChart, changedFiles, changes, dryRun, discoveredImages: discovered };
  } finally {
    writer?.close();
  }
}

export {
  repositoryStateDir,
  applyVersion
};
