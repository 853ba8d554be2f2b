import { defineConfig } from 'vitest/config';

// One runner for every suite; `npm test` picks the fast projects, CI adds e2e.
export default defineConfig({
  resolve: { conditions: ['concord-source'] },
  ssr: { resolve: { conditions: ['concord-source'] } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'domain', include: ['packages/domain/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        // The web app's pure logic (answer checks, the autosave queue); pages are checked in e2e.
        test: { name: 'web', include: ['apps/web/src/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'server',
          include: ['apps/server/**/*.test.ts'],
          environment: 'node',
          pool: 'forks',
          testTimeout: 20000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120000,
          hookTimeout: 180000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'reliability',
          include: ['apps/server/reliability/**/*.rel.ts'],
          // Collects each file's figures and prints the suite's closing line.
          globalSetup: ['apps/server/reliability/support/global-setup.ts'],
          environment: 'node',
          testTimeout: 600000,
          fileParallelism: false,
        },
      },
    ],
  },
});
