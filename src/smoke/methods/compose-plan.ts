/**
 * What the compose methods change around the user's files, worked out without running anything:
 * which variables to give (env files a user copies from an `.example`, host paths that would point
 * into the runner's home), the override that points images at the candidate and publishes ports on
 * 127.0.0.1 at random host ports, build arguments that swap a Dockerfile's base. (Diagnostics are
 * redacted by ../redact.ts, like every method's.)
 */
import path from 'node:path';
import semver from 'semver';
import { Document, parse, type Node as YamlNode } from 'yaml';
import type { ComposeCli } from '../../tools/compose.js';
import { candidateFor, mappedImage } from '../candidate.js';
import type { Candidate } from '../types.js';

/** The label every container a smoke run starts carries (also on the docker method's). */
export const SMOKE_LABEL = 'dot-ai-release.smoke';

/** A compose model as `compose config` prints it (v1: short port strings; v2: long port objects). */
export interface ComposeModel {
  services: Record<string, ComposeService>;
  [key: string]: unknown;
}

export interface ComposeService {
  image?: string;
  build?: string | { context?: string; dockerfile?: string; args?: Record<string, string> | string[] };
  ports?: Array<string | number | { target: number | string; published?: number | string; host_ip?: string; protocol?: string }>;
  healthcheck?: { disable?: boolean; test?: unknown };
  [key: string]: unknown;
}

/** Parses compose YAML the way Compose reads it: merge keys (`<<: *anchor`) applied. */
export function parseCompose(text: string): ComposeModel {
  const doc = parse(text, { merge: true }) as ComposeModel | null;
  if (!doc || typeof doc !== 'object' || !doc.services || typeof doc.services !== 'object') return { services: {} };
  return doc;
}

/** Host paths whose bind mount hands a container the machine: the root, the engine's socket. */
const HOST_PATHS = new Set(['/', '/var/run/docker.sock', '/run/docker.sock']);

/** The host path of one `volumes:` entry when it is a bind mount (v1 prints `src:dst[:mode]`, v2 objects). */
function bindSource(entry: unknown): string | undefined {
  if (typeof entry === 'string') {
    const [source, target] = entry.split(':');
    return target !== undefined && source?.startsWith('/') ? source : undefined;
  }
  if (entry && typeof entry === 'object') {
    const { type, source } = entry as { type?: unknown; source?: unknown };
    return type === 'bind' && typeof source === 'string' ? source : undefined;
  }
  return undefined;
}

/**
 * What in the user's files hands a container the host: privileged, the host's namespaces, a bind
 * mount of `/` or the engine's socket. The repository's own file, so started as written, with a
 * warning in the summary (one line per finding).
 */
export function hostAccess(model: ComposeModel): string[] {
  const found: string[] = [];
  for (const [name, service] of Object.entries(model.services)) {
    if (service.privileged === true) found.push(`service ${name} runs privileged`);
    for (const key of ['network_mode', 'pid', 'ipc'] as const) if (service[key] === 'host') found.push(`service ${name} shares the host's ${key === 'network_mode' ? 'network' : key} namespace (${key}: host)`);
    for (const entry of Array.isArray(service.volumes) ? service.volumes : []) {
      const source = bindSource(entry);
      if (source !== undefined && HOST_PATHS.has(source.replace(/(.)\/+$/, '$1'))) found.push(`service ${name} mounts the host's ${source}`);
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Variables the files interpolate

export interface Seeds {
  /** `${VAR:-file}` whose default is missing but `file.example` exists: copy the example, point VAR at the copy. */
  examples: Array<{ variable: string; example: string; name: string }>;
  /** `${VAR:-~/...}` host paths in the runner's home: given a file of the run's own instead. */
  homePaths: Array<{ variable: string; fallback: string }>;
}

/**
 * Reads `${VAR:-default}` / `${VAR-default}` references in the files' text. `dir` is the project
 * directory (where Compose resolves relative paths); `exists` is asked about files there.
 * Variables in `given` (the method's env) are the user's choice and left alone.
 */
export function seedsFor(texts: string[], dir: string, exists: (file: string) => boolean, given: Record<string, string> = {}): Seeds {
  const seeds: Seeds = { examples: [], homePaths: [] };
  const seen = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*):?-([^}]*)\}/g)) {
      const [, variable, raw] = m as unknown as [string, string, string];
      const fallback = raw.trim().replace(/^(['"])(.*)\1$/, '$2');
      if (!fallback || variable in given || seen.has(variable)) continue;
      if (/^(~|\$HOME|\$\{HOME\})(\/|$)/.test(fallback)) {
        seen.add(variable);
        seeds.homePaths.push({ variable, fallback });
        continue;
      }
      const file = path.resolve(dir, fallback);
      if (!exists(file) && exists(`${file}.example`)) {
        seen.add(variable);
        seeds.examples.push({ variable, example: `${file}.example`, name: path.basename(file) });
      }
    }
  }
  return seeds;
}

/** `${VAR:-file}` references whose default is missing but `file.example` exists, as env (VAR -> `file.example`, relative). */
export function exampleEnvFor(composeText: string, exists: (path: string) => boolean, dir: string): Record<string, string> {
  const { examples } = seedsFor([composeText], dir, exists);
  return Object.fromEntries(examples.map((e) => [e.variable, path.relative(dir, e.example)]));
}

/** What a host file in the runner's home is replaced with: an empty kubeconfig for a kubeconfig, else an empty file. */
export function homeStandIn(variable: string, fallback: string): string {
  return /kube/i.test(`${variable} ${fallback}`) ? 'apiVersion: v1\nkind: Config\nclusters: []\ncontexts: []\nusers: []\n' : '';
}

// ---------------------------------------------------------------------------------------------
// The override

/** Compose v2 from 2.24.4 on reads `!override` (replace a list instead of merging it); v1 and older v2 do not. */
export function supportsOverrideTag(cli: ComposeCli): boolean {
  if (cli.major !== 2) return false;
  const version = semver.coerce(cli.version);
  return version !== null && semver.gte(version, '2.24.4');
}

/** The container port (and protocol) of one `ports` entry, in either syntax; `[::1]:80:80` included. */
export function containerPort(entry: NonNullable<ComposeService['ports']>[number]): { target: string; protocol: string } {
  if (typeof entry === 'number') return { target: String(entry), protocol: 'tcp' };
  if (typeof entry === 'object') return { target: String(entry.target), protocol: entry.protocol ?? 'tcp' };
  const [spec, protocol = 'tcp'] = entry.split('/') as [string, string?];
  const target = spec.slice(spec.lastIndexOf(':') + 1);
  return { target, protocol };
}

/** The service's ports, each on 127.0.0.1 at a host port the engine picks; `ensure` is added when missing. */
export function loopbackPorts(service: ComposeService, ensure?: number): string[] {
  const out: string[] = [];
  for (const entry of service.ports ?? []) {
    const { target, protocol } = containerPort(entry);
    const port = `127.0.0.1::${target}${protocol === 'tcp' ? '' : `/${protocol}`}`;
    if (!out.includes(port)) out.push(port);
  }
  if (ensure !== undefined && !out.some((p) => containerPort(p).target === String(ensure))) out.push(`127.0.0.1::${ensure}`);
  return out;
}

/** `ARG NAME=IMAGE` lines of a Dockerfile whose image the map replaces, as build arguments (the base swapped, the file untouched). */
export function baseImageArgs(dockerfile: string, imageMap: Record<string, string>, given: Record<string, string> = {}): Record<string, string> {
  const args: Record<string, string> = {};
  const used = new Set([...dockerfile.matchAll(/^\s*FROM\s+(?:--\S+\s+)*\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/gim)].map((m) => m[1]));
  for (const m of dockerfile.matchAll(/^\s*ARG\s+([A-Za-z_][A-Za-z0-9_]*)=(?:"([^"]*)"|'([^']*)'|(\S+))/gim)) {
    const name = m[1] as string;
    const value = m[2] ?? m[3] ?? m[4] ?? '';
    if (!used.has(name) || name in given) continue;
    const mapped = mappedImage(value, imageMap);
    if (mapped !== value) args[name] = mapped;
  }
  return args;
}

function buildArgsOf(build: ComposeService['build']): Record<string, string> {
  if (!build || typeof build === 'string' || !build.args) return {};
  if (Array.isArray(build.args)) return Object.fromEntries(build.args.map((a) => [a.split('=')[0] as string, a.slice(a.indexOf('=') + 1)]));
  return build.args;
}

/** Where a service's Dockerfile is, from compose's resolved model (context is absolute there). */
export function dockerfileOf(build: ComposeService['build']): string | undefined {
  if (!build) return undefined;
  const context = typeof build === 'string' ? build : build.context;
  if (!context || /^[a-z]+:\/\//i.test(context) || context.startsWith('git@')) return undefined;
  const file = typeof build === 'string' ? 'Dockerfile' : (build.dockerfile ?? 'Dockerfile');
  return path.resolve(context, file);
}

export interface OverridePlan {
  /** Per service, the keys the override sets. */
  services: Record<string, { image?: string; ports?: string[]; buildArgs?: Record<string, string>; labels: Record<string, string>; environment?: string[] }>;
  /** Images built from source for the run (removed at the end). */
  built: string[];
  /** One line per change, for the report ("dot-ai: image -> local/x:1"). */
  changes: string[];
  /** Whether a service is built (`up --build`). */
  build: boolean;
}

export interface PlanInput {
  model: ComposeModel;
  candidate: Pick<Candidate, 'images' | 'imageMap'>;
  /** The service serving MCP and its port (published even when the file does not publish it). */
  service: string;
  port: number;
  /**
   * Environment the MCP service gets on top of the files' (`KEY=value`, or `KEY` alone: its value
   * from compose's own environment, which is how the token reaches it without being written down).
   */
  environment?: string[];
  runName: string;
  /** Reads a Dockerfile (undefined when it cannot be read). */
  readDockerfile: (file: string) => string | undefined;
}

/** A tag of the run's own for an image built from source (lowercase, valid whatever the service's name). */
export function builtImageTag(runName: string, service: string): string {
  return `${runName}-${service.toLowerCase().replace(/[^a-z0-9._-]+/g, '-')}:smoke`;
}

/** Works out the override from compose's resolved model of the user's files. */
export function planOverride(input: PlanInput): OverridePlan {
  const { model, candidate, runName } = input;
  const plan: OverridePlan = { services: {}, built: [], changes: [], build: false };
  for (const [name, service] of Object.entries(model.services)) {
    const entry: OverridePlan['services'][string] = { labels: { [SMOKE_LABEL]: runName } };
    const image = service.image;
    const released = image ? candidateFor(candidate, image) : undefined;
    if (released) {
      // The candidate, never a build: the release is exactly these bytes.
      entry.image = released.ref;
      plan.changes.push(`${name}: image ${released.ref}`);
    } else if (service.build) {
      // Built from source as the file says, under a tag of the run's own (parallel runs, removal).
      entry.image = builtImageTag(runName, name);
      plan.built.push(entry.image);
      plan.build = true;
      const dockerfile = dockerfileOf(service.build);
      const text = dockerfile ? input.readDockerfile(dockerfile) : undefined;
      const args = text ? baseImageArgs(text, candidate.imageMap, buildArgsOf(service.build)) : {};
      if (Object.keys(args).length) entry.buildArgs = args;
      plan.changes.push(`${name}: built as ${entry.image}${entry.buildArgs ? ` (${Object.entries(entry.buildArgs).map(([k, v]) => `${k}=${v}`).join(', ')})` : ''}`);
    } else if (image && mappedImage(image, candidate.imageMap) !== image) {
      entry.image = mappedImage(image, candidate.imageMap);
      plan.changes.push(`${name}: image ${entry.image}`);
    }
    if (name === input.service && input.environment?.length) {
      entry.environment = input.environment;
      plan.changes.push(`${name}: environment ${input.environment.map((e) => (e.includes('=') ? e : `${e} (from the run)`)).join(', ')}`);
    }
    const ports = loopbackPorts(service, name === input.service ? input.port : undefined);
    if (ports.length) {
      entry.ports = ports;
      plan.changes.push(`${name}: ports ${ports.join(', ')}`);
    }
    plan.services[name] = entry;
  }
  return plan;
}

/** The override file for Compose v2 2.24.4+: images, build args, labels, and `ports: !override` (replacing the file's list). */
export function overrideYaml(plan: OverridePlan, options: { replacePorts: boolean }): string {
  const services: Record<string, Record<string, unknown>> = {};
  for (const [name, s] of Object.entries(plan.services)) {
    const out: Record<string, unknown> = {};
    if (s.image) out.image = s.image;
    if (s.buildArgs) out.build = { args: s.buildArgs };
    if (s.environment) out.environment = s.environment;
    out.labels = s.labels;
    if (s.ports && options.replacePorts) out.ports = s.ports;
    services[name] = out;
  }
  // YAML 1.1 output: Compose v1 reads YAML 1.1 (PyYAML), where an unquoted `no` is a boolean.
  const doc = new Document({ services }, { version: '1.1' });
  for (const name of Object.keys(services)) {
    const ports = doc.getIn(['services', name, 'ports'], true) as YamlNode | undefined;
    if (ports) ports.tag = '!override';
  }
  return `# Written by dot-ai-release smoke beside the user's files (never edited): images, build args, labels, loopback ports at random host ports.\n${String(doc)}`;
}

/**
 * For Compose v1 (and v2 before 2.24.4), which merge `ports` lists and cannot reset them: compose's
 * own resolved model of the files plus the override, with each service's ports replaced.
 */
export function withPortsReplaced(model: ComposeModel, plan: OverridePlan): ComposeModel {
  // (Written with composeYaml: YAML 1.1, which v1 reads.)
  const services: Record<string, ComposeService> = {};
  for (const [name, service] of Object.entries(model.services)) {
    const ports = plan.services[name]?.ports;
    services[name] = ports ? { ...service, ports } : service;
  }
  return { ...model, services };
}

/** A model as YAML that Compose v1 reads the same (YAML 1.1: `restart: "no"` stays a string). */
export function composeYaml(model: ComposeModel): string {
  return new Document(model, { version: '1.1' }).toString();
}
