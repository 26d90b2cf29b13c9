import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, unlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { copyDemoProject, removeTempRepos } from '../helpers/repo.js';
import { edit, giveToNobody, linesStarting, run, tree, write } from '../fs/helpers.js';

/**
 * Bad files get one line, not a stack trace (issue 9): for each case both `check` and `version`
 * end with exactly one error line naming the file and field, exit 1, and the tree (temp files
 * included) is byte for byte what it was. Cases that need an unprivileged user run as uid 65534.
 */
afterAll(removeTempRepos);

const DEMO_CHART = 'charts/demo-mcp';
const aliasBomb = (key: string) =>
  `${key}:\n  a: &a ["x","x","x","x","x","x","x","x","x"]\n  b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n  c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n  d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n  e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n`;

async function socketAt(file: string): Promise<() => void> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(file, resolve));
  return () => server.close();
}

interface Case {
  name: string;
  setup: (repo: string) => void | Promise<void | (() => void)>;
  /** The exact error line, without `error: `. */
  message: string;
  as?: 'nobody';
  /** Commands that must refuse (default both). */
  commands?: ('check' | 'version')[];
}

const cases: Case[] = [
  // malformed JSON in its many forms
  { name: 'package.json empty', setup: (r) => write(r, 'package.json', ''), message: 'package.json:1: malformed JSON (empty file)' },
  { name: 'package.json whitespace only', setup: (r) => write(r, 'package.json', '  \n\n'), message: 'package.json:1: malformed JSON (empty file)' },
  { name: 'package.json trailing comma', setup: (r) => edit(r, 'package.json', (t) => t.replace(/\n}/, ',\n}')), message: 'package.json:10: malformed JSON (PropertyNameExpected)' },
  { name: 'package.json with a comment', setup: (r) => edit(r, 'package.json', (t) => t.replace('{', '{ // deps\n')), message: 'package.json:1: malformed JSON (InvalidCommentToken)' },
  { name: 'package.json truncated', setup: (r) => edit(r, 'package.json', (t) => t.slice(0, 40)), message: 'package.json:3: malformed JSON (UnexpectedEndOfString)' },
  { name: 'package.json single quotes', setup: (r) => write(r, 'package.json', "{ 'version': '0.4.2' }"), message: 'package.json:1: malformed JSON (InvalidSymbol)' },
  { name: 'package.json is an array', setup: (r) => write(r, 'package.json', '[{"version": "0.4.2"}]'), message: 'package.json: expected a JSON object at the top level, got an array' },
  { name: 'package.json is a string', setup: (r) => write(r, 'package.json', '"0.4.2"'), message: 'package.json: expected a JSON object at the top level, got a string' },
  { name: 'package.json nested too deeply', setup: (r) => write(r, 'package.json', `{"x": ${'['.repeat(200_000)}`), message: 'package.json: malformed JSON (nested too deeply to read)' },
  { name: 'package.json version is a number', setup: (r) => edit(r, 'package.json', (t) => t.replace('"version": "0.4.2"', '"version": 0.42')), message: 'package.json:3: version is a number, expected a version string' },
  {
    name: 'package.json with "version" twice (npm reads the last)',
    setup: (r) => edit(r, 'package.json', (t) => t.replace('"version": "0.4.2",', '"version": "0.4.2",\n  "version": "9.9.9",')),
    message: 'package.json:4: duplicate key "version" (also at line 3); tools disagree on which one counts, keep one',
  },
  { name: 'package.json not UTF-8', setup: (r) => write(r, 'package.json', Buffer.from('{\n  "n\xe9": 1,\n  "version": "0.4.2"\n}\n', 'latin1')), message: 'package.json:2: is not UTF-8 text (byte 0xe9); this file must be UTF-8' },
  { name: 'server.json duplicate key', setup: (r) => edit(r, 'server.json', (t) => t.replace('"name": "io.github.acme/demo-mcp",', '"name": "a",\n  "name": "b",')), message: 'server.json:4: duplicate key "name" (also at line 3); tools disagree on which one counts, keep one' },
  // a directory, FIFO, socket or device where a file should be
  { name: 'package.json is a directory', setup: (r) => (unlinkSync(path.join(r, 'package.json')), mkdirSync(path.join(r, 'package.json'))), message: 'package.json: is a directory, not a regular file' },
  { name: 'package.json is a FIFO', setup: (r) => (unlinkSync(path.join(r, 'package.json')), execFileSync('mkfifo', [path.join(r, 'package.json')])), message: 'package.json: is a FIFO (named pipe), not a regular file' },
  { name: 'the config file is a FIFO', setup: (r) => (unlinkSync(path.join(r, 'dot-ai-release.yaml')), execFileSync('mkfifo', [path.join(r, 'dot-ai-release.yaml')])), message: 'dot-ai-release.yaml: is a FIFO (named pipe), not a regular file' },
  { name: 'the config file is a directory', setup: (r) => (unlinkSync(path.join(r, 'dot-ai-release.yaml')), mkdirSync(path.join(r, 'dot-ai-release.yaml'))), message: 'dot-ai-release.yaml: is a directory, not a regular file' },
  { name: 'a scanned doc is a FIFO', setup: (r) => execFileSync('mkfifo', [path.join(r, 'docs/pipe.md')]), message: 'docs/pipe.md: is a FIFO (named pipe), not a regular file' },
  { name: 'a scanned doc is a socket', setup: (r) => socketAt(path.join(r, 'docs/live.md')), message: 'docs/live.md: is a socket, not a regular file' },
  { name: 'Chart.yaml is a device', setup: (r) => (unlinkSync(path.join(r, DEMO_CHART, 'Chart.yaml')), execFileSync('mknod', [path.join(r, DEMO_CHART, 'Chart.yaml'), 'c', '1', '3'])), message: 'charts/demo-mcp/Chart.yaml: is a device, not a regular file' },
  { name: 'values.yaml is a directory', setup: (r) => (unlinkSync(path.join(r, DEMO_CHART, 'values.yaml')), mkdirSync(path.join(r, DEMO_CHART, 'values.yaml'))), message: 'charts/demo-mcp/values.yaml: is a directory, not a regular file' },
  { name: 'package.json is a symlink to a device outside', setup: (r) => (unlinkSync(path.join(r, 'package.json')), symlinkSync('/dev/zero', path.join(r, 'package.json'))), message: 'dot-ai-release.yaml: packageJson: "package.json" is a symlink to /dev/zero, outside the repository' },
  // YAML
  { name: 'alias bomb in the config', setup: (r) => edit(r, 'dot-ai-release.yaml', (t) => `${t}${aliasBomb('x-anchors')}`), message: 'dot-ai-release.yaml: cannot be read as settings (Excessive alias count indicates a resource exhaustion attack)' },
  { name: 'Chart.yaml with "version" twice', setup: (r) => edit(r, `${DEMO_CHART}/Chart.yaml`, (t) => t.replace('version: 0.4.2', 'version: 0.4.2\nversion: 0.4.3')), message: 'charts/demo-mcp/Chart.yaml:7: duplicate key "version"; tools disagree on which one counts, keep one' },
  { name: 'values.yaml with a key twice', setup: (r) => edit(r, `${DEMO_CHART}/values.yaml`, (t) => t.replace('replicaCount: 1', 'replicaCount: 1\nreplicaCount: 2')), message: 'charts/demo-mcp/values.yaml:4: duplicate key "replicaCount"; tools disagree on which one counts, keep one' },
  { name: 'Chart.yaml name is a number', setup: (r) => edit(r, `${DEMO_CHART}/Chart.yaml`, (t) => t.replace('name: demo-mcp', 'name: 42')), message: 'charts/demo-mcp/Chart.yaml:2: name: expected a non-empty string, got number 42' },
  { name: 'Chart.yaml version is a list', setup: (r) => edit(r, `${DEMO_CHART}/Chart.yaml`, (t) => t.replace('version: 0.4.2', 'version: [0.4.2]')), message: 'charts/demo-mcp/Chart.yaml:6: version: expected a non-empty string, got a list' },
  { name: 'Chart.yaml appVersion is a map', setup: (r) => edit(r, `${DEMO_CHART}/Chart.yaml`, (t) => t.replace('appVersion: "0.4.2"', 'appVersion: { v: 1 }')), message: 'charts/demo-mcp/Chart.yaml:7: appVersion: expected a non-empty string, got a map' },
  { name: 'Chart.yaml is a list', setup: (r) => write(r, `${DEMO_CHART}/Chart.yaml`, '- name: demo-mcp\n'), message: 'charts/demo-mcp/Chart.yaml: expected a map of chart fields at the top level, got a list' },
  { name: 'Chart.yaml not UTF-8', setup: (r) => write(r, `${DEMO_CHART}/Chart.yaml`, Buffer.from('apiVersion: v2\nname: demo-mcp\ndescription: d\xe9mo\nversion: 0.4.2\nappVersion: "0.4.2"\n', 'latin1')), message: 'charts/demo-mcp/Chart.yaml:3: is not UTF-8 text (byte 0xe9); this file must be UTF-8' },
  { name: 'values tag is an alias', setup: (r) => edit(r, `${DEMO_CHART}/values.yaml`, (t) => t.replace('replicaCount: 1', 'replicaCount: &v "0.4.2"').replace('tag: "0.4.2"', 'tag: *v')), message: 'charts/demo-mcp/values.yaml:8: image.tag is an alias (*v); write the version in place' },
  // unreadable and unwritable files and folders (as an unprivileged user)
  { name: 'package.json unreadable', as: 'nobody', setup: (r) => chmodSync(path.join(r, 'package.json'), 0o000), message: 'package.json: cannot read (permission denied)' },
  { name: 'the config file unreadable', as: 'nobody', setup: (r) => chmodSync(path.join(r, 'dot-ai-release.yaml'), 0o000), message: 'dot-ai-release.yaml: cannot read (permission denied)' },
  { name: 'a docs folder unreadable', as: 'nobody', setup: (r) => chmodSync(path.join(r, 'docs'), 0o000), message: 'docs: cannot read (permission denied), so the files in it cannot be scanned (matched by docs/**/*.md)' },
  { name: 'the charts folder not searchable', as: 'nobody', setup: (r) => chmodSync(path.join(r, 'charts'), 0o600), message: 'charts/demo-mcp/Chart.yaml: cannot read (permission denied)' },
  { name: 'values.yaml read-only', as: 'nobody', commands: ['version'], setup: (r) => chmodSync(path.join(r, DEMO_CHART, 'values.yaml'), 0o444), message: 'charts/demo-mcp/values.yaml: cannot write the file (permission denied); nothing was changed' },
  { name: 'the chart folder read-only', as: 'nobody', commands: ['version'], setup: (r) => chmodSync(path.join(r, DEMO_CHART), 0o555), message: 'charts/demo-mcp/Chart.yaml: cannot write its folder (permission denied); nothing was changed' },
];

describe('one line naming the file and field, exit 1, nothing changed', () => {
  test.each(cases)('$name', async ({ setup, message, as, commands = ['check', 'version'] }) => {
    const repo = copyDemoProject();
    const cleanup = await setup(repo);
    if (as) giveToNobody(repo);
    const before = tree(repo);
    for (const command of commands) {
      const args = command === 'version' ? ['version', '--bump', 'patch'] : ['check'];
      const result = await run('cli', [...args, '--working-directory', repo], { as });
      expect(result.signal, `${command} did not finish`).toBeNull();
      expect(linesStarting(result.stderr, 'error:'), command).toEqual([`error: ${message}`]);
      expect(result.stderr, command).not.toMatch(/\n\s+at /);
      expect(result.code, command).toBe(1);
      expect(tree(repo), command).toEqual(before);
    }
    if (typeof cleanup === 'function') cleanup();
    if (as) execFileSync('chmod', ['-R', 'u+rwX', repo]);
  });
});
