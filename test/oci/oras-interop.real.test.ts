/**
 * Interoperability of our OCI client (src/oci/) with the REAL oras CLI (scripts/setup/oras.sh builds it
 * from oras.land/oras), against REAL registries (test/helpers/registry.ts): anonymous, Basic auth
 * (htpasswd) and Bearer tokens (the flow GHCR uses).
 * - oras reads what we push: a chart pushed by the `chart` command, and a two-platform image index.
 * - we read what oras pushes: an artifact with files and annotations, a referrer (`oras attach`), an
 *   index (`oras manifest index create`), copied by our client to an OCI layout and back.
 * oras gets credentials through `oras login --password-stdin` into a registry config file of the test's
 * own (0600); every argv spawned is recorded, and the password must be in none of them.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  buildImageManifest,
  copy,
  describeBytes,
  MEDIA_TYPE,
  OciLayoutTarget,
  pushArtifact,
  RegistryClient,
  sha256Digest,
  type Credentials,
  type Descriptor,
} from '../../src/oci/index.js';
import { exec, observeSpawns } from '../../src/tools/exec.js';
import { chartCommand, runInProcess } from '../helpers/capture.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { ROOT } from '../helpers/repo.js';

const SETUP_HINT = 'run `bash scripts/setup/oras.sh` (builds oras from its Go module)';
const orasBin = (): string => process.env.ORAS_BIN ?? 'oras';
const HELM3 = path.join(ROOT, '.tools/bin/helm3');
const work = mkdtempSync(path.join(tmpdir(), 'oras-interop-'));
const spawned: string[][] = [];
const stopObserving = observeSpawns((bin, args) => spawned.push([bin, ...args]));

beforeAll(() => {
  const version = spawnSync(orasBin(), ['version'], { encoding: 'utf8' });
  if (version.error || version.status !== 0) throw new Error(`test prerequisite missing: oras does not run (${version.error?.message ?? version.stderr.trim()}); ${SETUP_HINT}`);
  const helm = spawnSync(HELM3, ['version', '--short'], { encoding: 'utf8' });
  if (helm.error || helm.status !== 0) throw new Error(`test prerequisite missing: ${HELM3}; run \`bash scripts/setup/helm.sh\``);
});

afterAll(() => {
  stopObserving();
  rmSync(work, { recursive: true, force: true });
});

/** A registry, the credentials our client uses there, and oras's registry config for it. */
interface Setup {
  registry: TestRegistry;
  credentials?: Credentials;
  /** oras `--registry-config` file (logged in when the registry wants credentials). */
  orasConfig: string;
}

/** `oras ARGS...` through src/tools/exec (argument array, observed); a failure throws with oras's output. */
async function oras(setup: Setup, args: string[], options: { stdin?: string; cwd?: string } = {}): Promise<string> {
  const [command, ...rest] = args;
  // `oras copy` reads its source's credentials from --from-registry-config (the destination here is a layout).
  const config = command === 'copy' ? '--from-registry-config' : '--registry-config';
  const result = await exec(orasBin(), [command!, ...rest, config, setup.orasConfig], { stdin: options.stdin, cwd: options.cwd, secrets: setup.credentials ? [setup.credentials.password] : [] });
  if (result.code !== 0) throw new Error(`oras ${args.join(' ')} failed (exit ${result.code}): ${result.stderr.trim() || result.stdout.trim()}`);
  return result.stdout;
}

/** Starts a registry and logs oras in with --password-stdin when it needs credentials. */
async function setUp(kind: 'anonymous' | 'basic' | 'token'): Promise<Setup> {
  const credentials = kind === 'anonymous' ? undefined : { username: 'oras-user', password: `Oras-${randomBytes(6).toString('hex')}` };
  const registry = await startRegistry(kind === 'basic' ? { htpasswd: credentials } : kind === 'token' ? { tokenAuth: credentials } : {});
  const dir = mkdtempSync(path.join(work, `${kind}-`));
  const setup: Setup = { registry, credentials, orasConfig: path.join(dir, 'oras-config.json') };
  if (credentials) {
    await oras(setup, ['login', '--plain-http', '--username', credentials.username, '--password-stdin', registry.host], { stdin: credentials.password });
    expect(statSync(setup.orasConfig).mode & 0o777).toBe(0o600);
  } else {
    writeFileSync(setup.orasConfig, '{}\n', { mode: 0o600 });
  }
  return setup;
}

function client(setup: Setup): RegistryClient {
  return new RegistryClient({ registry: setup.registry.host, credentials: setup.credentials, plainHttp: true });
}

/** A gzipped tar holding one file, made by the real tar: an image layer. */
function layerTgz(name: string, content: string): Uint8Array {
  const dir = mkdtempSync(path.join(work, 'layer-'));
  writeFileSync(path.join(dir, name), content);
  const tgz = execFileSync('tar', ['-C', dir, '--owner=0', '--group=0', '--mtime=@0', '-czf', '-', name]);
  rmSync(dir, { recursive: true, force: true });
  return new Uint8Array(tgz);
}

/** Pushes a two-platform image (an OCI index of linux/amd64 and linux/arm64 images) with our client. */
async function pushTwoPlatformImage(setup: Setup, repository: string, tag: string) {
  const repo = client(setup).repository(repository);
  const images: { platform: string; layer: Descriptor; config: Descriptor; manifest: Descriptor }[] = [];
  for (const architecture of ['amd64', 'arm64']) {
    const layerBytes = layerTgz('hello.txt', `hello from linux/${architecture}\n`);
    const diffId = sha256Digest(gunzipSync(layerBytes));
    const configBytes = new TextEncoder().encode(JSON.stringify({ architecture, os: 'linux', config: { Cmd: ['/hello.txt'] }, rootfs: { type: 'layers', diff_ids: [diffId] } }));
    const config = describeBytes(MEDIA_TYPE.ociImageConfig, configBytes);
    const layer = describeBytes(MEDIA_TYPE.ociLayerTarGzip, layerBytes);
    const built = buildImageManifest({ config, layers: [layer] });
    const manifest = await pushArtifact(repo, { blobs: [{ descriptor: config, content: configBytes }, { descriptor: layer, content: layerBytes }], manifest: built.bytes, mediaType: built.mediaType });
    images.push({ platform: `linux/${architecture}`, layer, config, manifest: { ...manifest, platform: { os: 'linux', architecture } } });
  }
  const indexBytes = new TextEncoder().encode(JSON.stringify({
    schemaVersion: 2,
    mediaType: MEDIA_TYPE.ociIndex,
    manifests: images.map((i) => ({ mediaType: i.manifest.mediaType, digest: i.manifest.digest, size: i.manifest.size, platform: i.manifest.platform })),
    annotations: { 'org.opencontainers.image.version': tag },
  }));
  const index = await repo.pushManifest(indexBytes, MEDIA_TYPE.ociIndex, tag);
  return { index, images };
}

describe.each(['anonymous', 'basic', 'token'] as const)('oras and our OCI client, registry auth: %s', (kind) => {
  let setup: Setup;
  beforeAll(async () => {
    setup = await setUp(kind);
  }, 120_000);
  afterAll(async () => {
    await setup?.registry.stop();
  });

  /** With credentials: oras was logged in with --password-stdin, and no argv spawned so far holds the password. */
  function expectPasswordNeverInArgv(): void {
    if (!setup.credentials) return;
    expect(spawned.filter((argv) => argv.some((a) => a.includes(setup.credentials!.password)))).toEqual([]);
    expect(spawned.some((argv) => argv[1] === 'login' && argv.includes('--password-stdin') && argv.includes(setup.registry.host))).toBe(true);
  }

  test('oras pulls the chart the chart command pushed: manifest, chart layer and an OCI layout copy', async () => {
    const run = await runInProcess(chartCommand, {
      'working-directory': ROOT, helm: HELM3, registry: `oci://${setup.registry.host}/charts`, 'plain-http': true, 'package-dir': mkdtempSync(path.join(work, `${kind}-package-`)),
      ...(setup.credentials ? { username: setup.credentials.username, password: setup.credentials.password } : {}),
    });
    expect(run.error).toBeUndefined();
    const { 'chart-digest': digest, 'chart-version': version, 'package-path': packagePath } = run.result!.outputs;
    const ref = `${setup.registry.host}/charts/dot-ai`;

    const manifestText = await oras(setup, ['manifest', 'fetch', '--plain-http', `${ref}:${version}`]);
    expect(sha256Digest(new TextEncoder().encode(manifestText))).toBe(digest);
    const manifest = JSON.parse(manifestText) as { config: Descriptor; layers: Descriptor[] };
    expect(manifest.config.mediaType).toBe(MEDIA_TYPE.helmConfig);
    expect(manifest.layers.map((l) => l.mediaType)).toEqual([MEDIA_TYPE.helmChartContent]);
    const descriptor = JSON.parse(await oras(setup, ['manifest', 'fetch', '--plain-http', '--descriptor', `${ref}:${version}`])) as Descriptor;
    expect(descriptor).toMatchObject({ digest, mediaType: MEDIA_TYPE.ociManifest });

    const pulled = path.join(work, `${kind}-chart.tgz`);
    await oras(setup, ['blob', 'fetch', '--plain-http', '--output', pulled, `${ref}@${manifest.layers[0]!.digest}`]);
    expect(readFileSync(pulled).equals(readFileSync(packagePath!))).toBe(true);

    expect((await oras(setup, ['repo', 'tags', '--plain-http', ref])).split('\n')).toContain(version);
    const layout = path.join(work, `${kind}-chart-layout`);
    await oras(setup, ['copy', '--from-plain-http', `${ref}:${version}`, '--to-oci-layout', `${layout}:${version}`]);
    const index = JSON.parse(readFileSync(path.join(layout, 'index.json'), 'utf8')) as { manifests: Descriptor[] };
    expect(index.manifests.map((m) => m.digest)).toEqual([digest]);
    expectPasswordNeverInArgv();
  });

  test('oras reads the two-platform image index our client pushed, per platform, and copies it whole', async () => {
    const { index, images } = await pushTwoPlatformImage(setup, 'images/hello', '1.0.0');
    const ref = `${setup.registry.host}/images/hello:1.0.0`;
    const fetched = JSON.parse(await oras(setup, ['manifest', 'fetch', '--plain-http', '--descriptor', ref])) as Descriptor;
    expect(fetched).toMatchObject({ digest: index.digest, mediaType: MEDIA_TYPE.ociIndex, size: index.size });
    for (const image of images) {
      const manifest = JSON.parse(await oras(setup, ['manifest', 'fetch', '--plain-http', '--platform', image.platform, ref])) as { config: Descriptor; layers: Descriptor[] };
      expect(manifest.config.digest).toBe(image.config.digest);
      expect(manifest.layers.map((l) => l.digest)).toEqual([image.layer.digest]);
      const file = path.join(work, `${kind}-${image.platform.replace('/', '-')}.tgz`);
      await oras(setup, ['blob', 'fetch', '--plain-http', '--output', file, `${setup.registry.host}/images/hello@${image.layer.digest}`]);
      expect(execFileSync('tar', ['-xzOf', file, 'hello.txt'], { encoding: 'utf8' })).toBe(`hello from ${image.platform}\n`);
    }
    const layout = path.join(work, `${kind}-image-layout`);
    await oras(setup, ['copy', '--from-plain-http', ref, '--to-oci-layout', `${layout}:1.0.0`]);
    const blobs = path.join(layout, 'blobs', 'sha256');
    for (const d of [index, ...images.flatMap((i) => [i.manifest, i.config, i.layer])]) {
      expect(sha256Digest(readFileSync(path.join(blobs, d.digest.slice('sha256:'.length))))).toBe(d.digest);
    }
    expectPasswordNeverInArgv();
  });

  test('we read what oras pushes: files with titles and annotations, a referrer, an index; and copy them to a layout and back', async () => {
    const dir = mkdtempSync(path.join(work, `${kind}-files-`));
    const big = randomBytes(6 * 1024 * 1024); // several MiB: more than one read of the response body
    writeFileSync(path.join(dir, 'notes.txt'), 'release notes\n');
    writeFileSync(path.join(dir, 'big.bin'), big);
    const repoRef = `${setup.registry.host}/artifacts/bundle`;
    const pushed = JSON.parse(await oras(setup, [
      'push', '--plain-http', '--format', 'json', '--artifact-type', 'application/vnd.dot-ai-release.test.bundle',
      '--annotation', 'org.opencontainers.image.description=pushed by oras', `${repoRef}:v1`, 'notes.txt:text/plain', 'big.bin:application/octet-stream',
    ], { cwd: dir })) as { digest: string };

    const repo = client(setup).repository('artifacts/bundle');
    const { bytes, descriptor } = await repo.fetchManifest('v1');
    expect(descriptor.digest).toBe(pushed.digest);
    const manifest = JSON.parse(Buffer.from(bytes).toString('utf8')) as { artifactType: string; layers: Descriptor[]; annotations: Record<string, string> };
    expect(manifest.artifactType).toBe('application/vnd.dot-ai-release.test.bundle');
    expect(manifest.annotations['org.opencontainers.image.description']).toBe('pushed by oras');
    const byTitle = Object.fromEntries(manifest.layers.map((l) => [l.annotations?.['org.opencontainers.image.title'], l]));
    expect(Object.keys(byTitle).sort()).toEqual(['big.bin', 'notes.txt']);
    expect(Buffer.from(await repo.fetchBlob(byTitle['notes.txt']!.digest)).toString('utf8')).toBe('release notes\n');
    expect(Buffer.from(await repo.fetchBlob(byTitle['big.bin']!.digest)).equals(big)).toBe(true);

    // A referrer: its subject is the bundle.
    writeFileSync(path.join(dir, 'sig.txt'), 'a signature\n');
    const attached = JSON.parse(await oras(setup, ['attach', '--plain-http', '--format', 'json', '--artifact-type', 'application/vnd.dot-ai-release.test.signature', `${repoRef}:v1`, 'sig.txt:text/plain'], { cwd: dir })) as { digest: string };
    const referrer = JSON.parse(Buffer.from((await repo.fetchManifest(attached.digest)).bytes).toString('utf8')) as { subject: Descriptor; artifactType: string };
    expect(referrer.subject.digest).toBe(pushed.digest);
    expect(referrer.artifactType).toBe('application/vnd.dot-ai-release.test.signature');

    // An index of two artifacts made by oras; our client copies it (children and blobs) to a layout and back.
    await oras(setup, ['push', '--plain-http', '--artifact-type', 'application/vnd.dot-ai-release.test.bundle', `${repoRef}:v2`, 'notes.txt:text/plain'], { cwd: dir });
    await oras(setup, ['manifest', 'index', 'create', '--plain-http', `${repoRef}:both`, 'v1', 'v2']);
    const indexDescriptor = await repo.resolve('both');
    expect(indexDescriptor.mediaType).toBe(MEDIA_TYPE.ociIndex);
    const layoutDir = path.join(work, `${kind}-oras-layout`);
    mkdirSync(layoutDir);
    const toLayout = await copy(repo, new OciLayoutTarget(layoutDir), 'both');
    expect(toLayout.descriptor.digest).toBe(indexDescriptor.digest);
    expect(toLayout.manifestsCopied).toBe(3);
    const back = client(setup).repository('artifacts/from-layout');
    await copy(new OciLayoutTarget(layoutDir), back, 'both');
    // ...and oras reads our copy as the same index.
    const again = JSON.parse(await oras(setup, ['manifest', 'fetch', '--plain-http', '--descriptor', `${setup.registry.host}/artifacts/from-layout:both`])) as Descriptor;
    expect(again.digest).toBe(indexDescriptor.digest);
    if (kind === 'token') {
      // oras went through the Bearer flow: the token service granted its user push scopes.
      expect(setup.registry.tokenRequests.some((r) => r.username === setup.credentials!.username && r.granted && r.scopes.some((s) => /artifacts\/bundle:.*push/.test(s)))).toBe(true);
    }
    expectPasswordNeverInArgv();
  });

});
