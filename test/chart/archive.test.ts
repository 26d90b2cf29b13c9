import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { contentDigest, readTgz, reproducibleChartPackage, writeTgz, type ArchiveEntry } from '../../src/chart/archive.js';

const entry = (name: string, text = name): ArchiveEntry => ({ name, content: Buffer.from(text) });

describe('chart packages are written reproducibly', () => {
  it('the same entries give the same bytes; the time is the one given, every file 0644 and owned by 0:0', () => {
    const entries = [entry('app/Chart.yaml', 'name: app\n'), entry('app/templates/x.yaml', 'kind: X\n')];
    const a = writeTgz(entries, 0);
    expect(writeTgz(entries, 0).equals(a)).toBe(true);
    expect(writeTgz(entries, 1_700_000_000).equals(a)).toBe(false);
    expect(a[9]).toBe(0xff); // gzip header: no operating system
    expect(a.readUInt32LE(4)).toBe(0); // gzip header: no time
    const tar = gunzipSync(a);
    expect(tar.subarray(100, 108).toString()).toBe('0000644\0');
    expect(tar.subarray(108, 124).toString()).toBe('0000000\u00000000000\0');
    expect(tar.subarray(136, 148).toString()).toBe('00000000000\0');
    expect(tar.subarray(257, 265).toString()).toBe('ustar\u000000');
    expect(readTgz(a, 'a')).toEqual(entries);
  });

  it('long names go into the ustar prefix, and past that into a pax header; both read back', () => {
    const long = `app/charts/${'sub'.repeat(30)}/templates/${'t'.repeat(80)}.yaml`;
    const longer = `app/${'x'.repeat(200)}.yaml`;
    const entries = [entry('app/Chart.yaml'), entry(long), entry(longer)];
    expect(readTgz(writeTgz(entries, 0), 'a').map((e) => e.name)).toEqual([...entries.map((e) => e.name)]);
  });

  it('helm\'s package is rewritten with each chart\'s files in helm\'s order, the charts by path, the chart itself first', () => {
    // What helm wrote in one run: the subcharts in the order they finished loading.
    const helmOrder = [
      entry('app/Chart.yaml'),
      entry('app/values.yaml'),
      entry('app/templates/b.yaml'),
      entry('app/templates/a.yaml'),
      entry('app/charts/zeta/Chart.yaml'),
      entry('app/charts/zeta/templates/z.yaml'),
      entry('app/charts/alpha/Chart.yaml'),
      entry('app/charts/alpha/charts/inner/Chart.yaml'),
      entry('app/charts/alpha/values.yaml'),
    ];
    const otherRun = [...helmOrder.slice(0, 4), ...helmOrder.slice(6), ...helmOrder.slice(4, 6)];
    const first = reproducibleChartPackage(writeTgz(helmOrder, 1_733_450_000), 'first', {});
    const second = reproducibleChartPackage(writeTgz(otherRun, 1_733_450_007), 'second', {});
    expect(second.equals(first)).toBe(true);
    expect(readTgz(first, 'first').map((e) => e.name)).toEqual([
      'app/Chart.yaml',
      'app/values.yaml',
      'app/templates/b.yaml',
      'app/templates/a.yaml',
      'app/charts/alpha/Chart.yaml',
      'app/charts/alpha/values.yaml',
      'app/charts/alpha/charts/inner/Chart.yaml',
      'app/charts/zeta/Chart.yaml',
      'app/charts/zeta/templates/z.yaml',
    ]);
    expect(contentDigest(readTgz(first, 'first'))).toBe(contentDigest(helmOrder));
  });

  it('SOURCE_DATE_EPOCH sets the time; a malformed one is refused by name', () => {
    const helm = writeTgz([entry('app/Chart.yaml')], 1_733_450_000);
    const tar = gunzipSync(reproducibleChartPackage(helm, 'p', { SOURCE_DATE_EPOCH: '1700000000' }));
    expect(parseInt(tar.subarray(136, 147).toString(), 8)).toBe(1_700_000_000);
    expect(() => reproducibleChartPackage(helm, 'p', { SOURCE_DATE_EPOCH: 'yesterday' })).toThrow('SOURCE_DATE_EPOCH: "yesterday" is not a number of seconds since 1970');
  });
});
