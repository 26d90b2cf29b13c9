// Benchmark of the local kind cluster (scripts/setup/kind.sh), each figure beside its baseline:
// - cold build time and size per component, as recorded in the cache when each was built
//   ($DOT_AI_RELEASE_CACHE/<component>-<version>/build-seconds, size-bytes), and the Go caches' size;
// - `kind create cluster` with the node image (warm cache) beside kind's own quoted figure for GitHub's
//   runners (~30-40 s: quoted, not measured here), split into kind's part and the wait until nodes,
//   CoreDNS and the storage provisioner are ready;
// - `kind load docker-image` of the reference server and `helm install --wait` of charts/dot-ai with
//   the bundled Qdrant stand-in;
// - memory of the running cluster (the node container, with the chart installed).
// Needs scripts/setup/kind.sh (and docker, base images, helm) to have run. Deletes what it creates.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { importTs, root, timed } from './lib.mjs';

const cache = process.env.DOT_AI_RELEASE_CACHE || '/var/cache/dot-ai-release';
const helpers = await importTs('test/helpers/cluster.ts');
const versions = helpers.kindVersions();
const images = helpers.clusterImages();
const sh = (cmd, args) => execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const mb = (bytes) => `${(bytes / 1e6).toFixed(0)} MB`;

// --- cold build, from the figures recorded at build time ---
const components = [
  ['kubernetes', versions.KUBERNETES_VERSION], ['etcd', versions.ETCD_VERSION], ['coredns', versions.COREDNS_VERSION],
  ['crictl', versions.CRICTL_VERSION], ['kind', versions.KIND_VERSION], ['local-path-provisioner', versions.LOCAL_PATH_PROVISIONER_VERSION],
  ['toolhive', versions.TOOLHIVE_VERSION], ['node-image', versions.KUBERNETES_VERSION],
];
console.log(`kind cluster set-up: cold build on this machine (${cache}, recorded when built; ${readFileSync('/proc/cpuinfo', 'utf8').match(/^processor/gm).length} cores, shared with other builds at the time):`);
let coldSeconds = 0;
let componentBytes = 0;
for (const [name, version] of components) {
  const dir = path.join(cache, `${name}-${version}`);
  if (!existsSync(path.join(dir, 'build-seconds'))) {
    console.log(`  ${`${name} ${version}`.padEnd(36)} not built (run scripts/setup/kind.sh)`);
    continue;
  }
  const seconds = Number(readFileSync(path.join(dir, 'build-seconds'), 'utf8'));
  const bytes = Number(readFileSync(path.join(dir, 'size-bytes'), 'utf8'));
  coldSeconds += seconds;
  componentBytes += bytes;
  console.log(`  ${`${name} ${version}`.padEnd(36)} ${String(seconds).padStart(5)} s  ${mb(bytes).padStart(8)}${name === 'node-image' ? ' (image)' : ''}`);
}
const duBytes = (p) => (existsSync(p) ? Number(sh('du', ['-sb', p]).split('\t')[0]) : 0);
console.log(`  ${'total'.padEnd(36)} ${String(coldSeconds).padStart(5)} s  ${mb(componentBytes).padStart(8)}   (baseline: CI's 90 min budget; the issue's target: Kubernetes 15-35 min)`);
console.log(`  Go module cache ${mb(duBytes(path.join(cache, 'go/mod')))}, Go build cache ${mb(duBytes(path.join(cache, 'go/build')))} (shared with other Go builds of the tests)`);

// --- a warm cluster: preflight, create, ready, load, install, memory ---
const name = `dot-ai-release-bench-${process.pid}`;
const { Kind } = await importTs('src/tools/kind.ts');
const { Kubectl } = await importTs('src/tools/kubectl.ts');
const kind = new Kind();
const s = (ms) => `${(ms / 1000).toFixed(1).padStart(6)} s`;
try {
  const preflight = await timed(() => kind.missingNodeImages(images.node));
  if (preflight.result.missing.length) throw new Error(`node image ${images.node} lacks ${preflight.result.missing.join(', ')}: run scripts/setup/kind.sh`);
  const kubeconfig = path.join('/tmp/dot-ai-release-kind', name, 'kubeconfig');
  const create = await timed(() => kind.createCluster({ name, image: images.node, kubeconfig, waitSeconds: 0 }));
  const cluster = { name, kubeconfig, context: `kind-${name}`, kind, images, kubectl: new Kubectl({ kubeconfig, context: `kind-${name}` }, helpers.toolBinary('kubectl')) };
  const ready = await timed(() => helpers.waitUntilReady(cluster, 300));
  const nodes = await kind.nodes(name);
  console.log(`\nkind cluster ${images.node}, warm cache (one run):`);
  console.log(`  kind create cluster + ready           ${s(create.ms + ready.ms)}   (baseline: kind's quoted ~30-40 s on GitHub's runners, not measured here)`);
  console.log(`    node image check (kubeadm's images)  ${s(preflight.ms)}`);
  console.log(`    kind create cluster                  ${s(create.ms)}   (node container, kubeadm init with the pinned control-plane images, CNI note and storage manifests)`);
  console.log(`    until nodes Ready, CoreDNS and local-path-provisioner available ${s(ready.ms)}`);

  const releaseVersion = JSON.parse(readFileSync(path.join(root, 'examples/mcp-server/package.json'), 'utf8')).version;
  const tag = `local/dot-ai-reference-server:${releaseVersion}-kind`;
  execFileSync('docker', ['build', '-q', '--build-arg', 'NODE_IMAGE=local/node:bookworm', '--build-arg', `VERSION=${releaseVersion}`, '-t', tag, path.join(root, 'examples/mcp-server')], {
    env: { ...process.env, DOCKER_BUILDKIT: '0' }, stdio: 'ignore',
  });
  const load = await timed(() => helpers.loadImages(cluster, [tag, images.qdrant, images.curl]));
  const ns = await helpers.createNamespace(cluster, 'bench', { 'pod-security.kubernetes.io/enforce': 'restricted' });
  const split = (ref) => [ref.slice(0, ref.lastIndexOf(':')), ref.slice(ref.lastIndexOf(':') + 1)];
  const [serverRepo, serverTag] = split(tag);
  const [qdrantRepo, qdrantTag] = split(images.qdrant);
  const install = await timed(() =>
    sh(helpers.toolBinary('helm'), [
      'install', 'dot-ai', path.join(root, 'charts/dot-ai'), '--namespace', ns.name, '--kubeconfig', cluster.kubeconfig, '--kube-context', cluster.context,
      '--set', `image.repository=${serverRepo}`, '--set', `image.tag=${serverTag}`, '--set', 'image.pullPolicy=Never',
      '--set', `qdrant.image.repository=${qdrantRepo}`, '--set', `qdrant.image.tag=${qdrantTag}`, '--wait', '--timeout', '5m',
    ]),
  );
  console.log(`  kind load docker-image (server, Qdrant stand-in, curl) ${s(load.ms)}`);
  console.log(`  helm install --wait (bundled Qdrant)  ${s(install.ms)}   (baseline: kind create + ready above)`);
  const stats = sh('docker', ['stats', '--no-stream', '--format', '{{.Name}}: {{.MemUsage}}', ...nodes]).trim();
  console.log(`  memory of the running cluster         ${stats}   (host: ${mb(Number(readFileSync('/proc/meminfo', 'utf8').match(/MemTotal:\s+(\d+)/)[1]) * 1024)} total)`);
  const top = sh('docker', ['exec', nodes[0], 'ps', '-eo', 'rss=,comm=', '--sort=-rss']).trim().split('\n').slice(0, 5)
    .map((l) => l.trim().split(/\s+/)).map(([rss, comm]) => `${comm} ${(Number(rss) / 1024).toFixed(0)} MB`).join(', ');
  console.log(`    largest processes in the node: ${top}`);
} finally {
  await helpers.deleteCluster(name);
}
