import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// vitest 5's reporter calls Map.groupBy (Node 21+) when it prints failures; on Node 20 that
// call would hide the failures behind a TypeError, so supply it.
if (typeof Map.groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    value<K, T>(items: Iterable<T>, key: (item: T, index: number) => K): Map<K, T[]> {
      const groups = new Map<K, T[]>()
      let index = 0
      for (const item of items) {
        const k = key(item, index++)
        const group = groups.get(k)
        if (group) group.push(item)
        else groups.set(k, [item])
      }
      return groups
    }
  })
}

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
