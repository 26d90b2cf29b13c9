import { describe, expect, test } from 'vitest';
import { lineAt, lineIndex } from '../../src/fs/lines.js';
import { withoutOverlaps, type VersionSlot } from '../../src/version/slot.js';
import { chartReferences, imageReferences } from '../../src/version/updaters/text/references.js';

/** The scan's building blocks, made linear (issue 9: 68,000 references took 23-71 s). Speed itself is in `npm run bench`. */

const slot = (start: number, end: number, field = `${start}-${end}`): VersionSlot => ({ file: 'f', field, stream: 'app', current: 'x', start, end, line: 1 });

/** The former quadratic definition, kept as the reference the linear one must agree with. */
function naive(slots: VersionSlot[]): VersionSlot[] {
  const kept: VersionSlot[] = [];
  for (const s of slots) if (!kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s);
  return kept.sort((a, b) => a.start - b.start);
}

describe('withoutOverlaps keeps the first of overlapping slots', () => {
  test('agrees with the definition on random slots, empty ones included', () => {
    let seed = 42;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let round = 0; round < 300; round++) {
      const slots = Array.from({ length: 1 + random(40) }, () => {
        const start = random(60);
        return slot(start, start + random(6));
      });
      expect(withoutOverlaps(slots)).toEqual(naive(slots));
    }
  });

  test('structured slots win over text slots at the same place', () => {
    const structured = slot(10, 15, 'version');
    const text = slot(8, 15, 'image:<tag>');
    expect(withoutOverlaps([structured, text]).map((s) => s.field)).toEqual(['version']);
  });
});

test('line numbers from the index agree with counting', () => {
  const text = 'a\nbb\n\nccc\r\nd';
  const lineOf = lineIndex(text);
  for (let offset = 0; offset <= text.length; offset++) {
    const expected = text.slice(0, offset).split('\n').length;
    expect(lineOf(offset)).toBe(expected);
    expect(lineAt(text, offset)).toBe(expected);
  }
});

describe('many references in one document', () => {
  test('68,000 image references: every one found at its line', () => {
    const text = Array.from({ length: 68_000 }, (_, i) => `line ${i} ghcr.io/acme/demo:1.2.${i % 10}`).join('\n');
    const slots = withoutOverlaps(imageReferences(['ghcr.io/acme/demo']).find(text, 'big.md'));
    expect(slots).toHaveLength(68_000);
    expect(slots[67_999]).toMatchObject({ line: 68_000, current: '1.2.9' });
  });

  test('chart references sharing one long continued command line are searched once', () => {
    const refs = Array.from({ length: 5_000 }, () => 'oci://ghcr.io/acme/charts/demo \\').join('\n');
    const slots = chartReferences(['oci://ghcr.io/acme/charts/demo']).find(`helm pull ${refs}\n  --version 1.2.3\n`, 'x.sh');
    expect(slots.map((s) => [s.current, s.line])).toEqual([['1.2.3', 5_001]]);
  });
});
