/**
 * Interoperability with the real Helm 3 and Helm 4 binaries against a real registry: a chart pushed
 * by our client is pullable by `helm pull`, and a chart pushed by `helm push` is readable and
 * copyable by our client (into an oci-layout and back).
 */
import { execFile } from 'node:child_process';
import { access, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildImageManifest,
  copy,
  describeBytes,
  MEDIA_TYPE,
  OciLayoutTarget,
  pushArtifact,
  RegistryClient,
} from '../../src/oci/index.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';

const run = promisify(execFile);
const toolsBin = resolve(import.meta.dirname, '../../.tools/bin');
const HELMS = { helm3: process.env['HELM3_BIN'] ?? join(toolsBin, 'helm3'), helm4: process.env['HELM4_BIN'] ?? join(toolsBin, 'helm4') };

let registry: TestRegistry;
let work: string;
let chartTgz: Uint8Array;

beforeAll(async () => {
  for (const bin of Object.values(HELMS)) {
    await access(bin).catch(() => {
      throw new Error(`test prerequisite missing: ${bin}; run \`bash scripts/setup/helm.sh\``);
    });
  }
  registry = await startRegistry();
  work = await mkdtemp(join(tmpdir(), 'oci-helm-'));
  // HOME/XDG dirs of our own so helm neither reads nor writes the user's registry config.
  await run(HELMS.helm3, ['create', join(work, 'demo')], { env: helmEnv() });
  await run(HELMS.helm3, ['package', join(work, 'demo'), '--version', '1.6.1', '--app-version', '1.6.1', '-d', work], { env: helmEnv() });
  chartTgz = new Uint8Array(await readFile(join(work, 'demo-1.6.1.tgz')));
});

afterAll(async () => {
  await registry?.stop();
  if (work) await rm(work, { recursive: true, force: true });
});

function helmEnv(): NodeJS.ProcessEnv {
  return { PATH: process.env['PATH'], HOME: work, XDG_CONFIG_HOME: join(work, 'config'), XDG_CACHE_HOME: join(work, 'cache'), XDG_DATA_HOME: join(work, 'data') };
}

describe('Helm interoperability', () => {
  it('a chart pushed by our client is pulled by helm 3 and helm 4', async () => {
    const client = new RegistryClient({ registry: registry.host });
    const configBytes = new TextEncoder().encode(JSON.stringify({ apiVersion: 'v2', name: 'demo', version: '1.6.1', appVersion: '1.6.1', type: 'application' }));
    const config = describeBytes(MEDIA_TYPE.helmConfig, configBytes);
    const layer = describeBytes(MEDIA_TYPE.helmChartContent, chartTgz);
    const manifest = buildImageManifest({ config, layers: [layer], annotations: { 'org.opencontainers.image.version': '1.6.1' } });
    const pushed = await pushArtifact(client.repository('charts/demo'), {
      blobs: [{ descriptor: config, content: configBytes }, { descriptor: layer, content: chartTgz }],
      manifest: manifest.bytes,
      mediaType: manifest.mediaType,
      tag: '1.6.1',
    });
    for (const [name, bin] of Object.entries(HELMS)) {
      const dest = join(work, `pulled-${name}`);
      await mkdir(dest);
      const { stdout, stderr } = await run(bin, ['pull', `oci://${registry.host}/charts/demo`, '--version', '1.6.1', '--plain-http', '-d', dest], { env: helmEnv() });
      expect(`${stdout}${stderr}`).toContain(pushed.digest);
      const pulled = await readFile(join(dest, 'demo-1.6.1.tgz'));
      expect(pulled.equals(Buffer.from(chartTgz))).toBe(true);
    }
  });

  it('a chart pushed by helm is resolved, copied to a layout and back by our client', async () => {
    const { stderr, stdout } = await run(HELMS.helm4, ['push', join(work, 'demo-1.6.1.tgz'), `oci://${registry.host}/helm-pushed`, '--plain-http'], { env: helmEnv() });
    const digest = /sha256:[0-9a-f]{64}/.exec(`${stdout}${stderr}`)?.[0];
    expect(digest).toBeDefined();
    const repo = new RegistryClient({ registry: registry.host }).repository('helm-pushed/demo');
    const resolved = await repo.resolve('1.6.1');
    expect(resolved.digest).toBe(digest);
    expect(resolved.mediaType).toBe(MEDIA_TYPE.ociManifest);

    const layoutDir = join(work, 'layout');
    const layout = new OciLayoutTarget(layoutDir);
    await copy(repo, layout, '1.6.1');
    expect((await readdir(join(layoutDir, 'blobs', 'sha256'))).length).toBe(3);
    const back = new RegistryClient({ registry: registry.host }).repository('from-layout/demo');
    await copy(layout, back, '1.6.1');
    const { stdout: shown } = await run(HELMS.helm3, ['show', 'chart', `oci://${registry.host}/from-layout/demo`, '--version', '1.6.1', '--plain-http'], { env: helmEnv() });
    expect(shown).toMatch(/^name: demo$/m);
    expect(shown).toMatch(/^version: 1\.6\.1$/m);
  });
});
