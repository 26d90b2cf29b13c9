import { defineConfig } from 'vitest/config';

/**
 * Two projects, told apart by the file name (test/ mirrors src/ either way):
 * - `integration`: `*.real.test.ts`, the files that need anything beyond Node and this checkout:
 *   helm or kubectl, a registry, the Docker engine, buildah or QEMU, Compose, a cluster, the network,
 *   or the built dist/ (the CLI and the action as users run them). `npm run test:integration`.
 * - `unit`: every other `*.test.ts`; seconds, nothing installed or started, nothing built.
 *   `npm run test:unit`. scripts/test.sh runs it on a fresh machine before any set-up; its guard
 *   (test/helpers/unit-guard.ts) fails a test that spawns a process, opens a socket or reads host state,
 *   on every machine: name such a file `*.real.test.ts` (or split the file), or fake the machine.
 */
export default defineConfig({
  test: {
    // Real tools (helm, registry, docker) are shared per file; keep files isolated but few at once on 2 cores.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.real.test.ts'],
          // Fails any unit test that spawns a process, opens a socket or reads host state (/proc, /sys, the Docker socket).
          setupFiles: ['test/helpers/unit-guard.ts'],
          testTimeout: 10_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.real.test.ts'],
          // One kind cluster per run, shared by every file that needs it, deleted at the end.
          globalSetup: ['test/helpers/cluster-global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
