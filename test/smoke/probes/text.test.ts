/** The probe's text helpers: what a cause line may show, and what it must never show. */
import { describe, expect, it } from 'vitest';
import { oneLine, Redactor, showsExpected, whatItShows } from '../../../src/smoke/probes/text.js';

describe('showsExpected: a version appears whole', () => {
  it.each([
    ['{"version":"1.6.1"}', true],
    ['dot-ai v1.6.1 ready', true],
    ['version 1.6.1.', true],
    ['{"version":"1.6.10"}', false],
    ['{"version":"11.6.1"}', false],
    ['{"version":"1.6.1-rc.1"}', false],
    ['{"version":"1.6.1+build"}', false],
    ['1.6.1.4', false],
  ])('%s shows 1.6.1: %s', (text, shown) => {
    expect(showsExpected(text, '1.6.1')).toBe(shown);
  });

  it('a prerelease version is matched whole too, and other text as a substring', () => {
    expect(showsExpected('"version":"1.7.0-rc.1"', '1.7.0-rc.1')).toBe(true);
    expect(showsExpected('"version":"1.7.0-rc.10"', '1.7.0-rc.1')).toBe(false);
    expect(showsExpected('Echo: hello there', 'Echo: hello')).toBe(true);
  });
});

describe('whatItShows: the versions a result shows instead, labelled ones first', () => {
  it('prefers a version labelled as one over any other', () => {
    expect(whatItShows('{"name":"x","version":"1.2.3","node":"v20.20.2"}', '1.6.1')).toBe('1.2.3');
    // dot-ai's version tool: the release under system.version.version, beside nodeVersion.
    expect(whatItShows('{"system":{"version":{"version":"2.2.1","nodeVersion":"v24.21.0"}}}', '2.2.2')).toBe('2.2.1');
    expect(whatItShows('running 2.0.0 on node 20.1.0', '1.6.1')).toBe('2.0.0, 20.1.0');
  });
  it('else the text, quoted and cut', () => {
    expect(whatItShows('no version here', '1.6.1')).toBe('"no version here"');
    expect(whatItShows('', 'ok')).toBe('nothing (no text)');
  });
});

describe('oneLine: server text made safe for a log line', () => {
  it('flattens whitespace, escapes control characters (ANSI included) and cuts', () => {
    expect(oneLine('a\n\tb\r\nc')).toBe('a b c');
    expect(oneLine('\u001b[31mred\u001b[0m')).toBe('\\u001b[31mred\\u001b[0m');
    expect(oneLine('x'.repeat(10), 4)).toBe('xxxx…');
  });
});

describe('Redactor', () => {
  it('scrubs every secret, the longest first, and hides credential headers by name', () => {
    const redactor = new Redactor(['abc', 'abcdef'], ['X-Api-Key']);
    expect(redactor.text('token abcdef and abc')).toBe('token *** and ***');
    expect(redactor.header('authorization', 'Bearer zzz')).toBe('***');
    expect(redactor.header('x-api-key', 'k')).toBe('***');
    expect(redactor.header('accept', 'abc/json')).toBe('***/json');
  });
});
