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
  /** The document's text as rendered (from its `# Source:` line on), to find where a key sits in it. */
  text?: string;
}

/** Keys and list indexes from an object's root to one of its values: `['spec', 'template', 'spec', 'containers', 0, 'image']`. */
export type KeyPath = (string | number)[];

export type FindingCheck = 'render' | 'schema' | 'deprecation' | 'policy';

/**
 * A policy rule turned off, with the reason (printed, so a waiver is never silent): for the whole
 * chart, or only for one object (`Kind/name`, as rendered), one subchart (its templates and its own
 * subcharts'), or one object of one subchart. Rule `*` waives every rule, and only with a scope.
 */
export interface PolicyWaiver {
  rule: string;
  reason: string;
  object?: { kind: string; name: string };
  /** The subchart's name under charts/ (as helm's `# Source:` comments name it). */
  subchart?: string;
  /** Where it was written, for messages: `input skip-policies`, `dot-ai-release.yaml: chart.policy.waive[2]`. */
  origin?: string;
}

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
  /** The subcharts the template belongs to, outermost first, joined by `/` (policy findings). */
  subchart?: string;
  /** The key the finding is about (policy findings), to map it to a line of the template. */
  path?: KeyPath;
  /** The waiver that covers it (policy findings): then it does not fail the gate. */
  waiver?: PolicyWaiver;
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
