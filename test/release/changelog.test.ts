/**
 * Release notes from a changelog: the version's section, in the heading forms Keep a Changelog and
 * towncrier write, on a towncrier-shaped fixture of our own (test/fixtures/changelog/CHANGELOG.md:
 * the marker, two blank lines between releases, a prerelease and a 1.0.10 beside 1.0.1, a heading
 * inside a code block, a level-2 heading that names no version inside a section).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { changelogSection, headingVersion } from '../../src/release/changelog.js';
import { ROOT } from '../helpers/repo.js';

const FIXTURE = readFileSync(path.join(ROOT, 'test/fixtures/changelog/CHANGELOG.md'), 'utf8');

describe('the version a heading names', () => {
  test.each([
    ['[1.2.3] - 2026-08-17', '1.2.3'],
    ['[1.2.3](https://github.com/acme/demo/compare/v1.2.2...v1.2.3) - 2026-08-17', '1.2.3'],
    ['1.2.3 (2026-08-17)', '1.2.3'],
    ['v1.2.3', '1.2.3'],
    ['[v1.2.3] - 2026-08-17', '1.2.3'],
    ['dot-ai 1.2.3 (2026-08-17)', '1.2.3'],
    ['[2.0.0-rc.1] - 2026-08-17', '2.0.0-rc.1'],
    ['1.2.3+build.5', '1.2.3+build.5'],
    ['[Unreleased]', 'unreleased'],
    ['Unreleased', 'unreleased'],
    ['Upgrade notes', undefined],
    ['1.2', undefined],
    ['1.2.3.4', undefined],
    ['Features of 1.2.3 and more', undefined],
  ])('## %s -> %s', (text, version) => {
    expect(headingVersion(text)).toBe(version);
  });
});

describe("a version's section", () => {
  test('towncrier: from its heading to the next version heading; a code block and a level-2 heading inside stay in it', () => {
    const section = changelogSection(FIXTURE, '1.1.0');
    expect(section).toMatchObject({ line: 8, heading: '## [1.1.0] - 2026-09-02' });
    expect(section.body.split('\n')[0]).toBe('### Features');
    expect(section.body).toContain('## [0.0.1] - inside a code block: not a heading');
    expect(section.body.endsWith('```')).toBe(true);
    expect(section.body).not.toContain('1.1.0-rc.1');
  });

  test('1.0.1 is not 1.0.10, and a prerelease is its own section', () => {
    expect(changelogSection(FIXTURE, '1.0.1').body).toBe(
      '## Upgrade notes\n\nRead this before upgrading: a level-2 heading that names no version stays in the section.\n\n### Bug Fixes\n\n- **One** ([#29](https://github.com/acme/demo/issues/29))',
    );
    expect(changelogSection(FIXTURE, '1.0.10').body).toBe('### Other Changes\n\n- **Ten** ([#30](https://github.com/acme/demo/issues/30))');
    expect(changelogSection(FIXTURE, '1.1.0-rc.1').body).toBe('### Features\n\n- **Release hooks, first cut** ([#41](https://github.com/acme/demo/issues/41))');
  });

  test('the last section ends at the end of the file', () => {
    expect(changelogSection(FIXTURE, '1.0.0')).toMatchObject({ line: 49, body: 'No significant changes.' });
  });

  test('a version with no section: none, not the wrong one', () => {
    expect(changelogSection(FIXTURE, '1.1')).toEqual({ body: '' });
    expect(changelogSection(FIXTURE, '0.0.1')).toEqual({ body: '' }); // only inside a code block
    expect(changelogSection(FIXTURE, '2.0.0')).toEqual({ body: '' });
  });

  test('Keep a Changelog: [Unreleased] ends nothing above it, the link definitions at the end are not notes, CRLF is read', () => {
    const text = [
      '# Changelog',
      '',
      '## [Unreleased]',
      '',
      '- not yet',
      '',
      '## [1.2.3] - 2026-08-17',
      '### Added',
      '- a thing',
      '',
      '[unreleased]: https://github.com/acme/demo/compare/v1.2.3...HEAD',
      '[1.2.3]: https://github.com/acme/demo/releases/tag/v1.2.3',
      '',
    ].join('\r\n');
    expect(changelogSection(text, '1.2.3')).toMatchObject({ line: 7, body: '### Added\n- a thing' });
  });

  test('a level-1 heading ends a section; ~~~ fences count as code', () => {
    const text = '## 1.2.3 (2026-08-17)\n\n~~~\n## 1.2.2 (fenced)\n~~~\n- x\n\n# Older releases\n\n## 1.2.2 (2026-08-01)\n- y\n';
    expect(changelogSection(text, '1.2.3').body).toBe('~~~\n## 1.2.2 (fenced)\n~~~\n- x');
    expect(changelogSection(text, '1.2.2').body).toBe('- y');
  });
});
