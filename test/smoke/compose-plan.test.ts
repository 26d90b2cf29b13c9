/**
 * The compose methods' plan, without running anything: which variables are seeded, what the
 * override says, how v1's merged model gets its ports (redaction: redact.test.ts).
 */
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
  baseImageArgs,
  composeYaml,
  containerPort,
  hostAccess,
  loopbackPorts,
  overrideYaml,
  parseCompose,
  planOverride,
  seedsFor,
  supportsOverrideTag,
  withPortsReplaced,
} from '../../src/smoke/methods/compose-plan.js';
import { tellingLogLine } from '../../src/smoke/diagnostics.js';

const server = { repository: 'ghcr.io/vfarcic/dot-ai', ref: 'local/dot-ai:rc', localRepository: 'local/dot-ai', localTag: 'rc' };
const candidate = {
  image: server,
  images: [server],
  imageMap: { 'qdrant/qdrant': 'local/qdrant-standin:test', 'node:24-slim': 'local/node:bookworm' },
};

describe('seeds', () => {
  test('an env file a user copies from its .example is seeded; one that exists, or the method sets, is not', () => {
    const text = 'env_file: ["${DOT_AI_ENV_FILE:-.env}", "${Q:-qdrant.env}", "${R:-present.env}", "${GIVEN:-x.env}"]';
    const have = new Set(['/d/.env.example', '/d/qdrant.env.example', '/d/present.env', '/d/present.env.example', '/d/x.env.example']);
    const seeds = seedsFor([text], '/d', (p) => have.has(p), { GIVEN: '/elsewhere.env' });
    expect(seeds.examples).toEqual([
      { variable: 'DOT_AI_ENV_FILE', example: '/d/.env.example', name: '.env' },
      { variable: 'Q', example: '/d/qdrant.env.example', name: 'qdrant.env' },
    ]);
  });

  test('a host path into the runner\'s home is replaced, never mounted', () => {
    const seeds = seedsFor(['- ${KUBECONFIG_HOST_PATH:-~/.kube/config}:/etc/dot-ai/kubeconfig:ro\n- ${SRC:-../../..}:/app'], '/d', () => false);
    expect(seeds.homePaths).toEqual([{ variable: 'KUBECONFIG_HOST_PATH', fallback: '~/.kube/config' }]);
  });
});

describe('ports', () => {
  test('either syntax gives the container port', () => {
    expect(containerPort('127.0.0.1:3456:3456')).toEqual({ target: '3456', protocol: 'tcp' });
    expect(containerPort('127.0.0.1:3456:3456/tcp')).toEqual({ target: '3456', protocol: 'tcp' });
    expect(containerPort('[::1]:53:53/udp')).toEqual({ target: '53', protocol: 'udp' });
    expect(containerPort(9229)).toEqual({ target: '9229', protocol: 'tcp' });
    expect(containerPort({ target: 3456, published: '3456', host_ip: '127.0.0.1', protocol: 'tcp' })).toEqual({ target: '3456', protocol: 'tcp' });
  });

  test('every published port moves to 127.0.0.1 at a host port the engine picks; the MCP port is published when the file does not', () => {
    expect(loopbackPorts({ ports: ['127.0.0.1:3456:3456', '0.0.0.0:9229:9229', '3456'] })).toEqual(['127.0.0.1::3456', '127.0.0.1::9229']);
    expect(loopbackPorts({}, 3456)).toEqual(['127.0.0.1::3456']);
    expect(loopbackPorts({}, undefined)).toEqual([]);
  });

  test('!override needs Compose v2 2.24.4 or later', () => {
    expect(supportsOverrideTag({ command: ['docker', 'compose'], version: 'v2.40.3', major: 2 })).toBe(true);
    expect(supportsOverrideTag({ command: ['docker', 'compose'], version: '2.24.4', major: 2 })).toBe(true);
    expect(supportsOverrideTag({ command: ['docker', 'compose'], version: '2.23.0', major: 2 })).toBe(false);
    expect(supportsOverrideTag({ command: ['docker-compose'], version: '1.29.2', major: 1 })).toBe(false);
  });
});

describe('the override', () => {
  const model = parseCompose(`
services:
  volume-permissions:
    image: ghcr.io/vfarcic/dot-ai:1.6.1
    restart: "no"
  qdrant:
    image: qdrant/qdrant:v1.15.5
    ports: ["127.0.0.1:6333:6333"]
  dot-ai:
    image: ghcr.io/vfarcic/dot-ai:1.6.1
    ports: ["127.0.0.1:3456:3456"]
  web:
    image: nginx:1
`);
  const plan = planOverride({ model, candidate, service: 'dot-ai', port: 3456, runName: 'smoke-compose-abc123', readDockerfile: () => undefined });

  test('the release repository runs the candidate, mapped images their stand-ins, others as they are', () => {
    expect(plan.services['dot-ai']!.image).toBe('local/dot-ai:rc');
    expect(plan.services['volume-permissions']!.image).toBe('local/dot-ai:rc');
    expect(plan.services.qdrant!.image).toBe('local/qdrant-standin:test');
    expect(plan.services.web!.image).toBeUndefined();
    expect(plan.build).toBe(false);
    expect(plan.built).toEqual([]);
  });

  test('v2: the ports list is replaced with !override, every container labelled', () => {
    const text = overrideYaml(plan, { replacePorts: true });
    expect(text).toContain('ports: !override\n      - 127.0.0.1::3456');
    const doc = parse(text, { customTags: [{ tag: '!override', collection: 'seq', resolve: (v: unknown) => v }] }) as { services: Record<string, { labels: Record<string, string>; ports?: string[] }> };
    expect(doc.services['dot-ai']!.labels).toEqual({ 'dot-ai-release.smoke': 'smoke-compose-abc123' });
    expect(doc.services.qdrant!.ports).toBeDefined();
    expect(doc.services.web!.ports).toBeUndefined();
  });

  test('v1: no ports in the override (they would be added to the file\'s); the merged model gets them replaced', () => {
    expect(overrideYaml(plan, { replacePorts: false })).not.toMatch(/^\s+ports:/m);
    const merged = withPortsReplaced(model, plan);
    expect(merged.services['dot-ai']!.ports).toEqual(['127.0.0.1::3456']);
    expect(merged.services.qdrant!.ports).toEqual(['127.0.0.1::6333']);
    // YAML 1.1 for v1: "no" stays a string.
    expect(composeYaml(merged)).toContain('restart: "no"');
  });

  test('a service built from source is built under a tag of the run\'s own, its base swapped by build argument', () => {
    const dev = parseCompose('services:\n  dot-ai:\n    build: { context: /src/server, dockerfile: Dockerfile }\n    image: dot-ai-dev:from-source\n');
    const built = planOverride({
      model: dev, candidate, service: 'dot-ai', port: 3456, runName: 'smoke-compose-dev-1a2b3c',
      readDockerfile: (f) => (f === '/src/server/Dockerfile' ? 'ARG NODE_IMAGE=node:24-slim\nFROM ${NODE_IMAGE} AS deps\n' : undefined),
    });
    expect(built.services['dot-ai']).toMatchObject({ image: 'smoke-compose-dev-1a2b3c-dot-ai:smoke', buildArgs: { NODE_IMAGE: 'local/node:bookworm' } });
    expect(built.build).toBe(true);
    expect(built.built).toEqual(['smoke-compose-dev-1a2b3c-dot-ai:smoke']);
  });

  test('build arguments: only ARGs used in FROM, mapped, and not set by the file', () => {
    const dockerfile = 'ARG NODE_IMAGE=node:24-slim\nARG OTHER=node:24-slim\nARG RUNTIME="qdrant/qdrant:v1"\nFROM ${NODE_IMAGE}\nFROM --platform=$BUILDPLATFORM $RUNTIME\n';
    expect(baseImageArgs(dockerfile, candidate.imageMap)).toEqual({ NODE_IMAGE: 'local/node:bookworm', RUNTIME: 'local/qdrant-standin:test' });
    expect(baseImageArgs(dockerfile, candidate.imageMap, { NODE_IMAGE: 'mine' })).toEqual({ RUNTIME: 'local/qdrant-standin:test' });
  });
});

describe('the log line a cause quotes', () => {
  test('a Node crash: the error, not the stack or the version banner', () => {
    const log = [
      'node:internal/modules/cjs/loader:1386',
      '  throw err;',
      '  ^',
      '',
      "Error: Cannot find module '/app/dist/server.js'",
      '    at Function._resolveFilename (node:internal/modules/cjs/loader:1383:15)',
      '    at Module._load (node:internal/modules/cjs/loader:1206:37) {',
      "  code: 'MODULE_NOT_FOUND',",
      '  requireStack: []',
      '}',
      '',
      'Node.js v24.11.0',
    ].join('\n');
    expect(tellingLogLine(log)).toBe("Error: Cannot find module '/app/dist/server.js'");
  });

  test('no error-like line: the last one', () => {
    expect(tellingLogLine('starting\nlistening on port 3456\n')).toBe('listening on port 3456');
    expect(tellingLogLine('')).toBe('');
  });
});

describe('hostAccess: what in the files hands a container the host (a warning, not a refusal)', () => {
  test.each<[string, Record<string, unknown>, string[]]>([
    ['privileged', { privileged: true }, ['service s runs privileged']],
    ['a bind mount of / (v1 string)', { volumes: ['/:/host:ro'] }, ["service s mounts the host's /"]],
    ['a bind mount of / (v2 object, trailing slash)', { volumes: [{ type: 'bind', source: '//', target: '/host' }] }, ["service s mounts the host's //"]],
    ["the engine's socket", { volumes: [{ type: 'bind', source: '/var/run/docker.sock', target: '/var/run/docker.sock' }] }, ["service s mounts the host's /var/run/docker.sock"]],
    ['host network and pid', { network_mode: 'host', pid: 'host' }, ["service s shares the host's network namespace (network_mode: host)", "service s shares the host's pid namespace (pid: host)"]],
    ['a named volume and a bind mount of a folder: nothing', { volumes: ['data:/data', { type: 'volume', source: 'x', target: '/x' }, { type: 'bind', source: '/srv/app', target: '/app' }] }, []],
    ['privileged: false: nothing', { privileged: false }, []],
  ])('%s', (_name, service, expected) => {
    expect(hostAccess({ services: { s: { image: 'x', ...service } } })).toEqual(expected);
  });
});
