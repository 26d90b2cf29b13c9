import { defineConfig } from 'vitest/config';

/**
 * Two projects, told apart by the file name (test/ mirrors src/ either way):
 * - `integration`: `*.real.test.ts`, the files that need anything beyond Node and this checkout:
 *   helm or kubectl, a registry, the Docker engine, buildah or QEMU, Compose, a cluster, the network,
 *   or the built dist/ (the CLI and the action as users run them). `npm run test:integration`.
 * - `unit`: every other `*.test.ts`; seconds, nothing installed or started, nothing built.
 *   `npm run test:unit`. scripts/test.sh runs it on a fresh machine before any set-up, so a unit
 *   test that needs a real tool fails there: name its file `*.real.test.ts` (or split the file).
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
