import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { readGatewayApiFields } from '../../scripts/schemas/gateway-api-fields.js';
import { buildKubeApiSchemaFromPackage } from '../../scripts/schemas/kube-api-schema.js';
import { loadKubeApiSchema } from '../../src/verify/kube-api-schemas.js';
import { ROOT } from '../helpers/repo.js';

const committed = (name: string) => JSON.parse(readFileSync(path.join(ROOT, 'src/verify/schemas', name), 'utf8'));

// The toolkit reads committed JSON (the action's bundle has no node_modules); it must be exactly
// what the pinned packages give. Regenerate with `node scripts/gen-schemas.mjs`.
test.each(['1.24', '1.34'])('src/verify/schemas/k8s-%s.json is what its cdk8s-plus package builds', async (minor) => {
  const fresh = buildKubeApiSchemaFromPackage(minor);
  expect(committed(`k8s-${minor}.json`)).toEqual(fresh);
  expect(Object.keys(fresh.kinds).length).toBeGreaterThan(50);
  expect((await loadKubeApiSchema(minor)).kinds.get('apps/v1 Deployment')).toBeTruthy();
});

test('src/verify/schemas/gateway-api-v1-fields.json is what @kubernetes-models/gateway-api declares', () => {
  const fresh = readGatewayApiFields();
  expect(committed('gateway-api-v1-fields.json')).toEqual(fresh);
  expect(fresh.IIoK8sSigsGatewayApiApisV1HTTPRouteSpec?.fields).toHaveProperty('rules');
});
