/**
 * The release's pure parts: the moving major tag's rule, the release body and install commands
 * (untrusted names escaped for Markdown), the refusal of the docker builder.
 */
import { describe, expect, test } from 'vitest';
import { refuseDockerBuilder } from '../../src/image/candidate.js';
import type { NpmArtifacts, NpmContext } from '../../src/npm/pipeline.js';
import type { NpmPublishResult } from '../../src/npm/publish.js';
import type { NpmTarball } from '../../src/npm/tarball.js';
import { Artifacts } from '../../src/pipeline/index.js';
import { BODY_MARKER, installCommands, published, releaseBody, withNotes } from '../../src/release/notes.js';
import { ImageProgress } from '../../src/release/images.js';
import type { ReleaseArtifacts, ReleaseContext, ReleaseImage, ReleaseInputs } from '../../src/release/types.js';
import type { Target } from '../../src/oci/index.js';
import type { SmokeGateResult } from '../../src/smoke/gate.js';
import type { MethodKind } from '../../src/smoke/types.js';
import { movingMajorTag, stableVersionTags } from '../../src/release/world.js';

describe('the moving major tag (what uses: owner/action@v1 resolves)', () => {
  test.each([
    ['1.2.3', [], 'v1'],
    ['1.2.3', ['1.2.2', '1.1.0', '0.9.0'], 'v1'],
    ['1.2.3', ['1.3.0'], undefined], // a backport does not move v1
    ['1.2.3', ['2.0.0'], 'v1'], // a newer major does not matter to v1
    ['2.0.0-rc.1', [], undefined], // never a prerelease
    ['0.4.0', [], undefined], // 0.x promises no compatibility
  ])('%s with %j released -> %s', (version, released, expected) => {
    expect(movingMajorTag(version, 'v', released)).toBe(expected);
  });

  test('stable version tags only, with the prefix', () => {
    expect(stableVersionTags(['v1.0.0', 'v1.1.0-rc.1', 'v1', 'release-2.0.0', 'v01.0.0', 'v2.0.0'], 'v')).toEqual(['1.0.0', '2.0.0']);
  });
});

function progress(name: string, digest: string, tags: string[], server = true): ImageProgress {
  const image = new ImageProgress({ job: { image: name }, destination: { kind: 'registry' }, origin: 'test', server } as unknown as ReleaseImage, {} as Target);
  image.setDigest(digest, 'test');
  image.tags = tags;
  return image;
}

function context(smokeMethods: { method: string; kind: MethodKind }[], plugin: boolean | 'alone' = false): ReleaseContext {
  const artifacts = new Artifacts<ReleaseArtifacts>();
  const images = plugin === 'alone' ? [] : [progress('ghcr.io/acme/demo', `sha256:${'a'.repeat(64)}`, ['1.2.3', '1.2', '1', 'latest'])];
  if (plugin) images.push(progress('ghcr.io/acme/demo-plugin', `sha256:${'c'.repeat(64)}`, ['1.2.3', '1.2', '1', 'latest'], false));
  artifacts.set('images', images);
  artifacts.set('chartDigest', `sha256:${'b'.repeat(64)}`);
  artifacts.set('smoke', { results: smokeMethods } as unknown as SmokeGateResult);
  const inputs = {
    version: '1.2.3', tag: 'v1.2.3',
    images: images.map((i) => i.image),
    ...(plugin ? { smoke: { methods: [{ name: 'docker', plugins: [{ name: 'agentic-tools', image: 'ghcr.io/acme/demo-plugin', port: 8080, env: {}, optional: true }] }] } } : {}),
    chart: { chart: { name: 'demo', version: '1.2.3' }, destination: { kind: 'registry', display: 'oci://ghcr.io/acme/charts/demo' }, plainHttp: false },
  } as unknown as ReleaseInputs;
  return { inputs, artifacts } as unknown as ReleaseContext;
}

describe('the release body', () => {
  test('notes, then the references with digests, then one install command per method smoke-tested and the chart', () => {
    const ctx = context([{ method: 'docker', kind: 'docker' }, { method: 'compose', kind: 'compose' }]);
    const body = releaseBody("## What's Changed\n* a fix", ctx);
    expect(body).toContain(`## What's Changed\n* a fix\n\n${BODY_MARKER}\n\n## Published`);
    expect(body).toContain(`- Image: \`ghcr.io/acme/demo:1.2.3\`, digest \`sha256:${'a'.repeat(64)}\` (tags \`1.2.3\`, \`1.2\`, \`1\`, \`latest\`)`);
    expect(body).toContain(`- Helm chart: \`oci://ghcr.io/acme/charts/demo:1.2.3\`, digest \`sha256:${'b'.repeat(64)}\`; the package is attached`);
    expect(body).toContain(`docker:\n\n\`\`\`sh\ndocker run --detach --publish 127.0.0.1:3456:3456 --env-file .env ghcr.io/acme/demo@sha256:${'a'.repeat(64)}\n\`\`\``);
    expect(body).toContain('helm chart:\n\n```sh\nhelm install demo oci://ghcr.io/acme/charts/demo --version 1.2.3\n```');
    const image = { name: 'ghcr.io/acme/demo', version: '1.2.3', digest: 'd', tags: [], server: true };
    expect(installCommands(ctx, { image, server: image, images: [image] }).map((c) => c.method)).toEqual(['docker', 'compose']);
  });

  test('every image of a release with several: each with its digest and tags, a pull command for the ones no method deploys', () => {
    const body = releaseBody('', context([{ method: 'docker', kind: 'docker' }], true));
    expect(body).toContain(`- Image: \`ghcr.io/acme/demo:1.2.3\`, digest \`sha256:${'a'.repeat(64)}\``);
    expect(body).toContain(`- Image: \`ghcr.io/acme/demo-plugin:1.2.3\`, digest \`sha256:${'c'.repeat(64)}\` (tags \`1.2.3\`, \`1.2\`, \`1\`, \`latest\`)`);
    expect(body).toContain(`image ghcr.io/acme/demo-plugin:\n\n\`\`\`sh\ndocker pull ghcr.io/acme/demo-plugin@sha256:${'c'.repeat(64)}\n\`\`\``);
    expect(body).not.toContain('docker pull ghcr.io/acme/demo@');
  });

  test('the plugin released alone: pulled by digest; no method runs it in the place of the server', () => {
    const ctx = context([{ method: 'docker', kind: 'docker' }, { method: 'compose', kind: 'compose' }], 'alone');
    const commands = installCommands(ctx, published(ctx));
    expect(commands.map((c) => c.method)).toEqual(['image', 'helm chart']);
    expect(commands[0]?.command).toBe(`docker pull ghcr.io/acme/demo-plugin@sha256:${'c'.repeat(64)}`);
    expect(published(ctx).image?.name).toBe('ghcr.io/acme/demo-plugin'); // image-ref: the one image released
  });

  test('the docker method with a plugin beside the server: the install says how to run both (a network, the plugin by digest, the plugins file)', () => {
    const body = releaseBody('', context([{ method: 'docker', kind: 'docker' }], true));
    expect(body).toContain([
      'docker:', '', '```sh',
      'docker network create dot-ai',
      `docker run --detach --network dot-ai --name agentic-tools --env QDRANT_URL --env PORT=8080 ghcr.io/acme/demo-plugin@sha256:${'c'.repeat(64)}`,
      `echo '[{"name":"agentic-tools","url":"http://agentic-tools:8080"}]' > plugins.json`,
      `docker run --detach --network dot-ai --volume "$PWD/plugins.json:/etc/dot-ai/plugins.json:ro" --publish 127.0.0.1:3456:3456 --env-file .env ghcr.io/acme/demo@sha256:${'a'.repeat(64)}`,
      '```',
    ].join('\n'));
  });

  test('a method name from a repository\'s configuration cannot inject markdown', () => {
    const body = releaseBody('', context([{ method: '[click](https://evil.example) <img src=x>', kind: 'docker' }]));
    expect(body).not.toContain('[click](https://evil.example)');
    expect(body).not.toMatch(/[^\\]<img/); // shown as text (\<img), never an element
    expect(body).toContain('\\[click\\]');
  });
});

describe('notes replaced in an existing body (notes only)', () => {
  test('what follows the marker is kept, whatever the old notes held', () => {
    const ctx = context([{ method: 'docker', kind: 'docker' }]);
    const body = releaseBody('## Old notes\n\n## Published\n(a heading of the notes themselves)', ctx);
    const replaced = withNotes(body, '### Features\n\n- new');
    expect(replaced).toBe(`### Features\n\n- new\n\n${body.slice(body.indexOf(BODY_MARKER))}`);
    expect(replaced).not.toContain('Old notes');
    expect(withNotes(`${body}\n<!-- dot-ai-release dispatched: acme/cli server-release -->\n`, 'x')).toContain('<!-- dot-ai-release dispatched: acme/cli server-release -->');
  });

  test.each([
    ['a body made without the marker keeps its last Published part', 'old\n\n## Published\n\n- Image: x\n', 'new', `new\n\n${BODY_MARKER}\n\n## Published\n\n- Image: x\n`],
    ['or its Install part', 'old\n\n## Install\n\nimage:\n', 'new', `new\n\n${BODY_MARKER}\n\n## Install\n\nimage:\n`],
    ['a body of notes only is replaced whole', 'old notes only', 'new', `new\n\n${BODY_MARKER}\n`],
    ['no notes: the marker and what follows it', `old\n\n${BODY_MARKER}\n\n## Published\n`, '', `${BODY_MARKER}\n\n## Published\n`],
  ])('%s', (_what, body, notes, expected) => {
    expect(withNotes(body, notes)).toBe(expected);
  });
});

describe('the npm package in the release body', () => {
  const integrity = `sha512-${'c'.repeat(86)}==`;
  function withNpm(registry: string, published: boolean): ReleaseContext {
    const ctx = context([{ method: 'docker', kind: 'docker' }]);
    const npm = new Artifacts<NpmArtifacts>();
    npm.set('tarball', { path: '/tmp/x/acme-demo-1.2.3.tgz', name: '@acme/demo', version: '1.2.3', integrity, shasum: 'f'.repeat(40), size: 1000 } satisfies NpmTarball);
    if (published) npm.set('published', { status: 'published', name: '@acme/demo', version: '1.2.3', registry, integrity, tag: 'latest', latest: true, writes: 1, notes: [] } satisfies NpmPublishResult);
    ctx.artifacts.set('npmContext', { artifacts: npm } as unknown as NpmContext);
    (ctx.inputs as { npm?: unknown }).npm = { registry };
    return ctx;
  }

  test('name@version, integrity and dist-tag listed; npm install among the install commands', () => {
    const body = releaseBody('', withNpm('https://registry.npmjs.org/', true));
    expect(body).toContain(`- npm package: \`@acme/demo@1.2.3\`, integrity \`${integrity}\`, dist-tag \`latest\``);
    expect(body).toContain('npm:\n\n```sh\nnpm install @acme/demo@1.2.3\n```');
  });

  test('another registry is named in the install command; a package not published is not listed', () => {
    expect(releaseBody('', withNpm('https://npm.example.com/team/', true))).toContain('npm install @acme/demo@1.2.3 --registry https://npm.example.com/team/');
    const unpublished = releaseBody('', withNpm('https://registry.npmjs.org/', false));
    expect(unpublished).not.toContain('npm package');
    expect(unpublished).not.toContain('npm install');
  });
});

describe('the docker builder', () => {
  test('is refused for a release: it cannot push untagged', () => {
    expect(() => refuseDockerBuilder('docker')).toThrow(/the docker builder cannot push an image without a tag/);
    expect(() => refuseDockerBuilder('buildah')).not.toThrow();
  });
});

describe('buildx pushes the candidate by digest', () => {
  test('an image output with push-by-digest and a canonical name, no tag, the labels as index annotations', async () => {
    const { buildxArgs } = await import('../../src/tools/buildx.js');
    const args = buildxArgs({
      platforms: ['linux/amd64', 'linux/arm64'], context: '/ctx', dockerfile: '/ctx/Dockerfile', buildArgs: [], labels: { 'org.opencontainers.image.version': '1.2.3' },
      annotations: { 'org.opencontainers.image.version': '1.2.3' }, tags: ['ghcr.io/acme/demo'], output: 'push-by-digest', cache: false, cacheScope: 'ghcr.io/acme/demo',
      provenance: false, sbom: false, metadataFile: '/tmp/m.json',
    }, {});
    expect(args).toContain('type=image,name=ghcr.io/acme/demo,push-by-digest=true,name-canonical=true,push=true');
    expect(args).toEqual(expect.arrayContaining(['--annotation', 'index:org.opencontainers.image.version=1.2.3']));
    expect(args).not.toContain('--tag');
    expect(args).not.toContain('--push');
  });
});
