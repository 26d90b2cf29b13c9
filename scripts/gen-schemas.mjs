// Regenerates src/verify/schemas/*.json from the pinned schema packages (devDependencies):
// the strict Kubernetes API schemas of 1.24 and 1.34 (cdk8s-plus-24/-34) and the Gateway API
// field lists (@kubernetes-models/gateway-api). The toolkit reads only the committed JSON, so the
// action's bundle needs no node_modules; test/verify/committed-schemas.test.ts keeps them in step.
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Inside the repository, so the bundle resolves the packages from its node_modules.
const out = mkdtempSync(path.join(root, 'node_modules', '.gen-schemas-'));
const entry = path.join(out, 'gen.mjs');
await build({
  stdin: {
    contents: `export { buildKubeApiSchemaFromPackage } from './scripts/schemas/kube-api-schema.ts'; export { readGatewayApiFields } from './scripts/schemas/gateway-api-fields.ts';`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: entry,
  packages: 'external',
  logLevel: 'warning',
});
const { buildKubeApiSchemaFromPackage, readGatewayApiFields } = await import(pathToFileURL(entry).href);
for (const minor of ['1.24', '1.34']) {
  writeFileSync(path.join(root, `src/verify/schemas/k8s-${minor}.json`), `${JSON.stringify(buildKubeApiSchemaFromPackage(minor))}\n`);
}
writeFileSync(path.join(root, 'src/verify/schemas/gateway-api-v1-fields.json'), `${JSON.stringify(readGatewayApiFields())}\n`);
rmSync(out, { recursive: true, force: true });
console.log('src/verify/schemas/: k8s-1.24.json, k8s-1.34.json, gateway-api-v1-fields.json');
