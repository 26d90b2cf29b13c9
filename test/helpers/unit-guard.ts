/**
 * The unit project's guard (vitest setupFiles of project `unit`): a unit test touches nothing of the
 * machine. Spawning a process, opening a socket (client or server), or reading host state
 * (/proc, /sys, /run, the Docker socket) fails the test with one line saying what it tried and what
 * to do instead: fake it (src/tools/host.ts `Host`, nock), or name the file `*.real.test.ts`.
 * Temporary files are the test's own, not the machine's: they stay allowed.
 */
import childProcess from 'node:child_process';
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';

const HOW = 'a unit test touches nothing of the machine: fake it (a Host from src/tools/host.ts, nock, an in-memory double) or name the file *.real.test.ts';

export class MachineAccessError extends Error {
  override name = 'MachineAccessError';
}

function refuse(what: string): never {
  throw new MachineAccessError(`${what}: ${HOW}`);
}

const HOST_STATE = /^\/(proc|sys|run|var\/run|dev\/(?!null$))(\/|$)|docker\.sock$/;

function hostPath(p: unknown): string | undefined {
  const text = typeof p === 'string' ? p : p instanceof URL ? p.pathname : Buffer.isBuffer(p) ? p.toString() : undefined;
  return text !== undefined && HOST_STATE.test(text) ? text : undefined;
}

// Processes: every way node:child_process starts one.
for (const name of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork'] as const) {
  (childProcess as unknown as Record<string, unknown>)[name] = (file: unknown) => refuse(`child_process.${name}(${JSON.stringify(String(file))})`);
}

// Sockets: a client connecting, a server listening (http, undici and net all come through these).
net.Socket.prototype.connect = function connect(this: net.Socket, ...args: unknown[]): never {
  return refuse(`a socket connecting to ${JSON.stringify(args[0])}`);
} as unknown as typeof net.Socket.prototype.connect;
net.Server.prototype.listen = function listen(this: net.Server, ...args: unknown[]): never {
  return refuse(`a server listening on ${JSON.stringify(args[0])}`);
} as unknown as typeof net.Server.prototype.listen;

// Host state read through node:fs.
for (const name of ['readFileSync', 'existsSync', 'statSync', 'lstatSync', 'openSync', 'readdirSync', 'accessSync', 'readFile', 'stat', 'open', 'readdir', 'access', 'createReadStream'] as const) {
  const original = (fs as unknown as Record<string, (...args: unknown[]) => unknown>)[name];
  if (!original) continue;
  (fs as unknown as Record<string, unknown>)[name] = function guarded(this: unknown, ...args: unknown[]) {
    const p = hostPath(args[0]);
    if (p) refuse(`fs.${name}(${JSON.stringify(p)}) reads the machine's state`);
    return original.apply(this, args);
  };
}
for (const name of ['readFile', 'stat', 'open', 'readdir', 'access'] as const) {
  const original = (fs.promises as unknown as Record<string, (...args: unknown[]) => unknown>)[name];
  if (!original) continue;
  (fs.promises as unknown as Record<string, unknown>)[name] = function guarded(this: unknown, ...args: unknown[]) {
    const p = hostPath(args[0]);
    if (p) refuse(`fs.promises.${name}(${JSON.stringify(p)}) reads the machine's state`);
    return original.apply(this, args);
  };
}

// ES module imports of these builtins (`import { spawn } from 'node:child_process'`) see the guarded functions too.
syncBuiltinESMExports();
