import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Real tools (helm, registry, docker) are shared per file; keep files isolated but few at once on 2 cores.
    maxWorkers: 2,
  },
});
