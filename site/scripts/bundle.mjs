// Bundle the site's client scripts (site/src/client) into site/client-dist/ with esbuild:
// `page.js` for every page, `search.js` for the search page only (it carries the index reader).
import { build } from 'esbuild'
import { fileURLToPath } from 'node:url'

const site = fileURLToPath(new URL('..', import.meta.url))

await build({
  absWorkingDir: site,
  entryPoints: { page: 'src/client/page.ts', search: 'src/client/search.ts' },
  outdir: 'client-dist',
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2020'],
  minify: true,
  legalComments: 'none',
  logLevel: 'warning'
})
