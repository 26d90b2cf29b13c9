/**
 * Assertions on a tool's JSON (probe.json): paths, equality, `{not: ...}`, and the one-line
 * failure naming the path, what was expected and what was found, escaped. The shapes are dot-ai
 * 2.2.2's version tool answers (docs/smoke.md: which assertion proves the Qdrant wiring).
 */
import { describe, expect, test } from 'vitest';
import { failedAssertion, jsonAssertionProblems, lookup, parseJsonPath, resultJson } from '../../../src/smoke/probes/json.js';

/** dot-ai 2.2.2's version tool with the plugin and a reachable Qdrant (cut to what the assertions read). */
const HEALTHY = {
  status: 'success',
  system: {
    version: { version: '2.2.2' },
    vectorDB: { connected: true, url: 'http://dotai-qdrant:6333', collections: { knowledgeBase: { exists: true, documentsCount: 0 } } },
    plugins: { pluginCount: 1, plugins: [{ name: 'agentic-tools', version: '1.0.0', toolCount: 40 }], pendingDiscovery: [] },
  },
};
/** The plugin answers, Qdrant does not: `connected` is still true (it only means the plugin answered). */
const QDRANT_DOWN = { system: { vectorDB: { connected: true, url: 'unknown', collections: { knowledgeBase: { exists: false, error: 'fetch failed' } } } } };
/** No plugins file: no plugin, no vector DB. */
const NO_PLUGIN = { system: { vectorDB: { connected: false, url: 'unknown', error: 'Plugin registry not initialized.' } } };

const DOT_AI_ASSERTION = { 'system.vectorDB.connected': true, 'system.vectorDB.url': { not: 'unknown' } };

describe('paths', () => {
  test.each([
    ['system.vectorDB.connected', ['system', 'vectorDB', 'connected']],
    ['system.plugins.plugins[0].name', ['system', 'plugins', 'plugins', 0, 'name']],
    ['system.plugins.plugins.0.name', ['system', 'plugins', 'plugins', 0, 'name']],
    ['a[1][2]', ['a', 1, 2]],
  ])('%s', (path, segments) => expect(parseJsonPath(path)).toEqual(segments));

  test.each(['', 'a..b', 'a[x]', '.a', 'a['])('%j is not a path', (path) => {
    expect(parseJsonPath(path)).toBeUndefined();
    expect(jsonAssertionProblems({ [path]: 1 })).toHaveLength(1);
  });

  test('lookup names the first missing segment', () => {
    expect(lookup(HEALTHY, ['system', 'plugins', 'plugins', 0, 'toolCount'])).toEqual({ found: true, value: 40 });
    expect(lookup(HEALTHY, ['system', 'plugins', 'plugins', 3, 'name'])).toEqual({ found: false, missing: 'system.plugins.plugins[3]' });
    expect(lookup(NO_PLUGIN, ['system', 'plugins', 'pluginCount'])).toEqual({ found: false, missing: 'system.plugins' });
  });
});

describe("dot-ai's vector DB: the assertion that proves Qdrant is wired", () => {
  test('holds with the plugin and Qdrant up', () => {
    expect(failedAssertion(HEALTHY, DOT_AI_ASSERTION)).toBeUndefined();
  });

  test('connected alone would pass with Qdrant down; the url says it is not', () => {
    expect(failedAssertion(QDRANT_DOWN, { 'system.vectorDB.connected': true })).toBeUndefined();
    expect(failedAssertion(QDRANT_DOWN, DOT_AI_ASSERTION)).toBe('system.vectorDB.url is "unknown", expected anything but "unknown"');
  });

  test('without the plugin: connected is false', () => {
    expect(failedAssertion(NO_PLUGIN, DOT_AI_ASSERTION)).toBe('system.vectorDB.connected is false, expected true');
  });

  test('an absent key, an array element, a whole object', () => {
    expect(failedAssertion(NO_PLUGIN, { 'system.plugins.pluginCount': 1 })).toBe('system.plugins.pluginCount is absent (no system.plugins), expected 1');
    expect(failedAssertion(HEALTHY, { 'system.plugins.plugins[0].name': 'agentic-tools', 'system.plugins.pendingDiscovery': [] })).toBeUndefined();
    expect(failedAssertion(HEALTHY, { 'system.version': { version: '2.2.2' } })).toBeUndefined();
  });

  test('what the server sent is escaped and cut, and passes the probe redaction', () => {
    const hostile = { v: `\u001b[31m${'x'.repeat(500)}`, s: 'tok-secret' };
    const cause = failedAssertion(hostile, { v: 'y' }) as string;
    expect(cause).not.toContain('\u001b');
    expect(cause.length).toBeLessThan(300);
    expect(failedAssertion(hostile, { s: 'y' }, (t) => t.replace('tok-secret', '***'))).toBe('s is "***", expected "y"');
  });

  test('a result without JSON', () => {
    expect(failedAssertion(undefined, DOT_AI_ASSERTION)).toBe('no JSON in the result to check');
  });
});

describe('the JSON of a tool result', () => {
  test('structured content first, else the first text part that is JSON (dot-ai adds a URL part after)', () => {
    expect(resultJson({ structuredContent: { a: 1 }, content: [{ type: 'text', text: '{"b":2}' }] })).toEqual({ a: 1 });
    expect(resultJson({ content: [{ type: 'text', text: JSON.stringify(HEALTHY, null, 2) }, { type: 'text', text: 'https://ui/x' }] })).toEqual(HEALTHY);
    expect(resultJson({ content: [{ type: 'text', text: 'plain' }] })).toBeUndefined();
  });
});
