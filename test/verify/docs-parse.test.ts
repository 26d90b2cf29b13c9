import { describe, expect, it } from 'vitest';
import { exampleEnvFor } from '../helpers/compose-spec.js';
import { extractShellCommands, fileArguments, parseHelmCommand, shellWords } from '../helpers/doc-commands.js';

const md = [
  '# Guide',
  '```sh',
  '# a comment line',
  'helm install dot-ai oci://ghcr.io/vfarcic/charts/dot-ai --version 1.6.1 \\',
  '  --namespace dot-ai -f examples/deployments/helm/values.prod.yaml \\',
  '  --set "config.logLevel=debug" --set-string image.tag=1.6.1',
  'cd examples/deployments/docker && docker compose -f docker-compose.yml up -d',
  '$ kubectl apply -k examples/deployments/kubernetes/standalone',
  '```',
  '```json',
  '{"helm": "install"}',
  '```',
  '```yaml',
  'kubectl apply -f not-a-command.yaml',
  '```',
].join('\n');

describe('shell commands out of Markdown', () => {
  const cmds = extractShellCommands(md, 'guide.md');

  it('joins continuations, drops comments and prompts, ignores non-shell blocks', () => {
    expect(cmds.map((c) => [c.line, c.argv[0], c.argv[1]])).toEqual([
      [4, 'helm', 'install'],
      [7, 'docker', 'compose'],
      [8, 'kubectl', 'apply'],
    ]);
  });

  it('a cd moves the working directory of the commands after it', () => {
    expect(cmds.map((c) => c.cwd)).toEqual(['', 'examples/deployments/docker', 'examples/deployments/docker']);
  });

  it('parses helm install flags, quotes included', () => {
    const h = parseHelmCommand(cmds[0]?.argv ?? []);
    expect(h).toEqual({
      verb: 'install',
      releaseName: 'dot-ai',
      chart: 'oci://ghcr.io/vfarcic/charts/dot-ai',
      version: '1.6.1',
      namespace: 'dot-ai',
      valuesFiles: ['examples/deployments/helm/values.prod.yaml'],
      sets: ['config.logLevel=debug'],
      setStrings: ['image.tag=1.6.1'],
    });
    expect(parseHelmCommand(['helm', 'upgrade', '--install', 'r', 'oci://x/c', '--namespace=ns'])).toMatchObject({ releaseName: 'r', chart: 'oci://x/c', namespace: 'ns' });
    expect(parseHelmCommand(['helm', 'test', 'dot-ai'])).toBeUndefined();
  });

  it('shellWords splits like a shell: quotes, escapes, operators', () => {
    expect(shellWords(`a 'b c' "d \\"e\\"" f\\ g && h; i | j # k`)).toEqual(['a', 'b c', 'd "e"', 'f g', '&&', 'h', ';', 'i', '|', 'j']);
  });

  it('fileArguments knows what -f means for each tool', () => {
    expect(fileArguments(['helm', 'install', 'r', 'c', '-f', 'a.yaml', '--values=b.yaml,c.yaml'])).toEqual(['a.yaml', 'b.yaml', 'c.yaml']);
    expect(fileArguments(['kubectl', 'apply', '-f', 'm.yaml', '-f', 'https://x/y.yaml'])).toEqual(['m.yaml']);
    expect(fileArguments(['kubectl', 'logs', '-f', 'pod/x'])).toEqual([]);
    expect(fileArguments(['docker', 'compose', '-p', 'x', '-f', 'a.yml', 'logs', '-f', 'dot-ai'])).toEqual(['a.yml']);
    expect(fileArguments(['docker-compose', '--file=b.yml', 'config', '-q'])).toEqual(['b.yml']);
    expect(fileArguments(['tail', '-f', 'log'])).toEqual([]);
  });

  it('exampleEnvFor points ${VAR:-x.env} at x.env.example when only the example exists', () => {
    const text = 'env_file: ["${DOT_AI_ENV_FILE:-.env}", "${Q:-qdrant.env}", "${R:-present.env}"]';
    const have = new Set(['/d/.env.example', '/d/qdrant.env.example', '/d/present.env', '/d/present.env.example']);
    expect(exampleEnvFor(text, (p) => have.has(p), '/d')).toEqual({ DOT_AI_ENV_FILE: '.env.example', Q: 'qdrant.env.example' });
  });
});
