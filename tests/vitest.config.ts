import { defineConfig } from 'vitest/config';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The real-browser tests run only where Debian's Chromium (or CHROMIUM_PATH) is installed.
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const hasChromium = existsSync(chromium);

export default defineConfig({
  resolve: {
    alias: {
      // The real polyfill throws outside an extension; tests get a fake.
      'webextension-polyfill': fileURLToPath(new URL('./fakes/browser.ts', import.meta.url)),
    },
  },
  // This file lives in tests/ so the top level stays as the project fixes it.
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
          environment: 'node',
          testTimeout: 20000,
        },
      },
      ...(hasChromium
        ? [
            {
              extends: true as const,
              test: {
                name: 'e2e',
                include: ['tests/e2e/**/*.e2e.test.ts'],
                environment: 'node',
                globalSetup: ['tests/e2e/setup.ts'],
                testTimeout: 60000,
                hookTimeout: 120000,
                fileParallelism: false,
              },
            },
          ]
        : []),
    ],
  },
});
