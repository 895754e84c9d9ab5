import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))

// Tests import the packages' TypeScript sources, so a test run never depends on a stale build.
export default defineConfig({
  resolve: {
    alias: {
      '@whereas/parser': here('./packages/parser/src/index.ts'),
      '@whereas/crossref': here('./packages/crossref/src/index.ts'),
      '@whereas/search': here('./packages/search/src/index.ts'),
      '@whereas/site': here('./site/src/index.ts')
    }
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'site/src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30000,
    hookTimeout: 120000
  }
})
