/**
 * Which methods run and how each is probed: the defaults for a dot-ai-like layout, then the
 * repository's `smoke` section of dot-ai-release.yaml, then the inputs (last wins).
 */
import type { ProbeSettingsFile, SmokeMethodFile, SmokeSettings } from '../config/file.js';
import { CONFIG_FILE } from '../config/file.js';
import { UserError } from '../errors.js';
import { jsonAssertionProblems } from './probes/json.js';
import { AGENTIC_TOOLS, DEFAULT_METHOD_NAMES, DEFAULT_PORT, DEFAULT_TIMEOUT_MS, defaultAuth, defaultMethods, defaultProbe } from './methods/defaults.js';
import { platformOf, type AuthSpec, type MethodSpec, type ProbeSettings } from './types.js';

/** How long JSON assertions may take to hold unless a method says otherwise. */
export const DEFAULT_JSON_WITHIN_SECONDS = 60;

/** Probe settings as inputs give them (all optional). */
export type ProbeOverrides = ProbeSettingsFile;

/** Applies written probe settings over `base`; `version` is what the tool call expects unless told otherwise. */
export function applyProbe(base: ProbeSettings, settings: ProbeSettingsFile | undefined, version: string): ProbeSettings {
  if (!settings) return base;
  const probe: ProbeSettings = { ...base, expectations: { ...base.expectations } };
  if (settings.mcpPath !== undefined) probe.mcpPath = settings.mcpPath;
  if (settings.health !== undefined) probe.health = settings.health;
  if (settings.tools) probe.expectations.tools = settings.tools;
  if (settings.serverName) probe.expectations.serverName = settings.serverName;
  if (settings.followUps !== undefined) probe.expectations.followUps = settings.followUps;
  if (settings.headers) probe.headers = { ...probe.headers, ...settings.headers };
  // JSON assertions get time to hold (dot-ai finds its plugin in the background, every 30 s).
  const json = settings.json ? { json: settings.json, jsonWithinMs: (settings.jsonWithin ?? DEFAULT_JSON_WITHIN_SECONDS) * 1000 } : settings.jsonWithin !== undefined ? { jsonWithinMs: settings.jsonWithin * 1000 } : {};
  if (settings.tool) {
    probe.expectations.toolCall = { name: settings.tool, arguments: settings.toolArgs, expect: settings.expect ?? version, ...json };
  } else if (probe.expectations.toolCall && (settings.expect !== undefined || settings.toolArgs || settings.json || settings.jsonWithin !== undefined)) {
    probe.expectations.toolCall = {
      ...probe.expectations.toolCall,
      ...(settings.expect !== undefined ? { expect: settings.expect } : {}),
      ...(settings.toolArgs ? { arguments: settings.toolArgs } : {}),
      ...json,
    };
  }
  return probe;
}

/** A method's auth as written over its kind's default (`false`: none). */
function authOf(m: SmokeMethodFile): AuthSpec | undefined {
  if (m.auth === false) return undefined;
  const base = defaultAuth(m.kind);
  if (!m.auth) return base;
  // Naming where the token goes replaces the default place (helm: a value, or the Secret behind a variable).
  const place = m.auth.env !== undefined || m.auth.set !== undefined ? { env: m.auth.env, set: m.auth.set } : { env: base.env, set: base.set };
  return { token: m.auth.token ?? 'generate', ...(place.env ? { env: place.env } : {}), ...(place.set ? { set: place.set } : {}), ...(m.auth.header ? { header: m.auth.header } : {}) };
}

function fromFile(m: SmokeMethodFile, version: string, common: SmokeSettings): MethodSpec {
  const base = applyProbe(defaultProbe(version), common.probe, version);
  return {
    name: m.name,
    kind: m.kind,
    files: m.files ?? [],
    values: m.values ?? [],
    set: Object.fromEntries(Object.entries(m.set ?? {}).map(([k, v]) => [k, String(v)])),
    service: m.service,
    port: m.port ?? DEFAULT_PORT,
    externalQdrant: m.externalQdrant ?? m.kind === 'docker',
    env: Object.fromEntries(Object.entries(m.env ?? {}).map(([k, v]) => [k, String(v)])),
    probe: applyProbe(base, m.probe, version),
    timeoutMs: (m.timeout ?? common.timeout ?? DEFAULT_TIMEOUT_MS / 1000) * 1000,
    auth: authOf(m),
    // A docker method runs dot-ai's plugin beside the server unless it names its own (or none: []).
    plugins: m.plugins === undefined ? (m.kind === 'docker' ? [AGENTIC_TOOLS] : []) : m.plugins.map((p) => ({ name: p.name, image: p.image, port: p.port ?? 8080, env: Object.fromEntries(Object.entries(p.env ?? {}).map(([k, v]) => [k, String(v)])), optional: false })),
    podSecurity: m.podSecurity ?? 'restricted',
    helmTest: m.helmTest ?? true,
  };
}

export interface MethodSelection {
  /** Whether there is a chart to deploy (the default helm methods deploy the release's chart). */
  chart?: boolean;
  /** Names asked for (the `methods` input); undefined: every configured (or default) method. */
  names?: string[];
  provider: 'kind' | 'cluster' | 'docker';
  /** Inputs that override every method's budget and probe. */
  timeoutMs?: number;
  probe?: ProbeOverrides;
}

/** The methods to run, every name checked before anything starts. */
export function selectMethods(root: string, version: string, settings: SmokeSettings | undefined, selection: MethodSelection): MethodSpec[] {
  const common = settings ?? {};
  const configured = common.methods?.map((m) => fromFile(m, version, common));
  const available = configured ?? defaultMethods(root, version, selection.chart ?? true).map((m) => ({ ...m, probe: applyProbe(m.probe, common.probe, version), timeoutMs: common.timeout ? common.timeout * 1000 : m.timeoutMs }));
  const where = configured ? `${CONFIG_FILE}: smoke.methods` : 'the default methods';
  let methods: MethodSpec[];
  if (selection.names) {
    methods = selection.names.map((name) => {
      const found = available.find((m) => m.name === name);
      if (found) return found;
      if (!configured && DEFAULT_METHOD_NAMES.includes(name)) throw new UserError(`input methods: ${name}: its files are not in this repository`);
      throw new UserError(`input methods: unknown method ${JSON.stringify(name)} (${where}: ${available.map((m) => m.name).join(', ') || 'none'})`);
    });
  } else {
    methods = selection.provider === 'docker' ? available.filter((m) => platformOf(m.kind) === 'docker') : available;
  }
  if (methods.length === 0) throw new UserError(`input methods: no deployment method to run (${where} found none in this repository)`);
  if (selection.provider === 'docker') {
    const k8s = methods.filter((m) => platformOf(m.kind) === 'kubernetes');
    if (k8s.length) throw new UserError(`input methods: ${k8s.map((m) => m.name).join(', ')} need Kubernetes, but provider is docker`);
  }
  const selected = methods.map((m) => ({
    ...m,
    timeoutMs: selection.timeoutMs ?? m.timeoutMs,
    probe: applyProbe(m.probe, selection.probe, version),
  }));
  for (const m of selected) {
    const problems = jsonAssertionProblems(m.probe.expectations.toolCall?.json ?? {});
    if (problems.length) throw new UserError(`${configured ? `${CONFIG_FILE}: smoke` : 'smoke'} method ${m.name}: probe.json: ${problems.join('; ')}`);
  }
  return selected;
}
