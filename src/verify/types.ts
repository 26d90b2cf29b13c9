/** Shapes shared by the static verification kit (render → schema / deprecation / policy checks). */

/** A Kubernetes object as parsed from YAML: only apiVersion/kind/metadata are given a shape. */
export interface KubeObject {
  apiVersion?: unknown;
  kind?: unknown;
  metadata?: {
    name?: unknown;
    namespace?: unknown;
    labels?: Record<string, unknown> | null;
    annotations?: Record<string, unknown> | null;
    [key: string]: unknown;
  } | null;
  [key: string]: unknown;
}

/** One object out of `helm template` (or `kubectl kustomize`, or a raw manifest file). */
export interface RenderedObject {
  /** Template (`# Source:` comment) or file the object came from. */
  source: string;
  /** Position of the document in the whole output (0-based), to tell apart objects of one template. */
  index: number;
  object: KubeObject;
}

export type FindingCheck = 'render' | 'schema' | 'deprecation' | 'policy';

/** One problem found in one object. Every check reports in this shape so callers can print them alike. */
export interface Finding {
  check: FindingCheck;
  /** Rule name (policy rule, `schema`, `removed-api`, ...). */
  rule: string;
  kind: string;
  name: string;
  source?: string;
  /** Container name, for container-level policy rules. */
  container?: string;
  /** Kubernetes version the finding applies to (schema and deprecation checks). */
  kubeVersion?: string;
  message: string;
}

/** Human-readable one-liner for a finding. */
export function formatFinding(f: Finding): string {
  const where = [
    `${f.kind}/${f.name}`,
    f.container ? `container ${f.container}` : undefined,
    f.kubeVersion ? `k8s ${f.kubeVersion}` : undefined,
    f.source ? `(${f.source})` : undefined,
  ].filter(Boolean);
  return `[${f.check}:${f.rule}] ${where.join(' ')}: ${f.message}`;
}

export function kindOf(o: KubeObject): string {
  return typeof o.kind === 'string' ? o.kind : '<no kind>';
}

export function nameOf(o: KubeObject): string {
  const n = o.metadata?.name;
  return typeof n === 'string' ? n : '<no name>';
}
