import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

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
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 20000,
  },
});
