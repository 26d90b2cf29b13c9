/**
 * The smoke gate's vocabulary. A *method* is one documented way of deploying the server (the
 * single container, a compose file, the kustomizations, the chart with some values, the ToolHive
 * operator); a *provider* is where it runs (the Docker engine, a kind cluster, the current
 * cluster). The orchestrator (run.ts) deploys each method into a place of its own, probes it over
 * MCP through the path a user's client takes, diagnoses any failure and removes what it made.
 */
import type { ProbeExpectations, ProbeResult, ProbeTarget } from './probes/index.js';
import type { Reporter } from '../report/reporter.js';
import type { ScopedCleanup } from '../tools/cleanup.js';

export const METHOD_KINDS = ['docker', 'compose', 'kustomize', 'helm', 'toolhive'] as const;
export type MethodKind = (typeof METHOD_KINDS)[number];

/** Where a method kind runs. */
export function platformOf(kind: MethodKind): 'docker' | 'kubernetes' {
  return kind === 'docker' || kind === 'compose' ? 'docker' : 'kubernetes';
}

/** How a method is probed; every field has a default fit for a dot-ai-like server. */
export interface ProbeSettings {
  /** `auto`, `/` or `/mcp`. */
  mcpPath: string;
  /** Health path on the server (default /healthz); empty: no health stage. */
  health: string;
  expectations: ProbeExpectations;
  /** How long health may take to answer 2xx once the deployment reports ready. */
  healthTimeoutMs: number;
  /** Extra request headers (values masked); the token's header is added per method. */
  headers?: Record<string, string>;
}

/** The Pod Security levels a method's namespace may enforce, most to least strict. */
export const POD_SECURITY_LEVELS = ['restricted', 'baseline', 'privileged'] as const;
export type PodSecurityLevel = (typeof POD_SECURITY_LEVELS)[number];

/** How a method's deployment gets its token and how the probe sends it. */
export interface AuthSpec {
  /** generate: random per run; input: the token the run was given (bearer-token). */
  token: 'generate' | 'input';
  /** The variable the server reads it from (docker/compose: set there; Kubernetes: the Secret key behind it). */
  env?: string;
  /** helm: the chart value holding it, given in a private values file. */
  set?: string;
  /** The header the probe sends `Bearer <token>` in (default Authorization). */
  header?: string;
}

/** A plugin container beside the server (docker method), named in the plugins file the server reads. */
export interface PluginSpec {
  name: string;
  /** A repository (the candidate or the image map gives the reference) or a reference. */
  image: string;
  port: number;
  env: Record<string, string>;
  /** Deployed only when the run has an image for it (a default method's plugin); else required. */
  optional: boolean;
}

/** One method as configured (defaults in methods/defaults.ts, or the repository's dot-ai-release.yaml). */
export interface MethodSpec {
  name: string;
  kind: MethodKind;
  /** Files the method deploys, relative to the repository root (compose files, kustomization dirs, values files, manifests); helm: empty = the release's chart. */
  files: string[];
  /** helm: values files (relative); toolhive/kustomize: extra resources applied first. */
  values: string[];
  /** helm: `--set` values that are not secrets (e.g. qdrant.enabled=false). */
  set: Record<string, string>;
  /** compose: the service (docker: the container) that serves MCP; kubernetes: the Service name. */
  service?: string;
  /** The port MCP is served on by that service (default 3456). */
  port: number;
  /** Needs a Qdrant beside it that the method does not bring itself (docker, helm with external Qdrant). */
  externalQdrant: boolean;
  /** Environment for the server (docker) or compose interpolation; no secrets. */
  env: Record<string, string>;
  probe: ProbeSettings;
  /** Time budget for deploy + probe (+ diagnostics). */
  timeoutMs: number;
  /** Undefined: the deployment gets no token (and the probe sends none unless given one). */
  auth?: AuthSpec;
  /** docker: plugin containers beside the server. */
  plugins: PluginSpec[];
  /** Kubernetes: what the namespace enforces (restricted unless the method says otherwise). */
  podSecurity: PodSecurityLevel;
  /** helm: run `helm test` after the install. */
  helmTest: boolean;
}

/** One released image, as the methods deploy it. */
export interface CandidateImage {
  /** Repository as written in the user's files (e.g. ghcr.io/vfarcic/dot-ai), matched for overrides. */
  repository: string;
  /** Reference the engine and the cluster hold it under (local tag made for the run, or name@digest). */
  ref: string;
  /** Repository and tag of `ref`, separately (for helm values and kustomize `images:`). */
  localRepository: string;
  localTag: string;
  /** The image ID (config digest) actually deployed, recorded for the report. */
  id?: string;
  /** The registry digest when the candidate came from a registry. */
  digest?: string;
  /**
   * Where the chart's values pin its tag (dot-ai-release.yaml images[].valuesPath, e.g.
   * plugins.agentic-tools.image.tag): used when the values name the image by another repository.
   */
  valuesPath?: string;
}

/** The candidate chart: a directory or a package, and the repository's chart directory it is made from. */
export interface CandidateChart {
  path: string;
  kind: 'dir' | 'package';
  /** Repository-relative directory of the chart it is (the configured chart for a package). */
  source?: string;
  /** Not given (input chart, the release's package) but the configured chart by default: a method's own files name another. */
  byDefault?: boolean;
}

/** What is released, exactly as it is deployed. */
export interface Candidate {
  /** The release version the tool call must show. */
  version: string;
  /** The server's image (the first of `images`). */
  image: CandidateImage;
  /** Every released image (the server first; e.g. its plugin), each deployed wherever a method names its repository. */
  images: CandidateImage[];
  chart?: CandidateChart;
  /** Other images to substitute wherever a method names them (e.g. qdrant/qdrant -> a local stand-in). */
  imageMap: Record<string, string>;
  /** The Qdrant image for methods that need one beside them. */
  qdrantImage: string;
  /** A Node image for the in-cluster probe pod. */
  probeImage: string;
  /** Where the ToolHive operator's charts come from (oci://... with a version, or a directory holding operator-crds/ and operator/). */
  toolhive?: { charts: string; version?: string };
}

/** A running Kubernetes cluster the methods deploy into. */
export interface ClusterHandle {
  name: string;
  kubeconfig: string;
  context: string;
  /** Runs the probe inside the cluster (a short-lived pod) against a Service URL; credentials of the target go through a Secret. */
  probeInCluster(namespace: string, target: ProbeTarget, expectations: ProbeExpectations, timeoutMs: number, signal: AbortSignal): Promise<ProbeResult>;
  /** Makes the candidate's images present on every node (kind load) or checks they can be pulled. */
  ensureImages(refs: string[]): Promise<void>;
  /** Waits for room for the CPU a method's pods request beside the other methods' (providers/room.ts); `say` hears a wait. */
  reserveRoom(owner: string, millicores: number, signal: AbortSignal, say: (line: string) => void): Promise<void>;
  /** The owner's room back, once its namespaces are removed. */
  releaseRoom(owner: string): void;
}

/** What a method gets to deploy with. */
export interface MethodEnv {
  root: string;
  spec: MethodSpec;
  candidate: Candidate;
  /** Lines of this method, prefixed with its name. */
  reporter: Reporter;
  /** A directory of the method's own: overrides, rendered manifests, diagnostics (uploaded by workflows). */
  workDir: string;
  /**
   * A directory of the method's own for what nobody may read (env files with the token, private
   * values): 0700, outside the diagnostics, removed when the run ends (kept runs included).
   */
  privateDir: string;
  /** A unique, DNS-safe name for this run of the method (namespace, compose project, container prefix). */
  runName: string;
  /** Aborted when the method's budget is spent (or the run is cancelled). */
  signal: AbortSignal;
  /** Register everything the method starts; it is removed when the method ends (unless kept). */
  cleanup: ScopedCleanup;
  cluster?: ClusterHandle;
  /** The token this method's deployment was given (undefined: none); registered as a secret. */
  token?: string;
  /** Every secret of the run (tokens, header values): masked in every diagnostic file. */
  secrets: string[];
  /** Writes a diagnostic file under workDir: the path confined, the content redacted. */
  write(relative: string, content: string): string;
  /** Says something the summary should show (e.g. a lower Pod Security level and what the chart lacks). */
  warn(message: string): void;
}

/** Where to probe a deployed method; several endpoints prove several paths (port-forward and Service). */
export interface Endpoint {
  /** e.g. "published port", "port-forward", "Service (in cluster)". */
  label: string;
  /** From this process (undefined for an in-cluster endpoint). */
  url?: string;
  /** Probed from inside the cluster, in this namespace. */
  inCluster?: { namespace: string; url: string };
}

export interface Deployed {
  endpoints: Endpoint[];
  /** How the candidate was pointed at (e.g. "compose override file", "kustomize images:"), for the report. */
  how: string;
  /** Extra facts worth reporting (e.g. "NetworkPolicy accepted, not enforced by this CNI"). */
  notes?: string[];
  /**
   * Looked at every few seconds while the endpoints are probed: the deployment's own failure (a
   * container that exited, a pod in CrashLoopBackOff) ends the probe at once, and is the cause.
   */
  watch?: () => Promise<string | undefined>;
}

/** One deployment method's implementation. */
export interface SmokeMethod {
  /** Checks files and tools before anything starts (a missing file is named here). */
  preflight(env: Pick<MethodEnv, 'root' | 'spec' | 'candidate'>): void;
  /** Deploys and waits until the deployment itself reports ready (re-checking waits). */
  deploy(env: MethodEnv): Promise<Deployed>;
  /**
   * Writes what explains a failure into env.workDir; returns a one-line cause when it can tell one
   * that `cause` (the failure as seen so far) does not already give.
   */
  diagnose(env: MethodEnv, cause?: string): Promise<string | undefined>;
}

export interface ProbeRecord {
  endpoint: string;
  result: ProbeResult;
}

export interface MethodResult {
  method: string;
  kind: MethodKind;
  /** The name its namespaces, compose project or containers carry (to find them with --keep). */
  runName?: string;
  status: 'passed' | 'failed';
  seconds: number;
  /** One line: what failed and why (absent when passed). */
  cause?: string;
  how?: string;
  notes?: string[];
  probes: ProbeRecord[];
  /** Folder holding this method's diagnostics (absent when passed and nothing was kept). */
  diagnostics?: string;
  /** What passed but should be known (e.g. a lower Pod Security level, naming what the chart lacks). */
  warnings?: string[];
}

/** One entry of the `results` output (JSON): a method's result, each probe cut to what a workflow reads. */
export interface MethodResultOutput extends Omit<MethodResult, 'probes'> {
  probes: Array<{ endpoint: string; ok: boolean; cause?: string; server?: ProbeResult['server']; tools?: string[]; 'tool-call'?: ProbeResult['toolCall']; ms: number }>;
}
