// Prints the default storage manifest of the local kind node (/kind/manifests/default-storage.yaml):
// local-path-provisioner's own deploy/local-path-storage.yaml, read from its Go module at build time,
// with the changes kind makes to it: images built here, volumes under /var (the node's volume), and
// its StorageClass named `standard` and marked the cluster default.
//   node local-path-manifest.mjs MODULE_DIR PROVISIONER_IMAGE HELPER_IMAGE
import { readFileSync } from 'node:fs';
import { parseAllDocuments, stringify } from 'yaml';

const [moduleDir, provisionerImage, helperImage] = process.argv.slice(2);
const source = `${moduleDir}/deploy/local-path-storage.yaml`;
const docs = parseAllDocuments(readFileSync(source, 'utf8')).map((d) => d.toJS()).filter(Boolean);
const fail = (what) => {
  console.error(`local-path-manifest: ${source}: ${what}`);
  process.exit(1);
};

const deployment = docs.find((d) => d.kind === 'Deployment') ?? fail('no Deployment');
const container = deployment.spec.template.spec.containers[0] ?? fail('no container in the Deployment');
container.image = provisionerImage;
container.imagePullPolicy = 'IfNotPresent';

const storageClass = docs.find((d) => d.kind === 'StorageClass') ?? fail('no StorageClass');
storageClass.metadata.name = 'standard';
storageClass.metadata.annotations = { ...storageClass.metadata.annotations, 'storageclass.kubernetes.io/is-default-class': 'true' };

const config = docs.find((d) => d.kind === 'ConfigMap') ?? fail('no ConfigMap');
const paths = JSON.parse(config.data['config.json']);
for (const entry of paths.nodePathMap) entry.paths = ['/var/local-path-provisioner'];
config.data['config.json'] = JSON.stringify(paths, null, 2);
const helper = parseAllDocuments(config.data['helperPod.yaml'])[0].toJS();
helper.spec.containers[0].image = helperImage;
helper.spec.containers[0].imagePullPolicy = 'IfNotPresent';
config.data['helperPod.yaml'] = stringify(helper);

process.stdout.write(`# local-path-provisioner ${moduleDir.split('@').pop()} (deploy/local-path-storage.yaml of its module), images built locally\n`);
process.stdout.write(docs.map((d) => stringify(d)).join('---\n'));
