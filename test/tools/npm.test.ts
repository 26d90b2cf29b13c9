import { describe, expect, test } from 'vitest';
import { npmErrorCode, npmErrorLines, packEnv, parsePackReport, registryArgs, registryEnv } from '../../src/tools/npm.js';

const session = { registry: 'https://npm.example.com/', scope: '@acme', dir: '/tmp/s', userconfig: '/tmp/s/.npmrc', token: 'tok-123' };

describe('the environment of npm processes', () => {
  const inherited = {
    PATH: '/usr/bin',
    HOME: '/root',
    NODE_AUTH_TOKEN: 'someone-elses',
    npm_config_userconfig: '/home/u/.npmrc',
    NPM_CONFIG_REGISTRY: 'https://elsewhere.example/',
    'npm_config_//elsewhere.example/:_authToken': 'leak',
    npm_config__auth: 'dXNlcjpwYXNz',
    'npm_config_@acme:registry': 'https://elsewhere.example/',
    npm_config_cache: '/cache',
  };

  test('registry commands: the token only from the session, its userconfig, no inherited credentials or registries; quiet, no log files', () => {
    const env = registryEnv(session, inherited);
    expect(env).toMatchObject({ PATH: '/usr/bin', HOME: '/root', npm_config_cache: '/cache', NODE_AUTH_TOKEN: 'tok-123', npm_config_userconfig: '/tmp/s/.npmrc', npm_config_logs_max: '0', npm_config_update_notifier: 'false' });
    for (const key of ['NPM_CONFIG_REGISTRY', 'npm_config_//elsewhere.example/:_authToken', 'npm_config__auth', 'npm_config_@acme:registry']) expect(env).not.toHaveProperty(key);
    expect(Object.values(env)).not.toContain('someone-elses');
    expect(registryEnv({ ...session, token: undefined }, inherited)).not.toHaveProperty('NODE_AUTH_TOKEN');
  });

  test("npm pack: the package's scripts get no token; the user's own npm settings stay", () => {
    const env = packEnv(inherited);
    expect(env).not.toHaveProperty('NODE_AUTH_TOKEN');
    expect(env).not.toHaveProperty('npm_config__auth');
    expect(env).not.toHaveProperty('npm_config_//elsewhere.example/:_authToken');
    expect(env).toMatchObject({ npm_config_userconfig: '/home/u/.npmrc', NPM_CONFIG_REGISTRY: 'https://elsewhere.example/' });
  });

  test('registry arguments: the registry, and the scope pinned to it in one argument; never the token', () => {
    expect(registryArgs(session)).toEqual(['--registry', 'https://npm.example.com/', '--@acme:registry=https://npm.example.com/']);
    expect(registryArgs({ registry: 'https://npm.example.com/' })).toEqual(['--registry', 'https://npm.example.com/']);
  });
});

describe("npm's output", () => {
  const report = { name: '@acme/server', version: '1.0.0', filename: 'acme-server-1.0.0.tgz', integrity: 'sha512-x', shasum: 'ab', entryCount: 2 };

  test("the pack report is found after what the package's scripts printed, brackets included", () => {
    const stdout = `\n> @acme/server@1.0.0 prepack\n> node build.js\n\n[build] done\n[\n  1, 2\n]\n${JSON.stringify([report], null, 2)}\n`;
    expect(parsePackReport(stdout)).toEqual(report);
    expect(parsePackReport('no json here')).toBeUndefined();
  });

  test('error code and lines, npm 10+ and older', () => {
    const stderr = 'npm warn something\nnpm error code E403\nnpm error 403 Forbidden - PUT https://npm.example.com/@acme%2fserver\nnpm error A complete log of this run can be found in: /root/.npm/_logs/x.log\n';
    expect(npmErrorCode({ stdout: '', stderr })).toBe('E403');
    expect(npmErrorLines(stderr)).toEqual(['code E403', '403 Forbidden - PUT https://npm.example.com/@acme%2fserver']);
    expect(npmErrorCode({ stdout: '', stderr: 'npm ERR! code ENEEDAUTH\nnpm ERR! need auth\n' })).toBe('ENEEDAUTH');
    expect(npmErrorCode({ stdout: '{"error": {"code": "E404", "summary": "Not found"}}', stderr: '' })).toBe('E404');
  });
});
