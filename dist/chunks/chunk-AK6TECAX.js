import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  AlreadyDone,
  Artifacts,
  LayoutError,
  OciLayoutTarget,
  Skip,
  buildImageManifest,
  createdTimestamp,
  describeBytes,
  openRepository
} from "./chunk-4MIFV7TE.js";
import {
  alignLines,
  templateLineOf,
  verifyChart
} from "./chunk-HCJAPFST.js";
import {
  MEDIA_TYPE,
  RegistryError,
  manifestReferences
} from "./chunk-EDL5QZO6.js";
import {
  registryCredentials
} from "./chunk-UEAZNNQA.js";
import {
  Helm,
  helmBinary
} from "./chunk-6ZUX5ST6.js";
import {
  MAX_NAME_LENGTH,
  booleanOption,
  configOverrides,
  decodeUtf8,
  describeWaiver,
  existsInRepo,
  formatFinding,
  hasUserinfo,
  isValidRegistryHost,
  kindOf,
  lineAt,
  listOption,
  loadConfig,
  nameOf,
  parseChartYaml,
  parseReleaseVersion,
  parseWaiver,
  parseYaml,
  readRepoBytes,
  readRepoText,
  realRoot,
  redactReference,
  repoRelative,
  repositoryNameProblem,
  repositoryRoot,
  resolveInRepo,
  resolveOutputDir,
  resolveRepoFile,
  stringOption,
  typeName,
  withDefaults
} from "./chunk-EPMUPLEO.js";
import {
  ToolError,
  require_dist
} from "./chunk-OOIETZWO.js";
import {
  UserError,
  isUserError
} from "./chunk-IXRSKL5H.js";
import {
  __toESM
} from "./chunk-HANBNIMK.js";

// src/chart/inputs.ts
import path2 from "node:path";

// src/chart/destination.ts
import { existsSync, realpathSync } from "node:fs";
import path from "node:path";
function shown(input) {
  return JSON.stringify(redactReference(input)).slice(1, -1);
}
function assertInside(root, target, what, input) {
  const realRoot2 = realpathSync(root);
  let existing = target;
  while (!existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
  const real = path.join(realpathSync(existing), path.relative(existing, target));
  const rel = path.relative(realRoot2, real);
  if (rel === ".." || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) {
    throw new UserError(`${what}: "${shown(input)}" leads to ${real}, outside the repository (symlinks followed); give a path inside it`);
  }
}
function parseLayout(input, chartName, what, source) {
  const dir = input.slice("oci-layout://".length);
  if (!dir) throw new UserError(`${what}: "${shown(input)}" has no path`);
  if (dir.includes("\0")) throw new UserError(`${what}: "${shown(input)}" holds a NUL byte`);
  const root = source.root ?? process.cwd();
  let layout;
  if (path.isAbsolute(dir)) {
    layout = path.join(dir, chartName);
    if (!source.explicit) assertInside(root, layout, what, input);
  } else {
    layout = path.join(resolveInRepo(root, dir, what), chartName);
    assertInside(root, layout, what, input);
  }
  return { destination: { kind: "layout", dir: layout, display: `oci-layout://${layout}` } };
}
function parseDestination(input, chartName, images, source = {}) {
  const what = source.what ?? "input registry";
  if (!/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/.test(chartName)) {
    throw new UserError(`Chart.yaml: name "${JSON.stringify(chartName).slice(1, -1)}" cannot name an OCI repository (lowercase letters and digits, joined by ".", "_", "__" or "-")`);
  }
  if (input.startsWith("oci-layout://")) return parseLayout(input, chartName, what, source);
  if (hasUserinfo(input)) {
    throw new UserError(`${what}: "${shown(input)}" carries credentials; a reference must not hold them (they would be printed and logged): pass username and password (or --password-stdin) instead`);
  }
  const bare = input.replace(/^oci:\/\//, "");
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(bare)) throw new UserError(`${what}: "${shown(input)}" must be oci://HOST/NAMESPACE or oci-layout://PATH`);
  if (/[\s\u0000-\u001f\u007f]/.test(bare)) throw new UserError(`${what}: "${shown(input)}" contains whitespace or control characters`);
  const slash = bare.indexOf("/");
  const registry = slash === -1 ? bare : bare.slice(0, slash);
  const namespace = slash === -1 ? "" : bare.slice(slash + 1).replace(/\/$/, "");
  if (!isValidRegistryHost(registry)) {
    throw new UserError(`${what}: "${shown(input)}" does not start with a registry host (a hostname or IP address, with an optional port)`);
  }
  if (namespace.includes("@")) throw new UserError(`${what}: "${shown(input)}" carries a digest; give the namespace only, e.g. oci://${registry}/charts`);
  if (namespace.includes(":")) {
    throw new UserError(`${what}: "${shown(input)}" carries a tag; give the namespace only (the chart version becomes the tag), e.g. oci://${registry}/${namespace.split(":")[0]}`);
  }
  if (/[?#]/.test(namespace)) throw new UserError(`${what}: "${shown(input)}" holds a query or fragment; give oci://HOST/NAMESPACE only`);
  const lower = namespace.toLowerCase();
  if (lower !== "") {
    const problem = repositoryNameProblem(lower);
    if (problem) throw new UserError(`${what}: namespace "${JSON.stringify(namespace).slice(1, -1)}" of "${shown(input)}" ${problem}`);
  }
  const segments = namespace.split("/").filter(Boolean);
  if (segments.at(-1)?.toLowerCase() === chartName.toLowerCase()) {
    throw new UserError(
      `${what}: "${shown(input)}" ends with the chart name "${chartName}"; give the namespace only (like helm push): oci://${[registry, ...segments.slice(0, -1)].join("/")}`
    );
  }
  const repository = [lower, chartName].filter(Boolean).join("/");
  const full = `${registry.toLowerCase()}/${repository}`;
  if (full.length > MAX_NAME_LENGTH) {
    throw new UserError(`${what}: the chart would be pushed to a name of ${full.length} characters (${full.slice(0, 40)}\u2026); registries accept at most ${MAX_NAME_LENGTH}`);
  }
  if (images.map((i) => i.toLowerCase()).includes(full)) {
    throw new UserError(
      `${what}: the chart would be pushed to ${full}, the repository of the released image; use a namespace of its own, e.g. oci://${registry}/${lower ? `${lower}/` : ""}charts`
    );
  }
  return {
    destination: { kind: "registry", registry: registry.toLowerCase(), namespace: lower, repository, display: `oci://${full}` },
    notice: lower !== namespace ? `${what}: namespace "${namespace}" lowercased to "${lower}" (registries require lowercase names)` : void 0
  };
}

// src/chart/inputs.ts
function chartPolicy(options, configured) {
  const modeInput = stringOption(options, "policy-mode");
  if (modeInput !== void 0 && modeInput !== "enforce" && modeInput !== "warn") {
    throw new UserError(`input policy-mode: ${JSON.stringify(modeInput)} is not one of enforce, warn`);
  }
  const fromInput = (listOption(options, "skip-policies") ?? []).map((entry, i) => parseWaiver(entry, `input skip-policies[${i}]`));
  return { mode: modeInput ?? configured.mode ?? "enforce", waivers: [...configured.waivers, ...fromInput] };
}
async function parseInputs(raw, reporter, overrides = {}) {
  const options = withDefaults("chart", raw);
  const root = repositoryRoot(options);
  const config = overrides.config ?? loadConfig(root, configOverrides(options));
  if (!config.chart) throw new UserError("input chart: no chart found (set chart.path in dot-ai-release.yaml or pass chart)");
  const chartDir = path2.join(root, config.chart.dir);
  const chartYaml = parseChartYaml(readRepoText(root, `${config.chart.dir}/Chart.yaml`), `${config.chart.dir}/Chart.yaml`);
  const versionInput = overrides.version ?? stringOption(options, "chart-version");
  const appVersionInput = overrides.appVersion ?? stringOption(options, "app-version");
  const version = parseReleaseVersion(versionInput ?? chartYaml.version, versionInput ? "input chart-version" : `${config.chart.dir}/Chart.yaml: version`);
  const appVersion = parseReleaseVersion(appVersionInput ?? chartYaml.appVersion ?? "", appVersionInput ? "input app-version" : `${config.chart.dir}/Chart.yaml: appVersion`);
  const imageTag = stringOption(options, "image-tag");
  if (imageTag && imageTag !== appVersion) {
    throw new UserError(`input image-tag: the image being released is tagged ${imageTag}, but the chart's appVersion is ${appVersion}; release them together (dot-ai-release version) or pass app-version`);
  }
  const valuesFiles = (listOption(options, "values") ?? []).map((f, i) => {
    const what2 = `input values[${i}]`;
    resolveInRepo(root, f, what2);
    if (!existsInRepo(root, path2.normalize(f), what2)) throw new UserError(`${what2}: ${f} not found`);
    return resolveRepoFile(root, path2.normalize(f), what2).real;
  });
  const policy = chartPolicy(options, config.chart.policy);
  const registryInput = overrides.registry ? overrides.registry.value : stringOption(options, "registry");
  const inputName = overrides.registry?.input ?? "registry";
  const registry = registryInput ?? config.chart.repository;
  if (!registry) throw new UserError(`input ${inputName}: required (no GITHUB_REPOSITORY or git remote to derive oci://ghcr.io/<owner>/charts)`);
  const what = registryInput !== void 0 ? `input ${inputName}` : "dot-ai-release.yaml: chart.repository";
  if (!overrides.config) for (const notice2 of config.notices) reporter.warning(notice2);
  const { destination, notice } = parseDestination(registry, chartYaml.name, config.images.map((i) => i.name), { what, root, explicit: registryInput !== void 0 });
  if (notice) reporter.warning(notice);
  const packageDirInput = stringOption(options, "package-dir");
  const packageDir = packageDirInput ? resolveOutputDir(root, packageDirInput, "input package-dir") : void 0;
  const dryRun = overrides.dryRun ?? booleanOption(options, "dry-run");
  const credentials = overrides.credentials === null || dryRun ? void 0 : overrides.credentials ?? await registryCredentials(options, reporter);
  return {
    root,
    chartDir,
    chart: { ...chartYaml, version, appVersion },
    valuesFiles,
    destination,
    credentials,
    plainHttp: booleanOption(options, "plain-http"),
    overwrite: booleanOption(options, "overwrite"),
    dryRun,
    policy,
    helm: new Helm(stringOption(options, "helm") ?? helmBinary()),
    packageDir
  };
}

// src/chart/templates.ts
var import_yaml = __toESM(require_dist(), 1);
import { readdirSync, statSync } from "node:fs";
import path3 from "node:path";

// src/chart/archive.ts
import { createHash } from "node:crypto";
import { gunzipSync, gzipSync } from "node:zlib";
var MAX_UNPACKED_BYTES = 100 * 1024 * 1024;
function field(header, offset, length) {
  const raw = header.subarray(offset, offset + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end === -1 ? length : end).toString("utf8");
}
function readTgz(bytes, what) {
  let tar;
  try {
    tar = gunzipSync(bytes, { maxOutputLength: MAX_UNPACKED_BYTES });
  } catch (err) {
    if (err.code === "ERR_BUFFER_TOO_LARGE") throw new UserError(`${what}: unpacks to more than ${MAX_UNPACKED_BYTES / (1024 * 1024)} MiB (Helm's limit for a chart)`);
    throw new UserError(`${what}: not a gzip archive (${err.message})`);
  }
  const entries = [];
  let longName;
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const size = parseInt(field(header, 124, 12).trim() || "0", 8);
    const type = String.fromCharCode(header[156] ?? 48);
    const prefix = field(header, 345, 155);
    const name = longName ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
    const content = tar.subarray(offset + 512, offset + 512 + size);
    longName = void 0;
    if (type === "L") longName = content.toString("utf8").replace(/\0+$/, "");
    else if (type === "x") longName = /\d+ path=([^\n]*)\n/.exec(content.toString("utf8"))?.[1];
    else if (type === "0" || type === "\0") entries.push({ name, content: Buffer.from(content) });
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return entries;
}
function contentDigest(entries) {
  const hash = createHash("sha256");
  for (const entry of [...entries].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) {
    hash.update(`${entry.name}\0${entry.content.length}\0`);
    hash.update(entry.content);
  }
  return `sha256:${hash.digest("hex")}`;
}
var FILE_MODE = 420;
function octal(value, width) {
  return `${value.toString(8).padStart(width - 1, "0")}\0`;
}
function tarHeader(name, size, mtime, type, prefix = "") {
  const header = Buffer.alloc(512);
  header.write(name, 0, 100, "utf8");
  header.write(octal(FILE_MODE, 8), 100, "ascii");
  header.write(octal(0, 8), 108, "ascii");
  header.write(octal(0, 8), 116, "ascii");
  header.write(octal(size, 12), 124, "ascii");
  header.write(octal(mtime, 12), 136, "ascii");
  header.write("        ", 148, "ascii");
  header.write(type, 156, "ascii");
  header.write("ustar\x0000", 257, "ascii");
  header.write(octal(0, 8), 329, "ascii");
  header.write(octal(0, 8), 337, "ascii");
  header.write(prefix, 345, 155, "utf8");
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148, "ascii");
  return header;
}
var padding = (size) => Buffer.alloc((512 - size % 512) % 512);
function ustarName(name) {
  if (Buffer.byteLength(name) <= 100) return { name, prefix: "" };
  for (let i = name.indexOf("/"); i !== -1; i = name.indexOf("/", i + 1)) {
    const prefix = name.slice(0, i);
    const rest = name.slice(i + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(rest) <= 100) return { name: rest, prefix };
  }
  return void 0;
}
function paxRecord(key, value) {
  const body = ` ${key}=${value}
`;
  let length = Buffer.byteLength(body) + 1;
  while (Buffer.byteLength(`${length}${body}`) !== length) length++;
  return `${length}${body}`;
}
function writeTgz(entries, mtime) {
  const parts = [];
  for (const entry of entries) {
    const short = ustarName(entry.name);
    if (!short) {
      const pax = Buffer.from(paxRecord("path", entry.name), "utf8");
      parts.push(tarHeader("PaxHeaders/entry", pax.length, mtime, "x"), pax, padding(pax.length));
    }
    parts.push(tarHeader(short?.name ?? entry.name.slice(-100), entry.content.length, mtime, "0", short?.prefix), entry.content, padding(entry.content.length));
  }
  parts.push(Buffer.alloc(1024));
  const gz = gzipSync(Buffer.concat(parts), { level: 9 });
  gz[9] = 255;
  return gz;
}
function chartOf(name) {
  const parts = name.split("/");
  let chart = `${parts[0]}/`;
  for (let i = 1; parts[i] === "charts" && i + 2 < parts.length; i += 2) chart += `charts/${parts[i + 1]}/`;
  return chart;
}
function reproducibleChartPackage(tgz, what, env = process.env) {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch && !/^\d+$/.test(epoch)) throw new UserError(`SOURCE_DATE_EPOCH: ${JSON.stringify(epoch)} is not a number of seconds since 1970`);
  const entries = readTgz(tgz, what).map((entry, i) => ({ entry, i, chart: chartOf(entry.name) }));
  entries.sort((a, b) => a.chart === b.chart ? a.i - b.i : a.chart < b.chart ? -1 : 1);
  return writeTgz(entries.map((e) => e.entry), epoch ? Number(epoch) : 0);
}

// src/chart/templates.ts
function repositoryTree(root, base) {
  const full = (relative) => path3.posix.join(base, relative);
  return {
    read: (relative) => existsInRepo(root, full(relative)) && !isDirectory(root, full(relative)) ? readRepoBytes(root, full(relative)) : void 0,
    isDir: (relative) => isDirectory(root, full(relative)),
    archives: (relative) => isDirectory(root, full(relative)) ? readdirSync(path3.join(root, full(relative))).filter((f) => f.endsWith(".tgz")).sort() : [],
    place: (relative) => ({ file: full(relative) })
  };
}
function isDirectory(root, relative) {
  try {
    return statSync(path3.join(root, relative)).isDirectory();
  } catch {
    return false;
  }
}
function archiveTree(entries, prefix, outer) {
  const byName = new Map(entries.map((e) => [e.name, e.content]));
  const inside = (relative) => `${prefix}${relative}`;
  return {
    read: (relative) => byName.get(inside(relative)),
    isDir: (relative) => entries.some((e) => e.name.startsWith(`${inside(relative)}/`)),
    archives: (relative) => entries.map((e) => e.name).filter((n) => n.startsWith(`${inside(relative)}/`) && n.endsWith(".tgz") && !n.slice(inside(relative).length + 1).includes("/")).map((n) => path3.posix.basename(n)),
    place: (relative) => ({ file: outer.file, entry: [outer.entry, inside(relative)].filter(Boolean).join(" \xBB ") })
  };
}
var ChartTemplates = class {
  constructor(root, chartDir) {
    this.root = root;
    this.chartDir = chartDir;
  }
  root;
  chartDir;
  texts = /* @__PURE__ */ new Map();
  archives = /* @__PURE__ */ new Map();
  /** The template a `# Source:` comment names, or why it cannot be read. */
  template(source) {
    let found = this.texts.get(source);
    if (!found) {
      try {
        const rest = source.split("/").slice(1).join("/");
        found = this.resolve(repositoryTree(this.root, this.chartDir), rest) ?? { why: `${source} is neither a file of the chart nor inside one of its subchart archives` };
      } catch (err) {
        if (!isUserError(err)) throw err;
        found = { why: err.message };
      }
      this.texts.set(source, found);
    }
    return found;
  }
  resolve(tree, relative) {
    const bytes = tree.read(relative);
    if (bytes) {
      const text = decodeUtf8(bytes);
      return text === void 0 ? { why: `${relative} is not UTF-8 text` } : { text, place: tree.place(relative) };
    }
    const parts = relative.split("/");
    if (parts[0] !== "charts" || parts.length < 3) return void 0;
    const sub = parts[1];
    const rest = parts.slice(2).join("/");
    if (tree.isDir(`charts/${sub}`)) return this.resolve(subtree(tree, `charts/${sub}`), rest);
    const name = aliasedName(tree, sub);
    for (const archive of tree.archives("charts")) {
      const at = tree.place(`charts/${archive}`);
      const key = [at.file, at.entry].filter(Boolean).join(" \xBB ");
      let entries = this.archives.get(key);
      if (!entries) {
        entries = readTgz(tree.read(`charts/${archive}`) ?? Buffer.alloc(0), key);
        this.archives.set(key, entries);
      }
      if (entries.some((e) => e.name === `${name}/Chart.yaml`)) return this.resolve(archiveTree(entries, `${name}/`, at), rest);
    }
    return void 0;
  }
};
function subtree(tree, folder) {
  return {
    read: (relative) => tree.read(`${folder}/${relative}`),
    isDir: (relative) => tree.isDir(`${folder}/${relative}`),
    archives: (relative) => tree.archives(`${folder}/${relative}`),
    place: (relative) => tree.place(`${folder}/${relative}`)
  };
}
function aliasedName(tree, sub) {
  const chartYaml = tree.read("Chart.yaml");
  if (!chartYaml) return sub;
  try {
    const deps = (0, import_yaml.parse)(chartYaml.toString("utf8"))?.dependencies;
    const dep = Array.isArray(deps) ? deps.find((d) => d?.alias === sub) : void 0;
    return typeof dep?.name === "string" ? dep.name : sub;
  } catch {
    return sub;
  }
}
function placeFindings(templates, findings, objects) {
  const alignments = /* @__PURE__ */ new Map();
  return findings.map((finding) => {
    if (!finding.source) return { file: templates.chartDir, unmapped: "the finding names no template" };
    const template = templates.template(finding.source);
    if ("why" in template) return { file: templates.chartDir, unmapped: template.why };
    const object = objects.find((o) => o.source === finding.source && kindOf(o.object) === finding.kind && nameOf(o.object) === finding.name);
    if (!object?.text) return { ...template.place, unmapped: "the rendered object was not kept" };
    if (!alignments.has(object)) alignments.set(object, alignLines(object.text, template.text));
    const mapped = templateLineOf(template.text, object.text, finding.path ?? [], alignments.get(object));
    if (mapped.line === void 0) return { ...template.place, unmapped: mapped.why };
    return { ...template.place, line: mapped.line, exact: mapped.exact };
  });
}

// src/chart/findings.ts
function reported(finding, place, values) {
  const waiver = finding.waiver;
  return {
    check: finding.check,
    rule: finding.rule,
    object: `${finding.kind}/${finding.name}`,
    ...finding.container ? { container: finding.container } : {},
    ...finding.subchart ? { subchart: finding.subchart } : {},
    values,
    ...finding.kubeVersion ? { kubeVersion: finding.kubeVersion } : {},
    file: place.file,
    ...place.entry ? { entry: place.entry } : {},
    ...place.line !== void 0 ? { line: place.line } : {},
    ...place.unmapped ? { unmapped: place.unmapped } : {},
    message: finding.message,
    waived: waiver !== void 0,
    ...waiver ? { waiver: { waiver: describeWaiver(waiver), reason: waiver.reason, ...waiver.origin ? { origin: waiver.origin } : {} } } : {}
  };
}
function reportFindings(templates, renders) {
  return renders.flatMap((render) => {
    const all = [...render.findings, ...render.waivedFindings];
    const places = placeFindings(templates, all, render.objects);
    return all.map((finding, i) => ({ finding, reported: reported(finding, places[i], render.values) }));
  });
}
function annotationOf(f) {
  return f.entry || f.line === void 0 ? { file: f.file } : { file: f.file, line: f.line };
}
function findingLine(finding, f) {
  const inArchive = f.entry ? ` (in ${f.entry}${f.line === void 0 ? "" : `:${f.line}`})` : "";
  return `${f.values}: ${formatFinding({ ...finding, source: void 0 })}${inArchive}`;
}
function countByRule(findings) {
  const counts = /* @__PURE__ */ new Map();
  for (const f of findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([rule, n]) => `${rule} ${n}`).join(", ");
}
function printFindings(reporter, all, waivers, mode) {
  let failing = 0;
  for (const { finding, reported: f } of all) {
    if (f.waived) continue;
    const line = findingLine(finding, f);
    if (f.check === "policy" && mode === "warn") {
      reporter.warning(line, annotationOf(f));
    } else {
      reporter.error(line, annotationOf(f));
      failing++;
    }
  }
  for (const waiver of waivers) {
    const covered = all.filter(({ finding }) => finding.waiver === waiver).length;
    const where = waiver.origin ? ` (${waiver.origin})` : "";
    if (covered) reporter.warning(`policy waiver ${describeWaiver(waiver)}${where}: ${covered} finding${covered === 1 ? "" : "s"} waived: ${waiver.reason}`);
    else reporter.warning(`policy waiver ${describeWaiver(waiver)}${where} covers no finding: remove it, or check its scope (objects are named as the chart renders them)`);
  }
  const policy = all.filter(({ reported: f }) => f.check === "policy");
  const open = policy.filter(({ reported: f }) => !f.waived).map(({ reported: f }) => f);
  const waived = policy.length - open.length;
  if (policy.length) {
    reporter.info(
      `policy (${mode}): ${open.length} finding${open.length === 1 ? "" : "s"}${open.length ? ` (${countByRule(open)})` : ""}${waived ? `, ${waived} waived` : ""}`
    );
  }
  const unmapped = all.filter(({ reported: f }) => f.unmapped && !f.waived);
  if (unmapped.length) {
    const why = /* @__PURE__ */ new Map();
    for (const { reported: f } of unmapped) why.set(f.unmapped, (why.get(f.unmapped) ?? 0) + 1);
    reporter.info(`${unmapped.length} finding${unmapped.length === 1 ? " has" : "s have"} no template line: ${[...why].map(([reason, n]) => `${reason} (${n})`).join("; ")}`);
  }
  return failing;
}

// src/chart/pipeline.ts
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path5 from "node:path";

// src/chart/artifact.ts
function chartArtifact(tgz, what, env = process.env) {
  const entries = readTgz(tgz, what);
  const chartYaml = entries.find((e) => /^[^/]+\/Chart\.yaml$/.test(e.name));
  if (!chartYaml) throw new UserError(`${what}: no Chart.yaml at the top of the package`);
  const metadata = parseChartYaml(chartYaml.content.toString("utf8"), `${what}: ${chartYaml.name}`);
  const config = describeBytes(MEDIA_TYPE.helmConfig, new TextEncoder().encode(JSON.stringify(metadata)));
  const layer = describeBytes(MEDIA_TYPE.helmChartContent, tgz);
  const annotations = {
    "org.opencontainers.image.title": metadata.name,
    "org.opencontainers.image.version": metadata.version
  };
  if (metadata.description) annotations["org.opencontainers.image.description"] = metadata.description;
  if (metadata.home) annotations["org.opencontainers.image.url"] = metadata.home;
  if (metadata.sources?.[0]) annotations["org.opencontainers.image.source"] = metadata.sources[0];
  const authors = (metadata.maintainers ?? []).map((m) => m.email ? `${m.name} (${m.email})` : m.name).filter(Boolean);
  if (authors.length) annotations["org.opencontainers.image.authors"] = authors.join(", ");
  annotations["org.opencontainers.image.created"] = createdTimestamp(env);
  const manifest = buildImageManifest({ config, layers: [layer], annotations });
  return {
    metadata,
    contentDigest: contentDigest(entries),
    blobs: [
      { descriptor: config, content: new TextEncoder().encode(JSON.stringify(metadata)) },
      { descriptor: layer, content: tgz }
    ],
    layer,
    manifest: manifest.bytes,
    manifestDigest: describeBytes(manifest.mediaType, manifest.bytes).digest,
    mediaType: manifest.mediaType
  };
}

// src/chart/dependencies.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { existsSync as existsSync2, readdirSync as readdirSync2 } from "node:fs";
import path4 from "node:path";
function lockedDependencies(root, chartDir) {
  const file = path4.posix.join(path4.relative(root, chartDir).split(path4.sep).join("/") || ".", "Chart.lock");
  if (!existsInRepo(root, file)) return [];
  const text = readRepoText(root, file);
  const lineOf = (node) => lineAt(text, node?.range?.[0] ?? 0);
  const [doc] = parseYaml(text, file);
  const contents = doc?.contents;
  if (!doc || !contents || (0, import_yaml2.isScalar)(contents) && contents.value === null) return [];
  if (!(0, import_yaml2.isMap)(contents)) throw new UserError(`${file}:${lineOf(contents)}: expected a map with dependencies, got ${typeName(doc.toJS())}`);
  const deps = contents.get("dependencies", true);
  if (deps === void 0 || (0, import_yaml2.isScalar)(deps) && deps.value === null) return [];
  if (!(0, import_yaml2.isSeq)(deps)) throw new UserError(`${file}:${lineOf(deps)}: dependencies: expected a list, got ${typeName(deps.toJSON())}`);
  return deps.items.map((item, i) => {
    const at = `${file}:${lineOf(item)}: dependencies[${i}]`;
    if (!(0, import_yaml2.isMap)(item)) throw new UserError(`${at}: expected a map (name, version, repository), got ${typeName(item?.toJSON?.() ?? item)}`);
    const name = item.get("name");
    const version = item.get("version");
    if (typeof name !== "string" || !name) throw new UserError(`${at}.name: expected a non-empty string, got ${typeName(name)}`);
    if (version !== void 0 && version !== null && typeof version !== "string" && typeof version !== "number") throw new UserError(`${at}.version: expected a string, got ${typeName(version)}`);
    return { name, version: version === void 0 || version === null ? void 0 : String(version) };
  });
}
function missingDependencies(root, chartDir, dependencies2) {
  const vendored = path4.join(chartDir, "charts");
  const archives = existsSync2(vendored) ? readdirSync2(vendored).filter((f) => f.endsWith(".tgz")) : [];
  const locked = lockedDependencies(root, chartDir);
  return dependencies2.filter((dep) => {
    if (existsSync2(path4.join(vendored, dep.name, "Chart.yaml"))) return false;
    const version = locked.find((l) => l.name === dep.name)?.version ?? dep.version;
    if (!version || !/^\d+\.\d+\.\d+/.test(version) || /[\s^~<>=*|xX]/.test(version)) {
      return !archives.some((a) => a.startsWith(`${dep.name}-`));
    }
    return !archives.includes(`${dep.name}-${version}.tgz`);
  });
}

// src/chart/publish.ts
var MAX_CHART_PACKAGE_BYTES = 20 * 1024 * 1024;
async function openChartTarget(destination, options) {
  if (destination.kind === "layout") return new OciLayoutTarget(destination.dir);
  return openRepository(destination.registry, destination.repository, { credentials: options.credentials, plainHttp: options.plainHttp, timeouts: options.timeouts, log: options.log });
}
async function publishedDigest(target, tag) {
  try {
    return (await target.resolve(tag)).digest;
  } catch (err) {
    if (err instanceof RegistryError && err.kind === "not-found") return void 0;
    if (err instanceof LayoutError && err.notFound) return void 0;
    throw err;
  }
}
async function publishedContent(target, tag) {
  const { bytes, descriptor } = await target.fetchManifest(tag);
  const layer = manifestReferences(bytes, descriptor.mediaType).blobs.find((l) => l.mediaType === MEDIA_TYPE.helmChartContent);
  if (!layer) return void 0;
  if (layer.size > MAX_CHART_PACKAGE_BYTES) {
    throw new UserError(`${target.name}:${tag}: its chart layer claims ${layer.size} bytes, more than the ${MAX_CHART_PACKAGE_BYTES / (1024 * 1024)} MiB a chart package may have; not reading it`);
  }
  return contentDigest(readTgz(await target.fetchBlob(layer.digest, layer.size), `${target.name}:${tag}`));
}
async function samePublishedContent(target, artifact, tag, current) {
  return current === artifact.manifestDigest || await publishedContent(target, tag) === artifact.contentDigest;
}
async function publishChart(target, artifact, tag, options, current) {
  if (current) {
    if (await samePublishedContent(target, artifact, tag, current)) {
      return { status: "already-published", digest: current, bytesUploaded: 0 };
    }
    if (!options.overwrite) {
      throw new UserError(
        `${target.name}:${tag} is already published with different content (${current}); a released version is immutable: bump the version, or set overwrite (--overwrite on the CLI) to replace it`
      );
    }
  }
  if (target instanceof OciLayoutTarget) await target.init();
  let bytesUploaded = 0;
  const uploaded = await Promise.all(artifact.blobs.map((blob) => target.pushBlob(blob.descriptor, blob.content)));
  artifact.blobs.forEach((blob, i) => bytesUploaded += uploaded[i] ? blob.descriptor.size : 0);
  const pushed = await target.pushManifest(artifact.manifest, artifact.mediaType, tag);
  bytesUploaded += artifact.manifest.byteLength;
  const unverified = (reason) => new UserError(`${target.name}:${tag} was pushed (${pushed.digest}) but is not verified: ${reason}; check it before anyone installs it`);
  let resolved;
  let pulled;
  try {
    resolved = await target.resolve(tag);
    pulled = await target.fetchBlob(artifact.layer.digest, artifact.layer.size);
  } catch (err) {
    if (err instanceof UserError) throw unverified(err.message);
    throw err;
  }
  if (resolved.digest !== pushed.digest || pushed.digest !== artifact.manifestDigest) {
    throw unverified(`the tag resolves to ${resolved.digest}, not to the pushed ${artifact.manifestDigest}`);
  }
  const original = artifact.blobs[1]?.content;
  if (Buffer.compare(Buffer.from(pulled), Buffer.from(original)) !== 0) {
    throw unverified("the chart read back differs from the packaged one");
  }
  return { status: current ? "overwritten" : "pushed", digest: pushed.digest, bytesUploaded };
}

// src/chart/pipeline.ts
function chartContext(job, reporter, cleanup) {
  let remaining = 2;
  let resolve = () => void 0;
  const promise = new Promise((r) => resolve = r);
  const oneEnded = () => {
    if (--remaining === 0) resolve();
  };
  return { job, reporter, artifacts: new Artifacts(), cleanup: cleanup.child("chart"), gates: new AbortController(), lookedUp: { promise, oneEnded } };
}
async function stopGatesIfPublished(ctx) {
  const { artifacts, job } = ctx;
  const current = artifacts.find("publishedBefore");
  const artifact = artifacts.find("artifact");
  const target = artifacts.find("target");
  if (!current || !artifact || !target || ctx.gates.signal.aborted || job.overwrite) return;
  if (await samePublishedContent(target, artifact, job.chart.version, current)) {
    artifacts.set("published", { status: "already-published", digest: current, bytesUploaded: 0 }, "registry");
    ctx.gates.abort();
  }
}
var ALREADY_PUBLISHED = "this version is already published with the same content (it passed its gates when it was published); nothing to publish";
async function gate(ctx, work) {
  if (ctx.gates.signal.aborted) return new AlreadyDone(ALREADY_PUBLISHED);
  try {
    await work(ctx.gates.signal);
  } catch (err) {
    if (ctx.gates.signal.aborted) return new AlreadyDone(ALREADY_PUBLISHED);
    throw err;
  }
  if (ctx.gates.signal.aborted) return new AlreadyDone(ALREADY_PUBLISHED);
}
function disposeChartContext(ctx) {
  return ctx.cleanup.runAll();
}
var dependencies = {
  name: "dependencies",
  async run({ job, reporter }) {
    const deps = job.chart.dependencies ?? [];
    if (deps.length === 0) return new Skip("the chart has no dependencies");
    const missing = missingDependencies(job.root, job.chartDir, deps);
    if (missing.length === 0) return new Skip(`all ${deps.length} dependencies are vendored under charts/ (no network needed)`);
    reporter.info(`building dependencies: ${missing.map((d) => `${d.name} ${d.version ?? ""} from ${d.repository ?? "charts/"}`.trim()).join(", ")}`);
    await job.helm.dependencyBuild(job.chartDir);
  }
};
var registryLookup = {
  name: "registry",
  async run(ctx) {
    try {
      const { job, reporter, artifacts } = ctx;
      if (job.dryRun) return new Skip("dry run: the registry is not contacted");
      const target = await openChartTarget(job.destination, { credentials: job.credentials, plainHttp: job.plainHttp });
      artifacts.set("target", target, "registry");
      const current = await publishedDigest(target, job.chart.version);
      if (current) artifacts.set("publishedBefore", current, "registry");
      reporter.info(`${job.destination.display}:${job.chart.version} ${current ? `is published (${current})` : "is not published yet"}`);
      await stopGatesIfPublished(ctx);
    } finally {
      ctx.lookedUp.oneEnded();
    }
  }
};
var lint = {
  name: "lint",
  async run(ctx) {
    const { job } = ctx;
    return gate(ctx, async (signal) => {
      await job.helm.lint(job.chartDir, [], signal);
      for (const file of job.valuesFiles) if (!signal.aborted) await job.helm.lint(job.chartDir, [file], signal);
    });
  }
};
var validate = {
  name: "validate",
  async run(ctx) {
    return gate(ctx, async (signal) => {
      const print = await validateChart(ctx, signal);
      await ctx.lookedUp.promise;
      if (!signal.aborted) print();
    });
  }
};
async function validateChart({ job, reporter, artifacts }, signal) {
  const renders = await Promise.all(
    [void 0, ...job.valuesFiles].map(async (valuesFile) => {
      const values = valuesFile ? repoRelative(realRoot(job.root), valuesFile) : "default values";
      try {
        const result = await verifyChart({ helm: job.helm, chartDir: job.chartDir, valuesFiles: valuesFile ? [valuesFile] : [], policy: { waivers: job.policy.waivers }, signal });
        return { values, findings: result.findings, waivedFindings: result.waivedFindings, objects: [...result.rendered.values()].flat() };
      } catch (err) {
        if (err instanceof ToolError) {
          const tail = err.stderr.trim().split("\n").slice(-3).join(" | ");
          throw new UserError(`helm template ${repoRelative(job.root, job.chartDir)}${valuesFile ? ` -f ${values}` : ""}: ${tail}`);
        }
        throw err;
      }
    })
  );
  const all = reportFindings(new ChartTemplates(job.root, repoRelative(job.root, job.chartDir)), renders);
  artifacts.set("findings", all.map((f) => f.reported), "validate");
  return () => {
    const failing = printFindings(reporter, all, job.policy.waivers, job.policy.mode);
    if (failing) {
      const hint = job.policy.mode === "enforce" && all.every(({ reported: f }) => f.check === "policy") ? " (fix them, waive them with a reason, or set the policy mode to warn: docs/policy.md)" : "";
      throw new UserError(`chart ${job.chart.name}: ${failing} validation finding${failing === 1 ? "" : "s"} (see above)${hint}; nothing was published`);
    }
  };
}
var packageChart = {
  name: "package",
  async run(ctx) {
    try {
      const { job, reporter, artifacts } = ctx;
      let dir = job.packageDir;
      if (!dir) {
        dir = mkdtempSync(path5.join(tmpdir(), "dot-ai-release-chart-"));
        ctx.cleanup.add({ kind: "directory", path: dir });
      }
      const packagePath = await job.helm.package(job.chartDir, job.chart.version, job.chart.appVersion, dir);
      const bytes = reproducibleChartPackage(readFileSync(packagePath), path5.basename(packagePath));
      writeFileSync(packagePath, bytes);
      const artifact = chartArtifact(bytes, path5.basename(packagePath));
      artifacts.set("packagePath", packagePath, "package");
      artifacts.set("artifact", artifact, "package");
      reporter.info(`packaged ${path5.basename(packagePath)} (${artifact.layer.size} bytes, content ${artifact.contentDigest.slice(0, 19)}\u2026)`);
      await stopGatesIfPublished(ctx);
    } finally {
      ctx.lookedUp.oneEnded();
    }
  }
};
var publish = {
  name: "publish",
  async run({ job, reporter, artifacts }) {
    if (job.dryRun) return new Skip("dry run: nothing is pushed");
    const ref = `${job.destination.display}:${job.chart.version}`;
    const found = artifacts.find("published");
    if (found) return new AlreadyDone(`${ref} is already published with the same content (${found.digest})`);
    const published = await publishChart(artifacts.get("target", "publish"), artifacts.get("artifact", "publish"), job.chart.version, { overwrite: job.overwrite }, artifacts.find("publishedBefore"));
    artifacts.set("published", published, "publish");
    if (published.status === "already-published") return new AlreadyDone(`${ref} is already published with the same content (${published.digest})`);
    reporter.info(`${published.status} ${ref}@${published.digest} (${published.bytesUploaded} bytes uploaded); verified`);
  }
};
var CHART_GATES = [dependencies, [registryLookup, packageChart, lint, validate]];
var CHART_STAGES = [...CHART_GATES, publish];

export {
  parseInputs,
  countByRule,
  chartArtifact,
  openChartTarget,
  publishedDigest,
  samePublishedContent,
  chartContext,
  disposeChartContext,
  publish,
  CHART_GATES,
  CHART_STAGES
};
