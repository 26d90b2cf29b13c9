import { describe, expect, test } from 'vitest';
import { jsonText, logLine, logLines, markdownTable, md, mdCode, mdCodeBlock, mdText, visible } from '../../src/report/escape.js';

const ESC = '\u001b';

describe('terminal and log lines', () => {
  test.each([
    ['a newline cannot start a line of its own', 'name\nerror: forged', 'name\\nerror: forged'],
    ['carriage return', 'ok\rerror: forged', 'ok\\rerror: forged'],
    ['ESC sequences are shown, not run', `${ESC}[31mred${ESC}[0m`, '\\x1b[31mred\\x1b[0m'],
    ['C1 CSI', '\u009b31m', '\\x9b31m'],
    ['bidirectional override', 'abc\u202edcb', 'abc\\u{202e}dcb'],
    ['zero-width space and BOM', 'a\u200bb\ufeff', 'a\\u{200b}b\\u{feff}'],
    ['NUL, DEL and tab', 'a\u0000b\u007fc\td', 'a\\x00b\\x7fc\\td'],
    ['plain text is unchanged', 'ghcr.io/acme/demo:1.2.3 <tag> | * _', 'ghcr.io/acme/demo:1.2.3 <tag> | * _'],
  ])('%s', (_, input, expected) => expect(visible(input)).toBe(expected));

  test.each([
    ['::error::forged', '\\x3a:error::forged'],
    ['  ::warning file=a::x', '  \\x3a:warning file=a::x'],
    ['\u00a0::debug::x', '\u00a0\\x3a:debug::x'],
    ['text ##[error]forged', 'text ##\\x5berror]forged'],
    ['chart\n::error::forged', 'chart\\n::error::forged'],
    ['a :: b', 'a :: b'],
  ])('no workflow command in %j', (input, expected) => {
    expect(logLine(input)).toBe(expected);
  });

  test('multi-line text keeps its lines, each made safe', () => {
    expect(logLines(`### head\n::error::x\n| a ${ESC} |`)).toBe('### head\n\\x3a:error::x\n| a \\x1b |');
  });
});

describe('JSON output', () => {
  test('still parses to the same value, with C1, separators, bidi controls and ##[ escaped', () => {
    const value = { field: `a\u009b\u2028\u202e ##[error]x ${ESC} "q"`, n: 1 };
    const text = jsonText(value);
    expect(JSON.parse(text)).toEqual(value);
    for (const raw of ['\u009b', '\u2028', '\u202e', ESC]) expect(text).not.toContain(raw);
    expect(text).not.toContain('##[');
  });
});

describe('markdown', () => {
  test('text renders as itself: no HTML, links, emphasis, entities or block syntax', () => {
    expect(mdText('ghcr.io/acme/demo:<tag>')).toBe('ghcr.io/acme/demo:\\<tag\\>');
    expect(mdText('[x](https://evil) *b* _i_ `c` ~~s~~ &amp; $m$ \\')).toBe('\\[x\\](https://evil) \\*b\\* \\_i\\_ \\`c\\` \\~\\~s\\~\\~ \\&amp; \\$m\\$ \\\\');
    expect(mdText('# heading')).toBe('\\# heading');
    expect(mdText('1. item')).toBe('1\\. item');
    expect(mdText('line\nnext')).toBe('line\\\\nnext'); // renders as line\nnext
  });

  test('code spans hold any text, backticks included, on one line', () => {
    expect(mdCode('ghcr.io/acme/demo:<tag>')).toBe('`ghcr.io/acme/demo:<tag>`');
    expect(mdCode('a`b')).toBe('``a`b``');
    expect(mdCode('`x`')).toBe('`` `x` ``');
    expect(mdCode('a\n## b')).toBe('`a\\n## b`');
    expect(mdCode('')).toBe('');
  });

  test('code blocks keep lines, and no backtick run inside can close them', () => {
    expect(mdCodeBlock('helm install x\n```\n# y', 'sh')).toBe('````sh\nhelm install x\n```\n# y\n````');
    expect(mdCodeBlock(`a${ESC}b`)).toBe('```\na\\x1bb\n```');
  });

  test('tables: plain strings are escaped as text; pipes and newlines cannot break a row', () => {
    const table = markdownTable(['Where', 'Field'], [
      [md.code('a|b.yaml:3'), 'x|y <b>'],
      ['two\nlines', md.raw('**ours**')],
    ]);
    expect(table.split('\n')).toEqual([
      '| Where | Field |',
      '| --- | --- |',
      '| `a\\|b.yaml:3` | x\\|y \\<b\\> |',
      '| two\\\\nlines | **ours** |',
    ]);
  });
});
