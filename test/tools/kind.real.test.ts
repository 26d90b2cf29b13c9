/**
 * What the kind clusters we create add to kind (src/tools/kind.ts): a pod's connection to a Service
 * address kube-proxy has not translated is refused at the node, at once, instead of leaving through
 * the host's network (here an egress proxy answers every address with HTTP 404, and ToolHive's proxy
 * once kept such a connection for minutes); a Service that exists still answers.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runPod } from '../examples/cluster/helpers.js';
import { createNamespace, sharedCluster, loadImages, type TestCluster, type TestNamespace } from '../helpers/cluster.js';
import { docker } from '../helpers/docker.js';

let cluster: TestCluster;
let namespace: TestNamespace;

beforeAll(async () => {
  cluster = await sharedCluster();
  await loadImages(cluster, [cluster.images.curl]);
  namespace = await createNamespace(cluster, 'kind-service-range');
}, 900_000);

afterAll(async () => {
  await namespace?.cleanup(false);
}, 120_000);

describe('kind clusters we create', () => {
  test('a Service address nobody has is refused at once; the API server behind its Service still answers', async () => {
    const [node] = (await cluster.kind.nodes(cluster.name)) as [string];
    const rules = await docker(['exec', node, 'iptables', '-S', 'FORWARD']);
    expect(rules.stdout).toMatch(/^-A FORWARD -d 10\.96\.0\.0\/16 -j REJECT/m);

    // 10.96.255.254 is in the range and held by no Service: nothing translates it.
    const script = [
      'start=$(date +%s)',
      'curl -s -o /dev/null --max-time 20 http://10.96.255.254:3456/healthz; echo "unheld exit=$? after=$(( $(date +%s) - start ))s"',
      'curl -sk -o /dev/null -w "%{http_code}" --max-time 20 https://kubernetes.default.svc/healthz; echo " api exit=$?"',
    ].join('\n');
    const run = await runPod(cluster, namespace.name, { name: 'probe', image: cluster.images.curl, script });
    expect(run.phase, run.logs).toBe('Succeeded');
    // curl 7: could not connect (refused), not an answer from whatever is beyond the host, not a time-out.
    const unheld = /unheld exit=(\d+) after=(\d+)s/.exec(run.logs);
    expect(unheld?.[1], run.logs).toBe('7');
    expect(Number(unheld?.[2]), run.logs).toBeLessThan(5);
    expect(run.logs).toMatch(/^(200|401|403) api exit=0$/m);
  }, 300_000);
});
