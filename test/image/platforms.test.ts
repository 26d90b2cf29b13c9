import { describe, expect, test } from 'vitest';
import { missingEmulation, parsePlatform, parsePlatforms, platformMatches } from '../../src/image/platforms.js';
import type { Host } from '../../src/tools/host.js';

describe('platforms', () => {
  test.each([
    ['linux/amd64', 'linux/amd64'],
    ['linux/arm64', 'linux/arm64'],
    ['linux/arm64/v8', 'linux/arm64'],
    ['linux/arm', 'linux/arm/v7'],
    ['linux/arm/v6', 'linux/arm/v6'],
    [' linux/s390x ', 'linux/s390x'],
  ])('%j is %s', (value, id) => {
    expect(parsePlatform(value).id).toBe(id);
  });

  test.each(['linux/arm65', 'windows/amd64', 'amd64', 'linux/arm64/v7', 'linux/amd64/v9/x', ''])('%j is refused naming the input', (value) => {
    expect(() => parsePlatform(value)).toThrow(/^input platforms: ".*" is not a known platform/);
  });

  test('duplicates are dropped, order kept', () => {
    expect(parsePlatforms(['linux/arm64', 'linux/amd64', 'linux/arm64/v8']).map((p) => p.id)).toEqual(['linux/arm64', 'linux/amd64']);
  });

  test('index platforms match requested ones (arm64 v8 optional)', () => {
    expect(platformMatches(parsePlatform('linux/arm64'), { os: 'linux', architecture: 'arm64', variant: 'v8' })).toBe(true);
    expect(platformMatches(parsePlatform('linux/arm64'), { os: 'linux', architecture: 'arm64' })).toBe(true);
    expect(platformMatches(parsePlatform('linux/arm/v7'), { os: 'linux', architecture: 'arm', variant: 'v6' })).toBe(false);
    expect(platformMatches(parsePlatform('linux/amd64'), { os: 'unknown', architecture: 'unknown' })).toBe(false);
  });

  test('a foreign platform the host cannot emulate is reported before building', () => {
    const host = (architecture: string, emulated: string[]): Host => ({ architecture, emulates: (arch) => emulated.includes(arch) });
    const both = parsePlatforms(['linux/amd64', 'linux/arm64', 'linux/s390x']);
    expect(missingEmulation(both, host('amd64', [])).map((p) => p.id)).toEqual(['linux/arm64', 'linux/s390x']);
    expect(missingEmulation(both, host('amd64', ['arm64'])).map((p) => p.id)).toEqual(['linux/s390x']);
    expect(missingEmulation(parsePlatforms(['linux/arm64', 'linux/arm/v7']), host('arm64', []))).toEqual([]);
    expect(missingEmulation(parsePlatforms(['linux/386']), host('amd64', []))).toEqual([]);
  });
});
