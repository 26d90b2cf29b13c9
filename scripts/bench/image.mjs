// Benchmark of the image step on the reference server (examples/mcp-server), with buildah and a
// real local registry, each figure beside its baseline from the same run:
// - multi-arch (linux/amd64 + linux/arm64, arm64 under QEMU) cold (--no-cache) vs warm (layer cache,
//   no source change): target warm <= 20% of cold;
// - amd64 only vs both platforms, cold.
// Verification (starting each platform) is off here: this measures build + push.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { importTs, root, startRegistry, timed } from './lib.mjs';

const multiarch = await importTs('test/helpers/multiarch.ts');
const { DOT_AI_VERSION: version } = await importTs('test/helpers/repo.ts');
multiarch.requireMultiArch();
const registry = await startRegistry();
try {
  const base = await multiarch.pushMultiArchNodeBase(registry.host);
  let n = 0;
  const image = async (platforms, cache) => {
    const args = [
      path.join(root, 'dist/cli.js'), 'image', '--working-directory', root, '--builder', 'buildah',
      '--image', `${registry.host}/bench/server-${n++}`, '--context', 'examples/mcp-server',
      '--build-args', `NODE_IMAGE=${base},VERSION=${version}`, '--version', version, '--platforms', platforms,
      '--plain-http', '--no-verify', cache ? '--cache' : '--no-cache', '--json',
    ];
    const { ms, result } = await timed(() => JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })));
    if (!result.digest) throw new Error(`no digest: ${JSON.stringify(result)}`);
    return ms / 1000;
  };
  const amd64Cold = await image('linux/amd64', false);
  const bothCold = await image('linux/amd64,linux/arm64', false);
  const bothWarm = await image('linux/amd64,linux/arm64', true);
  console.log('image: reference server, buildah, pushed to a local registry (one run each):');
  console.log(`  both platforms, cold (--no-cache)   ${bothCold.toFixed(1).padStart(6)} s   (baseline)`);
  console.log(`  both platforms, warm (layer cache)  ${bothWarm.toFixed(1).padStart(6)} s   ${((100 * bothWarm) / bothCold).toFixed(0)}% of cold (target <= 20%)`);
  console.log(`  amd64 only, cold                    ${amd64Cold.toFixed(1).padStart(6)} s   (both platforms take ${(bothCold / amd64Cold).toFixed(1)}x as long: arm64 runs under QEMU)`);
} finally {
  await registry.stop();
}
