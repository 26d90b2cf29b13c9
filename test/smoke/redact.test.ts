/**
 * The one redaction of the smoke gate (src/smoke/redact.ts, redact-file.ts): what every diagnostic
 * file and every quoted input passes through. Each member of the class: known secrets anywhere,
 * secret-named environment entries in each syntax they come in, Kubernetes Secrets, helm
 * arguments, URL and registry userinfo; and what must be left alone.
 */
import { describe, expect, test } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { redactDiagnostic } from '../../src/smoke/redact-file.js';
import { isSecretName, quoteInput, redactInput, redactText } from '../../src/smoke/redact.js';

const TOKEN = 'tok-9f8e7d6c5b4a39281706f5e4d3c2b1a0';

describe('names that hold a credential', () => {
  test.each(['ANTHROPIC_API_KEY', 'DOT_AI_AUTH_TOKEN', 'QDRANT__SERVICE__API_KEY', 'secrets.auth.token', 'password', 'GITHUB_APP_PRIVATE_KEY', 'X_SECRET'])('%s is one', (name) => {
    expect(isSecretName(name)).toBe(true);
  });
  test.each(['QDRANT_URL', 'PORT', 'image.tag', 'keyName', 'secrets.auth.keyName', 'secretName', 'key', 'DOT_AI_SESSION_DIR', 'existingSecret'])('%s is not', (name) => {
    expect(isSecretName(name)).toBe(false);
  });
});

describe('text: logs, events, describe, helm arguments', () => {
  test('a known secret, raw or JSON-escaped, wherever it is', () => {
    const out = redactText(`started with ${TOKEN}\n{"t":"${TOKEN}"}\nurl=http://x/?a=${TOKEN}`, [TOKEN]);
    expect(out).not.toContain(TOKEN);
    expect(out.match(/\*\*\*/g)?.length).toBe(3);
  });

  test('KEY=VALUE with a secret name (an env dump in a log, docker inspect, --set), other keys kept', () => {
    const out = redactText('ANTHROPIC_API_KEY=sk-ant-123 QDRANT_URL=http://q:6333\n--set-string secrets.auth.token=abc123 --set image.tag=1.2.3\n"OPENAI_API_KEY=sk-4"');
    expect(out).toBe('ANTHROPIC_API_KEY=*** QDRANT_URL=http://q:6333\n--set-string secrets.auth.token=*** --set image.tag=1.2.3\n"OPENAI_API_KEY=***"');
  });

  test('NAME: value (kubectl describe, YAML) and "name": "value" (JSON), but not where describe says where a value comes from', () => {
    const describe = [
      '    Environment:',
      '      PORT:               3456',
      '      ANTHROPIC_API_KEY:  sk-ant-999',
      "      DOT_AI_AUTH_TOKEN:  <set to the key 'auth-token' in secret 'dot-ai-secrets'>  Optional: false",
      '  "QDRANT_API_KEY": "q-key-1",',
    ].join('\n');
    const out = redactText(describe);
    expect(out).not.toContain('sk-ant-999');
    expect(out).not.toContain('q-key-1');
    expect(out).toContain('PORT:               3456');
    expect(out).toContain("<set to the key 'auth-token' in secret 'dot-ai-secrets'>");
  });

  test('a container env as YAML: the value under a secret name', () => {
    const out = redactText('env:\n  - name: DOT_AI_AUTH_TOKEN\n    value: literal-token-1\n  - name: PORT\n    value: "3456"\n');
    expect(out).not.toContain('literal-token-1');
    expect(out).toContain('value: "3456"');
  });

  test('Authorization headers and URL userinfo', () => {
    const out = redactText('Authorization: Bearer abcdefghijklmnop\nGET http://user:pa55@host:1/x');
    expect(out).not.toContain('abcdefghijklmnop');
    expect(out).not.toContain('pa55');
  });
});

describe('files by structure', () => {
  test('docker inspect: Config.Env values with secret names, and a known token anywhere', () => {
    const inspect = [{ Name: '/x', Config: { Env: ['QDRANT_API_KEY=s3cret', 'PORT=3456', `DOT_AI_AUTH_TOKEN=${TOKEN}`], Cmd: ['node', TOKEN] } }];
    const out = redactDiagnostic('x.inspect.json', JSON.stringify(inspect), [TOKEN]);
    expect(out).not.toContain('s3cret');
    expect(out).not.toContain(TOKEN);
    expect(JSON.parse(out)[0].Config.Env).toEqual(['QDRANT_API_KEY=***', 'PORT=3456', 'DOT_AI_AUTH_TOKEN=***']);
  });

  test('a rendering: every value of a Secret (data and stringData), env values under secret names; other objects intact', () => {
    const rendered = [
      'apiVersion: v1\nkind: Secret\nmetadata:\n  name: dot-ai-secrets\ntype: Opaque\nstringData:\n  auth-token: "plain-token-77"\n  anthropic-api-key: ""\ndata:\n  other: c2VjcmV0LWJ5dGVz\n',
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: dot-ai\nspec:\n  template:\n    spec:\n      containers:\n        - name: mcp\n          image: local/dot-ai:2.2.2\n          env:\n            - name: OPENAI_API_KEY\n              value: sk-open-5\n            - name: PORT\n              value: "3456"\n',
    ].join('---\n');
    const out = redactDiagnostic('rendered.yaml', rendered);
    expect(out).not.toContain('plain-token-77');
    expect(out).not.toContain('c2VjcmV0LWJ5dGVz');
    expect(out).not.toContain('sk-open-5');
    const [secret, deployment] = parseAllDocuments(out).map((d) => d.toJS());
    expect(secret.stringData).toEqual({ 'auth-token': '***', 'anthropic-api-key': '***' });
    expect(deployment.spec.template.spec.containers[0].image).toBe('local/dot-ai:2.2.2');
    expect(deployment.spec.template.spec.containers[0].env[1]).toEqual({ name: 'PORT', value: '3456' });
  });

  test('compose config: environment maps and lists (env files are inlined there)', () => {
    const config = 'services:\n  a:\n    environment:\n      ANTHROPIC_API_KEY: sk-123\n      OPENAI_API_KEY: ""\n      QDRANT_URL: http://q\n  b:\n    environment: ["DOT_AI_AUTH_TOKEN=t0k", "X=1"]\n';
    const out = redactDiagnostic('compose-config.yml', config);
    expect(out).not.toContain('sk-123');
    expect(out).not.toContain('t0k');
    expect(parse(out).services.a.environment.QDRANT_URL).toBe('http://q');
    expect(parse(out).services.b.environment).toContain('X=1');
  });

  test('a file that does not parse as its extension says is redacted as text', () => {
    expect(redactDiagnostic('broken.json', `{"DOT_AI_AUTH_TOKEN": "${TOKEN}"`, [])).toBe('{"DOT_AI_AUTH_TOKEN": "***"');
  });
});

describe('quoted inputs (issue 17 item 3)', () => {
  test('URL userinfo: the password never printed', () => {
    expect(quoteInput('http://user:pass@127.0.0.1:99999/')).toBe('"http://***@127.0.0.1:99999/"');
  });

  test('a registry login in an image reference', () => {
    expect(redactInput('reference "user:pass@host/x:1" is not valid')).toBe('reference "***@host/x:1" is not valid');
  });

  test('a digest is not userinfo; control characters are shown, not sent', () => {
    expect(quoteInput('ghcr.io/a/b@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef')).toBe('"ghcr.io/a/b@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"');
    expect(quoteInput('a\u001b[31mb')).not.toContain('\u001b');
  });
});
