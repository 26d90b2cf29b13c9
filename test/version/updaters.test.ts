import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { applyVersions, withoutOverlaps, type Updater, type Versions } from '../../src/version/slot.js';
import { packageJson, packageLockJson } from '../../src/version/updaters/node/package-json.js';
import { serverJson } from '../../src/version/updaters/mcp/server-json.js';
import { chartYaml } from '../../src/version/updaters/helm/chart-yaml.js';
import { yamlFields } from '../../src/version/updaters/yaml/fields.js';
import { chartReferences, imageReferences } from '../../src/version/updaters/text/references.js';
import { kustomizationImages } from '../../src/version/updaters/kustomize/kustomization.js';
import { ROOT } from '../helpers/repo.js';

const FIXTURES = path.join(ROOT, 'test/fixtures/updaters');
const read = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const versions: Versions = { app: '1.3.0', chart: '2.0.0' };
const images = imageReferences(['ghcr.io/acme/demo']);
const charts = chartReferences(['oci://ghcr.io/acme/charts/demo']);
const valueTags = yamlFields('values.yaml', [
  { path: 'image.tag', stream: 'app', origin: 'test' },
  { path: 'ui.image.tag', stream: 'app', origin: 'test' },
  { path: 'sidecars.0.tag', stream: 'app', origin: 'test' },
]);

// Each updater, given its before file and the new versions, must produce exactly the after file.
test.each<{ fixture: string; ext: string; updaters: Updater[]; slots: number }>([
  { fixture: 'package-json.tabs', ext: 'json', updaters: [packageJson], slots: 1 },
  { fixture: 'package-lock', ext: 'json', updaters: [packageLockJson], slots: 2 },
  { fixture: 'server', ext: 'json', updaters: [serverJson({ npmPackage: '@acme/demo', images: ['ghcr.io/acme/demo'] })], slots: 4 },
  { fixture: 'Chart', ext: 'yaml', updaters: [chartYaml], slots: 2 },
  { fixture: 'values', ext: 'yaml', updaters: [valueTags], slots: 3 },
  { fixture: 'values.crlf', ext: 'yaml', updaters: [yamlFields('values.yaml', [{ path: 'image.tag', stream: 'app', origin: 'test' }])], slots: 1 },
  { fixture: 'references', ext: 'md', updaters: [images, charts], slots: 6 },
  { fixture: 'compose.crlf', ext: 'yml', updaters: [images], slots: 1 },
  { fixture: 'kustomization', ext: 'yaml', updaters: [yamlFields('field', [{ path: 'images.0.newTag', stream: 'app', origin: 'test' }])], slots: 1 },
  { fixture: 'kustomization-images', ext: 'yaml', updaters: [kustomizationImages(['ghcr.io/acme/demo'])], slots: 2 },
])('$fixture: before -> after, byte for byte', ({ fixture, ext, updaters, slots }) => {
  const before = read(`${fixture}.before.${ext}`);
  const after = read(`${fixture}.after.${ext}`);
  const found = withoutOverlaps(updaters.flatMap((u) => u.find(before, `${fixture}.${ext}`)));
  expect(found).toHaveLength(slots);
  expect(applyVersions(before, found, versions)).toBe(after);
  // and the edited text reads back the new versions
  const reread = withoutOverlaps(updaters.flatMap((u) => u.find(after, `${fixture}.${ext}`)));
  expect(reread.map((s) => s.current)).toEqual(found.map((s) => versions[s.stream]));
});

describe('slots point at the right lines', () => {
  test('references: line numbers and fields', () => {
    const text = read('references.before.md');
    const found = [...images.find(text, 'r.md'), ...charts.find(text, 'r.md')];
    expect(found.map((s) => [s.line, s.field, s.stream])).toEqual([
      [4, 'ghcr.io/acme/demo:<tag>', 'app'],
      [5, 'ghcr.io/acme/demo:<tag>', 'app'],
      [17, 'ghcr.io/acme/demo:<tag>', 'app'],
      [11, 'oci://ghcr.io/acme/charts/demo --version', 'chart'],
      [12, 'oci://ghcr.io/acme/charts/demo --version', 'chart'],
      [13, 'oci://ghcr.io/acme/charts/demo:<tag>', 'chart'],
    ]);
  });

  test('CRLF files keep CRLF and count lines right', () => {
    const text = read('values.crlf.before.yaml');
    const [slot] = yamlFields('v', [{ path: 'image.tag', stream: 'app', origin: 't' }]).find(text, 'v.yaml');
    expect(slot?.line).toBe(3);
    expect(applyVersions(text, [slot!], versions).split('\r\n')).toHaveLength(5);
  });
});

describe('malformed content is refused with file and line', () => {
  test.each([
    { name: 'broken JSON', updater: packageJson, text: '{\n  "version": "1.2.3",\n  oops\n}', message: /^p\.json:3: malformed JSON/ },
    { name: 'no version in package.json', updater: packageJson, text: '{ "name": "x" }', message: /^p\.json: no "version" field$/ },
    { name: 'version not a string', updater: packageJson, text: '{ "version": 1 }', message: /version is a number, expected a version string/ },
    { name: 'broken YAML', updater: chartYaml, text: 'version: 1.2.3\nappVersion: [\n', message: /^p\.json:\d+: malformed YAML/ },
    { name: 'Chart.yaml without appVersion', updater: chartYaml, text: 'version: 1.2.3\n', message: /no "appVersion" field/ },
    { name: 'missing values path', updater: valueTags, text: 'image:\n  tag: "1"\n', message: /^p\.json: ui\.image\.tag: no such value \(configured by test\)$/ },
    { name: 'values path is a map', updater: yamlFields('v', [{ path: 'image', stream: 'app', origin: 't' }]), text: 'image:\n  tag: x\n', message: /image is not a single value/ },
    { name: 'duplicate keys', updater: chartYaml, text: 'version: 1.2.3\nversion: 1.2.4\nappVersion: "1"\n', message: /^p\.json:2: duplicate key "version"; tools disagree on which one counts, keep one$/ },
  ])('$name', ({ updater, text, message }) => {
    expect(() => updater.find(text, 'p.json')).toThrow(message);
  });
});
